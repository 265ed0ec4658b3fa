package interview

import (
	"strings"
	"unicode/utf8"
)

// phraseSet holds phrases by their first word, each split into words the
// way words splits a text, for a lookup per word of the text (roleIntros;
// the lexicon does the same for the phrase lists).
type phraseSet map[string][][]string // first word → the phrases' words

func newPhraseSet(phrases ...[]string) phraseSet {
	set := phraseSet{}
	for _, list := range phrases {
		for _, p := range list {
			ws := words(strings.ToLower(p))
			if len(ws) > 0 {
				set[ws[0]] = append(set[ws[0]], ws)
			}
		}
	}
	return set
}

// words splits s into runs of letters and digits, each letter of a script
// written without spaces a word of its own (see ideograph).
func words(s string) []string {
	// Most text has no ideograph, and splits as it always did.
	if !strings.ContainsFunc(s, ideograph) {
		return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
	}
	spans := appendWordSpans(nil, s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp[0]:sp[1]]
	}
	return out
}

// joinWords joins words as a phrase is written: with a space between
// them, none between two ideographs ("面接", "phone screen").
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(ws[i-1])
			first, _ := utf8.DecodeRuneInString(w)
			if !ideograph(prev) || !ideograph(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}
