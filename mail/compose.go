package mail

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	gomail "github.com/emersion/go-message/mail"
)

// Draft is a reply for the user to review and send: it becomes a message in
// their Drafts folder. Names, subjects and message ids in it may come from
// mail written by strangers; Compose treats them as data.
type Draft struct {
	From       Address
	To         []Address
	Cc         []Address
	Subject    string
	Text       string // UTF-8 body
	HTML       string // optional; when set the draft is multipart/alternative
	MessageID  string // without brackets
	InReplyTo  string // without brackets, "" for none
	References []string
	Date       time.Time // zero means now
}

// ErrInvalidDraft is wrapped by every error Compose returns for a Draft it
// refuses. Such a draft will never compose, so callers should not retry it.
var ErrInvalidDraft = errors.New("invalid draft")

// Compose renders d as an RFC 5322 message: 7-bit clean, UTF-8 text in
// quoted-printable (RFC 2045 §6.7), non-ASCII header text as RFC 2047
// encoded-words, threaded by In-Reply-To and References (RFC 5322 §3.6.4).
//
// Header injection is impossible by construction: CR, LF, NUL and other
// control characters in names and the subject become spaces, and a Draft
// whose addresses or message ids would need them, or angle brackets, white
// space, commas and the like, is refused with ErrInvalidDraft, as is a Draft
// without From or To.
func Compose(d Draft) ([]byte, error) {
	if err := d.validate(); err != nil {
		return nil, err
	}
	refs := d.References
	// RFC 5322 §3.6.4: References is the parent's References plus the
	// parent's Message-ID, so a reply always carries what it answers.
	if d.InReplyTo != "" && !slices.Contains(refs, d.InReplyTo) {
		refs = append(refs[:len(refs):len(refs)], d.InReplyTo)
	}
	date := d.Date
	if date.IsZero() {
		date = time.Now()
	}

	// go-message writes the most recently set field first, so fields are
	// set bottom-up to read Date, From, To, Cc, Subject, ids, Content-Type.
	var h gomail.Header
	h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	h.SetMsgIDList("References", refs)
	if d.InReplyTo != "" {
		h.SetMsgIDList("In-Reply-To", []string{d.InReplyTo})
	}
	h.SetMessageID(d.MessageID)
	setSubject(&h, d.Subject)
	h.SetAddressList("Cc", mailAddresses(d.Cc))
	h.SetAddressList("To", mailAddresses(d.To))
	h.SetAddressList("From", mailAddresses([]Address{d.From}))
	h.SetDate(date)

	var buf bytes.Buffer
	if err := writeBody(&buf, h, d); err != nil {
		return nil, fmt.Errorf("compose draft: %w", err)
	}
	return buf.Bytes(), nil
}

func writeBody(buf *bytes.Buffer, h gomail.Header, d Draft) error {
	text := bodyText(d.Text)
	if d.HTML == "" {
		w, err := gomail.CreateSingleInlineWriter(buf, h)
		if err != nil {
			return err
		}
		return writeClose(w, text)
	}
	iw, err := gomail.CreateInlineWriter(buf, h)
	if err != nil {
		return err
	}
	// RFC 2046 §5.1.4: alternatives in increasing order of richness.
	for _, p := range []struct{ ctype, body string }{
		{"text/plain", text},
		{"text/html", bodyText(d.HTML)},
	} {
		var ph gomail.InlineHeader
		ph.SetContentType(p.ctype, map[string]string{"charset": "utf-8"})
		w, err := iw.CreatePart(ph)
		if err != nil {
			return err
		}
		if err := writeClose(w, p.body); err != nil {
			return err
		}
	}
	return iw.Close()
}

