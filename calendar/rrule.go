package calendar

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// An RRULE engine (RFC 5545 §3.3.10) of our own rather than rrule-go:
// rrule-go cannot stop at the end of the window we ask about, so a rule
// that matches nothing (BYMONTH=2;BYMONTHDAY=30) makes it walk to year 9999,
// and a huge INTERVAL overflows its day counter. A file received by mail is
// untrusted, so expansion here is bounded by the window and by a work
// budget, and works on wall-clock seconds ("naive" times, zone applied by
// the caller) so that a weekly 09:00 meeting stays at 09:00 across DST.

type frequency int

const (
	secondly frequency = iota
	minutely
	hourly
	daily
	weekly
	monthly
	yearly
)

// weekdayNum is one BYDAY entry: n is 0 for "every", else the nth (or
// nth-from-last when negative) such weekday of the month or year.
type weekdayNum struct {
	n  int
	wd int // 0 = Sunday, as time.Weekday
}

type rrule struct {
	freq     frequency
	interval int
	count    int
	until    string // raw UNTIL; its meaning depends on DTSTART (§3.3.10)

	bySecond, byMinute, byHour []int
	byDay                      []weekdayNum
	byMonthDay, byYearDay      []int
	byWeekNo, byMonth          []int
	bySetPos                   []int
	wkst                       int
}

// maxRuleWork bounds the days and candidate times one walk may look at,
// unless the caller shares a budget across walks; far beyond any honest
// rule, small enough to stay well under a second.
const maxRuleWork = 4_000_000

var errRuleBudget = errors.New("recurrence rule needs too much work; expansion truncated")

var weekdayNames = map[string]int{"SU": 0, "MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6}

// parseRRule reads an RRULE value such as "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=...".
// Unknown parts (X-NAME extensions) are ignored; values out of the ranges
// §3.3.10 gives are errors.
func parseRRule(s string) (*rrule, error) {
	r := &rrule{interval: 1, wkst: 1, freq: -1}
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "RRULE:"), "rrule:")
	for _, part := range strings.Split(s, ";") {
		if strings.TrimSpace(part) == "" {
			continue // "FREQ=DAILY;" with a trailing semicolon is common
		}
		key, val, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("rrule part %q without '='", truncate(part))
		}
		key = strings.ToUpper(strings.TrimSpace(key))
		val = strings.ToUpper(strings.TrimSpace(val))
		var err error
		switch key {
		case "FREQ":
			r.freq, err = parseFreq(val)
		case "INTERVAL":
			r.interval, err = ruleInt(val, 1, 1_000_000)
		case "COUNT":
			r.count, err = ruleInt(val, 1, math.MaxInt32)
		case "UNTIL":
			r.until = val
		case "BYSECOND":
			r.bySecond, err = ruleInts(val, 0, 60, false)
		case "BYMINUTE":
			r.byMinute, err = ruleInts(val, 0, 59, false)
		case "BYHOUR":
			r.byHour, err = ruleInts(val, 0, 23, false)
		case "BYMONTHDAY":
			r.byMonthDay, err = ruleInts(val, 1, 31, true)
		case "BYYEARDAY":
			r.byYearDay, err = ruleInts(val, 1, 366, true)
		case "BYWEEKNO":
			r.byWeekNo, err = ruleInts(val, 1, 53, true)
		case "BYMONTH":
			r.byMonth, err = ruleInts(val, 1, 12, false)
		case "BYSETPOS":
			r.bySetPos, err = ruleInts(val, 1, 366, true)
		case "BYDAY":
			r.byDay, err = parseByDay(val)
		case "WKST":
			wd, ok := weekdayNames[val]
			if !ok {
				err = fmt.Errorf("bad WKST %q", truncate(val))
			}
			r.wkst = wd
		}
		if err != nil {
			return nil, fmt.Errorf("rrule %s: %w", key, err)
		}
	}
	if r.freq < 0 {
		return nil, errors.New("rrule without FREQ")
	}
	// Leap seconds are read as :59, like DATE-TIME values.
	for i, s := range r.bySecond {
		if s == 60 {
			r.bySecond[i] = 59
		}
	}
	return r, nil
}

func parseFreq(s string) (frequency, error) {
	switch s {
	case "SECONDLY":
		return secondly, nil
	case "MINUTELY":
		return minutely, nil
	case "HOURLY":
		return hourly, nil
	case "DAILY":
		return daily, nil
	case "WEEKLY":
		return weekly, nil
	case "MONTHLY":
		return monthly, nil
	case "YEARLY":
		return yearly, nil
	}
	return 0, fmt.Errorf("unknown frequency %q", truncate(s))
}

func ruleInt(s string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(strings.TrimPrefix(s, "+"))
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("bad number %q", truncate(s))
	}
	return n, nil
}

