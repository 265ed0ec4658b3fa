package timetext

import "strings"

// clockAt reads a clock time at i and the end of a range written after it
// ("10:00–11:00", "de 14h à 15h", "2-2:45pm"). A number is read as an
// hour only when something says it is one: a colon, am/pm, "Uhr", "h"
// with minutes, or a word before it that announces a time ("um", "kl",
// "alle", "à"). iso is set after the "T" of ISO 8601.
func (s *scanner) clockAt(i int, iso bool) (elem, bool) {
	if s.tok(i).kind == tWord {
		return s.wordClock(i)
	}
	if e, ok := s.cjkClock(i); ok {
		return e, true
	}
	if !iso && !s.freeStart(i) {
		return elem{}, false
	}
	c, j, lang, ok := s.clockCore(i)
	if !ok {
		return elem{}, false
	}
	if !c.hasMin && c.mer == 0 && s.gluedPunct(j, '-') && s.glued(j+1) && lengthUnits[s.wordOf(j+1)] {
		// "a 10-minute walk", "a 2-hour workshop": a length, whatever
		// cue stands before it.
		return elem{}, false
	}
	if !c.hasMin && c.mer == 0 {
		// "alle 11 e mezza", "às 11 e meia", "a las 11 y cuarto", "alle
		// 11 e trenta": the minutes in words after an hour in figures.
		if k, mins, ok := s.fraction(j); ok {
			c.addFraction(mins)
			j = k
		} else if mins, k, ok := s.minutesInWords(j, false); ok {
			c.min, c.hasMin, j = mins, true, k
		}
	}
	if !c.hasMin && c.mer == 0 && c.h >= 1 && c.h <= 12 {
		// "pop in Thursday 2-ish", "tomorrow 10ish": an English hour,
		// roughly, which only a time of day is.
		if k, ok := s.ishAt(j); ok {
			c.sure, lang, j = true, en, k
		}
	}
	cue, fromCue := s.cueBefore(i, c)
	if cue && c.mer == 0 && c.h >= 1 && c.h <= 11 {
		// "Freitag nachmittag ab 4", "Friday afternoon at 4": the part
		// of the day stands before the cue.
		if mer := s.daypartBefore(i); mer != 0 {
			c.mer, c.sure = mer, true
		}
	}
	if c.mer == 0 && c.h >= 1 && c.h <= 11 {
		if mer := s.huDaypartBefore(i); mer != 0 {
			c.mer, c.sure, lang = mer, true, hu
		}
	}
	if cue && lang < 0 {
		// "12/10 at 2 ET": a date in digits, then the English cue. The
		// cue says the hour is English, and so in the afternoon (see
		// clockOf); so do Arabic "الساعة" and Persian "ساعت".
		if m, ok := s.mean(i-1, kCue); ok && afternoonRule(int8(m.lang)) {
			lang = int8(m.lang)
		}
	}
	between := s.betweenBefore(i)
	cue = cue || iso || between
	e := elem{kind: eClock, t0: i, lang: lang, c: c}
	// "下午3:00", "午後3:00", "오후 3:00": the half of the day that
	// Chinese, Japanese and Korean write before the hour.
	if w := s.wordOf(i - 1); e.c.mer == 0 && (cjkPM[w] || cjkAM[w]) && e.c.sure {
		e.t0 = i - 1
		if e.c.h >= 1 && e.c.h <= 12 {
			e.c.mer = merAM
			if cjkPM[w] {
				e.c.mer = merPM
			}
		}
	}
	if end, k, ok := s.rangeEnd(j, e.c, fromCue || between || s.fromBeforeCue(i), between); ok {
		e.end, j = end, k
		if end.sure {
			e.c.sure = true
		}
	} else if isTilde(s.tok(j)) && s.tok(j+1).kind != tNum {
		// "14:00〜（日本時間）": a range left open, from two o'clock.
		j++
	}
	switch {
	case e.c.sure:
	case fromCue && !e.end.ok:
		// "de 1h", "von 2 Stunden": a length, unless a range's end follows.
		return elem{}, false
	case cue && e.c.hmark:
		// "à 14h" then a capitalised word ("à 14h\n\nNous vous ..."):
		// the French "h" after a cue is a time, whatever follows.
	case cue && (e.c.hasMin || e.end.ok || s.benign(j) || s.dayJustBefore(i) && !s.nameAt(j)):
	case (e.c.hmark || s.is(j-1, "hrs") || s.is(j-1, "hr") || s.is(j-1, "h")) && s.dayJustBefore(i) && !s.nameAt(j) &&
		!s.lengthOf(j):
		// "mañana 10 hrs", "demain 10h", "jueves 17, 10 hrs": an hour
		// marked as one, right after its day, with no cue between.
	case e.end.ok && !e.end.sure && s.dayJustBefore(i) && !s.nameAt(j):
		// "this Saturday (12th), 6 till 10": a shift's hours, bare,
		// right after its day (rangeEnd took "till" for them).
	case lang == lt && s.is(j-1, "val") && s.dayJustBefore(i):
		// "sausio 7 d. 10 val.": Lithuanian names the hour so, after
		// its day.
	case e.c.hasMin && s.saysWhoseTime(j):
		// "10.30 our time 11.30 yours tmrw": minutes after a dot, then
		// what only follows a time of day.
	default:
		return elem{}, false
	}
	if !s.freeEnd(j) {
		return elem{}, false
	}
	e.t1 = j
	return e, true
}

// ishAt reads "-ish" or "ish" at j, right after a number, and returns
// the token after it.
func (s *scanner) ishAt(j int) (int, bool) {
	if s.punct(j, '-') && s.is(j+1, "ish") && s.tok(j).pos == s.tok(j-1).end {
		return j + 2, true
	}
	if s.is(j, "ish") && s.tok(j).pos == s.tok(j-1).end {
		return j + 1, true
	}
	return j, false
}

