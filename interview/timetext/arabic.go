package timetext

import (
	"sort"
	"strings"
	"unicode/utf8"
)

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

// hijriMonths are the months of the Islamic calendar, folded, by their
// first word, and whether a second word names them ("ربيع الأول",
// "جمادى الآخرة", "ذو الحجة").
var hijriMonths = map[string]bool{"محرم": false, "صفر": false, "ربيع": true, "جمادي": true, "رجب": false,
	"شعبان": false, "رمضان": false, "شوال": false, "ذو": true, "ذي": true}

// hijriAfter reads the day of the Islamic calendar that Saudi and Gulf
// mail gives after the Gregorian one, at j: "١٦ ديسمبر ٢٠٢٦م الموافق ٦
// جمادى الآخرة ١٤٤٨هـ", "16/12/2026 (6 جمادى الآخرة 1448هـ)". The
// Gregorian day counts and the Islamic one is not read as a date, but it
// stands between the day and its time as the words of a date do. It
// returns the token after it, or j when there is none.
func (s *scanner) hijriAfter(j int) int {
	if s.mask&(1<<ar) == 0 {
		return j
	}
	k := j
	for range 3 { // "، الموافق", "- الموافق", "("
		if !(s.punct(k, ',') || s.punct(k, '(') || s.punct(k, '-') || s.punct(k, '/') || s.is(k, "الموافق")) {
			break
		}
		k++
	}
	if d, nd, ok := s.num(k); !ok || nd > 2 || d < 1 || d > 30 {
		return j
	}
	k++
	t := s.tok(k)
	if t.kind != tWord {
		return j
	}
	two, ok := hijriMonths[string(s.fold[t.k0:t.k1])]
	if !ok {
		return j
	}
	k++
	if two {
		if s.tok(k).kind != tWord {
			return j
		}
		k++
	}
	if _, n, ok := s.num(k); ok && n >= 3 && n <= 4 {
		k++
	}
	if s.is(k, "ه") {
		k++
		if s.gluedPunct(k, '.') {
			k++
		}
	}
	if s.punct(k, ')') {
		k++
	}
	return k
}

// persianCount returns the count by which Persian names the weekday
// written with "شنبه" (Saturday) at p+1: "یک", "دو", "سه", "چهار", "پنج"
// apart ("سه شنبه", Tuesday), or a figure glued to it ("۳شنبه"). It
// returns 0 when there is none.
func (s *scanner) persianCount(p int) int {
	t := s.tok(p)
	if s.tok(p + 1).nl {
		return 0 // the count would be on the line before
	}
	if n := len(s.elems); n > 0 && s.elems[n-1].t1 > p {
		return 0 // the word is another element's
	}
	if t.kind == tNum {
		if s.tok(p+1).space || t.ndig != 1 || t.val < 1 || t.val > 5 {
			return 0
		}
		return t.val
	}
	if t.kind != tWord {
		return 0
	}
	for n, w := range [...]string{"يك", "دو", "سه", "چهار", "پنج"} {
		if s.is(p, w) {
			return n + 1
		}
	}
	return 0
}

