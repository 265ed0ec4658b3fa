package interview

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/followupd/followupd/mail"
)

// TestPhraseListsHaveNoRepeats keeps each phrase list a set. A phrase
// written twice (or once as "rendez-vous" and once as "rendez vous", which
// match alike) is a sign that two cases added the same words without
// seeing each other, and the lexicon then files the phrase under its list
// twice.
func TestPhraseListsHaveNoRepeats(t *testing.T) {
	lists := map[string][]string{
		"applicationWords":   flatten(applicationWordsByLanguage),
		"choiceLeads":        choiceLeads,
		"noticePrefixes":     noticePrefixes,
		"roleIntros":         roleIntros.phrases(),
		"softRejectionTails": softRejectionTails,
		"choiceTails":        choiceTails,
	}
	for l, ps := range listPhrases {
		lists[fmt.Sprintf("list %d", l)] = *ps
	}
	for name, phrases := range lists {
		seen := map[string]string{}
		for _, p := range phrases {
			key := strings.Join(words(strings.ToLower(p)), " ")
			if first, ok := seen[key]; ok {
				t.Errorf("%s: %q repeats %q", name, p, first)
			}
			seen[key] = p
		}
	}
}

// phrases lists the set's phrases, their words joined by spaces.
func (s phraseSet) phrases() []string {
	var out []string
	for _, ps := range s {
		for _, ws := range ps {
			out = append(out, strings.Join(ws, " "))
		}
	}
	return out
}

// TestReadersOwnOfficeIsNoJob: a role word bare after "your" names the
// one who serves the reader (a bank's manager, an adviser); a title is
// still a candidacy.
func TestReadersOwnOfficeIsNoJob(t *testing.T) {
	cfg := Config{}
	for _, tc := range []struct {
		subject string
		want    bool
	}{
		{"Agendamento confirmado: conversa com seu gerente em 10/12", false},
		{"Ihr Termin mit Ihrem Berater am 10.12.", false},
		{"Senior Backend Engineer - next steps", true},
		{"Gerente de Projetos - próximos passos", true},
	} {
		if got := cfg.applicationSubject(tc.subject) != ""; got != tc.want {
			t.Errorf("applicationSubject(%q) = %v, want %v", tc.subject, got, tc.want)
		}
	}
}

// TestIntroductionNamesTheUser: "A <> B" is about a candidacy when one
// side is the user; between two others it is someone's business.
func TestIntroductionNamesTheUser(t *testing.T) {
	cfg := Config{Names: []string{"Sam Rivera"}}
	tests := []struct {
		name, subject string
		cfg           Config
		want          bool
	}{
		{"the user's first name", "Marlowe & Finch <> Sam", cfg, true},
		{"the user's full name, with ×", "Northbeam × Sam Rivera", cfg, true},
		{"the user's last name", "Intro: Rivera <> Lumenfold", cfg, true},
		{"two others", "Quillstack <> Harbor & Pine: partner meeting", cfg, false},
		{"a name inside a word is no name", "Samsung <> Harbor & Pine", cfg, false},
		{"names not configured", "Quillstack <> Harbor & Pine", Config{}, true},
		// Google's subject ends with the invited address.
		{"the user's address is no name", "Invitation: Spieleabend (Codenames + Gartic Phone) @ Fri Dec 18, 2026 8pm - 11pm (CET) (sam.rivera@example.org)", cfg, false},
		{"the user's name beside the address", "Invitation: Kittiwake + Sam @ Tue Dec 8, 2026 (sam.rivera@example.org)", cfg, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.cfg.applicationSubject(tc.subject) != ""; got != tc.want {
				t.Errorf("applicationSubject(%q) = %v, want %v", tc.subject, got, tc.want)
			}
		})
	}
}

