package interview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/mail"
)

// The prefixes mail clients and calendars put before a subject, as their
// localisations write them. This is their one home: cleanSubject, topic,
// isReplySubject, isForwardSubject and hasResponsePrefix all read these.
// RFC 5322 §3.6.5 suggests "Re: " for a reply; clients translate it.
var (
	// Replies: "AW:" (German), "SV:" (Swedish, Danish, Norwegian), "Antw:"
	// (Dutch), "R:"/"RIF:" (Italian), "Odp:" (Polish), "Réf:" (French),
	// "VS:" (Finnish), "YNT:" (Turkish), "Odg:" (Croatian), "Vá:"
	// (Hungarian), "ΑΠ:" (Greek), "رد:" (Arabic), "پاسخ:" (Persian).
	replyPrefixes = []string{"re", "aw", "sv", "antw", "r", "rif", "odp", "réf", "vs", "ynt", "odg", "vá", "απ", "رد", "پاسخ"}
	// Forwards: "WG:" (German), "TR:" (French), "RV:"/"ENC:" (Spanish,
	// Portuguese), "I:" (Italian), "Doorst:" (Dutch), "PD:" (Polish), "VB:"
	// (Swedish), "VS:" (Danish, Norwegian: the Finnish reply's letters),
	// "VL:" (Finnish), "İLT:" (Turkish), "Tov:" (Hungarian).
	// "إعادة توجيه:" (Arabic), "هدایت:" (Persian).
	forwardPrefixes = []string{"fw", "fwd", "wg", "tr", "rv", "i", "enc", "doorst", "pd", "vb", "vs", "vl", "İlt", "tov",
		"إعادة توجيه", "اعادة توجيه", "هدایت"}
	// The user's answers to an invitation, as calendars title them.
	responsePrefixes = []string{
		"accepted", "declined", "tentative", "tentatively accepted", "angenommen", "abgelehnt",
		"mit vorbehalt angenommen", "zugesagt", "accepté", "refusé", "provisoire", "aceptado", "rechazado",
		"provisional", "accettato", "rifiutato", "geaccepteerd", "geweigerd", "voorlopig", "aceito",
		"recusado", "zaakceptowane", "odrzucone", "accepterat", "avböjt", "accepteret", "afvist",
		"godtatt", "avslått", "elfogadva", "elutasítva", "acceptat", "refuzat", "kabul edildi",
		"reddedildi",
	}
	// Calendar notices: what an invitation or its update is called.
	// markingPrefixes are the protective markings governments put before
	// a subject ("OFFICIAL: Invitation to interview - APS6 Data
	// Engineer", "OFFICIAL-SENSITIVE:"): a classification, no company.
	markingPrefixes = []string{
		"official: sensitive", "official-sensitive", "official sensitive", "official", "unclassified", "protected",
		"sensitive", "restricted", "confidential",
	}
	noticePrefixes = []string{
		"updated invitation with note", "updated invitation", "invitation", "new event", "confirmed",
		"confirmation", "reminder", "einladung", "aktualisierte einladung", "erinnerung", "bestätigt",
		"bestätigung", "canceled event", "cancelled event", "canceled", "cancelled", "abgesagt",
		"event canceled", "invitation canceled", "invitation mise à jour", "annulé", "annulée", "rappel",
		"confirmé", "invitación", "invitación actualizada", "cancelado", "cancelada", "recordatorio",
		"confirmado", "invito", "invito aggiornato", "annullato", "annullata", "promemoria", "confermato",
		"convite", "convite atualizado", "lembrete", "uitnodiging", "bijgewerkte uitnodiging", "geannuleerd",
		"herinnering", "bevestigd", "zaproszenie", "zaktualizowane zaproszenie", "odwołane",
		"przypomnienie", "inbjudan", "uppdaterad inbjudan", "inställt", "påminnelse", "bekräftelse",
		"bekräftad", "invitation opdateret", "aflyst", "bekræftelse", "påmindelse", "invitasjon",
		"oppdatert invitasjon", "avlyst", "bekreftelse", "bevestiging", "confirmación", "conferma", "potwierdzenie",
		"vahvistus", "potvrzení", "confirmação", "muistutus", "připomenutí", "pozvánka", "kutsu", "bekræftet",
		"bekreftet", "confirmada", "confermata",
		// A notice that the meeting changed: "GEWIJZIGD: Bevestiging
		// sollicitatiegesprek ...", "Geändert: ...", "Modifié : ...".
		"updated", "changed", "rescheduled", "gewijzigd", "geändert", "aktualisiert", "verschoben", "modifié",
		"modifiée", "mis à jour", "modificado", "modificada", "actualizado", "modificato", "aggiornato",
		"alterado", "atualizado", "zmienione", "ändrad", "uppdaterad", "ændret", "opdateret", "endret", "oppdatert",
		"muutettu", "změněno", "zmenené", "zrušené", "pripomienka", "potvrdenie",
		"meghívó", "frissített meghívó", "emlékeztető", "törölve", "módosítva", "megerősítve",
		"invitație", "invitație actualizată", "memento", "anulat", "confirmat", "actualizat",
		"davet", "güncellenmiş davet", "hatırlatma", "iptal edildi", "onaylandı", "güncellendi",
		// The South Slavic languages, Bulgarian, Russian, Ukrainian and
		// Greek: confirmed, reminder, cancelled, invitation.
		"potrjeno", "opomnik", "preklicano", "vabilo", "potvrđeno", "podsjetnik", "podsetnik", "otkazano", "pozivnica",
		"потврђено", "подсетник", "отказано", "позивница", "потвърдено", "напомняне", "отменено", "покана",
		"подтверждено", "напоминание", "приглашение", "підтверджено", "нагадування", "скасовано", "запрошення",
		"επιβεβαιώθηκε", "επιβεβαίωση", "υπενθύμιση", "ακυρώθηκε", "πρόσκληση",
		// Arabic and Persian: invitation, updated, reminder, cancelled.
		"undangan", "undangan diperbarui", "pengingat", "dikonfirmasi", "dibatalkan", "diperbarui",
		"jemputan", "peringatan", "disahkan", "dikemas kini",
		"دعوة", "دعوة محدثة", "تذكير", "تم الإلغاء", "ملغاة", "ملغى", "دعوت‌نامه", "یادآوری", "لغو شد",
	}
)

