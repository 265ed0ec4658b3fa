package interview

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/calendar"
	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// withWords say with whom or where an interview is ("interview with",
// "entretien avec", "Gespräch bei"); every word of the second pattern
// below is one of them.
var withWords = []string{"with", "at", "bei", "chez", "avec", "con", "com", "en", "mit", "hos", "bij", "met", "presso", "med", "@"}

// A name as companies write theirs: capitalised words, a few joiners.
const nameRE = `(\p{Lu}[\p{L}\p{N}&'.+-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'.+-]*|&|and|of|und|de|du|la|le|the|für)){0,6})`

// atWords say where one meets, before an organisation's name: "at
// Acme", "bei Acme", "chez Acme", "bij Acme", "presso Acme".
const atWords = `(?i:\bat|\bbei|\bchez|\bhos|\bbij|\bpresso)`

var companyPatterns = []*lazyRegexp{
	// A staffing firm's meeting with its client may carry the order's
	// reference and an article: "Kundengespräch QT-26-4418 mit der
	// Alpensee Versicherung AG".
	lazyRE(`(?i:interviews?|call|chat|screen|screening|vorstellungsgespräch|bewerbungsgespräch|gespräch|kundengespräch|kundentermin|entretien|entrevista|colloquio|intervju|samtale|sollicitatiegesprek|gesprek|klantgesprek)(?:\s+\p{Lu}[\p{Lu}\d]*-\d[\d-]*)?\s+(?i:` + strings.Join(withWords, "|") + `)\s+(?:(?i:der|dem|den)\s+)?` + nameRE),
	lazyRE(atWords + `\s+` + nameRE + `\s*(?:$|[,:;!?(–—|-])`),
	lazyRE(`^` + nameRE + `\s+(?i:(?:onsite|on-site|phone|video|technical|final|virtual|remote|panel|coding|intro|initial|hr|first|second|third|behavioral|culture)(?:[ -]round)?\s+){0,2}(?i:interview|vorstellungsgespräch|bewerbungsgespräch|phone screen|hiring)`),
	lazyRE(`\(` + nameRE + `\)\s*$`),
	// An agency's client: "bei unserem Mandanten Lindqvist Maschinenbau",
	// "for our client Ashdown Insurance", "chez notre client ...".
	// A broker's meeting with its client names the client after it:
	// "Kundengespräch Stadtwerke Altenbrück", "Client interview Ashdown".
	// (A word of its own: "30 Sekunden Bedenkzeit" holds no "Kunden".)
	lazyRE(`\b(?i:client|clients|end client|end-client|mandanten|mandant|kunden|endkunden|endkunde|klant|eindklant|cliente|cliente final|client final|kund|kunde|klienta|klienten|kundengespräch|kundentermin|kundeninterview|client interview|client meeting|entretien client|klantgesprek|klantafspraak|kundsamtal|kundemøde|kundemøte)(?:\s*[:,])?` +
		// Or named once the search is no longer confidential: "the
		// client is Larkspur Payments", "who the client is: it's
		// Larkspur Payments", "der Mandant ist die Lindqvist GmbH",
		// "an meinen Kunden, die Voralpen Energie Handel GmbH"; or in
		// brackets, "il cliente (Alpinvest SGR) ha visto il tuo profilo".
		`(?:\s+(?i:is|ist|est|es|è|é|är|er|jest)(?:\s*:)?)?(?:\s+(?i:it's|it’s|it is|das ist|c'est|die|der|das|the|la|le|el|de|het))?\s+\(?` + nameRE),
	// A hiring system relays the employer's message: "Neue Nachricht von
	// Kovář Robotics", "New message from Acme", "Nouveau message de ...".
	// "Mesaj nou de la Carpați Data SRL", "Нове повідомлення від ...".
	lazyRE(`(?i:nachricht|message|mensaje|messaggio|mensagem|bericht|wiadomość|zpráva|správa|meddelande|besked|melding|viesti|mesaj|üzenet|poruka|сообщение|повідомлення|съобщение|μήνυμα)` +
		`(?:\s+(?i:nou|nowa|nová|nové|new))?\s+(?i:von|from|de la|de|da|di|van|od|från|fra|от|від|από)\s+` + nameRE),
	// A job board relays the employer's invitation under its name:
	// "Soluciones Guatapé S.A.S. te invitó a una entrevista", "Acme
	// invited you to an interview", "Acme vous invite à un entretien";
	// or its message ("Grupo Tláloc Logística te ha enviado un mensaje").
	lazyRE(`^` + nameRE + `\s+(?i:te invitó|te citó|te ha invitado|te ha citado|invited you|has invited you|wants to interview you|would like to invite you|would like to interview you|is pleased to invite you|are pleased to invite you|möchte sie einladen|möchte dich einladen|souhaite vous inviter|souhaite vous rencontrer|desea invitarte|quisiera invitarte|gostaria de convidar|wil je graag uitnodigen|wil u graag uitnodigen|vil gerne invitere|vil gjerne invitere|vill bjuda in|hat sie eingeladen|hat dich eingeladen|lädt sie|lädt dich|vous invite|t'invite|ti ha invitato|la invita|te convidou|convidou você|heeft je uitgenodigd|nodigt je uit|nodigt u uit|` + sentYouMessage + `)(?:\s|$|[,.:;!?])`),
}

// employerNounRE is a preposition and a word for the employer, which a
// job board's notice writes before the employer's name.
var employerNounRE = lazyRE(`(?i)\b(from|od|von|vom|de|van|från|fra|da|del)\s+(?:the\s+|dem\s+|l')?` +
	`(?:employer|zamestnávateľa|zaměstnavatele|pracodawcy|arbeitgeber|werkgever|arbetsgivaren|arbejdsgiveren|arbeidsgiveren|` +
	`employeur|empleador|empregador|datore di lavoro)\s+`)

// sentYouMessage is how a job board says an employer wrote to the reader
// through it, after the employer's name.
const sentYouMessage = `te ha enviado un mensaje|te envió un mensaje|te mandó un mensaje|sent you a message|has sent you a message|` +
	`te enviou uma mensagem|lhe enviou uma mensagem|vous a envoyé un message|t'a envoyé un message|hat ihnen eine nachricht gesendet|` +
	`hat ihnen eine nachricht geschickt|hat dir eine nachricht geschickt|ti ha inviato un messaggio|le ha inviato un messaggio|` +
	`heeft je een bericht gestuurd|heeft u een bericht gestuurd|` +
	// ... and as LinkedIn says it, "just" between: "Lorenzo ti ha appena
	// inviato un messaggio", "Lorenzo just sent you a message".
	`just sent you a message|ti ha appena inviato un messaggio|le ha appena inviato un messaggio|te acaba de enviar un mensaje|` +
	`le acaba de enviar un mensaje|vient de vous envoyer un message|vient de t'envoyer un message|` +
	`hat ihnen gerade eine nachricht gesendet|hat dir gerade eine nachricht gesendet|hat ihnen gerade eine nachricht geschickt|` +
	`hat dir gerade eine nachricht geschickt|acabou de lhe enviar uma mensagem|acabou de te enviar uma mensagem|` +
	`heeft je zojuist een bericht gestuurd|heeft u zojuist een bericht gestuurd|har precis skickat ett meddelande till dig|` +
	`har lige sendt dig en besked|har nettopp sendt deg en melding|właśnie wysłał\(a\) ci wiadomość|właśnie wysłał ci wiadomość|` +
	`właśnie wysłała ci wiadomość`

// sentYouMessageRE is a job board's subject relaying one employer's
// message to the reader.
// The writer may come with the employer: "Lena from Kiezkraft sent you a
// message" (Welcome to the Jungle).
var sentYouMessageRE = lazyRE(`^` + nameRE + `(?:\s+(?i:from|at|von|bei|chez|de|da|van|fra|från|z)\s+` + nameRE + `)?\s+(?i:` + sentYouMessage + `)(?:\s|$|[,.:;!?])`)

// newMessage is "new message" in the languages read, as a job board's
// notice says it.
const newMessage = `new message|nouveau message|neue nachricht|nuevo mensaje|nuovo messaggio|nieuw bericht|nova mensagem|` +
	`ny besked|nytt meddelande|ny melding|nowa wiadomość|mesaj nou|nová zpráva|nová správa|új üzenet|uusi viesti|yeni mesaj|` +
	`nova poruka|новое сообщение|нове повідомлення|ново съобщение|νέο μήνυμα|nauja žinutė|jauna ziņa|uus sõnum`

// newMessageRE is the other way job boards say it: "Nouveau message de
// Maison Lumen", "New message from Marcus Lee at Quillfeather", "Neue
// Nachricht: Ihre Bewerbung als ...", "Priya just messaged you".
var newMessageRE = lazyRE(`^(?i:(?:you have (?:a )?|sie haben (?:eine )?|vous avez (?:un )?|tienes (?:un )?|hai (?:un )?|je hebt (?:een )?)?` +
	`(?:` + newMessage + `))` +
	`(?:\s+(?i:from|de la|de|von|da|van|fra|från|od|от|від|από|nuo)\s+\p{Lu}|\s*:)|^` + nameRE + `\s+(?i:just messaged you|messaged you|replied to your message|replied to you)(?:\s|$|[,.:;!?])`)

// describesUnnamed reports a description in place of a name: a word that
// praises, then words, then a word for any organisation ("Leading
// Payments Company", "Top MNC", "Führendes Unternehmen"), or, as the
// Romance languages write it, the organisation first ("Empresa líder del
// sector"). Only words that praise and name nobody count: "International
// Business Machines Corporation" is a name.
func describesUnnamed(c string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(c, " .,")))
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	return praiseWords[ws[0]] && orgNouns[ws[len(ws)-1]] || orgNouns[ws[0]] && praiseWords[ws[1]]
}

var (
	openingsWords = map[string]bool{
		"roles": true, "positions": true, "vacancies": true, "openings": true, "opportunities": true, "jobs": true,
		"stellen": true, "postes": true, "vacantes": true, "vacatures": true, "posizioni": true, "vagas": true, "tjänster": true,
	}
	praiseWords = map[string]bool{
		"leading": true, "top": true, "reputed": true, "renowned": true, "well-known": true, "prominent": true,
		"fast-growing": true, "prestigious": true, "tier-1": true,
		"führendes": true, "führender": true, "führende": true, "renommiertes": true, "renommierter": true,
		"namhaftes": true, "namhafter": true, "líder": true, "importante": true, "leader": true, "renommée": true,
		"toonaangevend": true, "toonaangevende": true, "ledande": true, "førende": true, "ledende": true,
		"wiodąca": true, "wiodącej": true,
	}
	orgNouns = map[string]bool{
		"company": true, "client": true, "firm": true, "mnc": true, "organisation": true, "organization": true,
		"player": true, "brand": true, "startup": true, "start-up": true, "employer": true, "corporation": true,
		"unternehmen": true, "konzern": true, "empresa": true, "azienda": true, "entreprise": true, "société": true,
		"groupe": true, "bedrijf": true, "firma": true, "företag": true, "selskab": true, "selskap": true, "spółka": true,
	}
)

