package timetext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Dates and clock times as Chinese, Japanese and Korean write them in
// figures: "2026年12月10日", "12月17日", "12월 10일"; "下午3点半",
// "15時30分", "午後3時", "오후 2시 30분". The words between the figures
// mark year, month, day, hour and minute; a word before the hour gives
// the half of the day. A clock written "14:00" is read as anywhere else,
// with the half of the day before it too ("下午3:00", "오후 3:00").
//
// These languages leave no space between words: a time is glued to the
// sentence around it ("12月11日（金）14:00でお願いします", "下午2点半我可以").
// cjkWord cuts a run of their letters where the words read here end, and
// a figure glued to such a word stands as free as one after a space (see
// freeStart, freeEnd). A zone's time ("北京时间", "日本時間", "한국 시간")
// is read before the day as after the time.

var (
	cjkYear   = map[string]bool{"年": true, "년": true}
	cjkMonth  = map[string]bool{"月": true, "월": true}
	cjkDay    = map[string]bool{"日": true, "일": true, "号": true, "號": true}
	cjkHour   = map[string]bool{"点": true, "點": true, "時": true, "时": true, "시": true}
	cjkMinute = map[string]bool{"分": true, "분": true}
	// The hour's word with a half hour glued on: "3点半", "3時半", "2시반".
	cjkHalfHour = map[string]bool{"点半": true, "點半": true, "時半": true, "时半": true, "시반": true}
	cjkPM       = map[string]bool{"下午": true, "午後": true, "오후": true, "晚上": true, "傍晚": true}
	cjkAM       = map[string]bool{"上午": true, "午前": true, "오전": true, "早上": true}
)

// cjkParticles may be glued to a time's last mark: "3時から" (from 3),
// "2시부터", "下午3点开始", "10時頃".
var cjkParticles = []string{"から", "より", "ごろ", "頃", "まで", "に", "开始", "開始", "左右", "前後", "부터", "까지", "에"}

// marked reports whether w is one of marks, alone or with a particle
// glued on.
func marked(marks map[string]bool, w string) bool {
	if marks[w] {
		return true
	}
	for m := range marks {
		if rest, ok := strings.CutPrefix(w, m); ok && slices.Contains(cjkParticles, rest) {
			return true
		}
	}
	return false
}

// cjkDate reads a date whose figures are marked as year, month and day.
func (s *scanner) cjkDate(i int) (elem, bool) {
	j, y := i, 0
	if n, nd, ok := s.num(j); ok && nd == 4 && cjkYear[s.wordOf(j+1)] {
		if !validYear(n) {
			return elem{}, false
		}
		y, j = n, j+2
	}
	m, nm, ok := s.num(j)
	if !ok || nm > 2 || !cjkMonth[s.wordOf(j+1)] {
		return elem{}, false
	}
	d, nd, ok := s.num(j + 2)
	if !ok || nd > 2 || !cjkDay[s.wordOf(j+3)] {
		return elem{}, false
	}
	return s.dateElem(i, j+4, y, m, d, y == 0)
}

