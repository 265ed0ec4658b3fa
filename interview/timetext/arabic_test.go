package timetext

import (
	"testing"
	"time"
)

// TestArabicScriptNumerals: the Arabic-Indic and the Persian digits are
// numbers as ASCII digits are, the marks that set a text's direction are
// neither spaces nor tokens, and a mention's offsets stay those of the
// text, whose digits take two bytes each.
func TestArabicScriptNumerals(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "Arabic-Indic digits", text: "١٦/١٢/٢٠٢٦ ١٤:٣٠", want: time.Date(2026, 12, 16, 14, 30, 0, 0, berlin)},
		{name: "Persian digits", text: "۱۶/۱۲/۲۰۲۶ ۱۴:۳۰", want: time.Date(2026, 12, 16, 14, 30, 0, 0, berlin)},
		{name: "the two mixed, as Persian keyboards type them", text: "۱٦/۱۲/۲۰٢٦ ١٤:۳۰", want: time.Date(2026, 12, 16, 14, 30, 0, 0, berlin)},
		{name: "right-to-left marks around the figures", text: "\u200f١٦/١٢/٢٠٢٦\u200f \u200f١٤:٣٠\u200f", want: time.Date(2026, 12, 16, 14, 30, 0, 0, berlin)},
		{name: "after Arabic prose of two bytes a letter", text: "نص عربي طويل قبل الموعد ١٦/١٢/٢٠٢٦ ١٤:٣٠ ونص بعده", want: time.Date(2026, 12, 16, 14, 30, 0, 0, berlin)},
		{name: "a range with Arabic digits", text: "١٦/١٢/٢٠٢٦ ١٤:٠٠–١٥:٣٠", want: time.Date(2026, 12, 16, 14, 0, 0, 0, berlin), dur: 90 * time.Minute},
	})
}

// TestArabicDecimalSeparatorIsNoDate: "١٦٫١٢" is a decimal (the Arabic
// separator reads as a dot), no date, and a number of ten digits no time.
func TestArabicDecimalSeparatorIsNoDate(t *testing.T) {
	for _, text := range []string{"السعر ١٦٫١٢ ريال يوم الخميس", "اتصل بنا يوم الأحد على ٠٥٥١٢٣٤٥٦٧"} {
		if got := Find(text, defaultOptions(t)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", text, got)
		}
	}
}

