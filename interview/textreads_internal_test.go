package interview

import (
	"strings"
	"testing"
)

// TestFormerLabelBefore: a scheduling system's notice of a move labels
// the old time before it, on its own line or at the start of its line.
func TestFormerLabelBefore(t *testing.T) {
	tests := []struct {
		name, text, time string
		want             bool
	}{
		{"a label line above (sv)", "Ny tid\nfredag 11 december 2026, kl. 10.00\nTidigare tid\nonsdag 9 december 2026, kl. 13.30", "onsdag 9", true},
		{"the new time's label is no former one", "Ny tid\nfredag 11 december 2026, kl. 10.00\nTidigare tid\nonsdag 9 december 2026, kl. 13.30", "fredag 11", false},
		{"a label at the start of the line", "New time: Friday, 11 December, 10:00\nPrevious time: Wednesday, 9 December, 13:30", "Wednesday", true},
		{"the word second (es)", "Hora anterior\nmiércoles 9 de diciembre, 13:30", "miércoles", true},
		{"a sentence above is no label", "We had to move it from the time we agreed before.\nWednesday, 9 December, 13:30", "Wednesday", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := formerLabelBefore(tc.text, strings.Index(tc.text, tc.time)); got != tc.want {
				t.Errorf("formerLabelBefore = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSignOffIsNoPlace: a sign-off with the writer's first name is no
// place, though a city bears the name ("/Sofia").
func TestSignOffIsNoPlace(t *testing.T) {
	people := map[string]bool{"sofia nyström": true}
	text := "Toppen, då ringer jag dig på måndag vid halv tre.\n\n/Sofia"
	if got := withoutNameLines(text, people); strings.Contains(got, "Sofia") {
		t.Errorf("withoutNameLines kept the sign-off: %q", got)
	}
	if got := withoutNameLines("Best,\nTom\nBerlin", map[string]bool{"tom weber": true}); !strings.Contains(got, "Berlin") {
		t.Errorf("withoutNameLines dropped the place: %q", got)
	}
}

// TestSpellsWordsOf: a domain names the employer when it spells a run of
// its name's words, not when it spells one word every company may hold.
func TestSpellsWordsOf(t *testing.T) {
	tests := []struct {
		label, name string
		want        bool
	}{
		{"regionalgrowth", "Department for Regional Growth", true},
		{"kingsmead", "Kingsmead University Hospitals NHS Foundation Trust", true},
		{"technologies", "Acme Technologies", false},
		{"growth", "Department for Regional Growth", true},
		{"outsider", "Acme", false},
	}
	for _, tc := range tests {
		if got := spellsWordsOf(tc.label, tc.name); got != tc.want {
			t.Errorf("spellsWordsOf(%q, %q) = %v, want %v", tc.label, tc.name, got, tc.want)
		}
	}
}

// TestSentenceAroundGoesOnInLowerCase: punctuation followed by a word in
// lower case does not end the sentence a time stands in.
func TestSentenceAroundGoesOnInLowerCase(t *testing.T) {
	tests := []struct{ text, at, want string }{
		{"We could do Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h. Which suits you?", "17.12.",
			"We could do Wednesday, 16.12. at 13h or Thursday, 17.12. at 10h."},
		{"Hi. We meet at 10 a.m. and lunch after. Bye.", "10 a.m.", "We meet at 10 a.m. and lunch after."},
		{"Thanks. Friday at 3pm works.", "Friday", "Friday at 3pm works."},
	}
	for _, tc := range tests {
		pos := strings.Index(tc.text, tc.at)
		if got := sentenceAround(tc.text, pos, pos+len(tc.at)); got != tc.want {
			t.Errorf("sentenceAround(%q, %q) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}

// TestDueInside: a deadline's word between a day and its clock makes the
// time one to hand in by; after a clock it ends a range.
func TestDueInside(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"Portuguese, until at", "sexta-feira, 11 de dezembro, até às 18h00", true},
		{"English, by", "Friday 11 December, by 6pm", true},
		{"German, bis um", "Freitag, 11. Dezember, bis 18 Uhr", true},
		{"a range's end", "Friday 11 December 10:00 until 11:00", false},
		{"no deadline word", "Friday 11 December at 10:00", false},
		{"a Portuguese range", "sexta-feira, 11 de dezembro, das 10h até às 11h", false},
		{"a form's range, its hours marked", "Fecha 01/12/2026 Desde 10:00 hs Hasta 11:00 hs", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dueInside(tc.text); got != tc.want {
				t.Errorf("dueInside(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestOfferedOnly: a scheduling system's help lines offer a move ("Need
// to reschedule?", "Reschedule: https://..."); a sentence that says one
// moves.
func TestOfferedOnly(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a question", "Your call is booked.\nNeed to reschedule?", true},
		{"a link's label", "Your call is booked.\nCancel: https://calendly.com/cancellations/9f3c\nReschedule: https://calendly.com/reschedulings/9f3c", true},
		{"a condition", "If you need to reschedule, use the link below.", true},
		{"a move", "We had to reschedule your call to Friday.", false},
		{"a move before a link", "We had to reschedule your call to Friday, see the new invite at https://cal.example/x", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := offeredOnly(tc.text, "reschedule"); got != tc.want {
				t.Errorf("offeredOnly(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