// cjkClock reads an hour marked as one, at the number i, with the half of
// the day written before it and the minutes after it.
func (s *scanner) cjkClock(i int) (elem, bool) {
	h, nh, ok := s.num(i)
	if !ok || nh > 2 || h > 24 {
		return elem{}, false
	}
	c := clock{ok: true, h: h, sure: true}
	j := i + 1
	dot := false // the hour's mark is 点, also a count's ("5点建议", five points)
	switch w := s.wordOf(j); {
	case marked(cjkHalfHour, w):
		c.min, c.hasMin, j = 30, true, j+1
	case marked(cjkHour, w):
		dot = w == "点" || w == "點"
		j++
		if mm, nm, ok := s.num(j); ok && nm <= 2 && mm < 60 && marked(cjkMinute, s.wordOf(j+1)) {
			c.min, c.hasMin, j = mm, true, j+2
		} else if s.wordOf(j) == "半" || s.wordOf(j) == "반" {
			c.min, c.hasMin, j = 30, true, j+1
		} else if w := s.wordOf(j); (w == "钟" || w == "鐘") && s.glued(j) {
			dot, j = false, j+1 // "3点钟", three o'clock
		}
	default:
		return elem{}, false
	}
	// What is glued after the mark goes on the sentence ("2点半我可以",
	// "3時でお願いします", "3시로"), but for the words that make the hour
	// a length: "1時間", "1시간" (an hour), "時代" (an era), "時点".
	if next := s.tok(j); next.kind == tWord && next.cjk && !next.space {
		w := s.wordOf(j)
		for _, p := range [...]string{"間", "间", "간", "代", "点"} {
			if strings.HasPrefix(w, p) {
				return elem{}, false
			}
		}
		if slices.Contains(cjkParticles, w) {
			dot = false // "3点开始", from three
		}
	} else {
		dot = false
	}
	t0 := i
	w := s.wordOf(i - 1)
	pm, am := cjkPM[w], cjkAM[w]
	if pm || am {
		t0 = i - 1
		if pm {
			c.mer = merPM
		} else {
			c.mer = merAM
		}
		if h == 0 || h > 12 {
			c.mer = 0
		}
	}
	// "共5点建议" (five points of advice) is a count; "下午3点开会", "3点半我可以",
	// "12月11日3点我可以" are hours.
	if dot && !pm && !am && !c.hasMin && !s.dateEndsAt(i) {
		return elem{}, false
	}
	e := elem{kind: eClock, t0: t0, t1: j, lang: -1, c: c}
	// "오후 4시 - 오후 5시": a range, each end with its half of the day.
	if isDash(s.tok(j)) {
		k := j + 1
		if w := s.wordOf(k); cjkPM[w] || cjkAM[w] {
			k++
		}
		if end, ok := s.cjkClock(k); ok && end.t0 >= j+1 {
			e.end, e.t1 = end.c, end.t1
		}
	}
	return e, true
}

// dateEndsAt reports a date read right before token i.
func (s *scanner) dateEndsAt(i int) bool {
	n := len(s.elems)
	return n > 0 && s.elems[n-1].kind == eDate && s.elems[n-1].t1 == i
}

// The scripts written without spaces between words.
const (
	cjkHan = iota + 1
	cjkKana
	cjkHangul
)

// cjkScript sorts a letter of Chinese, Japanese or Korean by its script,
// 0 for any other letter. A comparison decides for the rest of the world's
// letters, which come before them.
func cjkScript(r rune) uint8 {
	switch {
	case r < 0x1100:
		return 0
	case 0x4E00 <= r && r <= 0x9FFF, 0x3400 <= r && r <= 0x4DBF, 0xF900 <= r && r <= 0xFAFF,
		0x20000 <= r && r <= 0x2FFFF, r == 0x3005: // "々", the kanji repeated
		return cjkHan
	case 0x3099 <= r && r <= 0x309C, r == 0x30A0, r == 0x30FB:
		return 0 // the kana's marks and middle dot are no letters
	case 0x3040 <= r && r <= 0x30FF, 0x31F0 <= r && r <= 0x31FF, 0xFF66 <= r && r <= 0xFF9F:
		return cjkKana
	case 0xAC00 <= r && r <= 0xD7AF, r <= 0x11FF, 0x3130 <= r && r <= 0x318F:
		return cjkHangul
	}
	return 0
}