var notCompanyWords = map[string]bool{
	// A headhunter's label on a search it keeps confidential.
	"vertraulich": true, "confidential": true, "confidentiel": true, "confidentielle": true, "confidencial": true,
	"riservato": true, "riservata": true, "vertrouwelijk": true, "poufne": true, "konfidentiellt": true,
	// What is left of "Assessment Center", "Programme Graduate ...",
	// "Trainee-Programm", and a mailer's host ("notifications.service.gov.uk").
	"center": true, "centre": true, "programme": true, "program": true, "programm": true, "graduate": true,
	"notifications": true, "notification": true,
	"phone": true, "video": true, "technical": true, "first": true, "second": true, "third": true,
	"final": true, "onsite": true, "on-site": true, "virtual": true, "your": true, "our": true,
	"an": true, "a": true, "the": true, "job": true, "screening": true, "follow-up": true,
	"panel": true, "oral": true, "coding": true, "hr": true, "user": true,
	// "Pokalbis: Sam Rivera – DevOps inžinierius": a talk, in the
	// languages whose word for it is no keyword.
	"pokalbis": true, "razgovor": true, "разговор": true, "vestlus": true, "pārrunas": true, "team": true, "us": true, "me": true, "you": true,
	"initial": true, "intro": true, "interview": true, "invitation": true, "confirmation": true,
	"update": true, "updated": true, "new": true, "scheduled": true, "online": true, "remote": true, "hybrid": true, "hybride": true, "híbrido": true, "ibrido": true,
	// Where the job is done, in the subject's brackets: "Pessoa Engenheira
	// de Software Backend Sênior (Remoto)".
	"remoto": true, "remota": true, "hibrido": true, "híbrida": true, "hibrida": true, "presencial": true,
	"presenziale": true, "teletrabajo": true, "télétravail": true, "zdalnie": true, "zdalna": true,
	"homeoffice": true, "remote-first": true, "vollzeit": true, "teilzeit": true,
	"personal": true, "persönliches": true, "telefon": true, "telefonisches": true, "erstes": true,
	"zweites": true, "in": true, "mock": true, "live": true, "system": true, "behavioral": true,
	// "Competency Interview - Senior Consultant": how the interview
	// tests, in a consultancy's or a public body's words.
	"competency": true, "competency-based": true, "behavioural": true, "situational": true, "strengths": true,
	"strengths-based": true, "case": true, "partner": true, "fit": true,
	// An agency's and an employer's kinds of first meeting:
	// "Registration Interview - Care Assistant (Homecare)".
	"registration": true, "compliance": true, "preliminary": true, "exploratory": true, "pre-screening": true,
	"culture": true, "recruiter": true, "hiring": true, "zoom": true, "teams": true, "google": true,
	// Who the interview is of: "Candidate interview (90 min) between
	// Daniel Okafor and Sam Rivera", a search firm's booking page.
	"candidate": true, "applicant": true, "kandidat": true, "candidat": true, "candidato": true, "kandidaat": true,
	"meet": true, "this": true, "next": true, "today": true, "tomorrow": true,
	// possessives and articles that start a subject in other languages
	"ihr": true, "ihre": true, "dein": true, "deine": true, "votre": true, "ton": true, "su": true,
	"tu": true, "il": true, "la": true, "le": true, "el": true, "het": true, "de": true, "uw": true,
	"je": true, "twoja": true, "twój": true, "din": true, "dit": true, "ditt": true, "seu": true, "sua": true,
	// the kind of interview, in the other languages: "Technisch
	// interview Grachtwerk", "Telefonisches Interview"
	"technisch": true, "technische": true, "technisches": true, "technique": true, "técnica": true,
	"técnico": true, "tecnico": true, "tecnica": true, "techniczna": true, "techniczny": true, "teknisk": true,
	"tekniskt": true, "tekninen": true, "technický": true, "telefonisch": true, "telefonische": true,
	"telefonico": true, "telefonica": true, "telefónica": true, "telefónico": true, "téléphonique": true,
	"telefoniczna": true, "telefonisk": true, "puhelin": true, "persoonlijk": true, "eerste": true,
	"tweede": true, "derde": true, "laatste": true, "finale": true, "premier": true, "deuxième": true,
	"primera": true, "segunda": true, "primo": true, "pierwsza": true, "druga": true, "första": true,
	"andra": true, "første": true, "anden": true, "andre": true, "ensimmäinen": true, "toinen": true,
	"první": true, "druhý": true, "kennismakings": true, "prvý": true, "osobný": true, "výberový": true,
	"prijímací": true, "személyes": true, "szakmai": true, "technikai": true, "telefonos": true, "második": true,
	"első": true, "tehnic": true, "telefonic": true, "teknik": true, "ön": true, "yüz": true, "görüntülü": true,
	// what a subject says about the interview after its word: "Interview
	// Schedule - Senior Java Developer"
	"schedule": true, "scheduling": true, "details": true, "reminder": true, "request": true, "planning": true,
	"slot": true, "slots": true, "time": true, "times": true, "date": true, "feedback": true, "prep": true,
	"process": true, "agenda": true, "logistics": true, "information": true, "info": true, "invite": true,
	// a booking's state before its title: "Gebucht: Kennenlerngespräch"
	"gebucht": true, "bestätigt": true, "booked": true, "confirmed": true, "réservé": true, "confirmé": true,
	"reservado": true, "confirmado": true, "confirmada": true, "confermato": true, "prenotato": true,
	"geboekt": true, "bevestigd": true, "bokad": true, "bekräftad": true, "booket": true, "bekræftet": true,
	"bekreftet": true, "zarezerwowano": true, "potwierdzono": true, "rezervováno": true, "varattu": true,
	"vahvistettu": true, "abgesagt": true, "storniert": true, "canceled": true, "cancelled": true,
	"annulé": true, "cancelado": true, "annullato": true, "geannuleerd": true, "avbokad": true,
	// A notice's noun: "Terminbestätigung", "Bokningsbekräftelse",
	// "Appointment Scheduled".
	"appointment": true, "meeting": true,
	"terminbestätigung": true, "buchungsbestätigung": true, "bestätigung": true, "terminerinnerung": true,
	"bokningsbekräftelse": true, "bekräftelse": true, "bekræftelse": true, "bekreftelse": true,
	"potwierdzenie": true, "vahvistus": true, "potvrzení": true, "confirmación": true, "conferma": true,
	"confirmação": true, "bevestiging": true, "erinnerung": true, "rappel": true,
	"recordatorio": true, "promemoria": true, "lembrete": true, "herinnering": true, "påminnelse": true,
	// Where the candidacy stands: "Shortlisted: Walk-in Interview for ...".
	"shortlisted": true, "selected": true, "congratulations": true, "congrats": true,
	// What an invitation tells the reader to do: "Join the interview on
	// your computer", "Attend the interview in person".
	"join": true, "attend": true, "bring": true, "please": true, "click": true, "prepare": true,
	"book": true, "begin": true, "dial": true, "accept": true, "decline": true, "reschedule": true,
	"cancel": true, "view": true, "add": true, "download": true, "submit": true, "choose": true,
	"beitreten": true, "teilnehmen": true, "rejoindre": true, "rejoignez": true, "únete": true, "unirse": true,
	"partecipa": true, "participe": true, "deelnemen": true, "dołącz": true, "anslut": true, "deltag": true,
}

// Words that say what kind of interview it is, between a company's name
// and the word interview.
var interviewDescriptors = map[string]bool{
	"onsite": true, "on-site": true, "phone": true, "video": true, "technical": true, "final": true,
	"virtual": true, "remote": true, "panel": true, "coding": true, "intro": true, "initial": true,
	"hr": true, "first": true, "second": true, "third": true, "behavioral": true, "culture": true,
	"competency": true, "competency-based": true, "behavioural": true, "situational": true, "strengths": true,
	"strengths-based": true, "case": true, "fit": true,
}

// Words of job titles: a phrase with one of them is a role, not a company.
var roleWords = []string{
	"engineer", "engineering", "developer", "entwickler", "entwicklerin", "programmer", "manager", "designer",
	"analyst", "scientist", "architect", "lead", "sre", "devops", "consultant", "specialist",
	"administrator", "intern", "internship", "werkstudent", "berater", "leiter", "ingenieur",
	"director", "head", "product owner", "researcher", "recruiter", "coordinator", "technician",
	"officer", "associate", "sachbearbeiter", "referent", "praktikant", "trainee",
	// German public posts name the function: "Sachbearbeitung IT-Infrastruktur
	// (m/w/d)", "Sachgebietsleitung", "Verwaltungsfachangestellte".
	"sachbearbeitung", "sachbearbeiterin", "referentin", "fachkraft", "sachgebietsleitung", "amtsleitung",
	"verwaltungsfachangestellte", "verwaltungsfachangestellter",
	// French, Spanish, Italian, Portuguese
	"développeur", "développeuse", "ingénieur", "ingénieure", "chef de projet", "stagiaire", "analyste",
	"chef de produit", "cheffe de projet", "cheffe de produit",
	"desarrollador", "desarrolladora", "desarrollador/a", "ingeniero", "ingeniera", "ingeniero/a",
	"sviluppatore", "sviluppatrice", "ingegnere", "desenvolvedor", "desenvolvedora", "engenheiro",
	"engenheira", "engenheiro(a)", "analista", "estagiário", "líder", "lider", "leader", "responsable",
	"responsabile", "jefe", "jefa", "gerente", "coordinador", "coordinadora", "directeur", "directrice",
	"diretor", "diretora", "direttore", "direttrice", "especialista", "spécialiste", "specialista",
	// The public services' grades, which are the post: "Funzionario
	// Sistemi Informativi", "Técnico Superior", "Istruttore Direttivo".
	"funzionario", "funzionaria", "istruttore", "istruttrice", "dirigente", "técnico superior", "tecnico superior",
	"técnica superior", "assistente técnico", "assistente técnica", "técnico de administración", "auxiliar administrativo",
	"auxiliar administrativa", "administrativo", "administrativa",
	// Dutch, Polish, Scandinavian
	"ontwikkelaar", "programista", "programistka", "inżynier", "specjalista", "kierownik",
	"utvecklare", "utvikler", "udvikler", "konsult", "konsulent", "ingeniør", "ingenjör",
	"analist", "analityk", "analityczka", "analytiker", "projectleider", "teamleider",
	"arquitecto", "arquitecta", "arquitecto/a", "arquiteto", "arquiteta", "architetto", "architecte", "architekt",
	"architektin", "teamleitung", "leitung", "teamleiter", "teamleiterin", "teamlead", "techlead",
	// Finnish and Czech, as words of their own ("Senior Java vývojář")
	"kehittäjä", "insinööri", "arkkitehti", "asiantuntija", "vývojář", "vývojářka", "programátor",
	"programátorka", "inženýr", "inženýrka", "analytik", "analytička", "tester", "testerka", "vedoucí",
	// Slovak: "Senior Java vývojár", "DevOps inžinier".
	"vývojár", "vývojárka", "inžinier", "inžinierka", "špecialista", "špecialistka", "manažér", "manažérka", "vedúci",
	// Hungarian, as words and at the end of compounds (see roleSuffixes).
	"fejlesztő", "mérnök", "elemző", "programozó", "tanácsadó", "menedzser", "tesztelő",
	// Romanian: "Dezvoltator Java Senior", "Inginer DevOps".
	"dezvoltator", "dezvoltatoare", "inginer", "ingineră", "programator", "programatoare", "arhitect", "tester software",
	// Turkish, with the ending a title takes after its field ("Yazılım
	// Mühendisi", software engineer).
	"geliştirici", "geliştiricisi", "mühendis", "mühendisi", "uzman", "uzmanı", "yönetici", "yöneticisi", "mimar",
	"mimarı", "danışman", "danışmanı", "stajyer",
	// Sales, marketing, finance and operations, in the same languages.
	"advisor", "adviser", "executive", "controller", "accountant", "assistant", "representative", "buyer",
	"planner", "marketer", "auditor", "verkäufer", "verkäuferin", "kaufmann", "kauffrau", "buchhalter",
	"buchhalterin", "assistent", "assistentin", "conseiller", "conseillère", "comptable", "asesor", "asesora",
	"ejecutivo", "ejecutiva", "ejecutivo/a", "contable", "consulente", "contabile", "consultor", "consultora",
	"vendedor", "vendedora", "adviseur", "verkoper", "doradca", "handlowiec", "księgowy", "księgowa", "säljare",
	"rådgivare", "sælger", "rådgiver", "selger", "myyjä", "prodejce", "účetní",
	// Programmes for graduates and trainees: "Traineeprogramm Einkauf &
	// Supply Chain 2027", "Graduate Programme 2027 – Finance".
	"traineeprogramm", "trainee-programm", "trainee programme", "trainee program", "graduate programme",
	"graduate program", "graduate scheme", "programa de trainee", "programa trainee", "becario", "becaria",
	"tirocinante", "stagiair", "werkstudentin", "praktikantin", "azubi", "auszubildende", "auszubildender",
	// Teaching and research, in schools and universities.
	"lecturer", "professor", "professorship", "professur", "postdoc", "postdoctoral", "post-doctoral",
	"research fellow", "teaching fellow", "postdoktorand", "postdoktorandin", "doktorand", "doktorandin",
	"wissenschaftlicher mitarbeiter", "wissenschaftliche mitarbeiterin", "doctorant", "doctorante", "chercheur",
	"chercheuse", "maître de conférences", "enseignant-chercheur", "enseignante-chercheuse", "professeur",
	"professeure", "profesor", "profesora", "investigador", "investigadora", "ricercatore", "ricercatrice",
	"assegnista", "professore", "professoressa", "pesquisador", "pesquisadora", "hoogleraar", "promovendus",
	"universitair docent", "adiunkt", "tutkija", "professori", "teacher", "lehrer", "lehrerin", "enseignant",
	"enseignante", "insegnante", "leraar", "lerares", "nauczyciel", "nauczycielka", "lärare", "lærer", "opettaja",
	// Hospitality, trades, care and driving, where many jobs are: "Sous
	// Chef", "Night Manager", "Pflegefachkraft", "Camarero/a".
	// Not "Cook", "Koch" or "Kellner": they are surnames too.
	"chef", "sous chef", "line cook", "waiter", "waitress", "bartender", "barista", "receptionist", "housekeeper",
	"nurse", "carer", "caregiver", "driver", "electrician", "plumber", "mechanic", "warehouse operative",
	"supervisor", "köchin", "kellnerin", "pflegefachkraft", "krankenpfleger",
	// The titles of shops, restaurants, call centres and deliveries, in
	// the words their hiring apps use: "Breakfast Server", "Crew Member
	// (Front of House)", "Deli Clerk", "Customer Care Agent (Inbound)".
	"breakfast server", "restaurant server", "banquet server", "food server", "cocktail server", "crew member",
	"team member", "store associate", "sales associate", "retail associate", "warehouse associate", "sales assistant",
	"shop assistant", "retail assistant", "customer service representative", "customer service agent",
	"customer care agent", "call centre agent", "call center agent", "contact centre agent", "contact center agent",
	"deli clerk", "stock clerk", "grocery clerk", "counter staff", "bar staff", "floor staff", "kitchen staff",
	"kitchen porter", "dishwasher", "cashier", "care worker", "healthcare assistant", "delivery driver",
	"delivery partner", "courier", "prep cook", "shift lead", "shift manager",
	"krankenschwester", "fahrer", "fahrerin", "elektriker", "mechatroniker", "cuisinier", "cuisinière",
	"serveur", "serveuse", "infirmier", "infirmière", "chauffeur", "camarero", "camarera", "camarero/a",
	"cocinero", "cocinera", "dependiente", "dependienta", "cajero", "cajera", "reponedor", "reponedora",
	"recepcionista", "operario", "operaria", "mozo", "auxiliar", "limpiador", "limpiadora", "enfermero", "enfermera", "conductor", "cuoco", "cuoca", "cameriere", "cameriera",
	"infermiere", "infermiera", "autista", "kok", "verpleegkundige", "monteur",
	// Warehouse, factory and driving work, in the languages of those who
	// do it abroad: "Operador de Armazém", "Orderpicker", "Magazynier",
	// "Lagerhelfer", "Kommissionierer".
	"operative", "production operative", "operator", "picker", "order picker", "orderpicker", "packer", "forklift driver",
	"operador", "operadora", "repositor", "repositora", "motorista", "cozinheiro", "cozinheira", "rececionista",
	"magazynierka", "operator wózka", "pracownik produkcji", "lagerhelfer", "lagerhelferin",
	"lagermitarbeiter", "lagermitarbeiterin", "kommissionierer", "kommissioniererin", "produktionshelfer",
	"produktionshelferin", "staplerfahrer", "staplerfahrerin", "heftruckchauffeur", "inpakker", "productiemedewerker",
	"muncitor", "operator producție", "șofer", "комплектувальник", "водій", "кладовщик", "водитель",
	// Medicine, care, early years and schools beside teaching: "Locum
	// Specialty Doctor ED", "Assistenzarzt Innere Medizin", "Éducateur
	// de jeunes enfants (EJE)". Not the doctor, dentist, midwife or
	// registrar one has an appointment with ("Reminder: dentist
	// appointment", "Termin beim Facharzt", "rendez-vous chez le
	// médecin"): only the titles of posts.
	"specialty doctor", "junior doctor", "resident doctor", "locum doctor", "staff grade doctor", "locum",
	"specialty registrar", "specialist registrar", "clinical fellow", "paramedic", "radiographer", "care assistant",
	"support worker", "social worker", "teaching assistant", "aide-soignant", "aide-soignante", "éducateur",
	"éducatrice", "assistenzarzt", "assistenzärztin", "oberarzt", "oberärztin", "erzieher", "erzieherin",
	"altenpfleger", "altenpflegerin", "pielęgniarka", "sjuksköterska", "sykepleier", "sygeplejerske",
	// Titles cut short in a calendar's title: "(Resp. IT)", "Eng. Mgr".
	// (Not "Dev": a first name too.)
	"resp", "mgr", "engr",
	// Bulgarian, Russian, Ukrainian and Serbian in Cyrillic: "Frontend
	// разработчик (React)", "Инженер по данным", "Розробник", "Програмер".
	"разработчик", "разработчица", "програмист", "программист", "инженер", "аналитик",
	"тестер", "мениджър", "менеджер", "ръководител", "руководитель", "архитект", "архитектор", "дизайнер",
	"розробник", "розробниця", "програміст", "інженер", "аналітик", "керівник", "програмер", "инжењер",
	// Greek: "Μηχανικός Λογισμικού" (software engineer), developer,
	// analyst, manager, consultant, in the forms a posting writes.
	"μηχανικός", "μηχανικού", "προγραμματιστής", "προγραμματίστρια", "προγραμματιστή", "αναλυτής", "αναλύτρια",
	"υπεύθυνος", "υπεύθυνη", "διευθυντής", "διευθύντρια", "σύμβουλος", "στέλεχος",
	// Polish trades: "Elektryk / Elektromonter".
	"elektryk", "elektromonter", "monter", "spawacz", "magazynier", "kierowca",
	// Malay and Indonesian: "Jurutera Data Kanan" (senior data
	// engineer), developer, manager, analyst, officer, designer.
	"jurutera", "pembangun", "pengurus", "penganalisis", "pegawai", "pereka", "eksekutif", "juruteknik",
	"insinyur", "pengembang", "manajer", "analis", "perancang",
	// Arabic and Persian: engineer, developer, analyst, manager,
	// specialist, as postings write them.
	"مهندس", "مطور", "محلل", "مدير", "أخصائي", "اخصائي", "مبرمج", "تحلیلگر", "مدیر", "کارشناس",
}

