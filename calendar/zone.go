package calendar

import (
	"strings"
	"sync"
	"time"

	// Interview times must not depend on whether the host has
	// /usr/share/zoneinfo (containers often lack it); the embedded copy is
	// only used when the system one is missing.
	_ "time/tzdata"
)

// zones resolves TZID parameters (RFC 5545 §3.2.19) for one Parse call.
//
// Order, most trusted first:
//  1. an IANA name ("Europe/Berlin"), which the tz database knows better
//     than any VTIMEZONE copy of it;
//  2. a Windows name as Outlook and Exchange write it, via the CLDR;
//  3. an IANA name at the end of the TZID ("/mozilla.org/20050126_1/
//     Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/...");
//  4. the X-LIC-LOCATION of the VTIMEZONE with that TZID, else the
//     VTIMEZONE's own rules;
//  5. a "(GMT+01.00) ..." or "(UTC-05:00) ..." prefix, read as a fixed
//     offset;
//  6. the default location, with a warning: RFC 5545 says the TZID must
//     name a VTIMEZONE in the object, and a time read in the user's own
//     zone is the least surprising guess when it does not.
type zones struct {
	def   *time.Location
	vtz   map[string]*component // VTIMEZONE by TZID
	cache map[string]*time.Location
	warn  func(format string, args ...any)
	built int // VTIMEZONEs turned into locations so far
	// defUsed is set when a time was read in def (Calendar.DefaultZoneUsed).
	defUsed bool
}

// maxBuilt bounds the VTIMEZONEs one Parse turns into locations: a real
// invitation has one or two, a feed a handful, and each costs some work.
const maxBuilt = 32

func newZones(def *time.Location, cals []*component, warn func(string, ...any)) *zones {
	z := &zones{def: def, vtz: make(map[string]*component), cache: make(map[string]*time.Location), warn: warn}
	for _, cal := range cals {
		for _, c := range cal.children {
			if c.name != "VTIMEZONE" {
				continue
			}
			if id := strings.TrimSpace(c.value("TZID")); id != "" {
				if _, dup := z.vtz[id]; !dup {
					z.vtz[id] = c
				}
			}
		}
	}
	return z
}

// location returns the zone for a TZID; "" means floating, the default.
func (z *zones) location(tzid string) *time.Location {
	tzid = strings.TrimSpace(tzid)
	if tzid == "" {
		z.defUsed = true
		return z.def
	}
	if loc, ok := z.cache[tzid]; ok {
		return loc
	}
	tzid = strings.Clone(tzid) // location names outlive the input
	loc := z.resolve(tzid)
	z.cache[tzid] = loc
	return loc
}

func (z *zones) resolve(tzid string) *time.Location {
	if loc := loadIANA(tzid); loc != nil {
		return loc
	}
	if iana, ok := WindowsToIANA(tzid); ok {
		if loc := loadIANA(iana); loc != nil {
			return loc
		}
	}
	if loc := ianaSuffix(tzid); loc != nil {
		return loc
	}
	if vtz := z.vtz[tzid]; vtz != nil {
		if loc := loadIANA(strings.TrimSpace(vtz.value("X-LIC-LOCATION"))); loc != nil {
			return loc
		}
		if z.built < maxBuilt {
			z.built++
			loc, err := vtimezoneLocation(tzid, vtz)
			if err == nil {
				return loc
			}
			z.warn("time zone %q: %v", truncate(tzid), err)
		}
	}
	if off, ok := gmtPrefix(tzid); ok {
		z.warn("time zone %q: read as fixed offset, daylight saving time ignored", truncate(tzid))
		return time.FixedZone(tzid, off)
	}
	z.warn("time zone %q unknown, read in %s", truncate(tzid), z.def)
	z.defUsed = true
	return z.def
}

// ianaCache keeps the locations loaded so far: a feed refresh should not
// read the same zoneinfo file again. Only successes are kept, so the map
// stays as small as the tz database.
var ianaCache sync.Map

// loadIANA loads name from the tz database, or returns nil. Only names
// shaped like tz database names are tried, so that a TZID from mail never
// becomes an arbitrary path.
func loadIANA(name string) *time.Location {
	if name == "" || len(name) > 64 || name == "Local" || !ianaShaped(name) {
		return nil
	}
	if loc, ok := ianaCache.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	ianaCache.Store(name, loc)
	return loc
}

func ianaShaped(s string) bool {
	if s[0] == '/' || s[len(s)-1] == '/' || strings.Contains(s, "..") || strings.Contains(s, "//") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return true
}

// ianaSuffix tries the last three, two and one "/"-separated parts of the
// TZID, which finds the IANA name inside the prefixes Mozilla and libical
// used to write ("/mozilla.org/20050126_1/Europe/Berlin", "/Europe/Berlin").
func ianaSuffix(tzid string) *time.Location {
	parts := strings.Split(strings.Trim(tzid, "/ "), "/")
	for n := min(3, len(parts)); n >= 1; n-- {
		if loc := loadIANA(strings.Join(parts[len(parts)-n:], "/")); loc != nil {
			return loc
		}
	}
	return nil
}

// gmtPrefix reads the offset from TZIDs such as "(GMT+01.00) Amsterdam /
// Berlin", "(UTC-05:00) Eastern Time" or "GMT +0100 (Standard)", which old
// Outlook versions wrote.
func gmtPrefix(tzid string) (int, bool) {
	s := strings.TrimLeft(tzid, "( ")
	u := strings.ToUpper(s)
	if !strings.HasPrefix(u, "GMT") && !strings.HasPrefix(u, "UTC") {
		return 0, false
	}
	s = strings.TrimLeft(s[3:], " ")
	if s == "" || s[0] == ')' {
		return 0, true
	}
	if s[0] != '+' && s[0] != '-' {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = strings.TrimLeft(s[1:], " ")
	var h, m, n int
	for n < len(s) && n < 2 && s[n] >= '0' && s[n] <= '9' {
		h = h*10 + int(s[n]-'0')
		n++
	}
	if n == 0 {
		return 0, false
	}
	s = s[n:]
	if len(s) > 0 && (s[0] == ':' || s[0] == '.') {
		s = s[1:]
	}
	if len(s) >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' {
		m = int(s[0]-'0')*10 + int(s[1]-'0')
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}