// BenchmarkLexiconScan reads the texts of the evaluation set's messages
// once each, as a first pass reads every candidate's.
func BenchmarkLexiconScan(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "eval", "*", "*.eml"))
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := mail.Parse(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, m.Subject, m.Text)
	}
	lx := defaultLexicon()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			lx.scan(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)/2), "ns/msg")
}

// TestWebinarWord: the stem finds a webinar in every inflection, in
// languages whose phrase lists do not hold it, and nothing else.
func TestWebinarWord(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"latvian nominative", "Vebinārs: Kā strādāt Latvijā – darba intervijas", "vebinārs"},
		{"latvian locative", "Jūsu vieta vebinārā ir apstiprināta", "vebinārā"},
		{"lithuanian", "Registracija į vebinarą patvirtinta", "vebinarą"},
		{"polish locative", "Zapraszamy na rozmowę o webinarze", "webinarze"},
		{"czech genitive", "Záznam webináře", "webináře"},
		{"estonian", "Veebiseminaril osalemine", "veebiseminaril"},
		{"english", "Webinar: Ace your interview", "webinar"},
		{"an interview", "Interview: Data Analyst - Orchard Retail", ""},
		{"a web developer", "Web developer interview", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := webinarWord(tc.in); got != tc.want {
				t.Errorf("webinarWord(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestLexiconWithoutAccents: phrases are found as people type them on a
// keyboard without accents, and still with them.
func TestLexiconWithoutAccents(t *testing.T) {
	lx := defaultLexicon()
	tests := []struct {
		name, text string
		l          list
	}{
		{"French, same time", "on decale a mercredi 9 meme heure", lSameTime},
		{"French, with accents", "mercredi 9, même heure", lSameTime},
		{"Spanish decline", "no me viene bien el miercoles", lDecline},
		{"Polish decline", "niestety nie moge w srode", lDecline},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if h := lx.scan(tc.text); h.has(tc.l) == "" {
				t.Errorf("scan(%q) found nothing of list %d", tc.text, tc.l)
			}
		})
	}
	if foldAccents("même łódź") != "meme lodz" {
		t.Errorf("foldAccents = %q", foldAccents("même łódź"))
	}
}

// TestStattIsInsteadOnlyOutsideStattfinden: German's "statt" is "instead"
// ("Donnerstag statt Mittwoch"), but also the particle that ends a
// clause of "stattfinden" ("Das Gespräch findet per Teams statt"), which
// moves nothing.
func TestStattIsInsteadOnlyOutsideStattfinden(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Können wir am Donnerstag um 10 Uhr statt 13:30 Uhr sprechen?", true},
		{"Ginge auch Donnerstag statt Mittwoch?", true},
		{"Das Gespräch findet per Microsoft Teams statt und dauert etwa 45 Minuten.", false},
		{"Das Gespräch heute um 14 Uhr findet deshalb nicht statt.", false},
		// A date and a clock between split into figures, which are
		// no words of the clause.
		{"Ihr erstes Gespräch findet am Donnerstag, 10.12.2026, um 14:00 Uhr per Teams statt.", false},
		{"Das Gespräch am Donnerstag, 10.12.2026, verlegen wir bitte auf 14:00 statt 11:30 Uhr.", true},
	}
	for _, tc := range tests {
		h := defaultLexicon().scan(tc.text)
		if got := h.has(lReschedule) != ""; got != tc.want {
			t.Errorf("scan(%q) reschedule = %q, want %v", tc.text, h.has(lReschedule), tc.want)
		}
	}
}

// TestConfiguredDefaultWordsShareTheLexicon: config hands detection its
// own copy of the built-in words; making a second lexicon for that copy
// cost every first pass about ten milliseconds.
func TestConfiguredDefaultWordsShareTheLexicon(t *testing.T) {
	same := func(a, b lexicon) bool {
		return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
	}
	if got := (Config{Keywords: DefaultKeywords()}).lexicon(); !same(got, defaultLexicon()) {
		t.Error("a copy of the built-in words got a lexicon of its own")
	}
	own := (Config{Keywords: []string{"kennenlerngespräch"}}).lexicon()
	if same(own, defaultLexicon()) {
		t.Error("configured words got the built-in lexicon")
	}
	if h := own.scan("unser Kennenlerngespräch am Montag"); h.has(lKeyword) == "" {
		t.Error("the configured word is not in its lexicon")
	}
}

