package calendar

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// A VTIMEZONE (RFC 5545 §3.6.5) turned into a *time.Location, for TZIDs
// that name no zone we know ("Customized Time Zone", "(GMT+01.00)
// Amsterdam / Berlin"). Each STANDARD or DAYLIGHT observance says at which
// local times (DTSTART, RRULE, RDATE) the offset changes from TZOFFSETFROM
// to TZOFFSETTO. We list those changes as UTC instants over the years that
// matter and hand them to the time package as a TZif file, the same
// format as /usr/share/zoneinfo, so that the location behaves like any
// IANA one, DST included.

// The transitions are computed for these years; before, the first
// observance's TZOFFSETFROM holds, after, the last offset.
const (
	vtzFirstYear = 1900
	vtzLastYear  = 2100
)

const maxTransitions = 2000

type transition struct {
	at   int64 // Unix seconds
	kind int   // index into types
}

type zoneType struct {
	offset int
	dst    bool
	name   string
}

// vtimezoneLocation builds the location that a VTIMEZONE describes.
func vtimezoneLocation(tzid string, vtz *component) (*time.Location, error) {
	var types []zoneType
	var trans []transition
	typeIndex := func(t zoneType) int {
		if i := slices.Index(types, t); i >= 0 {
			return i
		}
		types = append(types, t)
		return len(types) - 1
	}
	// Type 0 is the time before the first transition; filled in below.
	types = append(types, zoneType{})

	firstFrom, firstAt := 0, int64(math.MaxInt64)
	observances := 0
	for _, obs := range vtz.children {
		if obs.name != "STANDARD" && obs.name != "DAYLIGHT" {
			continue
		}
		to, err := parseUTCOffset(obs.value("TZOFFSETTO"))
		if err != nil {
			return nil, fmt.Errorf("vtimezone %q: %w", truncate(tzid), err)
		}
		from, err := parseUTCOffset(obs.value("TZOFFSETFROM"))
		if err != nil {
			from = to // a missing FROM is harmless for all but the first change
		}
		observances++
		kind := typeIndex(zoneType{offset: to, dst: obs.name == "DAYLIGHT", name: zoneAbbrev(obs.value("TZNAME"), to)})
		err = observanceOnsets(obs, from, func(at int64) bool {
			if at < firstAt {
				firstAt, firstFrom = at, from
			}
			trans = append(trans, transition{at: at, kind: kind})
			return len(trans) < maxTransitions
		})
		if err != nil {
			return nil, fmt.Errorf("vtimezone %q: %w", truncate(tzid), err)
		}
		// Abbreviation offsets in TZif are bytes: 20 types of at most 11
		// bytes each stay below 256. Real zones have two or three.
		if len(types) > 20 {
			return nil, fmt.Errorf("vtimezone %q: too many observances", truncate(tzid))
		}
	}
	if observances == 0 || len(trans) == 0 {
		return nil, fmt.Errorf("vtimezone %q: no usable STANDARD or DAYLIGHT", truncate(tzid))
	}
	types[0] = zoneType{offset: firstFrom, name: zoneAbbrev("", firstFrom)}

	// Sort, and where two observances claim the same instant let the one
	// listed last win, as a later edit of the zone would.
	slices.SortStableFunc(trans, func(a, b transition) int { return cmp.Compare(a.at, b.at) })
	out := trans[:0]
	for _, t := range trans {
		if n := len(out); n > 0 && out[n-1].at == t.at {
			out[n-1] = t
			continue
		}
		out = append(out, t)
	}
	if len(types) == 2 && len(out) == 1 {
		return time.FixedZone(tzid, types[1].offset), nil
	}
	return time.LoadLocationFromTZData(tzid, encodeTZif(types, out))
}

