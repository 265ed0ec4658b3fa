package rules

import (
	"strings"
	"testing"
	"time"
)

func TestHolidaysFor(t *testing.T) {
	tests := []struct {
		name    string
		country string
		date    string
		want    bool
	}{
		{"germany good friday", "de", "2026-04-03", true},
		{"germany maundy thursday", "de", "2026-04-02", false},
		{"germany epiphany is regional", "de", "2026-01-06", false},
		{"bavaria epiphany", "DE-BY", "2026-01-06", true},
		{"bavaria with underscore", "de_by", "2026-01-06", true},
		{"us independence day observed on friday", "us", "2026-07-03", true},
		{"us thanksgiving", "US", "2026-11-26", true},
		{"us ordinary day", "us", "2026-11-25", false},
		{"uk boxing day observed on monday", "gb", "2026-12-28", true},
		{"uk alias", " uk ", "2026-12-25", true},
		{"france bastille day", "fr", "2026-07-14", true},
		{"netherlands kings day", "nl", "2026-04-27", true},
		{"australia day for the country", "au", "2026-01-26", true},
		{"anzac day for the country", "au", "2026-04-25", true},
		{"canberra day is not national", "au", "2026-03-09", false},
		{"canberra day in the capital", "au-act", "2026-03-09", true},
		{"zurich sechselaeuten is not a public holiday", "ch-zh", "2026-04-20", false},
		{"sweden midsummer eve", "se", "2026-06-19", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := HolidaysFor(tc.country)
			if err != nil {
				t.Fatal(err)
			}
			day, err := time.Parse("2006-01-02", tc.date)
			if err != nil {
				t.Fatal(err)
			}
			if got := f(day); got != tc.want {
				t.Fatalf("HolidaysFor(%q)(%s) = %v, want %v", tc.country, tc.date, got, tc.want)
			}
		})
	}
}

func TestHolidaysForNone(t *testing.T) {
	for _, code := range []string{"", "none", " NONE "} {
		f, err := HolidaysFor(code)
		if f != nil || err != nil {
			t.Fatalf("HolidaysFor(%q) = %v, %v; want nil, nil", code, f != nil, err)
		}
	}
}

func TestHolidaysForUnknown(t *testing.T) {
	_, err := HolidaysFor("xx")
	if err == nil {
		t.Fatal("HolidaysFor(xx) succeeded")
	}
	for _, want := range []string{`holidays "xx": unknown country or region; supported: `, "at, au, au-act", "de-by", "us, za"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not contain %q", err, want)
		}
	}
}

// Every code works and knows some holiday, which catches a regional list
// that came out empty (such as an intersection gone wrong).
func TestHolidayCodesAllWork(t *testing.T) {
	required := []string{"us", "gb", "de", "fr", "nl", "ca", "au", "es", "it", "ie", "at", "ch", "be", "se", "dk", "no", "pl"}
	codes := HolidayCodes()
	for _, c := range required {
		if !strings.Contains(","+strings.Join(codes, ",")+",", ","+c+",") {
			t.Errorf("HolidayCodes lacks %q", c)
		}
	}
	for _, c := range codes {
		f, err := HolidaysFor(c)
		if err != nil || f == nil {
			t.Fatalf("HolidaysFor(%q) = %v", c, err)
		}
		n := 0
		for d := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2026; d = d.AddDate(0, 0, 1) {
			if f(d) {
				n++
			}
		}
		if n < 5 || n > 40 {
			t.Errorf("HolidaysFor(%q) has %d holidays in 2026", c, n)
		}
	}
}