// hasRoleWord reports a job title's word in s, also at the end of a
// compound ("Backendutvecklare", "Softwareentwickler", "Backend-udvikler").
func hasRoleWord(s string) bool {
	low := strings.ToLower(s)
	sp := spanPool.Get().(*[][2]int)
	defer spanPool.Put(sp)
	*sp = appendWordSpans((*sp)[:0], low)
	for i, span := range *sp {
		w := low[span[0]:span[1]]
		for _, p := range roleWordSet[w] {
			if matchesAt(low, *sp, i, p) {
				return true
			}
		}
		for _, suf := range roleSuffixes {
			if len(w) >= len(suf) && strings.HasSuffix(w, suf) {
				return true
			}
		}
		if slavicRoleForm(w) {
			return true
		}
	}
	return false
}

// slavicRoleForm reports a one-word title in a Slavic case ending, as
// Polish and Czech write the object of "we are looking for": "szukamy
// Senior Backend Developera", "inżyniera". Only the endings of the
// masculine object: -a, -em, -ę.
func slavicRoleForm(w string) bool {
	for _, end := range []string{"a", "em", "ę"} {
		base, ok := strings.CutSuffix(w, end)
		if !ok || len(base) < 5 {
			continue
		}
		if end == "ę" {
			base += "a" // "programistę" of "programista"
		}
		for _, p := range roleWordSet[base] {
			if len(p) == 1 {
				return true
			}
		}
	}
	return false
}

// roleWordSet is roleWords by first word, as words splits them
// ("ingeniero/a" is "ingeniero", "a").
var roleWordSet = newPhraseSet(roleWords)

// stackWords are the languages and frameworks a title names after its
// field ("Backend Python", "Fullstack TypeScript").
var stackWords = map[string]bool{
	"python": true, "java": true, "golang": true, "go": true, "rust": true, "kotlin": true, "scala": true,
	"php": true, "ruby": true, "typescript": true, "javascript": true, "node": true, "node.js": true,
	"react": true, "angular": true, "vue": true, ".net": true, "c#": true, "c++": true, "swift": true,
	"elixir": true, "sap": true, "salesforce": true, "django": true, "rails": true, "spring": true,
}

// titleFields are the words of a field that begin a job title before
// its role word: "User Researcher", "Data Engineer", "Product Designer".
var titleFields = map[string]bool{
	"user": true, "ux": true, "ui": true, "data": true, "product": true, "software": true, "sales": true,
	"marketing": true, "customer": true, "research": true, "content": true, "growth": true, "security": true,
	"platform": true, "cloud": true, "mobile": true, "frontend": true, "backend": true, "front-end": true,
	"back-end": true, "fullstack": true, "full-stack": true, "web": true, "devops": true, "quality": true,
	"test": true, "finance": true, "people": true, "talent": true, "account": true, "project": true,
	"program": true, "programme": true, "operations": true, "business": true, "systems": true, "network": true,
	"machine": true, "learning": true, "ml": true, "ai": true, "design": true, "brand": true, "community": true,
	"support": true, "technical": true, "solutions": true, "clinical": true, "legal": true, "supply": true,
	"chain": true, "it": true, "qa": true, "site": true, "reliability": true, "infrastructure": true,
	// Fields written as acronyms or systems: "GIS Analyst II", "BI
	// Developer", "SAP Consultant".
	"gis": true, "bi": true, "hr": true, "erp": true, "crm": true, "sap": true, "seo": true, "ios": true,
	"android": true, "embedded": true, "firmware": true, "hardware": true, "database": true, "analytics": true,
}

var seniorityWords = map[string]bool{
	"senior": true, "junior": true, "staff": true, "principal": true, "lead": true, "sr.": true, "jr.": true,
	"sr": true, "jr": true, "ssr": true, "sênior": true, "júnior": true, "pleno": true,
}

// companyFromText finds a company named in a subject or event summary.
// people are the lower-cased names of everyone involved, who are not
// companies ("Interview with Peter Gibbons"); kw are the interview words.
func companyFromText(s string, people map[string]bool, kw []string) string {
	s = cleanSubject(s)
	// "Nová správa od zamestnávateľa Tatra Data a.s.", "New message from
	// employer Acme": a board's word for the employer before its name.
	s = employerNounRE.re().ReplaceAllString(s, "$1 ")
	// "Coldharbour <> Sam - Senior Software Engineer, Fleet Platform":
	// an introduction's other side is the company, before any title.
	if l, r, ok := strings.Cut(s, "<>"); ok {
		for _, side := range []struct {
			this, other string
			left        bool
		}{{l, r, true}, {r, l, false}} {
			if !people[strings.ToLower(firstPart(side.other))] && !namesAPerson(firstPart(side.other), people) {
				continue
			}
			// "Presentación: Elena <> Sam", "Intro: Coldharbour <> Sam":
			// the introduction's label before a colon is nobody's name
			// (after the right side, "Sam <> Parallax Labs: Technical
			// Deep Dive", the colon ends the name); a person on both
			// sides is no company.
			this := side.this
			if i := strings.LastIndex(this, ":"); i >= 0 && side.left {
				this = this[i+1:]
			}
			if namesAPerson(firstPart(this), people) {
				continue
			}
			// "Kennenlernen Falkenried Solar <> Sam Rivera": the
			// meeting's word before the name is not part of it.
			if c := acceptCompany(withoutMeetingLead(firstPart(this), kw), people); c != "" && !people[strings.ToLower(c)] {
				return c
			}
		}
	}
	if c := companyAfterLabel(s, people, kw); c != "" {
		return c
	}
	// "【BOSS直聘】深圳星河智联科技有限公司邀请您参加面试", "[사람인]
	// (주)한빛클라우드에서 면접 제안이 도착했습니다": a job board's name in
	// the brackets, the employer's marked by its legal form after.
	if g := gluedLegalName(s); g != "" && (firstWord(normalize(s), kw) != "" || compoundKeyword(s) != "") {
		if c := acceptCompany(g, people); c != "" {
			return c
		}
	}
	// "【聯宇半導體】面試通知－韌體工程師": Chinese and Japanese subjects
	// put the sender's name in lenticular brackets before what the mail
	// is about.
	if name, rest, ok := strings.Cut(strings.TrimPrefix(s, "【"), "】"); ok && strings.HasPrefix(s, "【") &&
		(firstWord(normalize(rest), kw) != "" || compoundKeyword(rest) != "") {
		if c := acceptCompany(name, people); c != "" && !hasRoleWord(name) {
			return c
		}
	}
	// "Subject: Interview: Sam Rivera - ..." of a forwarded header
	// block: the field's name is no company.
	if label, rest, ok := strings.Cut(s, ":"); ok && hasFieldPrefix(strings.ToLower(strings.TrimSpace(label))+":", outlookSubject) {
		s = cleanSubject(strings.TrimSpace(rest))
	}
	// "Redwood Ledger: next step for Senior Backend Engineer": a name as
	// the label of a subject about the job; "Interview Schedule: Quayside
	// Analytics - Data Engineer": a label about the interview before it.
	if label, rest, ok := strings.Cut(s, ": "); ok {
		lh, rh := defaultLexicon().scan(label), defaultLexicon().scan(rest)
		if bareNameRE.re().MatchString(label) && !hasRoleWord(label) && firstWord(normalize(label), kw) == "" &&
			lh[lApplication] == "" && lh[lScheduling] == "" && !meetingLabel(label) &&
			(hasRoleWord(rest) || firstWord(normalize(rest), kw) != "" || rh[lApplication] != "") {
			if c := acceptCompany(label, people); c != "" {
				return c
			}
		}
		// "Tarang Systems - Next step: On Demand Video Interview for
		// ...": the label is itself a name beside what it is about.
		// ("Fjordbit - next step: pairing session": the label says it
		// is about the process.)
		if strings.ContainsAny(label, "-–—|") && (hasRoleWord(rest) || firstWord(normalize(rest), kw) != "" || lh[lApplication] != "") {
			if c := companyFromParts(label, people, kw); c != "" {
				return c
			}
		}
		if firstWord(normalize(label), kw) != "" || lh[lScheduling] != "" || meetingLabel(label) {
			s = rest
		}
	}
	// "Lumipeli / haastatteluajat": a name, a slash, and what it is
	// about. (Not "Frontend / Backend Engineer": the other side must be
	// the interview.)
	if l, r, ok := strings.Cut(s, " / "); ok {
		for _, side := range [][2]string{{l, r}, {r, l}} {
			name, about := strings.TrimSpace(side[0]), strings.TrimSpace(side[1])
			if bareNameRE.re().MatchString(name) && !hasRoleWord(name) && !titleFields[strings.ToLower(name)] && !seniorityWords[strings.ToLower(name)] &&
				(firstWord(normalize(about), kw) != "" || compoundKeyword(about) != "") {
				if c := acceptCompany(name, people); c != "" {
					return c
				}
			}
		}
	}
	low := " " + strings.ToLower(s)
	for i, re := range companyPatterns {
		if i == parenPattern {
			continue // after the dash parts, see below
		}
		if !companyPatternMayMatch(i, low) {
			continue // the regexps backtrack: skip those that cannot match
		}
		for _, m := range re.re().FindAllStringSubmatchIndex(s, -1) {
			// "with Mark Ellis, their Head of Engineering": a person,
			// named with a title after.
			if personFollows(s[m[3]:]) {
				continue
			}
			if c := acceptCompany(s[m[2]:m[3]], people); c != "" {
				// "Wattle Energy - chat with Priya": one word after
				// "with" is as often a first name; a part of the subject
				// that is only a name is the organisation.
				if !strings.Contains(c, " ") {
					if p := companyFromParts(s, people, kw); p != "" && !strings.Contains(p, c) {
						return p
					}
				}
				return c
			}
		}
	}
	// "Massive Dynamic – Technical Interview": a part that is only a name,
	// next to a part about the interview. It wins over a name in brackets
	// at the end, which after a title is the team: "Lumora Mobility –
	// Senior Backend Engineer (Payments)".
	if c := companyFromParts(s, people, kw); c != "" {
		return c
	}
	if companyPatternMayMatch(parenPattern, low) {
		for _, m := range companyPatterns[parenPattern].re().FindAllStringSubmatchIndex(s, -1) {
			// "Ohjelmistokehittäjä (Java)", "Engenheiro de Software
			// Sénior (Backend)": brackets right after a job title
			// qualify the title.
			if hasRoleWord(lastWords(s[:m[0]], 4)) {
				continue
			}
			// "Portfolio walkthrough - Sam Rivera (UX Designer)": a title
			// in brackets is the job, whatever stands before its role word.
			if hasRoleWord(s[m[2]:m[3]]) {
				continue
			}
			// "Orderpicker Venlo (NL)": a country's code is where.
			if countryCodes[strings.TrimSpace(s[m[2]:m[3]])] {
				continue
			}
			if c := acceptCompany(s[m[2]:m[3]], people); c != "" {
				return c
			}
		}
	}
	return ""
}

