package interview

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// Dates written in words ("Thursday, December 3 at 4:00 PM CET") are read
// with the rules of github.com/olebedev/when. Its Parser is not used as a
// whole because it keeps only the first match of each rule and the first
// cluster of matches ("now" early in a sentence hides the date after it),
// and because it builds the time by setting the month on the reference day
// (January 31 + "February 3" lands in March). Here every match is
// collected, the cluster that holds a clock time is chosen, the rules fill
// a rules.Context, and the date is built from it in the zone the text names.

type ruleKind int

const (
	dateRule ruleKind = iota
	timeRule
)

type textRule struct {
	rule rules.Rule
	kind ruleKind
}

// Deadline ("in 2 hours"), PastTime ("2 hours ago") and CasualTime ("this
// afternoon") are left out: none of them fixes an interview's time.
var textRules = []textRule{
	{isoDateRule, dateRule},
	{numericDateRule, dateRule},
	{germanDateRule, dateRule},
	{yearRule, dateRule},
	{en.ExactMonthDate(rules.Override), dateRule},
	{en.Weekday(rules.Override), dateRule},
	{en.CasualDate(rules.Override), dateRule},
	{en.HourMinute(rules.Override), timeRule},
	{en.Hour(rules.Override), timeRule},
	{germanHourRule, timeRule},
}

// clusterGap is how far apart (in bytes) the parts of one date may be:
// "Thursday, December 3, 2026 at 4:00 PM" has gaps of ", " and " at ".
const clusterGap = 10

func setInt(p **int, v int) { *p = &v }

