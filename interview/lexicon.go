package interview

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A message is judged by which phrases of about thirty lists it holds
// (interview words, offers, rejections, receipts, ...). Looking for each
// phrase of each list with strings.Index cost a first pass most of its
// time once every message of the window was read: phrases × lists × the
// length of the text. A lexicon holds every phrase of every list, keyed by
// its first word, and a scan reads a text's words once and notes, for each
// list, the first of its phrases found. Phrases match whole words, as
// hasWord does, with punctuation between words ignored ("rendez-vous"
// matches "rendez vous").

// list names one phrase list of the lexicon.
type list int

const (
	lKeyword list = iota // the configured interview words
	lApplication
	lAlert
	lArticle
	lReceipt
	lRejection
	lSoftLead
	lOffer
	lReschedule
	lCancel
	lConfirm
	lAccept
	lCall
	lProposal
	lRound
	lMeeting
	lEvent
	lAppointment
	lPress
	lOneWay
	lDeadline
	lDoNotReply
	lRecruiter
	lInsteadOf
	lScheduling      // subjectWords: a reason to read a body
	lRole            // roleWords: a job title's words
	lSameTime        // "at the same time": a move that gives only a day
	lAnswerBy        // "by", "d'ici": before a deadline to answer by
	lPersonal        // birthdays, dinners, parties: a friend's invitation
	lForYou          // "for you", "your time": a time converted for the reader
	lRegistration    // "Webinar ID", "thank you for registering": an event's own mail
	lDayAfter        // "the day after": a further meeting relative to the one named
	lAskInterviewer  // "could you run the interview": the user is to interview
	lDecline         // "Wednesday doesn't work": a proposed time turned down
	lCancelled       // "annullato", "abgesagt": a participle that may call something off
	lCancelVerbFinal // "absagen", "afzeggen", "anular": an infinitive of calling off, after a modal (see cancelledWithAdverb)
	lSales           // "demo", "discovery call", "free trial": a vendor selling to the user
	lInvestor        // "pitch deck", "pre-seed", "term sheet": investors meeting the user as a founder
	lHired           // "welcome to the team", "your first day": the organisation has hired the user
	lNotJob          // "this is not a job pitch": the writer says it is not about a job
	lSpecific        // "specific", "konkret": a word noRoleInMind looks for
	lReadersCV       // "your resume", "Ihren Lebenslauf": the writer holds the reader's CV
	lYourNetwork     // "your network", "Ihrem Netzwerk": where a search firm asks the reader to look for names
	lSignUp          // "register with us", "inschrijfgesprek": an agency signing the user up as its candidate
	lNotAssessed     // "not part of our evaluation process": a meeting the employer says assesses nobody
	// The anchors of phrase lists read by hasWord on the normalized text:
	// what a text must hold for a phrase of the list to be there at all
	// (see analysis.mayHold). Where the phrases may have words between
	// them (see withoutFillers), one word of each phrase; else the
	// phrases themselves, which the scan finds as hasWord does (words
	// are runs of letters and digits for both).
	lHiringAnchor   // hiringPhrases: a word of each
	lGoodNewsAnchor // goodNewsPhrases: the phrases
	lNewJobAnchor   // writersNewJobPhrases: a word of each
	lYourselfAnchor // forYourselfPhrases: a word of each
	// lKeywordPlain is set by scan, not from a list of phrases: the first
	// interview word with neither a first-person possessive nor a
	// negation before it ("my interview", "niente colloqui"; see
	// qualifier).
	lKeywordPlain
	nLists
)

