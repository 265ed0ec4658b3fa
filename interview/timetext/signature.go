package timetext

import (
	"regexp"
	"strings"
	"time"
	"unicode"
)

// SignatureZone reads where the writer of a text is from its last lines,
// where a signature gives the office: "Austin, TX", "Toronto, ON M5V 2T6",
// "14 Leonard Street, London EC2A 4LX", "Madrid · España". A recruiter who
// writes "Does Thursday 12/3 at 10:30am work?" and signs from Austin means
// Austin's 10:30, as a reader there and here takes it. It returns the
// place as written. Only short lines without an address of mail or web
// count: a sentence that names a city is no signature.
func SignatureZone(text string) (*time.Location, string, bool) {
	lines, long := signature(text)
	for _, line := range lines {
		if loc, place, ok := placeLine(line); ok {
			return loc, place, true
		}
	}
	if loc, place, ok := phoneZone(lines); ok {
		return loc, place, true
	}
	// "Registered in England & Wales No. 08812345. Registered office: 14
	// Queen Square, Bristol BS1 4NT.": a company's legal footer is long,
	// but its postcode says the country as a short line's would.
	for _, line := range long {
		if !legalFooter(line) {
			continue // a sentence that quotes a code is none
		}
		if loc, place, ok := postcodeZone(line); ok {
			return loc, place, true
		}
	}
	return nil, "", false
}

// legalFooter reports a line in which a British or Irish company gives
// its registration, as the law there asks of its letters.
func legalFooter(line string) bool {
	for _, w := range foldedWords(line) {
		switch w {
		case "registered", "ltd", "limited", "plc", "llp", "dac", "teoranta":
			return true
		}
	}
	return false
}

// signature returns the lines of text's end a signature may hold, the
// last first: the last signatureLines lines that are not blank, less
// those holding an address of mail or web or a question; those too long
// for a signature's line apart (a legal footer's).
func signature(text string) (short, long []string) {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < signatureLines; i-- {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		seen++
		if strings.ContainsAny(line, "@?!") || strings.Contains(line, "://") {
			continue
		}
		if len(line) > 60 {
			long = append(long, line)
			continue
		}
		short = append(short, line)
	}
	return short, long
}

// phoneZone reads where the writer is from the international number a
// signature gives when it names no place ("+44 20 3890 5527 | +44 7911
// 555 642"), for the countries of one zone only: +1 is a continent.
// lines are signature's.
func phoneZone(lines []string) (*time.Location, string, bool) {
	for _, line := range lines {
		for _, m := range phoneRE.FindAllStringSubmatch(line, -1) {
			digits := strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, m[1])
			// Calling codes are a prefix code (ITU-T E.164): one of
			// the first three digits' prefixes is the country's.
			for n := 1; n <= 3 && n < len(digits); n++ {
				iana, ok := callingCodeZones[digits[:n]]
				if !ok {
					continue
				}
				if loc := loadLocation(iana); iana != "" && loc != nil {
					return loc, strings.TrimSpace(m[0]), true
				}
				break
			}
		}
	}
	return nil, "", false
}

// phoneRE is an international number as signatures write it: "+44 20
// 3890 5527", "+353 (0)1 662 0419", "+49-30-1234567".
var phoneRE = regexp.MustCompile(`\+(\d[\d \-().]{6,18}\d)`)

// callingCodeZones are the zones of the countries a calling code names,
// "" where it names several zones (North America, Russia, Australia,
// Brazil, Mexico, Indonesia, ...): those say nothing.
var callingCodeZones = map[string]string{
	"1": "", "7": "", "61": "", "55": "", "52": "", "62": "", "54": "America/Argentina/Buenos_Aires",
	"44": "Europe/London", "353": "Europe/Dublin", "49": "Europe/Berlin", "33": "Europe/Paris",
	"34": "Europe/Madrid", "39": "Europe/Rome", "31": "Europe/Amsterdam", "32": "Europe/Brussels",
	"41": "Europe/Zurich", "43": "Europe/Vienna", "45": "Europe/Copenhagen", "46": "Europe/Stockholm",
	"47": "Europe/Oslo", "358": "Europe/Helsinki", "48": "Europe/Warsaw", "420": "Europe/Prague",
	"421": "Europe/Bratislava", "36": "Europe/Budapest", "40": "Europe/Bucharest", "30": "Europe/Athens",
	"90": "Europe/Istanbul", "351": "Europe/Lisbon", "352": "Europe/Luxembourg", "423": "Europe/Vaduz",
	"385": "Europe/Zagreb", "386": "Europe/Ljubljana", "370": "Europe/Vilnius", "371": "Europe/Riga",
	"372": "Europe/Tallinn", "359": "Europe/Sofia", "381": "Europe/Belgrade", "380": "Europe/Kyiv",
	"91": "Asia/Kolkata", "65": "Asia/Singapore", "852": "Asia/Hong_Kong", "81": "Asia/Tokyo",
	"82": "Asia/Seoul", "86": "Asia/Shanghai", "886": "Asia/Taipei", "971": "Asia/Dubai",
	"966": "Asia/Riyadh", "974": "Asia/Qatar", "972": "Asia/Jerusalem", "20": "Africa/Cairo",
	"27": "Africa/Johannesburg", "234": "Africa/Lagos", "254": "Africa/Nairobi", "212": "Africa/Casablanca",
	"64": "Pacific/Auckland", "57": "America/Bogota", "51": "America/Lima", "56": "America/Santiago",
}

