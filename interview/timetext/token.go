package timetext

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// A token is a run of letters, a run of digits (ASCII, or the Arabic
// script's: see arabic.go), or one other character. White space is not a
// token; space records it.
type token struct {
	kind     tokKind
	persian  bool  // a number written with Persian digits ("۱۴۰۵"), which only Persian writes
	pos, end int   // byte offsets in the text
	k0, k1   int32 // the folded word: scanner.fold[k0:k1]
	val      int   // a number's value (-1 past 9 digits), a punctuation rune
	ndig     int8  // a number's digit count
	space    bool  // white space (or the line start) before the token
	nl       bool  // first token of its line
	brk      bool  // a blank or skipped line lies before the token
	capital  bool  // a word that starts upper-case
	upper    bool  // a word all in capitals ("CET", the Czech and Slovak "SEČ")
	cjk      bool  // a word of Chinese, Japanese or Korean letters (see cjkWord)
	lang     int8  // the language that decides the token's line, -1 none
	line     int32 // index of the line among the non-blank lines
	ent      *entry
}

// maxWord is the longest folded word looked up; longer words mean nothing
// here and are not copied.
const maxWord = 24

// tokenizeLine appends the tokens of text[start:end] to s.toks.
func (s *scanner) tokenizeLine(start, end int, line int32, brk bool) {
	text := s.text
	first := len(s.toks)
	space := true
	for i := start; i < end; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < end && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			n := j - i
			if n > 9 {
				v = -1
			}
			s.toks = append(s.toks, token{kind: tNum, pos: i, end: j, val: v, ndig: int8(min(n, 127)), space: space})
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			s.toks = append(s.toks, token{kind: tPunct, pos: i, end: i + 1, val: int(c), space: space})
			i++
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				if (c == 0xD9 || c == 0xDB) && arabicDigitAt(text, i) {
					s.arabic = true
					i = s.arabicNumber(i, end, space)
					break
				}
				if c-0xD8 < 4 {
					s.arabic = true
				}
				r, size = utf8.DecodeRuneInString(text[i:end])
				if isCyrillic(r) {
					i = s.word(i, end, space)
					break
				}
				if invisible(r) {
					i += size
					continue
				}
				if r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || (r != utf8.RuneError && unicode.IsSpace(r)) {
					space = true
					i += size
					continue
				}
				if !unicode.IsLetter(r) {
					if 0x60C <= r && r <= 0x66C {
						r = arabicPunct(r)
					}
					s.toks = append(s.toks, token{kind: tPunct, pos: i, end: i + size, val: int(r), space: space})
					i += size
					continue
				}
				if cjkScript(r) != 0 {
					i = s.cjkWord(i, end, space)
					break
				}
			}
			i = s.word(i, end, space)
		}
		space = false
	}
	for k := first; k < len(s.toks); k++ {
		s.toks[k].line = line
	}
	if first < len(s.toks) {
		s.toks[first].nl = true
		s.toks[first].brk = brk
		s.toks[first].space = true
	}
	s.voteLine(first)
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// word reads letters from i, folding them into s.fold, and appends the
// word. An apostrophe between letters belongs to the word ("aujourd'hui",
// "o'clock").
func (s *scanner) word(i, end int, space bool) int {
	text := s.text
	k0 := len(s.fold)
	t := token{kind: tWord, pos: i, space: space, upper: true}
	firstRune := true
	apos := -1 // where an apostrophe stands in the folded word
	for i < end {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
			// "Zoom面接は": the CJK letters are cjkWord's, which cuts
			// them where their words end. (cjkWord passes its pieces
			// here whole, bounded by end.)
			if r >= 0x1100 && cjkScript(r) != 0 {
				if firstRune {
					t.cjk = true
				} else if !t.cjk {
					break
				}
			}
		}
		letter := r < utf8.RuneSelf && isASCIILetter(byte(r)) || r >= utf8.RuneSelf && (isCyrillic(r) || unicode.IsLetter(r))
		if !letter {
			if (r == '\'' || r == '’') && !firstRune && i+size < end && startsLetter(text[i+size:end]) {
				if apos < 0 {
					apos = len(s.fold) - k0
				}
				s.fold = append(s.fold, '\'')
				i += size
				continue
			}
			// "مساءً", "سه‌شنبه": the marks on an Arabic word and the
			// joiners inside a Persian one go on the word and fold away.
			if !firstRune && arabicBlock(r) && inArabicWord(r) {
				i += size
				continue
			}
			break
		}
		if firstRune {
			t.capital = isUpper(r)
			firstRune = false
		}
		if t.upper && !isUpper(r) {
			t.upper = false
		}
		if len(s.fold)-k0 <= maxWord {
			s.fold = foldRune(s.fold, r)
		}
		i += size
	}
	t.end = i
	t.k0, t.k1 = int32(k0), int32(len(s.fold))
	if t.k1-t.k0 <= maxWord {
		t.ent = lookup(s.fold[k0:])
		if t.ent == nil && apos > 0 {
			t.ent = s.turkishStem(k0, apos)
		}
	}
	s.toks = append(s.toks, t)
	return i
}