// ruleInts reads a comma list; with signed, -hi..-lo is allowed as well.
func ruleInts(s string, lo, hi int, signed bool) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(f), "+"))
		ok := err == nil && ((n >= lo && n <= hi) || (signed && n <= -lo && n >= -hi))
		if !ok {
			return nil, fmt.Errorf("bad value %q", truncate(f))
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

func parseByDay(s string) ([]weekdayNum, error) {
	var out []weekdayNum
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if len(f) < 2 {
			return nil, fmt.Errorf("bad weekday %q", truncate(f))
		}
		wd, ok := weekdayNames[f[len(f)-2:]]
		if !ok {
			return nil, fmt.Errorf("bad weekday %q", truncate(f))
		}
		n := 0
		if num := f[:len(f)-2]; num != "" {
			var err error
			n, err = strconv.Atoi(strings.TrimPrefix(num, "+"))
			if err != nil || n == 0 || n > 53 || n < -53 {
				return nil, fmt.Errorf("bad weekday %q", truncate(f))
			}
		}
		out = append(out, weekdayNum{n: n, wd: wd})
	}
	return out, nil
}

// naive times are wall-clock seconds since 1970-01-01T00:00:00 with no zone.
const secondsPerDay = 86400

// expansion is one walk of a rule from its DTSTART.
type expansion struct {
	r       *rrule
	start   int64 // DTSTART, naive
	until   int64 // last allowed naive time, inclusive
	hi      int64 // stop once candidates pass this naive time
	lo      int64 // occurrences before this may be skipped (not counted)
	budget  *int  // work left; shared by the walks of one Expand call
	emitted int
	emit    func(naive int64) bool

	// derived from DTSTART
	byMonthDay []int
	byDay      []weekdayNum
	byMonth    []int
	timeset    []int64 // seconds of day, for freq >= daily
	spanBuf    [][2]int64
}

// each calls emit with every occurrence of r in [start, min(until, hi)],
// in order, DTSTART first: RFC 5545 §3.3.10 counts DTSTART as the first
// instance even when it does not match the rule. With no COUNT, periods
// that end before lo are skipped without looking at them. emit returns
// false to stop. budget is the work allowed, decremented as the walk goes;
// nil means maxRuleWork. The error reports a walk cut short by it.
func (r *rrule) each(start, until, hi, lo int64, budget *int, emit func(int64) bool) error {
	if budget == nil {
		b := maxRuleWork
		budget = &b
	}
	x := &expansion{r: r, start: start, until: until, hi: min(hi, until), lo: lo, budget: budget, emit: emit}
	x.defaults()
	// DTSTART is an instance even when UNTIL is before it: the event
	// happened once, and calendar programs show it.
	if start > hi {
		return nil
	}
	x.emitted++
	if !emit(start) || (r.count != 0 && x.emitted >= r.count) {
		return nil
	}
	if r.freq >= daily {
		return x.walkDays()
	}
	return x.walkSubDaily()
}

// out emits one occurrence, applying COUNT; it reports whether to go on.
func (x *expansion) out(t int64) bool {
	if t > x.hi {
		return false
	}
	x.emitted++
	if !x.emit(t) {
		return false
	}
	return x.r.count == 0 || x.emitted < x.r.count
}

// defaults fills the BYxxx parts that DTSTART implies (§3.3.10: "Information,
// not contained in the rule, necessary to determine the various recurrence
// instance start time and dates are derived from the Start Time").
func (x *expansion) defaults() {
	r := x.r
	day := floorDiv(x.start, secondsPerDay)
	tod := x.start - day*secondsPerDay
	_, m, d := civilFromDays(day)
	x.byMonth, x.byMonthDay, x.byDay = r.byMonth, r.byMonthDay, r.byDay
	if len(r.byDay) == 0 && len(r.byMonthDay) == 0 && len(r.byYearDay) == 0 && len(r.byWeekNo) == 0 {
		switch r.freq {
		case yearly:
			if len(x.byMonth) == 0 {
				x.byMonth = []int{m}
			}
			x.byMonthDay = []int{d}
		case monthly:
			x.byMonthDay = []int{d}
		case weekly:
			x.byDay = []weekdayNum{{wd: weekdayOf(day)}}
		}
	}
	if r.freq >= daily {
		hours := orDefault(r.byHour, int(tod/3600))
		minutes := orDefault(r.byMinute, int(tod/60%60))
		seconds := orDefault(r.bySecond, int(tod%60))
		for _, h := range hours {
			for _, mi := range minutes {
				for _, s := range seconds {
					x.timeset = append(x.timeset, int64(h*3600+mi*60+s))
				}
			}
		}
		slices.Sort(x.timeset)
	}
}

func orDefault(list []int, def int) []int {
	if len(list) > 0 {
		return list
	}
	return []int{def}
}

