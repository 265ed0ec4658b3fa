package interview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/interview/timetext"
)

// roleIntros are the words that introduce a job title in running text, in
// the languages followupd reads: "for the Senior Go Engineer role", "als
// Senior Backend-Entwickler", "au poste de Développeur Backend Go",
// "stillingen som Backendutvikler". The title is read from the words that
// follow (see titleAfter); acceptRole keeps it only when it names a job.
var roleIntros = newPhraseSet([]string{
	"for", "for the", "for our", "for a", "for an", "as a", "as an", "role of", "position of", "role as",
	"the", "role", "position", "title", "hiring", "hiring a", "hiring an", "hiring our first", "our first",
	"op de vacature", "vacature voor", "sollicitatie op",
	"als", "stelle als", "position als", "rolle als", "position des", "position der", "stelle des",
	"poste de", "poste d", "en tant que", "puesto de", "vacante de", "posición de", "cargo de",
	"posizione di", "ruolo di", "vaga de", "posição de", "função de", "functie van", "functie als",
	"la oferta", "oferta de", "la vacante", "vacante", "posición", "la posición", "postulación para",
	// "la búsqueda de Backend Sr (Go) para Lumbre Software": in Argentina
	// and Chile an opening is a search.
	"búsqueda de", "búsqueda",
	"vacature", "rol als", "rol van", "na stanowisko", "stanowisko", "stanowisku",
	// The application for the job: "la tua candidatura per Senior
	// Software Engineer (Backend) presso ...".
	"candidatura per", "candidatura para", "candidatura a", "candidature pour", "sollicitatie voor", "aplikacja na",
	"tjänsten som", "rollen som", "stillingen som", "jobbet som", "som",
	// A job board relays an employer's message about the job: "Nuovo
	// messaggio da Rossi Informatica relativo a Sviluppatore Backend
	// (Python/Django)", "New message from Acme regarding Backend
	// Developer".
	"regarding", "relativo a", "relativa a", "in merito a", "riguardo a", "concernant", "bezüglich", "betreffend",
	"betreft", "angående", "vedrørende",
	// A form's label ("Stelle: Senior Backend-Entwickler (m/w/d)") or a
	// noun right before the title ("für die Stelle Senior ...").
	// ("job" and "cargo" are left out: they stand in every other
	// English and Spanish sentence, and the title rarely follows.)
	"stelle", "rolle", "poste", "puesto", "posizione", "ruolo", "vaga", "functie", "post", "post of", "the post of",
	"tjänst", "tjänsten", "stilling", "stillingen", "tehtävä", "job title", "na pozici", "pozice", "pozici",
	"na pozíciu", "pozícia", "pozíciu", "pozícii", "pozíció", "munkakör",
	"postul de", "poziția de", "rolul de",
	// The title said of the post ("El puesto es Ingeniero/a Backend
	// Senior", "the role is Staff Engineer"), or of the process that
	// hires for it ("a fase final do processo para Engenheiro de
	// Software Sénior").
	"the role is", "the position is", "die stelle ist", "le poste est", "el puesto es", "la posición es", "la vacante es",
	"o cargo é", "a vaga é", "il ruolo è", "la posizione è", "de functie is", "de rol is",
	"process for", "processo para", "proceso para", "processus pour", "processo per", "procedura per",
	// Who is sought: "we're looking for a Lead Developer", "nous cherchons
	// un·e Lead Developer", "buscamos un/a ...", "suchen wir eine ...".
	"looking for a", "looking for an", "searching for a", "we need a",
	"cherchons un", "cherchons une", "cherchons un e", "on cherche un", "on cherche une", "recherchons un", "recherchons une", "recherchons un e",
	"buscamos un", "buscamos una", "buscamos un a", "cerchiamo un", "cerchiamo una", "procuramos um", "procuramos uma",
	"suchen wir einen", "suchen wir eine", "suchen einen", "suchen eine", "zoeken een", "zoeken we een",
	"szukamy", "söker en", "søger en", "søker en", "etsimme", "hledáme", "hľadáme", "căutăm un", "căutăm o",
})

// titleConnectors may stand inside a job title in lower case ("Chef de
// projet", "Engenheiro(a) de Software", "Head of Data").
var titleConnectors = map[string]bool{
	"de": true, "d": true, "of": true, "del": true, "di": true, "da": true, "do": true, "des": true,
	"du": true, "für": true, "for": true, "and": true, "&": true, "und": true, "y": true, "e": true,
	"et": true, "en": true, "i": true, "og": true, "och": true, "/": true, "-": true, "–": true,
}