// listPhrases are the fixed lists; lKeyword comes from the Config.
var listPhrases = map[list]*[]string{
	lAlert: &alertPhrases, lArticle: &articlePhrases, lReceipt: &receiptPhrases,
	lRejection: &rejectionPhrases, lSoftLead: &softRejectionLead, lOffer: &offerPhrases,
	lReschedule: &reschedulePhrases, lCancel: &cancelPhrases, lConfirm: &confirmPhrases,
	lAccept: &acceptPhrases, lCall: &callPhrases, lProposal: &proposalPhrases, lRound: &roundPhrases,
	lMeeting: &meetingWords, lEvent: &eventPhrases, lAppointment: &appointmentPhrases,
	lPress: &pressPhrases, lOneWay: &oneWayPhrases, lDeadline: &deadlinePhrases,
	lDoNotReply: &doNotReplyPhrases, lRecruiter: &recruiterWords, lInsteadOf: &insteadOfPhrases,
	lScheduling: &subjectWords, lRole: &roleWords, lSameTime: &sameTimePhrases,
	lAnswerBy: &answerByPhrases, lPersonal: &personalPhrases, lForYou: &forYouPhrases,
	lRegistration: &registrationPhrases, lDayAfter: &dayAfterPhrases, lAskInterviewer: &interviewerAskPhrases,
	lDecline: &declinePhrases, lSales: &salesPhrases, lInvestor: &investorPhrases, lHired: &hiredPhrases,
	lNotJob: &notJobPhrases, lSpecific: &specificWords, lReadersCV: &readersCVPhrases, lNotAssessed: &notAssessedPhrases,
	lYourNetwork: &yourNetworkPhrases, lSignUp: &signUpPhrases,
}

type lexPhrase struct {
	words []string
	text  string
	lists []list
}

type lexicon map[string][]*lexPhrase // first word → phrases

func newLexicon(keywords []string) lexicon {
	lx := lexicon{}
	byText := map[string]*lexPhrase{}
	addWords := func(l list, ws []string) {
		key := joinWords(ws)
		lp := byText[key]
		if lp == nil {
			lp = &lexPhrase{words: ws, text: key}
			byText[key] = lp
			lx[ws[0]] = append(lx[ws[0]], lp)
		}
		if !slices.Contains(lp.lists, l) {
			lp.lists = append(lp.lists, l)
		}
	}
	add := func(l list, phrases []string) {
		for _, p := range phrases {
			ws := words(strings.ToLower(p))
			if len(ws) == 0 {
				continue
			}
			addWords(l, ws)
			// Written without its accents, as on a phone: "mercredi 9
			// meme heure", "no puedo ir el miercoles", "nie moge".
			if folded := words(foldAccents(strings.Join(ws, " "))); !slices.Equal(folded, ws) && len(folded) > 0 {
				addWords(l, folded)
			}
			// Turkish in capitals loses its dotless ı once lower-cased
			// ("MÜLAKATINIZ" is "mülakatiniz"), its other letters kept.
			if dotted := strings.ReplaceAll(strings.Join(ws, " "), "ı", "i"); strings.Contains(p, "ı") {
				addWords(l, words(dotted))
			}
		}
	}
	add(lKeyword, keywords)
	add(lApplication, flatten(applicationWordsByLanguage))
	for l, ps := range listPhrases {
		add(l, *ps)
	}
	add(lSoftLead, choiceLeads)
	add(lHiringAnchor, anchorsOf(hiringPhrases))
	add(lGoodNewsAnchor, goodNewsPhrases)
	add(lNewJobAnchor, anchorsOf(writersNewJobPhrases))
	add(lYourselfAnchor, anchorsOf(forYourselfPhrases))
	for w := range cancelledWords {
		add(lCancelled, []string{w})
	}
	for w := range cancelVerbsFinal {
		add(lCancelVerbFinal, []string{w})
	}
	for w := range cancelInfinitives {
		add(lCancelVerbFinal, []string{w})
	}
	// The particle of a parted verb, with its negation where it needs
	// one: not "aus" alone, which most German mail holds.
	for particle, p := range splitCancelVerbs {
		if p.not != "" {
			add(lCancelVerbFinal, []string{p.not + " " + particle})
		} else {
			for v := range p.verbs {
				add(lCancelVerbFinal, []string{v})
			}
		}
	}
	return lx
}

// anchorsOf returns the longest word of each phrase: a text that holds
// a phrase holds its words, and the longest is the rarest as a rule.
func anchorsOf(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		anchor := ""
		for _, w := range words(strings.ToLower(p)) {
			if utf8.RuneCountInString(w) > utf8.RuneCountInString(anchor) {
				anchor = w
			}
		}
		if anchor != "" && !slices.Contains(out, anchor) {
			out = append(out, anchor)
		}
	}
	return out
}