// Arabic mail as employers in the Gulf, Egypt, the Levant and the
// Maghreb write it. Ref is Thursday 26 November 2026; Loc is Berlin.
func TestFindArabic(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		// Hebrew names Israel's clock the same way: "שעון ישראל".
		{name: "a Tel Aviv invitation, Israel's clock", text: "יום ראשון, 13.12.2026, בשעה 10:00 (שעון ישראל)",
			want: time.Date(2026, 12, 13, 10, 0, 0, 0, zone(t, "Asia/Jerusalem")), zone: "שעון ישראל"},
		{name: "a Riyadh HR invitation, its city's time", text: "نود دعوتكم لحضور مقابلة شخصية يوم الأحد ١٣ ديسمبر ٢٠٢٦ الساعة ١٠:٣٠ صباحاً بتوقيت الرياض",
			want: time.Date(2026, 12, 13, 10, 30, 0, 0, zone(t, "Asia/Riyadh")), zone: "بتوقيت الرياض"},
		{name: "Cairo: the weekday, corresponding to a day-first date, around noon", text: "يوم الأربعاء الموافق 16/12/2026 الساعة 2 ظهرا",
			want: at(12, 16, 14, 0)},
		{name: "Cairo's time", text: "موعد المقابلة: الأربعاء 16/12/2026 الساعة 11 صباحاً بتوقيت القاهرة",
			want: time.Date(2026, 12, 16, 11, 0, 0, 0, zone(t, "Africa/Cairo")), zone: "بتوقيت القاهرة"},
		{name: "a Levantine month of two words", text: "الخميس 17 كانون الأول 2026 الساعة 11:00", want: at(12, 17, 11, 0)},
		{name: "a Levantine month of one word, Beirut's time", text: "يوم الثلاثاء ١٩ كانون الثاني ٢٠٢٧ الساعة ٣ بعد الظهر بتوقيت بيروت",
			want: time.Date(2027, 1, 19, 15, 0, 0, 0, zone(t, "Asia/Beirut")), zone: "بتوقيت بيروت"},
		{name: "Egypt's June", text: "الأحد ٢٠ يونية ٢٠٢٧ الساعة ١١ صباحاً", want: time.Date(2027, 6, 20, 11, 0, 0, 0, berlin)},
		{name: "Morocco's December, at the hour", text: "الخميس 17 دجنبر 2026 على الساعة 10:00", want: at(12, 17, 10, 0)},
		{name: "Algeria's month from French", text: "الثلاثاء 15 ديسمبر 2026 في تمام الساعة 09:30", want: at(12, 15, 9, 30)},
		{name: "the Gregorian day, then the Islamic one, then the time", text: "الأربعاء ١٦ ديسمبر ٢٠٢٦م الموافق ٦ جمادى الآخرة ١٤٤٨هـ الساعة ١٠:٠٠ صباحاً",
			want: at(12, 16, 10, 0)},
		{name: "the Islamic day in parentheses", text: "يوم الأربعاء 16/12/2026م (6 جمادى الآخرة 1448هـ) الساعة 10:00 صباحاً",
			want: at(12, 16, 10, 0)},
		{name: "tomorrow, p.m. abbreviated", text: "هل يناسبك غداً الساعة ٢:٣٠ م؟", want: at(11, 27, 14, 30)},
		{name: "a.m. abbreviated, glued", text: "يوم الأحد 10:00ص", want: at(11, 29, 10, 0)},
		{name: "the day after tomorrow", text: "بعد غد الساعة ١١ صباحاً", want: at(11, 28, 11, 0)},
		{name: "noon is noon", text: "يوم الخميس الساعة ١٢ ظهراً", want: at(12, 3, 12, 0)},
		{name: "one at noon is one in the afternoon", text: "يوم الخميس الساعة ١ ظهراً", want: at(12, 3, 13, 0)},
		{name: "at night", text: "يوم الخميس الساعة ٩ ليلاً", want: at(12, 3, 21, 0)},
		{name: "an hour said on a clock of twelve is in the afternoon", text: "يوم الخميس الساعة ٤", want: at(12, 3, 16, 0)},
		{name: "a range from ... to", text: "يوم الأحد من الساعة ١٠ صباحاً حتى ١٢ ظهراً", want: at(11, 29, 10, 0), dur: 2 * time.Hour},
		{name: "a range in figures", text: "يوم الأحد من ١٠:٠٠ إلى ١١:٣٠", want: at(11, 29, 10, 0), dur: 90 * time.Minute},
		{name: "a weekday stretched with tatweel", text: "الأربعـــاء ١٦ ديسمبر الساعة ١٠", want: at(12, 16, 10, 0)},
		{name: "label lines", text: "التاريخ: الأحد ١٣ ديسمبر ٢٠٢٦\nالوقت: ١٠:٣٠ صباحاً", want: at(12, 13, 10, 30)},
		{name: "the label today", text: "اليوم: الأحد ١٣ ديسمبر\nالوقت: ١٠:٣٠ صباحاً", want: at(12, 13, 10, 30)},
		{name: "a weekday without its article, after day", text: "المقابلة يوم أحد الساعة ١٠ صباحاً", want: at(11, 29, 10, 0)},
		{name: "Mecca's time", text: "الساعة ١٠ صباحاً بتوقيت مكة المكرمة يوم الأحد",
			want: time.Date(2026, 11, 29, 10, 0, 0, 0, zone(t, "Asia/Riyadh")), zone: "بتوقيت مكة المكرمة"},
		{name: "Amman's time", text: "يوم الأحد الساعة ١٠ صباحاً بتوقيت عمّان",
			want: time.Date(2026, 11, 29, 10, 0, 0, 0, zone(t, "Asia/Amman")), zone: "بتوقيت عمّان"},
		{name: "Oman's time, by its vowel", text: "يوم الأحد الساعة ١٠ صباحاً بتوقيت عُمان",
			want: time.Date(2026, 11, 29, 10, 0, 0, 0, zone(t, "Asia/Muscat")), zone: "بتوقيت عُمان"},
		{name: "Greenwich", text: "يوم الأحد الساعة ١٠ صباحاً بتوقيت غرينتش",
			want: time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC), zone: "بتوقيت غرينتش"},
		{name: "the UAE's time without its preposition", text: "الاثنين ١٤ ديسمبر ٢٠٢٦، ١١:٠٠ صباحاً (توقيت الإمارات)",
			want: time.Date(2026, 12, 14, 11, 0, 0, 0, zone(t, "Asia/Dubai")), zone: "توقيت الإمارات"},
		// Arabic writes a date day first, whoever reads it. (No weekday:
		// one would pick the order it falls on anyway.)
		{name: "day-first whatever the reader's usage", text: "موعد المقابلة 03/04/2027 الساعة 10:00",
			want: time.Date(2027, 4, 3, 10, 0, 0, 0, berlin), opt: monthFirst},
	})
}

