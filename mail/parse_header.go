package mail

import (
	"mime"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Bounds on what one header may contribute to a Summary. Headers come from
// strangers; these keep a hostile message from growing a Summary without
// limit.
const (
	maxSubjectBytes = 4 << 10
	maxAddresses    = 500
	maxMessageIDs   = 100
	maxMessageIDLen = 500
)

// HeaderGetter is the read side of a message header. go-message's
// *textproto.Header, *message.Header and *mail.Header, net/mail.Header and
// net/textproto.MIMEHeader all satisfy it, so the IMAP side can classify a
// header it fetched by itself.
type HeaderGetter interface {
	Get(key string) string
}

// IsBulk reports whether a header marks list or automated bulk mail:
// List-Unsubscribe or List-Id present (RFC 2369, RFC 2919), or Precedence
// bulk, list or junk (RFC 2076 §3.9; never standardised, but still what
// mailing-list software sends).
func IsBulk(h HeaderGetter) bool {
	if strings.TrimSpace(h.Get("List-Unsubscribe")) != "" || strings.TrimSpace(h.Get("List-Id")) != "" {
		return true
	}
	p := h.Get("Precedence")
	if p == "" {
		return false
	}
	p = strings.ToLower(stripComments(p))
	switch strings.TrimSpace(p) {
	case "bulk", "list", "junk":
		return true
	}
	return false
}

// DecodeHeaderText turns an unstructured header value (Subject, a display
// name) into a single line of valid UTF-8: RFC 2047 encoded-words are decoded
// in any charset the charset package knows (an unknown charset keeps its
// bytes, invalid ones replaced), raw 8-bit values that are not UTF-8 are read
// as windows-1252, and CR, LF, tabs and other control characters become
// single spaces.
func DecodeHeaderText(s string) string {
	s = headerUTF8(s)
	if strings.Contains(s, "=?") {
		if dec, err := wordDecoder.DecodeHeader(s); err == nil {
			s = dec
		}
	}
	return truncateUTF8(oneLine(s), maxSubjectBytes)
}

// wordDecoder decodes RFC 2047 encoded-words. Its CharsetReader never fails,
// so one encoded-word in an unknown charset does not leave the whole header
// undecoded.
var wordDecoder = &mime.WordDecoder{CharsetReader: lenientCharsetReader}

// headerUTF8 makes a raw header value valid UTF-8. RFC 6532 allows UTF-8 in
// headers; anything else with 8-bit bytes is in violation of RFC 5322 §2.2,
// and in practice such bytes are windows-1252 far more often than not.
func headerUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return out
}

// oneLine replaces every run of white space and control characters with a
// single space and trims the ends, so that the value is safe to show on one
// line and to put back into a header.
func oneLine(s string) string {
	if isOneLine(s) {
		return s // the common case: no allocation
	}
	return collapseSpace(s)
}

// collapseSpace is oneLine without the shortcut.
func collapseSpace(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isOneLine reports whether oneLine would return s unchanged because it is
// printable ASCII with single spaces between words and none at the ends.
func isOneLine(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case c < '!' || c > '~':
			return false
		}
	}
	return true
}

// truncateUTF8 cuts s to at most n bytes without splitting a rune.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ParseAddressList reads an address header value (From, Sender, Reply-To,
// To, Cc) and returns every mailbox it can make out, in order: names decoded
// (RFC 2047, also inside quoted strings where RFC 2047 §5 forbids them but
// mailers put them anyway), emails lower-cased. A malformed list does not
// fail as a whole: it is split at top-level commas and each piece is read on
// its own, and pieces without a usable address are skipped. Group syntax
// (RFC 5322 §3.4) yields its members.
func ParseAddressList(s string) []Address {
	s = headerUTF8(s)
	if out, ok := simpleAddressList(s); ok {
		return out
	}
	return parseAddressList(s)
}

// parseAddressList is ParseAddressList without its fast path.
func parseAddressList(s string) []Address {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parser := mail.AddressParser{WordDecoder: wordDecoder}
	if list, err := parser.ParseList(s); err == nil {
		return convertAddresses(list)
	}
	var out []Address
	for _, piece := range splitAddressList(s) {
		if len(out) >= maxAddresses {
			break
		}
		if list, err := parser.ParseList(piece); err == nil {
			out = append(out, convertAddresses(list)...)
			continue
		}
		out = append(out, salvageAddresses(piece)...)
	}
	if len(out) > maxAddresses {
		out = out[:maxAddresses]
	}
	return out
}

