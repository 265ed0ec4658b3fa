// Package timetext reads dates and clock times written in words in the
// languages of job-search mail: English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech,
// Slovak, Hungarian, Romanian, Turkish, Croatian, Serbian (in Latin and
// Cyrillic letters), Slovenian, Bulgarian, Ukrainian, Russian, Lithuanian,
// Latvian, Estonian, Greek, Arabic and Persian (with their own digits,
// and Persian's solar calendar: see arabic.go and jalali.go); and the
// dates and times Chinese, Japanese and Korean write in figures with their
// marks (see cjk.go).
//
// It reads what recruiters and scheduling tools write: "Thursday, December
// 3 at 4:00 PM CET", "am Donnerstag, 3. Dezember 2026 um 14:00 Uhr", "jeudi
// 3 décembre de 14h à 15h", "mañana a las 16:30 (hora de Madrid)", "op
// 18-12-2026 van 13.00 tot 14.00 uur", "у уторак, 15. децембра 2026. године,
// у 11 часова", "в четверг, 10 декабря, в 15:00", "otrdien, 2027. gada 12.
// janvārī, plkst. 18:00", "يوم الأحد ١٣ ديسمبر ٢٠٢٦ الساعة ١٠:٣٠ صباحاً
// بتوقيت الرياض", "چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰ به وقت تهران",
// Outlook's "When: ... 2:00 PM-2:45 PM (UTC+01:00)
// Amsterdam, Berlin, ..." and a date and a time on separate lines of a
// rendered table ("Date: ..." / "Time: ...").
//
// The text is cut into tokens (runs of letters, runs of digits, single
// marks) by hand, and words are looked up in tables of month and weekday
// names per language, folded to lower case without accents (Cyrillic
// words are lower-cased and keep their letters). There are no regular
// expressions: the work is linear in the text, and a line without a digit
// costs a scan for a few number words ("noon", "half past") and nothing
// more.
//
// Rules that decide a reading:
//   - A date without a year is the next one that is not more than two
//     months before Options.Ref.
//   - A weekday alone is the next such day after Ref's day: the weekday of
//     Ref itself means a week later. "Next Tuesday" is read the same way.
//   - When a weekday and a date disagree, the date wins.
//   - In an English, Arabic or Persian phrase, an hour from 1 to 7 written
//     without am/pm and without a leading zero is in the afternoon ("at
//     4", "half past two", "الساعة ٤"): interviews are held in business
//     hours. "04:00" is not changed.
//   - A range whose end alone says pm ("4:00 – 4:30 PM") puts its start in
//     the afternoon too.
//   - A zone abbreviation names a region whose rules give the offset on that
//     date: "EST" in July is New York's local time. GMT and UTC are exact,
//     IST is India, CST is US Central.
package timetext

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Options says how to read a text.
type Options struct {
	// Ref is when the message was written: weekdays ("on Thursday"),
	// relative days ("tomorrow", "morgen", "demain") and dates without a
	// year count from Ref's day in Loc. A zero Ref reads only dates that
	// give their year.
	Ref time.Time
	// Loc is the zone of a clock time that names none. The caller passes
	// the zone the message states elsewhere, else the user's zone. nil
	// means UTC.
	Loc *time.Location
	// Langs limits which languages' words are read (ISO 639-1: en de fr es
	// it pt nl pl sv da no fi cs sk hu ro tr hr sr sl bg uk ru lt lv et el
	// ar fa; "sr" reads both of Serbian's scripts). Empty: all. Numerals,
	// in ASCII digits or the Arabic script's, are
	// always read, and so are the figures and marks of Chinese, Japanese
	// and Korean ("12月10日 午後3時"), which need no language's words:
	// "zh", "ja" and "ko" may be listed and change nothing.
	Langs []string
	// MonthFirst reads an ambiguous numeric date "07/12" as July 12 (US
	// usage). Default day-first. An unambiguous one (13/07, 07/13) is read
	// the only way it can be. Dates with dots ("07.12.") are always
	// day-first, and so are those on a line of Arabic or Persian.
	MonthFirst bool
	// Lang is the language of the text around, for a clock whose own
	// words name none (FindClocksOn): "3:30 start" in the sentence after
	// "Can you do Wednesday 9th instead?" is English, and an English
	// 3:30 without am or pm is in the afternoon. Empty: none.
	Lang string
}