// clockCore reads "14:30", "14.30", "14h30", "9h", "4pm", "10 a.m.",
// "14 Uhr", "13.00 uur", "10:00 h", "10 de la mañana" at i, without a
// range. It returns the clock, the token after it and the language of a
// word that decided (-1 when none did).
func (s *scanner) clockCore(i int) (clock, int, int8, bool) {
	h, nh, ok := s.num(i)
	if ok && nh == 4 && h/100 <= 23 && h%100 <= 59 {
		// "1500 hrs", "0930 hours", "1430h": the military and British
		// forces' way, four figures and a word for hours after them.
		// "1200 hours" may also be a length of time: "hours" only
		// after "at" or with the hour's leading zero.
		j := i + 1
		hours := s.is(j, "hours") && (s.is(i-1, "at") || h < 1000)
		if s.is(j, "hrs") || s.is(j, "hr") || hours || s.is(j, "h") && s.glued(j) {
			return clock{ok: true, h: h / 100, min: h % 100, hasMin: true, sure: true}, j + 1, en, true
		}
	}
	if !ok || nh > 2 || h > 23 {
		return clock{}, 0, -1, false
	}
	c := clock{ok: true, h: h, pad: nh == 2 && h < 10}
	lang := int8(-1)
	hmark := false
	j := i + 1
	switch {
	case s.gluedPunct(j, ':'):
		mm, nm, ok := s.num(j + 1)
		if !ok || nm != 2 || mm > 59 || !s.glued(j+1) {
			return clock{}, 0, -1, false
		}
		c.min, c.hasMin, c.sure = mm, true, true
		j += 2
		if ss, ns, ok := s.num(j + 1); ok && s.gluedPunct(j, ':') && s.glued(j+1) && ns == 2 && ss < 60 {
			j += 2
		}
	case s.gluedPunct(j, '.'):
		if mm, nm, ok := s.num(j + 1); ok && nm == 2 && mm <= 59 && s.glued(j+1) {
			c.min, c.hasMin = mm, true
			j += 2
		} else if s.is(j+1, "uri") {
			j++ // Slovenian "ob 10. uri", at the tenth hour
		}
	case s.is(j, "h") && (s.glued(j) || s.tok(j+1).kind == tNum),
		// Flemish writes the hour with "u" (for "uur") as the French
		// do with "h": "om 9u30", "vanaf 14u". Only glued: "9 u" is
		// nothing.
		s.is(j, "u") && s.glued(j) && (s.tok(j+1).kind != tNum || s.glued(j+1)):
		hmark = true
		j++
		if mm, nm, ok := s.num(j); ok && nm == 2 && mm <= 59 {
			c.min, c.hasMin, c.sure = mm, true, true
			j++
		}
	}
	if mer, k := s.meridiemAt(j); mer != 0 {
		c.mer, c.sure, j = mer, true, k
	}
	// After "AM"/"PM" no unit follows: "02:15 PM Heure de l'Est", as
	// Zoom writes in French, starts the zone's name.
	if m, ok := s.mean(j, kSuffix); ok && !(hmark && (s.is(j, "h") || s.is(j, "u"))) && !(c.mer != 0 && !s.is(j, "o'clock")) {
		// "Uhr", "o'clock" and "órakor" name a time; "2 uur", "2
		// heures", "10 hrs", "2 óra" may be lengths, unless minutes are
		// written ("13.00 uur").
		if c.hasMin || s.is(j, "uhr") || s.is(j, "o'clock") || s.is(j, "orakor") || s.is(j, "oratol") {
			c.sure = true
		}
		lang = langOf(m)
		j++
	} else if k, ok := s.caseAfterClock(j); ok {
		c.sure, lang, j = true, hu, k
	} else if k, ok := s.aposAfterClock(j); ok {
		// "14.30'da", "14:00'te": at that time. "10'da" may be "in
		// 10" (a page, a year): without minutes only a cue says.
		c.sure, lang, j = c.sure || c.hasMin, tr, k
	} else if h == 12 && (s.is(j, "noon") || s.is(j, "midday")) {
		c.sure, lang = true, en
		j++
	}
	if c.mer == 0 {
		if mer, k, l := s.daypartAt(j); mer != 0 {
			c.mer, c.sure, j, lang = halfOfDay(mer, h), true, k, l
		}
	}
	if hmark {
		c.hmark = true
	}
	if c.mer != 0 && (h == 0 || h > 12) {
		c.mer = 0 // "14:00 PM": the 24-hour figure wins
	}
	return c, j, lang, true
}

// meridiemAt reads "am", "PM", "a.m.", "p.m.", "p. m." at j. "am" written apart
// before a weekday, month or number is the German "am" ("10 am Montag");
// glued to the hour ("8am Wednesday") it is the meridiem.
func (s *scanner) meridiemAt(j int) (int8, int) {
	t := s.tok(j)
	if t.kind != tWord {
		return 0, j
	}
	var mer int8
	k := j + 1
	switch {
	case s.is(j, "am"), s.is(j, "pm"):
		if s.is(j, "am") && t.space {
			if s.tok(j+1).kind == tNum {
				return 0, j
			}
			if _, ok := s.weekdayAt(j + 1); ok {
				return 0, j
			}
			if _, ok := s.mean(j+1, kMonth); ok {
				return 0, j
			}
			// "um halb drei am Nachmittag": German "am" before a part of
			// the day, which daypartAt reads.
			for _, w := range [...]string{"nachmittag", "vormittag", "abend", "morgen", "mittag"} {
				if s.is(j+1, w) {
					return 0, j
				}
			}
		}
		mer = merAM
		if s.is(j, "pm") {
			mer = merPM
		}
		return mer, k // a period after "pm" ends the sentence
	case (s.is(j, "a") || s.is(j, "p")) && s.gluedPunct(j+1, '.') && s.is(j+2, "m") && (s.glued(j+2) || s.gluedPunct(j+3, '.')):
		// "p.m.", and "p. m." as Spanish style guides write it (the
		// spaced form only with both full stops).
		mer = merAM
		if s.is(j, "p") {
			mer = merPM
		}
		k = j + 3
	case s.arabic && (s.is(j, "ق") || s.is(j, "ب")) && s.gluedPunct(j+1, '.') && s.is(j+2, "ظ") && s.mask&(1<<fa) != 0:
		// Persian "ق.ظ" and "ب.ظ", before and after noon, as forms and
		// calendars print them ("۱۰:۳۰ ق.ظ").
		mer = merAM
		if s.is(j, "ب") {
			mer = merPM
		}
		k = j + 3
	default:
		return 0, j
	}
	if s.gluedPunct(k, '.') {
		k++
	}
	return mer, k
}

