package interview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gosimple/unidecode"
	"golang.org/x/text/unicode/norm"

	"github.com/followupd/followupd/interview/timetext"
	"github.com/followupd/followupd/mail"
)

// squash is a company name as a domain spells it: lower-case ASCII
// letters and digits only, accents folded ("Tailspin Toys" and
// "tailspintoys" are one company; "Fjällmark" is fjallmark, "WisłaSoft"
// wislasoft, "Marlowe & Finch" marlowefinch; see also squashAnd).
func squash(s string) string {
	if ascii(s) {
		// The common case, without Unicode normalisation.
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			}
		}
		return string(b)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// the accent of a decomposed letter
		case foldings[r] != "":
			b.WriteString(foldings[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldings are the letters that Unicode does not decompose into a base
// letter and an accent, as domains spell them.
var foldings = map[rune]string{
	'ł': "l", 'ø': "o", 'æ': "ae", 'ß': "ss", 'đ': "d", 'þ': "th", 'œ': "oe", 'ı': "i",
}

// squashAnd is squash with "&" read as "and": marloweandfinch.test is
// "Marlowe & Finch" too.
func squashAnd(s string) string { return squash(strings.ReplaceAll(s, "&", " and ")) }

// sameCompany reports whether two names are one company, however spaced,
// cased or punctuated: a reminder says "Tailspin Toys" where the invitation
// only had the domain tailspintoys.com. A legal form at the end ("GmbH",
// "Inc.") does not count.
//
// A domain spells out what the name writes with umlauts ("Lindgrün Labs"
// is lindgruen-labs.example), so a name so spelt is the same company too.
func sameCompany(a, b string) bool {
	a, b = withoutLegalForm(a), withoutLegalForm(b)
	for _, x := range []string{squash(a), squashAnd(a)} {
		for _, y := range []string{squash(b), squashAnd(b)} {
			if x != "" && x == y {
				return true
			}
		}
	}
	if !ascii(a) || !ascii(b) {
		ta, tb := squash(umlauts.Replace(a)), squash(umlauts.Replace(b))
		return ta != "" && ta == tb
	}
	return false
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var legalForms = map[string]bool{
	"inc": true, "inc.": true, "llc": true, "ltd": true, "ltd.": true, "gmbh": true, "ggmbh": true, "ag": true,
	"se": true, "sa": true, "sas": true, "sarl": true, "bv": true, "b.v.": true, "nv": true,
	"ab": true, "as": true, "a/s": true, "asa": true, "oy": true, "plc": true, "corp": true,
	"corp.": true, "co": true, "co.": true, "s.a.": true, "s.l.": true, "srl": true, "s.r.l.": true,
	"spa": true, "s.p.a.": true, "kg": true, "ug": true, "sp.": true, "z": true, "o.o.": true,
	"limited": true, "lda": true, "ltda": true, "pvt": true, "pvt.": true, "s.r.o.": true, "a.s.": true, "spol.": true, "aps": true, "oyj": true, "abp": true,
	"s.a.s": true, "s.a.s.": true, "s.l.u.": true, "s.a.u.": true, "kft": true, "zrt": true, "a.ş.": true, "şti.": true, "private": true, "pte": true, "pte.": true, "sdn": true, "bhd": true, "bhd.": true,
	// Norway's health and municipal enterprises ("Helse Fjordheim HF"),
	// Finland's limited partnership, the Baltic companies.
	"hf": true, "rhf": true, "iks": true, "ky": true, "oü": true, "uab": true, "sia": true, "tbk": true, "tbk.": true,
	// Mexico's and Latin America's, in parts joined by "de": "S.A. de
	// C.V.", "S.A.P.I. de C.V.".
	"c.v.": true, "cv": true, "r.l.": true, "s.a.p.i.": true, "sapi": true, "s.c.": true, "s.a.b.": true,
	// Peru's open and closed corporations ("Minera Cordillera Blanca
	// S.A.A.", "Talento Andino Consultores S.A.C.").
	"s.a.a.": true, "saa": true, "s.a.c.": true, "sac": true, "e.i.r.l.": true, "eirl": true,
}

// withoutLegalForm drops the legal form at the end of a name, all of it
// where it has several parts ("Brückner Logistik GmbH & Co. KG" is
// "Brückner Logistik").
func withoutLegalForm(s string) string {
	s = withoutGluedLegalForm(s)
	ws := strings.Fields(strings.TrimRight(s, " ,"))
	legal := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ","))
		return legalForms[w] || legalForms[w+"."]
	}
	removed := false
	for len(ws) > 1 {
		last := ws[len(ws)-1]
		if legal(last) {
			ws, removed = ws[:len(ws)-1], true
			continue
		}
		// "GmbH & Co. KG", "Smith & Co.": the link before a legal form
		// goes with it; "S.A. de C.V.": so does the "de" between two.
		if removed {
			switch strings.ToLower(last) {
			case "&", "+", "und", "and":
				ws = ws[:len(ws)-1]
				continue
			case "de":
				if len(ws) > 2 && legal(ws[len(ws)-2]) {
					ws = ws[:len(ws)-1]
					continue
				}
			}
		}
		break
	}
	// Indonesia writes its limited company before the name: "PT
	// Nusantara Pay Digital" (and "Tbk" after a listed one's).
	if len(ws) > 1 && (ws[0] == "PT" || ws[0] == "PT.") {
		ws = ws[1:]
	}
	return strings.TrimRight(strings.Join(ws, " "), ",")
}