// A Mention is a day, with or without a clock time, read from a text.
type Mention struct {
	Start time.Time     // in the zone the text names, else Loc
	Dur   time.Duration // length when a range is written ("10:00–11:00", "de 10h à 11h"), else 0
	Zone  string        // the zone as written ("CET", "Europe/Berlin", "UTC+1"), "" when Loc was used
	// Text is the words read, trimmed: text[Pos:End]. For a day and a time
	// read from separate lines it spans both lines and what lies between.
	Text     string
	Pos, End int // byte offsets of those words in the text passed to Find
	// Lang is the language whose words decided ("" when only numerals).
	// A CJK mention takes it from its script and that of the words
	// beside it: "ja" with kana, "ko" with hangul, "zh" with a word only
	// Chinese writes (下午, 点, 北京时间); "" for Han figures alone
	// ("12月11日 15:00"), which either may write.
	Lang  string
	Clock bool // a clock time was written (false only in results of FindDates)
	// Relative is set when the day was read only from a weekday or a word
	// such as "tomorrow", not from a written date: the caller may trust it
	// less.
	Relative bool
	// Alt is set for a clock time without a day written right after a
	// mention, in parentheses or after a slash ("10:00 ET (16:00 CET)",
	// "às 10h (14h aí em Berlim)", "3pm PT / 6pm ET"): most often the
	// same moment on another clock. Its day is the one nearest the
	// mention before it; the caller decides what it is.
	Alt bool
	// Listed is set for clock times listed one after another for one day
	// ("Thursday 10 December at 9:00, 11:00 or 14:00", "Available slots
	// on Wednesday 9 December: 09:00 09:45 10:30"): the first and each
	// one after it, each a mention of its own. A list of them offers a
	// choice.
	Listed bool
}

// Find returns, in order of position, every mention in text of a day
// together with a clock time.
//
// A day and a clock time are one mention when only punctuation and small
// words ("at", "um", "à", "kl.", "godz.") stand between them, or at most
// one other short word on the same line. A day written alone on a line
// ("Date: Tuesday, December 8, 2026") is paired with a clock time written
// alone on one of the next three non-blank lines ("Time: 2:00 PM – 2:45
// PM EST"), or failing that on one of the three before, when neither line
// holds the other part. "Alone" allows a label of up to three words
// before it and a few words after it (Zoom's list of cities).
func Find(text string, opt Options) []Mention {
	s := getScanner(text, opt)
	defer putScanner(s)
	if !s.tokenizeLikely() {
		return nil
	}
	s.readAll()
	return s.mentions(true)
}

// FindClocksOn returns, in order of position, every clock time written
// without a day ("alle 11:30 anziché alle 10:30"), placed on day (its
// year, month and day; the zone the text names, else Loc): what a mail
// about a known day means by it ("stesso giorno").
func FindClocksOn(text string, day time.Time, opt Options) []Mention {
	s := getScanner(text, opt)
	defer putScanner(s)
	if !s.tokenizeLikely() {
		return nil
	}
	s.readAll()
	var out []Mention
	for _, c := range s.clusters() {
		if c.clock < 0 || c.hasDay(s) {
			continue
		}
		loc, zone := s.loc, ""
		if c.zone >= 0 {
			z := &s.elems[c.zone]
			loc, zone = z.loc, z.zname
		}
		e := &s.elems[c.clock]
		lang := s.lang(&c)
		if lang < 0 {
			lang = int8(slices.Index(langCodes[:], opt.Lang))
		}
		h, mins, dur := clockOf(e, afternoonRule(lang))
		y, mo, d := day.In(loc).Date()
		m := Mention{Start: time.Date(y, mo, d, h, mins, 0, 0, loc), Dur: dur, Zone: zone, Clock: true, Relative: true}
		if lang >= 0 {
			m.Lang = langCodes[lang]
		} else {
			m.Lang = s.cjkLang(s.elems[c.e0].t0, s.elems[c.e1-1].t1)
		}
		m.Pos, m.End = s.span(&c)
		m.Text = strings.TrimSpace(s.text[m.Pos:m.End])
		out = append(out, m)
	}
	return out
}

