package interview

import (
	"strings"
	"unicode"
)

// phraseSet finds any of many phrases in a text with one pass over its
// words, where firstWord tries every phrase in turn: Candidate looks for a
// few hundred phrases in every subject of a first pass. Phrases and text
// are split into words the same way (runs of letters and digits), so a
// phrase matches on word boundaries like hasWord does, and "rendez-vous"
// matches "rendez-vous" and "rendez vous".
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

// find returns the first phrase found in text (any case), or "".
func (set phraseSet) find(text string) string {
	ws := words(strings.ToLower(text))
	for i, w := range ws {
	next:
		for _, p := range set[w] {
			if i+len(p) > len(ws) {
				continue
			}
			for j := 1; j < len(p); j++ {
				if ws[i+j] != p[j] {
					continue next
				}
			}
			return strings.Join(p, " ")
		}
	}
	return ""
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
