package interview

import "testing"

// TestSplitQuoted: the line above a quote is known by its words in the
// languages followupd reads, and by its shape in any other.
func TestSplitQuoted(t *testing.T) {
	const quote = "\n> Kan du fredag den 11. december kl. 13.30?\n"
	tests := []struct {
		name, text, own string
	}{
		{"English", "Works.\n\nOn Mon, Dec 7, 2026 at 4:02 PM Mikkel <m@h.example> wrote:" + quote, "Works.\n"},
		{"German Gmail, verb before the name", "Passt.\n\nAm Mo., 7. Dez. 2026 um 16:02 Uhr schrieb Mikkel Bech <m@h.example>:" + quote, "Passt.\n"},
		{"Danish Gmail", "Super.\n\nDen man. 7. dec. 2026 kl. 16.02 skrev Mikkel Bech <m@h.example>:" + quote, "Super.\n"},
		{"Dutch Gmail", "Prima.\n\nOp ma 7 dec 2026 om 16:02 schreef Mikkel Bech <m@h.example>:" + quote, "Prima.\n"},
		{"Polish Gmail", "Dobrze.\n\npon., 7 gru 2026 o 16:02 Mikkel Bech <m@h.example> napisał(a):" + quote, "Dobrze.\n"},
		{"Finnish Gmail", "Sopii.\n\nma 7. jouluk. 2026 klo 16.02 Mikkel Bech (m@h.example) kirjoitti:" + quote, "Sopii.\n"},
		{"Czech Gmail", "Dobře.\n\npo 7. 12. 2026 v 16:02 odesílatel Mikkel Bech <m@h.example> napsal:" + quote, "Dobře.\n"},
		{"Turkish Gmail", "Tamam.\n\n7 Ara 2026 Pzt, 16:02 tarihinde Mikkel Bech <m@h.example> şunu yazdı:" + quote, "Tamam.\n"},
		{"a header wrapped after the name", "Passt.\n\nAm Mo., 7. Dez. 2026 um 16:02 Uhr schrieb Mikkel Bech <\nm@h.example>:" + quote, "Passt.\n"},
		{"a sentence right above the header stays the reply's", "Bis Donnerstag um 14:00.\nAm Mo., 7. Dez. 2026 um 16:02 Uhr schrieb Mikkel <m@h.example>:" + quote, "Bis Donnerstag um 14:00."},
		{"Outlook's original message, no colon on its line", "Gut.\n\n-----Original Message-----\nFrom: Mikkel <m@h.example>\nSent: Monday, December 7, 2026 4:02 PM\n\nKan du fredag?", "Gut.\n"},
		{"Korean Outlook", "감사합니다.\n\n보낸 사람: Sam Rivera <s@x.example>\n보낸 날짜: 2026년 11월 27일 금요일 오후 4:31\n\nWould Friday work?", "감사합니다.\n"},
		{"Greek Outlook", "Ευχαριστώ.\n\nΑπό: Sam Rivera <s@x.example>\nΣτάλθηκε: Πέμπτη, 10 Δεκεμβρίου 2026 8:02 μμ\n\nWould Friday work?", "Ευχαριστώ.\n"},
		{"Russian Outlook", "Хорошо.\n\nОт: Sam Rivera <s@x.example>\nОтправлено: 27 ноября 2026 г. 16:31\n\nWould Friday work?", "Хорошо.\n"},
		{"Finnish Outlook", "Sopii.\n\nLähettäjä: Sam Rivera <s@x.example>\nLähetetty: perjantai 18. joulukuuta 2026 19.03\n\nWould Friday work?", "Sopii.\n"},
		{"Estonian Outlook", "Sobib.\n\nSaatja: Sam Rivera <s@x.example>\nSaadetud: reede, 18. detsember 2026 19:03\n\nWould Friday work?", "Sobib.\n"},
		{"Chinese Outlook, a full-width colon", "好的。\n\n发件人：Sam Rivera <s@x.example>\n发送时间：2026年11月27日 16:31\n\nWould Friday work?", "好的。\n"},
		{"a line with a date and a colon but no quote below", "Agenda for 10.12.2026, 14:00:\n- intro\n- questions", "Agenda for 10.12.2026, 14:00:\n- intro\n- questions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if own, _ := splitQuoted(tc.text); own != tc.own {
				t.Errorf("own = %q, want %q", own, tc.own)
			}
		})
	}
}