// hasLegalForm reports a name or a line that ends in a legal form
// ("Seniorenresidenz Lindenhof gGmbH", "株式会社ミナトテック").
func hasLegalForm(s string) bool {
	return withoutLegalForm(s) != strings.Join(strings.Fields(strings.TrimRight(s, " ,")), " ")
}

// gluedLegalForms are the legal forms Chinese, Japanese and Korean write
// before or after the name with no space between ("株式会社ミナトテック",
// "三葉商事株式会社", "澜海科技有限公司"), the longer before the shorter
// they end with.
var gluedLegalForms = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社", "株式會社",
	"有限会社", "合同会社", "（株）", "(株)", "㈱", "주식회사", "유한회사", "(주)", "㈜"}

// withoutGluedLegalForm drops a glued legal form (see gluedLegalForms)
// from either end of s.
func withoutGluedLegalForm(s string) string {
	t := strings.TrimSpace(s)
	for _, f := range gluedLegalForms {
		if rest, ok := strings.CutPrefix(t, f); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
		if rest, ok := strings.CutSuffix(t, f); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// gluedLegalName returns the name a glued legal form marks in s, with the
// form: the letters of one script run before "有限公司" or after "(주)"
// ("【BOSS直聘】深圳星河智联科技有限公司邀请您参加面试", "[사람인] (주)한빛클라우드에서
// 면접 제안이 도착했습니다"), less a Korean particle glued after it ("에서",
// from; "의", of). A change of script ends the name: "株式会社ミナトデータ様"
// is ミナトデータ with the honorific after. "" when s holds none.
func gluedLegalName(s string) string {
	for _, f := range gluedLegalForms {
		i := strings.Index(s, f)
		if i < 0 {
			continue
		}
		before := s[:i]
		j, script := len(before), 0
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(before[:j])
			sc := cjkScriptOf(r)
			if sc == 0 || script != 0 && sc != script {
				break
			}
			script = sc
			j -= size
		}
		if name := before[j:]; utf8.RuneCountInString(name) >= 2 {
			return name + f
		}
		after := s[i+len(f):]
		k, script := 0, 0
		for k < len(after) {
			r, size := utf8.DecodeRuneInString(after[k:])
			sc := cjkScriptOf(r)
			if sc == 0 || script != 0 && sc != script {
				break
			}
			script = sc
			k += size
		}
		name := after[:k]
		for _, p := range []string{"에서", "의"} {
			if rest, ok := strings.CutSuffix(name, p); ok && utf8.RuneCountInString(rest) >= 2 {
				name = rest
				break
			}
		}
		if utf8.RuneCountInString(name) >= 2 {
			return f + name
		}
	}
	return ""
}

// domainSpells reports a domain whose label spells the company, its two
// parts in either order: guatape-soluciones.example is "Soluciones Guatapé
// S.A.S.", tailspintoys.com "Tailspin Toys".
func domainSpells(d, company string) bool {
	label, _, _ := strings.Cut(orgDomain(d), ".")
	c := squash(withoutLegalForm(company))
	if label == "" || len(c) < 4 {
		return false
	}
	if squash(label) == c {
		return true
	}
	a, b, ok := strings.Cut(label, "-")
	return ok && !strings.Contains(b, "-") && squash(b+a) == c
}

// domainHoldsNameWord reports a domain whose label has a part that is a
// distinctive word of company's name, four letters or more and not a
// trade's or a kind's word: "glanrhyd-cc" of "Cyngor Sir Glanrhyd".
func domainHoldsNameWord(d, company string) bool {
	label, _, _ := strings.Cut(orgDomain(d), ".")
	for _, part := range strings.Split(label, "-") {
		if len(part) < 4 || companyWords[part] {
			continue
		}
		for _, w := range strings.Fields(company) {
			if squash(w) == squash(part) && !companyWords[strings.ToLower(w)] && !kindBeforeName[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// spelledAs finds how the sources write the company a domain label names:
// "vandijkmobility" is written "Van Dijk Mobility" in the sender's display
// name or the text, "kaverisoft" "Kaveri Softech", "harrowgate" "Harrowgate
// Digital". It looks for a run of up to five words, the first capitalised,
// that spells the label ("&" read as nothing or "and"), the last word
// possibly going on past it; then takes up to two more capitalised words
// that describe a company ("Digital", "Software", "Labs"). It returns ""
// when no run spells the label. A label of two parts may name them in the
// other order: vauclair-groupe.fr signs "Groupe Vauclair",
// borealis-assurances.ca "Assurances Boréalis".
func spelledAs(label string, sources ...*spellText) string {
	if sp := spelledInOrder(label, sources); sp != "" {
		return sp
	}
	if sp := abbreviatedAs(label, sources); sp != "" {
		return sp
	}
	// "strathallan-uni" is "University of Strathallan": the two parts
	// the other way round, whole or shortened.
	if a, b, ok := strings.Cut(label, "-"); ok && a != "" && b != "" && !strings.Contains(b, "-") {
		if sp := spelledInOrder(b+"-"+a, sources); sp != "" {
			return sp
		}
		return abbreviatedAs(b+"-"+a, sources)
	}
	return ""
}

// abbreviatedAs finds the name a hyphenated label shortens, part by part:
// each part a word of the name or the start of one (three letters at
// least), the name's small words between skipped, and one part at least
// a whole word. "uni-hohenfels" is "Universität Hohenfels",
// "univ-valmont" "Université de Valmont", "iberica-movilidad" "Ibérica de
// Movilidad". It returns "" when no run of a source's words does.
func abbreviatedAs(label string, sources []*spellText) string {
	var parts []string
	for _, p := range strings.Split(strings.ToLower(label), "-") {
		if p = squash(p); p != "" {
			parts = append(parts, p)
		}
	}
	for _, st := range sources {
		for i := range st.spans {
			if len(parts) < 2 {
				break
			}
			if end, ok := st.abbreviates(i, parts); ok {
				return st.src[st.spans[i][0]:st.spans[end][1]]
			}
		}
		for i := range st.spans {
			if end, ok := st.contracts(i, parts); ok {
				return st.src[st.spans[i][0]:st.spans[end][1]]
			}
		}
	}
	return ""
}

// contracts reports whether the words from the i-th, capitalised, are
// what a domain label contracts, and the index of the last: each part
// of the label starts a word and takes letters, in order and from the
// start, of that word and of the ones after it, every word giving one
// at least. "lindner-medtech" is "Lindner Medizintechnik",
// "uk-nordhafen" "Universitätsklinikum Nordhafen", "zhrijnoever"
// "Ziekenhuis Rijnoever", "stbrigids-hg" "St. Brigid's Healthcare
// Group". One part at least is a whole word of four letters or more, and
// the name has two words or more, so that a contraction is told from a
// person's name or a word that merely starts alike.
func (st *spellText) contracts(i int, parts []string) (int, bool) {
	first, _ := utf8.DecodeRuneInString(st.src[st.spans[i][0]:])
	if !unicode.IsUpper(first) {
		return 0, false
	}
	const maxWords = 6
	// joined reports whether word k follows word k-1 within one name: a
	// space, or the dot of "St." before it.
	joined := func(k int) bool {
		if k >= len(st.spans) || k-i >= maxWords {
			return false
		}
		sep := st.src[st.spans[k-1][1]:st.spans[k][0]]
		return sep == " " || sep == ". " || sep == "'"
	}
	// part matches parts[n][from:] from word k on; whole says a whole
	// word was matched before.
	var part func(n, from, k int, whole bool) (int, bool)
	part = func(n, from, k int, whole bool) (int, bool) {
		p := parts[n]
		for _, w := range []string{st.sq[k], st.alt[k]} {
			if w == "" || w[0] != p[from] {
				continue
			}
			// The longest start of p[from:] that w holds in order, its
			// first letter first.
			j, l := from, 0
			for j < len(p) && l < len(w) {
				if p[j] == w[l] {
					j++
				}
				l++
			}
			for end := j; end > from; end-- {
				isWhole := whole || p[from:end] == w && len(w) >= 4
				if end == len(p) {
					if n == len(parts)-1 {
						if isWhole && k > i {
							return k, true
						}
						continue
					}
					// The next part starts a word, or one past the name's
					// small words.
					for next := k + 1; joined(next); next++ {
						if last, ok := part(n+1, 0, next, isWhole); ok {
							return last, true
						}
						if !nameLinks[st.sq[next]] {
							break
						}
					}
					continue
				}
				for next := k + 1; joined(next); next++ {
					if last, ok := part(n, end, next, isWhole); ok {
						return last, true
					}
					if !nameLinks[st.sq[next]] {
						break
					}
				}
			}
		}
		return 0, false
	}
	return part(0, 0, i, false)
}

// abbreviates reports whether the words from the i-th, capitalised, are
// parts in order (see abbreviatedAs), and the index of the last.
func (st *spellText) abbreviates(i int, parts []string) (int, bool) {
	first, _ := utf8.DecodeRuneInString(st.src[st.spans[i][0]:])
	if !unicode.IsUpper(first) {
		return 0, false
	}
	k, whole := i, false
	for n, p := range parts {
		if n > 0 {
			k++
			// "de", "of", "für" between the name's words.
			for k < len(st.spans) && nameLinks[st.sq[k]] && st.src[st.spans[k-1][1]:st.spans[k][0]] == " " {
				k++
			}
			if k >= len(st.spans) || st.src[st.spans[k-1][1]:st.spans[k][0]] != " " {
				return 0, false
			}
		}
		w, alt := st.sq[k], st.alt[k]
		switch {
		case w == p || alt == p:
			whole = true
		case len(p) >= 3 && (strings.HasPrefix(w, p) || alt != "" && strings.HasPrefix(alt, p)):
		// "brunner-optik" of "Brunner Präzisionsoptik": a German
		// compound's last word, five letters at least, stands for the
		// whole.
		case n > 0 && len(p) >= 5 && len(w) > len(p) && (strings.HasSuffix(w, p) || alt != "" && strings.HasSuffix(alt, p)):
		default:
			return 0, false
		}
	}
	return k, whole
}

// nameLinks are the small words inside an organisation's name that its
// domain leaves out.
var nameLinks = map[string]bool{
	"de": true, "du": true, "des": true, "of": true, "the": true, "fur": true, "der": true, "di": true,
	"del": true, "da": true, "do": true, "van": true, "von": true, "y": true, "e": true, "i": true, "la": true,
	"am": true, "an": true, "im": true, "zu": true, "zum": true, "zur": true,
}

func spelledInOrder(label string, sources []*spellText) string {
	label = squash(label)
	if len(label) < 3 {
		return ""
	}
	best, bestExact, bestSkips := "", false, true
	for _, st := range sources {
		if !strings.Contains(st.all, label[:3]) {
			continue // cheap test first
		}
		src, spans := st.src, st.spans
		for i := range spans {
			first, _ := utf8.DecodeRuneInString(src[spans[i][0]:])
			if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
				continue
			}
			j, ok := st.spells(i, label)
			skips := false
			if !ok {
				j, ok = st.spellsSkipping(i, label)
				skips = ok
			}
			// "Najd Infrastructure Company (NIC), Riyadh" holds no
			// name "NIC Riyadh": a name's words stand apart by a
			// space, a hyphen, an ampersand or a dot, not a bracket or
			// a comma.
			if ok && j > i && strings.ContainsAny(src[spans[i][1]:spans[j][0]], "(),;:|/") {
				ok = false
			}
			if ok {
				begin, end := spans[i][0], spans[j][1]
				// "Grupo Tezontle", "Studio Ferraresi Ingegneria": the
				// kind of organisation before its name, which its
				// domain leaves out.
				if i > 0 && src[spans[i-1][1]:spans[i][0]] == " " && kindBeforeName[strings.ToLower(src[spans[i-1][0]:spans[i-1][1]])] {
					if f, _ := utf8.DecodeRuneInString(src[spans[i-1][0]:]); unicode.IsUpper(f) {
						begin = spans[i-1][0]
					}
				}
				for k := j + 1; k < len(spans) && k <= j+2 && companyWord(src[spans[k][0]:spans[k][1]]); k++ {
					if sep := src[spans[k-1][1]:spans[k][0]]; sep != " " && sep != " & " {
						break // "Harrowgate, Digital" or a line apart is not one name ("Sahra Ports & Logistics" is)
					}
					end = spans[k][1]
				}
				// A run whose last word ends with the label beats one
				// going past it: "Kuura Systems" the display name,
				// "Kuura Systemsin" the Finnish genitive. Then the
				// fullest spelling wins: the subject says "Northbeam",
				// the signature "Northbeam Studio". A run of the label's
				// words as they stand beats one that skips words to
				// spell it: the subject's "Hoekstra ICT Beheer", not
				// Indeed's relay "Wietske Hoekstra van Hoekstra ICT
				// Beheer" read from its first "Hoekstra".
				exact := strings.HasSuffix(label, st.sq[j]) || st.alt[j] != "" && strings.HasSuffix(label, st.alt[j])
				name := src[begin:end]
				switch {
				case exact != bestExact:
					if exact {
						best, bestExact, bestSkips = name, exact, skips
					}
				case skips != bestSkips:
					if !skips {
						best, bestSkips = name, skips
					}
				case len(name) > len(best):
					best = name
				}
			}
		}
	}
	return best
}

// kindBeforeName are the words that say what kind of organisation a name
// is when they come before it, as Romance languages put them.
var kindBeforeName = map[string]bool{
	"grupo": true, "groupe": true, "gruppo": true, "grupa": true, "groep": true, "banco": true, "banque": true,
	"banca": true, "studio": true, "fundación": true, "fondation": true, "fondazione": true, "fundação": true,
	"stichting": true, "laboratoires": true, "laboratorios": true, "laboratori": true, "instituto": true,
	"institut": true, "istituto": true, "editions": true, "éditions": true, "ediciones": true, "edizioni": true,
	"assurances": true, "seguros": true, "assicurazioni": true, "transportes": true, "transports": true,
	"constructora": true, "industrias": true, "industries": true, "industrie": true,
	"maison": true, "casa": true, "atelier": true, "ateliers": true, "cabinet": true, "bureau": true,
	"agence": true, "agencia": true, "agenzia": true, "agência": true, "clínica": true, "clinique": true,
	"hotel": true, "hôtel": true, "hospital": true, "hôpital": true, "ospedale": true,
}

// spellText is a source for spelledAs, its words squashed once: a
// message's text is asked about once per interview it belongs to.
type spellText struct {
	src   string
	spans [][2]int
	sq    []string // squash of each span
	// alt is squash after the German transliteration ("Fördertechnik"
	// is foerdertechnik in a domain), "" where it is the same.
	alt []string
	all string // every word squashed, both ways, joined
}

var quoteMarks = lazyRE(`\n(?:[ \t]*>)+[ \t]?`)

func newSpellText(src string) *spellText {
	src = truncate(src, 8<<10)
	// A name a quote wrapped ("chez Maison\n> Lumen") is one name.
	if strings.Contains(src, "\n>") {
		src = quoteMarks.re().ReplaceAllString(src, "\n")
	}
	st := &spellText{src: src, spans: wordSpans(src)}
	st.sq = make([]string, len(st.spans))
	st.alt = make([]string, len(st.spans))
	var all strings.Builder
	for i, sp := range st.spans {
		w := src[sp[0]:sp[1]]
		st.sq[i] = squash(w)
		all.WriteString(st.sq[i])
		if strings.ContainsAny(w, "äöüÄÖÜßøØåÅ") {
			st.alt[i] = squash(umlauts.Replace(w))
			all.WriteString(st.alt[i])
		} else if cyrillicOrGreek(w) {
			// "Тундра Софт" writes the name tundrasoft.example spells
			// in Latin letters.
			st.alt[i] = squash(unidecode.Unidecode(w))
			all.WriteString(st.alt[i])
		}
	}
	st.all = all.String()
	return st
}

// cyrillicOrGreek reports a word with a Cyrillic or Greek letter, the
// scripts whose names a Latin domain transliterates letter by letter.
// (Not Arabic, Hebrew or the CJK scripts: their vowels, or their words,
// are not written letter for letter.)
func cyrillicOrGreek(w string) bool {
	for _, r := range w {
		if r >= 0x370 && r <= 0x3FF || r >= 0x400 && r <= 0x4FF {
			return true
		}
	}
	return false
}

// umlauts are spelt out in domains the German and Scandinavian way:
// "moebler" for "Møbler", "aarhus" for "Århus".
var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss",
	"ø", "oe", "Ø", "Oe", "å", "aa", "Å", "Aa")

// spells reports whether the words from the i-th spell label, and the
// index of the last of them.
func (st *spellText) spells(i int, label string) (int, bool) {
	for _, v := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
		and, alt := v[0], v[1]
		acc := ""
		for j := i; j < len(st.spans) && j < i+5; j++ {
			if and && j > i && strings.Contains(st.src[st.spans[j-1][1]:st.spans[j][0]], "&") {
				acc += "and"
			}
			word := st.sq[j]
			if alt && st.alt[j] != "" {
				word = st.alt[j]
			}
			acc += word
			switch {
			case acc == label:
				return j, true
			case strings.HasPrefix(acc, label) && j > i && len(word)-(len(acc)-len(label)) >= 3:
				// The label ends inside this word, three letters
				// in at least: "kaverisoft" of "Kaveri Softech".
				return j, true
			}
			if !strings.HasPrefix(label, acc) {
				break
			}
		}
	}
	return 0, false
}

// spellsSkipping is spells for a domain that shortens the name: each
// word it keeps whole or but for an ending ("vattern" of "Vätterns"),
// up to two words left out between them ("brandl-maschinenbau" for
// "Brandl & Söhne Maschinenbau", "vatternlogistik" for "Vätterns Lager
// & Logistik"), a small word of the name by its
// first letter ("vdmeulen" for "Van der Meulen"). The name spans at most
// five words, starts with the first and ends with one kept. It reports
// the index of the last word.
func (st *spellText) spellsSkipping(i int, label string) (int, bool) {
	var try func(j, p, skipped int) (int, bool)
	try = func(j, p, skipped int) (int, bool) {
		if p == len(label) {
			// Two words at least: one word is spells' to read.
			return j - 1, j-1 > i
		}
		if j >= len(st.spans) || j >= i+5 {
			return 0, false
		}
		if j > i && st.src[st.spans[j-1][1]:st.spans[j][0]] != " " && !strings.Contains(st.src[st.spans[j-1][1]:st.spans[j][0]], "&") {
			return 0, false // a comma or a line ends the name
		}
		// A name's words are capitalised, small links aside ("Mail wurde
		// über Personio" is a sentence; "Ekhagen 45" an address).
		if first, _ := utf8.DecodeRuneInString(st.src[st.spans[j][0]:]); !unicode.IsUpper(first) && !nameLinks[st.sq[j]] {
			return 0, false
		}
		for _, w := range []string{st.sq[j], st.alt[j]} {
			if w == "" {
				continue
			}
			// Whole, or but for an ending ("Vätterns", the genitive, is
			// "vattern"); "Universal Technical" is no "unitech".
			least := max(4, len(w)-2)
			if nameLinks[w] {
				least = 1 // "v" of "van", "d" of "der"
			}
			for n := len(w); n >= min(least, len(w)); n-- {
				if strings.HasPrefix(label[p:], w[:n]) {
					if k, ok := try(j+1, p+n, skipped); ok {
						return k, true
					}
				}
			}
		}
		if j > i && skipped < 2 {
			return try(j+1, p, skipped+1)
		}
		return 0, false
	}
	return try(i, 0, 0)
}

// companyWords are the words that follow a company's name in its full
// name, in the languages of the mail it reads.
var companyWords = map[string]bool{
	"digital": true, "software": true, "games": true, "studio": true, "studios": true, "labs": true,
	// Dutch and Flemish: "Hoekstra ICT Beheer", "Van Dalen Installatietechniek".
	"ict": true, "beheer": true, "techniek": true, "installatietechniek": true,
	"lab": true, "systems": true, "technologies": true, "technology": true, "tech": true, "health": true,
	"bank": true, "group": true, "gruppe": true, "groupe": true, "grupo": true, "gruppo": true,
	"solutions": true, "analytics": true, "robotics": true, "consulting": true, "partners": true,
	"media": true, "capital": true, "ventures": true, "logistics": true, "logistik": true,
	"pharma": true, "security": true, "networks": true, "cloud": true, "data": true, "ai": true,
	"energy": true, "energie": true, "energia": true, "energía": true, "mobility": true,
	"mobilität": true, "insurance": true, "versicherung": true, "versicherungen": true, "assurances": true,
	"seguros": true, "assicurazioni": true, "verzekeringen": true, "forsikring": true, "försäkringar": true, "teknologi": true, "tecnología": true,
	"tecnologia": true, "technologie": true, "technologies.": true, "informatique": true,
	"interactive": true, "industries": true, "international": true, "finance": true, "payments": true,
	"medical": true, "bio": true, "biotech": true, "foods": true, "motors": true, "aerospace": true,
	"works": true, "werke": true, "werk": true, "dynamics": true, "innovations": true,
	"sistemi": true, "sistemas": true, "systeme": true, "systèmes": true, "soluzioni": true,
	"soluciones": true, "soluções": true, "servizi": true, "servicios": true, "serviços": true,
	"informatica": true, "informática": true, "digitale": true, "digitales": true, "digitais": true, "digitali": true,
	"digitaux": true, "numérique": true, "technik": true,
	"signal": true, "analytique": true, "maritime": true, "shipping": true, "marine": true, "tecnologías": true, "tecnologias": true,
	// Payments, logistics, engineering and the like, in the languages
	// followupd reads: "Cajueiro Pagamentos", "Velarde Logística".
	"pagamentos": true, "pagos": true, "paiements": true, "pagamenti": true, "betalingen": true, "płatności": true,
	"betalningar": true, "betalinger": true, "logística": true, "logistica": true, "logistique": true,
	"logistiek": true, "logistyka": true, "freight": true, "devices": true, "retail": true, "fintech": true,
	"medtech": true, "healthcare": true, "automation": true, "automazione": true, "automatisierung": true,
	"automatisation": true, "automatización": true, "automação": true, "ingegneria": true,
	"ingeniería": true, "engenharia": true, "ingénierie": true, "telecom": true, "telekom": true,
	"brauerei": true, "brewery": true, "brasserie": true, "cervecería": true, "birrificio": true, "brouwerij": true,
	"browar": true, "bryggeri": true, "bryggeriet": true,
	// Charities, foundations and societies: "Bramble Reading Trust".
	"trust": true, "foundation": true, "society": true, "charity": true, "stiftung": true, "fondation": true,
	"fundación": true, "fondazione": true, "fundação": true, "stichting": true, "fundacja": true, "stiftelse": true,
	"stiftelsen": true, "säätiö": true, "nadace": true,
	// Finance, analysis, energy, software and mobility in the Nordic,
	// Central European and Romance languages: "Havnefront Finans",
	// "Fjordlys Analyse", "Revontuli Ohjelmistot".
	"finans": true, "finanz": true, "finanzen": true, "finanse": true, "finanzas": true, "finanças": true,
	"analyse": true, "analys": true, "analityka": true, "energi": true, "energii": true, "robotik": true,
	"robotique": true, "robótica": true, "robotica": true, "ohjelmistot": true, "ohjelmisto": true, "tarkvara": true,
	"programvara": true, "sistemos": true, "sistēmas": true, "systemy": true, "systemer": true,
	"mobilitet": true, "mobiliteit": true, "mobilité": true, "movilidad": true, "mobilità": true,
	"medizintechnik": true, "bouw": true, "bau": true,
	// Schools, hospitals and institutes: "Holloway Park Academy".
	"academy": true, "school": true, "college": true, "institute": true, "hospital": true, "clinic": true,
	"university": true, "polytechnic": true,
	"akademie": true, "schule": true, "gymnasium": true, "klinik": true, "klinikum": true, "institut": true,
	// Property, credit unions and hotels: "Fernhill Property
	// Management", "Northpine Credit Union".
	"property": true, "properties": true, "management": true, "credit": true, "union": true, "realty": true,
	"estates": true, "hotels": true, "resorts": true, "hospitality": true, "airlines": true, "pharmaceuticals": true,
}

func companyWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && companyWords[strings.ToLower(w)]
}

// wordSpans returns the byte ranges of the runs of letters and digits.
func wordSpans(s string) [][2]int { return appendWordSpans(nil, s) }

// respelled returns company as the message writes it, when it does
// ("Redwoodbank", named after its domain, is "Redwood Bank" in the
// signature), else company.
func respelled(company string, in *input, more ...string) string {
	if company == "" {
		return ""
	}
	sources := spellingSources(in)
	for _, m := range more {
		sources = append(sources, newSpellText(m))
	}
	if sp := spelledAs(company, sources...); sp != "" {
		return sp
	}
	return company
}

// spellingSources are where a message writes its company's name: the
// subject, the senders' display names (less "Careers", "Talent Team"), and
// the whole text, signature included.
func spellingSources(in *input) []*spellText {
	if in == nil {
		return nil
	}
	sources := []*spellText{newSpellText(in.m.Subject)}
	for _, list := range [][]mail.Address{in.m.From, in.m.Sender, in.m.ReplyTo} {
		for _, a := range list {
			sources = append(sources, newSpellText(senderNoise.re().ReplaceAllString(a.Name, " ")))
		}
	}
	if in.a.spell == nil {
		in.a.spell = newSpellText(in.m.Text)
	}
	return append(sources, in.a.spell)
}

// acronymDefined returns the full name text defines an acronym as,
// "Najd Infrastructure Company (NIC)", when name is that acronym, alone
// or with a city after it ("NIC Riyadh"), else "". The capitalised words
// before the bracket must start with the acronym's letters in order
// (the small words a name or a title holds, "of", "and", "für", skipped
// unless the acronym takes their letter).
func acronymDefined(name, text string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && timetext.IsCity(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) != 1 {
		return ""
	}
	acr := ws[0]
	if n := len(acr); n < 2 || n > 6 || strings.ToUpper(acr) != acr || letters(acr) != n {
		return ""
	}
	for rest := text; ; {
		i := strings.Index(rest, "("+acr+")")
		if i < 0 {
			return ""
		}
		before := strings.Fields(rest[:i])
		rest = rest[i+len(acr)+2:]
		// Walk back over the words, matching the acronym's letters
		// from its last.
		k := len(acr) - 1
		j := len(before) - 1
		for ; j >= 0 && k >= 0; j-- {
			w := strings.Trim(before[j], ",;:")
			r, _ := utf8.DecodeRuneInString(w)
			small := titleConnectors[strings.ToLower(w)] && k < len(acr)-1
			switch {
			case (unicode.IsUpper(r) || small) && strings.EqualFold(string(r), acr[k:k+1]):
				k-- // "Bank of Ireland (BOI)": a small word's letter counts where it is there
			case small:
				continue // "Institute for Earth Observation (IEO)"
			default:
				j = -2 // a word the acronym does not shorten: no match
			}
		}
		if k < 0 && j >= -1 {
			return strings.Trim(strings.Join(before[j+1:], " "), ",;: ")
		}
	}
}

// acronymSpelled returns the name an acronym shortens as a line of text
// spells it out, a signature's or a letterhead's: "Canadian Northern
// Infrastructure Agency | Agence canadienne ..." for CNIA, "Bureau of
// Transportation Analytics" for BTA. The acronym is the company as
// written ("CNIA") or as its domain gives it ("Fcu" of fcu.example, whose
// letters hold at most one vowel: no word, an acronym). Each capitalised
// word gives the next letter, small words between ("of", "for") none;
// the part of the line must be all of it.
func acronymSpelled(acr, text string) string {
	if strings.ContainsAny(acr, " -") {
		return ""
	}
	n := letters(acr)
	if n < 2 || n > 6 || n != len(acr) {
		return ""
	}
	if strings.ToUpper(acr) != acr && strings.Count(strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return 'v'
		}
		return -1
	}, acr), "v") > 1 {
		return ""
	}
	want := strings.ToUpper(acr)
	text = truncate(text, 16<<10)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(line, "> "))
		if len(line) < n || len(line) > 120 {
			continue
		}
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '·' || r == ',' || r == '•' }) {
			if spellsAcronym(strings.Fields(part), want) {
				return strings.Join(strings.Fields(part), " ")
			}
		}
	}
	return ""
}

// spellsAcronym reports words whose capitalised ones begin with the
// letters of acr, in order, one each, small connecting words aside.
func spellsAcronym(ws []string, acr string) bool {
	k := 0
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && k < len(acr) && string(unicode.ToUpper(r)) == acr[k:k+1]:
			k++
		case i > 0 && titleConnectors[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return k == len(acr) && len(ws) >= len(acr)
}
