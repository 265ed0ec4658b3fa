package interview

import "strings"

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

// words splits s into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}
