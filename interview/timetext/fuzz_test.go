package timetext

import (
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Thursday, December 3 at 4:00 PM CET",
		"am Donnerstag, 3. Dezember 2026 um 14:00 Uhr",
		"jeudi 3 décembre 2026 de 14h à 15h",
		"mañana a las 16:30 (hora de Madrid)",
		"op 18-12-2026 van 13.00 tot 14.00 uur",
		"Date: Tuesday, December 8, 2026\nTime: 2:00 PM – 2:45 PM EST",
		"When: Tuesday, December 8, 2026 2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin",
		"2026-12-03T15:00 America/New_York",
		"the 3rd of December at half past two",
		"\xff\x00 3/12 kl. 9.30 \xe2\x80",
		"у уторак, 15. децембра 2026. године, у 11 часова",
		"в пятницу на следующей неделе в 11:00 (мск)",
		"2027 m. sausio 7 d. (ketvirtadienį) 10 val.",
		"otrdien, 2027. gada 12. janvārī, plkst. 18:00",
		"يوم الأحد ١٣ ديسمبر ٢٠٢٦م الموافق ٣ جمادى الآخرة ١٤٤٨هـ الساعة ١٠:٣٠ صباحاً بتوقيت الرياض",
		"الخميس 17 كانون الأول 2026 من الساعة 11:00 إلى 12 ظهراً",
		"چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰ به وقت تهران",
		"يوم الأحد الساعة الحادية عشرة إلا ربعاً\nفردا ساعت ده و نیم صبح",
		"سه‌شنبه ۱۴۰۵/۰۹/۲۵ از ساعت ۱۰ تا ۱۱ ق.ظ",
		"‏١٦/١٢/٢٠٢٦‏ ٢:٣٠ م ـً",
	} {
		f.Add(s, false)
	}
	opt := Options{Ref: time.Date(2026, 11, 26, 10, 41, 0, 0, time.UTC), Loc: time.UTC}
	f.Fuzz(func(t *testing.T, text string, monthFirst bool) {
		o := opt
		o.MonthFirst = monthFirst
		for _, find := range []func(string, Options) []Mention{Find, FindDates} {
			for _, m := range find(text, o) {
				if m.Pos < 0 || m.Pos > m.End || m.End > len(text) {
					t.Fatalf("Pos, End = %d, %d out of a text of %d bytes", m.Pos, m.End, len(text))
				}
				if m.Start.IsZero() {
					t.Fatalf("zero Start in %+v", m)
				}
			}
		}
		ZoneIn(text)
	})
}
