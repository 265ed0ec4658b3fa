package rules

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// searchDays bounds every day-by-day walk, so that a schedule without a
// single business day (no workdays, or a holiday function that says yes to
// everything) degrades to a plain answer instead of looping forever.
// Validate reports such schedules.
const searchDays = 2 * 366

// DefaultSchedule is Monday to Friday, 09:00 to 18:00, without holidays.
func DefaultSchedule(loc *time.Location) Schedule {
	var days [7]bool
	for d := time.Monday; d <= time.Friday; d++ {
		days[d] = true
	}
	return Schedule{Location: loc, Workdays: days, Start: 9 * time.Hour, End: 18 * time.Hour}
}

// Validate reports every problem of a schedule at once.
func (s Schedule) Validate() error {
	var errs []error
	if s.Location == nil {
		errs = append(errs, errors.New("schedule: no time zone"))
	}
	if s.Workdays == [7]bool{} {
		errs = append(errs, errors.New("schedule: no workdays"))
	}
	if s.Start < 0 || s.End > 24*time.Hour || s.Start >= s.End {
		errs = append(errs, fmt.Errorf("schedule: work hours %s-%s are not a span of one day",
			clockText(s.Start), clockText(s.End)))
	}
	return errors.Join(errs...)
}

// loc never falls back to time.Local: that would make results depend on
// the machine, and rules is pure.
func (s Schedule) loc() *time.Location {
	if s.Location == nil {
		return time.UTC
	}
	return s.Location
}

// isBusinessDay reports whether the local date of day is a workday that is
// not a holiday.
func (s Schedule) isBusinessDay(day time.Time) bool {
	if !s.Workdays[day.Weekday()] {
		return false
	}
	return s.Holiday == nil || !s.Holiday(startOfDay(day))
}

// NextWorkInstant returns the first instant at or after t that lies inside
// work hours on a business day, in the schedule's time zone. Work hours are
// wall-clock times, so 09:00 stays 09:00 on the day of a DST switch. When
// none is found within two years (an invalid schedule), t is returned.
func (s Schedule) NextWorkInstant(t time.Time) time.Time {
	t = t.In(s.loc())
	day := startOfDay(t)
	for i := 0; i < searchDays; i, day = i+1, addDays(day, 1) {
		if !s.isBusinessDay(day) {
			continue
		}
		start, end := atClock(day, s.Start), atClock(day, s.End)
		if !t.Before(end) || !start.Before(end) {
			continue
		}
		if t.After(start) {
			return t
		}
		return start
	}
	return t
}

// addBusinessDays moves n business days forward, keeping the wall-clock time
// of day of t.
func (s Schedule) addBusinessDays(t time.Time, n int) time.Time {
	day := startOfDay(t)
	for i := 0; n > 0 && i < 7*n+searchDays; i++ {
		day = addDays(day, 1)
		if s.isBusinessDay(day) {
			n--
		}
	}
	y, m, d := day.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// nextBusinessDay returns the start of the first business day after day,
// or of the next calendar day when the schedule has none.
func (s Schedule) nextBusinessDay(day time.Time) time.Time {
	for i := 1; i <= searchDays; i++ {
		if d := addDays(day, i); s.isBusinessDay(d) {
			return d
		}
	}
	return addDays(day, 1)
}

// endOfWorkWeek returns the end (local midnight after it) of the last
// business day of t's work week, for "this week". The work week is the
// run of workdays that lies between two weekends (see weekEnds) and
// contains t's day; on a weekend day it is the run that follows, since the
// past week's work is over. So with Monday to Friday a Saturday trigger
// gets the end of the next Friday, and with Sunday to Thursday a Sunday
// trigger gets the end of that Thursday.
//
// Holidays do not change which days make up the week, only which day's
// end is the deadline: the last day of the week that is not a holiday (a
// week before Good Friday ends on Thursday). When no business day of the
// week is left, from a trigger on a closing holiday, the next week's is
// taken, as for a weekend. The answer is never before t; t itself comes
// back only from a schedule without business days (see Validate).
func (s Schedule) endOfWorkWeek(t time.Time) time.Time {
	ends := s.weekEnds()
	var last time.Time // end of the week's last business day so far
	day := startOfDay(t)
	for i := 0; i < searchDays; i, day = i+1, addDays(day, 1) {
		if s.isBusinessDay(day) {
			last = addDays(day, 1)
		}
		if ends[day.Weekday()] && !last.IsZero() {
			return last
		}
	}
	return t
}

// weekEnds marks the workdays on which a work week ends: those followed by
// a weekend, taken to be the longest run of non-workdays in the 7-day
// cycle (Saturday and Sunday, Friday and Saturday, Sunday alone in a
// Monday to Saturday week). A shorter gap is a day off inside the week, so
// Monday, Tuesday, Thursday and Friday make one week that ends on Friday.
// Runs that tie for longest are all weekends: Monday, Tuesday and Friday
// are two weeks, ending on Tuesday and on Friday. Holidays play no part
// here, so that a holiday Wednesday does not split a week in two. Without
// a non-workday the week is Monday to Sunday (ISO 8601).
func (s Schedule) weekEnds() [7]bool {
	var ends [7]bool
	var gap [7]int // gap[d]: non-workdays right after workday d
	longest := 0
	for d := range 7 {
		if !s.Workdays[d] {
			continue
		}
		n := 0
		for n < 6 && !s.Workdays[(d+1+n)%7] {
			n++
		}
		gap[d], longest = n, max(longest, n)
	}
	if longest == 0 {
		ends[time.Sunday] = s.Workdays[time.Sunday]
		return ends
	}
	for d := range 7 {
		ends[d] = s.Workdays[d] && gap[d] == longest
	}
	return ends
}

// startOfDay is local midnight of t's date in t's zone. Days are counted
// with time.Date, never with 24h steps, because DST days are 23 or 25 hours.
func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func addDays(day time.Time, n int) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, day.Location())
}