// turkishStem returns the entry of the word before an apostrophe when it
// is a Turkish one: Turkish glues a case ending on a name with it
// ("Aralık'ta", in December; "Perşembe'ye", to Thursday). Other
// languages' words before an apostrophe ("Monday's") stay unknown.
func (s *scanner) turkishStem(k0, apos int) *entry {
	e := dict[string(s.fold[k0:k0+apos])]
	if e == nil || e.langs&(1<<tr) == 0 {
		return nil
	}
	return e
}

// isCyrillic reports a letter of the Cyrillic block's first part, the
// letters of Russian, Ukrainian, Bulgarian and Serbian but "ґ": they are
// read without the unicode tables, which cost a Cyrillic text more than
// the rest of its reading.
func isCyrillic(r rune) bool { return 0x400 <= r && r <= 0x45F }

func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case isCyrillic(r):
		return r < 0x430
	}
	return unicode.IsUpper(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf && isASCIILetter(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// foldRune appends r lower-cased and without its accent, so that
// "Décembre", "decembre" and "DÉCEMBRE" look up one key.
func foldRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	// Cyrillic letters are lower-cased and keep their form but for
	// Russian "ё", often written "е".
	if isCyrillic(r) {
		switch {
		case r < 0x410: // "Ѐ" to "Џ"
			r += 0x50
		case r < 0x430: // "А" to "Я"
			r += 0x20
		}
		if r == 'ё' {
			r = 'е'
		}
		return utf8.AppendRune(b, r)
	}
	if arabicBlock(r) {
		return foldArabic(b, r)
	}
	// The Baltic languages' long and nasal vowels fold as other accents
	// do; Latvian's softened consonants stay, or "nedēļā" (in the week)
	// would be Slovak "nedeľa" (Sunday).
	switch unicode.ToLower(r) {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ą', 'ă', 'ā':
		return append(b, 'a')
	case 'æ':
		return append(b, 'a', 'e')
	case 'ç', 'ć', 'č':
		return append(b, 'c')
	case 'è', 'é', 'ê', 'ë', 'ę', 'ě', 'ē', 'ė':
		return append(b, 'e')
	case 'ì', 'í', 'î', 'ï', 'ı', 'ī', 'į':
		return append(b, 'i')
	case 'ł', 'ľ', 'ĺ':
		return append(b, 'l')
	case 'ğ':
		return append(b, 'g')
	case 'ñ', 'ń', 'ň':
		return append(b, 'n')
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ő':
		return append(b, 'o')
	case 'ś', 'š', 'ș', 'ş':
		return append(b, 's')
	case 'ß':
		return append(b, 's', 's')
	case 'ù', 'ú', 'û', 'ü', 'ů', 'ű', 'ū', 'ų':
		return append(b, 'u')
	case 'ř', 'ŕ':
		return append(b, 'r')
	case 'ť', 'ț', 'ţ':
		return append(b, 't')
	case 'ď':
		return append(b, 'd')
	case 'ý', 'ÿ':
		return append(b, 'y')
	case 'ź', 'ż', 'ž':
		return append(b, 'z')
	case '’', 'ʼ': // Ukrainian writes its apostrophe as either, "п’ятниця", "пʼятниця"
		return append(b, '\'')
	// Greek's accent (tonos) and diaeresis: "Τετάρτη", "τεταρτη" and
	// "ΤΕΤΑΡΤΗ" are one word.
	case 'ά':
		return utf8.AppendRune(b, 'α')
	case 'έ':
		return utf8.AppendRune(b, 'ε')
	case 'ή':
		return utf8.AppendRune(b, 'η')
	case 'ί', 'ϊ', 'ΐ':
		return utf8.AppendRune(b, 'ι')
	case 'ό':
		return utf8.AppendRune(b, 'ο')
	case 'ύ', 'ϋ', 'ΰ':
		return utf8.AppendRune(b, 'υ')
	case 'ώ':
		return utf8.AppendRune(b, 'ω')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

func foldString(s string) []byte {
	var b []byte
	for _, r := range s {
		b = foldRune(b, r)
	}
	return b
}

// voteLine decides which language the line from token first on is
// written in: the one most of its known words belong to. Ambiguous words
// ("mar", "morgen") are then read in that language.
func (s *scanner) voteLine(first int) {
	var votes [numLangs]int8
	for k := first; k < len(s.toks); k++ {
		e := s.toks[k].ent
		if e == nil {
			continue
		}
		for langs := e.langs & s.mask; langs != 0; langs &= langs - 1 {
			if l := bits.TrailingZeros32(uint32(langs)); votes[l] < 100 {
				votes[l]++
			}
		}
	}
	best, bestN := int8(-1), int8(0)
	for l := range numLangs {
		if votes[l] > bestN {
			best, bestN = int8(l), votes[l]
		}
	}
	for k := first; k < len(s.toks); k++ {
		s.toks[k].lang = best
	}
}