// countryCodes are the ISO 3166-1 alpha-2 codes, in capitals.
var countryCodes = func() map[string]bool {
	const codes = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
		"BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
		"EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
		"HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
		"LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
		"NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
		"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
		"TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK EU"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// companyAfterLabel reads a subject that is an interview's label and a
// name alone after a colon: "Interview invitation: Initech Ltd",
// "【BOSS直聘】您收到一个面试邀请：深圳星河智能科技有限公司" (a job board
// passing on the employer's invitation), "面接のご案内：ミナトクラウド株式会社".
func companyAfterLabel(s string, people map[string]bool, kw []string) string {
	i, n := strings.LastIndex(s, ": "), 2
	if j := strings.LastIndex(s, "："); j > i {
		i, n = j, len("：")
	}
	if i <= 0 {
		return ""
	}
	label, name := s[:i], strings.TrimSpace(s[i+n:])
	if firstWord(normalize(label), kw) == "" && compoundKeyword(label) == "" || name == "" ||
		firstWord(normalize(name), kw) != "" || hasRoleWord(name) || len(strings.Fields(name)) > 5 {
		return ""
	}
	// A CJK value is a company's only with its legal form: "面试语言：
	// 中英文均可" (either language) or "面试官：周昊（…负责人）" are not.
	if !bareName(name) && !(cjkName(name) && withoutGluedLegalForm(name) != name) {
		return ""
	}
	// "Interview: Tuesday", "Interview confirmation: 8 December": a day.
	if namesAPerson(name, people) || strings.ContainsAny(name, "0123456789") ||
		len(timetext.FindDates(name, timetext.Options{Ref: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})) > 0 {
		return ""
	}
	return acceptCompany(name, people)
}

// cjkLetter reports a letter of Chinese, Japanese or Korean.
func cjkLetter(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// cjkScriptOf sorts a letter of Chinese, Japanese or Korean by its
// script: 1 Han, 2 kana (with the long vowel mark), 3 hangul; 0 for any
// other rune.
func cjkScriptOf(r rune) int {
	switch {
	case unicode.Is(unicode.Han, r):
		return 1
	case unicode.In(r, unicode.Hiragana, unicode.Katakana), r == 'ー':
		return 2
	case unicode.Is(unicode.Hangul, r):
		return 3
	}
	return 0
}

// cjkName reports a name written in Chinese, Japanese or Korean letters
// only, with the legal form glued to it or not ("深圳星河智能科技有限公司").
func cjkName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !cjkLetter(r) && r != 'ー' && r != '(' && r != ')' && r != '（' && r != '）' && r != '㈱' && r != '㈜' {
			return false
		}
	}
	return true
}

// withoutMeetingLead drops the words before a name that say what the
// meeting is ("Kennenlernen", "Intro call", "Entretien"), while a name is
// left.
func withoutMeetingLead(s string, kw []string) string {
	ws := strings.Fields(s)
	i := 0
	for i < len(ws)-1 && (isSubjectWord(ws[i]) || firstWord(normalize(ws[i]), kw) != "" || meetingLabel(ws[i])) {
		i++
	}
	return strings.Join(ws[i:], " ")
}

