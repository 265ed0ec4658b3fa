package timetext

import (
	"strings"
	"time"
)

// dateAt reads a date written with numbers ("18.12.2026", "2026-12-03",
// "18/12") or with a month's name ("3. Dezember 2026", "Dec 3, 2026",
// "3 de diciembre de 2026").
func (s *scanner) dateAt(i int) (elem, bool) {
	switch s.tok(i).kind {
	case tNum:
		if e, ok := s.cjkDate(i); ok {
			return e, true
		}
		if e, ok := s.yearFirstDate(i); ok {
			return e, true
		}
		if e, ok := s.lithuanianDate(i); ok {
			return e, true
		}
		// The Arabic script's readings are asked of its text only.
		if s.arabic {
			if e, ok := s.jalaliNumericDate(i); ok {
				return e, true
			}
		}
		if e, ok := s.numericDate(i); ok {
			if s.arabic {
				e.t1 = s.hijriAfter(e.t1)
			}
			return e, true
		}
		if e, ok := s.dayMonth(i); ok {
			if s.arabic {
				e.t1 = s.hijriAfter(e.t1)
			}
			return e, true
		}
		return s.theOrdinal(i)
	case tWord:
		return s.monthDay(i)
	}
	return elem{}, false
}

// yearFirstDate reads a date written year first, as Hungarian does:
// "2026. december 10.", "2026. dec. 10-én", "2026. 12. 10.", and as
// Latvian does, the day before its month: "2027. gada 12. janvārī". The
// year's dot and a space after it are needed ("2026.12.10" is
// numericDate's).
func (s *scanner) yearFirstDate(i int) (elem, bool) {
	y, ny, ok := s.num(i)
	if !ok || ny != 4 || !validYear(y) || !s.freeStart(i) || !s.gluedPunct(i+1, '.') || !s.tok(i+2).space {
		return elem{}, false
	}
	j := i + 2
	if s.mask&(1<<lv) != 0 && (s.is(j, "gada") || s.is(j, "g") && s.gluedPunct(j+1, '.')) {
		return s.latvianDate(i, j, y)
	}
	m, lang, k, ok := s.monthAt(j)
	if !ok {
		// "2026. 12. 10.": the month's dot is needed too.
		mm, nm, ok := s.num(j)
		if !ok || nm > 2 || !s.gluedPunct(j+1, '.') {
			return elem{}, false
		}
		m, lang, k = mm, -1, j+2
	}
	if !s.tok(k).space {
		return elem{}, false
	}
	d, k, ok := s.dayNum(k)
	if !ok || !s.freeEnd(k) {
		return elem{}, false
	}
	e, ok := s.dateElem(i, k, y, m, d, false)
	e.lang = lang
	return e, ok
}

// latvianDate reads the day and month of "2027. gada 12. janvārī" (the
// year of y at i, "gada" or "g." at j).
func (s *scanner) latvianDate(i, j, y int) (elem, bool) {
	j++
	if s.gluedPunct(j, '.') {
		j++ // "g."
	}
	d, k, ok := s.dayNum(j)
	if !ok {
		return elem{}, false
	}
	m, lang, k, ok := s.monthAt(k)
	if !ok {
		return elem{}, false
	}
	e, ok := s.dateElem(i, k, y, m, d, false)
	e.lang = lang
	return e, ok
}

// lithuanianDate reads "2027 m. sausio 7 d.": the year, "m." (metai),
// the month in the genitive, the day and "d." (diena).
func (s *scanner) lithuanianDate(i int) (elem, bool) {
	y, ny, ok := s.num(i)
	if !ok || ny != 4 || !validYear(y) || s.mask&(1<<lt) == 0 || !s.freeStart(i) || !s.is(i+1, "m") || !s.gluedPunct(i+2, '.') {
		return elem{}, false
	}
	m, lang, j, ok := s.monthAt(i + 3)
	if !ok || lang != lt || !s.tok(j).space {
		return elem{}, false
	}
	d, k, ok := s.dayNum(j)
	if !ok {
		return elem{}, false
	}
	k = s.dayWordAfter(k, lang)
	if !s.freeEnd(k) {
		return elem{}, false
	}
	e, ok := s.dateElem(i, k, y, m, d, false)
	e.lang = lang
	return e, ok
}

// dayWordAfter reads the word Lithuanian writes after the day of a date,
// "d." (diena): "sausio 7 d.". It returns the token after it, or k.
func (s *scanner) dayWordAfter(k int, lang int8) int {
	if lang == lt && s.is(k, "d") && s.tok(k).space && s.gluedPunct(k+1, '.') {
		return k + 2
	}
	return k
}

// spacedDate reads a day and a month each closed by a dot and spaced, as
// Czech, Slovak and some German writers do: "17. 12. 2026", "17. 12.".
// Both dots are needed: "17. 12 people" is no date.
func (s *scanner) spacedDate(i, d, m int) (elem, bool) {
	j := i + 3
	if !s.gluedPunct(j, '.') {
		return elem{}, false
	}
	j++
	y := 0
	if c, nc, ok := s.num(j); ok && nc == 4 && validYear(c) {
		y, j = c, j+1
	}
	if !s.freeEnd(j) {
		return elem{}, false
	}
	return s.dateElem(i, j, y, m, d, y == 0)
}

