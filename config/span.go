package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// spanUnits are the words parseSpan accepts after a number. Go's own
// durations stop at hours, and nobody thinks of a lookback as "1440h".
var spanUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "second": time.Second, "seconds": time.Second,
	"min": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": 24 * time.Hour, "day": 24 * time.Hour, "days": 24 * time.Hour,
	"w": 7 * 24 * time.Hour, "week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

var errSpan = errors.New(`want a duration such as "60 days", "8 weeks", "5m" or "1h30m"`)

// parseSpan reads a positive length of time: a Go duration ("90m",
// "1h30m") or a count and a unit ("60 days", "8 weeks", "1 day"). Days are
// 24 hours: these spans size windows and intervals, not calendar dates.
func parseSpan(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if d, err := time.ParseDuration(s); err == nil {
		if d <= 0 {
			return 0, fmt.Errorf("want a duration above zero, got %q", s)
		}
		return d, nil
	}
	i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return 0, fmt.Errorf("%w, got %q", errSpan, s)
	}
	n, err := strconv.Atoi(s[:i])
	unit, ok := spanUnits[strings.ToLower(strings.TrimSpace(s[i:]))]
	if err != nil || !ok {
		return 0, fmt.Errorf("%w, got %q", errSpan, s)
	}
	if n <= 0 {
		return 0, fmt.Errorf("want a duration above zero, got %q", s)
	}
	const maxSpan = 10 * 365 * 24 * time.Hour // past this, n*unit could overflow
	if time.Duration(n) > maxSpan/unit {
		return 0, fmt.Errorf("want a duration under ten years, got %q", s)
	}
	return time.Duration(n) * unit, nil
}
