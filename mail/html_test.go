package mail

import (
	"strings"
	"testing"
	"time"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "plain text", in: "hello", want: "hello"},
		{name: "entities", in: "a &amp; b &lt;c&gt; &eacute;&#233;&#x e9; &nbsp;x", want: "a & b <c> éé&#x e9; x"},
		{name: "whitespace collapsed", in: "a \n\t  b\r\n c", want: "a b c"},
		{name: "br is a newline", in: "a<br>b<br/>c", want: "a\nb\nc"},
		{name: "paragraphs get a blank line", in: "<p>one</p><p>two</p>", want: "one\n\ntwo"},
		{name: "divs get a line", in: "<div>one</div><div>two</div>", want: "one\ntwo"},
		{name: "at most one blank line", in: "<p>a</p><br><br><br><p>b</p>", want: "a\n\nb"},
		{name: "headings", in: "<h1>Title</h1>text", want: "Title\n\ntext"},
		{name: "lists", in: "<ul><li>one</li><li>two</li></ul>after", want: "- one\n- two\n\nafter"},
		{name: "table cells spaced, rows on lines", in: "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", want: "a b\nc"},
		{name: "script and style dropped", in: "<style>p{}</style>x<script>if (a<b) {}</script>y", want: "xy"},
		{name: "head dropped", in: "<html><head><title>t</title><meta charset=utf-8>junk</head><body>body</body></html>", want: "body"},
		{name: "unclosed head ends at body", in: "<head><title>t</title><body>text", want: "text"},
		{name: "comments and conditional comments dropped", in: "a<!-- hidden --><!--[if mso]>mso<![endif]-->b", want: "ab"},
		{name: "inline elements do not break", in: "a <b>bold</b> <i>it</i><span>s</span>", want: "a bold its"},
		{name: "link keeps text and adds target", in: `<a href="https://meet.example/x">Join</a>`, want: "Join <https://meet.example/x>"},
		{name: "link showing its url adds nothing", in: `<a href="https://meet.example/x">meet.example/x</a>`, want: "meet.example/x"},
		{name: "mailto link adds nothing", in: `<a href="mailto:a@x">write us</a>`, want: "write us"},
		{name: "image-only link adds nothing", in: `<a href="https://x.example"><img src="a.png"></a>`, want: ""},
		{name: "pre keeps layout", in: "<pre>a  b\n  c</pre>d", want: "a  b\n  c\n\nd"},
		{name: "zero-width preheader padding dropped", in: "Hi&zwnj;&nbsp;&zwnj;&#8203;&shy; there", want: "Hi there"},
		{name: "unclosed tags", in: "<p>a<p>b<div>c", want: "a\n\nb\nc"},
		{name: "stray end tags", in: "</script></style></head>a</p></div>", want: "a"},
		{name: "broken markup", in: "<<>>a<b c=\"unterminated>d", want: "<<>>a"},
		{name: "empty", in: "", want: ""},
		{name: "struck-through old time said to be the old one", in: `<td>Uhrzeit</td><td><s style="color:#a0a0a0;">08:30 - 16:00</s> <b>09:00 - 16:30 MEZ</b></td>`, want: "Uhrzeit (previously: 08:30 - 16:00) 09:00 - 16:30 MEZ"},
		{name: "del and strike too", in: "<p>Now <del>Thursday 10am</del> Friday 2pm</p>", want: "Now (previously: Thursday 10am) Friday 2pm"},
		{name: "an unclosed s ends with its cell", in: "<table><tr><td><s>old</td><td>new</td></tr></table>", want: "(previously: old) new"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmlToText(tc.in); got != tc.want {
				t.Errorf("htmlToText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHTMLToTextBounded(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{name: "deep nesting", in: strings.Repeat("<div><span><b>", 200000) + "x"},
		{name: "unclosed script swallows the rest", in: "<script>" + strings.Repeat("a", 1<<20)},
		{name: "huge attribute", in: "<a href=\"" + strings.Repeat("h", 4<<20) + "\">x</a>"},
		{name: "long output", in: strings.Repeat("<p>0123456789</p>", 300000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got := htmlToText(tc.in)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if len(got) > maxTextBytes {
				t.Errorf("output %d bytes, cap is %d", len(got), maxTextBytes)
			}
		})
	}
}
