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
