package timetext

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A cluster is the elements of one mention: a day (date, relative day,
// weekday), a clock time and a zone, each at most once.
type cluster struct {
	e0, e1              int // elements [e0, e1)
	day, wd, rel, clock int // element indices, -1 when absent
	zone                int // the most precise zone after the clock, -1 when none
	line                int32
	// lead: the zone was written before the day and time, and nothing
	// after them yet ("北京时间12月17日下午3点"): it closes nothing.
	lead bool
}

// trailingZone reports a zone written after c's clock time.
func (c *cluster) trailingZone() bool { return c.zone >= 0 && !c.lead }

func (c *cluster) hasDay(s *scanner) bool {
	if c.rel >= 0 || c.wd >= 0 {
		return true
	}
	return c.day >= 0 && (!s.elems[c.day].weak || c.clock >= 0)
}

// clusters groups the elements into mentions, left to right.
func (s *scanner) clusters() []cluster {
	var out []cluster
	cur := cluster{e0: -1}
	lead := -1 // a zone that may give the next mention's, written before it
	for k := range s.elems {
		e := &s.elems[k]
		// "北京时间 16:00-17:00（柏林时间 09:00-10:00）": a CJK zone's
		// time right before a clock opens that clock's mention, not the
		// end of the one before.
		opens := e.zlead && cur.e0 >= 0 && cur.clock >= 0 && k+1 < len(s.elems) && s.elems[k+1].kind == eClock && s.gapOK(e.t1, s.elems[k+1].t0)
		if cur.e0 >= 0 && !opens && s.joins(&cur, e) {
			s.put(&cur, k)
			continue
		}
		if cur.e0 >= 0 {
			out = append(out, cur)
			cur = cluster{e0: -1}
		}
		if e.kind == eZone {
			// A zone counts only after a clock time, but for a CJK
			// zone's time, which may open the mention.
			lead = -1
			if e.zlead {
				lead = k
			}
			continue
		}
		cur = cluster{e0: k, e1: k, day: -1, wd: -1, rel: -1, clock: -1, zone: -1, line: s.toks[e.t0].line}
		if lead >= 0 && s.gapOK(s.elems[lead].t1, e.t0) {
			cur.e0, cur.zone, cur.lead = lead, lead, true
		}
		lead = -1
		s.put(&cur, k)
	}
	if cur.e0 >= 0 {
		out = append(out, cur)
	}
	return out
}

func (s *scanner) put(c *cluster, k int) {
	c.e1 = k + 1
	switch e := &s.elems[k]; e.kind {
	case eDate:
		c.day = k
	case eWeekday:
		c.wd = k
	case eRel:
		c.rel = k
	case eClock:
		c.clock = k
	case eZone:
		// A zone after the time wins over one before it of the same
		// rank: it is the nearer.
		if c.zone < 0 || e.zrank < s.elems[c.zone].zrank || c.lead && e.zrank == s.elems[c.zone].zrank {
			c.zone = k
		}
		c.lead = c.clock < 0 // only a CJK zone's time joins before the clock (see joins)
	}
}

// joins reports whether element e belongs to the mention c ends with. A
// mention that has its day and its time is complete: a further day starts
// the next one ("Monday at 10am or Tuesday at 2pm").
func (s *scanner) joins(c *cluster, e *elem) bool {
	if !s.gapOK(s.elems[c.e1-1].t1, e.t0) {
		return false
	}
	// "(le brief vous sera envoyé le 8 décembre)" over "15h15 – 16h00 :
	// entretien": an aside's date is not the day of the time after it.
	if s.asideClosed(c, e) {
		return false
	}
	dayish := c.day >= 0 || c.rel >= 0 || c.wd >= 0
	if c.trailingZone() && !dayish && s.fullStopBetween(s.elems[c.e1-1].t1, e.t0) {
		return false // "Call at 3pm EST. Friday works too."
	}
	// "at half two, or Thursday (10th) around 10am": a day after "or"
	// is the next choice's, not the day of the clock before it.
	if c.clock >= 0 && !dayish && e.kind != eZone && e.kind != eClock && s.orBetween(s.elems[c.e1-1].t1, e.t0) {
		return false
	}
	// A weekday and its date written together are one day, also after
	// the clock time ("at 10am on Monday, December 7").
	last := s.elems[c.e1-1].kind
	switch e.kind {
	case eZone:
		// "오후 5시 ~ 6시 (KST)" over "→ Berlin time: Thursday, 9:00
		// AM": a zone on the next line, after the mention's own, is the
		// next line's.
		if c.trailingZone() && s.toks[e.t0].line != s.toks[s.elems[c.zone].t0].line {
			return false
		}
		// "12月11日北京时间下午3点": a CJK zone's time between the day
		// and its clock.
		return c.clock >= 0 || e.zlead && c.zone < 0
	case eClock:
		return c.clock < 0 && !c.trailingZone()
	// A zone ends a mention that has its day; one without a day takes
	// it after the zone ("noon Central on Friday the 4th", "3pm EST on
	// Friday, Dec 4").
	case eDate:
		return c.day < 0 && (!c.trailingZone() || !dayish || last == eWeekday) && (!(c.clock >= 0 && dayish) || last == eWeekday && c.rel < 0)
	case eWeekday:
		// "today if Wednesday 11:00 works": a weekday that is not the
		// relative day's own starts another mention.
		if c.rel >= 0 && !s.relOn(&s.elems[c.rel], e.wd) {
			return false
		}
		return c.wd < 0 && (!c.trailingZone() || !dayish) && (!(c.clock >= 0 && dayish) || last == eDate)
	case eRel:
		if c.wd >= 0 && !s.relOn(e, s.elems[c.wd].wd) {
			return false
		}
		return c.rel < 0 && c.day < 0 && !c.trailingZone() && !(c.clock >= 0 && dayish)
	}
	return false
}

// asideClosed reports whether c was written inside parentheses that
// close before e, within a sentence of its own (words before c in them).
// "Thursday (10th) around 10am" opens them within its mention, and
// "Termin (Dienstag, 8.12.) um 10 Uhr" puts only the day in them: each
// is one mention.
func (s *scanner) asideClosed(c *cluster, e *elem) bool {
	closeAt := -1
	for k := s.elems[c.e1-1].t1; k < e.t0 && k < len(s.toks); k++ {
		if t := &s.toks[k]; t.kind == tPunct && t.val == ')' {
			closeAt = k
			break
		}
	}
	if closeAt < 0 {
		return false
	}
	// An opening parenthesis before the mention, on its line, left open,
	// with words between it and the mention.
	depth, words := 0, 0
	for k := s.elems[c.e0].t0 - 1; k >= 0; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == tPunct && t.val == ')':
			depth++
		case t.kind == tPunct && t.val == '(':
			if depth == 0 {
				return words > 0
			}
			depth--
		case t.kind == tWord && depth == 0 && !s.isConn(k):
			words++
		}
		if t.nl {
			break
		}
	}
	return false
}

