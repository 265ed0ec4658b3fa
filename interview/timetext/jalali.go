package timetext

import (
	"time"

	"github.com/jalaali/go-jalaali"
)

// Iranian mail dates by the Persian solar (Jalali) calendar nearly always:
// "چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰" is Wednesday 16 December 2026, and
// forms print "۱۴۰۵/۰۹/۲۵". Its year starts at the March equinox and its
// leap years follow the sun, so the conversion is the jalaali project's
// (the algorithm of its JavaScript original, which Iranian software
// uses), not arithmetic of our own.

// The years of the Jalali calendar read: 1300 is 1921, 1499 is 2120. They
// do not meet the Gregorian years validYear reads.
const minJalaliYear, maxJalaliYear = 1300, 1499

// jalaliDays is the length of Jalali month m: 31 days the first six, 30
// the next five, and Esfand 30 in a leap year, which jalaliDate checks
// once the year is known.
func jalaliDays(m int) int {
	if m <= 6 {
		return 31
	}
	return 30
}

// jalaliDate converts a Jalali date to the Gregorian calendar; false when
// there is no such day (Esfand 30 of a common year).
func jalaliDate(jy, jm, jd int) (int, time.Month, int, bool) {
	if jy < minJalaliYear || jy > maxJalaliYear || !jalaali.IsValidDate(jy, jm, jd) {
		return 0, 0, 0, false
	}
	y, m, d, err := jalaali.ToGregorian(jy, jalaali.Month(jm), jd)
	return y, m, d, err == nil
}

// jalaliDateOf completes a Jalali day and month without their year as
// dateOf does a Gregorian one: the Jalali year of refDay, or the next when
// that puts the day more than two months before refDay.
func jalaliDateOf(jm, jd int, refDay time.Time) (int, time.Month, int, bool) {
	if refDay.IsZero() {
		return 0, 0, 0, false
	}
	jy, _, _, err := jalaali.ToJalaali(refDay.Date())
	if err != nil {
		return 0, 0, 0, false
	}
	y, m, d, ok := jalaliDate(jy, jm, jd)
	if ok && time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Before(refDay.AddDate(0, -2, 0)) {
		y, m, d, ok = jalaliDate(jy+1, jm, jd)
	}
	return y, m, d, ok
}

// jalaliDayMonth reads the rest of "۲۵ آذر ۱۴۰۵" after its day d at i
// and its month m (1 to 12) ending before j: the year, if written, and
// the words that say it is a solar one.
func (s *scanner) jalaliDayMonth(i, j, d, m int) (elem, bool) {
	if d > jalaliDays(m) {
		return elem{}, false
	}
	if s.is(j, "ماه") {
		j++ // "۲۵ آذر ماه ۱۴۰۵": the month's word apart
	}
	k := j
	if s.punct(k, ',') {
		k++
	}
	if jy, n, ok := s.num(k); ok && n == 4 && jy >= minJalaliYear && jy <= maxJalaliYear {
		y, mo, dd, ok := jalaliDate(jy, m, d)
		if !ok {
			return elem{}, false
		}
		e, ok := s.dateElem(i, s.solarMark(k+1), y, int(mo), dd, false)
		e.lang = fa
		return e, ok
	}
	return elem{kind: eDate, t0: i, t1: j, lang: fa, m: m, d: d, jalali: true}, true
}

// solarMark reads what Persian writes after a year to say it is the
// solar one, at j: "ه.ش" (hejri shamsi), "ش", "هجری شمسی", "خورشیدی".
// It returns the token after it, or j.
func (s *scanner) solarMark(j int) int {
	switch {
	case s.is(j, "ه") && s.gluedPunct(j+1, '.') && s.is(j+2, "ش"):
		j += 3
		if s.gluedPunct(j, '.') {
			j++
		}
	case s.is(j, "ش"):
		j++
		if s.gluedPunct(j, '.') {
			j++
		}
	case s.is(j, "هجري") && s.is(j+1, "شمسي"):
		j += 2
	case s.is(j, "شمسي"), s.is(j, "خورشيدي"):
		j++
	}
	return j
}

// lunarMark reports, at j, the mark of a year of the Islamic calendar:
// Arabic "هـ" (folded "ه") and Persian "ه.ق" (hejri qamari).
func (s *scanner) lunarMark(j int) bool {
	return s.is(j, "ه") && !(s.gluedPunct(j+1, '.') && s.is(j+2, "ش")) || s.is(j, "قمري")
}

// jalaliNumericDate reads a Jalali date in figures at i: "۱۴۰۵/۰۹/۲۵" as
// Iranian forms print it, year first, or "۲۵/۰۹/۱۴۰۵". Only in Persian
// digits or on a Persian line: a Saudi "١٤٤٨/٠٦/٠٦هـ" is of the Islamic
// calendar, whose years are of the same size, and a year with its "هـ"
// is never read.
func (s *scanner) jalaliNumericDate(i int) (elem, bool) {
	t := s.tok(i)
	if !t.persian && t.lang != fa || !s.freeStart(i) {
		return elem{}, false
	}
	a, na, _ := s.num(i)
	sep := s.tok(i + 1)
	if sep.kind != tPunct || sep.space || (sep.val != '/' && sep.val != '-' && sep.val != '.') {
		return elem{}, false
	}
	b, nb, ok := s.num(i + 2)
	if !ok || nb > 2 || !s.glued(i+2) || !s.gluedPunct(i+3, rune(sep.val)) {
		return elem{}, false
	}
	c, nc, ok := s.num(i + 4)
	if !ok || !s.glued(i+4) {
		return elem{}, false
	}
	jy, jm, jd := a, b, c
	switch {
	case na == 4 && nc <= 2:
	case na <= 2 && nc == 4:
		jy, jd = c, a
	default:
		return elem{}, false
	}
	k := i + 5
	if s.lunarMark(k) {
		return elem{}, false
	}
	k = s.solarMark(k)
	if !s.freeEnd(k) {
		return elem{}, false
	}
	y, m, d, ok := jalaliDate(jy, jm, jd)
	if !ok {
		return elem{}, false
	}
	e, ok := s.dateElem(i, k, y, int(m), d, false)
	e.lang = fa
	return e, ok
}