// theOrdinal reads "the 10th" without a month ("on the 10th at 2pm"): the
// next 10th from Ref. Only with "the" before it and the English ending
// glued: a bare number is no day.
func (s *scanner) theOrdinal(i int) (elem, bool) {
	if !s.is(i-1, "the") || s.tok(i+1).kind != tWord || s.tok(i+1).space {
		return elem{}, false
	}
	switch {
	case s.is(i+1, "st"), s.is(i+1, "nd"), s.is(i+1, "rd"), s.is(i+1, "th"):
	default:
		return elem{}, false
	}
	d, k, ok := s.dayNum(i)
	if !ok || s.opt.Ref.IsZero() {
		return elem{}, false
	}
	if _, _, _, isMonth := s.monthAt(k); isMonth || s.is(k, "of") {
		return elem{}, false // "the 10th of December" is read whole elsewhere
	}
	if t := s.tok(k); t.kind == tWord && !s.isConn(k) {
		return elem{}, false // "the 5th time", "the 2nd round"
	}
	ref := s.opt.Ref.In(s.loc)
	y, m := ref.Year(), int(ref.Month())
	for range 3 { // the next month that has that day
		if d >= ref.Day() || y != ref.Year() || m != int(ref.Month()) {
			if d <= daysIn(y, m) {
				// Weak: only with a clock. English by its ending, so
				// that "a ring at 2 on the 8th" is in the afternoon.
				e, ok := s.dateElem(i, k, y, m, d, true)
				e.lang = en
				return e, ok
			}
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return elem{}, false
}

// numericDate reads day, month and year separated by one of ". / -".
// Dots are always day-first (no one writes a month first with dots);
// slashes and dashes follow Options.MonthFirst when both readings are
// possible.
func (s *scanner) numericDate(i int) (elem, bool) {
	a, na, ok := s.num(i)
	if !ok || !s.freeStart(i) {
		return elem{}, false
	}
	sep := s.tok(i + 1)
	if sep.kind != tPunct || sep.space || (sep.val != '.' && sep.val != '/' && sep.val != '-') {
		return elem{}, false
	}
	b, nb, ok := s.num(i + 2)
	if ok && !s.glued(i+2) && sep.val == '.' && na <= 2 && nb <= 2 {
		return s.spacedDate(i, a, b)
	}
	if !ok || !s.glued(i+2) || nb > 2 {
		return elem{}, false
	}
	if na == 4 { // year first: "2026-12-03", "2026/12/03"
		c, nc, ok := s.num(i + 4)
		if !ok || !s.gluedPunct(i+3, rune(sep.val)) || !s.glued(i+4) || nc > 2 || !validYear(a) {
			return elem{}, false
		}
		if !s.freeEnd(i+5) && !s.is(i+5, "t") {
			return elem{}, false
		}
		return s.dateElem(i, i+5, a, b, c, false)
	}
	if na > 2 {
		return elem{}, false
	}
	d, m := a, b
	if sep.val != '.' {
		switch {
		case a > 12 && b <= 12:
		case b > 12 && a <= 12:
			d, m = b, a
		case s.opt.MonthFirst && !s.dayFirstLine(i), s.cjkNear(i):
			d, m = b, a
		}
	}
	j := i + 3
	y, closed := 0, false
	if s.gluedPunct(j, rune(sep.val)) {
		if c, nc, ok := s.num(j + 1); ok && s.glued(j+1) {
			switch {
			case nc == 4 && validYear(c):
				y = c
			case nc == 2 && sep.val != '-':
				y = 2000 + c
			default:
				return elem{}, false
			}
			j += 2
			if s.is(j, "م") {
				j++ // "16/12/2026م": Arabic's AD
			}
		} else if sep.val == '.' {
			j++ // "18.12." with its closing dot and no year
			closed = true
		} else {
			return elem{}, false
		}
	} else if sep.val != '/' && !(sep.val == '.' && (s.dayMonthAfterWeekday(i, j, d, m) || s.clockAfterDayMonth(j))) {
		// "18.12" is a price or a time as often as a date, "2-3" a range.
		return elem{}, false
	}
	if y == 0 && sep.val == '-' {
		return elem{}, false
	}
	if !s.freeEnd(j) {
		return elem{}, false
	}
	if y == 0 && (s.is(j, "of") || s.is(j, "de") || s.is(j, "der")) {
		return elem{}, false // "3/4 of the team"
	}
	// "am 14.01.", "le 14.01.", "on 14.01.": a day and month closed by
	// a dot after a word that joins a date (connWords) is a date, with
	// no year or time.
	_, joined := s.mean(i-1, kConn)
	e, ok := s.dateElem(i, j, y, m, d, y == 0 && !(closed && joined))
	e.swap = ok && sep.val == '/' && a <= 12 && b <= 12 && a != b
	return e, ok
}

// dayFirstLine reports a number on a line written in Arabic or Persian,
// which write a numeric date day first whatever the reader's usage
// (Options.MonthFirst): "يوم الأربعاء الموافق 05/12/2026" is 5 December.
func (s *scanner) dayFirstLine(i int) bool {
	l := s.tok(i).lang
	return l == ar || l == fa
}

// cjkNear reports a number with Chinese, Japanese or Korean words beside
// it on its line (at most four tokens away): China, Japan, Korea and
// Taiwan write a numeric date month first, "12/3(목) 14:00" and "12/16
// (周三)" being 3 and 16 December, whatever the reader's usage.
func (s *scanner) cjkNear(i int) bool {
	line := s.toks[i].line
	for k := max(0, i-4); k < min(len(s.toks), i+6); k++ {
		if s.toks[k].cjk && s.toks[k].line == line {
			return true
		}
	}
	return false
}

// dayMonthAfterWeekday reports "czwartek 26.11 o 15:30", "Do, 26.11,
// 10:00": a day and month without the closing dot, after a weekday, that
// cannot be a clock time or has one after it. ("torsdag 10.12" alone may
// be 10:12 and is left alone.)
func (s *scanner) dayMonthAfterWeekday(i, j, d, m int) bool {
	if m < 1 || m > 12 {
		return false
	}
	p := i - 1
	if s.punct(p, ',') {
		p--
	}
	if s.punct(p, '.') {
		p-- // "Do., 26.11"
	}
	if _, ok := s.mean(p, kWeekday); !ok {
		return false
	}
	return d > 23 || s.clockSoonAfter(j, d)
}

func validYear(y int) bool { return y >= 1900 && y <= 2100 }

func (s *scanner) dateElem(t0, t1, y, m, d int, weak bool) (elem, bool) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return elem{}, false
	}
	return elem{kind: eDate, t0: t0, t1: t1, lang: -1, y: y, m: m, d: d, weak: weak}, true
}