type daypart struct {
	words []string
	mer   int8
	lang  int8
}

// dayparts say am or pm in words after a clock time ("4 de la tarde",
// "8 heures du soir", "3 in the afternoon").
var dayparts = func() []daypart {
	var out []daypart
	for _, d := range []struct {
		phrases string
		mer     int8
		lang    int8
	}{
		{"in the morning", merAM, en},
		{"in the afternoon|in the evening", merPM, en},
		{"morgens|vormittags|fruh|am morgen|am vormittag", merAM, de},
		{"nachmittags|abends|am nachmittag|am abend", merPM, de},
		{"du matin", merAM, fr},
		{"de l'apres midi|du soir|de l'aprem", merPM, fr},
		{"de la manana|por la manana", merAM, es},
		{"de la tarde|de la noche|por la tarde", merPM, es},
		{"di mattina|del mattino|della mattina", merAM, it},
		{"del pomeriggio|di pomeriggio|di sera|della sera", merPM, it},
		{"da manha|de manha", merAM, pt},
		{"da tarde|da noite|de tarde", merPM, pt},
		{"s ochtends", merAM, nl},
		{"s middags|s avonds", merPM, nl},
		{"rano|przed poludniem", merAM, pl},
		{"po poludniu|wieczorem", merPM, pl},
		{"pa formiddagen|pa morgonen", merAM, sv},
		{"pa eftermiddagen|pa kvallen", merPM, sv},
		{"om formiddagen|om morgenen", merAM, da},
		{"om eftermiddagen|om aftenen", merPM, da},
		{"pa formiddagen|om formiddagen", merAM, no},
		{"pa ettermiddagen|om ettermiddagen|om kvelden", merPM, no},
		{"aamulla|aamupaivalla", merAM, fi},
		{"iltapaivalla|illalla", merPM, fi},
		{"rano|dopoledne", merAM, cs},
		{"odpoledne|vecer", merPM, cs},
		{"rano|dopoludnia|doobeda", merAM, sk},
		{"popoludni|poobede|vecer", merPM, sk},
		{"dimineata", merAM, ro},
		{"dupa amiaza|dupa amiaza|seara", merPM, ro},
		{"ujutro|prijepodne", merAM, hr},
		{"poslijepodne|popodne|navecer", merPM, hr},
		{"ujutru|prepodne|ујутру|преподне", merAM, sr},
		{"popodne|uvece|поподне|увече", merPM, sr},
		{"zjutraj|dopoldne", merAM, sl},
		{"popoldne|zvecer", merPM, sl},
		{"сутринта", merAM, bg},
		{"следобед|вечерта", merPM, bg},
		// "о 3 годині дня", "в 3 часа дня": of the day, after noon.
		{"ранку|зранку", merAM, uk},
		{"дня|вечора", merPM, uk},
		{"утра", merAM, ru},
		{"дня|вечера", merPM, ru},
		{"ryto", merAM, lt},
		{"po pietu|vakaro", merPM, lt},
		{"no rita", merAM, lv},
		{"pecpusdiena|vakara", merPM, lv},
		{"hommikul", merAM, et},
		{"parastlounal|ohtul", merPM, et},
		// Arabic: "صباحاً" and its abbreviation "ص" (a.m.), "مساءً" and
		// "م" (p.m.; after a year "م" is AD, which yearAfter reads
		// first), "ظهراً" around noon and "ليلاً" at night (see
		// halfOfDay). Folded: no tanween, "ة" as "ه".
		{"صباحا|صباح|ص|فجرا", merAM, ar},
		{"مساء|مساءا|م|عصرا|عصر|بعد الظهر|بعد الظهيره", merPM, ar},
		{"ظهرا|ظهر|الظهر", merNoon, ar},
		{"ليلا|ليل|الليل", merNight, ar},
		// Persian: "صبح" morning, "بعدازظهر" (also apart) and "عصر"
		// afternoon, "ظهر" noon, "شب" night. ("ق.ظ" and "ب.ظ": see
		// meridiemAt.)
		{"صبح|بامداد|قبلازظهر|قبل از ظهر", merAM, fa},
		{"بعدازظهر|بعد از ظهر|عصر", merPM, fa},
		{"ظهر", merNoon, fa},
		{"شب", merNight, fa},
	} {
		for _, p := range strings.Split(d.phrases, "|") {
			out = append(out, daypart{strings.Fields(p), d.mer, d.lang})
		}
	}
	return out
}()

func (s *scanner) daypartAt(j int) (int8, int, int8) {
	if s.punct(j, '\'') || s.punct(j, '’') {
		j++ // Dutch "'s middags"
	}
	t := s.tok(j)
	if t.kind != tWord {
		return 0, j, -1
	}
	for _, d := range daypartsAt[string(s.fold[t.k0:t.k1])] {
		if s.mask&(1<<d.lang) == 0 {
			continue
		}
		if k, ok := s.words(j, d.words); ok {
			return d.mer, k, d.lang
		}
	}
	return 0, j, -1
}

// daypartsAt holds dayparts by their first word, in their order: a
// number is followed by one of them far less often than the list is long.
var daypartsAt = func() map[string][]daypart {
	m := map[string][]daypart{}
	for _, d := range dayparts {
		m[d.words[0]] = append(m[d.words[0]], d)
	}
	return m
}()