// BenchmarkNewLexicon is what a lexicon costs to make: once per program
// and list of words, on first use (see defaultLexicon).
func BenchmarkNewLexicon(b *testing.B) {
	for b.Loop() {
		newLexicon(defaultKeywords)
	}
}

// TestLexiconReadsEveryScript: interview words are found in the scripts
// and cases their languages write. Chinese, Japanese and Korean write
// without spaces between words (Korean glues particles on), so each of
// their letters is a word and a keyword is found inside a run of them,
// and the phrase found is written as the language writes it. The words
// for any talk ("razgovor", "pokalbis") are none.
func TestLexiconReadsEveryScript(t *testing.T) {
	tests := []struct {
		name, text string
		found      bool
	}{
		{"Japanese", "【株式会社ミナトテック】一次面接のご案内", true},
		{"Chinese, simplified", "澜海科技｜复试安排确认", true},
		{"Chinese, traditional", "晶岱半導體 面試邀請", true},
		{"Korean, a particle glued on", "다음 주에 면접을 진행하고자 합니다", true},
		{"a seminar is none", "会社説明会のご案内", false},
		{"Croatian invitation", "Poziv na razgovor – Voditelj/ica IT projekata", true},
		{"Serbian Cyrillic", "Позивамо Вас на интервју у уторак", true},
		{"Slovenian", "Vabilo na razgovor za zaposlitev", true},
		{"Bulgarian", "Покана за интервю – Data Analyst", true},
		{"Ukrainian", "Запрошення на технічну співбесіду", true},
		{"Ukrainian apostrophe", "Відеоінтерв'ю на вакансію Product Analyst", true},
		{"Russian", "Приглашение на собеседование", true},
		{"Lithuanian", "Kvietimas į pokalbį – DevOps inžinierius", true},
		{"Latvian", "Uzaicinājums uz darba interviju", true},
		{"Estonian", "Kutse tööintervjuule", true},
		{"a talk alone is none", "Hvala na razgovoru, pozdrav", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := defaultLexicon().scan(tc.text)
			if got := h.has(lKeyword); (got != "") != tc.found {
				t.Errorf("keyword = %q, want found=%v", got, tc.found)
			}
			if got := firstWord(normalize(tc.text), defaultKeywords); (got != "") != tc.found {
				t.Errorf("firstWord = %q, want found=%v", got, tc.found)
			}
		})
	}
	if h := defaultLexicon().scan("一次面接のご案内"); h.has(lKeyword) != "面接" {
		t.Errorf("the phrase found is %q, want %q written without spaces", h.has(lKeyword), "面接")
	}
}