// relOn reports whether a relative day ("tomorrow") falls on wd, counted
// from Ref's day where the text is read: "tomorrow, Wednesday" is one day
// only when tomorrow is a Wednesday.
func (s *scanner) relOn(rel *elem, wd time.Weekday) bool {
	ref := s.opt.Ref
	if s.opt.Loc != nil {
		ref = ref.In(s.opt.Loc)
	}
	return ref.AddDate(0, 0, rel.rel).Weekday() == wd
}

// orBetween reports one of orWords among the tokens a to b (exclusive).
func (s *scanner) orBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if w := s.wordOf(k); w != "" && orWords[w] {
			return true
		}
	}
	return false
}

// fullStopBetween reports a full stop among the tokens a to b (exclusive).
func (s *scanner) fullStopBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if t := &s.toks[k]; t.kind == tPunct && t.val == '.' {
			return true
		}
	}
	return false
}

// maxGap is how many bytes may lie between two parts of one mention:
// "3 grudnia 2026 r., o godz. 14:00" has ", o godz. ".
const maxGap = 40

// gapOK reports whether the tokens a to b (exclusive) may stand between
// two parts of one mention: punctuation and small words, or one other
// short word on the same line ("Thursday works, 4pm" no; "Monday 10am"
// yes). A blank line or a sentence's end ("!", "?") ends a mention.
func (s *scanner) gapOK(a, b int) bool {
	if b < a || a <= 0 || b >= len(s.toks) {
		return false
	}
	bytes := s.toks[b].pos - s.toks[a-1].end
	if bytes > maxGap {
		return false
	}
	unknown, crossed := 0, false
	for k := a; k <= b; k++ {
		t := &s.toks[k]
		if t.brk {
			return false
		}
		if t.nl {
			crossed = true
			// "- Wednesday 1/6, 8:00 to 11:00 AM" over "- Thursday
			// 1/7, ...": a list's next item starts the next mention.
			if t.kind == tPunct && (t.val == '-' || t.val == '*' || t.val == '•') {
				return false
			}
		}
		if k == b {
			break
		}
		switch t.kind {
		case tNum:
			return false
		case tPunct:
			if t.val == '!' || t.val == '?' {
				return false
			}
			// "das wäre bei dir 18 Uhr. Alternativ Donnerstag", "won't
			// be able to make 11am. Would Thursday Dec 10 at 2pm": a
			// full stop after a clock's own word ends the sentence.
			// ("giovedì 14/01 h. 10": an hour after it makes "h." the
			// Italian abbreviation that announces it.)
			if t.val == '.' && (s.is(k-1, "uhr") || s.is(k-1, "h") || s.is(k-1, "am") || s.is(k-1, "pm")) &&
				!(s.is(k-1, "h") && s.tok(k+1).kind == tNum) {
				return false
			}
		case tWord:
			// A part of the day ("Thursday morning, say 10") belongs to
			// the mention as much as "at" does.
			if _, part := daypartWords[s.wordOf(k)]; part {
				continue
			}
			if !s.isConn(k) && !s.sameTimeAt(k) {
				unknown++
			}
		}
	}
	// "Dienstag, 08.12.2026, Frühdienst von 6:30 Uhr bis 13:00": the
	// word that names the slot may be longer before a range's "from".
	limit := 14
	if s.isFrom(b - 1) {
		limit = 24
	}
	if unknown == 0 || unknown == 1 && !crossed && bytes <= limit {
		return true
	}
	// "- Thời gian: 14h00 – 15h00, Thứ Năm, ngày 10/12/2026": a form's
	// field holds one time, however many words of a language followupd
	// does not read stand between its parts.
	return unknown <= 3 && !crossed && s.fieldValue(a)
}