// roleInText finds a job title introduced in running text.
func roleInText(text string) string {
	// Lower-casing keeps byte offsets only for text whose lower case is
	// as long; for the few that are not, go by each line.
	low := strings.ToLower(text)
	if len(low) != len(text) {
		for _, line := range strings.Split(text, "\n") {
			if len(line) != len(text) {
				if r := roleInText(line); r != "" {
					return r
				}
			}
		}
		return ""
	}
	sp := spanPool.Get().(*[][2]int)
	defer spanPool.Put(sp)
	ws := appendWordSpans((*sp)[:0], low)
	*sp = ws
	for i := range ws {
		for _, p := range roleIntros[low[ws[i][0]:ws[i][1]]] {
			if !matchesAt(low, ws, i, p) || i+len(p) >= len(ws) {
				continue
			}
			// The title starts on the intro's line, not the next one,
			// unless the mail client wrapped the sentence there.
			at := ws[i+len(p)][0]
			if nl := strings.IndexByte(text[ws[i+len(p)-1][1]:at], '\n'); nl >= 0 && !softWrap(text, ws[i+len(p)-1][1]+nl) {
				if r := titleSetApart(text, ws[i+len(p)-1][1], at); r != "" {
					return r
				}
				continue
			}
			if r := acceptRoleAs(titleAfter(text, at), true); r != "" {
				return r
			}
		}
	}
	return ""
}

