package timetext

import "strings"

// mailWithDatesAr is a Saudi recruiter's mail of about 3 KB with two
// dates, the Islamic day beside the Gregorian one, a mobile number and
// an address, in Arabic-Indic digits; mailWithoutDigitsFa is Persian
// prose without a digit. Arabic letters take two bytes each, and the
// first byte of its digits also starts its most frequent letters (see
// tokenizeLikely).
var mailWithDatesAr = func() string {
	var b strings.Builder
	b.WriteString("السيد سامي المحترم،\r\n\r\nتحية طيبة وبعد،\r\n" +
		"يسرنا دعوتكم لحضور مقابلة شخصية يوم الأحد ١٣ ديسمبر ٢٠٢٦م الموافق ٣ جمادى الآخرة ١٤٤٨هـ\r\n" +
		"الساعة ١٠:٣٠ صباحاً بتوقيت الرياض، في مقر الشركة.\r\n" +
		"وإن لم يناسبكم هذا الموعد، فيمكن يوم الاثنين ١٤ ديسمبر من الساعة ١ ظهراً إلى ٢ ظهراً.\r\n\r\n")
	for b.Len() < 2700 {
		b.WriteString("نحن فريق من المهندسين نهتم بالأنظمة الموثوقة والشيفرة الواضحة والمراجعات اللطيفة.\r\n" +
			"يمكنكم قراءة المزيد عن طريقة عملنا في صفحة الوظائف على موقعنا.\r\n")
	}
	b.WriteString("\r\nمع خالص التحية،\r\nمريم العتيبي\r\nأخصائية توظيف\r\nجوال ٠٥٥١٢٣٤٥٦٧\r\n" +
		"طريق الملك فهد، الرياض ١٢٢١١\r\n")
	return b.String()
}()

var mailWithoutDigitsFa = func() string {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString("از علاقه‌ی شما به این موقعیت شغلی و وقتی که برای ارسال درخواست گذاشتید سپاسگزاریم.\r\n" +
			"درخواست‌های خوب زیادی دریافت کرده‌ایم و اکنون با دقت آن‌ها را بررسی می‌کنیم.\r\n" +
			"به‌زودی درباره‌ی مراحل بعدی با شما تماس خواهیم گرفت.\r\n\r\n")
	}
	return b.String()
}()