// observanceOnsets calls f with each UTC instant at which the observance
// starts, up to vtzLastYear, skipping rule instances before vtzFirstYear
// when it can (without COUNT the rule walk jumps ahead). Onset local times are in the
// offset that was in force before them, TZOFFSETFROM (§3.8.3.3).
func observanceOnsets(obs *component, from int, f func(int64) bool) error {
	start, err := parseCivil(obs.value("DTSTART"))
	if err != nil {
		return fmt.Errorf("observance DTSTART: %w", err)
	}
	startNaive := start.naive()
	lo := daysFromCivil(vtzFirstYear, 1, 1) * secondsPerDay
	hi := daysFromCivil(vtzLastYear+1, 1, 1) * secondsPerDay
	emit := func(naive int64) bool {
		if naive > hi {
			return true
		}
		return f(naive - int64(from))
	}
	rules := 0
	var errs []error
	obs.all("RRULE", func(p *prop) {
		r, err := parseRRule(p.value)
		if err != nil {
			errs = append(errs, err)
			return
		}
		if r.freq < monthly {
			// Offsets change a few times a year; a faster rule is an
			// attack on the expansion, not a time zone.
			errs = append(errs, fmt.Errorf("observance rule more frequent than monthly"))
			return
		}
		rules++
		until := int64(math.MaxInt64)
		if r.until != "" {
			if u, err := parseCivil(r.until); err == nil {
				until = u.naive()
				if u.utc {
					until += int64(from)
				}
				if u.date {
					until += secondsPerDay - 1
				}
			}
		}
		if err := r.each(startNaive, until, hi, lo, nil, emit); err != nil {
			errs = append(errs, err)
		}
	})
	if rules == 0 {
		emit(startNaive)
	}
	obs.all("RDATE", func(p *prop) {
		for _, v := range splitList(p.value) {
			v, _, _ = strings.Cut(v, "/") // a PERIOD's start
			if c, err := parseCivil(v); err == nil {
				emit(c.naive())
			}
		}
	})
	if rules > 0 && len(errs) == rules {
		return errors.Join(errs...)
	}
	return nil
}

// naive returns the wall-clock reading as seconds since 1970-01-01T00:00
// with no zone, the unit of the recurrence engine.
func (c civil) naive() int64 {
	return daysFromCivil(c.year, c.month, c.day)*secondsPerDay + int64(c.hour*3600+c.minute*60+c.second)
}

// zoneAbbrev keeps a TZNAME that looks like an abbreviation ("CEST",
// "+03") and otherwise names the offset, "+0130".
func zoneAbbrev(name string, offset int) string {
	name = strings.TrimSpace(name)
	ok := len(name) >= 2 && len(name) <= 10
	for i := 0; ok && i < len(name); i++ {
		c := name[i]
		ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-'
	}
	if ok {
		return name
	}
	sign := byte('+')
	if offset < 0 {
		sign, offset = '-', -offset
	}
	return fmt.Sprintf("%c%02d%02d", sign, offset/3600, offset/60%60)
}

// encodeTZif writes a version 2 TZif file (RFC 8536) with an empty
// version 1 block, which the time package skips.
func encodeTZif(types []zoneType, trans []transition) []byte {
	var abbrev []byte
	abbrIdx := make([]int, len(types))
	for i, t := range types {
		abbrIdx[i] = len(abbrev)
		abbrev = append(abbrev, t.name...)
		abbrev = append(abbrev, 0)
	}
	header := func(b []byte, timecnt, typecnt, charcnt int) []byte {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range []int{0, 0, 0, timecnt, typecnt, charcnt} {
			b = binary.BigEndian.AppendUint32(b, uint32(n))
		}
		return b
	}
	b := header(nil, 0, 0, 0)
	b = header(b, len(trans), len(types), len(abbrev))
	for _, t := range trans {
		b = binary.BigEndian.AppendUint64(b, uint64(t.at))
	}
	for _, t := range trans {
		b = append(b, byte(t.kind))
	}
	for i, t := range types {
		b = binary.BigEndian.AppendUint32(b, uint32(int32(t.offset)))
		dst := byte(0)
		if t.dst {
			dst = 1
		}
		b = append(b, dst, byte(abbrIdx[i]))
	}
	b = append(b, abbrev...)
	return append(b, '\n', '\n')
}