// fieldValue reports whether token a stands in the value of a form's
// field (see FieldLine), after its label.
func (s *scanner) fieldValue(a int) bool {
	pos := s.toks[a].pos
	start := strings.LastIndexByte(s.text[:pos], '\n') + 1
	end := strings.IndexByte(s.text[pos:], '\n')
	if end < 0 {
		end = len(s.text) - pos
	}
	line := s.text[start : pos+end]
	i := strings.IndexAny(line, ":：")
	return i >= 0 && i < pos-start && FieldLine(line)
}

// FieldLine reports a line that is a form's field: a short line that
// starts with a label of a few words and a colon ("Thời gian:", "Time:",
// "时间："), whose value is no sentence. ("Small wrinkle though: Rosa's
// now flying back on the 16th, so could we move hers to Thursday 17th?"
// is prose.)
func FieldLine(line string) bool {
	i := strings.IndexAny(line, ":：")
	if i < 0 || len(line) > 120 {
		return false
	}
	label, value := strings.TrimLeft(line[:i], " \t-*•>"), line[i:]
	return label != "" && len(label) <= 30 && len(strings.Fields(label)) <= 3 && !strings.ContainsAny(label, "0123456789.!?") &&
		!strings.Contains(value, ". ") && !strings.ContainsAny(value, "!?")
}

// sameTimeAt reports whether word i is half of "same time" ("gleiche
// Uhrzeit", "même heure", "tej samej porze"), whose other half is next
// to it.
func (s *scanner) sameTimeAt(i int) bool {
	m, ok := s.mean(i, kSame)
	if !ok {
		return false
	}
	other := i + 1
	if m.val == 1 {
		other = i - 1
	}
	if other < 0 || other >= len(s.toks) || s.toks[other].kind != tWord {
		return false
	}
	o, ok := s.mean(other, kSame)
	return ok && o.val != m.val
}