// hits is what a scan found: for each list, its first phrase in the text
// (by position), or "".
type hits [nLists]string

func (h *hits) has(l list) string { return h[l] }

// scan reads text (any case) once.
func (lx lexicon) scan(text string) hits {
	var h hits
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.lowerWords(text)
	low, ws := sc.low, sc.spans
	for i := range ws {
	next:
		for _, p := range lx[string(low[ws[i][0]:ws[i][1]])] {
			if i+len(p.words) > len(ws) {
				continue
			}
			for j := 1; j < len(p.words); j++ {
				if string(low[ws[i+j][0]:ws[i+j][1]]) != p.words[j] {
					continue next
				}
			}
			for _, l := range p.lists {
				if p.words[0] == "call" && onCall(low, ws, sc.hyphened, i) {
					// "on-call questions", "our on-call rota": a
					// duty, not a call.
					continue next
				}
				if (l == lReschedule || l == lInsteadOf) && p.text == "statt" && takesPlace(low, ws, i) {
					// "Das Gespräch findet per Teams statt": the particle
					// of "stattfinden", not "instead".
					continue
				}
				if h[l] == "" {
					h[l] = p.text
				}
				if l == lKeyword && h[lKeywordPlain] == "" && !qualified(low, ws, i) {
					h[lKeywordPlain] = p.text
				}
			}
		}
	}
	return h
}

// onCall reports the word at ws[i] joined by a hyphen to an "on" before
// it: "on-call", the duty of answering pages.
func onCall(low []byte, ws [][2]int, hyphened []int, i int) bool {
	_, joined := slices.BinarySearch(hyphened, i)
	return joined && string(low[ws[i-1][0]:ws[i-1][1]]) == "on"
}

// takesPlace reports a form of "finden" among the eight words before the
// one at ws[i]: German parts "stattfinden" and ends the clause with
// "statt" ("Das Gespräch findet am Donnerstag in unserem Büro statt").
// Figures are no words here: a date and a clock between ("findet am
// Donnerstag, 10.12.2026, um 14:00 Uhr per Teams statt") split into
// five of them.
func takesPlace(low []byte, ws [][2]int, i int) bool {
	words := 0
	for k := i - 1; k >= 0 && k >= i-24 && words < 8; k-- {
		w := string(low[ws[k][0]:ws[k][1]])
		switch w {
		case "findet", "finden", "fand", "fanden", "finde":
			return true
		}
		if strings.ContainsFunc(w, unicode.IsLetter) {
			words++
		}
	}
	return false
}

// qualified reports a first-person possessive or a negation (see
// negations) one or two words before the word at ws[i]: "my interview", "mein zweites
// Vorstellungsgespräch", "il mio colloquio", "niente colloqui", "no
// interview, just lunch". In mail from someone else than the user, the
// first is the writer's own interview (a friend's news, not an
// invitation), and the second none.
func qualified(low []byte, ws [][2]int, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if w := string(low[ws[k][0]:ws[k][1]]); firstPersonPossessives[w] || negations[w] {
			return true
		}
	}
	return false
}

// firstPersonPossessives are "my" in the languages followupd reads.
// Words that are also something else before a noun are left out: "min"
// ("a 30 min interview"), French "mon" (English "Mon" for Monday), "mes"
// (Spanish "month").
var firstPersonPossessives = map[string]bool{
	"my": true, "mein": true, "meine": true, "meinem": true, "meinen": true, "meiner": true, "meines": true,
	"mijn": true, "mitt": true, "mina": true, "mio": true, "mia": true, "miei": true, "mie": true,
	"meu": true, "minha": true, "mi": true, "mis": true, "mój": true, "moja": true, "moje": true,
	"mojej": true, "moją": true, "mojego": true, "můj": true, "mého": true, "mém": true, "mým": true,
	"môj": true, "môjho": true, "mojom": true,
}