func writeClose(w io.WriteCloser, s string) error {
	if _, err := io.WriteString(w, s); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// bodyText makes a body valid UTF-8 with LF line ends; the quoted-printable
// writer turns those into CRLF (RFC 5322 §2.3).
func bodyText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func (d *Draft) validate() error {
	if !composableEmail(d.From.Email) {
		return fmt.Errorf("%w: From address %q", ErrInvalidDraft, d.From.Email)
	}
	if len(d.To) == 0 {
		return fmt.Errorf("%w: no To address", ErrInvalidDraft)
	}
	for _, list := range [][]Address{d.To, d.Cc} {
		for _, a := range list {
			if !composableEmail(a.Email) {
				return fmt.Errorf("%w: address %q", ErrInvalidDraft, a.Email)
			}
		}
	}
	if !validMessageID(d.MessageID) || !strings.Contains(d.MessageID, "@") {
		return fmt.Errorf("%w: Message-ID %q", ErrInvalidDraft, d.MessageID)
	}
	if d.InReplyTo != "" && !validMessageID(d.InReplyTo) {
		return fmt.Errorf("%w: In-Reply-To %q", ErrInvalidDraft, d.InReplyTo)
	}
	for _, id := range d.References {
		if !validMessageID(id) {
			return fmt.Errorf("%w: References id %q", ErrInvalidDraft, id)
		}
	}
	return nil
}

// composableEmail accepts addr-spec local@domain (RFC 5322 §3.4.1) in its
// dot-atom form only: printable ASCII without specials, exactly one @,
// nothing that could end the angle-addr or the header. Quoted local parts
// and domain literals are refused; nobody gets interview mail at them.
func composableEmail(e string) bool {
	local, domain, ok := strings.Cut(e, "@")
	if !ok || local == "" || domain == "" || len(e) > 254 {
		return false
	}
	for _, part := range []string{local, domain} {
		if strings.HasPrefix(part, ".") || strings.HasSuffix(part, ".") || strings.Contains(part, "..") {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>[]:;@\,"`, c) >= 0 {
				return false
			}
		}
	}
	return true
}

func mailAddresses(list []Address) []*mail.Address {
	out := make([]*mail.Address, 0, len(list))
	for _, a := range list {
		// net/mail quotes or RFC 2047-encodes the name as needed; oneLine
		// has already removed anything that could fold or end the header.
		out = append(out, &mail.Address{Name: oneLine(a.Name), Address: a.Email})
	}
	return out
}

// setSubject writes the subject as one line. Plain ASCII stays readable.
// Anything else becomes short base64 encoded-words: non-ASCII text, ASCII
// that merely looks like an encoded-word (RFC 2047 §5 says it must be
// encoded, so that it comes back as text), and words too long to fold.
// Short words let the header fold within 78 characters (RFC 5322 §2.1.1);
// go-message's own Q-encoding emits 75-character words that cannot fold
// after "Subject: ".
func setSubject(h *gomail.Header, s string) {
	s = oneLine(s)
	if needsWords(s) {
		h.Set("Subject", encodeWords(s))
		return
	}
	h.Set("Subject", s)
}

func needsWords(s string) bool {
	if strings.Contains(s, "=?") {
		return true
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f {
			return true
		}
		if s[i] == ' ' {
			run = 0
		} else if run++; run > 60 {
			return true
		}
	}
	return false
}

// encodeWords encodes s as base64 encoded-words (RFC 2047 §2), split on
// rune boundaries (§5) and separated by spaces where the header may fold.
// Decoders drop the space between adjacent encoded-words (§6.2), so the text
// comes back exactly.
func encodeWords(s string) string {
	const maxChunk = 36 // 48 base64 characters + "=?utf-8?b?" + "?=" = 60
	var words []string
	for s != "" {
		n := min(len(s), maxChunk)
		for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// NewMessageID returns a fresh message id without brackets:
// "followupd.<128 random bits in base32>@<domain>". RFC 5322 §3.6.4 wants
// the right side to be a domain the sender controls, typically the domain of
// the From address. A domain that is not a plain host name is replaced by
// "localhost" so the id always composes.
func NewMessageID(domain string) string {
	domain = strings.ToLower(strings.TrimSpace(domain))
	if !hostName(domain) {
		domain = "localhost"
	}
	return "followupd." + strings.ToLower(rand.Text()) + "@" + domain
}

// DraftMessageID is the Message-ID of the draft identified by key (the
// user, the interview, the rule): the same key always gives the same ID.
// Should followupd's own records be lost, it can still find the draft it
// wrote by searching Drafts for that ID instead of writing it again.
func DraftMessageID(domain string, key ...string) string {
	domain = strings.ToLower(strings.TrimSpace(domain))
	if !hostName(domain) {
		domain = "localhost"
	}
	sum := sha256.Sum256([]byte(strings.Join(key, "\x00")))
	return "followupd." + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:16])) + "@" + domain
}

func hostName(s string) bool {
	if s == "" || len(s) > 253 || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}