// firstPart returns s up to its first dash, bar, colon, bracket, slash
// or comma, trimmed: the name of an introduction's side before what
// follows it ("Parallax Labs - Technical Deep Dive", "Dana (Quillstack)").
func firstPart(s string) string {
	for _, sep := range []string{" - ", " – ", " — ", " | ", ":", "(", "/", ","} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// namesAPerson reports s that is, or begins with, a first name of people
// ("Sam" of "Sam Rivera").
func namesAPerson(s string, people map[string]bool) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	if w == "" {
		return false
	}
	for p := range people {
		if f := strings.Fields(p); len(f) > 0 && (f[0] == w || strings.HasPrefix(w, f[0]+" ")) {
			return true
		}
	}
	return false
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

// parenPattern is the index in companyPatterns of "(Name)" at the end,
// clientPattern of an agency's "client Name".
const (
	parenPattern   = 3
	clientPattern  = 4
	invitedPattern = 6 // "Acme invited you", "Acme te citó"
)

// companyFromParts reads the company from the dash-separated parts of a
// subject: a part that is only a name, beside parts about the interview
// or the job, or the name after a title ("Site Reliability Engineer,
// Marlowe & Finch").
func companyFromParts(s string, people map[string]bool, kw []string) string {
	parts := dashSplitRE.re().Split(s, -1)
	if len(parts) < 2 {
		return ""
	}
	// The other parts say what the subject is about: the interview, or
	// the job ("Vireo Health - Senior Backend Engineer (Munich/remote)").
	about := false
	for _, p := range parts {
		about = about || firstWord(normalize(p), kw) != "" || hasRoleWord(p) || isSubjectWord(p)
	}
	if !about {
		return ""
	}
	// "Interview Scheduled - Senior Software Engineer - Payments | Kavach
	// Fintech": a bar divides more than a dash. A name alone between bars
	// is the company; one among the dashes beside it is a team.
	if bars := barSplitRE.re().Split(s, -1); len(bars) > 1 {
		for _, p := range bars {
			p = withoutLeadingSubjectWords(strings.TrimSpace(p))
			if bareNameRE.re().MatchString(p) && firstWord(normalize(p), kw) == "" && !hasRoleWord(p) && !meetingLabel(p) {
				if c := acceptCompany(p, people); c != "" {
					return c
				}
			}
		}
	}
	// "Review-Gespräch Coding-Aufgabe - Nordlicht Logistik": a part that
	// is a name as it stands wins over what is left of one once its
	// meeting's words are taken off, which names what the meeting is
	// about.
	for _, p := range parts {
		p = strings.TrimSpace(p)
		// ("... - NIEUW TIJDSTIP", "... - RESCHEDULED": a note on the
		// change, shouted.)
		h := defaultLexicon().scan(p)
		if bareName(p) && withoutLeadingSubjectWords(p) == p && firstWord(normalize(p), kw) == "" && !hasRoleWord(p) &&
			!meetingLabel(p) && !allTeamWords(p) && !isSubjectWord(p) &&
			h.has(lReschedule) == "" && h.has(lCancel) == "" && h.has(lScheduling) == "" && h.has(lConfirm) == "" {
			if c := acceptCompany(p, people); c != "" {
				return c
			}
		}
	}
	for _, p := range parts {
		// "Vaga Eng. de Plataforma - Capivara Labs", "Stelle: Leiter
		// IT - ...": a part led by the noun for a post names the post,
		// however abbreviated its title.
		if w, rest, ok := strings.Cut(strings.TrimSpace(p), " "); ok && strings.TrimSpace(rest) != "" && roleQuestionNouns[strings.ToLower(strings.TrimRight(w, ":"))] {
			continue
		}
		// "Initech onsite interview – Site Reliability Engineer": a part
		// with a job title is the role.
		p = withoutWorkMode(withoutLeadingSubjectWords(p))
		// "Entretien Vermeil Assurances - Responsable Data": the
		// interview's word before the name.
		if w, rest, ok := strings.Cut(p, " "); ok && firstWord(normalize(w), kw) != "" {
			p = withoutLeadingSubjectWords(rest)
		}
		// "Mediterrània Mobility (Head of Data)": the job in brackets
		// after the name.
		if i := strings.LastIndex(p, " ("); i > 0 && strings.HasSuffix(p, ")") && hasRoleWord(p[i+2:len(p)-1]) {
			p = strings.TrimSpace(p[:i])
		}
		// "Erstgespräch Backend-Entwicklung - Kranich Software AG": a
		// team's name after the interview's word is no company.
		if bareName(p) && firstWord(normalize(p), kw) == "" && !hasRoleWord(p) && !meetingLabel(p) && !allTeamWords(p) {
			if c := acceptCompany(p, people); c != "" {
				return c
			}
		}
	}
	// "Site Reliability Engineer, Marlowe & Finch": the company after
	// the title.
	for _, p := range parts {
		if i := strings.LastIndex(p, ", "); i > 0 && hasRoleWord(p[:i]) {
			// "Senior Product Manager, Growth": a team after the
			// title's comma is no company.
			if tail := strings.TrimSpace(p[i+2:]); bareNameRE.re().MatchString(tail) && !hasRoleWord(tail) && !allTeamWords(tail) {
				if c := acceptCompany(tail, people); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// referenceLabels begin a posting's reference, not a name.
var referenceLabels = map[string]bool{
	"kennziffer": true, "kennzahl": true, "aktenzeichen": true, "stellennummer": true, "ref": true, "reference": true,
	"referenz": true, "référence": true, "referencia": true, "riferimento": true, "referentie": true, "vacature": true,
	"vacancy": true, "requisition": true, "job-id": true, "stellen-id": true, "ausschreibung": true, "ausschreibungsnummer": true,
	"réf": true, "rif": true, "referência": true,
}

// payGradeRE is a post's pay grade as postings write it after the title:
// "Level B", "Grade 7", "Band 6", "Entgeltgruppe 13", "Échelon 3".
var payGradeRE = lazyRE(`^(?i:level|grade|band|scale|step|pay scale|pay grade|salary grade|entgeltgruppe|besoldungsgruppe|échelon|echelon|nivel|nível|livello|categoria|schaal|trede|lönegrad)\s+[\p{L}\p{N}]{1,3}(?:[./-][\p{L}\p{N}]{1,3})?$`)

var bareNameRE = lazyRE(`^` + nameRE + `$`)

// bareName reports a name alone, with or without the legal form that
// follows it in lower case ("Tamsin Maritime plc", "Kovo s.r.o.").
func bareName(s string) bool {
	if bareNameRE.re().MatchString(s) {
		return true
	}
	w := withoutLegalForm(s)
	return w != strings.TrimSpace(s) && bareNameRE.re().MatchString(w)
}

var roundCodeRE = lazyRE(`^(?i:tr|hr|mr|cr|l|r|round)\s?\d$`)

// withoutLeadingSubjectWords drops the words about the process before a
// name: "Rekrutacja Wisła Software" is Wisła Software's recruitment.
func withoutLeadingSubjectWords(p string) string {
	for {
		w, rest, ok := strings.Cut(strings.TrimSpace(p), " ")
		if !ok || !isSubjectWord(w) {
			return p
		}
		p = rest
	}
}

// meetingLabel reports a part of a subject that only says what kind of
// meeting it is: "Telephonic Discussion", "Video Call", "HR Round".
func meetingLabel(p string) bool {
	words := strings.Fields(strings.ToLower(p))
	for _, w := range words {
		w = strings.Trim(w, ".,:;()")
		// "First-Round" of "First-Round Interview - Assistant
		// Professor": its parts each a label's word.
		if !meetingLabelWords[w] && (!strings.Contains(w, "-") || slices.ContainsFunc(strings.Split(w, "-"), func(p string) bool { return !meetingLabelWords[p] })) {
			return false
		}
	}
	return len(words) > 0
}

var meetingLabelWords = map[string]bool{
	"telephonic": true, "telephone": true, "phone": true, "video": true, "virtual": true, "online": true,
	"intro": true, "introductory": true, "initial": true, "first": true, "second": true, "third": true,
	"final": true, "technical": true, "tech": true, "hr": true, "discussion": true, "call": true,
	"chat": true, "screen": true, "screening": true, "round": true, "session": true, "conversation": true,
	"meeting": true, "catch-up": true, "sync": true, "panel": true, "onsite": true, "on-site": true,
	// The days and tasks of selection outside offices: "Group Assessment
	// Day", "Trial Shift", "Case Study Presentation", "Open Hiring Day".
	"group": true, "assessment": true, "day": true, "superday": true, "trial": true, "shift": true,
	"hiring": true, "selection": true, "walk-in": true, "presentation": true, "case": true, "study": true,
	"exercise": true, "workshop": true, "open": true,
	// Which round, in the languages read: "Zweite Runde: Fachgespräch
	// in Hamburg", "Tweede ronde", "Segunda ronda".
	"zweite": true, "erste": true, "dritte": true, "finale": true, "runde": true, "deuxième": true, "tour": true,
	"segunda": true, "primera": true, "ronda": true, "seconda": true, "tweede": true, "eerste": true,
	"ronde": true, "druga": true, "pierwsza": true, "runda": true, "etap": true, "andra": true, "anden": true,
	"andre": true, "første": true,
}

// interviewKindNouns name a kind of meeting; they end an event's name
// after the company's ("Lumenpath Intro Call").
var interviewKindNouns = map[string]bool{
	"call": true, "chat": true, "screen": true, "screening": true, "interview": true,
	"meeting": true, "conversation": true,
}

// possessives in the languages followupd reads: "your", "our", ...
var possessives = map[string]bool{
	"your": true, "our": true, "my": true, "ihr": true, "ihre": true, "unser": true, "unsere": true,
	"votre": true, "notre": true, "vos": true, "nos": true, "tu": true, "su": true, "nuestro": true,
	"nuestra": true, "tuo": true, "tua": true, "vostro": true, "seu": true, "sua": true, "nosso": true,
	"nossa": true, "jouw": true, "uw": true, "onze": true, "twój": true, "twoja": true, "din": true,
	"ditt": true, "er": true, "ert": true, "vår": true, "vores": true, "ihres": true, "ihrer": true,
	"ihren": true, "ihrem": true, "unseres": true, "unserer": true, "deines": true, "deiner": true,
}

// latinHalf returns the Latin words of a name written in Chinese,
// Japanese or Korean and in Latin letters, else the name.
func latinHalf(c string) string {
	var latin, other []string
	for _, w := range strings.Fields(c) {
		if strings.ContainsFunc(w, cjkLetter) {
			other = append(other, w)
		} else {
			latin = append(latin, w)
		}
	}
	if len(other) == 0 || letters(strings.Join(latin, "")) < 3 {
		return c
	}
	return strings.Join(latin, " ")
}

// thanksWords say thank you in the languages followupd reads; a subject
// part of them alone ("Merci - entretien …", "Danke – Gespräch …") is the
// user's own thanks, never a name.
var thanksWords = map[string]bool{
	"thanks": true, "thank": true, "you": true, "many": true, "merci": true, "beaucoup": true, "danke": true,
	"vielen": true, "dank": true, "gracias": true, "muchas": true, "grazie": true, "mille": true, "obrigado": true,
	"obrigada": true, "muito": true, "bedankt": true, "dankjewel": true, "dankuwel": true, "tack": true,
	"så": true, "mycket": true, "tak": true, "takk": true, "kiitos": true, "dziękuję": true, "dziękujemy": true,
	"děkuji": true, "ďakujem": true, "köszönöm": true, "mulțumesc": true, "teşekkürler": true,
	"teşekkür": true, "ederim": true, "hvala": true, "спасибо": true, "дякую": true, "благодаря": true,
	"ευχαριστώ": true, "ευχαριστούμε": true, "for": true, "your": true, "time": true,
}

func onlyThanks(lc string) bool {
	ws := strings.Fields(strings.Trim(lc, " !.,"))
	if len(ws) == 0 || !thanksWords[strings.Trim(ws[0], "!.,")] {
		return false
	}
	for _, w := range ws {
		if !thanksWords[strings.Trim(w, "!.,")] {
			return false
		}
	}
	// "Thanks" alone, or words all of thanks of which one is not
	// "you"/"for"/"time" ("Time" alone is no thanks).
	return slices.ContainsFunc(ws, func(w string) bool {
		w = strings.Trim(w, "!.,")
		return w != "you" && w != "for" && w != "your" && w != "time" && w != "many"
	})
}

// meetingPlatforms are the video services an interview is held on, as
// a hiring system's mail names them.
// linkWords name what a mail sends for a meeting on a platform: "Link
// Google Meet", "Einladung Zoom", "Tautan Zoom".
var linkWords = map[string]bool{
	"link": true, "links": true, "tautan": true, "pautan": true, "lien": true, "enlace": true, "einladung": true,
	"invite": true, "invitation": true, "undangan": true, "jemputan": true, "join": true, "meeting": true,
}

var meetingPlatforms = map[string]bool{
	"microsoft teams": true, "ms teams": true, "teams meeting": true, "microsoft teams meeting": true,
	"zoom": true, "zoom meeting": true, "zoom video": true, "google meet": true, "google hangouts": true,
	"webex": true, "cisco webex": true, "webex meetings": true, "skype": true, "skype for business": true,
	"whereby": true, "bluejeans": true, "gotomeeting": true, "goto meeting": true, "jitsi": true, "jitsi meet": true,
	"amazon chime": true, "chime": true, "tencent meeting": true, "voov meeting": true, "lark": true, "dingtalk": true,
	"wechat": true, "whatsapp": true, "facetime": true, "slack huddle": true,
}

func acceptCompany(c string, people map[string]bool) string {
	words := strings.Fields(strings.Trim(c, " .,:;-–"))
	// "Walk-in" of "Walk-in Interview | Staff Engineer": what kind of
	// meeting, left when the interview's word is taken away.
	if len(words) > 0 && meetingLabel(strings.Join(words, " ")) {
		return ""
	}
	// "Backend Python" of "Entretien Sam Rivera / Lumio – Backend
	// Python": the field and the stack of a title cut short, no name.
	if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ".,()"))
		return !titleFields[lw] && !stackWords[lw]
	}) {
		return ""
	}
	// "Backend Sr." of "Entrevista Quebracho Labs - Backend Sr.": a
	// title that ends in its seniority.
	title := false
	if len(words) > 1 {
		switch strings.ToLower(strings.Trim(words[len(words)-1], ".()")) {
		case "senior", "junior", "sr", "jr", "ssr", "sênior", "júnior", "pleno":
			title = true
		}
	}
	// "Initech Senior Go Engineer": the title starts at its first role
	// word; "User Researcher", "Data Engineer": a field's word before
	// it starts the title, and no name is left.
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (seniorityWords[lw] || hasRoleWord(lw)) {
			if !slices.ContainsFunc(words[:i], func(w string) bool { return !titleFields[strings.ToLower(w)] }) {
				return ""
			}
			words = words[:i]
			break
		}
	}
	for len(words) > 0 {
		last := strings.ToLower(words[len(words)-1])
		// "Initech Onsite" of "Initech Onsite Interview" is Initech.
		// "Lumenpath Intro Call" of a booking page's event name is Lumenpath.
		if last == "and" || last == "of" || last == "&" || last == "the" || last == "und" || last == "für" ||
			interviewDescriptors[last] || interviewKindNouns[last] {
			words = words[:len(words)-1]
			continue
		}
		// "Adatum Bar Raiser" of "Adatum Bar Raiser Interview": a round
		// named in two words.
		if n := len(words); n > 2 && isKeywordPhrase(words[n-2:]) {
			words = words[:n-2]
			continue
		}
		break
	}
	// "Complete Your Digital" of "Next Step: Complete Your Digital
	// Interview" is an instruction: a name has no "your" inside it.
	for _, w := range words[min(1, len(words)):] {
		if possessives[strings.ToLower(w)] {
			return ""
		}
	}
	// "Staff" of "(Staff Engineer)" is what is left of a job title;
	// "CTO & Product" of "Entretien CTO & Product – Lead Product Manager"
	// is whom the user meets.
	// (Nor the CV a letter sends: "Bar staff - CV".)
	if len(words) == 0 || notCompanyWords[strings.ToLower(words[0])] && !namedWithThe(words) || cvWords[strings.ToLower(words[0])] || seniorityWords[strings.ToLower(words[0])] || title ||
		executiveTitles[strings.ToLower(words[0])] ||
		// "Frühstücksgespräch mit Frau Prof. Dr. Albrecht": a person.
		// ("Pan Macmillan" is a publisher, whatever Polish calls a man.)
		honorifics[strings.TrimSuffix(strings.ToLower(words[0]), ".")] && strings.ToLower(words[0]) != "pan" {
		return ""
	}
	c = strings.Trim(strings.Join(words, " "), " .,:;'")
	if letters(c) < 2 || requisitionRE.re().MatchString(c) || referenceCodeRE.re().MatchString(c) || postingReference(words) {
		return "" // "R-04211", a requisition number; "POST-2026-031", "Offre IGE-2026-37", a posting's reference
	}
	// "オンライン面接" (online interview): the interview's own word in
	// the letters that need no spaces.
	if strings.ContainsFunc(c, cjkLetter) && slices.ContainsFunc([]string{"ja", "zh", "ko"}, func(lang string) bool {
		return slices.ContainsFunc(keywordsByLanguage[lang], func(k string) bool { return strings.Contains(c, k) })
	}) {
		return ""
	}
	// "Lecturer in Environmental Statistics (Level B)": a pay grade;
	// "Kennziffer BAVD-2026-117": a posting's reference.
	if payGradeRE.re().MatchString(c) || referenceLabels[strings.ToLower(strings.TrimRight(strings.Fields(c)[0], ".:"))] {
		return ""
	}
	// "Format: Videointerview über Teams", "Ort: ...": a form's label.
	// "Haastatteluaika: to 3.12.2026 klo 9.00", "Interviewtermin: ...":
	// one word that starts with the interview's is a label too.
	// "Event Type:" over Calendly's event name: a label of two words.
	// "Entrevue" of "Entrevue / Interview – Analyste ...": a bilingual
	// subject's word for the interview in the other language.
	if fieldLabels[strings.ToLower(c)] || !strings.Contains(c, " ") && startsWithInterviewStem(c) || isKeywordPhrase(strings.Fields(c)) {
		return ""
	}
	// "Merci - entretien Ingénieur MLOps": the user's thanks.
	if onlyThanks(strings.ToLower(c)) {
		return ""
	}
	// "– Di., 15.12.2026 14:00 – 15:30 (MEZ)": a time zone in brackets.
	if _, written, ok := timetext.ZoneIn(c); ok && !strings.Contains(c, " ") && strings.EqualFold(written, c) {
		return ""
	}
	// "Conversa", "Invitation": a word of the subject's, not a name;
	// "CDI", "Standort Hamburg": a posting's contract or place; "Neue
	// Nachricht": a job board's notice.
	if !strings.Contains(c, " ") && isSubjectWord(c) || contractName(c) || statusOnly(c) ||
		slices.Contains(strings.Split(newMessage, "|"), strings.ToLower(c)) {
		return ""
	}
	// "Candidatura técnico/a en farmacia (InfoJobs)": where the posting
	// was seen, not who posted it.
	// "Bayt.com", as a board's notice signs: the name as its domain.
	if systemNames()[squash(c)] || strings.Contains(c, ".") && (isJobBoard(strings.ToLower(c)) || isVendor(strings.ToLower(c))) {
		return ""
	}
	// "Go" of "Go-Entwickler" is no company; "SAP" or "EY" may be.
	if letters(c) < 3 && strings.ToUpper(c) != c {
		return ""
	}
	// "GMT+11", "UTC", "CET": a zone read next to a time; "Oslo", "New
	// York": where the interview is, not with whom.
	if zoneNameRE.re().MatchString(c) || timetext.IsCity(c) {
		return ""
	}
	// "TR1", "HR2", "L3": a round's code, as Indian recruiters write it.
	if roundCodeRE.re().MatchString(c) {
		return ""
	}
	// "Interview Type: Virtual - Microsoft Teams": how the interview is
	// held, not with whom.
	if meetingPlatforms[strings.ToLower(c)] {
		return ""
	}
	// "Link Google Meet - Interview HR ...": the meeting's link.
	if first, rest, ok := strings.Cut(strings.ToLower(c), " "); ok && meetingPlatforms[rest] && linkWords[first] {
		return ""
	}
	// "Walk-in Drive | Lead Data Engineer | Sat, 19th Dec": the kind of
	// event, not who holds it.
	if walkInDrives[normalize(strings.NewReplacer("-", " ").Replace(c))] {
		return ""
	}
	// "淡水半導體 Tamsui Semiconductor": a name given in both scripts
	// is written to the user in the Latin one.
	c = latinHalf(c)
	// "Megan Doyle and Sam Rivera" of a booking's "between Megan Doyle
	// and Sam Rivera": people, one of them by full name.
	low := strings.ToLower(c)
	for p := range people {
		if strings.Contains(p, " ") && low != p && hasWord(low, p) {
			return ""
		}
	}
	// "Leading Payments Company", "Top MNC", "Empresa líder del sector":
	// how a headhunter describes a client it does not name yet.
	if describesUnnamed(c) {
		return ""
	}
	// "Phone Screen - Technology Roles": a booking page for a kind of
	// job, not who offers it.
	if ws := strings.Fields(strings.ToLower(c)); len(ws) > 1 && openingsWords[ws[len(ws)-1]] {
		return ""
	}
	// "Ihr Interviewtermin": an interview word inside a compound.
	if hasInterviewStem(c) {
		return ""
	}
	if c == "" || strings.Contains(c, "@") || people[low] || hasRoleWord(c) {
		return ""
	}
	// "Gesprek met CTO", "Call with the founders": whom the user meets,
	// by their job.
	if personTitles[strings.TrimPrefix(low, "the ")] || interviewerTitles[low] || executiveTitles[low] {
		return ""
	}
	// A first name alone ("Interview with Peter") is a person too, and
	// so are first names together ("chat with Rebecca & Ana").
	if firstNamesOnly(low, people) {
		return ""
	}
	return c
}

// firstNamesOnly reports whether low (lower-case) holds nothing but the
// first names of people, joined by "&", commas or a word for "and"
// (andWords).
func firstNamesOnly(low string, people map[string]bool) bool {
	isFirst := func(w string) bool {
		for p := range people {
			if first, _, ok := strings.Cut(p, " "); ok && first == w {
				return true
			}
		}
		return false
	}
	named := false
	for _, w := range strings.Fields(strings.NewReplacer("&", " ", ",", " ", "+", " ", "/", " ").Replace(low)) {
		switch {
		case andWords[w]:
		case isFirst(w):
			named = true
		default:
			return false
		}
	}
	return named
}

// companyFromVendorHost reads the company a scheduling system writes for
// from the host it sends from: "norrskenbetalningar.teamtailor-mail.com",
// "acme.bamboohr.com". Hosts such as "app." or "us." name nobody.
func companyFromVendorHost(d string) string {
	labels := strings.Split(d, ".")
	for i := len(labels) - 1; i > 0; i-- {
		if !vendorLabels[labels[i]] {
			continue
		}
		l := labels[i-1]
		if len(l) < 3 || genericHosts[l] {
			return ""
		}
		return l
	}
	return ""
}

var genericHosts = map[string]bool{
	"app": true, "mail": true, "email": true, "notifications": true, "notification": true, "jobs": true,
	"careers": true, "hire": true, "hiring": true, "www": true, "api": true, "bounce": true, "bounces": true,
	"mg": true, "em": true, "send": true, "smtp": true, "mx": true, "eu": true, "us": true, "uk": true,
	"de": true, "ats": true, "recruiting": true, "messages": true, "noreply": true, "no-reply": true,
	"talent": true, "people": true, "hr": true, "recruit": true, "recruitment": true, "apply": true,
	"join": true, "team": true, "career": true, "job": true, "mailer": true, "info": true,
}

