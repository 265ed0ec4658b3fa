package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Phrase is a timing phrase of a rule, such as "2 business days" or
// "next business day", counted from a trigger instant. The zero Phrase means
// "immediately".
type Phrase struct {
	kind phraseKind
	n    int           // count of days, weeks or business days
	d    time.Duration // length of a clock duration
}

type phraseKind int

const (
	phraseNow             phraseKind = iota // the trigger itself
	phraseClock                             // elapsed time: 90m, 2h
	phraseDays                              // calendar days on the wall clock
	phraseWeeks                             // 7 calendar days each
	phraseBusinessDays                      // workdays that are not holidays
	phraseSameDay                           // until the next local midnight
	phraseNextDay                           // until the end of the following day
	phraseNextBusinessDay                   // until the end of the following business day
	phraseWithinWeek                        // 7 days after the trigger
	phraseThisWeek                          // until the end of the work week
)

// Limits keep phrases meaningful for a job search and keep the day-by-day
// walks of business days short; ten years is far beyond any follow-up.
const (
	maxClock        = 10 * 365 * 24 * time.Hour
	maxDays         = 10 * 365
	maxWeeks        = 10 * 52
	maxBusinessDays = 10 * 260
)

// accepted is shown in every parse error so that a user can fix the config
// without reading the docs.
const accepted = `0, immediately, 90m, 2h, 1h30m, 30 minutes, 2 hours, 3 days, ` +
	`2 business days, 1 week, 2 weeks, same day, next day, next business day, ` +
	`within the week, the week, a week, this week`

var compactClock = regexp.MustCompile(`^(?:([0-9]+)h)?(?:([0-9]+)m)?$`)

// ParsePhrase parses a timing phrase, ignoring case and extra spaces.
func ParsePhrase(s string) (Phrase, error) {
	norm := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	switch norm {
	case "0", "immediately":
		return Phrase{}, nil
	case "same day":
		return Phrase{kind: phraseSameDay}, nil
	case "next day":
		return Phrase{kind: phraseNextDay}, nil
	case "next business day":
		return Phrase{kind: phraseNextBusinessDay}, nil
	case "within the week", "the week", "a week":
		return Phrase{kind: phraseWithinWeek}, nil
	case "this week":
		return Phrase{kind: phraseThisWeek}, nil
	}
	p, ok, err := parseCompact(norm)
	if !ok {
		p, ok, err = parseCounted(norm)
	}
	if err != nil {
		return Phrase{}, fmt.Errorf("phrase %q: %w", s, err)
	}
	if !ok {
		return Phrase{}, fmt.Errorf("phrase %q: not understood; accepted: %s", s, accepted)
	}
	return p, nil
}

// parseCompact reads "90m", "2h", "1h30m" and the same with spaces
// ("1h 30m").
func parseCompact(norm string) (Phrase, bool, error) {
	m := compactClock.FindStringSubmatch(strings.ReplaceAll(norm, " ", ""))
	if m == nil || (m[1] == "" && m[2] == "") {
		return Phrase{}, false, nil
	}
	var d time.Duration
	for i, unit := range []time.Duration{time.Hour, time.Minute} {
		if m[i+1] == "" {
			continue
		}
		n, err := count(m[i+1], int(maxClock/unit))
		if err != nil {
			return Phrase{}, true, err
		}
		d += time.Duration(n) * unit
	}
	return clockPhrase(d)
}

// parseCounted reads "<number> <unit>" such as "30 minutes" or
// "2 business days".
func parseCounted(norm string) (Phrase, bool, error) {
	num, unit, found := strings.Cut(norm, " ")
	if !found || !isDigits(num) {
		return Phrase{}, false, nil
	}
	var (
		kind  phraseKind
		limit int
		clock time.Duration
	)
	switch unit {
	case "minute", "minutes":
		kind, clock, limit = phraseClock, time.Minute, int(maxClock/time.Minute)
	case "hour", "hours":
		kind, clock, limit = phraseClock, time.Hour, int(maxClock/time.Hour)
	case "day", "days":
		kind, limit = phraseDays, maxDays
	case "business day", "business days":
		kind, limit = phraseBusinessDays, maxBusinessDays
	case "week", "weeks":
		kind, limit = phraseWeeks, maxWeeks
	default:
		return Phrase{}, false, nil
	}
	n, err := count(num, limit)
	if err != nil {
		return Phrase{}, true, err
	}
	if kind == phraseClock {
		return clockPhrase(time.Duration(n) * clock)
	}
	if n == 0 {
		return Phrase{}, true, nil
	}
	return Phrase{kind: kind, n: n}, true, nil
}

func clockPhrase(d time.Duration) (Phrase, bool, error) {
	switch {
	case d > maxClock:
		return Phrase{}, true, fmt.Errorf("longer than %s", maxClock)
	case d == 0:
		return Phrase{}, true, nil
	}
	return Phrase{kind: phraseClock, d: d}, true, nil
}

// count parses a non-negative decimal number not above limit.
func count(s string, limit int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n > limit {
		return 0, fmt.Errorf("%s is too large, at most %d", s, limit)
	}
	return n, nil
}

// isDigits rejects the signs that strconv.Atoi would take.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// String returns the canonical text of the phrase; ParsePhrase reads it back
// to the same Phrase.
func (p Phrase) String() string {
	switch p.kind {
	case phraseClock:
		h, m := p.d/time.Hour, (p.d%time.Hour)/time.Minute
		switch {
		case h == 0:
			return fmt.Sprintf("%dm", m)
		case m == 0:
			return fmt.Sprintf("%dh", h)
		}
		return fmt.Sprintf("%dh%dm", h, m)
	case phraseDays:
		return plural(p.n, "day")
	case phraseWeeks:
		return plural(p.n, "week")
	case phraseBusinessDays:
		return plural(p.n, "business day")
	case phraseSameDay:
		return "same day"
	case phraseNextDay:
		return "next day"
	case phraseNextBusinessDay:
		return "next business day"
	case phraseWithinWeek:
		return "within the week"
	case phraseThisWeek:
		return "this week"
	}
	return "immediately"
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// MarshalText lets configs and JSON output carry phrases as their text.
func (p Phrase) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText lets config decoders parse phrases directly.
func (p *Phrase) UnmarshalText(b []byte) error {
	q, err := ParsePhrase(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// From returns the instant the phrase names, counted from t, in the
// schedule's time zone. Days are wall-clock days there, so "1 day" keeps the
// time of day across a DST switch; "2h" is elapsed time.
func (p Phrase) From(t time.Time, s Schedule) time.Time {
	t = t.In(s.loc())
	switch p.kind {
	case phraseClock:
		return t.Add(p.d)
	case phraseDays:
		return t.AddDate(0, 0, p.n)
	case phraseWeeks:
		return t.AddDate(0, 0, 7*p.n)
	case phraseWithinWeek:
		return t.AddDate(0, 0, 7)
	case phraseBusinessDays:
		return s.addBusinessDays(t, p.n)
	case phraseSameDay:
		return addDays(startOfDay(t), 1)
	case phraseNextDay:
		return addDays(startOfDay(t), 2)
	case phraseNextBusinessDay:
		day := s.nextBusinessDay(startOfDay(t))
		return addDays(day, 1)
	case phraseThisWeek:
		return s.endOfWorkWeek(t)
	}
	return t
}
