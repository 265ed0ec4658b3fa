package timetext

import (
	"time"
)

type elemKind uint8

const (
	eDate    elemKind = iota + 1 // a day of a month, maybe with a year
	eWeekday                     // "Thursday"
	eRel                         // "tomorrow"
	eClock                       // "4:00 PM", "14h30", "half past two", with a range's end
	eZone                        // "CET", "(UTC+01:00) Amsterdam"
)

// An elem is one part of a date and time, read from tokens t0 to t1.
type elem struct {
	kind   elemKind
	t0, t1 int
	lang   int8 // the language of the word that decided, -1 for numerals
	// weak: a numeric day and month without a year ("18/12"), read as a
	// day only next to a clock time or a weekday, since "3/4 of the team"
	// and "24/7" are no dates.
	weak bool
	// swap: an ambiguous numeric date ("12/3"); a weekday written with it
	// may decide between day-first and month-first.
	swap bool
	// jalali: eDate whose m and d are of the Persian solar calendar, its
	// year not written ("۲۵ آذر"): jalaliDateOf finds the year as for a
	// Gregorian day and month. (A Jalali date with its year is converted
	// when read.)
	jalali bool

	y, m, d int // eDate; y is 0 when not written
	wd      time.Weekday
	dom     int // eWeekday: the day of the month written with it, no month ("Thursday the 10th")
	// nextWeek: eWeekday written with "next week" ("nächste Woche
	// Mittwoch", "Wednesday next week"): that weekday of the week after
	// Ref's, not the nearest one.
	nextWeek bool
	rel      int // eRel: days after Ref's day

	c, end clock // eClock; end.ok when a range is written

	loc   *time.Location // eZone
	zname string         // eZone, as written
	zrank int            // eZone: lower is more precise (IANA name first)
	// zlead: eZone that may stand before the day and time it gives, as a
	// CJK zone's time does ("北京时间12月17日下午3点").
	zlead bool
}

// clock is a clock time as written, before am/pm rules are applied.
type clock struct {
	ok     bool
	h, min int
	mer    int8 // 0 none, merAM, merPM
	hasMin bool
	pad    bool // the hour was written with a leading zero ("09:30"): a 24-hour clock
	sure   bool // nothing else is needed to call it a clock (a colon, am/pm, "Uhr"...)
	hmark  bool // written with the French "h" ("14h", "9h30")
	spoken bool // the hour in words ("um drei", "a las nueve"): a 12-hour clock in every language
}

const (
	merAM int8 = 1
	merPM int8 = 2
	// Parts of the day whose half depends on the hour, as daypartAt
	// reads them: around noon ("ظهراً", "ظهر") and at night ("ليلاً",
	// "شب"). halfOfDay turns them into merAM or merPM.
	merNoon  int8 = 3
	merNight int8 = 4
)

// halfOfDay resolves a part of the day read after hour h: "١ ظهراً" is
// 13:00, "١٢ ظهراً" noon and "١١ ظهراً" 11:00; "١١ ليلاً" is 23:00,
// "١٢ ليلاً" midnight and "٢ شب" two in the morning.
func halfOfDay(mer int8, h int) int8 {
	switch mer {
	case merNoon:
		if h >= 7 && h <= 11 {
			return merAM
		}
		return merPM
	case merNight:
		if h == 12 || h <= 4 {
			return merAM
		}
		return merPM
	}
	return mer
}

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

var noToken = token{space: true, nl: true}

// is reports whether token i is the word w (folded).
func (s *scanner) is(i int, w string) bool {
	t := s.tok(i)
	return t.kind == tWord && string(s.fold[t.k0:t.k1]) == w
}

// wordOf returns the folded word of token i, or "".
func (s *scanner) wordOf(i int) string {
	t := s.tok(i)
	if t.kind != tWord {
		return ""
	}
	return string(s.fold[t.k0:t.k1])
}

func (s *scanner) punct(i int, r rune) bool {
	t := s.tok(i)
	return t.kind == tPunct && t.val == int(r)
}

// gluedPunct reports whether token i is r written right after the token
// before it.
func (s *scanner) gluedPunct(i int, r rune) bool {
	t := s.tok(i)
	return t.kind == tPunct && t.val == int(r) && !t.space
}

func (s *scanner) glued(i int) bool {
	t := s.tok(i)
	return t.kind != 0 && !t.space
}

func (s *scanner) num(i int) (int, int, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.val < 0 {
		return 0, 0, false
	}
	return t.val, int(t.ndig), true
}

// mean returns the meaning of kind k that token i has in a language being
// read, preferring the language of its line.
func (s *scanner) mean(i int, k kind) (meaning, bool) {
	t := s.tok(i)
	if t.ent == nil {
		return meaning{}, false
	}
	var found meaning
	ok := false
	for _, m := range t.ent.m {
		if m.kind != k || (m.lang != anyLang && s.mask&(1<<m.lang) == 0) {
			continue
		}
		if int8(m.lang) == t.lang {
			return m, true
		}
		if m.flags&fLine != 0 {
			continue
		}
		if !ok {
			found, ok = m, true
		}
	}
	return found, ok
}

