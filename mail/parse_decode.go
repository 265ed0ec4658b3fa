package mail

import (
	"bytes"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// The charset package registers every x/text charset with go-message
// (windows-1252, ISO-8859-x, KOI8, Shift_JIS, GB18030, ...). We call its
// Reader directly, and the import also sets message.CharsetReader for the
// rest of the mail package.

// lenientCharsetReader is a mime.WordDecoder CharsetReader that never fails:
// an unknown charset passes its bytes through, to be made valid UTF-8 by the
// caller.
func lenientCharsetReader(label string, input io.Reader) (io.Reader, error) {
	data, err := io.ReadAll(io.LimitReader(input, maxSubjectBytes*4))
	if err != nil {
		return nil, err
	}
	return strings.NewReader(decodeCharset(data, label, false)), nil
}

// decodeCharset converts b from the named charset to valid UTF-8.
//
//   - No charset, or US-ASCII: RFC 2045 §5.2 makes us-ascii the default,
//     but 8-bit bytes under that label are common. Valid UTF-8 is kept as
//     UTF-8; anything else is read as windows-1252, and HTML first gets a
//     chance to name its charset in a <meta> tag.
//   - ISO-8859-1 is read as windows-1252, its superset, as browsers do
//     (WHATWG Encoding): mailers label cp1252 quotes and dashes as latin-1.
//   - A charset nobody knows is read as UTF-8 with invalid bytes replaced.
func decodeCharset(b []byte, label string, isHTML bool) string {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch label {
	case "", "us-ascii", "ascii", "us", "ansi_x3.4-1968", "iso-646-us", "iso646-us", "csascii", "default":
		if utf8.Valid(b) {
			return string(b)
		}
		if isHTML {
			if enc, _, _ := htmlcharset.DetermineEncoding(b, "text/html"); enc != nil {
				if out, err := enc.NewDecoder().Bytes(b); err == nil {
					return strings.ToValidUTF8(string(out), "\uFFFD")
				}
			}
		}
		return windows1252(b)
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return strings.ToValidUTF8(string(b), "\uFFFD")
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819", "iso-ir-100":
		return windows1252(b)
	}
	r, err := charset.Reader(label, bytes.NewReader(b))
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := io.ReadAll(r)
	if err != nil {
		// x/text decoders replace bad input rather than fail, so this is
		// rare; keep what was decoded and mark the loss.
		return strings.ToValidUTF8(string(out), "\uFFFD") + "\uFFFD"
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

func windows1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// transferDecoder undoes a Content-Transfer-Encoding (RFC 2045 §6). Unknown
// encodings (x-uuencode, typos) pass the body through: showing encoded text
// beats showing nothing. Both decoders are lenient, because a broken body
// should lose one line, not the message.
func transferDecoder(cte string, r io.Reader) io.Reader {
	cte = strings.ToLower(strings.TrimSpace(cte))
	if i := strings.IndexAny(cte, "; \t("); i >= 0 {
		cte = cte[:i]
	}
	switch cte {
	case "base64":
		return &base64Reader{r: r}
	case "quoted-printable":
		// mime/quotedprintable already keeps malformed "=XY" sequences
		// literally instead of failing.
		return quotedprintable.NewReader(r)
	default:
		return r
	}
}

// base64Reader decodes base64 while ignoring every byte outside the
// alphabet (line breaks, spaces, stray punctuation), and treats "=" as the
// end of a quantum rather than of the data, so that concatenated encoded
// chunks and missing or extra padding all decode. encoding/base64 fails on
// each of those.
type base64Reader struct {
	r    io.Reader
	in   [4096]byte
	quad [4]byte
	n    int
	out  []byte
	err  error
}

var base64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return t
}()

func (d *base64Reader) Read(p []byte) (int, error) {
	for len(d.out) == 0 && d.err == nil {
		n, err := d.r.Read(d.in[:])
		buf := make([]byte, 0, n*3/4+3)
		for _, c := range d.in[:n] {
			if c == '=' {
				buf = d.flush(buf)
				continue
			}
			v := base64Value[c]
			if v == 0xff {
				continue
			}
			d.quad[d.n] = v
			d.n++
			if d.n == 4 {
				buf = append(buf, d.quad[0]<<2|d.quad[1]>>4, d.quad[1]<<4|d.quad[2]>>2, d.quad[2]<<6|d.quad[3])
				d.n = 0
			}
		}
		if err != nil {
			buf = d.flush(buf)
			d.err = err
		}
		d.out = buf
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	if len(d.out) == 0 && d.err != nil {
		return n, d.err
	}
	return n, nil
}

// flush emits the bytes of a partial quantum: two or three sextets carry one
// or two whole bytes; a single sextet carries none.
func (d *base64Reader) flush(buf []byte) []byte {
	switch d.n {
	case 2:
		buf = append(buf, d.quad[0]<<2|d.quad[1]>>4)
	case 3:
		buf = append(buf, d.quad[0]<<2|d.quad[1]>>4, d.quad[1]<<4|d.quad[2]>>2)
	}
	d.n = 0
	return buf
}

// parseMediaType parses a Content-Type or Content-Disposition value
// (RFC 2045 §5.1, RFC 2183, with RFC 2231 parameters). mime.ParseMediaType
// rejects a whole value for one bad parameter (duplicates, unquoted
// tspecials, a missing semicolon or closing quote), and go-message then gives
// up on the part; here such values are repaired and parsed again, and the
// type survives even when no parameter does. The type is lower-cased; "" when
// there is none. Parameter names are lower-case.
func parseMediaType(v string) (string, map[string]string) {
	v = strings.TrimSpace(headerUTF8(v))
	if v == "" {
		return "", map[string]string{}
	}
	if mt, params, err := mime.ParseMediaType(v); err == nil {
		return mt, params
	}
	// The type ends at the first ';' or, when the semicolon is missing, at
	// white space.
	mt, rest := v, ""
	if i := strings.IndexAny(v, "; \t"); i >= 0 {
		mt, rest = v[:i], v[i:]
	}
	mt = strings.ToLower(strings.TrimSpace(mt))
	// Keep only the token characters of RFC 2045 §5.1 ("text/plain>" is
	// text/plain).
	if i := strings.IndexFunc(mt, func(r rune) bool { return !isTokenChar(r) && r != '/' }); i >= 0 {
		mt = mt[:i]
	}
	pairs := splitParams(rest)
	var clean strings.Builder
	clean.WriteString(mt)
	seen := map[string]bool{}
	for _, kv := range pairs {
		if seen[kv[0]] {
			continue
		}
		seen[kv[0]] = true
		clean.WriteString("; ")
		clean.WriteString(kv[0])
		clean.WriteByte('=')
		if strings.HasSuffix(kv[0], "*") {
			clean.WriteString(kv[1]) // RFC 2231 ext-value, never quoted
		} else {
			clean.WriteString(quoteParam(kv[1]))
		}
	}
	if m, params, err := mime.ParseMediaType(clean.String()); err == nil {
		return m, params
	}
	params := make(map[string]string, len(pairs))
	for _, kv := range pairs {
		if _, ok := params[kv[0]]; !ok {
			params[kv[0]] = kv[1]
		}
	}
	return mt, params
}

// splitParams reads "; key=value" pairs leniently: values may be quoted or
// not, quotes may be unterminated, separators may be missing between a
// quoted value and the next key.
func splitParams(s string) [][2]string {
	var pairs [][2]string
	for len(pairs) < 64 {
		s = strings.TrimLeft(s, "; \t\r\n")
		if s == "" {
			break
		}
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			break
		}
		key := strings.ToLower(strings.TrimSpace(s[:eq]))
		if i := strings.LastIndexAny(key, "; \t"); i >= 0 {
			key = key[i+1:] // junk before the key
		}
		s = strings.TrimLeft(s[eq+1:], " \t")
		var val string
		if strings.HasPrefix(s, `"`) {
			var b strings.Builder
			i := 1
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
			}
			val = b.String()
			if i < len(s) {
				i++
			}
			s = s[i:]
		} else {
			end := strings.IndexAny(s, "; \t")
			if end < 0 {
				end = len(s)
			}
			val, s = s[:end], s[end:]
		}
		if key != "" {
			pairs = append(pairs, [2]string{key, val})
		}
	}
	return pairs
}

// isTokenChar reports RFC 2045 §5.1 token characters: printable ASCII
// except space and tspecials.
func isTokenChar(r rune) bool {
	return r > ' ' && r < 0x7f && !strings.ContainsRune(`()<>@,;:\"/[]?=`, r)
}

func quoteParam(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '"' || c == '\\' {
			b.WriteByte('\\')
		}
		if c == '\r' || c == '\n' {
			c = ' '
		}
		b.WriteByte(c)
	}
	b.WriteByte('"')
	return b.String()
}

// normalizeText makes decoded body text uniform: LF line ends (RFC 5322
// §2.3 lines end in CRLF on the wire, and lone CRs turn up too), no NULs or
// other control characters except tab and newline, no byte-order mark.
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case c == '\n' || c == '\t':
			b.WriteByte(c)
		case c < ' ' || c == 0x7f:
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