// daypartBefore reads a part of the day written before the cue of the
// hour at i ("nachmittag ab 4", "afternoon at 4", "vendredi soir vers 7"),
// with at most one word between ("früh so ab halb 9").
func (s *scanner) daypartBefore(i int) int8 {
	for p := i - 2; p >= i-3 && p >= 0; p-- {
		t := s.tok(p)
		if t.kind != tWord {
			return 0
		}
		if mer, ok := daypartWords[string(s.fold[t.k0:t.k1])]; ok {
			return mer
		}
	}
	return 0
}

// daypartWords are the parts of the day a weekday takes before its hour,
// folded as the scanner folds words.
var daypartWords = map[string]int8{
	"afternoon": merPM, "evening": merPM, "nachmittag": merPM, "abend": merPM, "midi": merPM, "soir": merPM,
	"tarde": merPM, "pomeriggio": merPM, "sera": merPM, "middag": merPM, "avond": merPM, "eftermiddag": merPM,
	"ettermiddag": merPM, "iltapaivalla": merPM, "odpoledne": merPM, "popoludniu": merPM, "wieczorem": merPM,
	"morning": merAM, "vormittag": merAM, "fruh": merAM, "matin": merAM, "mattina": merAM, "ochtend": merAM,
	"formiddag": merAM, "dopoledne": merAM, "aamulla": merAM, "rano": merAM,
	"popoludni": merPM, "poobede": merPM, "dopoludnia": merAM, "doobeda": merAM,
	"amiaza": merPM, "seara": merPM, "dimineata": merAM, "ogleden": merPM, "aksam": merPM, "sabah": merAM,
	// "مساء الأحد الساعة ٧", "فردا صبح ساعت ۱۰", "فردا شب ساعت ۸".
	"صباح": merAM, "صباحا": merAM, "مساء": merPM, "عصرا": merPM, "صبح": merAM, "عصر": merPM, "بعدازظهر": merPM, "شب": merPM,
}

// words matches the folded words ws from token j on, allowing a hyphen
// between them ("l'après-midi"), and returns the token after them.
func (s *scanner) words(j int, ws []string) (int, bool) {
	for n, w := range ws {
		if n > 0 && s.punct(j, '-') {
			j++
		}
		if !s.is(j, w) {
			return 0, false
		}
		j++
	}
	return j, true
}

// cueBefore reports whether a word that announces a clock time stands
// before token i ("um", "kl.", "a las", "alle ore", "à"), or a label's
// colon ("Heure : 14h"). fromCue is set for the words that open a range
// ("de", "von", "van", "from"), which also open lengths ("de 1h").
func (s *scanner) cueBefore(i int, c clock) (cue, fromCue bool) {
	p := i - 1
	if s.punct(p, ':') {
		return true, false
	}
	if c.hmark && s.punct(p, ',') {
		return true, false
	}
	// "às 10h (14h aí em Berlim)": right after a clock time, opened by a
	// parenthesis or a slash, the hour gives it again.
	if c.hmark && (s.punct(p, '(') || s.punct(p, '/')) && s.clockJustBefore(p) {
		return true, false
	}
	if s.gluedPunct(p, '.') && s.tok(p-1).kind == tWord {
		p-- // "kl.", "godz."
	}
	if s.cueArticle(p) {
		p-- // "verso le 18", "sobre las 18"
	}
	if _, ok := s.mean(p, kCue); !ok {
		return false, false
	}
	return true, s.isFrom(p)
}

// fromBeforeCue reports "from" before the Arabic or Persian word for the
// hour at i-1: "من الساعة ١٠ إلى ١١", "از ساعت ۱۰ تا ۱۱" are ranges said
// in words, as "von 10 bis 11" is.
func (s *scanner) fromBeforeCue(i int) bool {
	return s.arabic && (s.is(i-1, "الساعه") && s.is(i-2, "من") || s.is(i-1, "ساعت") && s.is(i-2, "از"))
}