// cjkWord reads the letters of one CJK script from i and appends them as
// one word or a few. Chinese, Japanese and Korean leave no space between
// words, so a run of letters is a sentence's worth as often as a word
// ("14:00でお願いします", "2点半我可以"). The run is cut where the
// package's own words end, from what it knows and nothing more:
//   - where the script changes: Japanese writes its particles in kana
//     after kanji ("日本時間で", "の午後", "時から");
//   - after the mark of a figure it is glued to ("2点|半我可以" reads
//     "点半", "11日|に", "3시|간");
//   - after a zone's time at its start ("한국시간|으로");
//   - before a half of the day or a zone's time at its end, when a
//     figure follows ("明天|下午|3点", "请于|北京时间|12月").
//
// Only the run's ends are compared with the few words of cjkLeadWords
// and cjkTailWords, found by their first or last rune: the cost stays
// linear and small.
func (s *scanner) cjkWord(i, end int, space bool) int {
	text := s.text
	r, size := utf8.DecodeRuneInString(text[i:end])
	script := cjkScript(r)
	j := i + size
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if cjkScript(r) != script {
			break
		}
		j += n
	}
	var cuts [6]int
	nc := 0
	a := i
	if n := len(s.toks); n > 0 && s.toks[n-1].kind == tNum && s.toks[n-1].end == i {
		if k := cjkMarkLen(text[a:j]); k > 0 && k < j-a {
			a += k
			cuts[nc] = a
			nc++
		}
	}
	if k := cjkLeadLen(text[a:j]); k > 0 && k < j-a {
		a += k
		cuts[nc] = a
		nc++
	}
	if j < end && '0' <= text[j] && text[j] <= '9' {
		b := j
		var tails [2]int
		nt := 0
		for nt < len(tails) {
			k := cjkTailLen(text[a:b])
			if k == 0 || k == b-a {
				break
			}
			b -= k
			tails[nt] = b
			nt++
		}
		for nt > 0 {
			nt--
			cuts[nc] = tails[nt]
			nc++
		}
	}
	for _, c := range cuts[:nc] {
		s.cjkPiece(i, c, space)
		i, space = c, false
	}
	s.cjkPiece(i, j, space)
	return j
}

// cjkPiece appends the CJK word text[i:j]. Its letters have no case nor
// accent: the word is its own folded form, copied without the unicode
// tables word needs for the rest (up to maxWord bytes and the rune
// that crosses it, as word keeps).
func (s *scanner) cjkPiece(i, j int, space bool) {
	k0 := len(s.fold)
	n := j - i
	if n > maxWord {
		n = maxWord + 1
		for i+n < j && !utf8.RuneStart(s.text[i+n]) {
			n++
		}
	}
	s.fold = append(s.fold, s.text[i:i+n]...)
	t := token{kind: tWord, pos: i, end: j, space: space, cjk: true, k0: int32(k0), k1: int32(len(s.fold))}
	if n <= maxWord {
		t.ent = lookup(s.fold[k0:])
	}
	s.toks = append(s.toks, t)
}

// cjkMarkLen returns the length of the mark of a figure that w starts
// with: a year's, month's, day's, hour's or minute's, with the half hour
// glued to the hour's ("点半", "시반").
func cjkMarkLen(w string) int {
	r, n := utf8.DecodeRuneInString(w)
	switch r {
	case '年', '月', '日', '号', '號', '分', '년', '월', '일', '분':
		return n
	case '点', '點', '時', '时', '시':
		if h, m := utf8.DecodeRuneInString(w[n:]); h == '半' || h == '반' {
			return n + m
		}
		return n
	}
	return 0
}

// cjkLeadLen returns the length of the longest of cjkLeadWords that w
// starts with, 0 when none; cjkTailLen that of cjkTailWords it ends with.
// The words are kept by their first and last rune: most runs start and
// end with none of them, and one look-up says so.
func cjkLeadLen(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	return longestAffix(w, cjkLeadWords[r], strings.HasPrefix)
}

func cjkTailLen(w string) int {
	r, _ := utf8.DecodeLastRuneInString(w)
	return longestAffix(w, cjkTailWords[r], strings.HasSuffix)
}

func longestAffix(w string, words []string, has func(string, string) bool) int {
	best := 0
	for _, x := range words {
		if len(x) > best && has(w, x) {
			best = len(x)
		}
	}
	return best
}

// cjkZoneTime reports a zone's time in one CJK word: "北京时间", "日本時間",
// "한국시간". It is a zone wherever it stands, before the day or after the
// time, where a city's name alone is one only after a time.
func cjkZoneTime(w string) bool {
	return strings.HasSuffix(w, "时间") || strings.HasSuffix(w, "時間") || strings.HasSuffix(w, "시간")
}

// cjkTimeWords are the words for "time" that follow a city's or a
// country's name written apart or in another script: "한국 시간",
// "ドイツ時間".
var cjkTimeWords = map[string]bool{"时间": true, "時間": true, "시간": true}

