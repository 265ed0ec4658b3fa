package mail

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// walker walks a MIME tree (RFC 2046) once, streaming: it keeps the text of
// the parts a reader would see and every calendar payload, and lets the
// multipart reader discard everything else.
type walker struct {
	parts       int
	calendars   [][]byte
	sawCalendar bool
	// sawAttachment: a file other than a calendar (Summary.HasAttachment).
	sawAttachment bool
	// calendarsOnly skips text: inside a forwarded message, whose text
	// belongs to the older message, as quoted text in a reply does.
	calendarsOnly bool
	// plainChosen skips HTML: a multipart/alternative has already given
	// a plain text, which pickAlternative takes over any HTML rendering.
	plainChosen bool
}

// textResult is the readable text of a subtree.
type textResult struct {
	text string
	html bool // converted from text/html, so a text/plain sibling is better
}

func (r textResult) empty() bool { return strings.TrimSpace(r.text) == "" }

// stub reports a plain text that only points to its HTML sibling: "This
// message contains HTML content. Please use an HTML-capable email client
// to view it." (Workday), "View this email in your browser". The HTML is
// the message then.
func (r textResult) stub() bool {
	t := strings.TrimSpace(r.text)
	if r.html || len(t) > 400 {
		return false
	}
	low := strings.ToLower(t)
	return strings.Contains(low, "html") || strings.Contains(low, "browser")
}

func (w *walker) entity(h textproto.Header, body io.Reader, depth int) textResult {
	w.parts++
	if w.parts > maxParts {
		return textResult{}
	}
	rawType := h.Get("Content-Type")
	ct, params := parseMediaType(rawType)
	if !strings.Contains(ct, "/") {
		// RFC 2045 §5.2: a missing or unparseable type means text/plain.
		ct = "text/plain"
	}
	disp, dparams := parseMediaType(h.Get("Content-Disposition"))
	filename := partFilename(dparams, params)

	if strings.HasPrefix(ct, "multipart/") {
		if boundary := params["boundary"]; boundary != "" {
			return w.multipart(ct, boundary, body, depth)
		}
		// Without a boundary the parts cannot be told apart; showing the
		// body as text is the best that can be done.
		ct = "text/plain"
	}
	if isCalendar(ct, filename) {
		w.calendar(h, body, params)
		return textResult{}
	}
	if ct == "message/rfc822" || ct == "message/global" {
		// Inline or attached ("forward as attachment"), a forwarded
		// invitation is still an invitation.
		w.forwarded(h, body, depth)
		return textResult{}
	}
	if disp == "attachment" || strings.HasPrefix(ct, "application/") {
		w.sawAttachment = true
	}
	if disp == "attachment" || w.calendarsOnly {
		return textResult{}
	}
	if depth == 0 && rawType == "" && looksLikeHTML(body) {
		ct = "text/html" // pre-MIME HTML mail, sent without any Content-Type
	}
	switch ct {
	case "text/plain":
		b := readPart(h, body, maxTextBytes+4)
		s := normalizeText(decodeCharset(b, params["charset"], false))
		if strings.EqualFold(params["format"], "flowed") {
			s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
		}
		return textResult{text: s}
	case "text/html":
		if w.plainChosen {
			return textResult{html: true}
		}
		b := readPart(h, body, maxHTMLBytes)
		return textResult{text: htmlToText(decodeCharset(b, params["charset"], true)), html: true}
	}
	// Images, PDFs, signatures, delivery reports: nothing a follow-up
	// needs.
	return textResult{}
}

// forwarded looks into a forwarded message (message/rfc822, RFC 2046
// §5.2.1; message/global, RFC 6532 §3.5) for its calendars only. RFC 2046
// allows no transfer encoding there but 7bit, 8bit and binary; mailers
// base64 it anyway, so it is undone like any other.
func (w *walker) forwarded(h textproto.Header, body io.Reader, depth int) {
	if depth >= maxDepth {
		return
	}
	br := bufio.NewReader(transferDecoder(h.Get("Content-Transfer-Encoding"), body))
	ih, ibody, err := readHeader(br)
	if err != nil {
		return
	}
	inner := &walker{parts: w.parts, calendarsOnly: true}
	inner.entity(ih, ibody, depth+1)
	w.parts = inner.parts
	w.sawCalendar = w.sawCalendar || inner.sawCalendar
	w.sawAttachment = w.sawAttachment || inner.sawAttachment
	for _, c := range inner.calendars {
		if len(w.calendars) < maxCalendars {
			w.calendars = append(w.calendars, c)
		}
	}
}

