package timetext

import (
	"testing"
	"time"
)

// TestFindChineseJapaneseKorean reads dates and times written in figures
// with the marks of Chinese, Japanese and Korean: no words of those
// languages are needed beyond the marks and the halves of the day.
func TestFindChineseJapaneseKorean(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "Chinese: a date, the afternoon, half past, Beijing's time", text: "12月17日（周四）下午3点半（北京时间），也就是你那边早上8点半",
			want: time.Date(2026, 12, 17, 15, 30, 0, 0, zone(t, "Asia/Shanghai")), zone: "北京时间"},
		{name: "Chinese with its year and a 24-hour clock", text: "面试时间：2026年12月10日 14:00",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, berlin)},
		{name: "Japanese: a range with a full-width tilde and JST", text: "日時：12月10日(木) 14:00～15:00 (JST)",
			want: time.Date(2026, 12, 10, 14, 0, 0, 0, zone(t, "Asia/Tokyo")), dur: time.Hour, zone: "JST"},
		{name: "Japanese: hour and minutes marked, in the afternoon", text: "12月10日 午後3時30分から",
			want: time.Date(2026, 12, 10, 15, 30, 0, 0, berlin)},
		{name: "Korean: a range, each end in the afternoon, KST", text: "12월 15일 (화) 오후 4시 - 오후 5시 (KST)",
			want: time.Date(2026, 12, 15, 16, 0, 0, 0, zone(t, "Asia/Seoul")), dur: time.Hour, zone: "KST"},
		{name: "Traditional Chinese: the year, 星期 in full-width brackets, Taipei's time after a range", text: "面試時間：2026年12月15日（星期二）上午10:00～11:30（台北時間，GMT+8）",
			want: time.Date(2026, 12, 15, 10, 0, 0, 0, zone(t, "Asia/Taipei")), dur: 90 * time.Minute, zone: "台北時間"},
		{name: "Chinese: a range with the tilde operator Big5 converters write", text: "2027年1月7日（星期四）下午2:00∼3:00（台北時間）",
			want: time.Date(2027, 1, 7, 14, 0, 0, 0, zone(t, "Asia/Taipei")), dur: time.Hour, zone: "台北時間"},
		{name: "Japanese: the weekday written out in brackets", text: "2026年12月16日（水曜日）14時～15時",
			want: time.Date(2026, 12, 16, 14, 0, 0, 0, berlin), dur: time.Hour},
		{name: "Korean: the weekday written out", text: "2026년 12월 16일 수요일 오후 3시",
			want: time.Date(2026, 12, 16, 15, 0, 0, 0, berlin)},
		{name: "Chinese: a weekday alone before the afternoon", text: "周二下午3点可以吗",
			want: time.Date(2026, 12, 1, 15, 0, 0, 0, berlin)},
		// East Asia writes a numeric date month first, whatever the
		// reader's usage (defaultOptions reads "12/3" day first).
		{name: "Korean: month and day in figures, the weekday glued in brackets", text: "- 일시: 12/3(목) 14:00 KST",
			want: time.Date(2026, 12, 3, 14, 0, 0, 0, zone(t, "Asia/Seoul")), zone: "KST"},
		{name: "Japanese: month and day in figures", text: "日時：12/10（木）15:00〜",
			want: time.Date(2026, 12, 10, 15, 0, 0, 0, berlin)},
	})
}

// TestCJKMarksNeedTheirFigures: a month's mark without a day's, or an
// hour's mark on a count, is no date or time.
func TestCJKMarksNeedTheirFigures(t *testing.T) {
	for _, text := range []string{"12月的面试", "3个月", "共5点建议"} {
		if got := Find(text, defaultOptions(t)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", text, got)
		}
	}
}

