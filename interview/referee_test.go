package interview

import "testing"

// TestPodcastAndRefereeWording: the two rules read the words of any
// language followupd reads by their stem, and a code is no referee.
func TestPodcastAndRefereeWording(t *testing.T) {
	tests := []struct {
		name, text string
		podcast    bool
		referee    bool
	}{
		{name: "Polish inflection", text: "Wywiad do podcastu „Kod i Kawa”?", podcast: true},
		{name: "Finnish case ending", text: "Haluaisimme haastatella sinua podcastissamme.", podcast: true},
		{name: "Swedish short form", text: "Skulle du vilja vara med i podden?", podcast: true},
		{name: "Norwegian spelling", text: "Vi lager en podkast om utvikling.", podcast: true},
		{name: "Spanish spelling", text: "Entrevista pódcast Datos en Abierto – ep. 88", podcast: true},
		{name: "no podcast", text: "Your interview with Podium Health is confirmed.", podcast: false},
		{name: "English referee", text: "Jana listed you as a reference for the Tech Lead role.", referee: true},
		{name: "English, one of her references", text: "She named you as one of her references.", referee: true},
		{name: "Czech", text: "Petr Novák se u nás uchází o pozici Tech Lead a uvedl Vás jako referenci.", referee: true},
		{name: "German", text: "Herr Weber hat Sie als Referenz angegeben.", referee: true},
		{name: "French", text: "Mme Dubois vous a indiqué comme référence.", referee: true},
		{name: "Dutch", text: "Pieter heeft u opgegeven als referentie.", referee: true},
		{name: "Spanish, your contact as a reference", text: "Lucía nos ha facilitado tu contacto como referencia profesional.", referee: true},
		{name: "Italian, your name", text: "Marco ci ha indicato il tuo nome come referenza.", referee: true},
		{name: "a reference number is no referee", text: "Bitte geben Sie die Kennziffer als Referenz an.", referee: false},
		{name: "nobody named", text: "Please quote REQ-1234 as reference when you reply.", referee: false},
		{name: "references in the process", text: "The last step before an offer is a reference check.", referee: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := podcastWord(tc.text) != ""; got != tc.podcast {
				t.Errorf("podcastWord(%q) = %q, want found=%v", tc.text, podcastWord(tc.text), tc.podcast)
			}
			if got := asReferee(tc.text) != ""; got != tc.referee {
				t.Errorf("asReferee(%q) = %q, want found=%v", tc.text, asReferee(tc.text), tc.referee)
			}
		})
	}
}

func TestReferenceCheck(t *testing.T) {
	kw := Config{Keywords: DefaultKeywords()}.keywords()
	tests := []struct {
		name, text string
		want       bool
	}{
		{"French, the interview word before", "Entretien de référence (20 min) – Sam Rivera", true},
		{"English call", "Reference call for Petr Novák", true},
		{"German compound", "Referenzgespräch zu Frau Weber", true},
		{"a request for one", "Reference request – Lena Hoffmann", true},
		{"Polish", "Rozmowa referencyjna – Anna Nowak", true},
		{"a posting's reference number", "Interview – Reference R-20418", false},
		{"a code word", "Interview reference number 4471", false},
		{"no reference at all", "Entretien – Développeur Go (20 min)", false},
		{"a German officer's title", "Einladung zum Vorstellungsgespräch - Referent Digitalisierung und Datenanalyse", false},
		{"a German officer's title, female", "Vorstellungsgespräch Referentin Öffentlichkeitsarbeit", false},
		{"a Dutch referee", "Referentgesprek over Sam Rivera", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := referenceCheck(tc.text, kw) != ""; got != tc.want {
				t.Errorf("referenceCheck(%q) = %q, want found=%v", tc.text, referenceCheck(tc.text, kw), tc.want)
			}
		})
	}
}