// companyFromDomain names a company after its domain ("piedpiper.example"
// → "Piedpiper", "massive-dynamic.example" → "Massive-Dynamic",
// "pinecrestrobotics.example" → "Pinecrest Robotics"); "" for domains
// that stand for no employer.
func companyFromDomain(d string) string {
	if !companyDomain(d) || agencyDomain(d) {
		return "" // a recruiting agency writes for its clients
	}
	org := orgDomain(d)
	label, _, _ := strings.Cut(org, ".")
	if label == "" {
		return ""
	}
	parts := strings.Split(label, "-")
	for i, p := range parts {
		parts[i] = titled(p)
		if len(parts) == 1 {
			// "pinecrestrobotics.example": the name and the trade run
			// together in a domain, and a letter writes them apart.
			if name, tail, ok := splitDomainTail(p); ok {
				parts[i] = titled(name) + " " + titled(tail)
			}
		}
	}
	return strings.Join(parts, "-")
}

// titled returns w with its first letter in upper case.
func titled(w string) string {
	r := []rune(w)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// splitDomainTail splits a domain's label into a name and an English
// word of trade that ends it ("pinecrest" + "robotics"), when both are
// long enough to be words. Only the English words: German, Dutch and the
// Nordic languages write a trade and its name as one word
// ("medizintechnik", "stadtwerke"), and so do their domains.
func splitDomainTail(label string) (name, tail string, ok bool) {
	for _, t := range domainTails {
		if n := len(label) - len(t); n >= 4 && strings.HasSuffix(label, t) && (len(t) > len(tail)) {
			name, tail, ok = label[:n], t, true
		}
	}
	return name, tail, ok
}

// domainTails are the words of trade that end a company's domain; words
// that also end other words ("media" of
// "multimedia", "cloud" of "soundcloud", "works" of "fireworks") are
// left out.
var domainTails = []string{
	"robotics", "software", "systems", "labs", "analytics", "technologies", "health", "group", "solutions",
	"consulting", "partners", "capital", "ventures", "logistics", "pharma", "security", "networks", "energy",
	"mobility", "insurance", "digital", "games", "studios", "interactive", "industries", "finance",
	"payments", "medical", "biotech", "foods", "motors", "aerospace", "dynamics", "innovations", "devices",
	"fintech", "healthcare", "automation", "telecom", "brewery", "foundation", "academy", "hospital",
	"institute", "properties", "realty", "hotels", "airlines", "pharmaceuticals", "biosciences", "therapeutics",
}

// Words around a company's name in a sending system's display name:
// "Globochem Talent Team" → "Globochem".
// senderNoise are the words a display name adds to the organisation's
// name for its recruiting team, in the languages followupd reads.
var senderNoise = lazyRE(`(?i)\b(?:(?:campus|university|graduate) (?:recruiting|recruitment|hiring|relations)|recruiting|recruitment|recruiter|talent(?: acquisition)?|(?:early |graduate )?careers?|hiring|team|jobs|hr|people|karriere|personal(?:abteilung)?|recrutement|carrières|reclutamento|risorse umane|recrutamento|reclutamiento|selección|werving|rekrutacja|rekrytering|rekruttering|rekrytointi|(?:via|vía|über|tramite) \w+|no-?reply|notifications?)\b|` +
	// The same in Japanese, Chinese and Korean, glued on ("採用担当",
	// "인사팀"): \b knows only ASCII letters.
	cjkDepartments)

// cjkDepartments are the recruiting and personnel departments as
// Japanese, Chinese and Korean write them after the company's name, in a
// display name ("澜海科技招聘", "三葉商事株式会社 採用チーム").
const cjkDepartments = `採用担当|採用チーム|採用事務局|人事部|招聘团队|招聘組|招聘组|人力资源部|人力資源部|招聘|인사팀|채용팀|채용담당`

// companyFromSenderName reads the company from a vendor's display name,
// which names the company on whose behalf it writes.
func companyFromSenderName(name string, people map[string]bool) string {
	// "Maplewood Financial via Spark Hire", "Cóndor Finanzas vía Buk":
	// what follows "via" is the system, however many words its name has.
	if org, _, ok := relayParts(name); ok {
		name = org
	}
	// "Juliana Prado (Cerrado Pagamentos)", "Rachel Kim (Halvorsen
	// Medical Devices)": a person and, in brackets, the organisation
	// they write for; "Rachel Kim (Recruiter)" names a title instead.
	if t := strings.TrimSpace(name); strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			inner := strings.TrimSpace(t[i+1 : len(t)-1])
			if !people[strings.ToLower(inner)] && !hasRoleWord(inner) && !interviewerTitles[strings.ToLower(inner)] {
				if c := companyFromSenderName(inner, people); c != "" {
					return c
				}
			}
			name = t[:i]
		}
	}
	// "Julia Hartmann | Brückner Logistik GmbH", "Kajo Analytics Oy /
	// Recright": the part that is not a person, nor the system. A
	// person the message does not name otherwise is told from a
	// company by what a company's name holds: a word such as
	// "Software" or "Logistik", or a legal form.
	// "Wietske Hoekstra van Hoekstra ICT Beheer", "Jonas Weber von
	// Brandt Hydraulik GmbH": a job board's relay names the person and
	// the employer in the reader's language. "van" and "von" begin
	// surnames too ("Jan van Dijk"): only a company's name after the
	// last one counts.
	for _, sep := range []string{" van ", " von "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			if org := name[i+len(sep):]; companyLike(org) && !people[strings.ToLower(strings.TrimSpace(org))] {
				if c := companyFromSenderName(org, people); c != "" {
					return c
				}
			}
		}
	}
	for _, sep := range []string{" | ", " – ", " - ", " / ", " from ", " at ", " @ "} {
		if parts := strings.Split(name, sep); len(parts) > 1 {
			// "Olivia at Summit Fresh Market", "Jo Park from Acme": a
			// person (or a bot's name) at the organisation after the
			// word; only one word or two before it.
			if sep == " from " || sep == " at " || sep == " @ " {
				if len(parts) == 2 && len(strings.Fields(parts[0])) <= 2 {
					if c := companyFromSenderName(parts[1], people); c != "" {
						return c
					}
				}
			}
			var first string
			for _, p := range parts {
				if people[strings.ToLower(strings.TrimSpace(p))] {
					continue
				}
				c := companyFromSenderName(p, people)
				if c != "" && companyLike(p) {
					return c
				}
				if first == "" {
					first = c
				}
			}
			return first
		}
	}
	n := strings.Join(strings.Fields(senderNoise.re().ReplaceAllString(name, " ")), " ")
	n = strings.Trim(n, " -–|,:")
	if n == "" || people[strings.ToLower(n)] {
		return ""
	}
	return acceptCompany(n, people)
}

// namedWithThe reports a proper name that starts with "The": "The Liffey
// Quay Hotel", "The Body Shop". Each word after it is capitalised and
// none is a word of a subject's ("The Interview Team").
func namedWithThe(words []string) bool {
	if len(words) < 3 || words[0] != "The" {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || notCompanyWords[strings.ToLower(w)] || isSubjectWord(w) {
			return false
		}
	}
	return true
}

// companyLike reports a name that says it is a company's: a word of a
// company's name ("Software", "Logistik") or a legal form ("GmbH").
func companyLike(name string) bool {
	for _, w := range strings.Fields(name) {
		if companyWord(w) || legalForms[strings.ToLower(strings.Trim(w, ","))] {
			return true
		}
	}
	return false
}

// postingReference reports words that are a posting's noun and its code:
// "Offre IGE-2026-37", "Vacancy 2026/118", "Convocatoria PS-2026-071".
func postingReference(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if lw := strings.ToLower(strings.Trim(w, ".:#")); !roleQuestionNouns[lw] && !postingNouns[lw] {
			return false
		}
	}
	return postingCodeRE.re().MatchString(words[len(words)-1])
}

// postingNouns name a posting before its code, besides roleQuestionNouns.
var postingNouns = map[string]bool{
	"offre": true, "oferta": true, "offerta": true, "ref": true, "réf": true, "reference": true, "référence": true,
	"referencia": true, "riferimento": true, "convocatoria": true, "requisition": true, "req": true, "annonce": true,
	"anuncio": true, "ausschreibung": true, "kennziffer": true, "concurso": true, "concorso": true,
}

// postingCodeRE is a posting's code: letters and figures in parts, with a
// figure among them ("IGE-2026-37", "2026/118", "PS-2026-071").
var postingCodeRE = lazyRE(`^[\p{Lu}\d]*\d[\p{Lu}\d]*(?:[-/.][\p{Lu}\d]+)+$|^[\p{Lu}\d]+(?:[-/.][\p{Lu}\d]+)*[-/.][\p{Lu}\d]*\d[\p{Lu}\d]*$`)

var (
	roleForRE   = lazyRE(`(?i:\b(?:for|about|as|regarding)\s+(?:the|our|a|an|this)\s+)([\p{L}\p{N}][\p{L}\p{N} ,&/+#.'()-]{1,60}?)\s+(?i:role|position|opening|vacancy|job)\b`)
	roleAtRE    = lazyRE(`(?::\s*|(?i:\bfor\s+))([\p{L}\p{N}][\p{L}\p{N} ,&/+#.'()-]{1,60}?)\s+(?i:at|bei)\s+\p{Lu}`)
	roleAlsRE   = lazyRE(`(?i:\b(?:als|as a|as an|position|stelle)\s+)(\p{Lu}[\p{L}\p{N} &/+#.-]{1,60}?)(?:\s*\((?i:m/w/d|w/m/d|m/f/d|f/m/d|d/f/m|all genders)\)|\s+(?:einladen|eingeladen)|[,.;:]|$)`)
	roleParenRE = lazyRE(`\(([^()]{3,60})\)\s*$`)
	// metPersonRE ends in "with Priya", "mit Jana Krüger": whom the
	// meeting is with, in the languages followupd reads.
	metPersonRE  = lazyRE(`(?i)\b(?:with|mit|avec|con|com|met|med|z|ze|kanssa|s)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*$`)
	roleAppRE    = lazyRE(`^([\p{L}\p{N}][\p{L}\p{N} ,&/+#.-]{1,60}?)\s+(?i:application|bewerbung)\b`)
	genderMarkRE = lazyRE(`(?i)\s*\(?\b(?:m/w/d|w/m/d|m/f/d|f/m/d|d/f/m|m/w/x|w/m/x|m/f/x|h/f/x|f/h/x|h/f/d|h/f|f/h|m/f|m/v|m/v/x|k/m|all genders)\b\)?`)
	dashSplitRE  = lazyRE(`\s+[–—·•-]\s+|\s*\|+\s*|\s+//\s+`)
	barSplitRE   = lazyRE(`\s*\|\s*`)
	// genderedWordRE is a word written for both genders, as only job
	// titles are: "Aktuar/in", "Projektleiter:in", "Ingeniero/a",
	// "Développeur(se)", "Ingénieur·e".
	genderedWordRE = lazyRE(`\p{Ll}(?:/-?in|:in|\*in|_in|/innen|/a|\(a\)|\(e\)|\(se\)|\(ne\)|·e|·se)(?:$|[^\p{L}])`)
	requisitionRE  = lazyRE(`\s*\(?\b(?:R|REQ|JR|Job ID|ID)[-# ]?\d{3,}\)?`)
	// referenceCodeRE is a posting's code alone: letters, then numbers
	// joined by hyphens ("POST-2026-031", "NMU-0934-26").
	referenceCodeRE = lazyRE(`^\p{Lu}{2,6}(?:-\d{2,})+$`)
)

// roleFrom finds the job title in subject-like lines (subject, event
// summary), then in running texts, where only explicit wording counts
// ("for the Senior Go Engineer role", "als Senior Backend-Entwickler"),
// then on lines of their own (an event's title, a form's answer).
func roleFrom(titles []string, texts []string) string {
	for _, t := range titles {
		s := cleanSubject(t)
		// "Hooli interview – Staff Engineer, Platform", "Graduate Software
		// Engineer - Final Interview", "Sam Rivera | Marlow Insurance -
		// Senior Cloud Engineer interview": the part that is a title,
		// less the words about the interview.
		parts := dashSplitRE.re().Split(s, -1)
		for _, p := range parts {
			// "Mediterrània Mobility (Head of Data)": a name with the
			// job in brackets after it; not a person met with theirs
			// ("chat with Priya (Head of Infra)").
			if i := strings.LastIndex(p, " ("); i > 0 && strings.HasSuffix(p, ")") && !hasRoleWord(p[:i]) && hasRoleWord(p[i+2:len(p)-1]) &&
				!metPersonRE.re().MatchString(p[:i]) {
				if r := acceptRole(p[i+2 : len(p)-1]); r != "" {
					return r
				}
			}
			// "Ihre Bewerbung als Senior Softwareentwickler"
			if r := roleInText(p); r != "" {
				return r
			}
			if r := acceptRole(withoutInterviewWords(p)); r != "" {
				return r
			}
		}
		for _, re := range []*lazyRegexp{roleAtRE, roleAppRE, roleForRE, roleAlsRE, roleParenRE} {
			if m := re.re().FindStringSubmatchIndex(s); m != nil {
				// "chat with Priya (Head of Infra)": the title of the
				// person met, not the job.
				if re == roleParenRE && metPersonRE.re().MatchString(s[:m[0]]) {
					continue
				}
				if r := acceptRole(s[m[2]:m[3]]); r != "" {
					return r
				}
			}
		}
	}
	for _, t := range texts {
		if r := roleInText(t); r != "" {
			return r
		}
	}
	for _, t := range texts {
		if r := roleInLines(t); r != "" {
			return r
		}
	}
	for _, t := range texts {
		if r := cjkRoleField(t); r != "" {
			return r
		}
	}
	return ""
}

// isKeywordPhrase reports words that are, together, one of the built-in
// interview words ("bar raiser", "phone screen").
func isKeywordPhrase(ws []string) bool {
	joined := strings.ToLower(strings.Join(ws, " "))
	return defaultLexicon().scan(joined)[lKeyword] == joined
}

