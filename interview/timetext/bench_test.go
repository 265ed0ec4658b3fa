package timetext

import (
	"strings"
	"testing"
	"time"
)

// mailWithDates is a recruiter's reply of about 3 KB with two dates, a
// phone number, an address and a quoted message, as Find meets them.
var mailWithDates = func() string {
	var b strings.Builder
	b.WriteString("Hi Sam,\r\n\r\nThanks for getting back to me so quickly, and for the detailed notes on your\r\n" +
		"background. The team enjoyed reading about the migration work you led last year.\r\n\r\n" +
		"I'm happy to confirm your interview with our engineering team on Thursday,\r\n" +
		"December 3 at 4:00 PM CET. You will meet Dr. Anna Weber (Engineering Manager) and\r\n" +
		"Jonas Keller (Staff Engineer). The conversation takes about an hour: half of it\r\n" +
		"on your experience, half on a system you designed.\r\n\r\n" +
		"If that slot does not suit you, Friday, December 4, 10:00-11:00 would work as well.\r\n" +
		"Please let me know which one you prefer.\r\n\r\n")
	for b.Len() < 2300 {
		b.WriteString("We are a team of engineers who care about reliable systems, clear code and\r\n" +
			"kind reviews. You can read more about how we work on our careers page.\r\n")
	}
	b.WriteString("\r\nBest regards,\r\nMaria Schulz\r\nSenior Recruiter | Initech GmbH\r\n" +
		"Hauptstraße 12, 10115 Berlin\r\nPhone +49 30 1234 5678\r\nRequisition R-104233\r\n\r\n" +
		"> On Wed, 25 Nov 2026, Sam wrote:\r\n> Thank you for the invitation, I'm available most days next week.\r\n")
	return b.String()
}()

// mailWithoutDigits is about 3 KB of prose without a digit.
var mailWithoutDigits = func() string {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString("Thank you for your interest in the position and for taking the time to apply.\r\n" +
			"We received many strong applications and are reviewing them carefully now.\r\n" +
			"We will be in touch as soon as possible about the next steps in the process.\r\n\r\n")
	}
	return b.String()
}()

// mailWithDatesRu is a Russian recruiter's reply of about 3 KB with two
// dates, a phone number and pay, and mailWithoutDigitsRu Russian prose
// without a digit: Cyrillic letters take two bytes each.
var mailWithDatesRu = func() string {
	var b strings.Builder
	b.WriteString("Здравствуйте, Сэм!\r\n\r\nСпасибо за быстрый ответ и подробный рассказ о вашем опыте.\r\n" +
		"Приглашаем вас на собеседование с командой разработки в четверг,\r\n" +
		"10 декабря, в 15:00 по московскому времени. С вами поговорят руководитель\r\n" +
		"отдела и ведущий инженер; разговор займёт около часа.\r\n\r\n" +
		"Если это время вам не подходит, можно в пятницу, 11 декабря, с 10:00 до 11:00.\r\n" +
		"Пожалуйста, сообщите, какой вариант вам удобнее.\r\n\r\n")
	for b.Len() < 2700 {
		b.WriteString("Мы команда инженеров, которым важны надёжные системы, понятный код и\r\n" +
			"доброжелательные ревью. Подробнее о том, как мы работаем, читайте на сайте.\r\n")
	}
	b.WriteString("\r\nС уважением,\r\nМария Иванова\r\nрекрутер\r\nТелефон +7 495 123-45-67\r\n" +
		"Зарплата от 250 000 руб., опыт от 3 лет.\r\n")
	return b.String()
}()

var mailWithoutDigitsRu = func() string {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString("Спасибо за интерес к вакансии и за время, которое вы потратили на отклик.\r\n" +
			"Мы получили много сильных откликов и сейчас внимательно их изучаем.\r\n" +
			"Мы свяжемся с вами, как только сможем, и расскажем о следующих шагах.\r\n\r\n")
	}
	return b.String()
}()

func BenchmarkFind(b *testing.B) {
	opt := Options{Ref: time.Date(2026, 11, 26, 10, 41, 0, 0, time.UTC), Loc: time.UTC}
	for _, bc := range []struct {
		name  string
		text  string
		found int
	}{
		{"3KB-two-dates", mailWithDates, 2},
		{"3KB-no-digits", mailWithoutDigits, 0},
		{"3KB-ru-two-dates", mailWithDatesRu, 2},
		{"3KB-ru-no-digits", mailWithoutDigitsRu, 0},
		// Scripts of other widths: Arabic and Persian letters take two
		// bytes, CJK three, and CJK glues its times to the words around
		// them (bench_arabic_test.go, bench_cjk_test.go).
		{"3KB-ar-two-dates", mailWithDatesAr, 2},
		{"3KB-fa-no-digits", mailWithoutDigitsFa, 0},
		{"3KB-ja-two-dates", mailWithDatesJa, 2},
		{"3KB-zh-no-digits", mailWithoutDigitsZh, 0},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if got := Find(bc.text, opt); len(got) != bc.found {
				b.Fatalf("Find found %d mentions, want %d: %+v", len(got), bc.found, got)
			}
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(bc.text, opt)
			}
		})
	}
}