// TestCJKGluedText: Chinese, Japanese and Korean write no spaces, so a
// time is glued to the words after it ("14:00でお願いします", "2点半我可以")
// and before it ("は14:00", "下午3:00").
func TestCJKGluedText(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "Japanese: a clock glued to the request after it", text: "12月11日（金）14:00でお願いします",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "Chinese: a half hour glued to the sentence after it", text: "12月11日下午2点半我可以",
			want: time.Date(2026, 12, 11, 14, 30, 0, 0, berlin)},
		{name: "Chinese: hour and minutes glued to the sentence after them", text: "12月11日下午2点30分我有空",
			want: time.Date(2026, 12, 11, 14, 30, 0, 0, berlin)},
		{name: "Japanese: a particle glued to the day, the clock to the topic", text: "面接は12月11日に14時からお願いします",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "Japanese: the day glued to the clock", text: "12月11日14:00から",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "Japanese: the afternoon after の", text: "12月11日（金）の午後2時からでいかがでしょうか",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{name: "Chinese: the afternoon glued to tomorrow's word", text: "12月11日，明天下午3点开会",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
		{name: "Korean: a half hour and its particle glued to the verb", text: "12월 11일 오후 2시반에가능합니다",
			want: time.Date(2026, 12, 11, 14, 30, 0, 0, berlin)},
		{name: "Korean: o'clock glued to a particle then a verb", text: "12월 11일 오후 3시로 변경 부탁드립니다",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
	})
}

// TestCJKMeridiemBeforeColonTime: the half of the day is written before a
// clock with a colon as before an hour with its mark.
func TestCJKMeridiemBeforeColonTime(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "Chinese 下午 glued", text: "12月11日 下午3:00", want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
		{name: "Chinese 上午 glued", text: "12月11日上午10:30", want: time.Date(2026, 12, 11, 10, 30, 0, 0, berlin)},
		{name: "Japanese 午後 glued", text: "12月11日 午後3:00から", want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
		{name: "Korean 오후 spaced", text: "12월 11일 오후 3:00", want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
		{name: "Korean 오후 glued", text: "12월 11일 오후3:00", want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
		{name: "Korean 오전 spaced", text: "12월 11일 오전 11:00", want: time.Date(2026, 12, 11, 11, 0, 0, 0, berlin)},
		{name: "a 24-hour figure wins over 下午", text: "12月11日 下午15:00", want: time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
	})
}

// TestCJKRanges: "～", "〜" and "~" join a range's ends, and one written
// after a time alone opens it ("14:00〜", from two o'clock).
func TestCJKRanges(t *testing.T) {
	runFind(t, []findCase{
		{name: "Chinese: the afternoon for both ends, Taiwan's time", text: "12月11日 下午2:00～3:00（台灣時間）",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, zone(t, "Asia/Taipei")), dur: time.Hour, zone: "台灣時間"},
		{name: "Japanese: an open range, then the zone in full-width brackets", text: "12月11日（金）14:00〜（日本時間）",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, zone(t, "Asia/Tokyo")), zone: "日本時間"},
		{name: "Japanese: an open range, then the zone in ASCII brackets", text: "12月11日 14:00~ (JST)",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, zone(t, "Asia/Tokyo")), zone: "JST"},
		{name: "Japanese: a range with an ASCII tilde", text: "12月11日 14:00~15:30",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, zone(t, "Europe/Berlin")), dur: 90 * time.Minute},
		{name: "Korean: a colon range after 오후", text: "12월 11일 오후 2:00~3:00 (한국 시간)",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, zone(t, "Asia/Seoul")), dur: time.Hour, zone: "한국 시간"},
	})
}

