package timetext

import (
	"testing"
	"time"
)

// Iranian mail dates by the Persian solar calendar: "۲۵ آذر ۱۴۰۵" is 16
// December 2026. Ref is Thursday 26 November 2026 (5 Azar 1405).
func TestFindJalali(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(y int, mo time.Month, d, h, mi int) time.Time { return time.Date(y, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		{name: "weekday, day, month, year, Tehran's time", text: "چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰ به وقت تهران",
			want: time.Date(2026, 12, 16, 11, 0, 0, 0, time.UTC), zone: "وقت تهران"},
		{name: "Iran's time", text: "مصاحبه در روز چهارشنبه ۲۵ آذر ۱۴۰۵ ساعت ۱۰ صبح به وقت ایران",
			want: time.Date(2026, 12, 16, 6, 30, 0, 0, time.UTC), zone: "وقت ایران"},
		{name: "without its year: the next", text: "چهارشنبه ۲ دی ساعت ۱۱", want: at(2026, 12, 23, 11, 0)},
		{name: "without its year, past the new year", text: "۵ فروردین ساعت ۱۰ صبح", want: at(2027, 3, 25, 10, 0)},
		{name: "without its year, more than two months back", text: "۱۰ شهریور ساعت ۱۰ صبح", want: at(2027, 9, 1, 10, 0)},
		{name: "a short month that is also a word, after its day", text: "۱۵ مهر ۱۴۰۶ ساعت ۹ صبح", want: at(2027, 10, 7, 9, 0)},
		{name: "month glued to its word for month", text: "۲۵ آذرماه ۱۴۰۵ ساعت ۱۰ صبح", want: at(2026, 12, 16, 10, 0)},
		{name: "month and its word for month apart", text: "۲۵ آذر ماه ۱۴۰۵ ساعت ۱۰ صبح", want: at(2026, 12, 16, 10, 0)},
		{name: "the year marked solar", text: "۲۵ آذر ۱۴۰۵ ه.ش ساعت ۱۰ صبح", want: at(2026, 12, 16, 10, 0)},
		{name: "in figures, year first", text: "تاریخ: ۱۴۰۵/۰۹/۲۵ ساعت ۱۰:۳۰", want: at(2026, 12, 16, 10, 30)},
		{name: "in figures, month without its zero", text: "۱۴۰۵/۹/۲۵ ساعت ۱۰", want: at(2026, 12, 16, 10, 0)},
		{name: "in figures, day first", text: "۲۵/۰۹/۱۴۰۵ ساعت ۱۰:۳۰", want: at(2026, 12, 16, 10, 30)},
		{name: "in ASCII figures on a Persian line", text: "تاریخ مصاحبه: 1405/09/25 ساعت 10:30", want: at(2026, 12, 16, 10, 30)},
		{name: "the last day of a leap year", text: "۳۰ اسفند ۱۴۰۳ ساعت ۱۰", want: at(2025, 3, 20, 10, 0)},
	})
}

// A Jalali date that is no day, or one of the Islamic calendar written
// alike, is not read.
func TestJalaliNotRead(t *testing.T) {
	for _, text := range []string{
		"۳۰ اسفند ۱۴۰۵ ساعت ۱۰",           // 1405 is no leap year
		"۳۱ مهر ساعت ۱۰",                  // Mehr has 30 days
		"الأربعاء ١٤٤٨/٠٦/٠٦هـ الساعة ١٠", // an Islamic date in Arabic figures
		"۱۴۴۸/۰۶/۰۶ ه.ق ساعت ۱۰",          // and in Persian ones, marked lunar
	} {
		if got := Find(text, defaultOptions(t)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", text, got)
		}
	}
	// A Jalali date without its year needs Ref, as a Gregorian one does.
	if got := Find("۲ دی ساعت ۱۱", Options{Loc: time.UTC}); len(got) != 0 {
		t.Errorf("Find without Ref = %+v, want nothing", got)
	}
}