// withoutInterviewWords strips what a title part says about the interview
// rather than the job: "Interview:" before it, "Final Interview" or
// "interview" after it.
func withoutInterviewWords(p string) string {
	// "Intro Call - Staff Software Engineer (Remote) with Priya on
	// Thursday": who and when follow the title.
	for _, sep := range []string{" with ", " between ", " @ ", " mit ", " avec ", " con ", " met ", " entre ", " zwischen ",
		" tussen ", " mellan ", " mellem ", " mellom ", " między ", " tra "} {
		if i := strings.Index(p, sep); i > 0 {
			p = p[:i]
		}
	}
	// "Your booking is confirmed: Graduate Software Engineer": a label
	// before a colon is not the title.
	if i := strings.LastIndex(p, ": "); i >= 0 && hasRoleWord(p[i+2:]) {
		p = p[i+2:]
	} else if i >= 0 && hasRoleWord(p[:i]) {
		// "Product Manager Senior : premier échange": what kind of
		// meeting follows the title.
		p = p[:i]
	}
	ws := strings.Fields(p)
	// "Tweede gesprek Senior Go Developer", "Zweites Gespräch Senior
	// Backend Engineer": an interview phrase first.
	for n := min(3, len(ws)); n > 1; n-- {
		head := strings.Join(ws[:n], " ")
		h := defaultLexicon().scan(head)
		whole := strings.ToLower(joinWords(words(head)))
		if !hasRoleWord(head) && (h[lKeyword] == whole || h[lRound] == whole) {
			ws = ws[n:]
			break
		}
	}
	isAbout := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ":,()"))
		return interviewDescriptors[w] || firstWord(w, defaultKeywords) != "" || w == "screen" || w == "round" ||
			(!hasRoleWord(w) && isSubjectWord(w))
	}
	for len(ws) > 0 && isAbout(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 {
		n := len(ws)
		switch {
		case isAbout(ws[n-1]):
			ws = ws[:n-1]
		case n > 1 && strings.EqualFold(ws[n-2], "oral") && strings.EqualFold(ws[n-1], "board"):
			// "GIS Analyst II Oral Board Interview": a US public
			// employer's panel interview.
			ws = ws[:n-2]
		default:
			return strings.Join(ws, " ")
		}
	}
	return ""
}

func acceptRole(r string) string { return acceptRoleAs(r, false) }

// acceptRoleAs is acceptRole; introduced is set for the words an intro
// put before ("la búsqueda de", "position of"), which may name a job by
// speciality and seniority alone: "Backend Sr (Go)". Alone in a subject,
// "Siguiente paso – Backend Sr." leaves the text's "Puesto:" to say the
// whole title.
func acceptRoleAs(r string, introduced bool) string {
	// "(m/w/d)", "(H/F)" mark a posting's title, whatever its words; so
	// does a word written for both genders ("Aktuar/in", "Développeur(se)").
	marked := genderMarkRE.re().MatchString(r) || genderedWordRE.re().MatchString(r)
	r = genderMarkRE.re().ReplaceAllString(r, "")
	r = requisitionRE.re().ReplaceAllString(r, "")
	// "Kennzahl 7341/2026 Systemadministrator*in Linux": the posting's
	// reference before the title.
	if f := strings.Fields(r); len(f) > 2 && referenceLabels[strings.ToLower(strings.Trim(f[0], ".:"))] && strings.ContainsAny(f[1], "0123456789") {
		r = strings.Join(f[2:], " ")
	}
	// "NMR-2026-0417 Lecturer in Adult Nursing": the code alone before
	// the title.
	if f := strings.Fields(r); len(f) > 2 && referenceCodeRE.re().MatchString(strings.Trim(f[0], ".:,")) {
		r = strings.Join(f[1:], " ")
	}
	r = withoutEngagement(strings.Trim(strings.Join(strings.Fields(r), " "), " ,.;:-–"))
	// A bracket stays when it is closed: "Platform Engineer (Kubernetes)".
	for strings.HasPrefix(r, "(") || (strings.HasSuffix(r, ")") && strings.Count(r, "(") < strings.Count(r, ")")) {
		r = strings.Trim(r, "()")
	}
	if strings.Count(r, "(") > strings.Count(r, ")") {
		r += ")"
	}
	// "Manager) - Cedarline" was read from inside "(Hiring Manager)": a
	// fragment of a bracket, not a title.
	if strings.Count(r, ")") > strings.Count(r, "(") {
		return ""
	}
	// "(remote, EU hours)", "(Munich/remote)": where and how, not what.
	if i := strings.LastIndexByte(r, '('); i > 0 && strings.HasSuffix(r, ")") && workMode(r[i:]) {
		r = strings.TrimSpace(r[:i])
	}
	// "Senior Python Developer (ok. 60 min, Google Meet)": how long,
	// not what.
	if i := strings.IndexByte(r, '('); i > 0 && strings.ContainsAny(r[i:], "0123456789") && strings.Contains(strings.ToLower(r[i:]), "min") {
		r = strings.TrimSpace(r[:i])
	}
	// "Senior Java vývojář, st 2. 12. 2026 9:30" of a booking's subject:
	// when follows the title.
	if i := strings.Index(r, ", "); i > 0 && strings.ContainsAny(r[i:], "0123456789") && !hasRoleWord(r[i:]) {
		r = r[:i]
	}
	// "Next step for your Customer Care Specialist": the title follows
	// the possessive, the words before it are the sentence's.
	if f := strings.Fields(r); len(f) > 2 {
		for i := len(f) - 2; i >= 1; i-- {
			if possessives[strings.ToLower(f[i])] {
				if after := strings.Join(f[i+1:], " "); hasRoleWord(after) && !hasRoleWord(strings.Join(f[:i], " ")) {
					r = after
				}
				break
			}
		}
	}
	// "Go Engineer at Donaublick": the company is not part of the title.
	for _, sep := range []string{" at ", " bei ", " chez ", " en ", " hos ", " på ", " @ ", " i ", " / ", " w ", " bij ", " presso ", " em ", " na "} {
		if i := strings.Index(r, sep); i > 0 && hasRoleWord(r[:i]) && !((sep == " en " || sep == " em ") && takesField(r[:i])) {
			r = r[:i]
		}
	}
	// "Sam Rivera (Platform Engineer" of "intended for Sam Rivera
	// (Platform Engineer at Globex)": the bracket was a person's title;
	// what stands before it must be a title on its own.
	if i := strings.LastIndexByte(r, '('); i >= 0 && strings.Count(r, "(") > strings.Count(r, ")") {
		r = r[:i]
	}
	r = strings.TrimSpace(r)
	// "the Planning Officer's report": a title in the possessive names
	// whose thing it is, not a job.
	if strings.HasSuffix(r, "'s") || strings.HasSuffix(r, "’s") {
		return ""
	}
	if r == "" || len(r) > 60 || !hasRoleWord(r) && !marked && !(introduced && seniorityNamed(r)) {
		return ""
	}
	if strings.Contains(r, "@") || strings.Contains(r, "<>") || firstWord(strings.ToLower(r), []string{"interview", "vorstellungsgespräch", "invitation", "einladung"}) != "" {
		return ""
	}
	// "with the Hiring Manager": the interviewer's title, not the job's;
	// "Manager" alone or "the Corvid Health Engineering team": a word of
	// a title, or a department.
	low := strings.ToLower(r)
	// ("Head of Engineering", "Responsable Data Engineering": a title
	// word beside the department makes it a job; "Platform Engineering
	// Days Berlin 2027" is a conference.)
	// ("VP" is no title word of its own: it is most often the title of
	// the person met, "Ravi Menon, VP Eng".)
	department := strings.Contains(low, "engineering") && !hasRoleWord(strings.ReplaceAll(low, "engineering", "")) &&
		firstWord(low, []string{"vp", "svp", "evp", "vice president"}) == ""
	if interviewerTitles[low] || !strings.Contains(low, " ") && roleWordSet[low] != nil ||
		department || strings.HasSuffix(low, " team") {
		return ""
	}
	// "Manager Screen" of "Hiring Manager Screen": a kind of interview.
	if i := strings.LastIndexByte(low, ' '); i > 0 && interviewKindNouns[low[i+1:]] {
		return ""
	}
	first, _ := utf8First(r)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return ""
	}
	// "Staff Platform Engineer next steps": the subject's words about the
	// candidacy after the title.
	for _, tail := range candidacyTails {
		if t, ok := strings.CutSuffix(r, " "+tail); ok && hasRoleWord(t) {
			r = t
			break
		}
	}
	return r
}

// candidacyTails are the words a subject writes after a title about the
// candidacy, in lower case: never a title's own.
var candidacyTails = []string{"next steps", "next step", "next stage", "application", "update", "follow-up", "follow up"}

// seniorityNamed reports a title that is a speciality and a seniority,
// without a noun for the job: "Backend Sr (Go)", "Frontend Ssr", "QA
// Jr." are how Latin American postings name a job.
func seniorityNamed(r string) bool {
	if i := strings.IndexByte(r, '('); i > 0 {
		r = r[:i]
	}
	f := strings.Fields(strings.ToLower(strings.TrimSpace(r)))
	return len(f) >= 2 && len(f) <= 4 && seniorityAbbrevs[strings.TrimSuffix(f[len(f)-1], ".")]
}

var seniorityAbbrevs = map[string]bool{"sr": true, "ssr": true, "jr": true, "semisenior": true, "semi-senior": true}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func utf8First(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// isRoom reports meeting rooms and other resources invited to an event.
func isRoom(p calendar.Person) bool {
	if p.CUType == "ROOM" || p.CUType == "RESOURCE" {
		return true
	}
	if strings.HasSuffix(p.Email, "resource.calendar.google.com") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(p.Name), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		switch {
		case w == "room" || w == "rooms" || w == "conf" || w == "conference" || w == "boardroom" ||
			w == "salle" || w == "sala" || w == "raum":
			return true
		case strings.HasSuffix(w, "raum") || strings.HasSuffix(w, "zimmer"):
			// Besprechungsraum, Konferenzraum, Sitzungszimmer
			return true
		}
	}
	local, _, _ := strings.Cut(p.Email, "@")
	return strings.HasPrefix(local, "room") || strings.HasPrefix(local, "conf") || strings.HasPrefix(local, "raum")
}

// directory maps lower-cased addresses to the display names the message
// headers give them, to name people a calendar lists by address only.
type directory map[string]string

func (d directory) add(as ...[]mail.Address) {
	for _, list := range as {
		for _, a := range list {
			e := strings.ToLower(a.Email)
			if e != "" && a.Name != "" && !strings.Contains(a.Name, "@") && d[e] == "" {
				d[e] = a.Name
			}
		}
	}
}

func (d directory) person(name, email string) Person {
	email = strings.ToLower(strings.TrimSpace(email))
	name = strings.Trim(strings.TrimSpace(name), `"`)
	if name == "" || strings.Contains(name, "@") {
		name = d[email]
	}
	return Person{Name: name, Email: email}
}

// eventPeople returns the interviewers and the organizer of an event:
// everyone invited but the user, rooms, no-reply and vendor addresses, and
// those invited as optional or not to take part (ROLE=OPT-PARTICIPANT,
// NON-PARTICIPANT, RFC 5545 §3.2.16: the recruiter copied on the hiring
// manager's invitation). The organizer counts as an interviewer only when
// no one else does: a recruiter who books a panel is the organizer, not
// one of the panel.
func eventPeople(ev calendar.Event, cfg Config, dir directory) (interviewers []Person, organizer Person) {
	org := strings.ToLower(ev.Organizer.Email)
	seen := map[string]bool{}
	for _, a := range ev.Attendees {
		e := strings.ToLower(a.Email)
		if e == "" || e == org || seen[e] || cfg.isMe(e) || isRoom(a) || !PersonAddress(e) || a.Role == "NON-PARTICIPANT" || a.Role == "OPT-PARTICIPANT" {
			continue
		}
		seen[e] = true
		interviewers = append(interviewers, dir.person(a.Name, e))
	}
	if org != "" && !cfg.isMe(org) && PersonAddress(org) {
		organizer = dir.person(ev.Organizer.Name, org)
		if len(interviewers) == 0 {
			interviewers = []Person{organizer}
		}
	}
	return interviewers, organizer
}

// PersonAddress reports whether mail to addr reaches a person: not a
// no-reply, vendor or calendar-system address, unless it is a hiring
// system's reply relay (replyRelay).
func PersonAddress(addr string) bool {
	d := domainOf(addr)
	if addr == "" || isNoReply(addr) || isCalendarSystem(d) || privacyMailbox(addr) {
		return false
	}
	if isJobBoard(d) && boardFunction(addr) {
		// "invitationtointerview@indeed.com": the board's own
		// mailbox. Its people ("jdoe@linkedin.com", hiring for
		// itself) and its relays to an employer's
		// ("lenakowalski-3k8q2@indeedemail.com") are people.
		return false
	}
	return !isVendor(d) || replyRelay(addr)
}

// privacyMailbox reports the address a privacy notice gives for data
// protection requests ("Puedes ejercer tus derechos en
// privacidad@grupo-alcazar.example", "datenschutz@", "dpo@"): an
// office that answers under the GDPR, nobody to thank for an interview.
func privacyMailbox(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	local = localNoise.Replace(local)
	if local == "dpo" || local == "gdpr" || local == "rgpd" || local == "dsgvo" || local == "rodo" {
		return true
	}
	return slices.ContainsFunc(privacyWords, func(w string) bool { return strings.Contains(local, w) })
}

// privacyWords name data protection in the local parts of the languages
// followupd reads.
var privacyWords = []string{
	"privacy", "privacidad", "privacidade", "privacite", "dataprotection", "datenschutz", "protectiondesdonnees",
	"donneespersonnelles", "protecciondedatos", "protezionedati", "gegevensbescherming", "privacyofficer",
	"ochronadanych", "dataskydd", "personuppgift", "persondata", "databeskyttelse", "personvern", "tietosuoja",
}

// boardFunction reports a job board's address named for what it sends:
// invitations, messages, alerts, updates.
func boardFunction(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	return slices.ContainsFunc(boardFunctionWords, func(w string) bool { return strings.Contains(local, w) })
}

