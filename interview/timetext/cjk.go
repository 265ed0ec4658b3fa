package timetext

import (
	"slices"
	"strings"
)

// Dates and clock times as Chinese, Japanese and Korean write them in
// figures: "2026年12月10日", "12月17日", "12월 10일"; "下午3点半",
// "15時30分", "午後3時", "오후 2시 30분". The words between the figures
// mark year, month, day, hour and minute; a word before the hour gives
// the half of the day. A clock written "14:00" is read as anywhere else.

var (
	cjkYear   = map[string]bool{"年": true, "년": true}
	cjkMonth  = map[string]bool{"月": true, "월": true}
	cjkDay    = map[string]bool{"日": true, "일": true, "号": true, "號": true}
	cjkHour   = map[string]bool{"点": true, "點": true, "時": true, "时": true, "시": true}
	cjkMinute = map[string]bool{"分": true, "분": true}
	// The hour's word with a half hour glued on: "3点半", "3時半", "2시반".
	cjkHalfHour = map[string]bool{"点半": true, "點半": true, "時半": true, "时半": true, "시반": true}
	cjkPM       = map[string]bool{"下午": true, "午後": true, "오후": true, "晚上": true, "傍晚": true}
	cjkAM       = map[string]bool{"上午": true, "午前": true, "오전": true, "早上": true}
)

// cjkParticles may be glued to a time's last mark: "3時から" (from 3),
// "2시부터", "下午3点开始", "10時頃".
var cjkParticles = []string{"から", "より", "ごろ", "頃", "まで", "に", "开始", "開始", "左右", "前後", "부터", "까지", "에"}

// marked reports whether w is one of marks, alone or with a particle
// glued on.
func marked(marks map[string]bool, w string) bool {
	if marks[w] {
		return true
	}
	for m := range marks {
		if rest, ok := strings.CutPrefix(w, m); ok && slices.Contains(cjkParticles, rest) {
			return true
		}
	}
	return false
}

// cjkDate reads a date whose figures are marked as year, month and day.
func (s *scanner) cjkDate(i int) (elem, bool) {
	j, y := i, 0
	if n, nd, ok := s.num(j); ok && nd == 4 && cjkYear[s.wordOf(j+1)] {
		if !validYear(n) {
			return elem{}, false
		}
		y, j = n, j+2
	}
	m, nm, ok := s.num(j)
	if !ok || nm > 2 || !cjkMonth[s.wordOf(j+1)] {
		return elem{}, false
	}
	d, nd, ok := s.num(j + 2)
	if !ok || nd > 2 || !cjkDay[s.wordOf(j+3)] {
		return elem{}, false
	}
	return s.dateElem(i, j+4, y, m, d, y == 0)
}

// cjkClock reads an hour marked as one, at the number i, with the half of
// the day written before it and the minutes after it.
func (s *scanner) cjkClock(i int) (elem, bool) {
	h, nh, ok := s.num(i)
	if !ok || nh > 2 || h > 24 {
		return elem{}, false
	}
	c := clock{ok: true, h: h, sure: true}
	j := i + 1
	switch w := s.wordOf(j); {
	case marked(cjkHalfHour, w):
		c.min, c.hasMin, j = 30, true, j+1
	case marked(cjkHour, w):
		j++
		if mm, nm, ok := s.num(j); ok && nm <= 2 && mm < 60 && marked(cjkMinute, s.wordOf(j+1)) {
			c.min, c.hasMin, j = mm, true, j+2
		} else if s.wordOf(j) == "半" || s.wordOf(j) == "반" {
			c.min, c.hasMin, j = 30, true, j+1
		}
	default:
		return elem{}, false
	}
	t0 := i
	if w := s.wordOf(i - 1); cjkPM[w] || cjkAM[w] {
		t0 = i - 1
		if cjkPM[w] {
			c.mer = merPM
		} else {
			c.mer = merAM
		}
		if h == 0 || h > 12 {
			c.mer = 0
		}
	}
	e := elem{kind: eClock, t0: t0, t1: j, lang: -1, c: c}
	// "오후 4시 - 오후 5시": a range, each end with its half of the day.
	if isDash(s.tok(j)) {
		k := j + 1
		if w := s.wordOf(k); cjkPM[w] || cjkAM[w] {
			k++
		}
		if end, ok := s.cjkClock(k); ok && end.t0 >= j+1 {
			e.end, e.t1 = end.c, end.t1
		}
	}
	return e, true
}
