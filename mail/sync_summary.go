package mail

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// summaryFromFetch builds a Summary from one FETCH response of
// summaryFetchOptions: the header fields as Parse reads them, and whether
// the body structure holds a calendar.
func summaryFromFetch(mailbox string, buf *imapclient.FetchMessageBuffer) Summary {
	s := summaryFromHeader(fetchedHeader(buf))
	s.Mailbox = mailbox
	s.UID = uint32(buf.UID)
	s.HasCalendar = structureHasCalendar(buf.BodyStructure, 0)
	s.HasAttachment = structureHasAttachment(buf.BodyStructure, 0)
	return s
}

// fetchedHeader reads the BODY[HEADER.FIELDS (...)] section. A missing or
// malformed section yields an empty header: every field has a fallback.
func fetchedHeader(buf *imapclient.FetchMessageBuffer) sectionHeader {
	raw := buf.FindBodySection(summaryHeaderSection)
	if raw == nil && len(buf.BodySection) > 0 {
		raw = buf.BodySection[0].Bytes
	}
	return parseSectionHeader(raw)
}

// sectionHeader is the few fields of a HEADER.FIELDS section, in the order
// they came. A first scan reads one per message of the window, thousands,
// so it is a flat list rather than go-message's map of header lines.
type sectionHeader []headerField

type headerField struct{ name, value string }

// parseSectionHeader splits raw into fields up to the first empty line.
// Folded lines are unfolded (RFC 5322 §2.2.3: the CRLF goes, the white
// space stays) and values trimmed; a line that is neither a field nor a
// continuation is skipped, as textproto.ReadHeader would reject it.
func parseSectionHeader(raw []byte) sectionHeader {
	// One string for the section; names and values are slices of it, so a
	// field costs no allocation unless it was folded.
	text := string(raw)
	h := make(sectionHeader, 0, len(summaryHeaderSection.HeaderFields))
	folded := false // the last field's value was built from several lines
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSuffix(line, "\r")
		switch {
		case line == "":
			return trimFolded(h, folded)
		case (line[0] == ' ' || line[0] == '\t') && len(h) > 0:
			h[len(h)-1].value += line
			folded = true
		default:
			// A first line that starts with white space continues
			// nothing: read it as a field, as Parse does.
			line = strings.TrimLeft(line, " \t")
			h = trimFolded(h, folded)
			folded = false
			name, v, ok := strings.Cut(line, ":")
			if !ok || name == "" || strings.ContainsAny(name, " \t") {
				continue
			}
			h = append(h, headerField{name: name, value: strings.TrimSpace(v)})
		}
	}
	return trimFolded(h, folded)
}

// trimFolded trims the value of the last field once its continuation lines
// are all in.
func trimFolded(h sectionHeader, folded bool) sectionHeader {
	if folded && len(h) > 0 {
		h[len(h)-1].value = strings.TrimSpace(h[len(h)-1].value)
	}
	return h
}

// Get returns the first value of the field key (any case), or "".
func (h sectionHeader) Get(key string) string {
	for _, f := range h {
		if strings.EqualFold(f.name, key) {
			return f.value
		}
	}
	return ""
}

// Values returns every value of the field key (any case).
func (h sectionHeader) Values(key string) []string {
	var vs []string
	for _, f := range h {
		if strings.EqualFold(f.name, key) {
			vs = append(vs, f.value)
		}
	}
	return vs
}

// maxStructureDepth bounds recursion into nested message/rfc822 parts; the
// server already bounds multipart nesting.
const maxStructureDepth = 16