// Formal Arabic and everyday Persian say the hour in words; a line of
// them holds no digit at all.
func TestFindHoursInWords(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		{name: "ar/the tenth hour in the morning, no digit on the line", text: "نود دعوتكم لحضور مقابلة يوم الأحد الساعة العاشرة صباحاً", want: at(11, 29, 10, 0)},
		{name: "ar/the hour in words after a date in figures", text: "يوم الأحد ١٣ ديسمبر ٢٠٢٦ الساعة العاشرة صباحاً", want: at(12, 13, 10, 0)},
		{name: "ar/the hour in words on the line after the day", text: "يوم الأحد ١٣ ديسمبر\nالساعة العاشرة صباحاً", want: at(12, 13, 10, 0)},
		{name: "ar/eleven, two words", text: "يوم الأحد الساعة الحادية عشرة صباحاً", want: at(11, 29, 11, 0)},
		{name: "ar/twelve at noon", text: "يوم الأحد الساعة الثانية عشرة ظهراً", want: at(11, 29, 12, 0)},
		{name: "ar/two at noon is two in the afternoon", text: "يوم الأحد الساعة الثانية ظهراً", want: at(11, 29, 14, 0)},
		{name: "ar/and a half", text: "يوم الأحد الساعة العاشرة والنصف صباحاً", want: at(11, 29, 10, 30)},
		{name: "ar/a quarter to", text: "يوم الأحد الساعة العاشرة إلا ربعاً", want: at(11, 29, 9, 45)},
		{name: "ar/and a half after figures", text: "يوم الأحد الساعة ١٠ والنصف", want: at(11, 29, 10, 30)},
		{name: "fa/ten in the morning", text: "فردا ساعت ده صبح", want: at(11, 27, 10, 0)},
		{name: "fa/half past ten", text: "فردا ساعت ده و نیم صبح", want: at(11, 27, 10, 30)},
		{name: "fa/two is in the afternoon", text: "فردا ساعت دو", want: at(11, 27, 14, 0)},
	})
	// "الثانية" is also "the second": without the hour's word before it
	// it is no time.
	checkStarts(t, "المقابلة الثانية يوم الأحد", nil)
}

// A Dubai employer writes in English and Arabic side by side: both say
// the same moment.
func TestFindArabicBesideEnglish(t *testing.T) {
	dubai := zone(t, "Asia/Dubai")
	want := time.Date(2026, 12, 14, 11, 0, 0, 0, dubai)
	checkStarts(t, "Your interview is on Monday, 14 December 2026 at 11:00 AM (Dubai time).\n"+
		"مقابلتك يوم الاثنين ١٤ ديسمبر ٢٠٢٦ الساعة ١١:٠٠ صباحاً بتوقيت دبي.", []time.Time{want, want})
}

// Persian mail with the Gregorian calendar's months, and the words of its
// days and times.
func TestFindPersian(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	at := func(mo time.Month, d, h, mi int) time.Time { return time.Date(2026, mo, d, h, mi, 0, 0, berlin) }
	runFind(t, []findCase{
		{name: "a Gregorian month", text: "چهارشنبه ۱۶ دسامبر ساعت ۱۴:۳۰", want: at(12, 16, 14, 30)},
		{name: "tomorrow morning", text: "فردا ساعت ۱۰ صبح", want: at(11, 27, 10, 0)},
		{name: "a range from ... to", text: "پنجشنبه از ساعت ۱۰ تا ۱۱", want: at(12, 3, 10, 0), dur: time.Hour},
		{name: "a range, the end's own cue", text: "پنجشنبه از ساعت ۱۰ تا ساعت ۱۲ ظهر", want: at(12, 3, 10, 0), dur: 2 * time.Hour},
		{name: "Tuesday with a zero-width non-joiner", text: "سه‌شنبه ساعت ۱۰ صبح", want: at(12, 1, 10, 0)},
		{name: "Tuesday joined", text: "سهشنبه ساعت ۱۰ صبح", want: at(12, 1, 10, 0)},
		{name: "Tuesday apart is no Saturday", text: "سه شنبه ساعت ۱۰ صبح", want: at(12, 1, 10, 0)},
		{name: "Thursday apart", text: "پنج شنبه ۱۷ دسامبر ساعت ۱۵", want: at(12, 17, 15, 0)},
		{name: "Sunday apart", text: "یک شنبه ساعت ۱۱", want: at(11, 29, 11, 0)},
		{name: "Tuesday by a figure", text: "۳شنبه ساعت ۹ صبح", want: at(12, 1, 9, 0)},
		{name: "Saturday", text: "شنبه ساعت ۹ صبح", want: at(11, 28, 9, 0)},
		{name: "the day after tomorrow, with a zero-width non-joiner", text: "پس‌فردا ساعت ۹ صبح", want: at(11, 28, 9, 0)},
		{name: "the day after tomorrow, apart", text: "پس فردا ساعت ۹ صبح", want: at(11, 28, 9, 0)},
		{name: "in the afternoon, in three words", text: "فردا ساعت ۳ بعد از ظهر", want: at(11, 27, 15, 0)},
		{name: "in the afternoon, joined", text: "فردا ساعت ۳ بعدازظهر", want: at(11, 27, 15, 0)},
		{name: "at night", text: "پنجشنبه ساعت ۸ شب", want: at(12, 3, 20, 0)},
		{name: "after noon, as forms abbreviate it", text: "پنجشنبه ۱۰:۳۰ ب.ظ", want: at(12, 3, 22, 30)},
		{name: "before noon, as forms abbreviate it", text: "پنجشنبه ۱۰:۳۰ ق.ظ", want: at(12, 3, 10, 30)},
		{name: "Berlin's time, the user's", text: "پنجشنبه ۱۷ دسامبر ساعت ۱۵ به وقت برلین", want: at(12, 17, 15, 0), zone: "وقت برلین"},
	})
}

