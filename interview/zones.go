package interview

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Zone abbreviations as people write them after a time ("4:00 PM CET").
// An abbreviation names a region, and the region's rules give the offset on
// that date: people write "EST" in July and "CET" in August and mean the
// local time there, so "2 pm EST" in July is 14:00 in New York (EDT). GMT
// and UTC are exact. IST is read as India, the common meaning in recruiting
// mail; CST as US Central. fixed is the standard offset, used when the time
// zone database is missing.
var zoneAbbrevs = map[string]struct {
	iana  string
	fixed int // seconds east of UTC
}{
	"UTC":  {"UTC", 0},
	"GMT":  {"UTC", 0},
	"Z":    {"UTC", 0},
	"BST":  {"Europe/London", 3600},
	"WET":  {"Europe/Lisbon", 0},
	"WEST": {"Europe/Lisbon", 3600},
	"CET":  {"Europe/Berlin", 3600},
	"CEST": {"Europe/Berlin", 7200},
	"MEZ":  {"Europe/Berlin", 3600},
	"MESZ": {"Europe/Berlin", 7200},
	"EET":  {"Europe/Athens", 7200},
	"EEST": {"Europe/Athens", 10800},
	"MSK":  {"Europe/Moscow", 10800},
	"IST":  {"Asia/Kolkata", 19800},
	"SGT":  {"Asia/Singapore", 28800},
	"HKT":  {"Asia/Hong_Kong", 28800},
	"JST":  {"Asia/Tokyo", 32400},
	"KST":  {"Asia/Seoul", 32400},
	"AEST": {"Australia/Sydney", 36000},
	"AEDT": {"Australia/Sydney", 39600},
	"NZST": {"Pacific/Auckland", 43200},
	"NZDT": {"Pacific/Auckland", 46800},
	"EST":  {"America/New_York", -18000},
	"EDT":  {"America/New_York", -18000},
	"ET":   {"America/New_York", -18000},
	"CST":  {"America/Chicago", -21600},
	"CDT":  {"America/Chicago", -21600},
	"CT":   {"America/Chicago", -21600},
	"MST":  {"America/Denver", -25200},
	"MDT":  {"America/Denver", -25200},
	"MT":   {"America/Denver", -25200},
	"PST":  {"America/Los_Angeles", -28800},
	"PDT":  {"America/Los_Angeles", -28800},
	"PT":   {"America/Los_Angeles", -28800},
}

// Zone names written out in words, lower-case.
var zoneWords = map[string]string{
	"central european time":        "CET",
	"central european summer time": "CEST",
	"mitteleuropäische zeit":       "CET",
	"eastern time":                 "ET",
	"eastern standard time":        "EST",
	"central time":                 "CT",
	"pacific time":                 "PT",
	"pacific standard time":        "PST",
	"mountain time":                "MT",
	"greenwich mean time":          "GMT",
	"british summer time":          "BST",
	"india standard time":          "IST",
	"berlin time":                  "CET",
	"german time":                  "CET",
	"new york time":                "ET",
	"london time":                  "BST",
}

var (
	locMu    sync.Mutex
	locCache = map[string]*time.Location{}
)

// loadLocation loads an IANA zone once; nil when the database lacks it.
func loadLocation(name string) *time.Location {
	locMu.Lock()
	defer locMu.Unlock()
	if loc, ok := locCache[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	locCache[name] = loc
	return loc
}

// abbrevLocation maps an abbreviation to a location; ok is false for an
// unknown one.
func abbrevLocation(abbr string) (*time.Location, bool) {
	z, ok := zoneAbbrevs[abbr]
	if !ok {
		return nil, false
	}
	if z.iana == "UTC" {
		return time.UTC, true
	}
	if loc := loadLocation(z.iana); loc != nil {
		return loc, true
	}
	return time.FixedZone(abbr, z.fixed), true
}

var (
	// "UTC+1", "GMT-05:00", "UTC +5:30": an explicit offset wins over names.
	offsetZoneRE = regexp.MustCompile(`\b(?:UTC|GMT)\s?([+-−])\s?(\d{1,2})(?::?(\d{2}))?\b`)
	// A bare abbreviation in capitals, as a word; lower-case "et" or "ist"
	// are ordinary words in French and German.
	abbrevRE = regexp.MustCompile(`\b([A-Z]{1,4})\b`)
	// An IANA name in the text, e.g. "(America/New_York)".
	ianaRE = regexp.MustCompile(`\b((?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b`)
)

// zoneIn finds the time zone a sentence names and how it was written (for
// Evidence). ok is false when the sentence names none.
func zoneIn(s string) (loc *time.Location, name string, ok bool) {
	if m := ianaRE.FindStringSubmatch(s); m != nil {
		if loc := loadLocation(m[1]); loc != nil {
			return loc, m[1], true
		}
	}
	if m := offsetZoneRE.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[2])
		mins := 0
		if m[3] != "" {
			mins, _ = strconv.Atoi(m[3])
		}
		if h <= 14 && mins < 60 {
			off := h*3600 + mins*60
			if m[1] != "+" {
				off = -off
			}
			return time.FixedZone(strings.ReplaceAll(m[0], " ", ""), off), m[0], true
		}
	}
	low := strings.ToLower(s)
	for _, zw := range zoneWordList {
		if hasWord(low, zw.words) {
			if loc, ok := abbrevLocation(zw.abbr); ok {
				return loc, zw.words, true
			}
		}
	}
	if loc, name, ok := shortZoneAfterTime(s); ok {
		return loc, name, true
	}
	for _, m := range abbrevRE.FindAllStringSubmatch(s, -1) {
		if m[1] == "Z" || m[1] == "ET" || m[1] == "CT" || m[1] == "PT" || m[1] == "MT" {
			// Too short to trust unless right after a time; see zoneAfterTime.
			continue
		}
		if loc, ok := abbrevLocation(m[1]); ok {
			return loc, m[1], true
		}
	}
	return nil, "", false
}

type zoneWord struct{ words, abbr string }

// zoneWordList is zoneWords longest first, so that "central european
// summer time" wins over "central european time" and the result does not
// depend on map order.
var zoneWordList = func() []zoneWord {
	out := make([]zoneWord, 0, len(zoneWords))
	for w, a := range zoneWords {
		out = append(out, zoneWord{w, a})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].words) != len(out[j].words) {
			return len(out[i].words) > len(out[j].words)
		}
		return out[i].words < out[j].words
	})
	return out
}()

// shortZoneAfterTime catches two-letter zones ("2pm ET", "10:00 PT") that
// are only trusted right after a clock time.
var shortZoneAfterTimeRE = regexp.MustCompile(`(?i:\d\s?(?:a\.?m\.?|p\.?m\.?)|\d:\d\d)\s?\(?(ET|CT|PT|MT)\b`)

func shortZoneAfterTime(s string) (*time.Location, string, bool) {
	m := shortZoneAfterTimeRE.FindStringSubmatch(s)
	if m == nil {
		return nil, "", false
	}
	loc, ok := abbrevLocation(m[1])
	return loc, m[1], ok
}