// simpleAddressList reads the shape most address headers have, a list of
// "local@domain" or "Display Name <local@domain>" in plain ASCII words,
// without net/mail, whose general parser costs more than the rest of a
// summary on a first pass (about 8% of its CPU). It reports false for
// anything else (quotes, comments, encoded-words, groups, obsolete routes,
// 8-bit text, empty members), which net/mail then reads; the two agree on
// every input the fast path takes (FuzzSimpleAddressList).
func simpleAddressList(s string) ([]Address, bool) {
	var out []Address
	for more := true; more; {
		var member string
		member, s, more = strings.Cut(s, ",")
		name, email, ok := simpleMailbox(member)
		if !ok {
			return nil, false
		}
		if len(out) < maxAddresses && plausibleEmail(email) {
			out = append(out, Address{Name: cleanName(name, email), Email: email})
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	return out, true
}

// simpleMailbox reads one member of simpleAddressList: optional words of
// letters, digits, hyphens, underscores and apostrophes separated by single spaces, then either
// a bare addr-spec or one in angle brackets. The email is lower-cased.
func simpleMailbox(m string) (name, email string, ok bool) {
	m = strings.Trim(m, " ")
	lt := strings.IndexByte(m, '<')
	if lt < 0 {
		if !simpleAddrSpec(m) {
			return "", "", false
		}
		return "", strings.ToLower(m), true
	}
	if !strings.HasSuffix(m, ">") {
		return "", "", false
	}
	spec := m[lt+1 : len(m)-1]
	name = strings.TrimRight(m[:lt], " ")
	if !simpleAddrSpec(spec) || !simplePhrase(name) {
		return "", "", false
	}
	return name, strings.ToLower(spec), true
}

// simplePhrase reports whether s is empty or atoms of [A-Za-z0-9_'-]
// separated by single spaces: a display name that net/mail returns as it is.
func simplePhrase(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		case !simpleAtext(c) || c == '.' || c == '+':
			return false
		}
	}
	return true
}

// simpleAddrSpec reports whether s is local@domain with both sides
// dot-atoms (RFC 5322 §3.4.1) of [A-Za-z0-9._+-] (no leading, trailing or
// doubled dot).
func simpleAddrSpec(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 0 {
		return false
	}
	return simpleDotAtom(s[:at]) && simpleDotAtom(s[at+1:])
}

func simpleDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !simpleAtext(c) || c == '\'' {
			return false
		}
		if c == '.' && s[i-1] == '.' {
			return false
		}
	}
	return true
}

func simpleAtext(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '.' || c == '_' || c == '-' || c == '+' || c == '\''
}