// titleSetApart reads the title a letter sets on a line of its own
// below the intro that ends its line: "zu unserem Auswahltag für die
// Position\n\n    Senior Consultant Data & Analytics (m/w/d)\n\nam
// Dienstag". The whole line must be the title; a sentence that starts
// there ("for the position.\n\nWe were impressed") is none.
func titleSetApart(text string, introEnd, at int) string {
	if strings.TrimRight(text[introEnd:at], " \t:\r\n") != "" {
		return "" // "for the position. We were ..."
	}
	line := text[at:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	r := acceptRoleAs(titleAfter(text, at), true)
	if r == "" || strings.TrimSpace(genderMarkRE.re().ReplaceAllString(line, "")) != r {
		return ""
	}
	return r
}

func matchesAt(low string, ws [][2]int, i int, p []string) bool {
	for j, w := range p {
		if i+j >= len(ws) || low[ws[i+j][0]:ws[i+j][1]] != w {
			return false
		}
	}
	return true
}

// titleAfter reads a job title from s[at:]: words that start with a
// capital or a digit ("Senior Backend-Entwickler", "SRE"), lower-case
// connectors between them ("de", "of"), lower-case job words
// ("ingénieur"), and bracketed parts ("(Kubernetes)", "(m/w/d)"); it
// stops at any other word ("role", "aussieht", "at") or at a sentence's
// end.
func titleAfter(s string, at int) string {
	rest := s[at:]
	var out []string
	// "au poste de Contrôleur de gestion (H/F) chez nous": the words up
	// to a gender mark a few words on, in the same clause, are the
	// title, whatever their case; what follows the mark is read as any
	// title's words ("(m/w/d) DACH", "(m/w/d) und Ihr Interesse").
	if words, after, ok := markedTitle(rest); ok {
		out, rest = words, after
		if rest == "" || strings.ContainsRune(",;:!?.\n", rune(rest[0])) {
			return strings.Join(out, " ")
		}
	}
	for len(out) < 10 {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		if rest[0] == '(' {
			end := strings.IndexByte(rest, ')')
			if end < 0 || end > 40 {
				break
			}
			out = append(out, rest[:end+1])
			rest = rest[end+1:]
			continue
		}
		n := strings.IndexAny(rest, " ,;:!?\n")
		if n < 0 {
			n = len(rest)
		}
		w := rest[:n]
		trimmed := strings.TrimRight(w, ".")
		first, _ := utf8.DecodeRuneInString(trimmed)
		low := strings.ToLower(trimmed)
		// Scandinavian and Polish write titles in lower case
		// ("tjänsten som backendutvecklare"): a job word may start one.
		// "Senior iOS Engineer", "eCommerce Manager": a name with a
		// capital inside is written as a title's word.
		ok := unicode.IsUpper(first) || unicode.IsDigit(first) || titleConnectors[low] || hasRoleWord(low) || innerCapital(trimmed)
		if !ok {
			break
		}
		if andWords[low] && !nextIsRoleWord(rest[n:]) {
			break // "Backend-Entwickler und Ihr Interesse"
		}
		if len(out) == 0 && unicode.IsLower(first) {
			trimmed = string(unicode.ToUpper(first)) + trimmed[utf8.RuneLen(first):]
		}
		out = append(out, trimmed)
		if n < len(rest) && rest[n] == '\n' && trimmed == w && softWrap(s, len(s)-len(rest)+n) {
			// "your application for the Senior Data\nEngineer role":
			// a mail client wrapped the sentence, not ended it.
			rest = rest[n+1:]
			continue
		}
		if trimmed != w || (n < len(rest) && strings.ContainsRune(",;:!?\n", rune(rest[n]))) {
			break // the title ends with its sentence or clause
		}
		rest = rest[n:]
	}
	for len(out) > 0 && titleConnectors[strings.ToLower(out[len(out)-1])] {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

// markedTitle reads the words of rest up to a gender mark ("(m/w/d)",
// "(H/F)") a few words on in the same clause, and what follows the mark.
func markedTitle(rest string) (words []string, after string, ok bool) {
	near := rest[:min(len(rest), 80)]
	// Every mark but "all genders" has a slash: most texts are spared
	// the expression, which runs for every "the" and "for" of a text.
	if strings.IndexByte(near, '/') < 0 && !strings.Contains(near, "genders") {
		return nil, "", false
	}
	loc := genderMarkRE.re().FindStringIndex(near)
	if loc == nil || loc[0] == 0 {
		return nil, "", false
	}
	title := strings.TrimSpace(rest[:loc[1]])
	first, _ := utf8.DecodeRuneInString(title)
	if strings.ContainsAny(title, ".;:!?\n") || len(strings.Fields(title)) > 8 || !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return nil, "", false
	}
	return strings.Fields(title), rest[loc[1]:], true
}

// softWrap reports whether the line break at s[nl] is a plain-text mail's
// wrapping inside a sentence: a long line (format=flowed and most clients
// wrap at 72 to 78 columns, RFC 3676 section 4.2) followed by a line that
// goes on with text.
// innerCapital reports a word with a capital after its first letter:
// "iOS", "eCommerce", "macOS".
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func softWrap(s string, nl int) bool {
	start := strings.LastIndexByte(s[:nl], '\n') + 1
	if utf8.RuneCountInString(s[start:nl]) < 60 || nl+1 >= len(s) {
		return false
	}
	next := s[nl+1:]
	if i := strings.IndexByte(next, '\n'); i >= 0 {
		next = next[:i]
	}
	next = strings.TrimSpace(next)
	return next != "" && !strings.ContainsAny(next[:1], "-*•>|")
}

// andWords join two titles ("Designer & Developer") but more often end one.
var andWords = map[string]bool{"and": true, "&": true, "und": true, "y": true, "e": true, "et": true, "og": true, "och": true, "i": true, "en": true}

func nextIsRoleWord(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 0 && hasRoleWord(f[0])
}

// tidyRole takes out of a job title what names the company or a person:
// "Site Reliability Engineer, Marlowe & Finch", "Staff Engineer (Sam
// Rivera)" as calendar titles write them.
// openingBracket returns the index of the "(" that the ")" at j closes,
// or -1.
func openingBracket(s string, j int) int {
	if j < 0 {
		return -1
	}
	depth := 0
	for i := j; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

func tidyRole(role, company string, people []string) string {
	isName := func(s string) bool {
		s = strings.TrimSpace(s)
		if company != "" && sameCompany(s, company) {
			return true
		}
		for _, p := range people {
			if p != "" && (strings.EqualFold(s, p) || sameCompany(s, p)) {
				return true
			}
			// "Projektingenieur/in Netzplanung - Rivera": the
			// candidate by surname, as an employer's calendar names
			// each candidate's slot.
			if f := strings.Fields(p); len(f) > 1 && len(f[len(f)-1]) >= 3 && strings.EqualFold(s, f[len(f)-1]) {
				return true
			}
		}
		return false
	}
	for {
		// The bracket the last ")" closes, nested ones inside it:
		// "Sam Rivera (Senior Backend Engineer (Kotlin))".
		j := strings.LastIndexByte(role, ')')
		i := openingBracket(role, j)
		if i < 0 || j < i {
			break
		}
		// "Sam Rivera (Ingénieur Backend Senior)", "Arjun Mehta
		// (Principal Engineer, Payments)": the title is inside, after a
		// name, whoever's.
		if (isName(role[:i]) || !hasRoleWord(role[:i]) && hasRoleWord(role[i+1:j])) && j == len(role)-1 {
			role = strings.TrimSpace(role[i+1 : j])
			continue
		}
		if !isName(role[i+1 : j]) {
			break
		}
		role = strings.TrimSpace(role[:i] + role[j+1:])
	}
	// "Backend Engineer – Sam Rivera", "Sam Rivera / Senior-ohjelmistokehittäjä":
	// a name before or after the title.
	for _, sep := range []string{", ", " – ", " - ", " | ", " / "} {
		if i := strings.LastIndex(role, sep); i > 0 && isName(role[i+len(sep):]) {
			role = role[:i]
		}
		if i := strings.Index(role, sep); i > 0 && isName(role[:i]) {
			role = role[i+len(sep):]
		}
	}
	// "Olivar Cloud · Ingeniero/a de Plataforma", "Team - Senior
	// Analytics Engineer", "Your folio / Senior Designer": what stands
	// before a separator and names no job is a company's or a meeting's
	// label. "Backend Developer (Go) - Remote": how one works, after it.
	for _, sep := range []string{" · ", " – ", " - ", " | ", " / ", " — "} {
		if i := strings.Index(role, sep); i > 0 && !hasRoleWord(role[:i]) && hasRoleWord(role[i+len(sep):]) {
			role = role[i+len(sep):]
		}
		// "Analyste Risques de Marché - CDI - Paris La Défense", "Risk
		// Data Analyst – Sede di Bologna": the contract and the place
		// follow the title; the rest goes with them. So does the news a
		// reply's subject adds: "Data Engineer - ANNULLATO"; and the CV a
		// letter sends: "Bar staff - CV".
		for from := 0; ; {
			i := strings.Index(role[from:], sep)
			if i < 0 {
				break
			}
			i += from
			if rest := role[i+len(sep):]; (workMode(rest) || placeOrContract(rest) || statusOnly(rest) || cvSubject(rest) && len(strings.Fields(rest)) <= 2) && hasRoleWord(role[:i]) {
				role = role[:i]
				break
			}
			from = i + len(sep)
		}
	}
	// "Policy and Performance Officer - Ref POL0412": the posting's
	// reference after a dash.
	if loc := dashRefRE.re().FindStringIndex(role); loc != nil && loc[0] > 0 && hasRoleWord(role[:loc[0]]) {
		role = strings.TrimSpace(role[:loc[0]])
	}
	// "Arquitecto/a de Soluciones Cloud-0412": a posting's number glued on.
	if i := strings.LastIndexByte(role, '-'); i > 0 && i < len(role)-3 && strings.Trim(role[i+1:], "0123456789") == "" {
		role = role[:i]
	}
	// "Senior Java Entwickler (PA-26-1187)", "(ref. GW-4412)": the
	// posting's reference after the title.
	if loc := refCodeRE.re().FindStringIndex(role); loc != nil && loc[0] > 0 && hasRoleWord(role[:loc[0]]) && !yearRE.re().MatchString(role[loc[0]:]) {
		role = strings.TrimSpace(role[:loc[0]])
	}
	role = withoutLeadingCode(role)
	role = withoutEngagement(role)
	// "D'Ingénieur": an article elided before the title.
	for _, art := range []string{"d'", "d’", "l'", "l’"} {
		if len(role) > len(art) && strings.EqualFold(role[:len(art)], art) {
			role = role[len(art):]
		}
	}
	// "Inżynier DevOps (Kraków": a bracket the subject's end cut off.
	if i := strings.LastIndexByte(role, '('); i > 0 && !strings.Contains(role[i:], ")") && hasRoleWord(role[:i]) {
		role = strings.TrimSpace(role[:i])
	}
	role = withoutMeetingWords(role)
	// "IT Specialist (APPSW/DATAMGT) GS-13": a US federal pay grade
	// after the title.
	if loc := federalGradeRE.re().FindStringIndex(role); loc != nil && loc[0] > 0 && hasRoleWord(role[:loc[0]]) {
		role = strings.TrimSpace(role[:loc[0]])
	}
	// "Product Manager op do 26 nov 2026 13:30", "Senior Data Engineer
	// für Sam Rivera": when and for whom, after the title.
	role = withoutWhenAndWhom(role, isName)
	// "Java Developer z Sam Rivera", a booking's "<service> with
	// <person>": whom it is with.
	if loc := metPersonRE.re().FindStringIndex(role); loc != nil && loc[0] > 0 && hasRoleWord(role[:loc[0]]) {
		role = role[:loc[0]]
	}
	role = strings.TrimSpace(role)
	// "Art Director Stelle", "Data Engineer -tehtävä": the noun for a
	// post after the title is not part of it.
	if i := strings.LastIndexAny(role, " -"); i > 0 && roleQuestionNouns[strings.ToLower(role[i+1:])] && hasRoleWord(role[:i]) {
		role = strings.TrimRight(role[:i], " -–")
	}
	// "Senior Backend Developer pozíció, bemutatkozó": Hungarian names
	// the post after the title, and the rest of the subject follows it.
	if ws := strings.Fields(role); len(ws) > 1 {
		for i, w := range ws[1:] {
			if postNounsAfter[strings.ToLower(strings.TrimRight(w, ",;:"))] && hasRoleWord(strings.Join(ws[:i+1], " ")) {
				role = strings.Join(ws[:i+1], " ")
				break
			}
		}
	}
	// "Harborlight Staff Data Engineer": the company's first word before
	// the title, as a calendar entry names the meeting.
	if first, rest, ok := strings.Cut(role, " "); ok && company != "" && len(first) >= 4 && hasRoleWord(rest) &&
		!hasRoleWord(first) && !titleFields[strings.ToLower(first)] && strings.EqualFold(first, strings.Fields(company)[0]) {
		role = rest
	}
	// "für Cloud Architect" of "Ihr Termin für Cloud Architect": what
	// the title is for stays outside it.
	if first, rest, ok := strings.Cut(role, " "); ok && rolePrepositions[strings.ToLower(first)] && hasRoleWord(rest) {
		role = rest
	}
	// "30 Minute Recruiter Screen", "45-minute hiring-manager call": a
	// booking's event type, named by its length, not the job.
	if ws := strings.FieldsFunc(strings.ToLower(role), func(r rune) bool { return r == ' ' || r == '-' }); len(ws) > 1 &&
		strings.Trim(ws[0], "0123456789") == "" && (strings.HasPrefix(ws[1], "min") || ws[1] == "mins") {
		return ""
	}
	// "zespół DevOps": a team, not a post.
	if first, _, _ := strings.Cut(strings.ToLower(role), " "); teamNouns[first] {
		return ""
	}
	// What is left may be a word of a title only: "Manager" of "Hiring
	// Manager - Dev Patel", read after "hiring".
	if low := strings.ToLower(role); interviewerTitles[low] || !strings.Contains(low, " ") && roleWordSet[low] != nil {
		return ""
	}
	return role
}

// placeOrContract reports a part of a posting's title that says where
// the job is or on what contract: "Sede di Bologna", "Standort
// Hamburg", "CDI", "Festanstellung".
func placeOrContract(part string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(part)), " ")
	// "Infrastructure Engineer - Manchester": a city alone.
	return placeLeads[first] || timetext.IsCity(strings.TrimSpace(part))
}

// contractName reports a name that is only a contract's type ("CDI",
// "Festanstellung"), never a company's. (Not "Temporal" nor "Vast
// Data": a place's or contract's word may begin a company's name.)
func contractName(name string) bool {
	return contractTypes[strings.ToLower(strings.TrimSpace(name))]
}

var contractTypes = map[string]bool{
	"cdi": true, "cdd": true, "festanstellung": true, "unbefristet": true, "befristet": true,
	"indefinido": true, "indeterminato": true, "freelance": true, "alternance": true,
	"contract": true, "contractor": true, "mission": true, "opdracht": true, "auftrag": true, "b2b": true,
	// A British contract's tax status: "Contract | ... | Outside IR35".
	"ir35": true, "outside ir35": true, "inside ir35": true,
}

// engagementWords name a freelancer's or contractor's engagement beside
// its title: "Mission Lead Dev Python", "Senior Data Engineer contract".
var engagementWords = map[string]bool{
	"mission": true, "contract": true, "opdracht": true, "auftrag": true, "projekt": true, "incarico": true,
	"missão": true, "misión": true, "uppdrag": true, "oppdrag": true, "zlecenie": true, "toimeksianto": true,
}

// withoutEngagement strips the word for a freelancer's engagement from
// a title: "Mission Lead Dev Python", "opdracht Data Engineer", "Senior
// Data Engineer contract".
func withoutEngagement(role string) string {
	if first, rest, ok := strings.Cut(role, " "); ok && engagementWords[strings.ToLower(first)] && hasRoleWord(rest) {
		role = rest
	}
	if i := strings.LastIndexByte(role, ' '); i > 0 && engagementWords[strings.ToLower(role[i+1:])] && hasRoleWord(role[:i]) {
		role = role[:i]
	}
	return role
}

// refCodeRE is a posting's reference in brackets at the end of a title:
// "(PA-26-1187)", "(ref. GW-4412)", "(Req 20931)"; not "(B2B)" nor a
// year ("Graduate Programme (2027)").
var yearRE = lazyRE(`^\s*\((?:19|20)\d\d\)\s*$`)

var dashRefRE = lazyRE(`(?i)\s*[-–—|,]\s*(?:ref\.?|reference|réf\.?|rif\.?|referenz|job id|req\.?|requisition)\s*[:#]?\s*[a-z]{0,6}[-/ ]?\d[\w/-]*\s*$`)

// withoutLeadingCode drops a posting's number before the title, as
// applicant systems and calendars put it: "312-NTH-4471 Information
// Analyst", "ORS 402187 Senior Data Analyst" (an office's initials, then
// the number). Not a year: "2027 Graduate Program".
func withoutLeadingCode(role string) string {
	f := strings.Fields(role)
	digits := func(w string) int {
		n := 0
		for _, r := range w {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		return n
	}
	k := 0
	for k < len(f)-1 {
		if y := f[k]; digits(y) >= 3 && !(len(y) == 4 && digits(y) == 4 && (y[:2] == "19" || y[:2] == "20")) {
			k++
			continue
		}
		if w := f[k]; len(w) <= 5 && strings.ToUpper(w) == w && digits(w) == 0 && k+1 < len(f)-1 && digits(f[k+1]) >= 3 {
			k++
			continue
		}
		break
	}
	if k == 0 || !hasRoleWord(strings.Join(f[k:], " ")) {
		return role
	}
	return strings.Join(f[k:], " ")
}

var refCodeRE = lazyRE(`(?i)\s*\(\s*(?:ref\.?|réf\.?|rif\.?|referenz|referentie|referencia|riferimento|req\.?|nr\.?|no\.?|n[º°]|#)?[:\s]*[a-z]{0,6}[-/ ]?\d[\d/-]{2,}\s*\)\s*$`)

var placeLeads = map[string]bool{
	"sede": true, "standort": true, "location": true, "site": true, "based": true, "locatie": true, "lokalizacja": true,
	"cdi": true, "cdd": true, "permanent": true, "festanstellung": true, "unbefristet": true, "befristet": true,
	"indefinido": true, "temporal": true, "indeterminato": true, "determinato": true, "vast": true, "tijdelijk": true,
	"freelance": true, "interim": true, "stage": true, "alternance": true,
}

// teamNouns name a team: a title does not start with one.
var teamNouns = map[string]bool{
	"team": true, "zespół": true, "zespołu": true, "équipe": true, "equipo": true, "squadra": true,
	"equipa": true, "teamet": true, "tiimi": true, "tým": true,
}

// rolePrepositions may stand before a title without belonging to it.
var rolePrepositions = map[string]bool{
	"für": true, "for": true, "pour": true, "para": true, "per": true, "voor": true, "dla": true, "för": true,
	"til": true, "pro": true, "als": true, "as": true, "como": true, "comme": true, "come": true, "jako": true, "som": true,
}

// withoutWhenAndWhom cuts a title where a day or a person it is for
// follows a preposition: "Product Manager op do 26 nov 2026 13:30",
// "Senior Data Engineer für Sam Rivera". A trailing separator left
// ("Staff Frontend Engineer /") goes too.
func withoutWhenAndWhom(role string, isName func(string) bool) string {
	ws := strings.Fields(role)
	for i := 1; i+1 < len(ws); i++ {
		if !datePrepositions[strings.ToLower(ws[i])] || !hasRoleWord(strings.Join(ws[:i], " ")) {
			continue
		}
		rest := strings.Join(ws[i+1:], " ")
		if strings.ContainsAny(rest[:min(len(rest), 12)], "0123456789") || forWhom[strings.ToLower(ws[i])] && isName(rest) {
			role = strings.Join(ws[:i], " ")
			break
		}
	}
	return strings.TrimRight(role, " /|–-,:")
}

// datePrepositions stand before a day after a title ("op do 26 nov",
// "on Thu 3 Dec", "am 14.12."); forWhom before whom it is for.
var (
	datePrepositions = map[string]bool{
		"on": true, "op": true, "am": true, "le": true, "el": true, "il": true, "em": true, "den": true,
		"på": true, "w": true, "dne": true, "for": true, "für": true, "pour": true, "para": true, "per": true,
		"voor": true, "för": true, "dla": true, "til": true,
	}
	forWhom = map[string]bool{
		"for": true, "für": true, "pour": true, "para": true, "per": true, "voor": true, "för": true, "dla": true, "til": true,
	}
)

// federalGradeRE is a US federal pay grade at the end of a title ("GS-13",
// "GS-2210-13", "WG-10").
var federalGradeRE = lazyRE(`\s+(?:GS|GG|WG|WS|NH)-\d{1,4}(?:-\d{1,2})?$`)

// withoutMeetingWords drops the words before a title that name the
// meeting: "Telefonisch kennismakingsgesprek Data Engineer" is for a Data
// Engineer.
func withoutMeetingWords(role string) string {
	ws := strings.Fields(role)
	cut := -1
	for i, w := range ws {
		if hasRoleWord(w) {
			break
		}
		h := defaultLexicon().scan(w)
		if h.has(lKeyword) != "" || h.has(lScheduling) != "" || h.has(lCall) != "" || meetingCompound(w) {
			cut = i
			continue
		}
		// "Proceso de selección Arquitecto/a Cloud": a phrase of
		// several words for the process, ending here.
		if i > 0 {
			prefix := strings.Join(ws[:i+1], " ")
			ph := defaultLexicon().scan(prefix)
			if p := ph.has(lScheduling); p != "" && strings.HasSuffix(normalize(prefix), p) {
				cut = i
			}
		}
	}
	if cut < 0 || cut == len(ws)-1 || !hasRoleWord(strings.Join(ws[cut+1:], " ")) {
		return role
	}
	return strings.Join(ws[cut+1:], " ")
}

// meetingCompound reports a compound that ends in a word for the meeting:
// "Fachgespräch", "Kennenlerngespräch", "Teknisk-intervju".
func meetingCompound(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range []string{"gespräch", "gesprek", "samtale", "samtal", "intervju", "interview", "haastattelu", "pohovor"} {
		if len(low) > len(suf) && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// roleQuestionNouns name the job in a form's question: Calendly's "Which
// role are you interested in?", "Position:" in a booking's answers,
// "Stelle, auf die Sie sich beworben haben?"; after a title they are its
// noun, not part of it ("Art Director Stelle").
var roleQuestionNouns = map[string]bool{
	"role": true, "position": true, "job": true, "vacancy": true, "opening": true, "post": true,
	"stelle": true, "rolle": true, "poste": true, "rôle": true, "puesto": true, "vacante": true,
	"cargo": true, "vaga": true, "posição": true, "posizione": true, "ruolo": true, "functie": true,
	"vacature": true, "rol": true, "stanowisko": true, "tjänst": true, "tjänsten": true, "roll": true,
	"rollen": true, "stilling": true, "stillingen": true, "jobb": true, "jobbet": true,
	"tehtävä": true, "paikka": true, "pozice": true, "pozícia": true, "pozíció": true, "munkakör": true,
}

// postNounsAfter are the nouns for a post or a meeting that Hungarian and
// Turkish write after the title, with what follows them cut off ("...
// Developer pozíció, ...", "... fejlesztő pozícióra", "... Developer
// pozisyonu için", "... Engineer görüşme süreci").
var postNounsAfter = map[string]bool{
	"pozíció": true, "pozícióra": true, "pozíciójára": true, "pozíciónkra": true, "pozícióban": true,
	"munkakör": true, "munkakörre": true, "munkakörbe": true, "állás": true, "állásra": true,
	// Turkish does the same: "Backend Developer pozisyonu için".
	"pozisyonu": true, "pozisyonuna": true, "pozisyonumuz": true, "pozisyonumuza": true, "pozisyonunuz": true,
	// And both name the meeting after the title: "Senior Backend
	// Engineer görüşme süreci", "Backend fejlesztő interjú".
	"görüşme": true, "görüşmesi": true, "mülakat": true, "mülakatı": true, "interjú": true, "interjúra": true,
}

// roleInLines reads a title that stands on a line of its own, where a
// scheduling system puts it rather than in a sentence:
//
//   - an event's title line, "Technical Screen - Robotics Software
//     Engineer": a part that says only what kind of interview it is, and
//     the title beside it;
//   - a form's answer, "Which role are you interested in?" with the
//     answer on the next line.
//
// Quoted lines are someone else's mail and are skipped.
func roleInLines(text string) string {
	var prev string // the last non-empty line, if it asked for the role
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, ">") {
			continue
		}
		asked := prev
		prev = ""
		if asked != "" && len(line) <= 80 {
			if r := acceptRole(line); r != "" {
				return r
			}
		}
		if len(line) > 90 {
			continue
		}
		if asksForRole(line) {
			prev = line
			continue
		}
		// Cheap test first: roleInLines reads every line of every text.
		if !strings.Contains(line, " - ") && !strings.Contains(line, " – ") && !strings.Contains(line, " — ") && !strings.Contains(line, " |") {
			continue
		}
		parts := dashSplitRE.re().Split(line, -1)
		if len(parts) < 2 {
			continue
		}
		kind := -1
		for i, p := range parts {
			// "Software Engineer, Infrastructure - Pair Programming (90
			// min)": a scheduling system's event line names the session
			// and its length after the title.
			if strings.TrimSpace(p) != "" && (withoutInterviewWords(p) == "" || sessionLengthRE.re().MatchString(p)) {
				kind = i
				break
			}
		}
		if kind < 0 {
			continue
		}
		for i, p := range parts {
			if i == kind {
				continue
			}
			if r := acceptRole(withoutInterviewWords(firstSentence(p))); r != "" {
				return r
			}
		}
	}
	return ""
}

// sessionLengthRE is a length in brackets that ends the name of a
// session: "Pair Programming (90 min)", "Fachgespräch (60 Min.)".
var sessionLengthRE = lazyRE(`(?i)\(\s*\d{1,3}\s*(?:min|mins|minutes|minuten|minutos|minuti|minuter|minutter|minuty|minut|hr|hrs|hour|hours|h|std|stunden?)\.?\s*\)\s*$`)

// firstSentence cuts s at the end of its first sentence: "Staff Backend
// Engineer. 10pm Tue Berlin" is a title and then a time. An abbreviation
// ("Sr. Engineer") does not end one.
func firstSentence(s string) string {
	for from := 0; ; {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return s
		}
		i += from
		prev := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
		if len(prev) > 3 {
			return s[:i]
		}
		from = i + 2
	}
}

// cjkRoleLabels name the post in the field of a Chinese, Japanese or
// Korean notice: "面试职位：高级后端工程师（海外业务）", "面試職務：...",
// "■ポジション：...", "職種　　：...".
var cjkRoleLabels = map[string]bool{
	"面试职位": true, "面試職位": true, "面試職務": true, "面试岗位": true, "应聘职位": true, "應徵職位": true, "應徵職務": true,
	"职位": true, "職位": true, "岗位": true, "崗位": true, "职位名称": true, "職務": true, "職缺": true, "面試職缺": true,
	"職種": true, "募集職種": true, "応募職種": true, "応募ポジション": true, "ポジション": true, "포지션": true,
	"지원분야": true, "모집분야": true, "직무": true, "지원직무": true, "채용직무": true, "지원 직무": true, "채용 직무": true,
}

// cjkRoleField returns the post a CJK notice's labelled line names, up to
// the salary or notes after it ("高级后端工程师（海外业务） · 25-45K·15薪"), or
// "".
func cjkRoleField(text string) string {
	text = truncate(text, 8<<10)
	if r := quotedPosition(text); r != "" {
		return r
	}
	for line := range strings.Lines(text) {
		label, value, ok := strings.Cut(line, "：")
		if !ok {
			label, value, ok = strings.Cut(line, ":")
		}
		if !ok {
			// A table's cells, as the text part writes them: "应聘职位
			// 高级后端开发工程师（Go）".
			trimmed := strings.TrimLeft(line, " \t　■・●◆※-*")
			if i := strings.IndexAny(trimmed, " \t　"); i > 0 {
				label, value, ok = trimmed[:i], trimmed[i:], true
			}
		}
		label = strings.Trim(label, " \t　■・●◆※-*")
		if !ok || !cjkRoleLabels[label] {
			continue
		}
		for _, sep := range []string{" · ", "·", " | ", "，", "、"} {
			value, _, _ = strings.Cut(value, sep)
		}
		// "高级Go开发工程师（海外支付方向） 35-50K": the pay after a space.
		if i := salaryAfterSpaceRE.re().FindStringIndex(value); i != nil {
			value = value[:i[0]]
		}
		if value = strings.Trim(value, " \t\r\n　"); value != "" && utf8.RuneCountInString(value) <= 60 {
			return value
		}
	}
	return ""
}

// salaryAfterSpaceRE finds pay written after a post's name: a space and
// a figure ("35-50K", "¥600万", "30k·14薪").
var salaryAfterSpaceRE = lazyRE(`[ \t　]+[¥￥$€]?\d`)

// quotedPosition returns the post a Japanese letter quotes before its
// word for a position: "株式会社ソラノミの「バックエンドエンジニア（Go／決済
// 基盤）」ポジションにご応募いただき". The quote may end a line the
// position's word starts the next.
func quotedPosition(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], "「")
		if i < 0 {
			return ""
		}
		i += from + len("「")
		j := strings.Index(text[i:], "」")
		if j < 0 {
			return ""
		}
		quoted, after := text[i:i+j], strings.TrimLeft(text[i+j+len("」"):], " \r\n　")
		for _, w := range []string{"ポジション", "職", "の募集", "求人"} {
			if strings.HasPrefix(after, w) && quoted != "" && utf8.RuneCountInString(quoted) <= 40 && !strings.ContainsAny(quoted, "\n「") {
				return quoted
			}
		}
		from = i + j
	}
}

// asksForRole reports a form's question or label about the job: a line
// that ends in "?" or ":" and names a role.
func asksForRole(line string) bool {
	if !strings.HasSuffix(line, "?") && !strings.HasSuffix(line, ":") {
		return false
	}
	for _, w := range words(strings.ToLower(line)) {
		if roleQuestionNouns[w] {
			return true
		}
	}
	return false
}