// atClock is the wall-clock time of day off on the date of day.
func atClock(day time.Time, off time.Duration) time.Time {
	y, m, d := day.Date()
	h, rest := off/time.Hour, off%time.Hour
	return time.Date(y, m, d, int(h), int(rest/time.Minute), int(rest%time.Minute/time.Second),
		int(rest%time.Second), day.Location())
}

func clockText(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", d/time.Hour, d%time.Hour/time.Minute)
}

// ParseHours reads work hours such as "09:00-18:00"; "24:00" may end them.
func ParseHours(s string) (start, end time.Duration, err error) {
	norm := strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "–", "-")
	a, b, ok := strings.Cut(norm, "-")
	if !ok {
		return 0, 0, fmt.Errorf("work hours %q: want HH:MM-HH:MM such as 09:00-18:00", s)
	}
	if start, err = parseClock(a); err != nil {
		return 0, 0, fmt.Errorf("work hours %q: %w", s, err)
	}
	if end, err = parseClock(b); err != nil {
		return 0, 0, fmt.Errorf("work hours %q: %w", s, err)
	}
	if start >= end {
		return 0, 0, fmt.Errorf("work hours %q: start is not before end", s)
	}
	return start, end, nil
}

func parseClock(s string) (time.Duration, error) {
	hs, ms, ok := strings.Cut(s, ":")
	if !ok || !isDigits(hs) || len(hs) > 2 || !isDigits(ms) || len(ms) != 2 {
		return 0, fmt.Errorf("%q is not HH:MM", s)
	}
	h, _ := strconv.Atoi(hs)
	m, _ := strconv.Atoi(ms)
	if h > 24 || m > 59 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("%q is not a time of day", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday,
	"mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

// ParseWorkdays reads day names ("mon", "Monday") and ranges ("mon-fri").
// A range may wrap around the week ("sun-thu", "fri-mon"), as work weeks do
// in some countries; an item may also list days separated by commas.
func ParseWorkdays(days []string) ([7]bool, error) {
	var set [7]bool
	var errs []error
	for _, item := range days {
		for _, part := range strings.Split(item, ",") {
			if err := addWorkdays(&set, part); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return [7]bool{}, err
	}
	if set == [7]bool{} {
		return set, errors.New("workdays: none given")
	}
	return set, nil
}

func addWorkdays(set *[7]bool, part string) error {
	norm := strings.ReplaceAll(strings.Join(strings.Fields(strings.ToLower(part)), ""), "–", "-")
	a, b, isRange := strings.Cut(norm, "-")
	first, ok := dayNames[a]
	last := first
	if isRange {
		var okLast bool
		last, okLast = dayNames[b]
		ok = ok && okLast
	}
	if !ok {
		return fmt.Errorf("workdays: %q is not a day or a range such as mon-fri (days: mon, tue, wed, thu, fri, sat, sun or full names)", part)
	}
	for d := first; ; d = (d + 1) % 7 {
		set[d] = true
		if d == last {
			return nil
		}
	}
}