// TestSubjectPrefixes: reply, forward, response and notice prefixes in
// the localisations of mail clients and calendars, from their one home.
func TestSubjectPrefixes(t *testing.T) {
	tests := []struct {
		subject          string
		reply, forward   bool
		response         bool
		topic, cleanSubj string
	}{
		{"Re: Interview", true, false, false, "Interview", "Interview"},
		{"AW: WG: Vorstellungsgespräch", true, false, false, "Vorstellungsgespräch", "Vorstellungsgespräch"},
		{"WG: Einladung: Interview", false, true, false, "Einladung: Interview", "Interview"},
		{"TR : Entretien", false, true, false, "Entretien", "Entretien"},
		{"Re[2]: Next steps", true, false, false, "Next steps", "Next steps"},
		{"SV: Intervju", true, false, false, "Intervju", "Intervju"},
		{"VS: Haastattelu", true, true, false, "Haastattelu", "Haastattelu"},
		{"YNT: Mülakat", true, false, false, "Mülakat", "Mülakat"},
		{"Accepted: Interview with Initech", false, false, true, "Accepted: Interview with Initech", "Interview with Initech"},
		{"Accepté : Entretien", false, false, true, "Accepté : Entretien", "Entretien"},
		{"Invitation: Interview @ Tue Dec 1, 2026 10am (CET) (sam@example.org)", false, false, false, "Invitation: Interview @ Tue Dec 1, 2026 10am (CET) (sam@example.org)", "Interview"},
		{"GEWIJZIGD: Bevestiging sollicitatiegesprek - Zeevonk Energie", false, false, false,
			"GEWIJZIGD: Bevestiging sollicitatiegesprek - Zeevonk Energie", "Bevestiging sollicitatiegesprek - Zeevonk Energie"},
		{"Geändert: Vorstellungsgespräch", false, false, false, "Geändert: Vorstellungsgespräch", "Vorstellungsgespräch"},
		{"Interview: Backend Engineer", false, false, false, "Interview: Backend Engineer", "Interview: Backend Engineer"},
		{"Ireland: next steps", false, false, false, "Ireland: next steps", "Ireland: next steps"},
		{"Research interview", false, false, false, "Research interview", "Research interview"},
	}
	for _, tc := range tests {
		t.Run(tc.subject, func(t *testing.T) {
			if got := isReplySubject(tc.subject); got != tc.reply {
				t.Errorf("isReplySubject = %v, want %v", got, tc.reply)
			}
			if got := isForwardSubject(tc.subject); got != tc.forward {
				t.Errorf("isForwardSubject = %v, want %v", got, tc.forward)
			}
			if got := hasResponsePrefix(tc.subject); got != tc.response {
				t.Errorf("hasResponsePrefix = %v, want %v", got, tc.response)
			}
			if got := topic(tc.subject); got != tc.topic {
				t.Errorf("topic = %q, want %q", got, tc.topic)
			}
			if got := cleanSubject(tc.subject); got != tc.cleanSubj {
				t.Errorf("cleanSubject = %q, want %q", got, tc.cleanSubj)
			}
		})
	}
}

// TestStripSignature: a letter's closing ends what the writer says; the
// office hours and addresses below it are never read for a time.
func TestStripSignature(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"German closing and office hours", "Wäre Freitag, 04.12., zur gleichen Uhrzeit möglich?\n\nMit freundlichen Grüßen\n\nLea Brandt\nTelefonisch erreichbar: Mo–Do 8:30–15:00 Uhr",
			"Wäre Freitag, 04.12., zur gleichen Uhrzeit möglich?"},
		{"English closing with a comma", "See you Thursday at 3pm.\n\nKind regards,\nJo\nOffice hours 9:00-17:00", "See you Thursday at 3pm."},
		{"Swedish short closing", "Toppen! Då ses vi onsdag kl. 14.00.\n\nMvh\nKarin", "Toppen! Då ses vi onsdag kl. 14.00."},
		{"a thank-you that opens the message is no closing", "Thanks!\nSee you Thursday at 3pm.\nJo", "Thanks!\nSee you Thursday at 3pm.\nJo"},
		{"a closing with nothing above it cuts nothing", "Best,\nJo", "Best,\nJo"},
		{"a sentence that starts like a closing is no closing", "Best regards to Anna, and see you Friday at 10.\nJo", "Best regards to Anna, and see you Friday at 10.\nJo"},
		{"the dash separator", "Friday at 10 works.\n-- \nJo Park", "Friday at 10 works."},
		{"a closing from a place", "Bis Montag um 9:30.\n\nLiebe Grüße aus Wien\nVerena\nT +43 1 890 33 42", "Bis Montag um 9:30."},
		{"regards from a city", "See you at 10.\n\nBest regards from London,\nJo\nOffice hours 9:00-17:00", "See you at 10."},
		{"a sentence about a place is no closing", "Viele Grüße aus dem Team, wir sehen uns um 10.\nJo", "Viele Grüße aus dem Team, wir sehen uns um 10.\nJo"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := stripSignature(tc.text); got != tc.want {
				t.Errorf("stripSignature = %q, want %q", got, tc.want)
			}
		})
	}
}