// signatureLines is how far up from the end a signature's place is read.
const signatureLines = 8

// placeLine reads a line of an address: a part that begins with a city
// ("London EC2A 4LX"), or a US state's or Canadian province's code or name
// after a place ("Austin, TX 78701", "Portland, Oregon").
func placeLine(line string) (*time.Location, string, bool) {
	parts := strings.FieldsFunc(line, func(r rune) bool {
		return r == ',' || r == '|' || r == '·' || r == '•' || r == '/'
	})
	for i, p := range parts {
		p = strings.TrimSpace(p)
		words := foldedWords(p)
		if len(words) == 0 {
			continue
		}
		if iana, n := cityAt(words, 0); iana != "" && (n == 2 || startsUpper(p)) && !personName(p, n) {
			if loc := loadLocation(iana); loc != nil {
				return loc, p, true
			}
		}
		if i == 0 {
			continue // a region stands after the place it is the region of
		}
		code, rest, _ := strings.Cut(p, " ")
		iana := usRegions[code] // "TX", "ON": upper case as written
		if iana != "" && wordCodes[code] && !zipCodeRE.MatchString(strings.TrimSpace(rest)) && !knownCity(parts[i-1]) {
			// "Birgit Pichler, MA": a degree after a name, not
			// Massachusetts after a town; with a ZIP code or a known
			// city before it, it is the state.
			iana = ""
		}
		if iana == "" {
			iana = usRegions[strings.Join(words, " ")] // "texas", "new york"
		}
		if iana != "" && startsUpper(strings.TrimSpace(parts[i-1])) {
			if loc := loadLocation(iana); loc != nil {
				return loc, strings.TrimSpace(parts[i-1]) + ", " + p, true
			}
		}
	}
	// "Kingsmead General Hospital, Harrow Lane, Kingsmead KM4 2QT": a
	// British postcode or an Irish Eircode says the country, whatever
	// the town.
	return postcodeZone(line)
}

// postcodeZone reads the country of a British postcode or an Irish
// Eircode in line.
func postcodeZone(line string) (*time.Location, string, bool) {
	// "Level 4, 50 Holt St, Surry Hills NSW 2010": an Australian
	// address ends in its state and a four-figure postcode, and the
	// states keep clocks of their own.
	if m := auPostcodeRE.FindStringSubmatch(line); m != nil {
		if loc := loadLocation(auStates[m[1]]); loc != nil {
			return loc, strings.TrimSpace(m[0]), true
		}
	}
	if m := postcodeRE.FindStringSubmatch(line); m != nil {
		iana := "Europe/London"
		if m[2] != "" {
			iana = "Europe/Dublin"
		}
		if loc := loadLocation(iana); loc != nil {
			return loc, strings.TrimSpace(m[0]), true
		}
	}
	return nil, "", false
}

var auPostcodeRE = regexp.MustCompile(`\b(NSW|VIC|QLD|SA|WA|TAS|ACT|NT) (\d{4})\b`)

var auStates = map[string]string{
	"NSW": "Australia/Sydney", "ACT": "Australia/Sydney", "VIC": "Australia/Melbourne", "QLD": "Australia/Brisbane",
	"SA": "Australia/Adelaide", "WA": "Australia/Perth", "TAS": "Australia/Hobart", "NT": "Australia/Darwin",
}

// wordCodes are the states' codes that are also degrees and titles
// written after a name ("MA", "MS", "MD", "PA") or common words in
// capitals.
var wordCodes = map[string]bool{"MA": true, "MS": true, "MD": true, "PA": true, "ME": true, "IN": true, "OR": true,
	"DE": true, "OK": true, "HI": true, "ID": true, "CO": true}

var zipCodeRE = regexp.MustCompile(`^\d{5}(?:-\d{4})?\b`)