func convertAddresses(list []*mail.Address) []Address {
	out := make([]Address, 0, min(len(list), maxAddresses))
	for _, a := range list {
		if len(out) >= maxAddresses {
			break
		}
		email := strings.ToLower(strings.TrimSpace(a.Address))
		if !plausibleEmail(email) {
			continue
		}
		out = append(out, Address{Name: cleanName(a.Name, email), Email: email})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// cleanName decodes what net/mail left encoded (encoded-words inside quoted
// strings) and drops names that only repeat the address.
func cleanName(name, email string) string {
	name = DecodeHeaderText(name)
	name = strings.Trim(name, `"' `)
	if strings.EqualFold(name, email) {
		return ""
	}
	return name
}

// splitAddressList splits at commas and semicolons that are outside quoted
// strings, comments and angle brackets; a group's "name:" prefix stays with
// its first member and is handled by salvageAddresses.
func splitAddressList(s string) []string {
	var (
		parts        []string
		start        int
		quoted       bool
		comment      int
		angle        bool
		escapeActive bool
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if escapeActive {
			escapeActive = false
			continue
		}
		switch {
		case c == '\\' && (quoted || comment > 0):
			escapeActive = true
		case c == '"' && comment == 0:
			quoted = !quoted
		case quoted:
		case c == '(':
			comment++
		case c == ')' && comment > 0:
			comment--
		case comment > 0:
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case (c == ',' || c == ';') && !angle:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	parts = append(parts, s[start:])
	return parts
}

var (
	angleAddrRE = regexp.MustCompile(`<\s*([^<>\s@]+@[^<>\s@]+)\s*>`)
	bareAddrRE  = regexp.MustCompile(`[^\s<>()",;:]+@[^\s<>()",;:]+`)
)

// salvageAddresses finds addresses in a piece that net/mail rejected: an
// angle-addr if there is one, with the text just before it as the name;
// otherwise every bare word with an @ in it (an unterminated quote can hide
// several addresses in one piece).
func salvageAddresses(piece string) []Address {
	if m := angleAddrRE.FindStringSubmatchIndex(piece); m != nil {
		email := strings.ToLower(piece[m[2]:m[3]])
		if !plausibleEmail(email) {
			return nil
		}
		name := piece[:m[0]]
		// Whatever precedes stray brackets, commas or a group's colon
		// belongs to something else.
		if i := strings.LastIndexAny(name, "<>,:;"); i >= 0 {
			name = name[i+1:]
		}
		return []Address{{Name: cleanName(name, email), Email: email}}
	}
	var out []Address
	for _, m := range bareAddrRE.FindAllString(piece, maxAddresses) {
		email := strings.ToLower(strings.Trim(m, "'.[]"))
		if plausibleEmail(email) {
			out = append(out, Address{Email: email})
		}
	}
	return out
}

// plausibleEmail accepts local@domain with both sides non-empty and nothing
// that could break out of an angle-addr when the address is written back.
func plausibleEmail(e string) bool {
	at := strings.LastIndexByte(e, '@')
	if at <= 0 || at == len(e)-1 || len(e) > 320 {
		return false
	}
	for _, r := range e {
		if r <= ' ' || r == 0x7f || r == '<' || r == '>' || r == ',' || r == ';' || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// ParseMessageIDs reads a Message-ID, In-Reply-To or References value and
// returns the identifiers without angle brackets, oldest first, duplicates
// dropped. It is lenient where mailers are sloppy: text and comments
// between ids are ignored (RFC 5322 §3.6.4 obs-in-reply-to and obs-references
// allow phrases there), white space folded into an id is removed, and a value
// without any angle brackets is read as space- or comma-separated bare ids
// containing an @. Every id returned is safe to write back between angle
// brackets: printable ASCII, no white space, no < or >. Very long References
// chains keep the first id (the thread root) and the most recent ones, as
// RFC 5322 §3.6.4 suggests for trimming.
func ParseMessageIDs(s string) []string {
	var ids []string
	var seen map[string]bool // only for long lists: most hold one or two ids
	add := func(id string) {
		if !validMessageID(id) {
			return
		}
		if seen == nil && len(ids) >= 16 {
			seen = make(map[string]bool, 2*len(ids))
			for _, x := range ids {
				seen[x] = true
			}
		}
		if seen != nil {
			if seen[id] {
				return
			}
			seen[id] = true
		} else if slices.Contains(ids, id) {
			return
		}
		ids = append(ids, id)
	}
	if strings.Contains(s, "<") {
		for rest := s; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 {
				break
			}
			rest = rest[i+1:]
			j := strings.IndexAny(rest, "<>")
			if j < 0 {
				add(removeSpace(rest))
				break
			}
			if rest[j] == '>' {
				add(removeSpace(rest[:j]))
				rest = rest[j+1:]
			}
			// On a second '<' before any '>' the id is unterminated: drop it
			// and start over at the new bracket.
		}
	} else {
		for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
			if strings.Contains(tok, "@") {
				add(tok)
			}
		}
	}
	if len(ids) > maxMessageIDs {
		ids = append(ids[:1:1], ids[len(ids)-maxMessageIDs+1:]...)
	}
	return ids
}

func removeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// validMessageID is the one rule every msg-id we read or write obeys:
// printable US-ASCII without white space or angle brackets (RFC 5322 §3.6.4
// builds msg-id from atext, dtext and "@"). It is deliberately looser than
// the grammar, because threading must survive ids such as "<12345>", but
// strict enough that "<" + id + ">" can never end a header line or smuggle
// in a second id.
func validMessageID(id string) bool {
	if id == "" || len(id) > maxMessageIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c <= ' ' || c >= 0x7f || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// ParseDate reads a Date header value as RFC 5322 §3.3 defines it, and
// then the broken forms seen in real mail: no comma or no day name, two-digit
// years, missing seconds, full month or day names, "GMT+0100", dots in the
// time, asctime and ISO 8601 forms, trailing junk. The obsolete zone names of
// RFC 5322 §4.3 (EST, PDT, ...) and a few common European and Asian ones get
// their real offsets; other names mean UTC, which is what §4.3 prescribes for
// unknown zones. It returns the zero time when nothing fits.
func ParseDate(s string) time.Time {
	s = oneLine(headerUTF8(s))
	if s == "" {
		return time.Time{}
	}
	// Most Date fields are plain RFC 5322 §3.3; the regexes of
	// normalizeDate, costly over thousands of headers, are for the rest.
	if t, err := time.Parse(dateLayouts[0], s); err == nil {
		return t
	}
	norm := normalizeDate(s)
	if t, err := mail.ParseDate(norm); err == nil {
		return t
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, norm); err == nil {
			return t
		}
	}
	// Last resort: drop trailing words one at a time, for dates followed by
	// junk such as "+0000 (GMT Standard Time) x".
	fields := strings.Fields(norm)
	for n := len(fields) - 1; n >= 3; n-- {
		cut := strings.Join(fields[:n], " ")
		if t, err := mail.ParseDate(cut); err == nil {
			return t
		}
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, cut); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Monday, 2 January 2006 15:04:05 -0700",
	"Monday, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, Jan 2 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006-01-02T15:04:05Z0700", // RFC 3339 after normalizeDate drops the zone's colon
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05",
	"January 2, 2006 15:04:05 -0700",
	"January 2, 2006 3:04 PM -0700",
}

var (
	dateCommentRE = regexp.MustCompile(`\([^()]*\)`)
	dateGMTRE     = regexp.MustCompile(`\b(?:GMT|UTC|UT)\s*([+-])(\d{1,2}):?(\d{2})\b`)
	dateColonZone = regexp.MustCompile(`([+-])(\d{2}):(\d{2})$`)
	dateDotTimeRE = regexp.MustCompile(`\b(\d{1,2})\.(\d{2})\.(\d{2})\b`)
	dateCommaRE   = regexp.MustCompile(`,(\S)`)
	dateZoneRE    = regexp.MustCompile(`\b([A-Za-z]{1,5})$`)
)

// zoneOffsets maps zone names to numeric offsets. RFC 5322 §4.3 defines the
// US ones; the others are common enough in Date headers to be worth knowing.
var zoneOffsets = map[string]string{
	"UT": "+0000", "GMT": "+0000", "UTC": "+0000", "Z": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"WET": "+0000", "WEST": "+0100", "BST": "+0100", "CET": "+0100",
	"CEST": "+0200", "MET": "+0100", "MEST": "+0200", "EET": "+0200",
	"EEST": "+0300", "MSK": "+0300", "JST": "+0900", "KST": "+0900",
	"HKT": "+0800", "SGT": "+0800", "AEST": "+1000", "AEDT": "+1100",
	"NZST": "+1200", "NZDT": "+1300",
}

func normalizeDate(s string) string {
	s = dateCommentRE.ReplaceAllString(s, " ")
	s = dateCommaRE.ReplaceAllString(s, ", $1")
	s = dateGMTRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := dateGMTRE.FindStringSubmatch(m)
		h := sub[2]
		if len(h) == 1 {
			h = "0" + h
		}
		return sub[1] + h + sub[3]
	})
	// "15.04.05": only full times, so that "02.01.2006" stays a date.
	s = dateDotTimeRE.ReplaceAllString(s, "$1:$2:$3")
	s = strings.Join(strings.Fields(s), " ")
	s = dateColonZone.ReplaceAllString(s, "$1$2$3")
	if m := dateZoneRE.FindStringSubmatchIndex(s); m != nil {
		if off, ok := zoneOffsets[strings.ToUpper(s[m[2]:m[3]])]; ok {
			s = s[:m[2]] + off
		}
	}
	return s
}

// stripComments removes RFC 5322 comments (one level is enough for the
// short structured values it is used on).
func stripComments(s string) string {
	return dateCommentRE.ReplaceAllString(s, " ")
}