// walkDays handles DAILY and coarser: each period is a set of whole days.
func (x *expansion) walkDays() error {
	r := x.r
	startDay := floorDiv(x.start, secondsPerDay)
	sy, sm, _ := civilFromDays(startDay)
	weekStart := startDay - int64((weekdayOf(startDay)-r.wkst+7)%7)
	hiDay := floorDiv(x.hi, secondsPerDay)
	iv := int64(r.interval)

	// period returns the days [d0, d1) of period p.
	period := func(p int64) (int64, int64) {
		switch r.freq {
		case yearly:
			y := int64(sy) + p*iv
			return daysFromCivil(int(y), 1, 1), daysFromCivil(int(y)+1, 1, 1)
		case monthly:
			mi := int64(sy)*12 + int64(sm-1) + p*iv
			y, m := int(floorDiv(mi, 12)), int(floorMod(mi, 12))+1
			return daysFromCivil(y, m, 1), daysFromCivil(y, m+1, 1)
		case weekly:
			d0 := weekStart + p*iv*7
			return d0, d0 + 7
		default:
			d0 := startDay + p*iv
			return d0, d0 + 1
		}
	}

	var p int64
	if r.count == 0 && x.lo > x.start {
		p = x.firstPeriod(floorDiv(x.lo, secondsPerDay), startDay, sy, sm, weekStart)
	}
	var cands []int64
	for ; ; p++ {
		d0, d1 := period(p)
		if d0 > hiDay || d0 > 4_000_000 { // past the window, or past year 12000
			return nil
		}
		cands = cands[:0]
		for _, span := range x.spans(d0, d1) {
			for d := span[0]; d < span[1]; d++ {
				*x.budget--
				if !x.dayMatches(d) {
					continue
				}
				for _, tod := range x.timeset {
					cands = append(cands, d*secondsPerDay+tod)
				}
			}
		}
		*x.budget -= len(cands)
		cands = x.setPos(cands)
		for _, c := range cands {
			if c <= x.start {
				continue // DTSTART went out first
			}
			if !x.out(c) {
				return nil
			}
		}
		if *x.budget <= 0 {
			return errRuleBudget
		}
	}
}

// spans returns the day ranges of a period worth looking at: for YEARLY
// with BYMONTH only those months, which makes the yearly rules of every
// VTIMEZONE a dozen times cheaper.
func (x *expansion) spans(d0, d1 int64) [][2]int64 {
	if x.r.freq != yearly || len(x.byMonth) == 0 {
		x.spanBuf = append(x.spanBuf[:0], [2]int64{d0, d1})
		return x.spanBuf
	}
	y, _, _ := civilFromDays(d0)
	x.spanBuf = x.spanBuf[:0]
	for m := 1; m <= 12; m++ {
		if slices.Contains(x.byMonth, m) {
			x.spanBuf = append(x.spanBuf, [2]int64{daysFromCivil(y, m, 1), daysFromCivil(y, m+1, 1)})
		}
	}
	return x.spanBuf
}

// firstPeriod returns the last period that starts on or before loDay, so
// that a rule without COUNT need not be walked from a DTSTART years ago.
func (x *expansion) firstPeriod(loDay, startDay int64, sy, sm int, weekStart int64) int64 {
	iv := int64(x.r.interval)
	var p int64
	switch x.r.freq {
	case yearly:
		ly, _, _ := civilFromDays(loDay)
		p = floorDiv(int64(ly-sy), iv)
	case monthly:
		ly, lm, _ := civilFromDays(loDay)
		p = floorDiv(int64(ly-sy)*12+int64(lm-sm), iv)
	case weekly:
		p = floorDiv(loDay-weekStart, 7*iv)
	default:
		p = floorDiv(loDay-startDay, iv)
	}
	return max(p-1, 0)
}

// setPos applies BYSETPOS to one period's sorted candidates.
func (x *expansion) setPos(cands []int64) []int64 {
	if len(x.r.bySetPos) == 0 || len(cands) == 0 {
		return cands
	}
	var picked []int64
	for _, pos := range x.r.bySetPos {
		i := pos - 1
		if pos < 0 {
			i = len(cands) + pos
		}
		if i >= 0 && i < len(cands) && !slices.Contains(picked, cands[i]) {
			picked = append(picked, cands[i])
		}
	}
	slices.Sort(picked)
	return picked
}