// subjectPrefix reads one prefix at the start of a subject: a word of
// list, an optional counter ("Re[2]:") and a colon, with the space French
// puts before it ("TR :"). It returns the subject after it.
func subjectPrefix(s string, list []string) (rest string, ok bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, p := range list {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		after := strings.TrimLeft(s[len(p):], " ")
		if strings.HasPrefix(after, "[") {
			if end := strings.IndexByte(after, ']'); end > 1 && strings.Trim(after[1:end], "0123456789") == "" {
				after = strings.TrimLeft(after[end+1:], " ")
			}
		}
		if r, _ := utf8.DecodeRuneInString(after); r == ':' || r == '：' {
			_, size := utf8.DecodeRuneInString(after)
			return strings.TrimLeftFunc(after[size:], unicode.IsSpace), true
		}
	}
	return s, false
}

func isReplySubject(s string) bool {
	_, ok := subjectPrefix(s, replyPrefixes)
	return ok
}

// isForwardSubject reports a forward's subject: what it forwards is what
// the sender means to tell, not an old message.
func isForwardSubject(s string) bool {
	_, ok := subjectPrefix(s, forwardPrefixes)
	return ok
}

// isForward reports a forward by its subject, as isForwardSubject does,
// but for "VS:" with In-Reply-To: Finnish writes its reply so, Danish and
// Norwegian their forward, and a reply names the message it answers (RFC
// 5322 section 3.6.4) where a forward, as a rule, does not.
func isForward(m *mail.Message) bool {
	if !isForwardSubject(m.Subject) {
		return false
	}
	_, vs := subjectPrefix(m.Subject, []string{"vs"})
	return !vs || len(m.InReplyTo) == 0
}

func hasResponsePrefix(s string) bool {
	_, ok := subjectPrefix(s, responsePrefixes)
	return ok
}

// topic is the subject a reply would answer, without reply and forward
// prefixes.
func topic(subject string) string {
	s := strings.TrimSpace(subject)
	for range 5 {
		rest, ok := subjectPrefix(s, replyPrefixes)
		if !ok {
			rest, ok = subjectPrefix(s, forwardPrefixes)
		}
		if !ok {
			break
		}
		s = rest
	}
	return s
}

// cleanSubject strips reply, forward and calendar prefixes and Google
// Calendar's " @ <when> (<address>)" suffix.
func cleanSubject(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for range 5 {
		rest, ok := subjectPrefix(s, replyPrefixes)
		for _, list := range [][]string{forwardPrefixes, noticePrefixes, responsePrefixes, markingPrefixes} {
			if !ok {
				rest, ok = subjectPrefix(s, list)
			}
		}
		if !ok {
			break
		}
		s = rest
	}
	if i := strings.Index(s, " @ "); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