// scratch holds a text's words lower-cased, one after the other, and where
// each is: scan runs on every message of a first pass, and lower-casing
// the whole text into a new string cost it a fifth of its time. The map
// lookups and comparisons with string(bytes) do not allocate.
type scratch struct {
	low   []byte
	spans [][2]int
	// hyphened holds the indexes of spans written joined to the word
	// before by a hyphen ("on-call").
	hyphened []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// lowerWords fills sc with the words of text (runs of letters and digits,
// as words splits them), lower-cased.
func (sc *scratch) lowerWords(text string) {
	sc.low, sc.spans, sc.hyphened = sc.low[:0], sc.spans[:0], sc.hyphened[:0]
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII, inline: this loop sees every byte of every text.
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if start >= 0 {
					sc.spans = append(sc.spans, [2]int{start, len(sc.low)})
					start = -1
					if c == '-' && i < len(text) && isWordByte(rune(text[i])) {
						sc.hyphened = append(sc.hyphened, len(sc.spans))
					}
				}
				continue
			}
			if start < 0 {
				start = len(sc.low)
			}
			sc.low = append(sc.low, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !isWordRune(r) || ideograph(r) {
			if start >= 0 {
				sc.spans = append(sc.spans, [2]int{start, len(sc.low)})
				start = -1
			}
			if ideograph(r) {
				sc.spans = append(sc.spans, [2]int{len(sc.low), len(sc.low) + size})
				sc.low = utf8.AppendRune(sc.low, r)
			}
			continue
		}
		if start < 0 {
			start = len(sc.low)
		}
		sc.low = utf8.AppendRune(sc.low, unicode.ToLower(r))
	}
	if start >= 0 {
		sc.spans = append(sc.spans, [2]int{start, len(sc.low)})
	}
}

// ideograph reports a letter of the scripts written without spaces
// between words: Chinese characters, Japanese kana, Korean syllables. Each
// is a word of its own, so that "面接" is found in "一次面接のご案内" as a
// phrase of two words is found in a sentence. (Korean spaces its words,
// but glues particles on: "면접을", "면접은".)
func ideograph(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// isWordByte is isWordRune with a fast path for ASCII.
func isWordByte(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return isWordRune(r)
}

var spanPool = sync.Pool{New: func() any { return new([][2]int) }}

// either is the first phrase of l in a, else in b.
func either(a, b *hits, l list) string {
	if a[l] != "" {
		return a[l]
	}
	return b[l]
}

var lexicons sync.Map // lexKey → lexicon

// lexKey identifies a list of interview words by its backing array: a
// Config is an immutable snapshot, and lexicon is asked for once per
// message, too often to join the words into a key each time.
type lexKey struct {
	first *string
	n     int
}

// lexicon is the lexicon with cfg's interview words, made once per list
// of words.
func (cfg Config) lexicon() lexicon {
	kw := cfg.keywords()
	if len(kw) == 0 {
		return noKeywordLexicon()
	}
	key := lexKey{&kw[0], len(kw)}
	if v, ok := lexicons.Load(key); ok {
		return v.(lexicon)
	}
	// The configuration's words are most often the built-in ones, in a
	// slice of their own (config copies them).
	var lx lexicon
	if slices.Equal(kw, defaultKeywords) {
		lx = defaultLexicon()
	} else {
		lx = newLexicon(kw)
	}
	lexicons.Store(key, lx)
	return lx
}

var noKeywordLexicon = sync.OnceValue(func() lexicon { return newLexicon(nil) })

// isWordRune is what words splits on the complement of.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// appendWordSpans appends to out the byte ranges of the words of s (runs
// of letters and digits), as words splits them.
func appendWordSpans(out [][2]int, s string) [][2]int {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch in := isWordByte(r); {
		case r >= utf8.RuneSelf && ideograph(r):
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			out = append(out, [2]int{i, i + size})
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// foldAccents writes s without its diacritics ("même" is "meme", "może"
// "moze", "ł" "l"), as people type on keyboards without them.
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case foldings[r] != "" && r != 'ß' && r != 'æ' && r != 'œ':
			b.WriteString(foldings[r])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