var (
	// cjkLeadWords are the zones' times that may start a run
	// ("한국시간으로"), by their first rune.
	cjkLeadWords = func() map[rune][]string {
		m := map[rune][]string{}
		for k := range cities {
			if cjkZoneTime(k) {
				r, _ := utf8.DecodeRuneInString(k)
				m[r] = append(m[r], k)
			}
		}
		return m
	}()
	// cjkTailWords may end a run glued to the figure after them, by their
	// last rune: the halves of the day and the zones' times.
	cjkTailWords = func() map[rune][]string {
		m := map[rune][]string{}
		add := func(k string) {
			r, _ := utf8.DecodeLastRuneInString(k)
			m[r] = append(m[r], k)
		}
		for k := range cities {
			if cjkZoneTime(k) {
				add(k)
			}
		}
		for k := range cjkPM {
			add(k)
		}
		for k := range cjkAM {
			add(k)
		}
		return m
	}()
)

// zhWords are the words of Chinese a CJK time is written with that
// Japanese does not use: the hour's 点 and the simplified 时, the day's 号,
// the halves of the day, and China's, Taiwan's, Hong Kong's and
// Singapore's times.
var zhWords = func() map[string]bool {
	m := map[string]bool{"点": true, "點": true, "时": true, "号": true, "號": true, "点半": true, "點半": true,
		"时半": true, "下午": true, "上午": true, "晚上": true, "早上": true, "傍晚": true, "周": true, "星期": true}
	for k, iana := range cities {
		switch {
		case strings.HasSuffix(k, "时间"),
			strings.HasSuffix(k, "時間") && (iana == "Asia/Shanghai" || iana == "Asia/Taipei" || iana == "Asia/Hong_Kong") && !strings.HasPrefix(k, "日本"):
			m[k] = true
		}
	}
	return m
}()

// zhWeekday reports a weekday as only Chinese writes it, its number
// after the week's word: "周三", "星期五", "禮拜一" (Japanese writes
// "水曜日").
func zhWeekday(w string) bool {
	for _, week := range []string{"周", "週", "星期", "礼拜", "禮拜"} {
		if rest, ok := strings.CutPrefix(w, week); ok && rest != "" && strings.Contains("一二三四五六日天", rest) && utf8.RuneCountInString(rest) == 1 {
			return true
		}
	}
	return false
}

// bracketed reports text[i:j] between an opening and a closing bracket,
// full-width or not.
func bracketed(text string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	return (before == '（' || before == '(') && (after == '）' || after == ')')
}

// cjkLang names the language of a mention read from tokens t0 to t1
// (exclusive) by the script of its words and of the few around it on its
// line: kana is Japanese ("14:00でお願いします"), hangul Korean, and Han
// letters Chinese when one of zhWords is among them. It returns "" when
// the mention holds no CJK word, or only Han letters both languages
// write ("12月11日 15:00"). It looks at most at eight tokens either side.
func (s *scanner) cjkLang(t0, t1 int) string {
	own := false
	for k := t0; k < t1 && !own; k++ {
		own = s.toks[k].cjk
	}
	if !own {
		return ""
	}
	line := s.toks[t0].line
	lo, hi := max(0, t0-8), min(len(s.toks), t1+8)
	zh := false
	for k := lo; k < hi; k++ {
		t := &s.toks[k]
		if !t.cjk || t.line != line && (k < t0 || k >= t1) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s.text[t.pos:t.end])
		switch cjkScript(r) {
		case cjkHangul:
			return "ko"
		case cjkKana:
			return "ja"
		}
		w := s.text[t.pos:t.end]
		// "2026/12/15（二）15:30", "12/15（火）": the weekday in brackets
		// after a date, by a Chinese numeral or a Japanese day's kanji.
		if bracketed(s.text, t.pos, t.end) {
			switch {
			case strings.Contains("一二三四五六", w) && utf8.RuneCountInString(w) == 1:
				zh = true
			case strings.Contains("月火水木金土", w) && utf8.RuneCountInString(w) == 1:
				return "ja"
			}
		}
		zh = zh || zhWords[w] || zhWeekday(w)
	}
	if zh {
		return "zh"
	}
	return ""
}