// isFrom reports whether word i opens a range ("von", "from", "de"). (Not
// Bulgarian "от": "от 14 ч." is at 14:00.)
func (s *scanner) isFrom(i int) bool {
	for _, w := range [...]string{"de", "von", "van", "from", "dalle", "od", "das", "desde", "vanaf", "с", "з", "від", "nuo", "alates", "من", "از"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// cueArticle reports the article a Romance language puts between a cue
// and its hour: "verso le 18", "sobre las 18", "vers les 18h".
func (s *scanner) cueArticle(p int) bool {
	for _, a := range [...]string{"le", "la", "les", "las", "los", "as", "os"} {
		if s.is(p, a) {
			_, ok := s.mean(p-1, kCue)
			return ok
		}
	}
	return false
}

// nameAt reports a number or a capitalised word at j: "at 10 Downing
// Street" is an address.
func (s *scanner) nameAt(j int) bool {
	t := s.tok(j)
	return t.kind == tNum || t.kind == tWord && t.capital
}

// clockJustBefore reports a clock time (and its zone) read right before
// the token at p.
func (s *scanner) clockJustBefore(p int) bool {
	for k := len(s.elems) - 1; k >= 0 && k >= len(s.elems)-2; k-- {
		switch e := s.elems[k]; e.kind {
		case eClock:
			return e.t1 >= p-1
		case eZone:
			continue
		default:
			return false
		}
	}
	return false
}

// dayJustBefore reports a day read right before the cue of the clock at
// i: "Thursday at 11 it is" is a time whatever follows it.
func (s *scanner) dayJustBefore(i int) bool {
	if len(s.elems) == 0 {
		return false
	}
	last := s.elems[len(s.elems)-1]
	switch last.kind {
	case eDate, eWeekday, eRel:
		return last.t1 >= i-3
	}
	return false
}

// lengthOf reports "de" or "of" at j before anything but a place: "10 hrs
// de trabajo" is ten hours of work, "10 hrs de Chile" ten o'clock there.
func (s *scanner) lengthOf(j int) bool {
	if !s.is(j, "de") && !s.is(j, "of") {
		return false
	}
	_, _, place := s.cityAt(j + 1)
	return !place
}

// moveToBefore reports the word a move puts before its new time, right
// before i: "flytter det til halv elleve", "auf halb elf verschoben",
// "moved to half ten", "naar half elf". Only a spoken half or quarter
// hour counts after it: "to 3 people" is no time.
func (s *scanner) moveToBefore(i int) bool {
	for _, w := range [...]string{"til", "till", "to", "auf", "naar", "na"} {
		if s.is(i-1, w) {
			return true
		}
	}
	// "can we make it half 2 tomorrow instead?"
	return s.is(i-1, "it") && s.is(i-2, "make")
}

// benign reports whether the token at j may follow a bare hour: "at 10"
// is a time before "on Monday" or at the end, not before "Main Street".
func (s *scanner) benign(j int) bool {
	t := s.tok(j)
	switch t.kind {
	case tNum:
		return false
	case tWord:
		if t.ent != nil || t.upper {
			return true
		}
		// "starting at 10 instead of half 9", "at 10 sharp", "at 10
		// then": words that go on about the time, not a street's or a
		// measure's name.
		for _, w := range benignWords {
			if s.is(j, w) {
				return true
			}
		}
		return false
	case tPunct:
		// "recepce ve 4. patře", "im 4. Stock": a dot glued to the
		// number before a word in lower case makes an ordinal in the
		// languages that write them so; a sentence's end is followed
		// by a capital or a line's end.
		if n := s.tok(j + 1); t.val == '.' && !t.space && n.kind == tWord && !n.capital && !n.nl {
			return false
		}
	}
	return true
}

// saysWhoseTime reports, at j, words that follow a time of day and nothing
// else: its zone ("GMT", "UK time"), whose time it is ("our time",
// "yours"), its day ("tomorrow", "Friday").
func (s *scanner) saysWhoseTime(j int) bool {
	if _, ok := s.zoneAt(j); ok {
		return true
	}
	if s.punct(j, '(') {
		// "23.59 (srednjeevropski čas, CET)": the zone ends what the
		// parenthesis says, in a language followupd has no words of.
		for k := j + 1; k < j+8 && !s.punct(k, ')'); k++ {
			if _, ok := s.zoneAt(k); ok {
				return true
			}
		}
	}
	if _, ok := s.mean(j, kRel); ok {
		return true
	}
	if m, ok := s.mean(j, kWeekday); ok && m.flags&(fAbbr|fRisky) == 0 {
		return true
	}
	switch {
	case s.is(j, "yours"), s.is(j, "mine"):
		return true
	case s.is(j, "our"), s.is(j, "your"), s.is(j, "my"), s.is(j, "their"), s.is(j, "local"):
		return s.is(j+1, "time")
	}
	return false
}

// caseAfterClock reads the case ending Hungarian glues to a time with a
// hyphen, at j: "14:00-kor" (at), "10-től" (from), "11-ig" (until). Any
// of them says the number is a clock time. It returns the token after it.
func (s *scanner) caseAfterClock(j int) (int, bool) {
	if s.mask&(1<<hu) == 0 || !s.gluedPunct(j, '-') || !s.glued(j+1) {
		return 0, false
	}
	switch s.wordOf(j + 1) {
	case "kor", "tol", "ig":
		return j + 2, true
	}
	return 0, false
}

// aposAfterClock reads the case ending Turkish glues to a time with an
// apostrophe, at j: "14:00'te" (at), "10'dan" (from), "15:00'e" (to),
// and returns the token after it.
func (s *scanner) aposAfterClock(j int) (int, bool) {
	if s.mask&(1<<tr) == 0 || !(s.gluedPunct(j, '\'') || s.gluedPunct(j, '’')) || !s.glued(j+1) {
		return 0, false
	}
	switch s.wordOf(j + 1) {
	case "te", "ta", "de", "da", "ten", "tan", "den", "dan", "e", "a", "ye", "ya":
		return j + 2, true
	}
	return 0, false
}

// huDaypartBefore reads the part of the day Hungarian writes before an
// hour, at i-1: "du. 2 órakor" (p.m.), "de. 10-kor", "délután 3-kor",
// "reggel 9-kor". "du." and "de." only on a Hungarian line, with their
// dot: elsewhere they are French and Spanish words.
func (s *scanner) huDaypartBefore(i int) int8 {
	if s.mask&(1<<hu) == 0 {
		return 0
	}
	p := i - 1
	if s.gluedPunct(p, '.') && s.tok(p).lang == hu {
		switch {
		case s.is(p-1, "du"):
			return merPM
		case s.is(p-1, "de"):
			return merAM
		}
		return 0
	}
	switch {
	case s.is(p, "delutan"), s.is(p, "este"):
		if s.tok(p).lang == hu {
			return merPM
		}
	case s.is(p, "delelott"), s.is(p, "reggel"):
		return merAM
	}
	return 0
}

var benignWords = [...]string{"instead", "rather", "sharp", "then", "and", "or", "but", "please", "latest",
	"statt", "anstatt", "anstelle", "pile", "plutôt", "invece", "en"}

// isTilde reports the tilde Chinese, Japanese and Korean write for "to"
// and, after a time alone, for "from" ("14:00〜"). Big5 and Shift_JIS
// converters map their wave dash to U+223C "∼" as often as to "～".
func isTilde(t *token) bool {
	return t.kind == tPunct && (t.val == '~' || t.val == '～' || t.val == '〜' || t.val == '∼')
}

func isDash(t *token) bool {
	if t.kind != tPunct {
		return false
	}
	switch t.val {
	case '-', '–', '—', '‒', '−', '~', '～', '〜', '∼':
		return true
	}
	return false
}

// rangeEnd reads the end of a range after a clock time: a dash or "to",
// "bis", "à", "tot", "till", "do", then a clock. The end must look like a
// clock itself, or both ends alike ("14.00–15.00", "14h à 15h").
func (s *scanner) rangeEnd(j int, start clock, from, between bool) (clock, int, bool) {
	t := s.tok(j)
	dash := isDash(t)
	// "14:00-tól 15:00-ig", "14 órától 15 óráig": Hungarian glues
	// "from" to the start and "until" to the end, with nothing between.
	huFrom := s.mask&(1<<hu) != 0 && (s.is(j-1, "tol") && s.gluedPunct(j-2, '-') || s.is(j-1, "oratol"))
	if !dash && !huFrom {
		_, ok := s.mean(j, kRange)
		if !ok && !(between && s.isAnd(j)) {
			return clock{}, 0, false
		}
	}
	if huFrom {
		e, k, _, ok := s.clockCore(j)
		if !ok || !(s.is(k-1, "ig") || s.is(k-1, "oraig")) {
			return clock{}, 0, false
		}
		e.sure = true
		return e, k, true
	}
	// "13.30 – ca. 16.00 Uhr", "1.30 – approx. 4pm": an end said to be
	// about then is the range's end all the same.
	j++
	if s.arabic && (s.is(j, "الساعه") || s.is(j, "ساعت")) {
		j++ // "إلى الساعة ١١", "تا ساعت ۱۱": the end's own cue
	}
	if s.is(j-1, "pana") && s.is(j, "la") {
		j++ // "până la 15:00"
	}
	for _, w := range approxWords {
		if s.is(j, w) {
			j++
			if s.punct(j, '.') {
				j++
			}
			break
		}
	}
	e, k, lang, ok := s.clockCore(j)
	if !ok {
		return clock{}, 0, false
	}
	switch {
	case e.sure:
	case start.sure && dash && !t.nl:
		// A dash that opens the next line is a list's bullet as often:
		// "10:00\n- 11 Aralık ..." is no range to 11.
	case e.hasMin && start.hasMin:
	case e.hmark && start.hmark:
	case lang >= 0:
		// "de 14 a 15 h", "de 9 à 10 heures": the word after the end
		// says both are hours.
	case from && !dash && e.h > start.h && e.h <= 24:
		// "dalle 14 alle 15", "van 14 tot 15", "zwischen 14 und 15":
		// a range said in words, from an hour to a later one.
	case (s.is(j-1, "till") || s.is(j-1, "until")) && e.h > start.h && e.h <= 12:
		// "a trial shift this Saturday (12th), 6 till 10": English
		// says a shift's hours so, bare; "till" is no list's "to".
	default:
		return clock{}, 0, false
	}
	return e, k, true
}

// approxWords (folded) say a range's end is approximate: "ca.",
// "approx.", "etwa", "environ", "aprox.", "ongeveer", "ok.", "noin".
var approxWords = [...]string{"ca", "circa", "approx", "approximately", "about", "around", "etwa", "gegen", "env",
	"environ", "aprox", "aproximadamente", "ongeveer", "ok", "cirka", "noin", "kolem", "cca", "okolo", "priblizne", "kb",
	"korulbelul", "aproximativ"}

// isAnd reports the word for "and" at j, which ends a range that
// "between" began.
func (s *scanner) isAnd(j int) bool {
	for _, w := range [...]string{"and", "und", "y", "e", "et", "en", "och", "og", "i", "a", "ja", "si"} {
		if s.is(j, w) {
			return true
		}
	}
	return false
}

// betweenBefore reports the word for "between" right before i:
// "zwischen 14 und 15 Uhr", "entre 14 y 15", "mellan 14 och 15".
func (s *scanner) betweenBefore(i int) bool {
	for _, w := range [...]string{"between", "zwischen", "entre", "tra", "fra", "tussen", "mellan", "mellem", "miedzy", "pomiedzy", "medzi", "intre"} {
		if s.is(i-1, w) {
			return true
		}
	}
	return false
}

// wordClock reads a clock time written in words: "noon", "midi",
// "half past two", "quarter to three", "three o'clock".
func (s *scanner) wordClock(i int) (elem, bool) {
	e := elem{kind: eClock, t0: i, lang: en}
	c := clock{ok: true, sure: true}
	j := i + 1
	if m, ok := s.mean(i, kNoon); ok {
		if s.punct(i-1, '-') && s.is(i-2, "apres") {
			return elem{}, false // "après-midi" is the afternoon, not noon
		}
		c.h, e.lang = int(m.val), langOf(m)
	} else if s.mask&(1<<pt) != 0 && s.is(i, "meio") && s.punct(i+1, '-') && s.is(i+2, "dia") {
		c.h, e.lang, j = 12, pt, i+3
	} else if h, english, ok := s.halfBefore(i); ok {
		// "um halb drei" is 2:30; the UK's "half two" is 2:30 too.
		c.h, c.min, c.hasMin, c.spoken, j = h, 30, true, true, i+2
		if !english {
			c.h = h - 1
			if c.h == 0 {
				c.h = 12
			}
		}
		if cue, _ := s.cueBefore(i, c); !cue && !s.dayJustBefore(i) && !s.moveToBefore(i) && !(english && s.proposedAsClock(i)) {
			return elem{}, false
		}
		e.lang = -1
	} else if h, min, k, ok := s.quarterClock(i); ok {
		// "um Viertel nach zehn", "kwart voor drie", "kvart över tio".
		c.h, c.min, c.hasMin, c.spoken, j = h, min, true, true, k
		if cue, _ := s.cueBefore(i, c); !cue && !s.dayJustBefore(i) && !s.moveToBefore(i) {
			return elem{}, false
		}
		e.lang = -1
	} else if w, ok := s.mean(i, kNumWord); ok && !s.is(i+1, "o'clock") && !s.is(i, "half") && !s.is(i, "quarter") {
		// "a las nueve de la mañana", "um neun Uhr", "à neuf heures et
		// demie", "o dziewiątej": an hour in words after a word that
		// announces a time, said to be one by what follows it or by the
		// day right before it.
		c.h, c.sure, c.spoken, e.lang = int(w.val), false, true, langOf(w)
		if w.lang == ar {
			// "الحادية عشرة", "الثانية عشرة": eleven and twelve.
			if s.is(j, "عشره") || s.is(j, "عشر") {
				if c.h == 2 {
					c.h = 12
				}
				j++
			} else if c.h == 11 {
				return elem{}, false
			}
		}
		if c.h == 10 && s.punct(i+1, '-') {
			// "dix-sept heures": French counts 17 to 19 as ten and a unit.
			for k, u := range [...]string{"sept", "huit", "neuf"} {
				if s.is(i+2, u) {
					c.h, j = 17+k, i+3
				}
			}
		}
		if cue, fromCue := s.cueBefore(i, c); (!cue || fromCue) && w.flags&fCued == 0 {
			return elem{}, false
		}
		// "segunda etapa: una entrevista técnica": one is the article
		// of most of these languages; after a label's colon it is an
		// hour only with the hour's word ("Hora: una de la tarde" no,
		// "Uhrzeit: ein Uhr" yes).
		if c.h == 1 && s.punct(i-1, ':') {
			if _, ok := s.mean(j, kSuffix); !ok {
				return elem{}, false
			}
		}
		if k, mins, ok := s.fraction(j); ok {
			c.addFraction(mins)
			j = k
		}
		if _, ok := s.mean(j, kSuffix); ok && !s.is(j, "h") && !s.is(j, "u") {
			c.sure = true
			j++
			if k, mins, ok := s.fraction(j); ok && !c.hasMin { // "dix heures et demie"
				c.addFraction(mins)
				j = k
			}
		}
		if !c.hasMin {
			// "dix heures trente", "alle dieci e trenta".
			if mins, k, ok := s.minutesInWords(j, c.sure || e.lang == en); ok {
				c.min, c.hasMin, j = mins, true, k
			}
		}
		if mer, k, _ := s.daypartAt(j); mer != 0 {
			c.mer, c.sure, j = halfOfDay(mer, c.h), true, k
		}
		if !c.sure && (!s.dayJustBefore(i) || s.partitiveAt(j)) {
			return elem{}, false // "on Monday, at two of our sites"
		}
		e.c, e.t1 = c, j
		return e, true
	} else if s.mask&(1<<en) == 0 {
		return elem{}, false
	} else if s.is(i, "half") || s.is(i, "quarter") {
		var to bool
		switch {
		case s.is(j, "past") || s.is(j, "after"):
		case s.is(j, "to") && s.is(i, "quarter"), s.is(j, "of") && s.is(i, "quarter"):
			to = true
		default:
			return elem{}, false
		}
		h, ok := s.hourWord(j + 1)
		if !ok {
			return elem{}, false
		}
		j += 2
		c.h, c.min, c.hasMin = h, 30, true
		if s.is(i, "quarter") {
			c.min = 15
			if to {
				c.h, c.min = h-1, 45
				if c.h == 0 {
					c.h = 12
				}
			}
		}
	} else if h, ok := s.hourWord(i); ok && s.tok(i).kind == tWord && s.is(i+1, "o'clock") {
		c.h, j = h, i+2
	} else {
		return elem{}, false
	}
	if mer, k := s.meridiemAt(j); mer != 0 {
		c.mer, j = mer, k
	} else if mer, k, _ := s.daypartAt(j); mer != 0 {
		c.mer, j = halfOfDay(mer, c.h), k
	}
	e.c, e.t1 = c, j
	return e, true
}

// minutesInWords reads the minutes written in words after an hour: after
// "e" or "y" ("alle dieci e trenta", "a las diez y cuarenta", "às quinze
// horas e trinta"), or right after its "heures" or "Uhr", or in English
// right after the hour (direct: "dix heures trente", "at two thirty"); a
// unit may follow the tens ("quarante-cinq", "quarenta e cinco").
func (s *scanner) minutesInWords(j int, direct bool) (int, int, bool) {
	if s.is(j, "e") || s.is(j, "y") {
		j++
	} else if !direct {
		return 0, 0, false
	}
	t := s.tok(j)
	if t.kind != tWord {
		return 0, 0, false
	}
	mins, ok := minuteWords[string(s.fold[t.k0:t.k1])]
	if !ok {
		return 0, 0, false
	}
	j++
	if mins >= 20 && mins%10 == 0 {
		k := j
		if s.punct(k, '-') || s.is(k, "e") || s.is(k, "y") || s.is(k, "et") {
			k++
		}
		if u, ok := s.mean(k, kNumWord); ok && u.val >= 1 && u.val <= 9 && s.tok(k).kind == tWord {
			mins, j = mins+int(u.val), k+1
		}
	}
	return mins, j, true
}

// quarterClock reads a quarter hour in the Germanic languages: "Viertel
// nach zehn" (10:15), "Viertel vor elf" and "dreiviertel elf" (10:45),
// "kwart over/voor", "kvart över/i", "kvart over/i/på". It returns the
// hour and minutes and the token after them.
func (s *scanner) quarterClock(i int) (h, min, next int, ok bool) {
	hourAt := func(j int) (int, bool) {
		m, ok := s.mean(j, kNumWord)
		if !ok || s.tok(j).kind != tWord || m.val > 12 {
			return 0, false
		}
		return int(m.val), true
	}
	before := func(h int) int {
		if h == 1 {
			return 12
		}
		return h - 1
	}
	if s.is(i, "dreiviertel") {
		if h, ok := hourAt(i + 1); ok {
			return before(h), 45, i + 2, true
		}
		return 0, 0, 0, false
	}
	if !s.is(i, "viertel") && !s.is(i, "kwart") && !s.is(i, "kvart") {
		return 0, 0, 0, false
	}
	h, ok = hourAt(i + 2)
	if !ok {
		return 0, 0, 0, false
	}
	switch {
	case s.is(i+1, "nach") || s.is(i+1, "over"): // "över" folds to "over"
		return h, 15, i + 3, true
	case s.is(i+1, "vor") || s.is(i+1, "voor") || s.is(i+1, "i") || s.is(i+1, "pa"):
		return before(h), 45, i + 3, true
	}
	return 0, 0, 0, false
}

// proposedAsClock reports the English proposal of a time written at i
// without a word for "at": "Could we do half three instead?", "shall we
// say half two?".
func (s *scanner) proposedAsClock(i int) bool {
	return s.is(i-1, "do") || s.is(i-1, "say") || s.is(i-1, "it") && s.is(i-2, "make") || s.is(i+2, "instead")
}

// halfBefore reads "halb drei", "half drie", "halv tre", "half two", "půl
// desáté", "pol tretej", "fél háromkor": a word for half and an hour in
// words. It returns the hour named.
func (s *scanner) halfBefore(i int) (h int, english, ok bool) {
	if _, ok := s.mean(i, kClockWord); !ok || !(s.is(i, "halb") || s.is(i, "half") || s.is(i, "halv") || s.is(i, "pul") || s.is(i, "pol") || s.is(i, "fel")) {
		return 0, false, false
	}
	// "um halb 9", "half 9": the hour in figures, as quick mail writes it.
	// Dutch writes "half" too, and means the half before: "om half 11"
	// is 10:30, where the UK's "at half 11" is 11:30. Dutch says so by
	// the word before it.
	if n, digits, ok := s.num(i + 1); ok && digits <= 2 && n >= 1 && n <= 12 {
		dutch := s.is(i-1, "om") || s.is(i-1, "rond") || s.is(i-1, "tegen") || s.is(i-1, "vanaf") || s.is(i-1, "tot")
		return n, s.is(i, "half") && !dutch && s.mask&(1<<en) != 0, true
	}
	m, ok := s.mean(i+1, kNumWord)
	if !ok || s.tok(i+1).kind != tWord {
		return 0, false, false
	}
	return int(m.val), m.lang == en, true
}

// partitiveAt reports "of" and its kin after a number word: "two of our
// sites" counts, it tells no time.
func (s *scanner) partitiveAt(j int) bool {
	for _, w := range [...]string{"of", "von", "de", "des", "du", "di", "dei", "degli", "delle", "del", "dos", "das", "van", "av", "af", "z", "ze"} {
		if s.is(j, w) {
			return true
		}
	}
	return false
}

// fraction reads the half or quarter hour after an hour in words: "y
// media", "y cuarto", "e mezza", "e un quarto", "et demie", "et quart",
// "e meia", "e um quarto", "și jumătate", "și un sfert", "buçukta". It returns the
// token after it and its minutes.
func (s *scanner) fraction(j int) (next, mins int, ok bool) {
	for _, f := range fractions {
		if k, ok := s.words(j, f.words); ok {
			return k, f.mins, true
		}
	}
	if s.arabic {
		for _, f := range arabicFractions {
			if k, ok := s.words(j, f.words); ok {
				return k, f.mins, true
			}
		}
	}
	return 0, 0, false
}

// addFraction sets the minutes a fraction of the hour gives; a negative
// one is that much before the hour ("العاشرة إلا ربعاً" is 9:45).
func (c *clock) addFraction(mins int) {
	c.min, c.hasMin = mins, true
	if mins < 0 {
		c.min += 60
		if c.h--; c.h == 0 && c.spoken {
			c.h = 12
		} else if c.h < 0 {
			c.h = 23
		}
	}
}

// arabicFractions are the fractions of the hour Arabic and Persian say
// after it, folded: "العاشرة والنصف" (10:30), "والربع", "والثلث" (a
// third, 20 minutes), "إلا ربعاً" (a quarter to), "ده و نیم". They are
// asked only of a text in the Arabic script.
var arabicFractions = [...]struct {
	words []string
	mins  int
}{
	{[]string{"والنصف"}, 30}, {[]string{"ونصف"}, 30}, {[]string{"والربع"}, 15}, {[]string{"وربع"}, 15},
	{[]string{"والثلث"}, 20}, {[]string{"وثلث"}, 20}, {[]string{"الا", "ربعا"}, -15}, {[]string{"الا", "ربع"}, -15},
	{[]string{"الا", "ثلثا"}, -20}, {[]string{"الا", "ثلث"}, -20},
	{[]string{"و", "نيم"}, 30}, {[]string{"ونيم"}, 30}, {[]string{"و", "ربع"}, 15},
}

var fractions = [...]struct {
	words []string
	mins  int
}{
	{[]string{"y", "media"}, 30}, {[]string{"y", "cuarto"}, 15}, {[]string{"e", "mezza"}, 30},
	{[]string{"e", "mezzo"}, 30}, {[]string{"e", "un", "quarto"}, 15}, {[]string{"et", "demie"}, 30},
	{[]string{"et", "quart"}, 15}, {[]string{"e", "meia"}, 30}, {[]string{"e", "um", "quarto"}, 15},
	{[]string{"si", "jumatate"}, 30}, {[]string{"si", "un", "sfert"}, 15}, {[]string{"si", "sfert"}, 15},
	{[]string{"bucuk"}, 30}, {[]string{"bucukta"}, 30}, // Turkish "iki buçukta", at half past two
}

// hourWord reads an hour from 1 to 12 written as a figure or an English
// word.
func (s *scanner) hourWord(j int) (int, bool) {
	if h, n, ok := s.num(j); ok && n <= 2 && h >= 1 && h <= 12 {
		return h, true
	}
	if m, ok := s.mean(j, kNumWord); ok {
		return int(m.val), true
	}
	return 0, false
}

// lengthUnits are the units a number glued to them by a hyphen measures
// ("10-minute", "2-hour", "30-Minuten-Gespräch").
var lengthUnits = map[string]bool{
	"minute": true, "minutes": true, "min": true, "mins": true, "hour": true, "hours": true, "hr": true, "hrs": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "year": true, "minuten": true, "minütig": true,
	"minutig": true, "stunden": true, "stündig": true, "stundig": true, "minuto": true, "minutos": true, "minuti": true,
	"minuter": true, "minutter": true, "minut": true, "minuut": true,
}