var boardFunctionWords = []string{
	"invitation", "interview", "notification", "notify", "alert", "message", "inmail", "update", "jobs",
	"mailer", "digest", "newsletter", "support", "info", "service", "team", "candidate", "application",
	"apply", "schedul", "reminder", "account", "notice",
	// In the other languages: "notificaciones@computrabajo.com",
	// "notificacoes@", "benachrichtigung@".
	"notif", "benachrichtigung", "avisos", "alertas", "mensajes", "mensagens",
}

// replyRelay reports an address at which a hiring system takes the
// candidate's answers to one conversation and passes them to the hiring
// team: a token after a "+" in the local part
// ("reply+8f2c1a@norrsken.teamtailor-mail.com",
// "sanne.devries+c4a1e9@inbound.recruitee.com",
// "applicant+7f2c91e0@kerlann.recruiting-mail.personio.de"), on a part
// that is no machine's ("notifications+…" is a mailing's).
func replyRelay(addr string) bool {
	local, domain, _ := strings.Cut(addr, "@")
	base, tag, ok := strings.Cut(local, "+")
	return ok && base != "" && tag != "" && !isNoReply(base) && !assistantVendor(domain)
}

// assistantVendor reports the domain of a hiring system whose replies go
// to its chat assistant, not to a recruiter ("Olivia from Voltline
// <reply+c6QJ2mK9x@conversations.paradox.ai>" answers "reply C to
// confirm"): its relay is no one to thank.
func assistantVendor(domain string) bool {
	domain = strings.ToLower(domain)
	for _, v := range []string{"paradox.ai", "xor.ai", "humanly.io", "mya.com"} {
		if domain == v || strings.HasSuffix(domain, "."+v) {
			return true
		}
	}
	return false
}

// senderPerson is who wrote the message for the employer: From, unless it
// is a machine (a no-reply or vendor address, or a message that says not
// to answer it) and Reply-To names someone. A machine with no one named
// comes back without an address: its name still says who sent it, but no
// draft may go to it.
func senderPerson(in *input, cfg Config) Person {
	m, dir := in.m, in.a.dir
	var from Person
	if len(m.From) > 0 {
		from = dir.person(m.From[0].Name, m.From[0].Email)
	}
	if from.Email != "" && PersonAddress(from.Email) && !in.a.doNotReply {
		return from
	}
	for _, r := range m.ReplyTo {
		if e := strings.ToLower(r.Email); e != "" && !cfg.isMe(e) && PersonAddress(e) {
			return dir.person(r.Name, e)
		}
	}
	from.Email = ""
	return from
}

// doNotReplyPhrases say that the message came from a machine nobody reads.
var doNotReplyPhrases = []string{
	"do not reply", "don't reply", "please do not respond", "do not respond to this",
	"this mailbox is not monitored", "unmonitored mailbox", "this is an automated message",
	"this email was sent automatically", "this is an automatically generated",
	"bitte antworten sie nicht", "nicht auf diese e-mail", "nicht auf diese nachricht",
	"automatisch generiert", "automatisch erstellt", "ne pas répondre", "ne répondez pas",
	"no responda", "no respondas", "não responda", "non rispondere",
	"niet beantwoorden", "niet op deze e-mail", "nie odpowiadaj", "svara inte", "svar ikke",
	"ikke svar på", "besvar ikke",
}
var (
	videoLinkRE = lazyRE(`https://(?:[\w-]+\.)*(?:meet\.google\.com|zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|bluejeans\.com|chime\.aws|meet\.jit\.si|gotomeeting\.com|around\.co)/[^\s<>"')\]]*`)
)

// textLocation returns a video link from the text, or "phone" for a call.
func textLocation(text string) string {
	if m := videoLinkRE.re().FindString(text); m != "" {
		return strings.TrimRight(m, ".,;")
	}
	if firstWord(normalize(text), phoneWords) != "" {
		return "phone"
	}
	return ""
}

// eventLocation prefers what the organizer wrote as LOCATION, then the
// conference link.
func eventLocation(ev calendar.Event) string {
	if l := strings.TrimSpace(ev.Location); l != "" {
		return l
	}
	if ev.Conference != "" {
		return ev.Conference
	}
	if m := videoLinkRE.re().FindString(ev.Description); m != "" {
		return m
	}
	return strings.TrimSpace(ev.URL)
}

// isSubjectWord reports a word of the application or scheduling lists
// ("Bewerbung", "Invitation"), which labels a subject rather than naming a
// job.
func isSubjectWord(w string) bool {
	h := defaultLexicon().scan(w)
	return h[lApplication] != "" || h[lScheduling] != "" || h[lReschedule] != "" || h[lCancel] != ""
}

// statusOnly reports a subject's part that says only where things stand:
// "Registration Confirmed", "Interview Rescheduled", "Termin bestätigt",
// "ANNULLATO".
func statusOnly(c string) bool {
	ws := strings.Fields(c)
	if len(ws) == 0 {
		return false
	}
	status := false
	for _, w := range ws {
		// "CHANGE OF DATE", "cambio de fecha": the slot's noun and a
		// link say no more than the status word beside them.
		lw := strings.ToLower(w)
		if slotNouns[lw] || slotLinks[lw] {
			continue
		}
		h := defaultLexicon().scan(w)
		if !isSubjectWord(w) && !statusWords[lw] && !cancelledWords[lw] && h[lKeyword] == "" {
			return false
		}
		status = true
	}
	return status
}

// slotNouns name what a notice of a change changed; slotLinks join them
// to it.
var (
	slotNouns = map[string]bool{
		"date": true, "time": true, "slot": true, "datum": true, "uhrzeit": true, "zeit": true, "termin": true,
		"heure": true, "horaire": true, "fecha": true, "hora": true, "horario": true,
		"data": true, "ora": true, "orario": true, "tijd": true, "tijdstip": true, "tid": true, "tidpunkt": true,
		"godzina": true, "termín": true, "horário": true,
	}
	slotLinks = map[string]bool{
		"of": true, "de": true, "del": true, "du": true, "des": true, "di": true, "der": true, "van": true,
		"in": true, "im": true, "&": true, "and": true, "und": true, "y": true, "e": true, "et": true, "en": true, "och": true, "og": true,
	}
)

// statusWords say where a booking stands, in a subject's part
// (cancelledWords say it was called off).
var statusWords = map[string]bool{
	"confirmed": true, "confirmation": true, "registration": true, "registered": true, "reminder": true,
	"updated": true, "update": true, "booked": true, "scheduled": true, "bestätigt": true, "bestätigung": true,
	"anmeldung": true, "erinnerung": true, "confirmé": true, "confirmée": true, "inscription": true,
	"rappel": true, "confirmada": true, "confirmado": true, "inscripción": true, "recordatorio": true,
	"confermato": true, "confermata": true, "iscrizione": true, "promemoria": true, "bevestigd": true,
	"bevestiging": true, "inschrijving": true, "herinnering": true, "potwierdzenie": true, "potwierdzona": true,
	"rejestracja": true, "bekräftad": true, "bekräftelse": true, "bekræftet": true, "bekreftet": true,
	"vahvistettu": true, "potvrzeno": true, "potvrdené": true, "megerősítve": true,
	"visszaigazolás": true, "emlékeztető": true, "confirmat": true, "memento": true, "onaylandı": true, "hatırlatma": true,
	// "Kinnitatud: Tööintervjuu – ...": the Baltic, Slavic, Nordic and
	// other languages' confirmed, confirmation and reminder.
	"kinnitatud": true, "kinnitus": true, "meeldetuletus": true, "apstiprināts": true, "apstiprinājums": true,
	"atgādinājums": true, "patvirtinta": true, "patvirtintas": true, "patvirtinimas": true, "priminimas": true,
	"potvrzení": true, "připomínka": true, "potvrdenie": true, "pripomienka": true, "potvrda": true, "potvrđeno": true,
	"podsjetnik": true, "przypomnienie": true, "potwierdzone": true, "confirmare": true, "reamintire": true,
	"potvrzena": true, "потвърдено": true, "потвърждение": true, "напомняне": true, "підтверджено": true,
	"підтвердження": true, "нагадування": true, "подтверждено": true, "подтверждение": true, "напоминание": true,
	"επιβεβαίωση": true, "υπενθύμιση": true, "onay": true, "vahvistus": true, "muistutus": true, "påminnelse": true,
	"påmindelse": true, "bekreftelse": true,
	// "... - CHANGE OF DATE", "Terminänderung", "nueva fecha": a notice
	// that the slot changed.
	"change": true, "changed": true, "moved": true, "rescheduled": true, "postponed": true, "amended": true,
	"revised": true, "new": true, "änderung": true, "terminänderung": true, "geändert": true, "verschoben": true,
	"neuer": true, "changement": true, "modification": true, "reporté": true, "nouvelle": true, "cambio": true,
	"nueva": true, "reprogramada": true, "reprogramado": true, "spostato": true, "modifica": true, "nuova": true,
	"wijziging": true, "gewijzigd": true, "verplaatst": true, "nieuwe": true, "zmiana": true, "ändrad": true,
	"ändring": true, "ændret": true, "endret": true, "alteração": true, "nova": true, "remarcada": true,
}

// takesField reports a title that ends with a noun Spanish and
// Portuguese join to its field by "en", "em": "Especialista en Analítica
// de Datos", "Técnico em Redes", where "Analista en Minera Austral" is at
// the company.
func takesField(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	return len(f) > 0 && fieldNouns[f[len(f)-1]]
}

var fieldNouns = map[string]bool{
	"especialista": true, "especialistas": true, "experto": true, "experta": true, "técnico": true, "técnica": true,
	"tecnico": true, "tecnica": true, "licenciado": true, "licenciada": true, "graduado": true, "graduada": true,
	"perito": true, "perita": true,
}

// companyPatternMayMatch is a cheap test for companyPatterns[i] on the
// lower-cased text: the words each pattern needs.
func companyPatternMayMatch(i int, low string) bool {
	switch i {
	case 0, 1:
		for _, w := range withWords {
			if strings.Contains(low, " "+w+" ") {
				return true
			}
		}
		return false
	case 3:
		return strings.HasSuffix(strings.TrimSpace(low), ")")
	case clientPattern:
		for _, w := range []string{"client", "mandant", "kunde", "klant", "cliente", "kund", "klienta"} {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	return true
}

var zoneNameRE = lazyRE(`^(?:UTC|GMT|[A-Z]{2,4}T)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?$`)

// interviewStems are the interview words as they start or end compounds
// ("Interviewtermin", "Telefoninterview", "Vorstellungsgesprächs").
var interviewStems = []string{"interview", "gespräch", "entretien", "entrevista", "colloquio", "intervju", "samtale", "sollicitatie", "rozmow",
	"interjú", "interviu", "mülakat", "haastattel", "pohovor"}

func startsWithInterviewStem(s string) bool {
	low := strings.ToLower(s)
	return slices.ContainsFunc(interviewStems, func(st string) bool { return strings.HasPrefix(low, st) })
}

func hasInterviewStem(s string) bool {
	low := strings.ToLower(s)
	for _, st := range interviewStems {
		if strings.Contains(low, st) {
			return true
		}
	}
	return false
}

// interviewerTitles are the titles of the people who interview or
// schedule, which mail names near the interview but which are not the job
// applied for.
var interviewerTitles = map[string]bool{
	"hiring manager": true, "recruiter": true, "senior recruiter": true, "technical recruiter": true,
	"talent partner": true, "talent acquisition": true, "talent acquisition partner": true,
	"talent acquisition specialist": true, "recruiting coordinator": true, "recruitment coordinator": true,
	"hr manager": true, "hr business partner": true, "people partner": true, "recruiting manager": true,
	"personalreferent": true, "personalreferentin": true, "recruiterin": true, "recruteur": true,
	"recruteuse": true, "chargé de recrutement": true, "chargée de recrutement": true, "reclutador": true,
	"reclutadora": true, "selezionatore": true, "recrutador": true, "recrutadora": true, "rekryterare": true,
	"rekrutteringsansvarlig": true, "rekruterka": true, "rekruter": true,
}

// personFollows reports what follows a person's name rather than a
// company's: a title ("Mark Ellis, their Head of Engineering", "Jo Park
// (Recruiter)").
func personFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "(") {
		return false
	}
	next := strings.TrimLeft(rest[1:], " ")
	next = next[:min(len(next), 60)]
	for _, w := range []string{"their ", "our ", "the ", "his ", "her ", "ihr ", "ihre ", "unser ", "unsere ",
		"notre ", "nuestro ", "nuestra ", "il nostro ", "la nostra ", "nosso ", "nossa ", "onze ", "nasz ", "vår ", "vores "} {
		if strings.HasPrefix(strings.ToLower(next), w) {
			return true
		}
	}
	if i := strings.IndexAny(next, ",.;)"); i > 0 {
		next = next[:i]
	}
	return hasRoleWord(next) || interviewerTitles[strings.ToLower(strings.TrimSpace(next))]
}

// workMode reports a bracket about where or how the job is done.
// withoutWorkMode drops a bracket at the end that says where or how the
// job is done: "Thistledown Insurance (remote-first)".
func withoutWorkMode(p string) string {
	p = strings.TrimSpace(p)
	if i := strings.LastIndexByte(p, '('); i > 0 && strings.HasSuffix(p, ")") && workMode(p[i:]) {
		return strings.TrimSpace(p[:i])
	}
	return p
}

func workMode(bracket string) bool {
	low := strings.ToLower(bracket)
	for _, w := range []string{"remote", "hybrid", "onsite", "on-site", "full-time", "part-time", "full time",
		"part time", "hours", "vollzeit", "teilzeit", "télétravail", "remoto", "remota", "híbrido", "hibrido", "ibrido",
		"presencial", "teletrabajo", "zdalnie", "homeoffice", "home office", "a distancia", "a distanza"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
