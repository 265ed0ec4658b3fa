package timetext

import (
	"testing"
	"time"
)

// TestBalticMoveTo: a move "to" a day puts the weekday and the month in
// another case than "on" it: Estonian the allative ("reedele, 11.
// detsembrile"), Lithuanian and Latvian the accusative ("į penktadienį",
// "uz piektdienu, 11. decembri").
func TestBalticMoveTo(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "et: to Friday, to 11 December", text: "Kas saaksime intervjuu tõsta reedele, 11. detsembrile kell 14.00?",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "et: to Monday, to 14 December", text: "Lükkame kohtumise esmaspäevale, 14. detsembrile kell 10:00.",
			want: time.Date(2026, 12, 14, 10, 0, 0, 0, berlin)},
		{name: "et: to Thursday alone", text: "Kas sobiks neljapäevale kell 13.00?",
			want: time.Date(2026, 12, 3, 13, 0, 0, 0, berlin)},
		{name: "et: to 12 January", text: "Tõstame intervjuu 12. jaanuarile 2027 kell 9.30.",
			want: time.Date(2027, 1, 12, 9, 30, 0, 0, berlin)},
		{name: "lt: to Friday, December 11", text: "Ar galėtume perkelti į penktadienį, gruodžio 11 d. 14 val.?",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "lv: to Friday, 11 December", text: "Vai varam pārcelt uz piektdienu, 11. decembri plkst. 14:00?",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "lv: to Monday alone", text: "Pārceļam uz pirmdienu plkst. 10:00.",
			want: time.Date(2026, 11, 30, 10, 0, 0, 0, berlin)},
	})
}