// FindDates returns, in order of position, every day written without a
// clock time ("complete by Friday, 11 December"): the deadlines of one-way
// video interviews. Start is 23:59 of that day in the zone the text names,
// else Loc, since a deadline given as a day lasts until the day ends.
// Days that Find pairs with a clock time are left out, as are numeric days
// without a year and without a weekday ("18/12", "3/4"): alone they are as
// often fractions or scores as dates.
func FindDates(text string, opt Options) []Mention {
	s := getScanner(text, opt)
	defer putScanner(s)
	s.tokenizeAll()
	s.readAll()
	return s.mentions(false)
}

// MonthFirstRegion reports whether people in the region of a locale
// ("en-US", "en_US", "US") write the month before the day in numeric
// dates, for Options.MonthFirst.
func MonthFirstRegion(locale string) bool {
	locale, _, _ = strings.Cut(locale, ".") // "en_US.UTF-8"
	region := strings.ToUpper(locale[strings.LastIndexAny(locale, "-_")+1:])
	switch region {
	case "US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI":
		return true
	}
	return false
}

type scanner struct {
	text  string
	opt   Options
	mask  langMask
	loc   *time.Location
	toks  []token
	fold  []byte
	elems []elem
	lines []lineSpan
	// arabic: the text holds a letter or a digit of the Arabic script.
	// The readings only Arabic and Persian need are skipped without one.
	arabic bool
}

type lineSpan struct {
	start, end int
	blank      bool
	want       bool // to be read
	seed       bool // holds a digit or a number word: its neighbours are read too
}

var scanners = sync.Pool{New: func() any { return new(scanner) }}

func getScanner(text string, opt Options) *scanner {
	s := scanners.Get().(*scanner)
	s.text, s.opt = text, opt
	s.toks, s.fold, s.elems, s.lines = s.toks[:0], s.fold[:0], s.elems[:0], s.lines[:0]
	s.loc, s.arabic = opt.Loc, false
	if s.loc == nil {
		s.loc = time.UTC
	}
	s.mask = 1 << anyLang
	for _, l := range opt.Langs {
		if i := slices.Index(langCodes[:], strings.ToLower(l)); i >= 0 {
			s.mask |= 1 << i
		}
	}
	if len(opt.Langs) == 0 {
		s.mask |= 1<<numLangs - 1
	}
	return s
}

// putScanner keeps the buffers of an ordinary text for the next call, not
// those a huge one grew.
func putScanner(s *scanner) {
	if cap(s.toks) > 1<<14 || cap(s.fold) > 1<<16 || cap(s.lines) > 1<<14 {
		return
	}
	s.text, s.opt = "", Options{}
	scanners.Put(s)
}

// tokenizeAll reads every line.
func (s *scanner) tokenizeAll() {
	s.splitLines()
	for i := range s.lines {
		s.lines[i].want = true
	}
	s.tokenizeWanted()
}

