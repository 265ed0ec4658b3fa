package timetext

import "unicode/utf8"

// The Arabic script, as Arabic and Persian mail writes it: its own
// digits, the marks written on its letters, the letters each spelling
// writes its own way, and its punctuation.
//
// Arabic writes its numbers with the Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩),
// Persian with its own forms of them (۰۱۲۳۴۵۶۷۸۹), and Persian keyboards
// mix the two; either is a number as ASCII digits are ("١٦ ديسمبر ٢٠٢٦",
// "ساعت ۱۴:۳۰"). A token's offsets stay those of the text: each of these
// digits takes two bytes.
//
// An Arabic word may carry its short vowels and other marks ("مساءً",
// "غداً", "عمّان") and be stretched with a tatweel ("الأربعـاء"), and a
// Persian word holds a zero-width non-joiner between its parts
// ("سه‌شنبه", "پس‌فردا"): none of them ends the word, and all fold away,
// so that "سه‌شنبه" and "سهشنبه" are one word. Letters that spellings
// write one way or another fold to one: the alef's hamza forms (أ إ آ ٱ)
// to a bare alef, alef maksura and the Persian yeh (ى ی) to the Arabic
// yeh, the Persian kaf (ک) to the Arabic one, the teh marbuta and the
// Persian heh with yeh above (ة ۀ) to heh.

// arabicDigit returns the value of an Arabic-Indic or a Persian digit,
// -1 for any other rune.
func arabicDigit(r rune) int {
	switch {
	case 0x660 <= r && r <= 0x669:
		return int(r - 0x660)
	case 0x6F0 <= r && r <= 0x6F9:
		return int(r - 0x6F0)
	}
	return -1
}

// arabicDigitAt reports the first two bytes of an Arabic-Indic (D9 A0 to
// D9 A9) or a Persian digit (DB B0 to DB B9) at text[i]: what
// tokenizeLikely looks for without decoding a rune.
func arabicDigitAt(text string, i int) bool {
	if i+1 >= len(text) {
		return false
	}
	c, d := text[i], text[i+1]
	return c == 0xD9 && 0xA0 <= d && d <= 0xA9 || c == 0xDB && 0xB0 <= d && d <= 0xB9
}

// arabicNumber reads a run of Arabic-Indic or Persian digits from i and
// appends it as a number, as tokenizeLine does a run of ASCII digits.
func (s *scanner) arabicNumber(i, end int, space bool) int {
	text := s.text
	j, v, n := i, 0, 0
	persian := false
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		d := arabicDigit(r)
		if d < 0 {
			break
		}
		if n < 9 {
			v = v*10 + d
		}
		persian = persian || r >= 0x6F0
		n++
		j += size
	}
	if n > 9 {
		v = -1
	}
	s.toks = append(s.toks, token{kind: tNum, pos: i, end: j, val: v, ndig: int8(min(n, 127)), space: space, persian: persian})
	return j
}

// arabicBlock reports a rune of the Arabic block from its marks on
// (U+0610 to U+06FF), or the zero-width non-joiner or joiner, in two
// comparisons: every letter of a word is asked, in every script.
func arabicBlock(r rune) bool { return uint32(r)-0x610 <= 0x6FF-0x610 || r|1 == 0x200D }

// inArabicWord reports a rune that goes on an Arabic or Persian word
// without being a letter of it: the marks written on the letters (the
// short vowels, tanween, shadda and sukun, the superscript alef, the
// Quran's marks), the tatweel, and the zero-width non-joiner and joiner
// Persian writes between a word's parts. foldRune drops them all.
func inArabicWord(r rune) bool {
	switch {
	case r < 0x610:
		return false
	case r <= 0x61A, 0x64B <= r && r <= 0x65F, r == 0x670, r == 0x640:
		return true
	case 0x6D6 <= r && r <= 0x6ED:
		return r != 0x6DD && r != 0x6DE && r != 0x6E5 && r != 0x6E6 && r != 0x6E9
	case r == 0x200C, r == 0x200D:
		return true
	}
	return false
}

// invisible reports the marks that set the direction of a text's runs
// (the left-to-right, right-to-left and Arabic letter marks, the bidi
// embeddings and isolates) and the byte order mark: Arabic and Persian
// mail puts them around numbers and punctuation, and they are neither a
// space nor a token. The zero-width non-joiner and joiner count too where
// they stand outside a word.
func invisible(r rune) bool {
	switch {
	case r == 0x61C, r == 0xFEFF:
		return true
	case r < 0x200C || r > 0x2069:
		return false
	}
	return r <= 0x200F || 0x202A <= r && r <= 0x202E || r >= 0x2066
}

// arabicPunct returns the ASCII mark Arabic punctuation stands for: the
// comma (،), the semicolon (؛), the question mark (؟), the percent sign
// (٪), and the decimal and thousands separators (٫ ٬), which are read as
// a dot and a comma are between digits.
func arabicPunct(r rune) rune {
	switch r {
	case '،', '٬':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '٪':
		return '%'
	case '٫':
		return '.'
	}
	return r
}

// foldArabic appends an Arabic-script letter r folded (see above).
func foldArabic(b []byte, r rune) []byte {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		r = 'ا'
	case 'ى', 'ی':
		r = 'ي'
	case 'ک':
		r = 'ك'
	case 'ة', 'ۀ':
		r = 'ه'
	default:
		if inArabicWord(r) {
			return b
		}
	}
	return utf8.AppendRune(b, r)
}