func (w *walker) multipart(ct, boundary string, body io.Reader, depth int) textResult {
	if depth >= maxDepth {
		return textResult{}
	}
	mr := textproto.NewMultipartReader(&partHeaderLimiter{r: body, delim: []byte("--" + boundary)}, boundary)
	var kids []textResult
	outer := w.plainChosen
	defer func() { w.plainChosen = outer }()
	for w.parts < maxParts {
		p, err := mr.NextPart()
		if err != nil {
			// io.EOF, or a broken boundary or part header: keep what the
			// parts before it gave.
			break
		}
		k := w.entity(p.Header, p, depth+1)
		kids = append(kids, k)
		// Rendering the HTML after a plain text costs a fifth of a
		// body's parse and is never shown (pickAlternative); its
		// calendar siblings are still read.
		if ct == "multipart/alternative" && !k.html && !k.empty() && !k.stub() {
			w.plainChosen = true
		}
	}
	if ct == "multipart/alternative" {
		return pickAlternative(kids)
	}
	return joinTexts(kids)
}

// partHeaderLimiter bounds the header block of each part of one multipart
// body. go-message reads part headers without a limit and keeps every field
// with its raw bytes, so a message that is nothing but one part header of
// short fields costs tens of times its size in memory. The limiter watches
// the byte stream for lines starting with the boundary delimiter (RFC 2046
// §5.1.1) and fails the read once the header after one grows past
// maxPartHeaderBytes; the multipart reader then stops, keeping the parts
// read so far. Nested multiparts each get their own limiter.
type partHeaderLimiter struct {
	r     io.Reader
	delim []byte

	// State of the current line.
	pos     int  // delimiter bytes matched at its start
	dashes  int  // "-" right after the delimiter: 0 opens a part, 2 closes the multipart
	ws      bool // white space after the delimiter (transport padding)
	other   bool // something that rules out a boundary line
	lineLen int  // bytes, CR and LF excluded

	inHeader bool
	n        int // bytes of the current part header
}

var errPartHeaderTooLarge = errors.New("part header too large")

func (l *partHeaderLimiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		if l.inHeader {
			if l.n++; l.n > maxPartHeaderBytes {
				return i, errPartHeaderTooLarge
			}
		}
		switch {
		case c == '\n':
			if !l.other && l.pos == len(l.delim) && l.dashes == 0 {
				l.inHeader, l.n = true, 0 // a part starts after this line
			} else if l.inHeader && l.lineLen == 0 {
				l.inHeader = false // the blank line that ends its header
			}
			l.pos, l.dashes, l.ws, l.other, l.lineLen = 0, 0, false, false, 0
		case c == '\r':
		default:
			l.lineLen++
			switch {
			case l.other:
			case l.pos < len(l.delim):
				if c == l.delim[l.pos] {
					l.pos++
				} else {
					l.other = true
				}
			case c == '-' && !l.ws && l.dashes < 2:
				l.dashes++
			case c == ' ' || c == '\t':
				l.ws = true
			default:
				l.other = true
			}
		}
	}
	return n, err
}

// pickAlternative prefers text/plain. RFC 2046 §5.1.4 orders alternatives
// by increasing richness, but for reading a message as text the plain one
// is the faithful one; HTML is converted only when there is nothing else.
func pickAlternative(kids []textResult) textResult {
	for _, k := range kids {
		if !k.html && !k.empty() && !k.stub() {
			return k
		}
	}
	for _, k := range kids {
		if k.html && !k.empty() {
			return k
		}
	}
	for _, k := range kids {
		if !k.empty() {
			return k
		}
	}
	return textResult{}
}