// dayMatches applies the day-level BYxxx parts, each as a filter; for the
// frequencies where RFC 5545's table says a part "expands", filtering every
// day of the period gives the same set.
func (x *expansion) dayMatches(day int64) bool {
	r := x.r
	y, m, d := civilFromDays(day)
	if len(x.byMonth) > 0 && !slices.Contains(x.byMonth, m) {
		return false
	}
	if len(r.byWeekNo) > 0 && !x.weekNoMatches(day) {
		return false
	}
	if len(r.byYearDay) > 0 {
		doy := int(day-daysFromCivil(y, 1, 1)) + 1
		if !slices.Contains(r.byYearDay, doy) && !slices.Contains(r.byYearDay, doy-daysInYear(y)-1) {
			return false
		}
	}
	if len(x.byMonthDay) > 0 {
		dim := daysIn(y, m)
		if !slices.Contains(x.byMonthDay, d) && !slices.Contains(x.byMonthDay, d-dim-1) {
			return false
		}
	}
	if len(x.byDay) > 0 && !x.weekdayMatches(day, y, m, d) {
		return false
	}
	return true
}

func (x *expansion) weekdayMatches(day int64, y, m, d int) bool {
	wd := weekdayOf(day)
	for _, w := range x.byDay {
		if w.wd != wd {
			continue
		}
		// The ordinal only means something for MONTHLY, and YEARLY, where
		// it counts within the month when BYMONTH is given (§3.3.10 BYDAY).
		if w.n == 0 || x.r.freq < monthly {
			return true
		}
		if x.r.freq == monthly || len(x.byMonth) > 0 {
			if nthMatches(w.n, d, daysIn(y, m)) {
				return true
			}
			continue
		}
		doy := int(day-daysFromCivil(y, 1, 1)) + 1
		if nthMatches(w.n, doy, daysInYear(y)) {
			return true
		}
	}
	return false
}

// nthMatches reports whether day index i (1-based) of a span of n days is
// the nth of its weekday, counting from the end when nth < 0.
func nthMatches(nth, i, n int) bool {
	if nth > 0 {
		return (i-1)/7+1 == nth
	}
	return -((n-i)/7 + 1) == nth
}

// weekNoMatches implements BYWEEKNO: week 1 is the first week with at
// least four days in the year, weeks starting on WKST (§3.3.10).
func (x *expansion) weekNoMatches(day int64) bool {
	ws := day - int64((weekdayOf(day)-x.r.wkst+7)%7)
	wy, _, _ := civilFromDays(ws + 3)
	w1 := x.week1(wy)
	no := int((ws-w1)/7) + 1
	total := int((x.week1(wy+1) - w1) / 7)
	return slices.Contains(x.r.byWeekNo, no) || slices.Contains(x.r.byWeekNo, no-total-1)
}

func (x *expansion) week1(y int) int64 {
	jan1 := daysFromCivil(y, 1, 1)
	w := jan1 - int64((weekdayOf(jan1)-x.r.wkst+7)%7)
	if jan1-w >= 4 {
		w += 7
	}
	return w
}

// walkSubDaily handles HOURLY, MINUTELY and SECONDLY: periods are steps of
// the interval from DTSTART; a day that fails the day-level parts is
// skipped whole.
func (x *expansion) walkSubDaily() error {
	r := x.r
	unit := int64(1)
	switch r.freq {
	case hourly:
		unit = 3600
	case minutely:
		unit = 60
	}
	step := unit * int64(r.interval)
	p := int64(0)
	if r.count == 0 && x.lo > x.start {
		p = max(floorDiv(x.lo-x.start, step)-1, 0)
	}
	startTod := floorMod(x.start, secondsPerDay)
	var cands []int64
	for {
		t := x.start + p*step
		if *x.budget <= 0 {
			return errRuleBudget
		}
		if t > x.hi {
			return nil
		}
		day := floorDiv(t, secondsPerDay)
		*x.budget--
		if !x.dayMatches(day) {
			next := (day + 1) * secondsPerDay
			p = floorDiv(next-x.start+step-1, step)
			continue
		}
		tod := t - day*secondsPerDay
		h, mi, s := int(tod/3600), int(tod/60%60), int(tod%60)
		p++
		if len(r.byHour) > 0 && !slices.Contains(r.byHour, h) ||
			r.freq <= minutely && len(r.byMinute) > 0 && !slices.Contains(r.byMinute, mi) ||
			r.freq == secondly && len(r.bySecond) > 0 && !slices.Contains(r.bySecond, s) {
			continue
		}
		cands = cands[:0]
		minutes := []int{mi}
		if r.freq == hourly {
			minutes = orDefault(r.byMinute, int(startTod/60%60))
		}
		seconds := []int{s}
		if r.freq != secondly {
			seconds = orDefault(r.bySecond, int(startTod%60))
		}
		for _, m2 := range minutes {
			for _, s2 := range seconds {
				cands = append(cands, day*secondsPerDay+int64(h*3600+m2*60+s2))
			}
		}
		slices.Sort(cands)
		*x.budget -= len(cands)
		for _, c := range x.setPos(cands) {
			if c <= x.start {
				continue
			}
			if !x.out(c) {
				return nil
			}
		}
	}
}
