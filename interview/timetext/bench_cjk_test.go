package timetext

import "strings"

// mailWithDatesJa is a Japanese recruiter's mail of about 3 KB with two
// times, a phone number and a postcode, and mailWithoutDigitsZh Chinese
// prose without a digit: CJK letters take three bytes each, and a run of
// them is a sentence long (see cjkWord).
var mailWithDatesJa = func() string {
	var b strings.Builder
	b.WriteString("山田様\r\n\r\nお世話になっております。採用担当の佐藤です。\r\n" +
		"一次面接の日程ですが、12月10日（木）14:00～15:00（日本時間）でいかがでしょうか。\r\n" +
		"ご都合が悪い場合は、12月11日（金）の午後3時からでお願いします。\r\n\r\n")
	for b.Len() < 2700 {
		b.WriteString("当社は信頼性の高いシステムと読みやすいコードを大切にするエンジニアのチームです。\r\n" +
			"働き方については採用ページをご覧ください。\r\n")
	}
	b.WriteString("\r\n株式会社イニテック\r\n〒100-0001 東京都千代田区千代田1-1\r\nTEL 03-1234-5678\r\n")
	return b.String()
}()

var mailWithoutDigitsZh = func() string {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString("感谢您对该职位的关注以及抽出时间提交申请。\r\n" +
			"我们收到了许多优秀的申请，目前正在认真审阅。\r\n" +
			"我们会尽快与您联系，告知后续步骤。\r\n\r\n")
	}
	return b.String()
}()
