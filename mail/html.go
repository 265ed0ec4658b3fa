package mail

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML mail as the text a reader would see: script,
// style and head contents dropped, block elements on their own lines, <br>
// as a line break, link text kept (with the target appended when it is a web
// address that the text does not already show, because interview mails hide
// their video-call links behind "Join meeting"), entities decoded and white
// space collapsed outside <pre>, and text crossed out (<s>, <strike>,
// <del>: a hiring system's new time beside the old one struck through)
// written as "(previously: ...)", which is what the stroke says. It uses
// the tokenizer, not the parser: it
// needs no tree, runs in linear time and never recurses, so hostile nesting
// costs nothing. Output stops at maxTextBytes.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(maxHTMLBytes)
	var (
		w       textWriter
		skip    int // depth inside script, style, title, template
		inHead  bool
		pre     int
		href    string
		linkBuf strings.Builder
		inLink  bool
		// struck is the depth inside <s>, <strike> or <del>. A crossed
		// out phrase never spans a block, so a block's edge ends it: an
		// unclosed <s> hides a cell at most.
		struck int
	)
	for w.b.Len() < maxTextBytes {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF or a token beyond SetMaxBuf
		}
		switch tt {
		case html.TextToken:
			if skip > 0 || inHead {
				continue
			}
			text := string(z.Text())
			if inLink {
				linkBuf.WriteString(text)
			}
			if pre > 0 {
				w.pre(text)
			} else {
				w.text(text)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			end := tt == html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Title, atom.Template, atom.Noembed:
				if tt == html.StartTagToken {
					skip++
				} else if end && skip > 0 {
					skip--
				}
				continue
			case atom.Head:
				inHead = !end && tt == html.StartTagToken
				continue
			case atom.Body:
				inHead = false
			}
			if skip > 0 || inHead {
				continue
			}
			switch a {
			case atom.S, atom.Strike, atom.Del:
				if tt == html.StartTagToken {
					if struck == 0 {
						w.text(" " + StruckPrefix + " ")
					}
					struck++
				} else if end && struck > 0 {
					if struck--; struck == 0 {
						w.text(")")
					}
				}
				continue
			case atom.Br, atom.Li, atom.Td, atom.Th, atom.Tr:
				struck = closeStruck(&w, struck)
			default:
				if paragraphTags[a] || lineTags[a] {
					struck = closeStruck(&w, struck)
				}
			}
			switch {
			case a == atom.Br:
				w.newline(1)
			case a == atom.Pre:
				if end {
					pre = max(pre-1, 0)
				} else {
					pre++
				}
				w.newline(2)
			case a == atom.Li:
				w.newline(1)
				if !end {
					w.bullet()
				}
			case a == atom.Td || a == atom.Th:
				w.space()
			case a == atom.A:
				if end {
					if inLink {
						w.link(href, linkBuf.String())
					}
					inLink = false
				} else if tt == html.StartTagToken {
					href, inLink = "", true
					linkBuf.Reset()
					for hasAttr {
						var k, v []byte
						k, v, hasAttr = z.TagAttr()
						if string(k) == "href" {
							href = strings.TrimSpace(string(v))
						}
					}
				}
			case paragraphTags[a]:
				w.newline(2)
			case lineTags[a]:
				w.newline(1)
			}
		}
	}
	return truncateUTF8(w.String(), maxTextBytes)
}

// StruckPrefix opens text that HTML mail crossed out, as htmlToText
// writes it: "(previously: 08:30 - 16:00)". Detection reads what follows
// the closing bracket as the value now in force.
const StruckPrefix = "(previously:"

// closeStruck ends a crossed-out phrase left open at a block's edge and
// returns the depth inside one, zero.
func closeStruck(w *textWriter, struck int) int {
	if struck > 0 {
		w.text(")")
	}
	return 0
}

// paragraphTags are separated from their neighbours by a blank line,
// lineTags by a line break: roughly how a mail client lays them out.
var (
	paragraphTags = map[atom.Atom]bool{
		atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
		atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Table: true,
		atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Hr: true,
		atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
		atom.Address: true, atom.Figure: true, atom.Fieldset: true, atom.Form: true,
	}
	lineTags = map[atom.Atom]bool{
		atom.Div: true, atom.Tr: true, atom.Dt: true, atom.Dd: true,
		atom.Center: true, atom.Main: true, atom.Nav: true, atom.Aside: true,
		atom.Caption: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
		atom.Figcaption: true, atom.Details: true, atom.Summary: true, atom.Option: true,
	}
)

// textWriter collapses white space the way HTML layout does: runs of space
// become one space, block boundaries become at most one blank line, and
// nothing is written at the start or end.
type textWriter struct {
	b        strings.Builder
	pending  bool // white space seen since the last rune written
	newlines int
}

func (w *textWriter) text(s string) {
	for _, r := range s {
		switch {
		case invisible(r):
		case unicode.IsSpace(r):
			w.pending = true
		default:
			w.flush()
			w.b.WriteRune(r)
		}
	}
}

// pre writes preformatted text as is, apart from line-end normalisation.
func (w *textWriter) pre(s string) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	if s == "" {
		return
	}
	w.flush()
	w.b.WriteString(s)
}

func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		if w.newlines > 0 {
			w.b.WriteString(strings.Repeat("\n", min(w.newlines, 2)))
		} else if w.pending {
			w.b.WriteByte(' ')
		}
	}
	w.newlines, w.pending = 0, false
}

func (w *textWriter) newline(n int) { w.newlines = max(w.newlines, n) }
func (w *textWriter) space()        { w.pending = true }
func (w *textWriter) bullet()       { w.flush(); w.b.WriteString("- ") }

// link appends the target of a web link unless the visible text already
// carries it. Other schemes (mailto:, tel:, javascript:) add nothing.
func (w *textWriter) link(href, text string) {
	lower := strings.ToLower(href)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return
	}
	text = strings.TrimSpace(text)
	shown := strings.Contains(text, href) ||
		strings.ContainsAny(text, "./") && strings.Contains(href, strings.TrimSuffix(text, "/"))
	if text == "" || shown {
		return
	}
	w.text(" <" + href + ">")
}

func (w *textWriter) String() string { return w.b.String() }

// invisible reports characters that render as nothing and only pad
// marketing preheaders: zero-width spaces and joiners, the byte-order mark,
// soft hyphens and the combining grapheme joiner.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f':
		return true
	}
	return false
}
