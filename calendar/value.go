package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Value types of RFC 5545 §3.3, parsed by hand: they are small, and the
// time zone of a DATE-TIME depends on the TZID resolution in zone.go.

// civil is a wall-clock reading without a zone: a DATE (§3.3.4) or the
// local part of a DATE-TIME (§3.3.5).
type civil struct {
	year, month, day     int
	hour, minute, second int
	date                 bool // VALUE=DATE: no time part
	utc                  bool // ended in "Z" (form #2, UTC time)
}

var errBadDateTime = errors.New("malformed date or date-time")

// parseCivil reads "19970714", "19970714T133000" or "19970714T173000Z".
// Leading and trailing spaces are tolerated; nothing else is.
func parseCivil(s string) (civil, error) {
	s = strings.TrimSpace(s)
	var c civil
	if len(s) < 8 {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	var ok bool
	if c.year, ok = digits(s[0:4]); !ok {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	var okM, okD bool
	c.month, okM = digits(s[4:6])
	c.day, okD = digits(s[6:8])
	if !okM || !okD || c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysIn(c.year, c.month) {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	if len(s) == 8 {
		c.date = true
		return c, nil
	}
	t := s[8:]
	if t[0] != 'T' && t[0] != 't' {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	t = t[1:]
	if strings.HasSuffix(t, "Z") || strings.HasSuffix(t, "z") {
		c.utc = true
		t = t[:len(t)-1]
	}
	if len(t) != 6 {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	h, ok1 := digits(t[0:2])
	m, ok2 := digits(t[2:4])
	sec, ok3 := digits(t[4:6])
	// Second 60 is a leap second (§3.3.12); it is read as :59.
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 60 {
		return c, fmt.Errorf("%w: %q", errBadDateTime, truncate(s))
	}
	if sec == 60 {
		sec = 59
	}
	c.hour, c.minute, c.second = h, m, sec
	return c, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

// in returns the instant of c read in loc, following RFC 5545 §3.3.5 for
// wall times that a DST change skips or repeats.
func (c civil) in(loc *time.Location) time.Time {
	if c.utc {
		return time.Date(c.year, time.Month(c.month), c.day, c.hour, c.minute, c.second, 0, time.UTC)
	}
	return wallTime(loc, c.year, c.month, c.day, c.hour, c.minute, c.second)
}

// wallTime resolves a wall-clock reading in loc as RFC 5545 §3.3.5 asks:
// a time that occurs twice (clocks going back) is the first one, and a time
// that does not occur (clocks going forward) is read with the offset in
// force before the gap. time.Date leaves both cases unspecified.
func wallTime(loc *time.Location, year, month, day, hour, minute, second int) time.Time {
	naive := time.Date(year, time.Month(month), day, hour, minute, second, 0, time.UTC).Unix()
	// Transitions are more than a day apart in every real zone, so the
	// offsets a day either side are the only candidates.
	_, before := time.Unix(naive-86400, 0).In(loc).Zone()
	_, after := time.Unix(naive+86400, 0).In(loc).Zone()
	if before == after {
		return time.Unix(naive-int64(before), 0).In(loc)
	}
	first, second2 := naive-int64(before), naive-int64(after)
	if second2 < first {
		first, second2 = second2, first
	}
	for _, u := range []int64{first, second2} {
		t := time.Unix(u, 0).In(loc)
		if _, off := t.Zone(); naive-int64(off) == u {
			return t
		}
	}
	return time.Unix(naive-int64(before), 0).In(loc)
}

// parseDuration reads an RFC 5545 §3.3.6 DURATION such as "PT1H30M",
// "-P1D" or "P2W". Days and weeks are nominal and returned apart from the
// exact part, because a day across a DST change is not 24 hours.
func parseDuration(s string) (days int, exact time.Duration, err error) {
	s = strings.TrimSpace(s)
	orig := s
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || (s[0] != 'P' && s[0] != 'p') {
		return 0, 0, fmt.Errorf("malformed duration %q", truncate(orig))
	}
	s = strings.ToUpper(s[1:])
	inTime := false
	seen := false
	for len(s) > 0 {
		if s[0] == 'T' {
			inTime = true
			s = s[1:]
			continue
		}
		j := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		// Nine digits is more than a century of seconds; bigger values
		// are nonsense and would overflow.
		if j == 0 || j > 9 || j == len(s) {
			return 0, 0, fmt.Errorf("malformed duration %q", truncate(orig))
		}
		n, _ := digits(s[:j])
		unit := s[j]
		s = s[j+1:]
		seen = true
		switch {
		case unit == 'W' && !inTime:
			days += 7 * n
		case unit == 'D' && !inTime:
			days += n
		case unit == 'H' && inTime:
			exact += time.Duration(n) * time.Hour
		case unit == 'M' && inTime:
			exact += time.Duration(n) * time.Minute
		case unit == 'S' && inTime:
			exact += time.Duration(n) * time.Second
		default:
			return 0, 0, fmt.Errorf("malformed duration %q", truncate(orig))
		}
	}
	if !seen {
		return 0, 0, fmt.Errorf("malformed duration %q", truncate(orig))
	}
	if days > 1e6 {
		return 0, 0, fmt.Errorf("duration %q too long", truncate(orig))
	}
	if neg {
		days, exact = -days, -exact
	}
	return days, exact, nil
}

// addDuration adds a parsed DURATION: the nominal days on the wall clock,
// then the exact part (RFC 5545 §3.3.6).
func addDuration(t time.Time, days int, exact time.Duration) time.Time {
	if days != 0 {
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		t = wallTime(t.Location(), y, int(m), d+days, h, mi, s)
	}
	return t.Add(exact)
}

// parseUTCOffset reads "+0100", "-0500" or "+053000" (RFC 5545 §3.3.14)
// into seconds east of UTC. "+01:00" is accepted as well.
func parseUTCOffset(s string) (int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ":", "")
	if len(s) != 5 && len(s) != 7 {
		return 0, fmt.Errorf("malformed utc offset %q", truncate(s))
	}
	sign := 1
	switch s[0] {
	case '+':
	case '-':
		sign = -1
	default:
		return 0, fmt.Errorf("malformed utc offset %q", truncate(s))
	}
	h, ok1 := digits(s[1:3])
	m, ok2 := digits(s[3:5])
	sec, ok3 := 0, true
	if len(s) == 7 {
		sec, ok3 = digits(s[5:7])
	}
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 59 {
		return 0, fmt.Errorf("malformed utc offset %q", truncate(s))
	}
	return sign * (h*3600 + m*60 + sec), nil
}

// unescapeText undoes TEXT escaping (RFC 5545 §3.3.11): \\ \; \, \n \N.
// Outlook also writes "\:"; an unknown escape keeps its backslash.
func unescapeText(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		case '\\', ';', ',', ':', '"':
			b.WriteByte(s[i])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// splitList splits a comma-separated list value (EXDATE, RDATE), skipping
// empty items.
func splitList(s string) []string {
	parts := strings.Split(s, ",")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// truncate shortens s for error messages, so that a huge bad value does
// not end up whole in a log line.
func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