// Words that look like a date or a time in Arabic and Persian mail and are
// none, or another than they seem.
func TestArabicPersianNotMisread(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	tomorrowAt10 := time.Date(2026, 11, 27, 10, 0, 0, 0, berlin)
	tests := []struct {
		name, text string
		want       []time.Time
	}{
		{"آب is water on a Persian line, not August", "فردا ساعت ۱۰، لطفاً ۲ آب معدنی بیاورید", []time.Time{tomorrowAt10}},
		{"می before a verb is no May", "فردا ساعت ۱۰ می توانید بیایید", []time.Time{tomorrowAt10}},
		{"a price in tomans", "فردا ساعت ۱۰ مصاحبه داریم. حقوق ۲۵۰ هزار تومان است.", []time.Time{tomorrowAt10}},
		{"م after a year is AD, no p.m.", "الأحد ١٣ ديسمبر ٢٠٢٦م", nil},
		{"an Islamic date alone", "٦ جمادى الآخرة ١٤٤٨هـ الساعة ١٠ صباحاً", nil},
		{"an Islamic date in figures", "الأربعاء ١٤٤٨/٠٦/٠٦هـ الساعة ١٠", nil},
		{"a Saudi mobile number", "اتصل بنا يوم الأحد على ٠٥٥١٢٣٤٥٦٧", nil},
		{"the next day is no today", "اليوم التالي الساعة ١٠", nil},
		{"anyone is no Sunday", "لم يحضر أحد الساعة ١٠ صباحاً", nil},
		{"a length from a number of years", "يوم الأحد، خبرة من 3 سنوات", nil},
		{"a Persian length from a number of hours", "شنبه ۲ ساعت کار داریم", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStarts(t, tc.text, tc.want)
		})
	}
}

// FindDates reads an Arabic or Persian day without a time, and none from
// water or a verb.
func TestFindDatesArabicPersian(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name, text string
		want       []time.Time
	}{
		{"a deadline with AD after its year", "آخر موعد للتقديم الخميس ١٧ ديسمبر ٢٠٢٦م", []time.Time{time.Date(2026, 12, 17, 23, 59, 0, 0, berlin)}},
		{"a Persian deadline", "مهلت ارسال: ۱۷ دسامبر ۲۰۲۶", []time.Time{time.Date(2026, 12, 17, 23, 59, 0, 0, berlin)}},
		{"two bottles of water", "لطفاً ۲ آب معدنی بیاورید", nil},
		{"an Islamic date", "الموافق ٦ جمادى الآخرة ١٤٤٨هـ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []time.Time
			for _, m := range FindDates(tc.text, defaultOptions(t)) {
				got = append(got, m.Start)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("FindDates(%q) = %v, want %v", tc.text, got, tc.want)
			}
			for i := range got {
				if !got[i].Equal(tc.want[i]) {
					t.Errorf("FindDates(%q)[%d] = %v, want %v", tc.text, i, got[i], tc.want[i])
				}
			}
		})
	}
}