// tokenizeLikely reads only the lines that can hold a clock time: those
// with a digit or one of the few number words a clock time is written
// with ("noon", "half past"), and the lines next to them, where a
// sentence wrapped at 72 columns goes on. It reports false when there is
// none, which is most text, found in one pass over its bytes.
func (s *scanner) tokenizeLikely() bool {
	text := s.text
	found := false
	start, digit, word := 0, false, false
	endLine := func(end int) {
		l := lineSpan{start: start, end: end, want: digit || word, seed: digit || word}
		l.blank = !l.want && isBlank(text[start:end])
		found = found || l.want
		s.lines = append(s.lines, l)
		start, digit, word = end+1, false, false
	}
	prev := byte(' ')
	for i := 0; i < len(text); i++ {
		c := text[i]
		k := byteClass[c]
		p := prev
		prev = c
		if k == 0 {
			continue
		}
		switch k {
		case classDigit:
			digit = true
		case classArabic:
			digit = digit || arabicDigitAt(text, i)
			s.arabic = true
		case classAnchor:
			// Number words start a word, but for "o'clock".
			if !word && (c == '\'' || c >= 0x80 || !isASCIILetter(p)) && (numberWordAt(text, i) || hourAfterCueAt(text, i)) {
				word = true
			}
		case classNewline:
			endLine(i)
		}
	}
	endLine(len(text))
	if s.arabic && s.arabicHourLines() {
		found = true
	}
	if !found {
		return false
	}
	for i := range s.lines {
		if !s.lines[i].seed {
			continue
		}
		if i > 0 && !s.lines[i-1].blank {
			s.lines[i-1].want = true
		}
		if i+1 < len(s.lines) && !s.lines[i+1].blank {
			s.lines[i+1].want = true
		}
	}
	s.tokenizeWanted()
	return len(s.toks) > 0
}

const (
	classDigit = iota + 1
	classArabic
	classAnchor
	classNewline
)

// byteClass sorts the bytes tokenizeLikely stops at: digits, the first
// bytes of the Arabic script's digits (which also start its letters ل م
// ن ه و ي), new lines, and the first bytes of number words.
var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for _, w := range append(numberWords[:], hourCues...) {
		t[w[0]] = classAnchor
		if 'a' <= w[0] && w[0] <= 'z' {
			t[w[0]-'a'+'A'] = classAnchor
		}
	}
	t[0xD9], t[0xDB] = classArabic, classArabic
	t['\n'] = classNewline
	return t
}()

// numberWords are the clock times written without a digit, or their
// start, folded to lower case. They are matched at the start of a word;
// a false hit ("Noonan") only costs reading the line.
var numberWords = [...]string{"noon", "midday", "midnight", "midi", "minuit", "mediod", "mezzogiorno", "meio-dia", "half past", "quarter", "'clock", "\u2019clock",
	"viertel", "dreiviertel", "kwart", "kvart"}

// hourCues are the words after which an hour may be written as a word
// ("a las nueve", "um neun", "kl. ni", "um halb drei"): the cues of
// cueWords that start a time, not a length ("de", "von", "from"), in the
// languages whose hours in words are read. The others' cues ("u", "в",
// "kell") would only cost the scan: no hour in words can follow them.
var hourCues = func() []string {
	var out []string
	for l, ws := range cueWords {
		if hourNames[l] == "" && hourNames24[l] == "" && cuedHours[l] == "" || l == ar || l == fa {
			continue // Arabic's and Persian's: see arabicHourLines
		}
		for _, w := range strings.Fields(ws) {
			if !fromCues[w] {
				out = append(out, w)
			}
		}
	}
	return append(out, "halb", "half", "halv", "půl", "pol")
}()

var fromCues = map[string]bool{"de": true, "von": true, "van": true, "from": true, "dalle": true, "od": true,
	"das": true, "desde": true, "vanaf": true, "ab": true}

// hourNameSet holds hourNames, lower case as written.
var hourNameSet = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range append(hourNames[:], hourNames24[:]...) {
		for _, w := range strings.Fields(ws) {
			for _, n := range strings.Split(w, "|") {
				m[n] = true
			}
		}
	}
	return m
}()

