package mail

import (
	"net/textproto"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	mtextproto "github.com/emersion/go-message/textproto"
)

func TestParseAddressList(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Address
	}{
		{name: "empty", in: "  ", want: nil},
		{name: "bare address lower-cased", in: "Sam@Example.COM", want: []Address{{Email: "sam@example.com"}}},
		{
			name: "display names, quoted comma",
			in:   `"Doe, Jane" <jane@x.example>, Bob <bob@x.example>`,
			want: []Address{{Name: "Doe, Jane", Email: "jane@x.example"}, {Name: "Bob", Email: "bob@x.example"}},
		},
		{
			name: "RFC 2047 name in any charset",
			in:   "=?ISO-8859-2?Q?Miros=B3aw?= <m@x.example>, =?koi8-r?B?8NLJ18XU?= <p@x.example>",
			want: []Address{{Name: "Mirosław", Email: "m@x.example"}, {Name: "Привет", Email: "p@x.example"}},
		},
		{
			name: "encoded-word inside quotes, against RFC 2047 §5",
			in:   `"=?utf-8?q?J=C3=BCrgen?=" <j@x.example>`,
			want: []Address{{Name: "Jürgen", Email: "j@x.example"}},
		},
		{
			name: "raw UTF-8 name (RFC 6532)",
			in:   "Zoë Zhang <zoe@x.example>",
			want: []Address{{Name: "Zoë Zhang", Email: "zoe@x.example"}},
		},
		{
			name: "raw latin-1 name",
			in:   "Zo\xeb <zoe@x.example>",
			want: []Address{{Name: "Zoë", Email: "zoe@x.example"}},
		},
		{
			name: "group syntax",
			in:   "Team: a@x.example, b@x.example;, c@x.example",
			want: []Address{{Email: "a@x.example"}, {Email: "b@x.example"}, {Email: "c@x.example"}},
		},
		{name: "empty group", in: "undisclosed-recipients:;", want: nil},
		{
			name: "name that only repeats the address is dropped",
			in:   `"sam@x.example" <sam@x.example>`,
			want: []Address{{Email: "sam@x.example"}},
		},
		{
			name: "bad entries skipped, good ones kept",
			in:   "a@x.example, not an address, <b@x.example>, @nolocal, nodomain@, c@x.example",
			want: []Address{{Email: "a@x.example"}, {Email: "b@x.example"}, {Email: "c@x.example"}},
		},
		{
			name: "unterminated quote hides addresses",
			in:   `"Broken <u@x.example, v@x.example`,
			want: []Address{{Email: "u@x.example"}, {Email: "v@x.example"}},
		},
		{
			name: "junk after angle-addr",
			in:   "<c@d.example> junk, Eve <e@x.example> (comment)",
			want: []Address{{Email: "c@d.example"}, {Name: "Eve", Email: "e@x.example"}},
		},
		{
			name: "CR LF in a name become a space",
			in:   "=?utf-8?q?Mal=0D=0ABcc=3A_x?= <m@x.example>",
			want: []Address{{Name: "Mal Bcc: x", Email: "m@x.example"}},
		},
		{
			name: "semicolon separated (Outlook)",
			in:   "a@x.example; b@x.example",
			want: []Address{{Email: "a@x.example"}, {Email: "b@x.example"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseAddressList(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseAddressList(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSimpleAddressList holds the fast path to the shapes it is for, so
// that it cannot quietly stop taking them, and to the shapes it must leave
// to net/mail.
func TestSimpleAddressList(t *testing.T) {
	tests := []struct {
		name string
		in   string
		take bool
	}{
		{"bare address", "sam@example.org", true},
		{"name and angle-addr", "Jane Doe <Jane.Doe@Initech.example>", true},
		{"list with plus and hyphens", "Mary-Jo O'Neil <mj+jobs@mail.initech.example>, b@x.example", true},
		{"angle-addr alone", "<noreply@greenhouse.io>", true},
		{"no space before angle", "Jane<j@x.example>", true},
		{"quoted name", `"Doe, Jane" <jane@x.example>`, false},
		{"encoded-word", "=?utf-8?q?J=C3=BCrgen?= <j@x.example>", false},
		{"8-bit name", "Zoë <zoe@x.example>", false},
		{"comment", "Eve <e@x.example> (work)", false},
		{"group", "Team: a@x.example;", false},
		{"dotted name", "John Q. Public <j@x.example>", false},
		{"double space", "Jane  Doe <j@x.example>", false},
		{"trailing comma", "a@x.example,", false},
		{"empty member", "a@x.example, , b@x.example", false},
		{"semicolons", "a@x.example; b@x.example", false},
		{"double dot", "a..b@x.example", false},
		{"no domain", "nodomain@", false},
		{"folded", "Jane Doe\r\n <j@x.example>", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := simpleAddressList(tc.in)
			if ok != tc.take {
				t.Fatalf("simpleAddressList(%q) took it: %v, want %v", tc.in, ok, tc.take)
			}
			if want := parseAddressList(tc.in); ok && !reflect.DeepEqual(got, want) {
				t.Errorf("simpleAddressList(%q) = %q, net/mail path %q", tc.in, got, want)
			}
		})
	}
}

// FuzzSimpleAddressList: whatever the fast path takes, it reads exactly as
// the general path does.
func FuzzSimpleAddressList(f *testing.F) {
	for _, s := range []string{
		"sam@example.org", "Jane Doe <jane@x.example>", "a@b, C D <c@d>", "<x@y>",
		"A <a@b>,B <b@c>", "a.b-c+d_e@f-g.h", "O'Neil <o@x>", "x@y.", "-@-", "a@b@c",
		"Jane<j@x>", "J <j@x> ", " j@x", "a <b>", "a <b@c", "_ <_@_>", "1 <1@1>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := simpleAddressList(s)
		if !ok {
			return
		}
		if want := parseAddressList(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("simpleAddressList(%q) = %q, net/mail path %q", s, got, want)
		}
	})
}

func TestParseAddressListCap(t *testing.T) {
	in := strings.Repeat("a@x.example, ", 3*maxAddresses)
	if got := len(ParseAddressList(in)); got != maxAddresses {
		t.Errorf("got %d addresses, want %d", got, maxAddresses)
	}
	in = strings.Repeat("a@x.example, <<, ", 3*maxAddresses) // through the fallback
	if got := len(ParseAddressList(in)); got > maxAddresses {
		t.Errorf("fallback got %d addresses, want at most %d", got, maxAddresses)
	}
}

func TestParseMessageIDs(t *testing.T) {
	long := make([]string, 0, 150)
	var refs strings.Builder
	for i := range 150 {
		id := "id" + strings.Repeat("x", i%3) + "." + strconv.Itoa(i) + "@x"
		long = append(long, id)
		refs.WriteString("<" + id + "> ")
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "empty", in: "", want: nil},
		{name: "one", in: "<a.b@c.example>", want: []string{"a.b@c.example"}},
		{name: "several with comments and phrases", in: `<a@x> (comment) "phrase" <b@x>`, want: []string{"a@x", "b@x"}},
		{name: "folded id", in: "<very-long-id-\r\n continued@x>", want: []string{"very-long-id-continued@x"}},
		{name: "no brackets", in: "a@x, b@x junk", want: []string{"a@x", "b@x"}},
		{name: "no brackets and no @", in: "garbage", want: nil},
		{name: "id without @ kept in brackets", in: "<12345>", want: []string{"12345"}},
		{name: "duplicates dropped", in: "<a@x> <b@x> <a@x>", want: []string{"a@x", "b@x"}},
		{name: "unterminated then valid", in: "<bad@x <good@x>", want: []string{"good@x"}},
		{name: "unterminated at end kept", in: "<a@x> <tail@x", want: []string{"a@x", "tail@x"}},
		{name: "empty brackets", in: "<> < >", want: nil},
		{name: "non-ASCII rejected", in: "<ü@x> <ok@x>", want: []string{"ok@x"}},
		{name: "too long rejected", in: "<" + strings.Repeat("a", maxMessageIDLen) + "@x>", want: nil},
		{
			name: "long chain keeps root and newest",
			in:   refs.String(),
			want: append([]string{long[0]}, long[150-maxMessageIDs+1:]...),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseMessageIDs(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseMessageIDs(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for _, id := range got {
				if !validMessageID(id) {
					t.Errorf("returned invalid id %q", id)
				}
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // RFC 3339, "" for the zero time
	}{
		{name: "RFC 5322", in: "Tue, 4 Mar 2025 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "with comment", in: "Tue, 4 Mar 2025 09:15:00 +0100 (CET)", want: "2025-03-04T09:15:00+01:00"},
		{name: "no day name", in: "4 Mar 2025 09:15:00 -0000", want: "2025-03-04T09:15:00Z"},
		{name: "no seconds", in: "Tue, 4 Mar 2025 09:15 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "obsolete US zone", in: "Tue, 4 Mar 2025 09:15:00 PST", want: "2025-03-04T09:15:00-08:00"},
		{name: "summer zone name", in: "Tue, 4 Mar 2025 09:15:00 CEST", want: "2025-03-04T09:15:00+02:00"},
		{name: "GMT offset", in: "Tue, 4 Mar 2025 09:15:00 GMT+0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "UTC offset with colon", in: "Tue, 4 Mar 2025 09:15:00 UTC+05:30", want: "2025-03-04T09:15:00+05:30"},
		{name: "colon in numeric zone", in: "Tue, 4 Mar 2025 09:15:00 +01:00", want: "2025-03-04T09:15:00+01:00"},
		{name: "two-digit year", in: "Tue, 4 Mar 25 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "no space after comma", in: "Tue,4 Mar 2025 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "full month name", in: "Tuesday, 4 March 2025 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "dotted time", in: "Tue, 4 Mar 2025 09.15.00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "asctime", in: "Tue Mar  4 09:15:00 2025", want: "2025-03-04T09:15:00Z"},
		{name: "ISO 8601", in: "2025-03-04T09:15:00+01:00", want: "2025-03-04T09:15:00+01:00"},
		{name: "trailing junk", in: "Tue, 4 Mar 2025 09:15:00 +0100 +0100 junk words", want: "2025-03-04T09:15:00+01:00"},
		{name: "lower-case month", in: "tue, 4 mar 2025 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "folded", in: "Tue, 4 Mar 2025\r\n 09:15:00 +0100", want: "2025-03-04T09:15:00+01:00"},
		{name: "empty", in: "", want: ""},
		{name: "garbage", in: "not a date at all", want: ""},
		{name: "impossible day", in: "Tue, 34 Mar 2025 09:15:00 +0100", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseDate(tc.in)
			if tc.want == "" {
				if !got.IsZero() {
					t.Errorf("ParseDate(%q) = %v, want zero", tc.in, got)
				}
				return
			}
			want, _ := time.Parse(time.RFC3339, tc.want)
			if !got.Equal(want) {
				t.Errorf("ParseDate(%q) = %v, want %v", tc.in, got, want)
			}
			_, gotOff := got.Zone()
			_, wantOff := want.Zone()
			if gotOff != wantOff {
				t.Errorf("ParseDate(%q) offset %d, want %d", tc.in, gotOff, wantOff)
			}
		})
	}
}

func TestParseDecodeHeaderText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "plain", in: "Hello", want: "Hello"},
		{name: "Q utf-8", in: "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=", want: "Grüße"},
		{name: "B windows-1252", in: "=?windows-1252?B?k0hplA==?=", want: "“Hi”"},
		{name: "ISO-8859-15 euro", in: "=?iso-8859-15?q?=A4?=", want: "€"},
		{name: "adjacent words join", in: "=?utf-8?q?a?= =?utf-8?q?b?=", want: "ab"},
		{name: "text between words kept", in: "Re: =?utf-8?q?=C3=A4?= x", want: "Re: ä x"},
		{name: "unknown charset keeps bytes", in: "=?x-unknown?q?caf=C3=A9?=", want: "café"},
		{name: "malformed word left alone", in: "=?utf-8?q?broken", want: "=?utf-8?q?broken"},
		{name: "CR LF tab and NUL folded", in: "a\r\n\tb\x00c\u2028d", want: "a b c d"},
		{name: "encoded newline folded", in: "=?utf-8?q?a=0D=0Ab?=", want: "a b"},
		{name: "trimmed", in: "  spaced   out  ", want: "spaced out"},
		{name: "invalid UTF-8 read as windows-1252", in: "caf\xe9 \x93x\x94", want: "café “x”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DecodeHeaderText(tc.in); got != tc.want {
				t.Errorf("DecodeHeaderText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if got := DecodeHeaderText(strings.Repeat("ä", maxSubjectBytes)); len(got) > maxSubjectBytes {
		t.Errorf("long value not capped: %d bytes", len(got))
	}
}

func TestParseIsBulk(t *testing.T) {
	tests := []struct {
		name   string
		fields map[string]string
		want   bool
	}{
		{name: "personal mail", fields: map[string]string{"From": "a@x"}, want: false},
		{name: "List-Unsubscribe", fields: map[string]string{"List-Unsubscribe": "<mailto:u@x>"}, want: true},
		{name: "List-Id", fields: map[string]string{"List-Id": "Jobs <jobs.x>"}, want: true},
		{name: "Precedence bulk", fields: map[string]string{"Precedence": "bulk"}, want: true},
		{name: "Precedence list, odd case", fields: map[string]string{"Precedence": " LIST "}, want: true},
		{name: "Precedence junk with comment", fields: map[string]string{"Precedence": "junk (auto)"}, want: true},
		{name: "Precedence first-class", fields: map[string]string{"Precedence": "first-class"}, want: false},
		{name: "empty List-Id", fields: map[string]string{"List-Id": "  "}, want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The same answer through every header type callers hold.
			std := textproto.MIMEHeader{}
			var gm mtextproto.Header
			for k, v := range tc.fields {
				std.Set(k, v)
				gm.Set(k, v)
			}
			if got := IsBulk(std); got != tc.want {
				t.Errorf("IsBulk(MIMEHeader) = %v, want %v", got, tc.want)
			}
			if got := IsBulk(&gm); got != tc.want {
				t.Errorf("IsBulk(*textproto.Header) = %v, want %v", got, tc.want)
			}
		})
	}
}