// TestCJKZoneWords: a country's or a city's time in Chinese, Japanese or
// Korean, after the time or, as Chinese and Japanese mail often puts it,
// before the day.
func TestCJKZoneWords(t *testing.T) {
	tokyo, seoul, shanghai := zone(t, "Asia/Tokyo"), zone(t, "Asia/Seoul"), zone(t, "Asia/Shanghai")
	taipei, hk, sg, berlin := zone(t, "Asia/Taipei"), zone(t, "Asia/Hong_Kong"), zone(t, "Asia/Singapore"), zone(t, "Europe/Berlin")
	runFind(t, []findCase{
		{name: "Korean time written with a space, in brackets", text: "12월 11일 오후 3시 (한국 시간)",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, seoul), zone: "한국 시간"},
		{name: "Korean time written with a space, no brackets", text: "12월 11일 오후 3시 한국 시간",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, seoul), zone: "한국 시간"},
		{name: "Korean time before the day", text: "한국시간 12월 11일 오후 3시",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, seoul), zone: "한국시간"},
		{name: "Korean time with a particle glued", text: "12월 11일 오후 3시 한국시간으로 진행합니다",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, seoul), zone: "한국시간"},
		{name: "Japan's time before the day", text: "日本時間12月11日14:00から",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, tokyo), zone: "日本時間"},
		{name: "Japan's time and で before the day", text: "日本時間で12月11日（金）14:00から",
			want: time.Date(2026, 12, 11, 14, 0, 0, 0, tokyo), zone: "日本時間"},
		{name: "Japan's time after, full-width brackets", text: "12月11日 15:00（日本時間）",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, tokyo), zone: "日本時間"},
		{name: "Japan's time after, ASCII brackets", text: "12月11日 15:00 (日本時間)",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, tokyo), zone: "日本時間"},
		{name: "Japan's time after, no brackets", text: "12月11日 15:00 日本時間",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, tokyo), zone: "日本時間"},
		{name: "Beijing's time before the day", text: "北京时间12月11日下午3点",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, shanghai), zone: "北京时间"},
		{name: "Beijing's time glued to the afternoon", text: "12月11日北京时间下午3点",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, shanghai), zone: "北京时间"},
		{name: "Beijing's time after a please", text: "请于北京时间12月11日下午3点上线",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, shanghai), zone: "北京时间"},
		{name: "Taiwan's time before the day", text: "台灣時間 12月11日 15:00",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, taipei), zone: "台灣時間"},
		{name: "Taipei's time after", text: "12月11日 15:00（台北時間）",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, taipei), zone: "台北時間"},
		{name: "Hong Kong's time after, no brackets", text: "12月11日 15:00 香港時間",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, hk), zone: "香港時間"},
		{name: "Singapore's time before the day", text: "新加坡时间12月11日下午3点",
			want: time.Date(2026, 12, 11, 15, 0, 0, 0, sg), zone: "新加坡时间"},
		{name: "Berlin's time in Korean", text: "12월 11일 오전 8시 (베를린 시간)",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "베를린 시간"},
		{name: "Germany's time in Korean", text: "12월 11일 오전 8시 (독일 시간)",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "독일 시간"},
		{name: "Germany's time in Japanese", text: "12月11日 8:00（ドイツ時間）",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "ドイツ時間"},
		{name: "Berlin's time in Japanese", text: "12月11日 8:00（ベルリン時間）",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "ベルリン時間"},
		{name: "Germany's time in Chinese", text: "12月11日上午8点（德国时间）",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "德国时间"},
		{name: "Berlin's time in Chinese", text: "12月11日上午8点（柏林时间）",
			want: time.Date(2026, 12, 11, 8, 0, 0, 0, berlin), zone: "柏林时间"},
	})
}

// TestCJKNotTimes: figures with CJK words that are no time, next to a day
// so that only the figures decide.
func TestCJKNotTimes(t *testing.T) {
	for _, text := range []string{
		"12月11日 電話03-1234-5678までご連絡ください",
		"12月11日 参加費は3,000円です",
		"12月11日 〒100-0001 東京都千代田区",
		"12月11日 第2回面接を行います",
		"12月11日 2名で伺います",
		"12月11日 面接は1時間です",
		"12월 11일 면접은 1시간입니다",
		"12月11日 共5点建议",
		"12月11日",
		"日本時間12月11日",
		"12月11日（金）",
		"下午3点",
	} {
		if got := Find(text, defaultOptions(t)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", text, got)
		}
	}
}