// hourAfterCueAt reports a cue word at i followed by an hour in words:
// "las nueve", "um neun", "klockan nio". It runs at the start of every
// word whose first letter starts a cue, so it reads two short words and
// looks each up once.
func hourAfterCueAt(text string, i int) bool {
	// Most words starting with a cue's letter are no cue ("and", "our",
	// "have"): their second byte tells, before the word is read.
	if i+1 >= len(text) || strings.IndexByte(cueSecond[lowerByte(text[i])], lowerByte(text[i+1])) < 0 {
		return false
	}
	j, ok := cueWordAt(text, i)
	if !ok {
		return false
	}
	if j < len(text) && text[j] == '.' { // "kl.", "godz."
		j++
	}
	// A mail client may wrap the line between the cue and the hour
	// ("um halb\ndrei"): one line break counts as a space.
	if j >= len(text) || text[j] != ' ' && text[j] != '\n' && text[j] != '\r' {
		return false
	}
	breaks := 0
	for j < len(text) && (text[j] == ' ' || text[j] == '\r' || text[j] == '\n' && breaks == 0) {
		if text[j] == '\n' {
			breaks++
		}
		j++
	}
	var buf [16]byte
	w, _ := lowerWord(text, j, buf[:0])
	return hourNameSet[string(w)]
}

// cueWordAt reports a whole word of hourCues at i, in any case of its
// ASCII letters, and returns the index after it. It compares the few
// cues of the word's first letter byte by byte: most words that pass
// cueSecond are no cue ("our", "same", "position"), and reading each into
// a buffer to look it up cost the scan more than the cues are worth.
func cueWordAt(text string, i int) (int, bool) {
next:
	for _, c := range hourCuesAt[lowerByte(text[i])] {
		end := i + len(c)
		if end > len(text) {
			continue
		}
		for k := 1; k < len(c); k++ {
			if lowerByte(text[i+k]) != c[k] {
				continue next
			}
		}
		if end < len(text) && (isASCIILetter(text[end]) || text[end] >= 0x80) {
			continue // the word goes on: "omkring" is not "om"
		}
		return end, true
	}
	return 0, false
}

// hourCuesAt holds hourCues by their first byte.
var hourCuesAt = func() (t [256][]string) {
	for _, c := range hourCues {
		t[c[0]] = append(t[c[0]], c)
	}
	return t
}()

// lowerWord reads the word at i, ASCII letters lower-cased, into buf (at
// most its capacity; a longer word comes back whole-buffer and matches
// nothing), and returns it with the index after it.
func lowerWord(text string, i int, buf []byte) ([]byte, int) {
	j := i
	for j < len(text) && (isASCIILetter(text[j]) || text[j] >= 0x80) {
		c := text[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if len(buf) == cap(buf) {
			return buf[:0], j
		}
		buf = append(buf, c)
		j++
	}
	return buf, j
}

// cueSecond holds, for each first byte of a cue, the bytes that follow it
// in some cue (a space or '.' for a cue of one letter, "o", "kl.").
var cueSecond = func() (t [256]string) {
	for _, c := range hourCues {
		second := byte(' ')
		if len(c) > 1 {
			second = c[1]
		} else {
			t[c[0]] += "."
		}
		if strings.IndexByte(t[c[0]], second) < 0 {
			t[c[0]] += string([]byte{second}) // the byte, not the rune it would be
		}
	}
	return t
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// numberWordsAt holds numberWords by their first byte, lower case.
var numberWordsAt = func() (t [256][]string) {
	for _, w := range numberWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

func numberWordAt(text string, i int) bool {
	for _, w := range numberWordsAt[lowerByte(text[i])] {
		if len(text)-i < len(w) {
			continue
		}
		n := 0
		for n < len(w) && (text[i+n] == w[n] || 'A' <= text[i+n] && text[i+n] <= 'Z' && text[i+n]+'a'-'A' == w[n]) {
			n++
		}
		if n == len(w) {
			return true
		}
	}
	return false
}

func (s *scanner) splitLines() {
	text := s.text
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s.lines = append(s.lines, lineSpan{start: start, end: end, blank: isBlank(text[start:end])})
		start = end + 1
	}
}

func (s *scanner) tokenizeWanted() {
	nb := int32(-1)
	prev := -2
	for i, l := range s.lines {
		if l.blank {
			continue
		}
		nb++
		if !l.want {
			continue
		}
		s.tokenizeLine(l.start, l.end, nb, prev != i-1)
		prev = i
	}
}

func isBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// readAll reads the elements of every token.
func (s *scanner) readAll() {
	for i := 0; i < len(s.toks); {
		i = s.readAt(i)
	}
}