// daysIn is the length of month m; February has 29 days when the year is
// not known (0), and the year is checked again once it is inferred.
func daysIn(y, m int) int {
	if y == 0 {
		y = 2000
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayNum reads a day of the month at i, with a glued ordinal ending
// ("3rd", "1er", "1º") or a German/Scandinavian dot ("3."), and returns
// the token after it.
func (s *scanner) dayNum(i int) (int, int, bool) {
	d, nd, ok := s.num(i)
	if !ok || nd > 2 || d < 1 || d > 31 {
		return 0, 0, false
	}
	j := i + 1
	if t := s.tok(j); t.kind == tWord && !t.space {
		if _, ok := s.mean(j, kOrd); !ok {
			return 0, 0, false
		}
		j++
		if s.gluedPunct(j, '.') { // "1o." in Portuguese
			j++
		}
	} else if s.gluedPunct(j, '.') && (s.tok(j+1).kind != tNum || !s.glued(j+1)) {
		// "3.", and "december 10. 14:00"; not "10.14".
		j++
	}
	return d, j, true
}

// dayMonth reads "3 December 2026", "3rd of December", "3. Dezember",
// "3 de diciembre de 2026", "1er décembre", "3 grudnia 2026 r.".
func (s *scanner) dayMonth(i int) (elem, bool) {
	if !s.freeStart(i) {
		return elem{}, false
	}
	d, j, ok := s.dayNum(i)
	if !ok {
		return elem{}, false
	}
	if e, ok := s.dashedDayMonth(i, j, d); ok {
		return e, true
	}
	if s.is(j, "of") || s.is(j, "de") || s.is(j, "di") || s.is(j, "del") {
		j++
	}
	mi := j
	m, lang, j, ok := s.monthAt(j)
	if !ok {
		return elem{}, false
	}
	if m > 12 {
		return s.jalaliDayMonth(i, j, d, m-12)
	}
	y, j := s.yearAfter(j)
	if y == 0 && lang == fa && s.is(mi, "مي") {
		return elem{}, false // "ساعت ۱۰ می توانید": "can", not May
	}
	e, ok := s.dateElem(i, j, y, m, d, false)
	e.lang = lang
	return e, ok
}

// dashedDayMonth reads "08-Dec-2026" and "8/dec/26", as HR systems of
// Oracle's lineage and Indian and British forms write a date: the day at
// i, the separator at j, glued.
func (s *scanner) dashedDayMonth(i, j, d int) (elem, bool) {
	sep := s.tok(j)
	if sep.kind != tPunct || sep.space || (sep.val != '-' && sep.val != '/') || !s.glued(j+1) {
		return elem{}, false
	}
	m, lang, k, ok := s.monthAt(j + 1)
	if !ok {
		return elem{}, false
	}
	y := 0
	if s.gluedPunct(k, rune(sep.val)) {
		if yy, ny, ok := s.num(k + 1); ok && s.glued(k+1) && (ny == 4 || ny == 2) {
			y, k = yy, k+2
			if ny == 2 {
				y += 2000
			}
		}
	}
	if !s.freeEnd(k) {
		return elem{}, false
	}
	e, ok := s.dateElem(i, k, y, m, d, false)
	e.lang = lang
	return e, ok
}

// monthDay reads "December 3", "Dec. 3rd, 2026", "Dec 8, 2026".
func (s *scanner) monthDay(i int) (elem, bool) {
	if mm, _ := s.mean(i, kMonth); mm.flags&fDayFirst != 0 {
		return elem{}, false
	}
	m, lang, j, ok := s.monthAt(i)
	if !ok {
		return elem{}, false
	}
	if s.is(j, "the") {
		j++
	}
	if !s.tok(j).space {
		return elem{}, false
	}
	d, k, ok := s.dayNum(j)
	if !ok {
		return elem{}, false
	}
	// Lithuanian's "d." closes the day: "gruodžio 11 d. 14 val." is the
	// 11th at 14:00, where "December 11 14" is nothing.
	closed := k != s.dayWordAfter(k, lang)
	k = s.dayWordAfter(k, lang)
	// "December 3:00" is no day; "mar 3 dic" is Tuesday the 3rd.
	// A year may follow without a comma: "November 12th 2026".
	n := s.tok(k)
	year := n.kind == tNum && n.ndig == 4 && validYear(n.val)
	if !closed && ((n.kind == tPunct && !n.space && (n.val == ':' || n.val == '.' || n.val == '/' || n.val == '-') && s.tok(k+1).kind == tNum) || n.kind == tNum && !year && !s.sureClockAt(k)) {
		// "December 10 14:00" and "Dec 10 2:00 PM" are a day and
		// its time; "December 10 14" is nothing.
		return elem{}, false
	}
	if _, _, _, isMonth := s.monthAt(k); isMonth {
		return elem{}, false
	}
	if !s.freeEnd(k) {
		return elem{}, false
	}
	y, k := s.yearAfter(k)
	e, ok := s.dateElem(i, k, y, m, d, false)
	e.lang = lang
	return e, ok
}

// sureClockAt reports a clock time at i that needs no cue: "14:00",
// "2:00 PM", "2pm".
func (s *scanner) sureClockAt(i int) bool {
	c, _, _, ok := s.clockCore(i)
	return ok && c.sure
}

// monthAt reads a month's name at i. An abbreviation that is also a
// common word ("mar", "out", "set") is read only with its period, when
// capitalised, or when its language decides the line. A month of the
// Jalali calendar comes back as 13 to 24, which no Gregorian date takes
// (see jalaliDayMonth).
func (s *scanner) monthAt(i int) (month int, lang int8, next int, ok bool) {
	m, ok := s.mean(i, kMonth)
	if !ok {
		return 0, 0, 0, false
	}
	t := s.tok(i)
	dot := s.gluedPunct(i+1, '.')
	if m.flags&fAbbr != 0 && s.dottedName(i) {
		return 0, 0, 0, false
	}
	if m.flags&fCap != 0 && !t.capital {
		return 0, 0, 0, false
	}
	if m.flags&fRisky != 0 && !dot && !t.capital && t.lang != int8(m.lang) {
		return 0, 0, 0, false
	}
	next = i + 1
	if dot {
		next++
	}
	month = int(m.val)
	switch {
	case m.flags&fPair != 0:
		// "كانون الأول" is December, "كانون الثاني" January.
		switch s.wordOf(i + 1) {
		case "الاول", "اول":
		case "الثاني", "ثاني":
			month = month%12 + 1
		default:
			return 0, 0, 0, false
		}
		next = i + 2
	case m.flags&fJalali != 0:
		month += 12
	}
	return month, langOf(m), next, true
}

// yearAfter reads a year after a day and month: "2026", ", 2026",
// "de 2026", "2026 r." (Polish rok). It returns 0 and j when there is none.
func (s *scanner) yearAfter(j int) (int, int) {
	k := j
	if s.punct(k, ',') {
		k++
	}
	// Zoom's German invitations write "4.Dez..2026": the abbreviation's
	// dot and then the date's.
	if s.gluedPunct(k, '.') && s.tok(k+1).kind == tNum && s.glued(k+1) {
		k++
	}
	if s.is(k, "de") || s.is(k, "del") {
		k++
	}
	y, ny, ok := s.num(k)
	if !ok || ny != 4 || !validYear(y) {
		return 0, j
	}
	if n := s.tok(k + 1); !n.space && n.kind == tPunct && (n.val == ':' || n.val == '.') && s.tok(k+2).kind == tNum && !s.tok(k+2).space {
		return 0, j
	}
	k++
	// "2026 r." (Polish rok), "2026. godine", "2026 г.", "2026 р.": the
	// word for year, after the year's own dot in Croatian and Serbian.
	w := k
	if s.gluedPunct(w, '.') {
		w++
	}
	if yearWords[s.wordOf(w)] {
		k = w + 1
		if s.gluedPunct(k, '.') {
			k++
		}
	}
	return y, k
}

// yearWords (folded) say "year" after one: Polish "r.", "roku",
// Croatian and Serbian "godine", Russian and Bulgarian "г.", "года",
// "година", Serbian "године", Ukrainian "р.", "року"; or its era.
var yearWords = map[string]bool{"r": true, "roku": true, "godine": true, "године": true, "г": true, "года": true,
	"году": true, "година": true, "р": true, "року": true,
	// Arabic "م" (ميلادي, AD: "٢٠٢٦م") and Persian "میلادی".
	"م": true, "ميلادي": true, "ميلاديه": true}

// dayEndingClause reads a day of the month at j that ends its clause: a
// comma, a full stop or the text's end after it ("mercoledì 9, stessa
// ora", "jeudi 10."), not "9.12." or "9:30".
func (s *scanner) dayEndingClause(j int) (int, bool) {
	t := s.tok(j)
	if t.kind != tNum || t.ndig > 2 || t.val < 1 || t.val > 31 {
		return 0, false
	}
	switch n := s.tok(j + 1); {
	case n.kind == 0:
	case n.kind == tPunct && (n.val == ',' || n.val == ';' || n.val == '!' || n.val == '?'):
	case n.kind == tPunct && n.val == '.' && !s.glued(j+2) && s.tok(j+2).kind != tNum:
		// "torsdag 10. desember": the dot of an ordinal before its month.
		if _, _, _, isMonth := s.monthAt(j + 2); isMonth {
			return 0, false
		}
	default:
		return 0, false
	}
	return int(t.val), true
}

// plainEnglishAbbr reports an English weekday's abbreviation that is no
// word in any language read ("8am thurs then", "weds at 2"): people type
// them in lower case, without a date, and they mean only the day. "wed",
// "sat", "sun", "mon", "fri" and "tue" are words (married, French "my",
// Swedish "free", Italian "yours") and keep needing a date.
func (s *scanner) plainEnglishAbbr(i int) bool {
	switch s.wordOf(i) {
	case "thur", "thurs", "tues", "weds":
		return true
	}
	return false
}

// ordinalDayAt reports a day of the month written with an English
// ordinal ending at token j: "15th", "1st", "22nd".
func (s *scanner) ordinalDayAt(j int) bool {
	if n := s.tok(j); n.kind != tNum || n.val < 1 || n.val > 31 || !n.space {
		return false
	}
	switch s.wordOf(j + 1) {
	case "st", "nd", "rd", "th":
		return !s.tok(j + 1).space
	}
	return false
}

// clockRightBefore reports a clock time that ends right before token i:
// "3pm Fri", "10am Mon ET", where a capital English abbreviation can
// only be the clock's day.
func (s *scanner) clockRightBefore(i int) bool {
	if n := len(s.elems); n > 0 {
		last := s.elems[n-1]
		return last.kind == eClock && last.t1 == i
	}
	return false
}

// clockRightAfter reports a clock time that starts at token j, or after
// "at" there: "Fri at 2.30pm", "Fri 2.30 it is", "Thu 10am", where a
// capital English abbreviation can only be the clock's day. A number
// alone is no clock ("Sat 3" may be a date).
func (s *scanner) clockRightAfter(j int) bool {
	if s.is(j, "at") {
		j++
	}
	if s.tok(j).kind != tNum || !s.tok(j).space || s.tok(j).ndig > 2 {
		return false
	}
	if (s.gluedPunct(j+1, ':') || s.gluedPunct(j+1, '.')) && s.tok(j+2).kind == tNum && s.tok(j+2).ndig == 2 {
		return true
	}
	return s.is(j+1, "am") || s.is(j+1, "pm")
}

// dottedName reports an abbreviation's letters that begin a name joined
// by dots, an address or a host: "sam.rivera@example.org" holds no
// Saturday ("sam."), "mar.garcia" no March.
func (s *scanner) dottedName(i int) bool {
	return s.gluedPunct(i+1, '.') && s.tok(i+2).kind == tWord && !s.tok(i+2).space
}

// weekdayAt reads a weekday's name. Abbreviations need a capital or a
// period ("Thu", "jeu."); those that are also words ("Do", "so", "mar")
// need a period, or a capital and a comma ("Mon, Dec 7").
func (s *scanner) weekdayAt(i int) (elem, bool) {
	m, ok := s.mean(i, kWeekday)
	if !ok || s.weekdayRange(i) {
		return elem{}, false
	}
	t0 := i
	if m.lang == fa && m.val == int8(time.Saturday) {
		// "سه شنبه" is Tuesday: the count of days after Saturday
		// written apart ("۳شنبه" in a figure).
		if n := s.persianCount(i - 1); n > 0 {
			m.val, t0 = int8(n-1), i-1
		}
	}
	t := s.tok(i)
	dot := s.gluedPunct(i+1, '.')
	if m.flags&fAbbr != 0 && s.dottedName(i) {
		return elem{}, false
	}
	comma := s.gluedPunct(i+1, ',')
	// "Mon 7 Dec": a capital and a day right after also do.
	dated := t.capital && s.tok(i+1).kind == tNum && s.tok(i+1).space
	if m.lang == fi && m.flags&fAbbr != 0 && !(s.tok(i+1).kind == tNum && s.gluedPunct(i+2, '.')) {
		// Finnish writes "ti 8.12." and "ke 25.11.2026"; its two
		// letters are English "to" and Spanish "la" anywhere else.
		return elem{}, false
	}
	switch {
	case m.flags&fRisky != 0:
		// Arabic "يوم أحد": after the word for day, the name alone.
		if !dot && !(t.capital && comma && s.dateFollows(i+2)) && !dated && !(m.lang == ar && s.is(i-1, "يوم")) {
			return elem{}, false
		}
	case m.flags&fAbbr != 0:
		// A capital alone is not enough: "Sam" is French for Saturday
		// and the user's name, "Mar" Tuesday and a month. In lower
		// case, as people type on a phone ("fri 12/11", "thurs
		// 12/10"), a day and month in figures right after do.
		// Nor an English ordinal day right after: "tue 15th at 11".
		if !dot && !(t.capital && (dated || comma && s.dateFollows(i+2))) && !s.figuresDateAt(i+1) && !s.plainEnglishAbbr(i) &&
			!(t.capital && m.lang == en && (s.clockRightBefore(i) || s.clockRightAfter(i+1))) && !(m.lang == en && s.ordinalDayAt(i+1)) {
			return elem{}, false
		}
	}
	j := i + 1
	if dot {
		j++
	}
	if m.lang == pt && s.punct(j, '-') && s.is(j+1, "feira") {
		j += 2
	} else if m.lang == pt && s.is(j, "feira") {
		j++ // "sexta feira", typed on a phone without the hyphen
	}
	e := elem{kind: eWeekday, t0: t0, t1: j, lang: langOf(m), wd: time.Weekday(m.val)}
	e.dom, e.t1 = s.dayOfMonthAfter(j)
	if e.dom == 0 && m.lang != en && m.flags&fAbbr == 0 {
		// "Spostiamo a mercoledì 9, stessa ora": outside English a
		// weekday's name and a number that ends the clause are the
		// day ("Thursday 10" may be ten o'clock).
		if d, ok := s.dayEndingClause(j); ok {
			e.dom, e.t1 = d, j+1
		}
	}
	if e.dom == 0 {
		e.t1 = j
		end, after := s.nextWeekAfter(j)
		e.nextWeek = s.nextWeekBefore(i) || after
		if after && s.punct(end, '(') {
			// "Tuesday next week (8th)": the day given after it.
			if dom, t1 := s.dayOfMonthAfter(end); dom != 0 {
				e.dom, e.t1 = dom, t1
			}
		} else if after {
			// "в пятницу на следующей неделе в 11:00": the phrase is the
			// day's, not words between it and its clock.
			e.t1 = end
		}
	}
	return e, true
}

// figuresDateAt reports a day and month in figures at j, after a space:
// "12/11", "11.12".
func (s *scanner) figuresDateAt(j int) bool {
	t := s.tok(j)
	if t.kind != tNum || !t.space || s.tok(j+2).kind != tNum {
		return false
	}
	return s.gluedPunct(j+1, '/') || s.gluedPunct(j+1, '.')
}

// nextWeekPhrases say "next week", folded as tokens are, word by word.
var nextWeekPhrases = [][]string{
	{"next", "week"}, {"nachste", "woche"}, {"nachsten", "woche"}, {"kommende", "woche"}, {"kommenden", "woche"},
	{"semaine", "prochaine"}, {"proxima", "semana"}, {"semana", "proxima"}, {"semana", "que", "viene"},
	{"prossima", "settimana"}, {"settimana", "prossima"}, {"semana", "que", "vem"}, {"volgende", "week"},
	{"komende", "week"}, {"przyszlym", "tygodniu"}, {"nastepnym", "tygodniu"}, {"nasta", "vecka"},
	{"naeste", "uge"}, {"neste", "uke"}, {"ensi", "viikolla"}, {"ensi", "viikon"}, {"pristi", "tyden"},
	{"buduci", "tyzden"}, {"buducom", "tyzdni"}, {"jovo", "heten"}, {"jovo", "het"},
	{"saptamana", "viitoare"}, {"saptamana", "urmatoare"}, {"gelecek", "hafta"}, {"onumuzdeki", "hafta"}, {"haftaya"},
	{"sljedeci", "tjedan"}, {"sljedeceg", "tjedna"}, {"iduci", "tjedan"}, {"iduceg", "tjedna"}, {"sledece", "nedelje"},
	{"sledece", "sedmice"}, {"следеће", "недеље"}, {"naslednji", "teden"}, {"prihodnji", "teden"},
	{"следващата", "седмица"}, {"наступного", "тижня"}, {"наступному", "тижні"}, {"следующей", "неделе"},
	{"kita", "savaite"}, {"nakamaja", "nedeļa"},
	{"nakamnedeļ"}, {"jargmisel", "nadalal"},
}

// SaysNextWeek reports whether text says "next week" in one of the
// languages read, with or without a day ("Funkar samma tid nästa
// vecka?"): the one list of those words, for callers that need no date.
func SaysNextWeek(text string) bool {
	s := getScanner(text, Options{})
	defer putScanner(s)
	s.tokenizeAll()
	for i := range s.toks {
		for _, p := range s.phrasesAt(nextWeekByFirst, i) {
			if s.wordsAt(i, p) {
				return true
			}
		}
	}
	return false
}

// nextWeekBefore reports "next week" right before token i ("nächste
// Woche Mittwoch").
func (s *scanner) nextWeekBefore(i int) bool {
	// "budúci týždeň v piatok", "nächste Woche am Freitag", "săptămâna
	// viitoare, vineri": a connector or a comma may stand between.
	between := s.punct(i-1, ',') || s.isConn(i-1)
	for _, p := range s.phrasesAt(nextWeekByLast, i-1) {
		if s.wordsAt(i-len(p), p) {
			return true
		}
	}
	if between {
		for _, p := range s.phrasesAt(nextWeekByLast, i-2) {
			if s.wordsAt(i-1-len(p), p) {
				return true
			}
		}
	}
	return false
}

// nextWeekByFirst and nextWeekByLast hold nextWeekPhrases by their first
// and their last word, in their order: a weekday is read with a look at
// the few that may end before it or start after it, not at all of them.
var nextWeekByFirst, nextWeekByLast = func() (first, last map[string][][]string) {
	first, last = map[string][][]string{}, map[string][][]string{}
	for _, p := range nextWeekPhrases {
		first[p[0]] = append(first[p[0]], p)
		last[p[len(p)-1]] = append(last[p[len(p)-1]], p)
	}
	return first, last
}()

// phrasesAt returns the phrases idx holds for the word at token i.
func (s *scanner) phrasesAt(idx map[string][][]string, i int) [][]string {
	t := s.tok(i)
	if t.kind != tWord {
		return nil
	}
	return idx[string(s.fold[t.k0:t.k1])]
}

// nextWeekAfter reports "next week" from token j, after up to two small
// words ("Wednesday next week", "mardi de la semaine prochaine",
// "mercoledì della prossima settimana"), and the token after it.
func (s *scanner) nextWeekAfter(j int) (int, bool) {
	for skip := 0; skip <= 2; skip++ {
		for _, p := range s.phrasesAt(nextWeekByFirst, j+skip) {
			if s.wordsAt(j+skip, p) {
				return j + skip + len(p), true
			}
		}
		if w := s.wordOf(j + skip); w == "" || len(w) > 5 {
			return 0, false
		}
	}
	return 0, false
}

// wordsAt reports the words of p, one token each, from token i.
func (s *scanner) wordsAt(i int, p []string) bool {
	if i < 0 {
		return false
	}
	for k, w := range p {
		if !s.is(i+k, w) {
			return false
		}
	}
	return true
}

// weekdayRange reports a weekday that begins or ends a range of weekdays:
// "joignable du lundi au jeudi, 9h30-18h", "Mo–Fr 9–17 Uhr", "Monday to
// Friday": office hours, which recur, not a day something happens.
func (s *scanner) weekdayRange(i int) bool {
	between := func(j int) bool {
		if _, ok := s.mean(j, kRange); ok {
			return true
		}
		return s.punct(j, '-') || s.punct(j, '–')
	}
	isDay := func(j int) bool {
		_, ok := s.mean(j, kWeekday)
		return ok
	}
	after := i + 1
	if s.gluedPunct(after, '.') {
		after++ // "Mo.–Fr."
	}
	if between(after) && isDay(after+1) {
		return true
	}
	day := i - 2
	if s.punct(day, '.') {
		day-- // "Mo.–Fr."
	}
	return between(i-1) && isDay(day)
}

// dayOfMonthAfter reads the day a weekday is given with but no month:
// "Thursday the 10th", "Thursday 10th", "Donnerstag, den 10.". It returns
// 0 when there is none, or when a month follows (then it is a date).
func (s *scanner) dayOfMonthAfter(j int) (int, int) {
	k := j
	if s.punct(k, ',') {
		k++
	}
	// "Thursday (10th)": the day in parentheses, closed right after it.
	if s.punct(k, '(') {
		d, next, ok := s.dayNum(k + 1)
		if !ok || !s.punct(next, ')') {
			return 0, j
		}
		return d, next + 1
	}
	// "Thursday the 10th", "terça-feira, dia 24", "jeudi le 10": after
	// "dia", "le", "el" or "il" a bare number is the day too; elsewhere
	// it may be an hour ("Thursday 10").
	dayWord := s.is(k, "dia") || s.is(k, "día") || s.is(k, "le") || s.is(k, "el") || s.is(k, "il")
	if dayWord || s.is(k, "the") || s.is(k, "den") {
		k++
	}
	d, next, ok := s.dayNum(k)
	if !ok || next == k+1 && !dayWord && !s.clockSoonAfter(next, d) {
		return 0, j
	}
	if _, _, _, isMonth := s.monthAt(next); isMonth {
		return 0, j
	}
	// "dia 1 de dezembro", "el 3 de marzo": a whole date, read as one.
	if s.is(next, "de") || s.is(next, "del") {
		if _, _, _, isMonth := s.monthAt(next + 1); isMonth {
			return 0, j
		}
	}
	if n := s.tok(next); n.kind == tNum || (n.kind == tPunct && !n.space && (n.val == '/' || n.val == '.' || n.val == '-')) {
		// "Tue 12th 9:30" from a phone: after a day marked as one (an
		// ordinal's ending or dot), a clock with its minutes is the
		// time, not a month.
		if e, ok := s.clockAt(next, false); !(next > k+1 && n.kind == tNum && ok && e.kind == eClock && s.gluedPunct(next+1, ':')) {
			return 0, j
		}
	}
	return d, next
}

// clockSoonAfter reports a clock time at j, after a comma and words that
// announce it: the bare number d before it in "martes 24, a las 10:00" or
// "mardi 24 à 10h" is then the day, not an hour. Without a comma, a
// range's word before a clock an hour or few after d makes d the start
// of a range of hours: "Thursday 2 to 3pm".
func (s *scanner) clockSoonAfter(j, d int) bool {
	comma := s.punct(j, ',')
	if comma {
		j++
	}
	ranged, cued := false, false
	for n := 0; n < 3; n++ {
		// Right after the number, a clock may be the number's own word:
		// "Friday 12 noon".
		if e, ok := s.clockAt(j, false); ok && e.kind == eClock && (comma || n > 0) {
			if span := e.c.h%12 - d%12; ranged && !comma && span > 0 && span <= 4 {
				return false
			}
			return true
		}
		// "martedì 15 alle 18 per un aperitivo": a day's number, a cue
		// and an hour, whatever words follow the hour.
		if t := s.tok(j); cued && t.kind == tNum && t.ndig <= 2 && t.val <= 23 && !s.glued(j+1) {
			if _, _, _, isMonth := s.monthAt(j + 1); !isMonth {
				return true
			}
		}
		_, conn := s.mean(j, kConn)
		_, cue := s.mean(j, kCue)
		cued = cue && !s.is(j, "de") || s.cueArticle(j)
		_, rng := s.mean(j, kRange)
		_, art := s.mean(j, kOrd) // Spanish "a", as in "a las 10"
		if !conn && !cue && !rng && !art && !s.is(j, "las") && !s.is(j, "la") {
			return false
		}
		ranged = ranged || rng && !cue // French "à" announces a time as often as it ends a range
		j++
		if s.punct(j, '.') {
			j++ // an abbreviation's dot: "godz.", "kl."
		}
	}
	return false
}

// relAt reads "today", "tomorrow", "day after tomorrow" and their
// equivalents. "morgen" is German and Dutch for tomorrow but also the
// noun in "Guten Morgen"; "mañana" is also "morning" after "la".
func (s *scanner) relAt(i int) (elem, bool) {
	t := s.tok(i)
	if t.kind != tWord {
		return elem{}, false
	}
	allow := func(l int) bool { return s.mask&(1<<l) != 0 }
	rel := func(j, days, lang int) (elem, bool) {
		return elem{kind: eRel, t0: i, t1: j, lang: int8(lang), rel: days}, true
	}
	switch {
	case allow(en) && s.is(i, "day") && s.is(i+1, "after") && s.is(i+2, "tomorrow"):
		return rel(i+3, 2, en)
	case allow(fr) && s.is(i, "apres") && s.punct(i+1, '-') && s.is(i+2, "demain"):
		return rel(i+3, 2, fr)
	case allow(es) && s.is(i, "pasado") && s.is(i+1, "manana"):
		return rel(i+2, 2, es)
	case allow(pt) && s.is(i, "depois") && s.is(i+1, "de") && s.is(i+2, "amanha"):
		return rel(i+3, 2, pt)
	case allow(it) && s.is(i, "dopo") && s.is(i+1, "domani"):
		return rel(i+2, 2, it)
	case s.arabic && allow(ar) && s.is(i, "بعد") && (s.is(i+1, "غد") || s.is(i+1, "الغد") || s.is(i+1, "بكره") || s.is(i+1, "بكرا")):
		return rel(i+2, 2, ar)
	case s.arabic && allow(fa) && s.is(i, "پس") && s.is(i+1, "فردا"):
		return rel(i+2, 2, fa)
	case s.is(i, "i"):
		// Swedish, Danish and Norwegian write the days with "i".
		switch {
		case s.is(i+1, "dag") && (allow(sv) || allow(da) || allow(no)):
			return rel(i+2, 0, s.scandi(i, sv))
		case s.is(i+1, "morgon") && allow(sv):
			return rel(i+2, 1, sv)
		case s.is(i+1, "morgen") && (allow(da) || allow(no)):
			return rel(i+2, 1, s.scandi(i, da))
		case s.is(i+1, "overmorgon") && allow(sv):
			return rel(i+2, 2, sv)
		case s.is(i+1, "overmorgen") && (allow(da) || allow(no)):
			return rel(i+2, 2, s.scandi(i, da))
		}
		return elem{}, false
	}
	m, ok := s.mean(i, kRel)
	if !ok {
		return elem{}, false
	}
	switch {
	case s.is(i, "morgen"):
		if s.is(i-1, "guten") || s.is(i-1, "goede") || s.is(i-1, "am") || s.is(i-1, "jeden") ||
			s.is(i-1, "heute") || s.is(i-1, "den") || s.is(i-1, "des") || s.is(i-1, "diesen") {
			return elem{}, false
		}
		// A capital "Morgen" is the noun, unless it opens a sentence.
		if t.capital && !t.nl && !s.sentenceStart(i) {
			return elem{}, false
		}
	case s.is(i, "manana"):
		if s.is(i-1, "la") || s.is(i-1, "esta") || s.is(i-1, "una") {
			return elem{}, false
		}
	case s.arabic && s.is(i, "اليوم"):
		// "اليوم" is also "the day": "نفس اليوم" (the same day), "اليوم
		// التالي" (the next day, an unknown word with the article), and
		// the label "اليوم:".
		if n := s.tok(i + 1); s.punct(i+1, ':') || s.is(i-1, "نفس") || s.is(i-1, "ذات") ||
			n.kind == tWord && n.ent == nil && strings.HasPrefix(s.wordOf(i+1), "ال") {
			return elem{}, false
		}
	case s.is(i, "maine"):
		// "mâine" typed without its accent is also the state of Maine
		// ("Portland, Maine"): a capital means it unless the line is
		// Romanian or a sentence opens with it.
		if t.capital && t.lang != ro && !t.nl && !s.sentenceStart(i) {
			return elem{}, false
		}
	}
	return rel(i+1, int(m.val), int(langOf(m)))
}

// scandi picks the Scandinavian language of a line for words the three
// share.
func (s *scanner) scandi(i, def int) int {
	if l := int(s.tok(i).lang); l == sv || l == da || l == no {
		return l
	}
	for _, l := range [...]int{def, sv, da, no} {
		if s.mask&(1<<l) != 0 {
			return l
		}
	}
	return def
}

func (s *scanner) sentenceStart(i int) bool {
	p := s.tok(i - 1)
	if p.kind != tPunct {
		return false
	}
	switch p.val {
	case '.', '!', '?', ':', '-', '–', '•', '*', '(', '"', '„', '«', '>':
		return true
	}
	return false
}

// dateFollows reports a day's number or a month's name at i: what makes
// "Mon, Dec 7" a date and "Sam, ..." a greeting.
func (s *scanner) dateFollows(i int) bool {
	if s.tok(i).kind == tNum {
		return true
	}
	_, _, _, ok := s.monthAt(i)
	return ok
}

// clockAfterDayMonth reports a clock time, hours and minutes, right after
// token j or after one joining word: "15.12 о 10:30", "am 15.12 um
// 10:30", "15.12 10:30". A price or a decimal is not followed so.
func (s *scanner) clockAfterDayMonth(j int) bool {
	// On the same line: a room "4.08" ending a schedule's row is followed
	// by the next row's time.
	if s.tok(j).nl {
		return false
	}
	if _, ok := s.mean(j, kConn); ok {
		j++
		if s.tok(j).nl {
			return false
		}
	}
	_, _, ok := s.num(j)
	return ok && s.gluedPunct(j+1, ':') && s.glued(j+2)
}
