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
