package interview

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Languages are the languages whose interview wording followupd knows, as
// ISO 639-1 codes, with their English names (config.example.yaml names
// them; a test holds the two together).
var Languages = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish",
	"pt": "Portuguese", "it": "Italian", "nl": "Dutch", "pl": "Polish",
	"sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
	"sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish",
	"ja": "Japanese", "zh": "Chinese", "ko": "Korean",
	"hr": "Croatian", "sr": "Serbian", "sl": "Slovenian", "bg": "Bulgarian", "uk": "Ukrainian", "ru": "Russian",
	"lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "el": "Greek", "ar": "Arabic", "fa": "Persian",
	"id": "Indonesian", "ms": "Malay",
}

// keywordsByLanguage are the words that mark a message or event as being
// about a job interview, lower-case, matched on word boundaries. Inflected
// forms are listed where a language inflects the noun after a preposition
// ("na rozmowę kwalifikacyjną", "zum Vorstellungsgespräch"). Words that
// also mean a press interview or any conversation ("Gespräch", "intervista",
// "samtale") are left out: the scheduling and calendar signals find those
// interviews without them.
var keywordsByLanguage = map[string][]string{
	"en": {
		"interview", "interviews", "interviewing", "interviewer", "interviewers",
		"phone screen", "phone screening", "screening call", "technical screen", "tech screen", "tech screening",
		"screening interview", "video screen",
		"onsite", "on-site interview", "hiring manager", "recruiter call", "final round",
		// Design and product hiring name their interviews by what the
		// candidate presents or solves.
		"portfolio review", "portfolio walkthrough", "portfolio presentation", "portfolio interview",
		"design challenge", "design exercise", "case study presentation", "case interview", "product case",
		// A day's trial work or an assessment centre is the interview.
		"trial day", "trial shift", "assessment centre", "assessment center",
		// Indian recruiters' rounds: "Round 2 - Technical Panel".
		"technical round", "technical panel", "hr round", "managerial round", "techno-managerial round",
		// Tech companies name each round by what it tests: "Okapi –
		// system design round", "Coding round with the Ledger team".
		"system design round", "coding round", "design round", "architecture round", "onsite round",
		"culture round", "bar raiser",
		// Academic hiring: the candidate's talk is the interview's first part.
		"job talk", "campus interview", "teaching demonstration",
	},
	"de": {
		"vorstellungsgespräch", "vorstellungsgespräche", "vorstellungsgesprächs",
		"bewerbungsgespräch", "bewerbungsgespräche", "bewerbungsgesprächs",
		"kennenlerngespräch", "kennenlerngesprächs", "kennenlerntermin", "kennenlerntag", "kennenlerntags",
		"auswahlgespräch", "telefoninterview", "videointerview", "zweitgespräch",
		"vorstellungstermin", "vorstellungstermins", "bewerbungstermin", "interviewtermin",
		"portfolio-präsentation", "portfoliopräsentation", "case-study-präsentation",
		"probearbeitstag", "probearbeit", "probetag", "assessment-center", "auswahltag", "auswahlverfahren",
		"probevortrag", "probevortrags", "berufungsvortrag", "berufungsvortrags", "probearbeiten", "probeschicht",
	},
	"fr": {"entretien", "entretiens", "entretien d'embauche", "entretien d’embauche", "entretien téléphonique",
		"entrevue", "entrevues", "journée d'immersion", "journée d’immersion"}, // "entrevue": French Canada
	"es": {"entrevista", "entrevistas", "entrevista de trabajo", "día de prueba", "jornada de prueba", "jornada de selección",
		"videoentrevista", "videoentrevistas"},
	"pt": {"entrevista", "entrevistas", "entrevista de emprego", "videoentrevista", "videoentrevistas"},
	"it": {"colloquio", "colloqui", "colloquio di lavoro", "colloquio conoscitivo", "giornata di prova",
		"videocolloquio", "videocolloqui"},
	"nl": {"sollicitatiegesprek", "sollicitatiegesprekken", "kennismakingsgesprek", "tweede gesprek", "eerste gesprek",
		"proefdag", "meeloopdag", "vervolggesprek", "selectiegesprek", "casusgesprek", "casegesprek"},
	"pl": {
		"rozmowa kwalifikacyjna", "rozmowę kwalifikacyjną", "rozmowy kwalifikacyjnej", "rozmowie kwalifikacyjnej",
		"rozmowa rekrutacyjna", "rozmowę rekrutacyjną", "rozmowy rekrutacyjnej", "spotkanie rekrutacyjne",
		// A trial of the work, a step of hiring as "Probearbeiten" is.
		"dzień próbny", "próbny dzień pracy", "dniu próbnym", "próbną zmianę", "próbna zmiana",
	},
	// "første samtale", "andra samtalet": a numbered conversation is a
	// round of interviews, as "eerste gesprek" is in Dutch.
	"sv": {"intervju", "intervjun", "intervjuer", "anställningsintervju", "anställningsintervjun", "telefonintervju", "rekryteringsintervju",
		"första samtal", "första samtalet", "andra samtal", "andra samtalet"},
	"da": {"jobsamtale", "jobsamtalen", "ansættelsessamtale", "ansættelsessamtalen", "jobinterview",
		"første samtale", "anden samtale", "2. samtale"},
	"no": {"jobbintervju", "jobbintervjuet", "intervju", "intervjuet", "ansettelsesintervju",
		"første samtale", "andre samtale", "første intervju", "andre intervju"},
	// Finnish inflects the noun for every preposition English would use:
	// "kutsu haastatteluun", "haastattelussa", "haastattelun jälkeen".
	"fi": {
		"haastattelu", "haastattelun", "haastatteluun", "haastattelussa", "haastattelusta", "haastattelua",
		"haastatteluna", "haastattelut", "haastatteluihin", "työhaastattelu", "työhaastatteluun",
		"työhaastattelussa", "haastattelukutsu", "haastattelukierros", "haastattelukierrokselle",
		"puhelinhaastattelu", "videohaastattelu",
	},
	"cs": {
		"pohovor", "pohovoru", "pohovorem", "pohovory", "přijímací pohovor", "pracovní pohovor",
		"vstupní pohovor", "úvodní pohovor", "technický pohovor", "telefonický pohovor", "online pohovor",
	},
	// Slovak shares "pohovor" with Czech and inflects it its own way
	// ("na pohovore", "prijímacieho pohovoru"). Not "stretnutie" nor
	// "rozhovor": any meeting, and a press interview.
	"sk": {
		"pohovor", "pohovoru", "pohovorom", "pohovore", "pohovory", "prijímací pohovor", "prijímacieho pohovoru",
		"výberový pohovor", "výberového pohovoru", "pracovný pohovor", "pracovného pohovoru", "osobný pohovor",
		"osobného pohovoru", "úvodný pohovor", "technický pohovor", "telefonický pohovor", "online pohovor",
	},
	// Hungarian inflects "interjú" with a suffix for each preposition
	// ("interjúra", to; "interjún", at; "interjút", the object). Not
	// "beszélgetés", "megbeszélés" nor "találkozó": any conversation or
	// meeting. "interjú" is also a press interview; the press words
	// (pressPhrases) tell those apart.
	"hu": {
		"állásinterjú", "állásinterjúra", "állásinterjún", "állásinterjút", "állásinterjúval", "állásinterjúja",
		"interjú", "interjúra", "interjún", "interjút", "interjúval", "interjúja", "interjúnk", "interjúnkra",
		"interjúról", "interjúk", "felvételi beszélgetés", "felvételi beszélgetésre", "felvételi beszélgetésen",
		"felvételi interjú", "szakmai interjú", "technikai interjú", "telefonos interjú", "online interjú",
	},
	// Romanian articles its nouns with an ending ("interviul", the
	// interview; "interviului", of it). Not "întâlnire" nor "discuție":
	// any meeting or talk. "interviu" is a press interview as well; the
	// press words tell those apart.
	"ro": {
		"interviu", "interviul", "interviului", "interviuri", "interviurile", "interviu de angajare",
		"interviul de angajare", "interviu tehnic", "interviul tehnic", "interviu telefonic", "interviu online",
		"interviu final", "interviul final",
	},
	// Turkish: "mülakat" and "iş görüşmesi" with their endings ("mülakata
	// davet", "mülakatınız"); compounds and other endings are found by
	// the stem (compoundStems). Not "görüşme" alone: any meeting or call.
	"tr": {
		"mülakat", "mülakatı", "mülakata", "mülakatta", "mülakatınız", "mülakatımız", "mülakat daveti", "mülakatlar",
		"iş görüşmesi", "iş görüşmesine", "iş görüşmesinde", "iş görüşmeniz", "teknik mülakat", "online mülakat",
		"yüz yüze mülakat", "görüntülü mülakat", "ön mülakat", "teknik görüşme", "teknik görüşmeyi", "teknik görüşmede",
		"teknik görüşmeye",
	},
	// Chinese, Japanese and Korean: each character is a word (see
	// ideograph), so "面接" is found in "一次面接のご案内" and "면접"
	// in "면접을". Not "面談" nor "面谈": a casual talk or any
	// appointment's consultation as often as an interview.
	// The South Slavic languages: "razgovor" alone is any conversation,
	// but an invitation to one ("Poziv na razgovor") is how employers
	// write it; Serbian in both its scripts.
	"hr": {"intervju", "intervjua", "intervjuu", "razgovor za posao", "razgovora za posao", "poziv na razgovor",
		"selekcijski razgovor", "drugi krug razgovora"},
	"sr": {"intervju", "intervjua", "intervjuu", "razgovor za posao", "poziv na razgovor", "интервју", "интервјуа",
		"интервјуу", "разговор за посао", "позив на разговор"},
	"sl": {"intervju", "razgovor za zaposlitev", "zaposlitveni razgovor", "vabilo na razgovor"},
	"bg": {"интервю", "интервюто", "интервюта", "покана за интервю", "събеседване"},
	// Greek: the interview and its genitive ("πρόσκληση σε συνέντευξη"),
	// also as capitals drop the accent ("ΣΥΝΕΝΤΕΥΞΗ").
	"el": {"συνέντευξη", "συνέντευξης", "συνεντεύξεις", "συνεντευξη", "συνεντευξης", "συνέντευξη εργασίας",
		"πρόσκληση σε συνέντευξη"},
	// Ukrainian writes the apostrophe of "інтерв'ю" three ways; the
	// modifier letter (ʼ) keeps it one word.
	"uk": {"співбесіда", "співбесіду", "співбесіди", "співбесіді", "інтерв'ю", "інтервʼю", "відеоінтерв'ю", "відеоінтервʼю",
		"пробний робочий день", "пробний день", "пробну зміну", "пробна зміна"},
	"ru": {"собеседование", "собеседования", "собеседовании", "интервью", "видеоинтервью",
		"пробный рабочий день", "пробный день", "пробную смену", "пробная смена"},
	// Baltic: the job's talk, not any talk ("pokalbis", "vestlus").
	"lt": {"darbo pokalbis", "darbo pokalbį", "darbo pokalbio", "darbo pokalbiui", "atrankos pokalbis", "atrankos pokalbį",
		"kvietimas į pokalbį", "interviu"},
	"lv": {"intervija", "intervijā", "interviju", "intervijas", "darba intervija", "darba pārrunas"},
	"et": {"tööintervjuu", "tööintervjuule", "intervjuu", "intervjuule", "töövestlus", "töövestlusele"},
	// Arabic glues its article and prepositions on ("للمقابلة", for the
	// interview) and often writes the final ة as ه; "مقابلة" is also a
	// press interview, which the press words tell apart.
	"ar": {"مقابلة", "المقابلة", "مقابله", "المقابله", "لمقابلة", "للمقابلة", "بالمقابلة", "مقابلات", "المقابلات",
		"مقابلة شخصية", "المقابلة الشخصية", "مقابلة عمل", "مقابلة العمل", "مقابلة فنية", "المقابلة الفنية",
		"مقابلة هاتفية", "مقابلة عن بعد", "مقابلة افتراضية", "مقابلة مرئية", "مقابلة الفيديو", "مقابلة فيديو"},
	// Persian: "مصاحبه" with its endings after a zero-width non-joiner
	// ("مصاحبه‌ی فنی"), which ends the word for the matcher.
	"fa": {"مصاحبه", "مصاحبه‌ها", "مصاحبه شغلی", "مصاحبه کاری", "مصاحبه فنی", "مصاحبه حضوری", "مصاحبه تلفنی",
		"مصاحبه آنلاین", "مصاحبه استخدامی", "دعوت به مصاحبه", "جلسه مصاحبه"},
	// Indonesian says "wawancara" and, as often, the English word with
	// the round after it ("Interview User", the hiring manager's round;
	// "Interview HR"); Malay says "temuduga" (also "temu duga"). Not
	// "temu bual": a press interview as often.
	"id": {"wawancara", "undangan wawancara", "jadwal wawancara", "wawancara kerja", "wawancara online", "interview user",
		"interview hr", "undangan interview"},
	"ms": {"temuduga", "temu duga", "sesi temuduga", "jemputan temuduga", "temuduga kerja", "temuduga dalam talian"},
	"ja": {"面接"},
	"zh": {"面试", "面試", "初试", "复试", "複試", "终面", "終面"},
	"ko": {"면접"},
}