// arabicPlaces are the places whose clock Arabic and Persian mail names
// ("بتوقيت الرياض", "به وقت تهران"), as people type them (folded when
// zone.go adds them to cities), and the European cities a reader's clock
// is named by in either ("به وقت برلین"). "عمان" is Amman, as Jordanian
// mail writes it; Oman's mail names Muscat or "سلطنة عمان", and "عُمان"
// with its vowel is Oman (see cityAt).
var arabicPlaces = map[string]string{
	"الرياض": "Asia/Riyadh", "جدة": "Asia/Riyadh", "مكة": "Asia/Riyadh", "الدمام": "Asia/Riyadh", "الخبر": "Asia/Riyadh",
	"الظهران": "Asia/Riyadh", "السعودية": "Asia/Riyadh",
	"دبي": "Asia/Dubai", "أبوظبي": "Asia/Dubai", "الشارقة": "Asia/Dubai", "الإمارات": "Asia/Dubai",
	"القاهرة": "Africa/Cairo", "الإسكندرية": "Africa/Cairo", "مصر": "Africa/Cairo",
	"الدوحة": "Asia/Qatar", "قطر": "Asia/Qatar", "الكويت": "Asia/Kuwait",
	"عمان": "Asia/Amman", "الأردن": "Asia/Amman", "بيروت": "Asia/Beirut", "لبنان": "Asia/Beirut",
	"بغداد": "Asia/Baghdad", "العراق": "Asia/Baghdad", "أربيل": "Asia/Baghdad", "البصرة": "Asia/Baghdad",
	"مسقط": "Asia/Muscat", "البحرين": "Asia/Bahrain", "المنامة": "Asia/Bahrain",
	"الرباط": "Africa/Casablanca", "المغرب": "Africa/Casablanca", "تونس": "Africa/Tunis", "الجزائر": "Africa/Algiers",
	"دمشق": "Asia/Damascus", "سوريا": "Asia/Damascus", "الخرطوم": "Africa/Khartoum", "السودان": "Africa/Khartoum",
	"صنعاء": "Asia/Aden", "اليمن": "Asia/Aden", "ليبيا": "Africa/Tripoli",
	// Greenwich, in Arabic's spellings and Persian's: GMT.
	"غرينتش": "UTC", "غرينيتش": "UTC", "جرينتش": "UTC", "جرينيتش": "UTC", "گرینویچ": "UTC", "گرینیچ": "UTC",
	"تهران": "Asia/Tehran", "طهران": "Asia/Tehran", "ایران": "Asia/Tehran", "مشهد": "Asia/Tehran", "اصفهان": "Asia/Tehran",
	"شیراز": "Asia/Tehran", "تبریز": "Asia/Tehran", "کرج": "Asia/Tehran", "کابل": "Asia/Kabul", "افغانستان": "Asia/Kabul",
	"دبی": "Asia/Dubai", "امارات": "Asia/Dubai",
	// Europe's, in both spellings where they differ.
	"برلين": "Europe/Berlin", "ألمانيا": "Europe/Berlin", "آلمان": "Europe/Berlin", "فرانكفورت": "Europe/Berlin",
	"ميونخ": "Europe/Berlin", "مونیخ": "Europe/Berlin", "هامبورغ": "Europe/Berlin", "هامبورگ": "Europe/Berlin",
	"لندن": "Europe/London", "بريطانيا": "Europe/London", "انگلیس": "Europe/London", "باريس": "Europe/Paris",
	"پاریس": "Europe/Paris", "فرنسا": "Europe/Paris", "فرانسه": "Europe/Paris", "أمستردام": "Europe/Amsterdam",
	"هولندا": "Europe/Amsterdam", "هلند": "Europe/Amsterdam", "فيينا": "Europe/Vienna", "زيورخ": "Europe/Zurich",
	"زوریخ": "Europe/Zurich", "إسطنبول": "Europe/Istanbul", "استانبول": "Europe/Istanbul", "تركيا": "Europe/Istanbul",
	"ترکیه": "Europe/Istanbul", "نيويورك": "America/New_York", "تورنتو": "America/Toronto",
}

// arabicPlaces2 are the places of two words.
var arabicPlaces2 = map[string]map[string]string{
	"مكة":     {"المكرمة": "Asia/Riyadh"},
	"المدينة": {"المنورة": "Asia/Riyadh"},
	"أبو":     {"ظبي": "Asia/Dubai"},
	"الدار":   {"البيضاء": "Africa/Casablanca"},
	"سلطنة":   {"عمان": "Asia/Muscat"},
}

// arabicHourLines marks as seeds the lines that say an hour in Arabic or
// Persian words after its cue, "الساعة العاشرة صباحاً" or "ساعت ده صبح",
// which hold no digit, and reports whether there was one. The first byte
// of these cues starts half the Arabic script's letters: looking for them
// as tokenizeLikely looks for other languages' cues, at every such byte,
// tripled the cost of a Persian text without a digit. Here one pass finds
// the letters they share ("ساع"); a text in another script is not asked.
func (s *scanner) arabicHourLines() bool {
	text := s.text
	found := false
	for off := 0; ; {
		k := strings.Index(text[off:], "ساع")
		if k < 0 {
			return found
		}
		k += off
		j := k + len("ساع")
		off = j
		switch {
		case strings.HasPrefix(text[j:], "ت"): // "ساعت"
		case strings.HasSuffix(text[:k], "ال") && (strings.HasPrefix(text[j:], "ة") || strings.HasPrefix(text[j:], "ه")): // "الساعة"
		default:
			continue
		}
		j += len("ت")
		w0 := j
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		var buf [16]byte
		if w, _ := lowerWord(text, j, buf[:0]); j == w0 || !hourNameSet[string(w)] {
			continue
		}
		// The line that holds the cue: the first whose end is past it.
		n := sort.Search(len(s.lines), func(n int) bool { return s.lines[n].end >= k })
		s.lines[n].want, s.lines[n].seed, s.lines[n].blank = true, true, false
		found = true
	}
}