// isConn reports whether word i may stand between the parts of one date
// and time.
func (s *scanner) isConn(i int) bool {
	for _, k := range [...]kind{kConn, kCue, kRange, kOrd} {
		if _, ok := s.mean(i, k); ok {
			return true
		}
	}
	return false
}

func langOf(m meaning) int8 {
	if m.lang == anyLang {
		return -1
	}
	return int8(m.lang)
}

// readAt reads the elements that start at token i, appends them to
// s.elems and returns the token after them (i+1 when none starts there).
// Zones are tried first so that the "01:00" of "UTC+01:00" is no clock.
func (s *scanner) readAt(i int) int {
	// Every element starts with a number or a known word.
	if t := s.tok(i); t.kind == tPunct || t.kind == tWord && t.ent == nil {
		return i + 1
	}
	if e, ok := s.zoneAt(i); ok {
		s.elems = append(s.elems, e)
		return e.t1
	}
	if e, ok := s.ordinalWeekdayAt(i); ok {
		s.elems = append(s.elems, e)
		return e.t1
	}
	if e, ok := s.dateAt(i); ok {
		s.elems = append(s.elems, e)
		// ISO 8601 "2026-12-03T15:00": the clock follows the "T".
		if s.is(e.t1, "t") && s.glued(e.t1) && s.glued(e.t1+1) {
			if c, ok := s.clockAt(e.t1+1, true); ok {
				s.elems = append(s.elems, c)
				return c.t1
			}
		}
		return e.t1
	}
	if e, ok := s.clockAt(i, false); ok {
		s.elems = append(s.elems, e)
		return e.t1
	}
	if e, ok := s.weekdayAt(i); ok {
		s.elems = append(s.elems, e)
		return e.t1
	}
	if e, ok := s.relAt(i); ok {
		s.elems = append(s.elems, e)
		return e.t1
	}
	return i + 1
}

// freeStart reports whether the number at i stands alone on its left:
// not glued to a word ("v2", "R104"), a currency sign or a sign, nor the
// tail of a longer run of numbers ("1.2.3", "+49-30").
func (s *scanner) freeStart(i int) bool {
	t := s.tok(i)
	if t.space {
		return true
	}
	p := s.tok(i - 1)
	switch p.kind {
	case tWord:
		// Chinese, Japanese and Korean glue a figure to the word before
		// it as to the one after it ("は14:00", "下午3:00"): that is no
		// "v2".
		return p.cjk
	case tPunct:
		switch p.val {
		case '€', '$', '£', '¥', '#', '+', '№', '%', '@', '=', '_', '&':
			return false
		case '.', ',', ':', '/', '-', '\'':
			if !p.space && s.tok(i-2).kind == tNum {
				return false
			}
		}
	}
	return true
}

// freeEnd reports whether the token at j ends what was read before it:
// no number, word, percent or currency sign glued on.
func (s *scanner) freeEnd(j int) bool {
	t := s.tok(j)
	if t.space || t.kind == 0 {
		return true
	}
	switch t.kind {
	case tNum:
		return false
	case tWord:
		return t.cjk // "14:00でお願いします"
	}
	switch t.val {
	case '%', '€', '$', '£', '¥', '‰':
		return false
	case '.', ':', '/', '-', ',', '+':
		if n := s.tok(j + 1); n.kind == tNum && !n.space {
			return false
		}
	}
	return true
}

// ordinalWeekdayAt reads Portuguese's weekdays by their number, as mail
// from Portugal and Brazil abbreviates them: "3.ª feira" and "3ª-feira"
// for terça-feira, the third day counted from Sunday; "6a feira" typed
// without the ordinal sign. Without "feira" the sign must be there ("na
// 3ª às 15h"): "3a" alone is many things.
func (s *scanner) ordinalWeekdayAt(i int) (elem, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.val < 2 || t.val > 6 || t.ndig != 1 {
		return elem{}, false
	}
	j := i + 1
	if s.gluedPunct(j, '.') {
		j++
	}
	o := s.tok(j)
	if o.kind != tWord || o.space {
		return elem{}, false
	}
	sign := s.text[o.pos:o.end]
	if sign != "ª" && sign != "a" {
		return elem{}, false
	}
	j++
	feira := false
	if s.punct(j, '-') && s.is(j+1, "feira") {
		j, feira = j+2, true
	} else if s.is(j, "feira") {
		j, feira = j+1, true
	}
	if !feira && sign != "ª" {
		return elem{}, false
	}
	e := elem{kind: eWeekday, t0: i, t1: j, lang: int8(pt), wd: time.Weekday(t.val - 1)}
	e.dom, e.t1 = s.dayOfMonthAfter(j)
	if e.dom == 0 {
		e.t1 = j
	}
	return e, true
}