// joinTexts concatenates the inline text of multipart/mixed and the like,
// in order, as a mail client shows them one after another.
func joinTexts(kids []textResult) textResult {
	var (
		b     strings.Builder
		html  = true
		wrote bool
	)
	for _, k := range kids {
		if k.empty() || b.Len() > maxTextBytes {
			continue
		}
		if wrote {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.TrimSpace(k.text))
		html = html && k.html
		wrote = true
	}
	return textResult{text: b.String(), html: wrote && html}
}

// calendar keeps a calendar payload as UTF-8. RFC 5545 §3.1.4 makes UTF-8
// the default, but a charset parameter, when present, is honoured for any
// content type; go-message would only apply it to text/*.
func (w *walker) calendar(h textproto.Header, body io.Reader, params map[string]string) {
	w.sawCalendar = true
	if len(w.calendars) >= maxCalendars {
		return
	}
	b := readPart(h, body, maxCalendarBytes+1)
	if len(b) > maxCalendarBytes {
		return // a truncated calendar would only mislead its parser
	}
	s := strings.TrimPrefix(decodeCharset(b, params["charset"], false), "\uFEFF")
	if strings.TrimSpace(s) == "" {
		return
	}
	w.calendars = append(w.calendars, []byte(s))
}

// isCalendar recognises a calendar by its type (text/calendar, RFC 5545
// §8.1; application/ics, which Google and others use for the attachment
// copy) or by an .ics file name whatever the type, since mailers often send
// such files as application/octet-stream.
func isCalendar(ct, filename string) bool {
	switch ct {
	case "text/calendar", "application/ics":
		return true
	}
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(filename)), ".ics")
}

// partFilename returns the Content-Disposition filename or else the
// Content-Type name parameter, RFC 2047-decoded: RFC 2231 is the standard
// way to encode them, but many mailers use encoded-words instead.
func partFilename(dispParams, ctParams map[string]string) string {
	if f := dispParams["filename"]; f != "" {
		return DecodeHeaderText(f)
	}
	return DecodeHeaderText(ctParams["name"])
}

// readPart undoes the transfer encoding and reads at most limit bytes.
// Decoding errors end the part early rather than failing the message; read
// errors of the underlying stream are caught by Parse's errReader.
func readPart(h textproto.Header, body io.Reader, limit int) []byte {
	dec := transferDecoder(h.Get("Content-Transfer-Encoding"), body)
	b, _ := io.ReadAll(io.LimitReader(dec, int64(limit)))
	return b
}

// looksLikeHTML peeks at the start of a body without consuming it.
func looksLikeHTML(body io.Reader) bool {
	type peeker interface{ Peek(int) ([]byte, error) }
	p, ok := body.(peeker)
	if !ok {
		return false
	}
	b, _ := p.Peek(512)
	b = bytes.ToLower(bytes.TrimSpace(b))
	return bytes.HasPrefix(b, []byte("<html")) || bytes.HasPrefix(b, []byte("<!doctype html"))
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676 §4):
// a line ending in a space continues on the next line of the same quote
// depth; the signature separator "-- " is never flowed (§4.3); one leading
// space is stuffing (§4.4); with delsp=yes the trailing space is removed as
// well (§4.2).
func unflow(s string, delsp bool) string {
	var (
		out      strings.Builder
		para     []byte // reused: a paragraph at a time
		open     bool
		curDepth int
	)
	out.Grow(len(s))
	flush := func() {
		for range curDepth {
			out.WriteByte('>')
		}
		if curDepth > 0 && len(para) > 0 {
			out.WriteByte(' ')
		}
		out.Write(para)
		out.WriteByte('\n')
		para = para[:0]
		open = false
	}
	for _, line := range strings.Split(s, "\n") {
		depth := len(line) - len(strings.TrimLeft(line, ">"))
		content := strings.TrimPrefix(line[depth:], " ")
		if open && depth != curDepth {
			flush()
		}
		curDepth = depth
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delsp {
			content = content[:len(content)-1]
		}
		para = append(para, content...)
		open = true
		if !flowed {
			flush()
		}
	}
	if open {
		flush()
	}
	return strings.TrimSuffix(out.String(), "\n")
}