// knownCity reports a part of an address line that is a city followupd
// knows ("Boston" of "Boston, MA").
func knownCity(part string) bool {
	words := foldedWords(part)
	if len(words) == 0 {
		return false
	}
	if iana, _ := cityAt(words, 0); iana != "" {
		return true
	}
	last, _ := cityAt(words, len(words)-1)
	return last != ""
}

// personName reports a part that is a first name that is also a city,
// and a surname: "Sofia Nyström", "Florence Martin", "Austin Lee" sign a
// letter, they do not place it. The second word is a name's: capitalised,
// then lower case, and neither a city nor a region.
func personName(part string, cityWords int) bool {
	f := strings.Fields(part)
	if cityWords != 1 || len(f) != 2 {
		return false
	}
	second := f[1]
	rs := []rune(second)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return !knownCity(second) && usRegions[strings.Join(foldedWords(second), " ")] == ""
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// usRegions maps the states of the United States and the provinces of
// Canada, by postal code and by name (folded), to the zone most of their
// people live in.
var usRegions = map[string]string{}

// RegionZone returns the zone most people of a US state or a Canadian
// province live in, by its postal code as written ("TX", "ON"); false
// for anything else.
func RegionZone(code string) (string, bool) {
	if len(code) != 2 || code != strings.ToUpper(code) {
		return "", false
	}
	iana, ok := usRegions[code]
	return iana, ok
}

func init() {
	for _, r := range []struct{ code, name, iana string }{
		{"AL", "alabama", "America/Chicago"}, {"AK", "alaska", "America/Anchorage"},
		{"AZ", "arizona", "America/Phoenix"}, {"AR", "arkansas", "America/Chicago"},
		{"CA", "california", "America/Los_Angeles"}, {"CO", "colorado", "America/Denver"},
		{"CT", "connecticut", "America/New_York"}, {"DE", "delaware", "America/New_York"},
		{"DC", "district of columbia", "America/New_York"}, {"FL", "florida", "America/New_York"},
		{"GA", "georgia", "America/New_York"}, {"HI", "hawaii", "Pacific/Honolulu"},
		{"ID", "idaho", "America/Boise"}, {"IL", "illinois", "America/Chicago"},
		{"IN", "indiana", "America/Indiana/Indianapolis"}, {"IA", "iowa", "America/Chicago"},
		{"KS", "kansas", "America/Chicago"}, {"KY", "kentucky", "America/New_York"},
		{"LA", "louisiana", "America/Chicago"}, {"ME", "maine", "America/New_York"},
		{"MD", "maryland", "America/New_York"}, {"MA", "massachusetts", "America/New_York"},
		{"MI", "michigan", "America/Detroit"}, {"MN", "minnesota", "America/Chicago"},
		{"MS", "mississippi", "America/Chicago"}, {"MO", "missouri", "America/Chicago"},
		{"MT", "montana", "America/Denver"}, {"NE", "nebraska", "America/Chicago"},
		{"NV", "nevada", "America/Los_Angeles"}, {"NH", "new hampshire", "America/New_York"},
		{"NJ", "new jersey", "America/New_York"}, {"NM", "new mexico", "America/Denver"},
		{"NY", "new york", "America/New_York"}, {"NC", "north carolina", "America/New_York"},
		{"ND", "north dakota", "America/Chicago"}, {"OH", "ohio", "America/New_York"},
		{"OK", "oklahoma", "America/Chicago"}, {"OR", "oregon", "America/Los_Angeles"},
		{"PA", "pennsylvania", "America/New_York"}, {"RI", "rhode island", "America/New_York"},
		{"SC", "south carolina", "America/New_York"}, {"SD", "south dakota", "America/Chicago"},
		{"TN", "tennessee", "America/Chicago"}, {"TX", "texas", "America/Chicago"},
		{"UT", "utah", "America/Denver"}, {"VT", "vermont", "America/New_York"},
		{"VA", "virginia", "America/New_York"}, {"WA", "washington", "America/Los_Angeles"},
		{"WV", "west virginia", "America/New_York"}, {"WI", "wisconsin", "America/Chicago"},
		{"WY", "wyoming", "America/Denver"},
		{"ON", "ontario", "America/Toronto"}, {"QC", "quebec", "America/Toronto"},
		{"BC", "british columbia", "America/Vancouver"}, {"AB", "alberta", "America/Edmonton"},
		{"MB", "manitoba", "America/Winnipeg"}, {"SK", "saskatchewan", "America/Regina"},
		{"NS", "nova scotia", "America/Halifax"}, {"NB", "new brunswick", "America/Moncton"},
	} {
		usRegions[r.code], usRegions[r.name] = r.iana, r.iana
	}
}
