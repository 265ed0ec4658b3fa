package interview

import (
	"strconv"
	"strings"
	"time"
)

var durationRE = lazyRE(`(?i)\b(\d{1,3}|one|an|a|two|half an|half-an)[\s-]?(minutes?|mins?|minuten|hours?|hrs?|stunden?|h)\b(?:[\s-]+[a-z]+)?(?:[\s-]+(?:long|call|chat|interview|conversation|meeting|session|slot|video|phone|gespräch|telefonat))`)

// statedDuration finds a length given in words: "a 30-minute call",
// "one-hour interview", "45 minutes long". Zero when none is given.
func statedDuration(text string) time.Duration {
	m := durationRE.re().FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n := 0
	switch strings.ToLower(m[1]) {
	case "one", "an", "a":
		n = 1
	case "two":
		n = 2
	case "half an", "half-an":
		return 30 * time.Minute
	default:
		n, _ = strconv.Atoi(m[1])
	}
	unit := time.Minute
	if u := strings.ToLower(m[2]); strings.HasPrefix(u, "h") || strings.HasPrefix(u, "stunde") {
		unit = time.Hour
	}
	d := time.Duration(n) * unit
	if d < 10*time.Minute || d > 8*time.Hour {
		return 0
	}
	return d
}