// TestLexiconReadsOutcomesInEveryScript: the outcome phrases of the
// languages written without spaces are found inside a run of letters,
// however the list spaces them ("면접이 취소되었음을", "今回はご期待に
// 添いかねる結果"), and in Cyrillic whatever the case; and the words that
// look like them but say something else are not.
func TestLexiconReadsOutcomesInEveryScript(t *testing.T) {
	tests := []struct {
		name, text string
		l          list
		found      bool
	}{
		{"Japanese no", "今回はご期待に添いかねる結果となりました", lRejection, true},
		{"Japanese call-off", "一次面接は中止とさせていただきます", lCancel, true},
		{"Chinese no, simplified", "我们决定不再推进您的申请", lRejection, true},
		{"Chinese no, traditional", "很遺憾通知您，本次未能錄取", lRejection, true},
		{"Chinese call-off", "原定于12月10日的面试取消", lCancel, true},
		{"Korean call-off, particle glued on", "1차 면접이 취소되었음을 안내드립니다", lCancel, true},
		{"Korean no", "아쉽게도 이번에는 함께하지 못하게 되었습니다", lRejection, true},
		{"Russian call-off, capitalised", "Собеседование ОТМЕНЯЕТСЯ", lCancel, true},
		{"Serbian Cyrillic no", "одлучили смо да наставимо са другим кандидатима", lRejection, true},
		{"Korean stage passed is no offer", "서류 전형에 합격하셔서 1차 면접 일정을 안내드립니다", lOffer, false},
		{"Korean final no is no offer", "최종 불합격 안내", lOffer, false},
		{"Russian 'no offer' is no offer", "мы не готовы сделать вам оффер", lOffer, false},
		{"German article is no Latvian yes", "der Termin am Freitag", lAccept, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := defaultLexicon().scan(tc.text)
			if got := h.has(tc.l); (got != "") != tc.found {
				t.Errorf("list %d found %q, want found=%v", tc.l, got, tc.found)
			}
		})
	}
}

// TestAnchorsHoldEveryPhrase: a text that holds a phrase of a list read
// by hasWord must hold one of the list's anchors too, or mayHold would
// skip a phrase that is there.
func TestAnchorsHoldEveryPhrase(t *testing.T) {
	for _, tc := range []struct {
		name    string
		phrases []string
		anchor  list
	}{
		{"hiring", hiringPhrases, lHiringAnchor},
		{"good news", goodNewsPhrases, lGoodNewsAnchor},
		{"the writer's new job", writersNewJobPhrases, lNewJobAnchor},
		{"for you yourself", forYourselfPhrases, lYourselfAnchor},
	} {
		for _, p := range tc.phrases {
			_, n := utf8.DecodeRuneInString(p)
			for _, text := range []string{"Hi Sam,\n\n" + p + " a thing.", strings.ToUpper(p[:n]) + p[n:] + "!"} {
				if !hasWord(normalize(text), p) {
					t.Fatalf("%s: %q does not hold %q as hasWord reads it", tc.name, text, p)
				}
				if h := defaultLexicon().scan(text); h.has(tc.anchor) == "" {
					t.Errorf("%s: %q holds %q but none of its anchors", tc.name, text, p)
				}
			}
		}
	}
	// The good news are read as written, without fillers: the anchor is
	// the phrase, so that the common words of one ("good", "news")
	// alone do not make a text worth the search.
	for _, text := range []string{"Good to hear from you. The news can wait.", "Goed dat je er bent; nieuws volgt."} {
		h := defaultLexicon().scan(text)
		if got := h.has(lGoodNewsAnchor); got != "" {
			t.Errorf("%q holds the good-news anchor %q", text, got)
		}
	}
}

// TestForYourselfAnchorsCoverPhrases: notForReader skips text without
// an anchor, so every phrase must hold one.
func TestForYourselfAnchorsCoverPhrases(t *testing.T) {
	for _, p := range forYourselfPhrases {
		if !slices.ContainsFunc(forYourselfAnchors, func(a string) bool { return strings.Contains(p, a) }) {
			t.Errorf("phrase %q holds no anchor of forYourselfAnchors", p)
		}
	}
}

// TestSaysNoInterviewAsReported: each phrase by which a writer says a
// meeting is no interview is known again in the form the lexicon reports
// it ("isn t an interview"), so that its rules apply to it.
func TestSaysNoInterviewAsReported(t *testing.T) {
	lx := (Config{Keywords: DefaultKeywords()}).lexicon()
	for _, p := range saysNoInterviewPhrases {
		h := lx.scan("Hi Sam, " + p + ", just coffee.")
		got := h.has(lAppointment)
		if got == "" {
			t.Errorf("%q: no appointment found", p)
			continue
		}
		if !saysNoInterview[got] {
			t.Errorf("%q reported as %q, which saysNoInterview does not hold", p, got)
		}
	}
}
