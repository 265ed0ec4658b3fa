package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	// at, be, it and no are renamed: they read as ordinary Go identifiers.
	"github.com/rickar/cal/v2/ar"
	calat "github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	calbe "github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	calit "github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	calno "github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// holidayLists maps ISO 3166 codes, and "country-region" codes where
// rickar/cal has regional lists, to the public holidays observed there.
// Regional lists are complete (they include the national days), because
// that is how rickar/cal defines them.
var holidayLists = map[string][]*cal.Holiday{
	"ar": ar.Holidays, "at": calat.Holidays, "be": calbe.Holidays, "bg": bg.Holidays,
	"br": br.Holidays, "ca": ca.Holidays, "ch": ch.Holidays, "cz": cz.Holidays,
	"de": de.Holidays, "dk": dk.Holidays, "es": es.Holidays, "fr": fr.Holidays,
	"gb": gb.Holidays, "gr": gr.Holidays, "hr": hr.Holidays, "ie": ie.Holidays,
	"it": calit.Holidays, "jp": jp.Holidays, "lt": lt.Holidays, "lv": lv.Holidays,
	"mw": mw.Holidays, "nc": nc.Holidays, "nl": nl.Holidays, "no": calno.Holidays,
	"nz": nz.Holidays, "pl": pl.Holidays, "ro": ro.Holidays, "ru": ru.Holidays,
	"se": se.Holidays, "si": si.Holidays, "sk": sk.Holidays, "ua": ua.Holidays,
	"us": us.Holidays, "za": za.Holidays,

	"au-act": au.HolidaysACT, "au-nsw": au.HolidaysNSW, "au-nt": au.HolidaysNT,
	"au-qld": au.HolidaysQLD, "au-sa": au.HolidaysSA, "au-tas": au.HolidaysTAS,
	"au-vic": au.HolidaysVIC, "au-wa": au.HolidaysWA,

	"de-bw": de.HolidaysBW, "de-by": de.HolidaysBY, "de-be": de.HolidaysBE,
	"de-bb": de.HolidaysBB, "de-hb": de.HolidaysHB, "de-hh": de.HolidaysHH,
	"de-he": de.HolidaysHE, "de-mv": de.HolidaysMV, "de-ni": de.HolidaysNI,
	"de-nw": de.HolidaysNW, "de-rp": de.HolidaysRP, "de-sl": de.HolidaysSL,
	"de-sn": de.HolidaysSN, "de-st": de.HolidaysST, "de-sh": de.HolidaysSH,
	"de-th": de.HolidaysTH,

	"ch-zh": ch.HolidaysZH, "ch-be": ch.HolidaysBE, "ch-lu": ch.HolidaysLU,
	"ch-ur": ch.HolidaysUR, "ch-sz": ch.HolidaysSZ, "ch-ow": ch.HolidaysOW,
	"ch-nw": ch.HolidaysNW, "ch-gl": ch.HolidaysGL, "ch-zg": ch.HolidaysZG,
	"ch-fr": ch.HolidaysFR, "ch-so": ch.HolidaysSO, "ch-bs": ch.HolidaysBS,
	"ch-bl": ch.HolidaysBL, "ch-sh": ch.HolidaysSH, "ch-ar": ch.HolidaysAR,
	"ch-ai": ch.HolidaysAI, "ch-sg": ch.HolidaysSG, "ch-gr": ch.HolidaysGR,
	"ch-ag": ch.HolidaysAG, "ch-tg": ch.HolidaysTG, "ch-vd": ch.HolidaysVD,
	"ch-ti": ch.HolidaysTI, "ch-vs": ch.HolidaysVS, "ch-ne": ch.HolidaysNE,
	"ch-ge": ch.HolidaysGE, "ch-ju": ch.HolidaysJU,

	// rickar/cal has no national list for Australia, only the states';
	// the country-wide days are those every state keeps. ANZAC Day and
	// 26 December are kept everywhere too, under state variants (other
	// weekend substitutes, "Proclamation Day" in SA), so their plain forms
	// are added.
	"au": append(commonHolidays(au.HolidaysACT, au.HolidaysNSW, au.HolidaysNT, au.HolidaysQLD,
		au.HolidaysSA, au.HolidaysTAS, au.HolidaysVIC, au.HolidaysWA), au.AnzacDay, au.BoxingDay),
}

// holidayAliases are names people write for a code.
var holidayAliases = map[string]string{"uk": "gb"}

// commonHolidays returns the holidays of the first list that are in all
// the others.
func commonHolidays(lists ...[]*cal.Holiday) []*cal.Holiday {
	var out []*cal.Holiday
	for _, h := range lists[0] {
		inAll := true
		for _, l := range lists[1:] {
			inAll = inAll && slices.Contains(l, h)
		}
		if inAll {
			out = append(out, h)
		}
	}
	return out
}

// HolidayCodes lists the codes HolidaysFor accepts, sorted: ISO 3166
// country codes and "country-region" codes such as "de-by".
func HolidayCodes() []string {
	codes := make([]string, 0, len(holidayLists)+len(holidayAliases))
	for c := range holidayLists {
		codes = append(codes, c)
	}
	for c := range holidayAliases {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// HolidaysFor returns a function reporting whether a local date is a public
// holiday (the day itself or the weekday it is observed on) in a country
// ("de") or region ("de-by", "au-nsw", "ch-zh"). An empty code or "none"
// means no holidays and returns nil. The function only reads shared tables
// and is safe for concurrent use.
func HolidaysFor(country string) (func(time.Time) bool, error) {
	code := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(country)), "_", "-")
	if code == "" || code == "none" {
		return nil, nil
	}
	if alias, ok := holidayAliases[code]; ok {
		code = alias
	}
	list, ok := holidayLists[code]
	if !ok {
		return nil, fmt.Errorf("holidays %q: unknown country or region; supported: %s",
			country, strings.Join(HolidayCodes(), ", "))
	}
	// Not Cacheable: the cache is a map written on lookup, which would make
	// the function unsafe to share between goroutines.
	c := &cal.Calendar{Holidays: list}
	return func(date time.Time) bool {
		actual, observed, _ := c.IsHoliday(date)
		return actual || observed
	}, nil
}