// TestCJKClocksOn: a clock glued to the sentence after it, without a day.
func TestCJKClocksOn(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	day := time.Date(2026, 12, 11, 0, 0, 0, 0, berlin)
	for _, tc := range []struct {
		text string
		want time.Time
	}{
		{"下午2点半我可以", time.Date(2026, 12, 11, 14, 30, 0, 0, berlin)},
		{"14:00でお願いします", time.Date(2026, 12, 11, 14, 0, 0, 0, berlin)},
		{"오후3:00에 가능합니다", time.Date(2026, 12, 11, 15, 0, 0, 0, berlin)},
	} {
		got := FindClocksOn(tc.text, day, Options{Ref: ref, Loc: berlin})
		if len(got) != 1 || !got[0].Start.Equal(tc.want) {
			t.Errorf("FindClocksOn(%q) = %+v, want one at %s", tc.text, got, tc.want)
		}
	}
}

// TestCJKLangs: CJK is read whatever languages Options.Langs lists, and a
// mention names the language its script says.
func TestCJKLangs(t *testing.T) {
	for _, tc := range []struct {
		text  string
		langs []string
		want  string
	}{
		{"12月11日（金）14:00でお願いします", []string{"ja"}, "ja"},
		{"12月11日（金）14:00でお願いします", []string{"de", "en"}, "ja"},
		{"12月11日下午3点", []string{"zh"}, "zh"},
		{"12月11日 15:00（北京时间）", nil, "zh"},
		{"12월 11일 오후 3시", []string{"ko"}, "ko"},
		{"12月11日 15:00", nil, ""},               // Chinese or Japanese: the figures do not say
		{"面试时间：2026-12-16 周三 16:00", nil, "zh"}, // a weekday only Chinese writes so
		{"日時：2026-12-16 水曜日 16:00", nil, ""},
		// The weekday in brackets after the date: a Chinese numeral, a
		// Japanese day's kanji; Sunday is both's.
		{"面試時間：2026/12/15（二）15:30", nil, "zh"},
		{"面接日時：2026/12/15（火）15:30", nil, "ja"},
		{"2026/12/13（日）15:30", nil, ""},
	} {
		opt := defaultOptions(t)
		opt.Langs = tc.langs
		got := Find(tc.text, opt)
		if len(got) != 1 {
			t.Errorf("Find(%q, Langs %v) = %+v, want one mention", tc.text, tc.langs, got)
			continue
		}
		if got[0].Lang != tc.want {
			t.Errorf("Find(%q).Lang = %q, want %q", tc.text, got[0].Lang, tc.want)
		}
	}
}

// TestCJKZoneBeforeAnotherClock: a zone's time written before the clock
// in brackets gives that clock, another reading of the one before.
func TestCJKZoneBeforeAnotherClock(t *testing.T) {
	got := Find("面试时间：2026年12月1日（周二）北京时间 16:00-17:00（柏林时间 09:00-10:00）", defaultOptions(t))
	if len(got) != 2 {
		t.Fatalf("got %+v, want the mention and its other clock", got)
	}
	if want := time.Date(2026, 12, 1, 16, 0, 0, 0, zone(t, "Asia/Shanghai")); !got[0].Start.Equal(want) || got[0].Zone != "北京时间" || got[0].Dur != time.Hour {
		t.Errorf("first = %+v, want %s in 北京时间 for an hour", got[0], want)
	}
	if want := time.Date(2026, 12, 1, 9, 0, 0, 0, zone(t, "Europe/Berlin")); !got[1].Alt || !got[1].Start.Equal(want) || got[1].Zone != "柏林时间" {
		t.Errorf("second = %+v, want the other clock at %s", got[1], want)
	}
}