// structureHasCalendar reports whether a BODYSTRUCTURE holds a calendar
// part: text/calendar (RFC 6047 iMIP), application/ics, or any part whose
// filename or name ends in .ics. It looks inside forwarded messages too.
func structureHasCalendar(bs imap.BodyStructure, depth int) bool {
	if depth > maxStructureDepth {
		return false
	}
	switch p := bs.(type) {
	case *imap.BodyStructureSinglePart:
		// MediaType would build a lower-cased string per part.
		if strings.EqualFold(p.Type, "text") && strings.EqualFold(p.Subtype, "calendar") ||
			strings.EqualFold(p.Type, "application") && strings.EqualFold(p.Subtype, "ics") {
			return true
		}
		for _, name := range bodyPartNames(p) {
			if strings.HasSuffix(strings.ToLower(strings.TrimSpace(name)), ".ics") {
				return true
			}
		}
		if p.MessageRFC822 != nil {
			return structureHasCalendar(p.MessageRFC822.BodyStructure, depth+1)
		}
	case *imap.BodyStructureMultiPart:
		for _, child := range p.Children {
			if structureHasCalendar(child, depth+1) {
				return true
			}
		}
	}
	return false
}

// structureHasAttachment reports whether a BODYSTRUCTURE holds a file
// attached that is not a calendar (see Summary.HasAttachment). A forwarded
// message counts as what it holds.
func structureHasAttachment(bs imap.BodyStructure, depth int) bool {
	if depth > maxStructureDepth {
		return false
	}
	switch p := bs.(type) {
	case *imap.BodyStructureSinglePart:
		if p.MessageRFC822 != nil {
			return structureHasAttachment(p.MessageRFC822.BodyStructure, depth+1)
		}
		if structureHasCalendar(p, depth) {
			return false
		}
		disp := ""
		if p.Extended != nil && p.Extended.Disposition != nil {
			disp = p.Extended.Disposition.Value
		}
		return strings.EqualFold(disp, "attachment") || strings.EqualFold(p.Type, "application")
	case *imap.BodyStructureMultiPart:
		for _, child := range p.Children {
			if structureHasAttachment(child, depth+1) {
				return true
			}
		}
	}
	return false
}

// bodyPartNames returns the Content-Disposition filename and Content-Type name
// of a part. go-imap decodes RFC 2047 values but leaves RFC 2231 ones as
// the server sent them: "filename*" (charset'language'value, percent-encoded) or split
// into "filename*0", "filename*1*", ... For a suffix test the last piece
// is enough.
func bodyPartNames(p *imap.BodyStructureSinglePart) []string {
	var names []string
	var dparams map[string]string
	if p.Extended != nil && p.Extended.Disposition != nil {
		dparams = p.Extended.Disposition.Params
	}
	for _, pv := range []struct {
		params map[string]string
		key    string
	}{{dparams, "filename"}, {p.Params, "name"}} {
		if v, ok := pv.params[pv.key]; ok {
			names = append(names, v)
		}
		if v, ok := pv.params[pv.key+"*"]; ok {
			names = append(names, rfc2231Value(v, true))
		}
		if v, ok := lastContinuation(pv.params, pv.key); ok {
			names = append(names, v)
		}
	}
	return names
}

// lastContinuation finds the highest-numbered RFC 2231 §3 continuation
// key*N or key*N* and returns its decoded value.
func lastContinuation(params map[string]string, key string) (string, bool) {
	best, bestN, extended := "", -1, false
	for k, v := range params {
		rest, ok := strings.CutPrefix(k, key+"*")
		if !ok || rest == "" {
			continue
		}
		ext := strings.HasSuffix(rest, "*")
		n, err := strconv.Atoi(strings.TrimSuffix(rest, "*"))
		if err != nil || n <= bestN {
			continue
		}
		best, bestN, extended = v, n, ext
	}
	if bestN < 0 {
		return "", false
	}
	// Only the first piece carries charset'language' (RFC 2231 §4.1).
	return rfc2231Value(best, extended && bestN == 0), true
}

// rfc2231Value percent-decodes an extended parameter value, dropping the
// charset'language' prefix when hasCharset. The charset itself does not
// matter for a suffix test on ASCII ".ics".
func rfc2231Value(v string, hasCharset bool) string {
	if hasCharset {
		if i := strings.LastIndexByte(v, '\''); i >= 0 {
			v = v[i+1:]
		}
	}
	if dec, err := url.PathUnescape(v); err == nil {
		return dec
	}
	return v
}