// DefaultKeywords returns the interview words of every language followupd
// knows, each once, in a stable order.
func DefaultKeywords() []string {
	seen := map[string]bool{}
	var out []string
	for _, lang := range LanguageCodes() {
		for _, w := range keywordsByLanguage[lang] {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// KeywordsOf returns the built-in interview words of one language.
func KeywordsOf(lang string) []string { return append([]string(nil), keywordsByLanguage[lang]...) }

// LanguageCodes returns the codes of Languages, English first, then sorted.
func LanguageCodes() []string {
	out := make([]string, 0, len(Languages))
	for c := range Languages {
		if c != "en" {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return append([]string{"en"}, out...)
}

// subjectWordsByLanguage are the words of a subject that make a message
// worth reading although it names no interview: recruiters write "Next
// steps", "Ihre Bewerbung", "Votre candidature" or "Quick chat?" and fix the
// time in the body. They are only a reason to fetch a body, never evidence
// of an interview: the body decides. Words that every shop and service
// puts in its subjects ("confirmed", "reminder", "termin") are left out:
// an order confirmation is no reason to read a body, and a scheduling
// system's reminder names the interview or comes from a known system.
var subjectWordsByLanguage = map[string][]string{
	"en": {
		"next steps", "next step", "next stage", "next round", "last step", "final step", "final stage",
		"availability", "your application", "application", "candidacy",
		"opportunity", "scheduling", "rescheduled", "invitation", "invite",
		"call", "chat", "catch up", "conversation", "meeting", "meet", "time slot", "booking",
		"booked", "assessment", "video interview", "intro", "introduction",
		"zoom", "teams", "google meet", "webex", "whereby", "video call", "videocall",
		// Plurals: an agency plans several at once ("Interviews next week",
		// "Planning gesprekken volgende week").
		"calls", "chats", "conversations", "meetings", "invitations", "invites", "video calls",
	},
	"de": {
		"bewerbung", "ihre bewerbung", "deine bewerbung", "nächste schritte", "nächster schritt", "letzter schritt", "weiteres vorgehen", "termin", "termine",
		"terminvorschlag", "terminvorschläge", "terminanfrage", "terminabstimmung", "einladung", "gespräch", "telefonat",
		"kennenlernen", "austausch", "zoom-meeting", "videogespräch", "videocall",
		"gespräche", "telefonate", "einladungen", "videogespräche",
	},
	"fr": {
		"candidature", "votre candidature", "ta candidature", "rendez-vous", "prochaines étapes", "suite du processus",
		"prochaine étape", "dernière étape", "invitation", "échange", "appel", "disponibilités", "rencontre", "opportunité",
		"appels", "échanges", "rencontres", "invitations",
	},
	"es": {
		"candidatura", "tu candidatura", "su candidatura", "solicitud", "próximos pasos", "cita",
		"siguientes pasos", "siguiente paso", "próximo paso", "último paso", "siguiente etapa", "reunión", "llamada", "disponibilidad", "invitación", "proceso de selección",
		"oportunidad", "reuniones", "llamadas", "citas", "invitaciones",
		// "Convocatoria: jornada de selección": a summons to a step.
		"convocatoria", "convocatorias", "jornada de selección", "jornada de seleccion",
	},
	"pt": {
		"candidatura", "próximos passos", "próximo passo", "próximas etapas", "reunião", "conversa", "disponibilidade", "convite",
		"processo seletivo", "processo de seleção", "oportunidade", "reuniões", "conversas", "convites", "convocação", "convocatória",
	},
	"it": {
		"candidatura", "prossimi passi", "prossimo passo", "prossime fasi", "appuntamento", "incontro", "chiamata", "disponibilità",
		"invito", "selezione", "opportunità", "incontri", "chiamate", "appuntamenti", "inviti", "convocazione",
	},
	"nl": {
		"sollicitatie", "je sollicitatie", "uw sollicitatie", "volgende stap", "volgende stappen", "vervolgstap",
		"vervolgstappen", "afspraak", "gesprek", "uitnodiging", "beschikbaarheid", "kennismaking", "kennismaken",
		"gesprekken", "afspraken", "uitnodigingen",
	},
	"pl": {
		"aplikacja", "twoja aplikacja", "rekrutacja", "proces rekrutacyjny", "kolejne kroki",
		"następne kroki", "dalsze kroki", "kolejny etap", "spotkanie", "rozmowa", "rozmowę", "zaproszenie",
		// "Kawka Systems - pogadamy?": let's talk.
		"pogadamy", "pogadajmy", "porozmawiajmy", "kawa", "kawę", "spotkania", "rozmowy", "zaproszenia",
	},
	"sv": {"ansökan", "din ansökan", "nästa steg", "möte", "samtal", "inbjudan", "rekrytering", "möjlighet", "möten", "inbjudningar"},
	"da": {"ansøgning", "din ansøgning", "næste skridt", "møde", "samtale", "invitation", "rekruttering", "mulighed", "møder", "samtaler", "invitationer"},
	"no": {"søknad", "din søknad", "neste steg", "møte", "samtale", "invitasjon", "rekruttering", "mulighet", "møter", "samtaler", "invitasjoner"},
	"fi": {"hakemus", "hakemuksesi", "seuraavat vaiheet", "seuraava vaihe", "tapaaminen", "kutsu", "puhelu",
		"keskustelu", "rekrytointi", "mahdollisuus", "tapaamiset", "puhelut", "keskustelut", "kutsut"},
	"cs": {"výběrové řízení", "výběrového řízení", "přihláška", "vaše přihláška", "další kroky", "schůzka", "pozvánka",
		"hovor", "telefonát", "termín", "příležitost", "schůzky", "pozvánky", "hovory", "termíny"},
	"sk": {"výberové konanie", "výberového konania", "prihláška", "vaša prihláška", "žiadosť o zamestnanie", "ďalšie kroky",
		"stretnutie", "pozvánka", "hovor", "telefonát", "termín", "príležitosť", "stretnutia", "pozvánky", "hovory", "termíny"},
	"hu": {"jelentkezés", "jelentkezése", "jelentkezésed", "pályázat", "pályázata", "következő lépések", "következő lépés",
		"meghívó", "meghívás", "időpontegyeztetés", "egyeztetés", "találkozó", "beszélgetés", "megbeszélés",
		"hívás", "lehetőség", "kiválasztási folyamat", "találkozók", "beszélgetések", "megbeszélések", "meghívók"},
	"ro": {"candidatura", "candidatura dumneavoastră", "aplicarea", "aplicația ta", "aplicația dumneavoastră",
		"următorii pași", "următorul pas", "invitație", "întâlnire", "discuție", "apel", "disponibilitate",
		"oportunitate", "proces de recrutare", "procesul de selecție", "întâlniri", "discuții", "invitații"},
	"tr": {"başvurunuz", "başvuru", "başvurunuz hakkında", "sonraki adımlar", "bir sonraki adım", "davet", "daveti",
		"davetiye", "görüşme", "görüşme daveti", "toplantı", "fırsat", "işe alım süreci", "değerlendirme", "görüşmeler", "toplantılar", "davetler"},
	"ja": {"日程調整", "日程確定", "日程のご案内", "選考"},
	"zh": {"日程安排", "时间安排", "時間安排", "邀请", "邀請"},
	"ko": {"일정 안내", "일정 변경", "채용"},
	"ar": {"دعوة", "موعد", "طلبك", "طلب التوظيف", "ترشيحك", "الوظيفة", "التوظيف"},
	"id": {"undangan", "jadwal", "lamaran", "lamaran anda", "lowongan", "posisi", "tahap selanjutnya"},
	"ms": {"jemputan", "jadual", "permohonan", "permohonan anda", "jawatan", "jawatan kosong"},
	"fa": {"دعوت", "درخواست", "رزومه", "استخدام", "همکاری"},
}

// opportunityWords are the scheduling words with which a recruiting
// agency titles its first, unasked-for mail ("Exciting Senior Go Engineer
// opportunity", "Opportunité Lead Développeur Java").
var opportunityWords = map[string]bool{
	"opportunity": true, "opportunité": true, "oportunidad": true, "oportunidade": true, "opportunità": true,
	"möjlighet": true, "mulighed": true, "mulighet": true, "mahdollisuus": true, "příležitost": true,
	"príležitosť": true, "lehetőség": true, "oportunitate": true, "fırsat": true,
}

// applicationWordsByLanguage are words of a subject that say the message is
// about the user's candidacy: "Your application", "Ihre Bewerbung",
// "Stillingen som ...", "Próximos passos". Unlike the scheduling words, they
// make a message about the job search (see analysis.about), so that a time
// fixed in its body counts in any wording.
var applicationWordsByLanguage = map[string][]string{
	"en": {"your application", "application", "candidacy", "next steps", "next step", "position", "role", "opening", "vacancy",
		"technical round", "hiring process", "first stage", "1st stage", "second stage", "2nd stage", "final stage",
		"next stage", "next round"},
	"de": {"bewerbung", "ihre bewerbung", "deine bewerbung", "nächste schritte", "nächster schritt", "weiteres vorgehen", "stelle", "position", "bewerbungsprozess",
		"finale runde", "letzte runde", "finalrunde", "finale phase", "letzte phase", "nächste runde", "zweite runde"},
	"fr": {"candidature", "votre candidature", "prochaines étapes", "prochaine étape", "suite du processus", "poste", "recrutement",
		"phase finale", "étape finale", "dernière étape", "tour final"},
	"es": {"candidatura", "tu candidatura", "su candidatura", "próximos pasos", "siguientes pasos", "siguiente paso",
		"próximo paso", "siguiente etapa", "puesto", "vacante", "proceso de selección",
		"fase final", "etapa final", "última fase", "última etapa", "siguiente fase", "próxima fase"},
	"pt": {"candidatura", "próximos passos", "próximo passo", "próximas etapas", "vaga", "processo seletivo", "processo de seleção",
		"fase final", "etapa final", "última fase", "última etapa", "próxima fase", "próxima etapa"},
	"it": {"candidatura", "prossimi passi", "prossimo passo", "prossime fasi", "posizione", "selezione",
		"fase finale", "ultima fase", "prossima fase"},
	"nl": {"sollicitatie", "je sollicitatie", "uw sollicitatie", "volgende stap", "volgende stappen", "vervolgstap",
		"vervolgstappen", "vacature", "laatste ronde", "finale ronde", "laatste fase", "volgende ronde", "tweede ronde"},
	"pl": {"aplikacja", "twoja aplikacja", "rekrutacja", "proces rekrutacyjny", "kolejne kroki", "następne kroki",
		"dalsze kroki", "kolejny etap", "stanowisko", "ostatni etap", "etap finałowy", "finałowy etap"},
	"sv": {"ansökan", "din ansökan", "nästa steg", "tjänsten", "tjänst", "rekrytering", "sista steget", "nästa runda", "sista rundan"},
	"da": {"ansøgning", "din ansøgning", "næste skridt", "stillingen", "stilling", "rekruttering", "sidste runde", "næste runde", "sidste fase"},
	"no": {"søknad", "din søknad", "neste steg", "stillingen", "stilling", "rekruttering", "siste runde", "neste runde", "siste fase"},
	"fi": {"hakemus", "hakemuksesi", "seuraavat vaiheet", "seuraava vaihe", "tehtävä", "rekrytointi"},
	"cs": {"výběrové řízení", "výběrového řízení", "přihláška", "vaše přihláška", "pozice", "pracovní pozice", "další kroky"},
	"sk": {"výberové konanie", "výberového konania", "prihláška", "vaša prihláška", "žiadosť o zamestnanie", "pozícia",
		"pracovná pozícia", "ďalšie kroky"},
	"hu": {"jelentkezés", "jelentkezése", "jelentkezésed", "pályázat", "pályázata", "pályázatod", "következő lépések",
		"pozíció", "álláshely", "kiválasztási folyamat", "toborzás"},
	"ro": {"candidatura", "aplicarea", "aplicația", "următorii pași", "poziția", "postul", "procesul de recrutare",
		"procesul de selecție", "recrutare"},
	"tr": {"başvurunuz", "başvuru", "başvurunuz hakkında", "sonraki adımlar", "pozisyon", "pozisyonu", "işe alım süreci",
		"işe alım"},
	"ja": {"ご応募", "応募", "選考"},
	"zh": {"投递", "投遞", "申请", "應徵", "职位", "職位"},
	"ko": {"지원서", "채용"},
	"ar": {"طلبك", "طلب التوظيف", "طلب توظيف", "ترشيحك", "الوظيفة", "وظيفة", "التوظيف", "الشاغر"},
	"id": {"lamaran", "lamaran anda", "lamaran kerja", "lowongan", "posisi", "proses rekrutmen", "tahap selanjutnya", "tahap akhir"},
	"ms": {"permohonan", "permohonan anda", "permohonan jawatan", "jawatan", "proses pengambilan", "peringkat seterusnya"},
	"fa": {"درخواست همکاری", "درخواست شما", "استخدام", "موقعیت شغلی", "فرصت شغلی", "رزومه"},
}

// roleSuffixes end job titles written as one word in the Germanic
// languages and Finnish ("Backendutvikler", "Softwareentwickler",
// "Ohjelmistokehittäjä").
var roleSuffixes = []string{
	"entwickler", "entwicklerin", "ingenieur", "ingenieurin", "utvikler", "utvecklare", "udvikler",
	"ontwikkelaar", "voorbereider", "medewerker", "beheerder", "adviseur", "engineer", "architekt", "arkitekt", "konsulent", "berater", "ingeniør", "ingenjör",
	// Finnish compounds: "Ohjelmistokehittäjä", "Pilviarkkitehti".
	"kehittäjä", "insinööri", "arkkitehti", "suunnittelija", "ohjelmoija", "asiantuntija",
	"vývojář", "vývojářka", "inženýr", "analytik", "programátor", "vývojár", "vývojárka", "inžinier",
	// Hungarian compounds: "Szoftverfejlesztő", "Adatmérnök", "Adatelemző".
	"fejlesztő", "mérnök", "elemző", "programozó", "tanácsadó",
	// "Logistikanalytiker", "Produktmanager", "Teamleiter", "Teamleder".
	"analytiker", "analytikerin", "spezialist", "spezialistin", "manager", "managerin", "leiter", "leiterin",
	"leder", "ledare", "tekniker", "administrator", "administratorin", "koordinator", "koordinatorin",
	"referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "leitung", "lehrkraft", "fachkraft", "pflegekraft", "aushilfskraft", "bürokraft", "servicekraft",
	// The Scandinavian and Dutch office titles: "Seniorrådgiver",
	// "Avdelingsdirektør", "Utredare", "Beleidsmedewerker".
	"rådgiver", "rådgivare", "spesialist", "specialist", "direktør", "direktör", "sjef", "saksbehandler",
	"sagsbehandler", "handläggare", "utredare", "utreder", "forsker", "forskare", "medewerker", "adviseur", "förvaltare", "forvalter",
	"sykepleier", "sjuksköterska", "sygeplejerske", "beraterin",
}

// applicationSubject says why a subject is about the user's candidacy, or
// "": application words, a job title ("Saltmarsh Games – Senior Server
// Engineer"), or an introduction of the user ("Marlowe & Finch <> Sam").
func (cfg Config) applicationSubject(subject string) string {
	return subjectSignalsOf(subject, defaultLexicon().scan(subject), cfg.Names).application
}

// subjectSignals is what a subject says about the job search.
type subjectSignals struct {
	keyword     string // an interview word
	scheduling  string // a word about meeting or calling: a reason to read the body
	application string // the candidacy: application words, a title, an introduction
	// titleOnly is set when application is only a job title or
	// "opportunity": what a recruiting agency's first, unasked-for mail
	// says ("Exciting Senior Go Engineer opportunity").
	titleOnly bool
}

// subjectSignals reads a subject with one scan of cfg's lexicon: Candidate
// asks for every new message of a first pass.
func (cfg Config) subjectSignals(subject string) subjectSignals {
	return subjectSignalsOf(subject, cfg.lexicon().scan(subject), cfg.Names)
}

// subjectSignalsOf reads subject, whose lexicon hits are h; names are the
// user's own names.
func subjectSignalsOf(subject string, h hits, names []string) subjectSignals {
	sig := subjectSignals{keyword: h[lKeyword], scheduling: h[lScheduling], application: h[lApplication]}
	if sig.keyword == "" {
		sig.keyword = compoundKeyword(subject)
	}
	if sig.application != "" && !(sig.application == "application" && otherApplication(subject)) {
		return sig
	}
	sig.application = ""
	// "Marlowe & Finch <> Sam", "Northbeam × Sam Rivera": how an
	// introduction or a booking between the user and an organisation is
	// titled. Between two others ("Quillstack <> Harbor & Pine: partner
	// meeting") it is business, not a candidacy. Without the user's names
	// configured, any introduction counts.
	// "Kittiwake + you?": a founder's way of writing it, to the reader.
	// Google's subject ends with the invited address, "(sam.rivera@...)":
	// a name there is not the title's.
	title := withoutAddresses(subject)
	for _, sep := range []string{"<>", " × ", " x ", " + "} {
		if _, after, ok := strings.Cut(title, sep); ok && (len(names) == 0 && sep != " + " || anyNameWord(title, names) || readerWord(after)) {
			sig.application = strings.TrimSpace(sep)
			return sig
		}
	}
	sig.titleOnly = sig.scheduling == "" || opportunityWords[sig.scheduling]
	if h[lRole] != "" && !readersOwn(subject, h[lRole]) {
		sig.application = h[lRole]
		return sig
	}
	for _, w := range words(strings.ToLower(subject)) {
		for _, suf := range roleSuffixes {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) {
				sig.application = w
				return sig
			}
		}
	}
	sig.titleOnly = false
	return sig
}

// otherApplication reports an English "application" that is for
// something other than a job: "Planning Applications Committee – 15
// December", "Your visa application", "mortgage application".
func otherApplication(subject string) bool {
	ws := words(strings.ToLower(subject))
	for i, w := range ws {
		if (w == "application" || w == "applications") && i > 0 && otherApplicationKinds[ws[i-1]] {
			return true
		}
	}
	return false
}

// otherApplicationKinds are what an application is for, when not a job.
var otherApplicationKinds = map[string]bool{
	"planning": true, "visa": true, "passport": true, "mortgage": true, "loan": true, "grant": true, "funding": true,
	"patent": true, "building": true, "licence": true, "license": true, "rental": true, "credit": true,
	"membership": true, "housing": true, "tenancy": true, "citizenship": true, "residence": true, "benefit": true,
	"benefits": true, "insurance": true, "school": true, "university": true, "admission": true, "admissions": true,
}

// cvSubject reports a subject of the user's own letter that sends a CV
// ("Bar staff - CV", "Lebenslauf Sam Rivera"): an application written by
// hand, to a pub or a shop that has no hiring system. Only the user's
// mail is read so; a "CV" in other mail is as often a CV service's.
func cvSubject(subject string) bool {
	return slices.ContainsFunc(words(strings.ToLower(subject)), func(w string) bool { return cvWords[w] })
}

// cvWords name the CV a letter sends, in the languages read: no company,
// no team, no title's part (see acceptCompany, tidyRole).
var cvWords = map[string]bool{
	"cv": true, "resume": true, "résumé": true, "lebenslauf": true, "curriculum": true, "currículo": true,
	"curricolo": true, "sollicitatiebrief": true,
}

// readersOwn reports a role word that names someone who serves the
// reader, not a job: the bare word after "your" ("conversa com seu
// gerente", "Termin mit Ihrem Berater", "rendez-vous avec votre
// conseiller"). A title of more words ("your Backend Engineer
// application", "seu gerente de projetos" if the lexicon knows it) is
// the job's: the lexicon's hit is then more than the word.
func readersOwn(subject, role string) bool {
	ws := words(strings.ToLower(subject))
	for i, w := range ws {
		if w != role || i == 0 || !yourWords[ws[i-1]] {
			continue
		}
		return true
	}
	return false
}

// yourWords are "your" in the languages followupd reads, as a subject
// writes it before a person's office.
var yourWords = map[string]bool{
	"your": true, "seu": true, "sua": true, "teu": true, "tua": true, "tu": true, "votre": true, "ton": true, "ta": true,
	"ihr": true, "ihrem": true, "ihrer": true, "ihren": true, "dein": true, "deinem": true, "deiner": true, "uw": true,
	"jouw": true, "je": true, "din": true, "ditt": true, "dit": true, "tuo": true, "twój": true, "twoim": true,
}

// compoundKeyword returns a word of subject that holds an interview word
// inside a compound, in the languages that glue nouns and inflect them:
// "videohaastatteluun", "telefonintervjun", "Videovorstellungsgespräch".
// Only a subject is read so: it is short, and every message has one.
func compoundKeyword(subject string) string {
	low := strings.ToLower(subject)
	if !slices.ContainsFunc(compoundStems, func(st string) bool { return strings.Contains(low, st) }) {
		return "" // most subjects: no word to split out
	}
	for _, w := range words(low) {
		for _, st := range compoundStems {
			if len(w) > len(st) && strings.Contains(w, st) && !otherInterview(w) {
				return w
			}
		}
	}
	return ""
}

// otherInterview reports a compound that names an interview that is not
// a job's: a practice interview ("prøveintervju", "harjoitushaastattelu"),
// a user or customer research interview ("brukerintervju",
// "käyttäjähaastattelu", "kundintervju"), a press interview
// ("presseintervju", "lehdistöhaastattelu").
func otherInterview(w string) bool {
	for _, p := range []string{"prøve", "prove", "øve", "övning", "ovning", "harjoitus", "harjoittelu", "probe",
		"übung", "ubung", "proef", "oefen", "cvičn", "cvicn", "mock", "test",
		"bruker", "bruger", "användar", "anvandar", "käyttäjä", "kayttaja", "asiakas", "kunde", "kund", "gebruiker",
		"forsknings", "forskning", "tutkimus", "presse", "press", "lehdistö", "media", "radio", "tv",
		"próba", "gyakorló", "sajtó", "felhasználói", "kutatási",
		// A language school's placement interview ("nivåintervju",
		// "tasohaastattelu"), a school's or university's admission
		// ("antagningsintervju", "opptaksintervju"), a leaver's exit
		// interview ("avgångsintervju").
		"nivå", "niva", "språk", "sprak", "sprog", "taso", "kieli", "antagnings", "opptaks", "optagelses", "pääsy",
		"elev", "avgångs", "avgangs", "exit", "fratrædelses"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// compoundStems are interview words that compounds hold whole.
var compoundStems = []string{"haastattel", "intervju", "jobsamtal", "ansættelsessamtal", "sollicitatiegesprek",
	"vorstellungsgespräch", "bewerbungsgespräch", "auswahlgespräch", "pohovor", "interjú", "mülakat"}

// anyNameWord reports whether text holds, as a whole word, any word of
// two or more letters of one of names: an introduction names the user
// by first name ("Acme <> Sam") as often as in full.
// readerWord reports "you" as the first word of text, in the languages
// read ("Kittiwake + you?", "Lindwerk + du?", "Brume + vous ?").
func readerWord(text string) bool {
	ws := words(strings.ToLower(text))
	return len(ws) > 0 && youWords[ws[0]]
}

var youWords = map[string]bool{
	"you": true, "u": true, "du": true, "dich": true, "sie": true, "vous": true, "toi": true, "tú": true, "tu": true,
	"usted": true, "te": true, "ti": true, "voi": true, "você": true, "jij": true, "jou": true, "ty": true,
	"dig": true, "sinä": true,
}

func anyNameWord(text string, names []string) bool {
	low := strings.ToLower(text)
	for _, n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if len([]rune(w)) >= 2 && hasWord(low, w) {
				return true
			}
		}
	}
	return false
}

// withoutAddresses drops the words of s that hold an e-mail address.
func withoutAddresses(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	fs := strings.Fields(s)
	return strings.Join(slices.DeleteFunc(fs, func(f string) bool { return strings.Contains(f, "@") }), " ")
}

// defaultLexicon is the lexicon with the built-in interview words, for
// what does not depend on the configured ones. It is made on first use,
// not at start-up: making a lexicon is a third of the program's start-up
// time, which a pass with nothing new (it reads no message) and every
// other command need not pay.
var defaultLexicon = sync.OnceValue(func() lexicon { return newLexicon(defaultKeywords) })

func flatten(byLang map[string][]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, lang := range LanguageCodes() {
		for _, w := range byLang[lang] {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// subjectWords is every language's subjectWordsByLanguage, made once:
// Candidate asks for it for every new message.
var subjectWords = flatten(subjectWordsByLanguage)