var (
	isoDateRule = &rules.F{
		RegExp: regexp.MustCompile(`(?:\W|^)(20\d\d)-(\d\d)-(\d\d)(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			y, _ := strconv.Atoi(m.Captures[0])
			mo, _ := strconv.Atoi(m.Captures[1])
			d, _ := strconv.Atoi(m.Captures[2])
			setInt(&c.Year, y)
			setInt(&c.Month, mo)
			setInt(&c.Day, d)
			return true, nil
		},
	}
	// 08.12.2026 and 8.12. as written in German; the year is optional.
	numericDateRule = &rules.F{
		RegExp: regexp.MustCompile(`(?:\W|^)(\d{1,2})\.(\d{1,2})\.((?:20)?\d\d)?(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			d, _ := strconv.Atoi(m.Captures[0])
			mo, _ := strconv.Atoi(m.Captures[1])
			if d < 1 || d > 31 || mo < 1 || mo > 12 {
				return false, nil
			}
			setInt(&c.Day, d)
			setInt(&c.Month, mo)
			if m.Captures[2] != "" {
				y, _ := strconv.Atoi(m.Captures[2])
				if y < 100 {
					y += 2000
				}
				setInt(&c.Year, y)
			}
			return true, nil
		},
	}
	germanDateRule = &rules.F{
		RegExp: regexp.MustCompile(`(?i)(?:\W|^)(\d{1,2})\.\s*(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?:\s+(20\d\d))?(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			d, _ := strconv.Atoi(m.Captures[0])
			mo := germanMonths[strings.ToLower(m.Captures[1])]
			if d < 1 || d > 31 || mo == 0 {
				return false, nil
			}
			setInt(&c.Day, d)
			setInt(&c.Month, mo)
			if m.Captures[2] != "" {
				y, _ := strconv.Atoi(m.Captures[2])
				setInt(&c.Year, y)
			}
			return true, nil
		},
	}
	// A year next to a date: "December 3, 2026". ExactMonthDate reads the
	// day and month but not the year.
	yearRule = &rules.F{
		RegExp: regexp.MustCompile(`(?:\W|^)(20\d\d)(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			y, _ := strconv.Atoi(m.Captures[0])
			setInt(&c.Year, y)
			return true, nil
		},
	}
	// "14 Uhr", "9.30 Uhr", "09:30 Uhr".
	germanHourRule = &rules.F{
		RegExp: regexp.MustCompile(`(?i)(?:\W|^)(\d{1,2})(?:[:.](\d\d))?\s*uhr(?:\W|$)`),
		Applier: func(m *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
			h, _ := strconv.Atoi(m.Captures[0])
			mins := 0
			if m.Captures[1] != "" {
				mins, _ = strconv.Atoi(m.Captures[1])
			}
			if h > 23 || mins > 59 {
				return false, nil
			}
			setInt(&c.Hour, h)
			setInt(&c.Minute, mins)
			return true, nil
		},
	}
)

var germanMonths = map[string]int{
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
	"juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}

type ruleMatch struct {
	*rules.Match
	order int // index in textRules: rules are applied in that order
	kind  ruleKind
}

// allMatches returns every match of every rule, not only the first.
func allMatches(s string) []ruleMatch {
	var out []ruleMatch
	for i, r := range textRules {
		for off := 0; off < len(s); {
			m := r.rule.Find(s[off:])
			if m == nil || m.Right <= 0 {
				break
			}
			m.Left += off
			m.Right += off
			out = append(out, ruleMatch{m, i, r.kind})
			off = m.Right
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Left != out[j].Left {
			return out[i].Left < out[j].Left
		}
		return out[i].order < out[j].order
	})
	// A clock time inside a date ("2026-12-03" read as 12:03) is no time,
	// and of two readings of one clock time the leftmost wins: Hour reads
	// "00 PM" inside "4:00 PM" as noon.
	kept := out[:0]
	for _, m := range out {
		if m.kind == timeRule && (overlapsDate(m, out) || overlapsTime(m, kept)) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

func overlapsTime(m ruleMatch, kept []ruleMatch) bool {
	for _, k := range kept {
		if k.kind == timeRule && k.Left < m.Right && m.Left < k.Right {
			return true
		}
	}
	return false
}

func overlapsDate(m ruleMatch, all []ruleMatch) bool {
	for _, d := range all {
		if d.kind == dateRule && textRules[d.order].rule != yearRule && d.Left < m.Right && m.Left < d.Right {
			return true
		}
	}
	return false
}

// foundTime is a point in time read from text.
type foundTime struct {
	Start time.Time
	// Dur is the length the text gives with a range ("10:00 – 11:00"),
	// or zero.
	Dur  time.Duration
	Text string // the words the time was read from
	Zone string // the zone as written, "" when the reference's zone was used
}

var rangeRE = regexp.MustCompile(`(?i)(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?)?\s*(?:-|–|—|to|until|bis)\s*(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?)?`)

// timeIn reads a date and a clock time from one sentence, relative to ref
// (the message's Date): weekdays and "tomorrow" count from ref's day in the
// zone the sentence names, or in ref's own zone. ok is false unless both a
// day and a clock time are there.
func timeIn(s string, ref time.Time) (foundTime, bool) {
	if ref.IsZero() || len(s) > 2000 {
		return foundTime{}, false
	}
	// Every time rule (HourMinute, Hour, germanHourRule) needs
	// an ASCII digit, and timeCluster needs a time rule.
	if !strings.ContainsAny(s, "0123456789") {
		return foundTime{}, false
	}
	loc, zone, named := zoneIn(s)
	if !named {
		loc = ref.Location()
	}
	base := ref.In(loc)
	cl, ok := timeCluster(allMatches(s))
	if !ok {
		return foundTime{}, false
	}
	ctx := &rules.Context{}
	sort.SliceStable(cl, func(i, j int) bool { return cl[i].order < cl[j].order })
	seen := map[int]bool{}
	for _, m := range cl {
		if seen[m.order] {
			continue // the first match of a rule in the cluster wins
		}
		seen[m.order] = true
		if _, err := m.Apply(ctx, &rules.Options{}, base); err != nil {
			return foundTime{}, false
		}
	}
	left, right := len(s), 0
	for _, m := range cl {
		left, right = min(left, m.Left), max(right, m.Right)
	}
	text := strings.TrimSpace(s[left:right])
	start, ok := buildTime(ctx, base, strings.ToLower(text))
	if !ok {
		return foundTime{}, false
	}
	ft := foundTime{Start: start, Text: text}
	if named {
		ft.Zone = zone
	}
	ft.Start, ft.Dur = applyRange(s[left:], ft.Start)
	return ft, true
}

// timeCluster groups matches that lie within clusterGap of each other and
// returns the first group that holds a clock time.
func timeCluster(ms []ruleMatch) ([]ruleMatch, bool) {
	for i := 0; i < len(ms); {
		j, end, hasTime := i+1, ms[i].Right, ms[i].kind == timeRule
		for j < len(ms) && ms[j].Left <= end+clusterGap {
			end = max(end, ms[j].Right)
			hasTime = hasTime || ms[j].kind == timeRule
			j++
		}
		if hasTime {
			return ms[i:j], true
		}
		i = j
	}
	return nil, false
}

// buildTime turns the context into a time in base's zone. A month without
// a day is no date ("we may reach out"); a date without a year is the next
// one that is not months in the past.
func buildTime(ctx *rules.Context, base time.Time, lowText string) (time.Time, bool) {
	if ctx.Hour == nil {
		return time.Time{}, false
	}
	y, mo, d := base.Date()
	dated := false
	if days := int(ctx.Duration / (24 * time.Hour)); days != 0 {
		y, mo, d = base.AddDate(0, 0, days).Date()
		dated = true
	}
	if ctx.Month != nil && ctx.Day != nil {
		mo, d = time.Month(*ctx.Month), *ctx.Day
		dated = true
		switch {
		case ctx.Year != nil:
			y = *ctx.Year
		case time.Date(y, mo, d, 23, 59, 0, 0, base.Location()).Before(base.AddDate(0, -2, 0)):
			y++
		}
	}
	if !dated && (strings.Contains(lowText, "today") || strings.Contains(lowText, "tonight")) {
		dated = true
	}
	if !dated {
		return time.Time{}, false
	}
	minute := 0
	if ctx.Minute != nil {
		minute = *ctx.Minute
	}
	t := time.Date(y, mo, d, *ctx.Hour, minute, 0, 0, base.Location())
	if t.Day() != d || t.Month() != mo {
		return time.Time{}, false // "February 30"
	}
	return t, true
}

// applyRange looks right after the start for "– 11:00 AM" and returns the
// start, corrected when only the end says "PM" ("4:00 – 4:30 PM"), and the
// range's length.
func applyRange(s string, start time.Time) (time.Time, time.Duration) {
	m := rangeRE.FindStringSubmatch(s)
	if m == nil {
		return start, 0
	}
	h1, _ := strconv.Atoi(m[1])
	h2, _ := strconv.Atoi(m[4])
	m2 := 0
	if m[5] != "" {
		m2, _ = strconv.Atoi(m[5])
	}
	if h1%12 != start.Hour()%12 || h2 > 23 || m2 > 59 {
		return start, 0
	}
	if m[3] == "" && isPM(m[6]) && start.Hour() < 12 && h1 < 12 && h1+12 <= to24(h2, m[6]) {
		start = start.Add(12 * time.Hour)
	}
	end := time.Date(start.Year(), start.Month(), start.Day(), to24(h2, m[6]), m2, 0, 0, start.Location())
	dur := end.Sub(start)
	if dur <= 0 || dur > 8*time.Hour {
		return start, 0
	}
	return start, dur
}

func isPM(s string) bool { return strings.HasPrefix(strings.ToLower(s), "p") }

func to24(h int, meridiem string) int {
	switch {
	case meridiem == "":
		return h
	case isPM(meridiem) && h < 12:
		return h + 12
	case !isPM(meridiem) && h == 12:
		return 0
	}
	return h
}

var durationRE = regexp.MustCompile(`(?i)\b(\d{1,3}|one|an|a|two|half an|half-an)[\s-]?(minutes?|mins?|minuten|hours?|hrs?|stunden?|h)\b(?:[\s-]+[a-z]+)?(?:[\s-]+(?:long|call|chat|interview|conversation|meeting|session|slot|video|phone|gespräch|telefonat))`)

// statedDuration finds a length given in words: "a 30-minute call",
// "one-hour interview", "45 minutes long". Zero when none is given.
func statedDuration(text string) time.Duration {
	m := durationRE.FindStringSubmatch(text)
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