// mentions builds the mentions with a clock time (clock) or those without
// one (FindDates).
func (s *scanner) mentions(clock bool) []Mention {
	cls := s.clusters()
	if len(cls) == 0 {
		return nil
	}
	pairs := s.pairLines(cls)
	var out []Mention
	for i := range cls {
		c := &cls[i]
		if p, ok := pairs[i]; ok {
			if clock && p >= 0 { // i is the day, p the clock
				if m, ok := s.build(c, &cls[p]); ok {
					out = append(out, m)
				}
			}
			continue
		}
		switch {
		case clock && c.clock >= 0 && c.hasDay(s):
			if m, ok := s.build(c, c); ok {
				out = append(out, m)
			}
		case clock && c.clock < 0 && c.hasDay(s) && i+1 < len(cls) && s.sharesClock(c, &cls[i+1]):
			// "Tuesday 1st or Wednesday 2nd at 10am UK time": the
			// clock is both days'; the mention spans its own day.
			if m, ok := s.build(c, &cls[i+1]); ok {
				m.Pos, m.End = s.span(c)
				m.Text = strings.TrimSpace(s.text[m.Pos:m.End])
				out = append(out, m)
			}
		case clock && c.clock >= 0 && i > 0 && len(out) > 0 && s.alternative(&cls[i-1], c, out[len(out)-1]):
			if m, ok := s.alt(out[len(out)-1], c); ok {
				out = append(out, m)
			}
		case clock && c.clock >= 0 && !c.hasDay(s) && len(out) > 0 && s.sharesDay(out[len(out)-1], c):
			// "Thursday 10 December at 9:00, 11:00 or 14:00", "Available
			// slots on Wednesday 9 December: 09:00 09:45 10:30": more
			// clocks offered on the day just named.
			out[len(out)-1].Listed = true
			out = append(out, s.onDayOf(out[len(out)-1], c))
		case !clock && c.clock < 0 && c.hasDay(s) && (c.day < 0 || !s.elems[c.day].weak || c.wd >= 0):
			if m, ok := s.build(c, nil); ok {
				out = append(out, m)
			}
		case !clock && c.clock < 0 && c.day >= 0 && s.elems[c.day].weak && i > 0 && s.weekdayNamed(&cls[i-1], c):
			// "den Freitag drauf machen, also 18.12.": a day and month
			// alone, given for the weekday just before it, which it
			// falls on.
			if m, ok := s.build(c, nil); ok {
				out = append(out, m)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Pos - b.Pos })
	return out
}

// sharesClock reports a day without a clock (c) that takes the clock of
// the day after it, offered as another choice: "Tuesday 1st or Wednesday
// 2nd at 10am", "Montag oder Dienstag um 10 Uhr", "mardi ou mercredi à
// 10h". Only "or" joins them: the words between are one of orWords.
func (s *scanner) sharesClock(c, next *cluster) bool {
	if next.clock < 0 || !next.hasDay(s) || next.line != c.line {
		return false
	}
	_, end := s.span(c)
	pos, _ := s.span(next)
	if pos <= end || pos-end > 8 {
		return false
	}
	or := strings.Trim(s.text[end:pos], " ,")
	if s.text[end-1] == '.' && or != strings.ToLower(or) {
		return false // "I'm off on Monday. Or Tuesday at 10am?"
	}
	return orWords[strings.ToLower(or)]
}

// orWords join two days offered as choices, in the languages read.
var orWords = map[string]bool{
	"or": true, "oder": true, "ou": true, "o": true, "ó": true, "u": true, "oppure": true, "of": true,
	"eller": true, "lub": true, "albo": true, "czy": true, "tai": true, "nebo": true, "či": true, "/": true,
}

// weekdayNamed reports a cluster p that is a weekday alone, on c's line
// and shortly before it, that c's date falls on.
func (s *scanner) weekdayNamed(p, c *cluster) bool {
	if p.wd < 0 || p.day >= 0 || p.rel >= 0 || p.line != c.line {
		return false
	}
	_, end := s.span(p)
	pos, _ := s.span(c)
	if pos-end > maxGap || strings.ContainsAny(s.text[end:pos], "!?") {
		return false
	}
	y, mo, d, ok := s.day(c, s.loc)
	return ok && time.Date(y, mo, d, 12, 0, 0, 0, s.loc).Weekday() == s.elems[p.wd].wd
}

// sharesDay reports a clock time without a day (c) listed right after the
// mention prev, on its line: only white space, a comma or one of orWords
// between them. ("and" lists no choice: "at 9:00 and 14:00" may be two
// parts of one day.)
func (s *scanner) sharesDay(prev Mention, c *cluster) bool {
	// A clock with a zone of its own, or inside the bracket that gives
	// the first its zone ("às 15h00 (hora de Lisboa, 16h00 em
	// Berlim)"), is that time on another clock.
	if !prev.Clock || prev.Alt || c.zone >= 0 || strings.Count(prev.Text, "(") > strings.Count(prev.Text, ")") {
		return false
	}
	pos, _ := s.span(c)
	if pos < prev.End || pos-prev.End > 12 {
		return false
	}
	gap := s.text[prev.End:pos]
	if strings.ContainsAny(gap, "\n") {
		return false
	}
	between := strings.Trim(gap, " \t,")
	if between != "" && (!orWords[strings.ToLower(between)] || between == "/") {
		return false
	}
	// Slots are listed in the day's order: "Montag 11.1. um 9 Uhr, 2h
	// inkl. Tech-Teil" gives a length after the clock, not 2:00.
	h, mins, _ := clockOf(&s.elems[c.clock], prev.Lang == "en" || prev.Lang == "ar" || prev.Lang == "fa")
	return h*60+mins > prev.Start.Hour()*60+prev.Start.Minute()
}

// onDayOf builds the mention of the clock time in c on prev's day and
// clock: another slot offered beside it.
func (s *scanner) onDayOf(prev Mention, c *cluster) Mention {
	loc := prev.Start.Location()
	h, mins, dur := clockOf(&s.elems[c.clock], prev.Lang == "en" || prev.Lang == "ar" || prev.Lang == "fa")
	y, mo, d := prev.Start.Date()
	m := Mention{Start: time.Date(y, mo, d, h, mins, 0, 0, loc), Dur: dur, Zone: prev.Zone, Lang: prev.Lang, Clock: true, Relative: prev.Relative, Listed: true}
	m.Pos, m.End = s.span(c)
	m.Text = strings.TrimSpace(s.text[m.Pos:m.End])
	return m
}

// alternative reports a clock time without a day (c) that gives the
// mention prev (built from the cluster before it, p) again on another
// clock: right after it, opened by a parenthesis, a slash or a bar, in
// the same sentence.
func (s *scanner) alternative(p, c *cluster, prev Mention) bool {
	if c.hasDay(s) || p.clock < 0 || !p.hasDay(s) {
		return false
	}
	pos, _ := s.span(c)
	if pos < prev.End || pos-prev.End > 16 {
		return false
	}
	gap := s.text[prev.End:pos]
	// Chinese, Japanese and Korean write the brackets full-width: "（柏林时间 09:00）".
	return strings.ContainsAny(gap, "(/|[（／［") && !strings.ContainsAny(gap, ".!?؟\n0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
}

// alt builds the mention of the clock time in c on the day, in c's zone,
// nearest the moment prev names: "10pm PT (7am CET)" is the next day in
// Europe.
func (s *scanner) alt(prev Mention, c *cluster) (Mention, bool) {
	loc, zone := s.loc, ""
	if c.zone >= 0 {
		z := &s.elems[c.zone]
		loc, zone = z.loc, z.zname
	}
	h, mins, dur := clockOf(&s.elems[c.clock], prev.Lang == "en" || prev.Lang == "ar" || prev.Lang == "fa")
	y, mo, d := prev.Start.In(loc).Date()
	var best time.Time
	for _, dd := range [...]int{0, -1, 1} {
		t := time.Date(y, mo, d+dd, h, mins, 0, 0, loc)
		if best.IsZero() || absDur(t.Sub(prev.Start)) < absDur(best.Sub(prev.Start)) {
			best = t
		}
	}
	m := Mention{Start: best, Dur: dur, Zone: zone, Lang: prev.Lang, Clock: true, Relative: prev.Relative, Alt: true}
	m.Pos, m.End = s.span(c)
	m.Text = strings.TrimSpace(s.text[m.Pos:m.End])
	return m, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// pairLines pairs a day written alone on a line with a clock time written
// alone within three non-blank lines, after it first, then before it. The
// result maps the day's cluster to the clock's, and the clock's to -1.
func (s *scanner) pairLines(cls []cluster) map[int]int {
	var pairs map[int]int
	for i := range cls {
		d := &cls[i]
		// alone is asked first: it looks at a few tokens only, and a
		// line that passes it is short enough for lineHas to scan.
		if d.clock >= 0 || !d.hasDay(s) || !s.alone(d) || s.lineHas(d, true) || s.wrapped(d) {
			continue
		}
		match := func(j int) bool {
			c := &cls[j]
			if c.clock < 0 || c.hasDay(s) || c.line == d.line || !s.alone(c) || s.lineHas(c, false) || s.wrapped(c) {
				return false
			}
			_, used := pairs[j]
			return !used
		}
		// maxTries bounds the search among clusters of long lines, which
		// are never alone.
		const maxTries = 8
		// Another day alone on its line heads the clocks under it: an
		// itinerary's "Wednesday, January 20 / Arrival at 4:10 pm ... /
		// Thursday, January 21 / 8:00 - 8:45 am Breakfast" gives 8:00
		// to Thursday.
		heading := func(j int) bool {
			c := &cls[j]
			return c.clock < 0 && c.line != d.line && c.hasDay(s) && s.alone(c)
		}
		best := -1
		for j := i + 1; j < len(cls) && j <= i+maxTries && cls[j].line-d.line <= 3 && !heading(j); j++ {
			if match(j) {
				best = j
				break
			}
		}
		for j := i - 1; best < 0 && j >= 0 && j >= i-maxTries && d.line-cls[j].line <= 3 && !heading(j); j-- {
			if match(j) {
				best = j
			}
		}
		if best >= 0 {
			if pairs == nil {
				pairs = map[int]int{}
			}
			pairs[i], pairs[best] = best, -1
		}
	}
	return pairs
}

// wrapped reports whether the line of c goes on with a sentence the line
// above left open, as text wrapped at 72 columns does ("og vi avslutter\n
// ca. kl. 15.30"): no field of its own. The line above ends in a letter,
// a digit or a comma, and this one starts in lower case.
func (s *scanner) wrapped(c *cluster) bool {
	start := s.toks[s.elems[c.e0].t0].pos
	lineStart := strings.LastIndexByte(s.text[:start], '\n') + 1
	if lineStart == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s.text[lineStart:], " \t"))
	if !unicode.IsLower(r) {
		return false
	}
	above := strings.TrimRight(s.text[:lineStart-1], " \t\r")
	last, _ := utf8.DecodeLastRuneInString(above)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// lineHas reports whether another element on the line of c is a clock
// time (clock) or a day (!clock).
func (s *scanner) lineHas(c *cluster, clock bool) bool {
	has := func(k int) bool {
		switch s.elems[k].kind {
		case eClock:
			return clock
		case eDate, eWeekday, eRel:
			return !clock
		}
		return false
	}
	for k := c.e0 - 1; k >= 0 && s.toks[s.elems[k].t0].line == c.line; k-- {
		if has(k) {
			return true
		}
	}
	for k := c.e1; k < len(s.elems) && s.toks[s.elems[k].t0].line == c.line; k++ {
		if has(k) {
			return true
		}
	}
	return false
}

// alone reports whether c fills its line but for a label of up to three
// words before it ("Date:", "Uhrzeit:") and a few words after it.
func (s *scanner) alone(c *cluster) bool {
	const maxBefore, maxAfter = 3, 8
	t0, t1 := s.elems[c.e0].t0, s.elems[c.e1-1].t1
	before := 0
	for k := t0 - 1; k >= 0 && s.toks[k].line == c.line; k-- {
		if s.toks[k].kind != tPunct {
			if before++; before > maxBefore {
				return false
			}
		}
	}
	after := 0
	for k := t1; k < len(s.toks) && s.toks[k].line == c.line; k++ {
		// "3:30 PM IST (that will be 11:00 AM CET for you)": an aside
		// in brackets after the time is none of the line's own words.
		if t := &s.toks[k]; t.kind == tPunct && t.val == '(' {
			break
		}
		// "11:00 a.m. (hora de Lima, GMT-5) - entiendo que en Berlín
		// serían las 5:00 p.m.": so is an aside after a spaced dash
		// that gives the time again on another clock.
		if t := &s.toks[k]; t.space && isDash(t) && s.clockLater(c.e1, c.line) {
			break
		}
		if s.toks[k].kind != tPunct {
			if after++; after > maxAfter {
				return false
			}
		}
	}
	return true
}

// clockLater reports a clock time among the elements from k on that
// stand on line.
func (s *scanner) clockLater(k int, line int32) bool {
	for ; k < len(s.elems) && s.toks[s.elems[k].t0].line == line; k++ {
		if s.elems[k].kind == eClock {
			return true
		}
	}
	return false
}

// build makes the mention of the day in d at the clock time in c; c is nil
// for a day alone.
func (s *scanner) build(d, c *cluster) (Mention, bool) {
	loc, zone := s.loc, ""
	if c != nil && c.zone >= 0 {
		z := &s.elems[c.zone]
		loc, zone = z.loc, z.zname
	}
	// "tomorrow at 10am ET", written at 20:47 in New York: the
	// writer's tomorrow, counted on the clock the mention states.
	y, mo, day, ok := s.day(d, loc)
	if !ok {
		return Mention{}, false
	}
	lang := s.lang(d)
	if lang < 0 && c != nil {
		lang = s.lang(c)
	}
	// "Thursday the 10th" names its day by the number: only a weekday
	// or a word alone ("Thursday", "tomorrow") leaves the day relative.
	dom := d.wd >= 0 && s.elems[d.wd].dom > 0
	m := Mention{Zone: zone, Relative: d.day < 0 && !dom}
	if lang >= 0 {
		m.Lang = langCodes[lang]
	}
	if c == nil {
		m.Start = time.Date(y, mo, day, 23, 59, 0, 0, loc)
	} else {
		e := &s.elems[c.clock]
		h, mins, dur := clockOf(e, afternoonRule(lang))
		m.Start, m.Dur, m.Clock = time.Date(y, mo, day, h, mins, 0, 0, loc), dur, true
	}
	m.Pos, m.End = s.span(d)
	if c != nil && c != d {
		p, e := s.span(c)
		m.Pos, m.End = min(m.Pos, p), max(m.End, e)
	}
	m.Text = strings.TrimSpace(s.text[m.Pos:m.End])
	if m.Lang == "" {
		t0, t1 := s.elems[d.e0].t0, s.elems[d.e1-1].t1
		if c != nil {
			t0, t1 = min(t0, s.elems[c.e0].t0), max(t1, s.elems[c.e1-1].t1)
		}
		m.Lang = s.cjkLang(t0, t1)
	}
	return m, true
}

func (s *scanner) span(c *cluster) (int, int) {
	return s.toks[s.elems[c.e0].t0].pos, s.toks[s.elems[c.e1-1].t1-1].end
}

// lang is the language of the first element of c that was read from a
// word, -1 when all were numerals.
func (s *scanner) lang(c *cluster) int8 {
	for _, k := range [...]int{c.day, c.wd, c.rel, c.clock} {
		if k >= 0 && s.elems[k].lang >= 0 {
			return s.elems[k].lang
		}
	}
	return -1
}

// dateOf completes a written day and month with the year: the one
// written, else the next occurrence from refDay (up to two months back).
func (s *scanner) dateOf(y, m, d int, refDay time.Time) (int, time.Month, int, bool) {
	if y == 0 {
		if refDay.IsZero() {
			return 0, 0, 0, false
		}
		y = refDay.Year()
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(refDay.AddDate(0, -2, 0)) {
			y++
		}
	}
	if d > daysIn(y, m) {
		return 0, 0, 0, false // February 29 of a year that has none
	}
	return y, time.Month(m), d, true
}

// day resolves the day of c, counted from the reference's day on loc's
// clock: a written date wins over a relative day, which wins over a
// weekday.
func (s *scanner) day(c *cluster, loc *time.Location) (int, time.Month, int, bool) {
	ref := s.opt.Ref
	refDay := time.Time{}
	if !ref.IsZero() {
		y, m, d := ref.In(loc).Date()
		refDay = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	switch {
	case c.day >= 0 && s.elems[c.day].jalali:
		e := &s.elems[c.day]
		return jalaliDateOf(e.m, e.d, refDay)
	case c.day >= 0:
		e := &s.elems[c.day]
		y, m, d, ok := s.dateOf(e.y, e.m, e.d, refDay)
		// "Thursday 12/3" from an American: the order the weekday agrees
		// with wins over the usage assumed.
		if ok && e.swap && c.wd >= 0 {
			if wd := s.elems[c.wd].wd; time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday() != wd {
				if y2, m2, d2, ok2 := s.dateOf(e.y, e.d, e.m, refDay); ok2 && time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Weekday() == wd {
					return y2, m2, d2, true
				}
			}
		}
		// "Complete by: 12/11/2026 11:59 PM" in mail written on 1
		// December: an appointment is not set in the past, and the
		// writer's order is the one that puts it ahead. (A day without a
		// clock is as often a past one: "your application of 12/11".)
		if ok && e.swap && c.wd < 0 && c.clock >= 0 && !refDay.IsZero() && time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Before(refDay) {
			if y2, m2, d2, ok2 := s.dateOf(e.y, e.d, e.m, refDay); ok2 {
				if t := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC); !t.Before(refDay) && t.Before(refDay.AddDate(0, 6, 0)) {
					return y2, m2, d2, true
				}
			}
		}
		return y, m, d, ok
	case refDay.IsZero():
		return 0, 0, 0, false
	case c.rel >= 0:
		y, m, d := refDay.AddDate(0, 0, s.elems[c.rel].rel).Date()
		return y, m, d, true
	case c.wd >= 0 && s.elems[c.wd].dom > 0:
		// "Thursday the 10th": the next 10th that is a Thursday,
		// else (a weekday written wrong) the next 10th.
		wd, dom := s.elems[c.wd].wd, s.elems[c.wd].dom
		var first time.Time
		for day := refDay; day.Before(refDay.AddDate(0, 6, 0)); day = day.AddDate(0, 0, 1) {
			if day.Day() != dom {
				continue
			}
			if first.IsZero() {
				first = day
			}
			if day.Weekday() == wd {
				y, m, d := day.Date()
				return y, m, d, true
			}
		}
		if first.IsZero() {
			return 0, 0, 0, false
		}
		y, m, d := first.Date()
		return y, m, d, true
	case c.wd >= 0 && s.elems[c.wd].nextWeek:
		// The weekday of the week after Ref's, weeks from Monday.
		toMonday := 7 - (int(refDay.Weekday())+6)%7
		y, m, d := refDay.AddDate(0, 0, toMonday+(int(s.elems[c.wd].wd)+6)%7).Date()
		return y, m, d, true
	case c.wd >= 0:
		ahead := (int(s.elems[c.wd].wd) - int(refDay.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		y, m, d := refDay.AddDate(0, 0, ahead).Date()
		return y, m, d, true
	}
	return 0, 0, 0, false
}

// afternoonRule reports the languages whose hours 1 to 7, written without
// a part of the day, are in the afternoon (see clockOf): English, and
// Arabic and Persian, which say the hour on a clock of twelve ("الساعة
// ٢", "ساعت ۵") and write "صباحاً", "صبح" for the morning.
func afternoonRule(lang int8) bool { return lang == en || lang == ar || lang == fa }

// clockOf turns a clock element into the hour and minute of its start and
// the length of its range. english applies the afternoon rule for hours
// 1 to 7 written without am/pm (see afternoonRule), as does an hour said
// in words in any language ("um drei" is 15:00 to anyone arranging a
// call).
func clockOf(e *elem, english bool) (int, int, time.Duration) {
	c, end := e.c, e.end
	h := to24(c)
	pm := c.mer == merPM
	if c.mer == 0 {
		switch {
		case end.ok && end.mer == merPM && c.h < 12 && c.h+12 <= to24(end):
			h, pm = c.h+12, true
		case end.ok && end.mer != 0:
		case (english || c.spoken) && !c.pad && c.h >= 1 && c.h <= 7:
			h, pm = c.h+12, true
		}
	}
	if !end.ok {
		return h, c.min, 0
	}
	eh := to24(end)
	if end.mer == 0 && eh < 12 && (pm || eh*60+end.min <= h*60+c.min) {
		eh += 12
	}
	dur := time.Duration(eh*60+end.min-h*60-c.min) * time.Minute
	if dur <= 0 || dur > 8*time.Hour {
		dur = 0
	}
	return h, c.min, dur
}

func to24(c clock) int {
	switch {
	case c.mer == merPM && c.h < 12:
		return c.h + 12
	case c.mer == merAM && c.h == 12:
		return 0
	}
	return c.h
}
