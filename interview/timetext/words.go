package timetext

import (
	"strconv"
	"strings"
)

// The languages whose words are read, in the order that breaks a tie when a
// word belongs to several and nothing else on its line decides.
var langCodes = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "sk", "hu", "ro", "tr",
	"hr", "sr", "sl", "bg", "uk", "ru", "lt", "lv", "et", "el", "ar", "fa"}

const (
	en = iota
	de
	fr
	es
	it
	pt
	nl
	pl
	sv
	da
	no
	fi
	cs
	sk
	hu
	ro
	tr
	hr // Croatian
	sr // Serbian, in Latin and Cyrillic letters
	sl // Slovenian
	bg // Bulgarian
	uk // Ukrainian
	ru // Russian
	lt // Lithuanian
	lv // Latvian
	et // Estonian
	el // Greek
	ar // Arabic
	fa // Persian
	numLangs
	// anyLang marks the connectors and marks that belong to no single
	// language. Its bit follows the languages' in a langMask, so a new
	// language moves it rather than colliding with it.
	anyLang = numLangs
)

// langMask holds a bit for each language of langCodes and one for
// anyLang: the languages a word belongs to, and those a scan reads.
type langMask uint32

// Every language's bit and anyLang's must fit a langMask: this fails to
// compile once they outgrow it.
var _ [32 - anyLang - 1]struct{}

type kind uint8

const (
	kMonth kind = iota + 1
	kWeekday
	kRel       // a relative day: val days after Ref's day
	kConn      // a word that may stand between the parts of one date
	kCue       // a word that announces a clock time ("um", "kl", "alle")
	kSuffix    // a word written after a clock time ("Uhr", "uur", "h")
	kRange     // a word between the two ends of a range ("to", "bis", "tot")
	kNumWord   // an hour as a word: "two", "nueve", "neun"
	kNoon      // a clock time written as a word: val is the hour
	kOrd       // an ordinal ending glued to a day ("3rd", "1er")
	kLabel     // a field label ("Time", "Uhrzeit", "Heure")
	kClockWord // a word that starts a clock time in words ("half", "quarter", "meio")
	kRelWord   // a word that starts a relative day ("i morgon", "pasado mañana")
	kSame      // "same" (val 0) and "time" (val 1) of "same time" (see sameTimeAt)
)

// Flags on a meaning.
const (
	// fAbbr: an abbreviation, read only where it cannot be a common word
	// (see weekdayAt and monthOK).
	fAbbr uint8 = 1 << iota
	// fRisky: an abbreviation that is also a frequent word in some language
	// ("mar", "out", "set", "so", "do", "mon"): read only with more evidence
	// (see monthAt and weekdayAt).
	fRisky
	// fCap: read only when capitalised ("May", not the verb "may").
	fCap
	// fLine: read only on a line its language decides (see voteLine):
	// a short word that is another language's ordinary word, such as
	// Slovak "päť" (five), an English name once folded.
	fLine
	// fCued: an hour in words that carries its own cue, Hungarian
	// "háromkor" (at three): no word before it need announce it.
	fCued
	// fDayFirst: a month of a language that writes the day before it
	// ("15. marta", "12. janvārī"), read only after its day: before a
	// number it is as often a name ("Marta 10 minutes ago", "Julija").
	fDayFirst
	// fJalali: a month of the Persian solar (Jalali) calendar, which
	// monthAt numbers 13 to 24 after the Gregorian ones (see jalali.go).
	fJalali
	// fPair: the first word of a month named in two words, the Levant's
	// "كانون الأول" and "تشرين الثاني": val is the month "الأول" (the
	// first) makes it, and "الثاني" (the second) the month after (see
	// monthAt).
	fPair
)

type meaning struct {
	lang  uint8
	kind  kind
	val   int8
	flags uint8
}

type entry struct {
	m     []meaning
	langs langMask  // the languages of its meanings, for the line's vote
	zone  *zoneWord // what the word says about a time zone, nil for most words
}

// entryFor returns the entry of a folded word, adding an empty one.
func entryFor(key string) *entry {
	d := dict
	if arabicKey(key) {
		d = arabicDict
	}
	e := d[key]
	if e == nil {
		e = &entry{}
		d[key] = e
	}
	return e
}

// dict maps a folded word (lower-case, accents removed: fold) to what it
// can mean. It is built once from the tables below. The words of the
// Arabic script are kept in arabicDict: a text in other scripts looks up
// no more words than it did before them.
var dict, arabicDict = map[string]*entry{}, map[string]*entry{}

// lookup returns the entry of the folded word w, nil when it has none.
func lookup(w []byte) *entry {
	if len(w) > 0 && w[0]-0xD8 < 4 {
		return arabicDict[string(w)]
	}
	return dict[string(w)]
}

// arabicKey reports a folded word of the Arabic script: its letters'
// first bytes are 0xD8 to 0xDB.
func arabicKey(key string) bool { return key != "" && key[0]-0xD8 < 4 }

func add(word string, lang int, k kind, val int, flags uint8) {
	e := entryFor(string(foldString(word)))
	for _, m := range e.m {
		if int(m.lang) == lang && m.kind == k && int(m.val) == val {
			return
		}
	}
	e.m = append(e.m, meaning{uint8(lang), k, int8(val), flags})
	if lang != anyLang {
		e.langs |= 1 << lang
	}
}

// Month names per language, January first. Alternatives are separated by
// "|"; a name is read with or without its accents ("décembre",
// "decembre"), and German umlauts also as "ae", "oe", "ue".
var monthNames = [numLangs]string{
	en: "january february march april may june july august september october november december",
	de: "januar|jänner february|februar|feber märz|maerz april mai juni juli august september oktober november dezember",
	fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	es: "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
	it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	nl: "januari februari maart april mei juni juli augustus september oktober november december",
	// Polish dates use the genitive ("3 grudnia"); the nominative is read too.
	pl: "stycznia|styczeń lutego|luty marca|marzec kwietnia|kwiecień maja|maj czerwca|czerwiec lipca|lipiec sierpnia|sierpień września|wrzesień października|październik listopada|listopad grudnia|grudzień",
	sv: "januari februari mars april maj juni juli augusti september oktober november december",
	da: "januar februar marts april maj juni juli august september oktober november december",
	no: "januar februar mars april mai juni juli august september oktober november desember",
	// Finnish dates use the partitive ("25. marraskuuta"); the nominative is read too.
	fi: "tammikuuta|tammikuu helmikuuta|helmikuu maaliskuuta|maaliskuu huhtikuuta|huhtikuu toukokuuta|toukokuu kesäkuuta|kesäkuu heinäkuuta|heinäkuu elokuuta|elokuu syyskuuta|syyskuu lokakuuta|lokakuu marraskuuta|marraskuu joulukuuta|joulukuu",
	// Czech dates use the genitive ("17. prosince"); the nominative is read too.
	cs: "ledna|leden února|únor března|březen dubna|duben května|květen června|červen července|červenec srpna|srpen září října|říjen listopadu|listopad prosince|prosinec",
	// Slovak dates use the genitive too ("10. decembra"), its own.
	sk: "januára|január februára|február marca|marec apríla|apríl mája|máj júna|jún júla|júl augusta|august septembra|september októbra|október novembra|november decembra|december",
	// Hungarian puts the month before the day, and the year before both
	// ("2026. december 10."): see yearFirstDate.
	hu: "január február március április május június július augusztus szeptember október november december",
	// Romanian: not "mai" (May), which is also "more"; the German and
	// French "mai" reads it as May all the same.
	ro: "ianuarie februarie martie aprilie - iunie iulie august septembrie octombrie noiembrie decembrie",
	// Turkish glues a case ending on with an apostrophe ("10 Aralık'ta"):
	// see word. Its dotless ı folds to i, as "ARALIK" lower-cases.
	tr: "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
	// Croatian has months of its own, and dates use the genitive ("1.
	// prosinca 2026."). Its "listopad" is October, Polish and Czech
	// November: the line's language decides, Polish on a tie.
	hr: "siječnja|siječanj veljače|veljača ožujka|ožujak travnja|travanj svibnja|svibanj lipnja|lipanj srpnja|srpanj kolovoza|kolovoz rujna|rujan listopada|listopad studenoga|studenog|studeni prosinca|prosinac",
	// Serbian in both its scripts, the genitive ("15. decembra") and
	// the nominative ("15. децембар").
	sr: "januara|januar|јануара|јануар februara|februar|фебруара|фебруар marta|mart|марта|март aprila|april|априла|април maja|maj|маја|мај juna|jun|јуна|јун " +
		"jula|jul|јула|јул avgusta|avgust|августа|август septembra|septembar|септембра|септембар oktobra|oktobar|октобра|октобар novembra|novembar|новембра|новембар decembra|decembar|децембра|децембар",
	sl: "januarja|januar februarja|februar marca|marec aprila|april maja|maj junija|junij julija|julij avgusta|avgust septembra|september oktobra|oktober novembra|november decembra|december",
	bg: "януари февруари март април май юни юли август септември октомври ноември декември",
	uk: "січня|січень лютого|лютий березня|березень квітня|квітень травня|травень червня|червень липня|липень серпня|серпень вересня|вересень жовтня|жовтень листопада|листопад грудня|грудень",
	ru: "января|январь февраля|февраль марта|март апреля|апрель мая|май июня|июнь июля|июль августа|август сентября|сентябрь октября|октябрь ноября|ноябрь декабря|декабрь",
	// Lithuanian writes the month in the genitive before the day
	// ("sausio 7 d.", "2027 m. sausio 7 d."); the nominative names a
	// month without a day, and "liepa" (July) is also a linden and a
	// name, "kovas" (March) a fight.
	lt: "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
	// Latvian: the nominative, the locative a date takes ("12.
	// janvārī") and the genitive.
	lv: "janvāris|janvārī|janvāra februāris|februārī|februāra marts|martā aprīlis|aprīlī|aprīļa maijs|maijā|maija jūnijs|jūnijā|jūnija jūlijs|jūlijā|jūlija augusts|augustā|augusta septembris|septembrī|septembra oktobris|oktobrī|oktobra novembris|novembrī|novembra decembris|decembrī|decembra",
	// Estonian: the nominative ("14. jaanuar 2027") and the adessive
	// ("14. jaanuaril"), but not "mail" (in May), English "mail".
	// The allative ("-le") too: a move to a day, "11. detsembrile".
	et: "jaanuar|jaanuaril|jaanuarile veebruar|veebruaril|veebruarile märts|märtsil|märtsile aprill|aprillil|aprillile mai|maile juuni|juunil|juunile juuli|juulil|juulile august|augustil|augustile september|septembril|septembrile oktoober|oktoobril|oktoobrile november|novembril|novembrile detsember|detsembril|detsembrile",
	// Greek: the genitive a date writes ("9 Δεκεμβρίου 2026") and the
	// nominative.
	el: "ιανουαρίου|ιανουάριος φεβρουαρίου|φεβρουάριος μαρτίου|μάρτιος απριλίου|απρίλιος μαΐου|μάιος ιουνίου|ιούνιος ιουλίου|ιούλιος αυγούστου|αύγουστος σεπτεμβρίου|σεπτέμβριος οκτωβρίου|οκτώβριος νοεμβρίου|νοέμβριος δεκεμβρίου|δεκέμβριος",
	// Arabic: the names of Egypt and the Gulf, the Levant's and Iraq's
	// (their two of two words, "كانون" and "تشرين", are fPair: see
	// init), Algeria's and Tunisia's from the French ("جانفي", "أوت"),
	// and Morocco's ("يوليوز", "غشت"). "آب" (August) is Persian's
	// water: see init. The Islamic months are no Gregorian date and are
	// not here (see hijriAfter).
	ar: "يناير|جانفي فبراير|فيفري|شباط مارس|آذار أبريل|إبريل|نيسان|أفريل مايو|أيار|ماي يونيو|يونيه|يونية|حزيران|جوان يوليو|يوليه|يولية|تموز|جويلية|يوليوز " +
		"أغسطس|آب|أوت|غشت سبتمبر|أيلول|شتنبر أكتوبر نوفمبر|نونبر ديسمبر|دجنبر",
	// Persian: the Gregorian months as Persian spells them. Iranian mail
	// dates by the solar calendar's months as often (jalaliMonths).
	// "می" (May) is also the prefix of Persian's verbs, written apart:
	// read only with its year (see dayMonth).
	fa: "ژانویه فوریه مارس آوریل مه|می ژوئن ژوئیه|جولای اوت|آگوست سپتامبر اکتبر نوامبر دسامبر",
}

// jalaliMonths are the months of the Persian solar calendar, Farvardin
// first. "تیر", "مهر" and "دی" are also words (an arrow, kindness or a
// seal, and part of "سی دی"): like every Persian month, they are read
// only after their day (fDayFirst).
const jalaliMonths = "فروردین اردیبهشت خرداد تیر مرداد|امرداد شهریور مهر آبان آذر دی بهمن اسفند"

var monthAbbrevs = [numLangs]string{
	en: "jan feb mar apr - jun jul aug sep|sept oct nov dec",
	de: "jan feb mär|mrz apr - jun jul aug sep|sept okt nov dez",
	fr: "janv févr|fév - avr - - juil - sept oct nov déc",
	es: "ene feb mar abr - jun jul ago sep|sept oct nov dic",
	it: "gen feb mar apr mag giu lug ago set ott nov dic",
	pt: "jan fev mar abr - jun jul ago set out nov dez",
	nl: "jan feb mrt apr - jun jul aug sep|sept okt nov dec",
	pl: "sty lut - kwi - cze lip sie wrz paź lis gru",
	sv: "jan feb - apr - jun jul aug sep|sept okt nov dec",
	da: "jan feb - apr - jun jul aug sep|sept okt nov dec",
	no: "jan feb - apr - jun jul aug sep|sept okt nov des",
	fi: "tammik helmik maalisk huhtik toukok kesäk heinäk elok syysk lokak marrask jouluk",
	cs: "led úno bře dub kvě čvn čvc srp zář říj lis pro",
	sk: "jan feb mar apr máj jún júl aug sep|sept okt nov dec",
	hu: "jan febr márc ápr máj jún júl aug szept okt nov dec",
	ro: "ian feb mar apr - iun iul aug sep|sept oct nov dec",
	// Not "may" (English) and "mar"; "eki" (an attachment), "kas" and
	// "ara" (an interval, a call) are risky.
	tr: "oca şub - nis - haz tem ağu eyl eki kas ara",
	// Croatian's "sij", "svi" (all), "tra", "lip", "kol", "pro", Serbian
	// and Slovenian "avg" (English "avg") and "нов" (new), Ukrainian "лист"
	// (a letter), Lithuanian "vas" and "bal", Estonian "jaan" (a name) are
	// words: left out, as the mail of those languages writes months out.
	sr: "јан феб мар апр - јун јул авг сеп окт - дец",
	bg: "яну фев мар апр - - - авг сеп окт ное дек",
	uk: "січ лют бер квіт трав черв лип серп вер жовт - груд",
	ru: "янв фев мар апр - июн июл авг сен|сент окт ноя|нояб дек",
	el: "ιαν φεβ μαρ απρ - ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
}

// cjkWeekdayNames are the weekdays of Chinese (simplified and traditional,
// with 星期, 周/週 and 礼拜/禮拜), Japanese and Korean, Sunday first.
var cjkWeekdayNames = []string{
	"星期日|星期天 星期一 星期二 星期三 星期四 星期五 星期六",
	"周日|周天 周一 周二 周三 周四 周五 周六",
	"週日|週天 週一 週二 週三 週四 週五 週六",
	"礼拜日|礼拜天|禮拜日|禮拜天 礼拜一|禮拜一 礼拜二|禮拜二 礼拜三|禮拜三 礼拜四|禮拜四 礼拜五|禮拜五 礼拜六|禮拜六",
	"日曜日|日曜 月曜日|月曜 火曜日|火曜 水曜日|水曜 木曜日|木曜 金曜日|金曜 土曜日|土曜",
	"일요일 월요일 화요일 수요일 목요일 금요일 토요일",
}

// Weekday names per language, Sunday first as in time.Weekday.
var weekdayNames = [numLangs]string{
	en: "sunday monday tuesday wednesday thursday friday saturday",
	de: "sonntag montag dienstag mittwoch donnerstag freitag samstag|sonnabend",
	fr: "dimanche lundi mardi mercredi jeudi vendredi samedi",
	es: "domingo lunes martes miércoles jueves viernes sábado",
	it: "domenica lunedì martedì mercoledì giovedì venerdì sabato",
	// "quinta-feira" is read as "quinta" followed by "-feira" (weekdayAt).
	pt: "domingo segunda terça quarta quinta sexta sábado",
	nl: "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag",
	// Polish: nominative and the accusative of "w środę", "w sobotę".
	pl: "niedziela|niedzielę poniedziałek wtorek środa|środę czwartek piątek sobota|sobotę",
	// The Scandinavian languages: the name and its definite form
	// ("onsdagen den 16/12", "på tirsdagen").
	sv: "söndag|söndagen måndag|måndagen tisdag|tisdagen onsdag|onsdagen torsdag|torsdagen fredag|fredagen lördag|lördagen",
	da: "søndag|søndagen mandag|mandagen tirsdag|tirsdagen onsdag|onsdagen torsdag|torsdagen fredag|fredagen lørdag|lørdagen",
	no: "søndag|søndagen mandag|mandagen tirsdag|tirsdagen onsdag|onsdagen torsdag|torsdagen fredag|fredagen lørdag|lørdagen",
	// Finnish: the name and its essive ("keskiviikkona", on Wednesday).
	fi: "sunnuntai|sunnuntaina maanantai|maanantaina tiistai|tiistaina keskiviikko|keskiviikkona torstai|torstaina perjantai|perjantaina lauantai|lauantaina",
	// Czech: the name and its accusative ("ve středu", "v sobotu").
	cs: "neděle|neděli pondělí úterý středa|středu čtvrtek pátek sobota|sobotu",
	// Slovak: the name and its accusative ("v stredu", "vo štvrtok").
	sk: "nedeľa|nedeľu pondelok utorok streda|stredu štvrtok piatok sobota|sobotu",
	// Hungarian: the name and its "on" case ("csütörtökön", "kedden").
	hu: "vasárnap hétfő|hétfőn kedd|kedden szerda|szerdán csütörtök|csütörtökön péntek|pénteken szombat|szombaton",
	ro: "duminică luni marți miercuri joi vineri sâmbătă",
	tr: "pazar pazartesi salı çarşamba perşembe cuma cumartesi",
	// The South Slavic languages: the name and its accusative after "u",
	// "v" ("u srijedu", "v sredo").
	hr: "nedjelja|nedjelju ponedjeljak utorak srijeda|srijedu četvrtak petak subota|subotu",
	// Serbian "nedelja" is also a week, and "среда" a Russian
	// environment: both are read with a date or a period only (see
	// riskyWord).
	sr: "nedelja|nedelju|недеља|недељу ponedeljak|понедељак utorak|уторак sreda|sredu|среда|среду četvrtak|четвртак petak|петак subota|subotu|субота|суботу",
	sl: "nedelja|nedeljo ponedeljek torek sreda|sredo četrtek petek sobota|soboto",
	// Bulgarian "неделя" (Sunday) is Russian for a week: see riskyWord.
	bg: "неделя понеделник вторник сряда четвъртък петък събота",
	// Ukrainian and Russian: the name and the accusative after "у", "в"
	// ("у п'ятницю", "в среду"). The apostrophe may be left out.
	uk: "неділя|неділю понеділок вівторок середа|середу четвер п'ятниця|п'ятницю|пятниця|пятницю субота|суботу",
	// Russian "среда" is also an environment ("среда разработки"): see
	// riskyWord.
	ru: "воскресенье понедельник вторник среда|среду четверг пятница|пятницу суббота|субботу",
	// Lithuanian: the name and the accusative, "on" ("ketvirtadienį").
	lt: "sekmadienis|sekmadienį pirmadienis|pirmadienį antradienis|antradienį trečiadienis|trečiadienį ketvirtadienis|ketvirtadienį penktadienis|penktadienį šeštadienis|šeštadienį",
	// Latvian: the name, "on" ("otrdien"), the locative ("otrdienā",
	// which folds to the name) and the accusative of a move "to" a day
	// ("uz piektdienu").
	lv: "svētdiena|svētdien|svētdienu pirmdiena|pirmdien|pirmdienu otrdiena|otrdien|otrdienu trešdiena|trešdien|trešdienu ceturtdiena|ceturtdien|ceturtdienu piektdiena|piektdien|piektdienu sestdiena|sestdien|sestdienu",
	// Estonian: the name, the adessive, "on" ("neljapäeval"), and the
	// allative of a move "to" a day ("reedele").
	et: "pühapäev|pühapäeval|pühapäevale esmaspäev|esmaspäeval|esmaspäevale teisipäev|teisipäeval|teisipäevale kolmapäev|kolmapäeval|kolmapäevale neljapäev|neljapäeval|neljapäevale reede|reedel|reedele laupäev|laupäeval|laupäevale",
	el: "κυριακή δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο",
	// Arabic, with its article and without. Without, "أحد" is also
	// "one, anyone", "اثنين" two, "جمعة" a name and "سبت" a word:
	// read after "يوم" or with a date only (see riskyWord).
	ar: "الأحد|أحد الاثنين|اثنين الثلاثاء|ثلاثاء الأربعاء|أربعاء الخميس|خميس الجمعة|جمعة السبت|سبت",
	// Persian names the days after Saturday ("شنبه") by their count:
	// written joined, with a zero-width non-joiner, or apart ("سه
	// شنبه", Tuesday; see weekdayAt).
	fa: "یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه",
}

var weekdayAbbrevs = [numLangs]string{
	en: "sun mon tue|tues wed|weds thu|thur|thurs fri sat",
	de: "so mo di mi do fr sa",
	fr: "dim lun mar mer jeu ven sam",
	es: "dom lun mar mié jue vie sáb",
	it: "dom lun mar mer gio ven sab",
	pt: "dom seg ter qua qui sex sáb",
	nl: "zo ma di wo do vr za",
	pl: "niedz|nd pon|pn wt śr czw|cz pt sob|sb",
	sv: "sön mån tis ons tors|tor fre lör",
	da: "søn man tirs|tir ons tors|tor fre lør",
	no: "søn man tirs|tir ons tors|tor fre lør",
	fi: "su ma ti ke to pe la",
	cs: "ne po út st čt pá so",
	sk: "ne po ut st št pi so",
	hu: "", // "V H K Sze Cs P Szo": letters, not read
	ro: "dum lun mar mie - vin sâm",
	// Only the two that are no word elsewhere: "Per 10" is English, and
	// "Sal", "Car", "Cum", "Paz" are words too.
	tr: "- pzt - - - - cmt",
	// Cyrillic two letters, as calendars write them ("Чт, 10 дек."). The
	// Latin abbreviations of the South Slavic languages are words or
	// zones ("pet", "sub", "čet" folds to "cet") and are left out.
	sr: "нед пон уто сре чет - суб",
	bg: "нд пн вт ср чт пт сб",
	uk: "нд пн вт ср чт пт сб",
	ru: "вс пн вт ср чт пт сб",
	el: "κυρ δευ τρι τετ πεμ παρ σαβ",
}

// Abbreviations that are also frequent words: "mar" (sea, and Spanish
// Tuesday against March elsewhere), "out", "set", "so", "do", "mon"...
var risky = map[string]bool{
	"mar": true, "mai": true, "out": true, "set": true, "sun": true, "mon": true, "sat": true,
	"so": true, "do": true, "mi": true, "di": true, "sa": true, "fr": true, "mo": true,
	"dim": true, "mer": true, "sam": true, "ven": true, "dom": true, "ter": true, "seg": true,
	"qua": true, "sex": true, "ma": true, "wo": true, "za": true, "zo": true, "vr": true,
	"wt": true, "pt": true, "pn": true, "cz": true, "sb": true, "nd": true, "man": true,
	"ons": true, "fre": true, "tor": true, "lun": true, "gen": true, "sie": true, "lis": true,
	"lut": true, "sty": true, "des": true, "tis": true, "son": true,
	"su": true, "ti": true, "ke": true, "to": true, "pe": true, "la": true, "ne": true, "po": true, "st": true,
	"út": true, "čt": true, "pá": true, "led": true, "pro": true, "ian": true, "vin": true,
	"eki": true, "kas": true, "ara": true,
}

// Relative days written as one word. "morgen" (German and Dutch) and
// "mañana" (Spanish) are read with care in relAt, since they also mean
// "morning".
var relWords = [numLangs]string{
	en: "today:0 tonight:0 tomorrow:1 tmrw:1",
	de: "heute:0 morgen:1 übermorgen:2 uebermorgen:2",
	fr: "aujourd'hui:0 demain:1",
	es: "hoy:0 mañana:1",
	it: "oggi:0 domani:1 dopodomani:2",
	pt: "hoje:0 amanhã:1",
	nl: "vandaag:0 morgen:1 overmorgen:2",
	pl: "dziś:0 dzisiaj:0 jutro:1 pojutrze:2",
	sv: "idag:0 imorgon:1 iövermorgon:2",
	da: "idag:0 imorgen:1 iovermorgen:2",
	no: "idag:0 imorgen:1 iovermorgen:2",
	fi: "tänään:0 huomenna:1 huomiseen:1 huomiselle:1 ylihuomenna:2 ylihuomiseen:2",
	cs: "dnes:0 zítra:1 pozítří:2",
	sk: "dnes:0 zajtra:1 pozajtra:2",
	// "ma" (today) is read only on a Hungarian line (see lineOnlyWord).
	hu: "ma:0 holnap:1 holnapután:2",
	// "mâine", also typed "maine" (see relAt for the state of Maine).
	ro: "azi:0 astăzi:0 mâine:1 poimâine:2",
	tr: "bugün:0 yarın:1",
	hr: "danas:0 sutra:1 prekosutra:2",
	sr: "danas:0 sutra:1 prekosutra:2 данас:0 сутра:1 прекосутра:2",
	// "danes" is also the English Danes: only on a Slovenian line.
	sl: "danes:0 jutri:1 pojutrišnjem:2",
	bg: "днес:0 утре:1 вдругиден:2",
	uk: "сьогодні:0 завтра:1 післязавтра:2",
	ru: "сегодня:0 завтра:1 послезавтра:2",
	lt: "šiandien:0 rytoj:1 poryt:2",
	// "rīt" folds to Dutch "rit" (a ride): only on a Latvian line.
	lv: "šodien:0 rīt:1 rītdien:1 parīt:2",
	// "homme" is French, "täna" a name: only on an Estonian line.
	et: "täna:0 homme:1 ülehomme:2",
	el: "σήμερα:0 αύριο:1 μεθαύριο:2",
	// "بعد غد" and "پس فردا", the day after tomorrow, are two words:
	// see relAt, which also keeps "اليوم" the day from "اليوم" today.
	ar: "اليوم:0 الليلة:0 غدا:1 بكرة:1 بكرا:1",
	fa: "امروز:0 امشب:0 فردا:1 پس‌فردا:2",
}

// Words that may stand between the parts of one date and time ("on",
// "at", "le", "den", "godz.") without ending it.
var connWords = [numLangs]string{
	// "tomorrow after lunch, say 1:30?", "Tuesday lunchtime, 12:30":
	// how a proposal is loosely put.
	en: "on the of at from by next this coming starting beginning between running commencing anytime say after lunch lunchtime",
	de: "am um den der dem ab von vom zur nächsten nachsten kommenden diesen so etwa ungefähr circa ca",
	fr: "le la du de des à au vers prochain ce",
	es: "el la los las de del a al desde próximo este que viene",
	it: "il lo la le di del dalle alle alla ore prossimo questo",
	pt: "o a as às das de do dia na no em próximo próxima que vem",
	nl: "op om van vanaf de het aanstaande volgende",
	pl: "w we o od dnia godz godzinie r roku",
	sv: "den på kl klockan från nästa mellan",
	da: "den på kl klokken fra næste",
	no: "den på kl klokken fra neste",
	fi: "klo kello ensi tulevana",
	cs: "v ve dne od příští",
	sk: "v vo dňa od budúci budúcu",
	hu: "jövő napján kb",
	ro: "pe din data ora orele începând viitoare viitor următoare",
	tr: "günü tarihinde gelecek önümüzdeki",
	// "dana 1. prosinca": on the day of; "s početkom u 10 sati", starting
	// at 10 ("s" and "sa" only on a Croatian or Serbian line).
	hr: "u dana od s sa početkom",
	sr: "u dana od s sa početkom у дана од са почетком",
	sl: "v dne od",
	// "на 9 декември": on.
	bg: "на в от",
	uk: "на у в о об з від",
	ru: "на в во с",
	lt: "nuo",
	lv: "",
	et: "alates",
	el: "την τη το του της στις στην στη από",
	// "يوم الأربعاء الموافق 16/12/2026": on the day of Wednesday,
	// corresponding to.
	// "على الساعة", "في تمام الساعة": at (exactly) the hour.
	ar: "في يوم الموافق عند بتاريخ وذلك على تمام",
	// "روز چهارشنبه", "در تاریخ", "به وقت تهران".
	fa: "روز در به مورخ",
}

// The two halves of "same time": a move "to Monday, December 7, same
// time (9:00 AM PT)" restates the clock it keeps, and the phrase may
// stand between the day and that clock. Each half alone is an ordinary
// word ("the 5th time at 2pm" is no date). "Same day" stands between a
// clock and the day it keeps: "Done for 2.00 pm IST, same day (Mon
// 21/12)".
var sameWords = [numLangs]string{
	en: "same usual", de: "gleichen gleiche selben selbe", fr: "même", es: "misma mismo",
	it: "stessa stesso solita solito", pt: "mesma mesmo", nl: "zelfde hetzelfde", pl: "samej",
	sv: "samma", da: "samme", no: "samme", fi: "samaan", cs: "stejný stejnou stejném",
	sk: "rovnaký rovnakom rovnakú", hu: "ugyanabban ugyanarra", ro: "aceeași", tr: "aynı",
	hr: "isto", sr: "isto исто", sl: "isti isto", bg: "същия", uk: "самий самій", ru: "же", lt: "pačiu",
	et: "samal", // Latvian "pašā" folds to Spanish "pasa"
	ar: "نفس", fa: "همان",
}

var sameTimeNouns = [numLangs]string{
	en: "time day", de: "uhrzeit zeit tag", fr: "heure jour", es: "hora día", it: "ora orario giorno", pt: "hora horário dia",
	nl: "tijd tijdstip dag", pl: "godzinie porze dnia", sv: "tid dag", da: "tid tidspunkt dag", no: "tid tidspunkt dag",
	fi: "aikaan", cs: "čas čase", sk: "čas čase", hu: "időpontban időpontra időben", ro: "oră", tr: "saatte saat",
	hr: "vrijeme", sr: "vreme време", sl: "uri čas", bg: "час", uk: "час годині", ru: "время", lt: "laiku",
	et: "ajal",
	ar: "الوقت الموعد التوقيت", fa: "ساعت زمان",
}

// Words after which a bare hour is a clock time ("um 10", "kl 10",
// "alle 10", "a las 10").
// An hour given roughly ("around 6", "gegen 18", "sobre las 18", "verso
// le 18") is announced as well.
var cueWords = [numLangs]string{
	en: "at from around",
	de: "um ab von gegen",
	fr: "à vers de",
	es: "las desde sobre hacia",
	it: "alle ore dalle verso h", // "giovedì 14/01 h. 10": the hour's abbreviation before it
	pt: "às as das",
	nl: "om van vanaf rond omstreeks",
	pl: "godz godzinie o od około",
	sv: "kl klockan omkring",
	da: "kl klokken omkring",
	no: "kl klokken omkring",
	fi: "klo kello",
	cs: "v ve od kolem",
	sk: "o od okolo",
	hu: "", // Hungarian glues its cue on after the time: "14:00-kor" (see caseAfterClock)
	// "la ora 14:00", "ora 14": "la" (an article elsewhere) and "ora"
	// (Italian "now") only on a Romanian line (see lineOnlyWord).
	ro: "la ora orele",
	tr: "saat", // "saat 14:00'te", "saat 10'da"
	hr: "u od oko",
	sr: "u od oko у од око",
	sl: "ob od okoli",
	// Bulgarian "от 14:00 ч." is at 14:00, not from (see cueBefore).
	bg: "в от към около",
	uk: "о об у в з від близько",
	ru: "в с около",
	lt: "nuo apie",
	lv: "plkst pulksten",
	et: "kell kl alates umbes",
	el: "στις στη από περίπου",
	// "الساعة 10:00 صباحاً", "ساعت ۱۴:۳۰"; "من" and "از", from. Both
	// spellings of "الساعة": the line's scan before tokens compares
	// them as written (see hourCues).
	ar: "الساعة الساعه من",
	fa: "ساعت از",
}

var suffixWords = [numLangs]string{
	en: "o'clock hrs",
	de: "uhr",
	fr: "h heures heure",
	es: "h horas hs",
	it: "h",
	pt: "h horas",
	nl: "uur u",
	pl: "",
	sv: "",
	da: "",
	no: "",
	fi: "",
	cs: "hod hodin",
	sk: "hod hodín",
	// "14 órakor" (at 14 o'clock) and "órától" (from) name a time;
	// "2 óra" may be a length.
	hu: "óra órakor órától óráig",
	ro: "",
	tr: "", // the endings glued on with an apostrophe: see aposAfterClock
	hr: "sati h",
	sr: "sati časova h сати часова ч",
	sl: "h uri",
	bg: "ч часа",
	uk: "годині год",
	ru: "ч час часа часов",
	// "10 val." (valanda): with a day just before it, a time (see
	// clockAt); "2 val." may be a length.
	lt: "val",
	lv: "", // "plkst. 18:00": the cue before
	et: "", // "kell 13.00"
}

var rangeWords = [numLangs]string{
	en: "to until till through",
	de: "bis",
	fr: "à a au",
	es: "a al hasta",
	it: "alle a al",
	pt: "às as a até",
	nl: "tot",
	pl: "do",
	sv: "till",
	da: "til",
	no: "til",
	fi: "",
	cs: "do",
	sk: "do",
	hu: "",
	ro: "până la", // "de la 14:00 până la 15:00", "de la 14:00 la 15:00"
	tr: "ile",     // "14:00 ile 15:00 arası"
	hr: "do",
	sr: "do до",
	sl: "do",
	bg: "до",
	uk: "до",
	ru: "до",
	lt: "iki",
	lv: "līdz",
	et: "kuni",
	el: "έως μέχρι",
	ar: "إلى حتى لغاية",
	fa: "تا",
}

var labelWords = [numLangs]string{
	en: "date time when day",
	de: "datum uhrzeit zeit wann termin tag",
	fr: "date heure quand",
	es: "fecha hora cuándo",
	it: "data ora quando",
	pt: "data hora horário quando",
	nl: "datum tijd wanneer",
	pl: "data godzina kiedy",
	sv: "datum tid när",
	da: "dato tid hvornår",
	no: "dato tid når",
	fi: "päivämäärä aika milloin päivä ajankohta",
	cs: "datum čas kdy termín",
	sk: "dátum čas kedy termín",
	hu: "dátum időpont időpontja mikor idő",
	ro: "data ora când",
	tr: "tarih saat zaman",
	hr: "datum vrijeme kada termin",
	sr: "datum vreme kada termin датум време када термин",
	sl: "datum čas ura kdaj termin",
	bg: "дата час кога",
	uk: "дата час коли",
	ru: "дата время когда",
	lt: "data laikas kada",
	lv: "datums laiks kad",
	et: "kuupäev aeg kellaaeg millal",
	el: "ημερομηνία ώρα πότε",
	ar: "التاريخ الموعد الوقت الزمان اليوم",
	fa: "تاریخ زمان ساعت",
}

// hourNames are the hours 1 to 12 as words: "a las nueve", "um neun Uhr",
// "à neuf heures", "o dziewiątej" (Polish says the ordinal), "kl. ni".
var hourNames = [numLangs]string{
	en: "one two three four five six seven eight nine ten eleven twelve",
	de: "eins|ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
	fr: "une|un deux trois quatre cinq six sept huit neuf dix onze douze",
	es: "una|uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
	it: "una|uno due tre quattro cinque sei sette otto nove dieci undici dodici",
	pt: "uma|um duas|dois três quatro cinco seis sete oito nove dez onze doze",
	nl: "een|één twee drie vier vijf zes zeven acht negen tien elf twaalf",
	pl: "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej jedenastej dwunastej",
	sv: "ett|en två tre fyra fem sex sju åtta nio tio elva tolv",
	da: "et|en to tre fire fem seks syv otte ni ti elleve tolv",
	no: "ett|en to tre fire fem seks sju åtte ni ti elleve tolv",
	fi: "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista",
	// Czech says the hour as a cardinal ("v devět") and, after "půl", as a
	// feminine ordinal: "v půl desáté" is half past nine.
	cs: "jedna|jedné dvě|druhé tři|třetí čtyři|čtvrté pět|páté šest|šesté sedm|sedmé osm|osmé devět|deváté deset|desáté jedenáct|jedenácté dvanáct|dvanácté",
	// Slovak says the hour as a feminine ordinal after "o" ("o tretej",
	// at three) and after "pol" ("o pol tretej", half past two); the
	// cardinal is read too. Only on a Slovak line (fLine): "päť" is "Pat"
	// once folded, "tri" and "dve" are words elsewhere.
	sk: "jedna|jednej dve|druhej tri|tretej štyri|štvrtej päť|piatej šesť|šiestej sedem|siedmej osem|ôsmej deväť|deviatej desať|desiatej jedenásť|jedenástej dvanásť|dvanástej",
	// Hungarian, after "fél" ("fél három", half past two). Not "hat"
	// (six) nor "hét" (seven), English "hat" and Dutch "het": those are
	// read only as "hatkor", "hétkor" (see cuedHours).
	hu: "egy kettő|két három négy öt - - nyolc kilenc tíz tizenegy tizenkettő",
	// Romanian: "la ora două", at two.
	ro: "unu|una două|doi trei patru cinci șase șapte opt nouă zece unsprezece doisprezece",
	// Turkish, and the same at an hour ("saat ikide", at two). Not
	// "dört" (German "dort") nor "on" (English), only "dörtte" and
	// "onda"; eleven and twelve are two words.
	tr: "bir|birde iki|ikide üç|üçte dörtte beş|beşte altı|altıda yedi|yedide sekiz|sekizde dokuz|dokuzda onda - -",
	// Arabic says the hour as a feminine ordinal ("الساعة العاشرة
	// صباحاً"), in both spellings of its last letter; eleven and twelve
	// are "الحادية عشرة" and "الثانية عشرة" (see wordClock).
	ar: "الواحدة|الواحده الثانية|الثانيه الثالثة|الثالثه الرابعة|الرابعه الخامسة|الخامسه السادسة|السادسه " +
		"السابعة|السابعه الثامنة|الثامنه التاسعة|التاسعه العاشرة|العاشره الحادية|الحاديه -",
	// Persian says the cardinal ("ساعت ده صبح").
	fa: "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده",
}

// cuedHours are the hours in words with their cue glued on: Hungarian
// "háromkor" (at three), alone or after "fél".
var cuedHours = [numLangs]string{
	hu: "egykor kettőkor|kétkor háromkor négykor ötkor hatkor hétkor nyolckor kilenckor tízkor tizenegykor tizenkettőkor",
}

// hourNames24 are the hours 13 to 20 as words, as formal mail writes an
// afternoon hour in these languages: "à quatorze heures", "alle sedici",
// "às quinze horas", "um vierzehn Uhr". French writes 17 to 19 as "dix"
// and a unit (see wordClock).
var hourNames24 = [numLangs]string{
	de: "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
	fr: "treize quatorze quinze seize - - - vingt",
	es: "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
	it: "tredici quattordici quindici sedici diciassette diciotto diciannove venti",
	pt: "treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove vinte",
	nl: "dertien veertien vijftien zestien zeventien achttien negentien twintig",
}

// minuteWords are the minutes written after an hour in words, folded:
// "two thirty", "dix heures trente", "vierzehn Uhr dreißig", "alle dieci
// e trenta", "às quinze horas e quarenta e cinco".
var minuteWords = func() map[string]int {
	m := map[string]int{}
	for _, ws := range []string{
		"five:5 ten:10 fifteen:15 twenty:20 thirty:30 forty:40 fifty:50",
		"cinq:5 dix:10 quinze:15 vingt:20 trente:30 quarante:40 cinquante:50",
		"cinco:5 diez:10 quince:15 veinte:20 treinta:30 cuarenta:40 cincuenta:50",
		"cinque:5 dieci:10 quindici:15 venti:20 trenta:30 quaranta:40 cinquanta:50 quarantacinque:45",
		"dez:10 vinte:20 trinta:30 quarenta:40 cinquenta:50",
		"fünf:5 zehn:10 fünfzehn:15 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 fünfundvierzig:45",
		"tien:10 vijftien:15 twintig:20 dertig:30 veertig:40 vijftig:50 vijfenveertig:45",
	} {
		for _, w := range strings.Fields(ws) {
			word, n, _ := strings.Cut(w, ":")
			v, _ := strconv.Atoi(n)
			m[string(foldString(word))] = v
		}
	}
	return m
}()

func init() {
	for l := range numLangs {
		addList(monthNames[l], l, kMonth, 1, dayFirst[l])
		addList(monthAbbrevs[l], l, kMonth, 1, fAbbr|dayFirst[l])
		addList(weekdayNames[l], l, kWeekday, 0, 0)
		addList(weekdayAbbrevs[l], l, kWeekday, 0, fAbbr)
		for _, w := range strings.Fields(relWords[l]) {
			word, n, _ := strings.Cut(w, ":")
			add(word, l, kRel, int(n[0]-'0'), 0)
		}
		for _, w := range strings.Fields(connWords[l]) {
			add(w, l, kConn, 0, 0)
		}
		for _, w := range strings.Fields(sameWords[l]) {
			add(w, l, kSame, 0, 0)
		}
		for _, w := range strings.Fields(sameTimeNouns[l]) {
			add(w, l, kSame, 1, 0)
		}
		for _, w := range strings.Fields(cueWords[l]) {
			add(w, l, kCue, 0, 0)
		}
		for _, w := range strings.Fields(suffixWords[l]) {
			add(w, l, kSuffix, 0, 0)
		}
		for _, w := range strings.Fields(rangeWords[l]) {
			add(w, l, kRange, 0, 0)
		}
		for _, w := range strings.Fields(labelWords[l]) {
			add(w, l, kLabel, 0, 0)
		}
	}
	// Chinese, Japanese and Korean weekdays, Sunday first, read in every
	// language as the CJK figures are: "2026年12月15日（星期二）上午10:00",
	// "12月16日（水曜日）14時", "12월 16일 수요일 오후 3시". The one-letter
	// Japanese forms ("（火）") are other words too and stay unknown words,
	// which a date's brackets may hold anyway.
	for _, list := range cjkWeekdayNames {
		addList(list, anyLang, kWeekday, 0, 0)
	}
	// "May" the month against "may" the verb.
	for i, m := range dict["may"].m {
		if m.lang == en {
			dict["may"].m[i].flags |= fCap
		}
	}
	for l := range numLangs {
		addList(hourNames[l], l, kNumWord, 1, lineOnly[l])
		addList(cuedHours[l], l, kNumWord, 1, lineOnly[l]|fCued)
		addList(hourNames24[l], l, kNumWord, 13, 0)
	}
	for _, w := range []struct {
		word string
		lang int
		hour int
	}{
		{"noon", en, 12}, {"midday", en, 12}, {"midnight", en, 0},
		{"midi", fr, 12}, {"minuit", fr, 0}, {"mediodía", es, 12},
		{"mezzogiorno", it, 12}, {"mezzanotte", it, 0},
	} {
		add(w.word, w.lang, kNoon, w.hour, 0)
	}
	for _, w := range strings.Fields("st nd rd th er re e eme ème º ª o a") {
		add(w, anyLang, kOrd, 0, 0)
	}
	// Parts of the day may stand between a day and its time ("tomorrow
	// morning at 9", "mañana por la mañana a las 9"); am/pm after a time
	// is read by daypartAt.
	for l, ws := range [numLangs]string{
		en: "morning afternoon evening", de: "früh vormittag nachmittag abend", fr: "matin soir après",
		es: "mañana tarde noche", it: "mattina pomeriggio sera", pt: "manhã tarde noite",
		nl: "ochtend middag avond", pl: "rano", sv: "morgon förmiddag eftermiddag",
		da: "formiddag eftermiddag", no: "formiddag ettermiddag", fi: "aamulla aamupäivällä iltapäivällä illalla",
		cs: "ráno dopoledne odpoledne večer", sk: "ráno dopoludnia doobeda popoludní poobede večer",
		hu: "reggel délelőtt délután este", ro: "dimineața amiaza seara", tr: "sabah öğleden sonra akşam",
		hr: "ujutro prijepodne poslijepodne popodne navečer", sr: "ujutru prepodne popodne uveče ујутру преподне поподне увече",
		sl: "zjutraj dopoldne popoldne zvečer", bg: "сутринта следобед вечерта", uk: "вранці зранку вдень ввечері",
		ru: "утром днём днем вечером", lt: "ryte popiet vakare", lv: "pēcpusdienā vakarā", et: "hommikul pärastlõunal õhtul",
		ar: "صباحاً صباح مساءً ظهراً عصراً ليلاً فجراً", fa: "صبح ظهر عصر شب بعدازظهر",
	} {
		for _, w := range strings.Fields(ws) {
			add(w, l, kConn, 0, 0)
		}
	}
	for _, w := range []struct {
		word string
		lang int
	}{{"day", en}, {"apres", fr}, {"pasado", es}, {"dopo", it}, {"depois", pt}, {"i", sv}, {"i", da}, {"i", no}} {
		add(w.word, w.lang, kRelWord, 0, 0)
	}
	add("half", en, kClockWord, 0, 0)
	// "halb drei", "half drie", "halv tre", "půl desáté": half an hour
	// before three (ten).
	add("halb", de, kClockWord, 0, 0)
	add("půl", cs, kClockWord, 0, 0)
	add("pol", sk, kClockWord, 0, fLine) // Polish "pół" folds to it
	add("fél", hu, kClockWord, 0, fLine) // "fél három": half past two
	// "ma" (today) is Italian "but", "óra" (hour) folds to Italian and
	// Romanian "ora": read only on a Hungarian line.
	lineOnlyWord("ma", hu)
	lineOnlyWord("ora", hu)
	lineOnlyWord("la", ro)
	lineOnlyWord("ora", ro)
	// Slovenian "danes" (today) is the English Danes, Latvian "rīt"
	// (tomorrow) Dutch "rit" (a ride), Estonian "homme" (tomorrow) and
	// "täna" (today) French "homme" and a name.
	lineOnlyWord("danes", sl)
	lineOnlyWord("rit", lv)
	lineOnlyWord("homme", et)
	lineOnlyWord("tana", et)
	for _, l := range []int{hr, sr} {
		lineOnlyWord("s", l)
		lineOnlyWord("sa", l)
	}
	// Serbian "nedelja" is a week as well as Sunday ("sledeće nedelje",
	// "za nedelju dana"), as Bulgarian "неделя" (Sunday) is in Russian
	// ("следующая неделя"), and "среда" a Russian environment ("среда
	// разработки"): read with a date or a period only (see weekdayAt).
	// A line of one of them may hold no other word of its language.
	for _, w := range []string{"nedelja", "nedelju", "недеља", "недељу", "среда"} {
		riskyWord(w, sr)
	}
	riskyWord("среда", ru)
	riskyWord("неделя", bg)
	add("half", nl, kClockWord, 0, 0)
	for _, l := range []int{sv, da, no} {
		add("halv", l, kClockWord, 0, 0)
	}
	add("quarter", en, kClockWord, 0, 0)
	// A quarter hour in the Germanic languages (see quarterClock).
	add("viertel", de, kClockWord, 0, 0)
	add("dreiviertel", de, kClockWord, 0, 0)
	add("kwart", nl, kClockWord, 0, 0)
	for _, l := range []int{sv, da, no} {
		add("kvart", l, kClockWord, 0, 0)
	}
	add("meio", pt, kClockWord, 0, 0)
	add("t", anyLang, kConn, 0, 0) // ISO 8601 "2026-12-03T15:00"
	// The particles Japanese and Korean write between a day and its time
	// ("12月11日（金）の午後2時", "11日に14時", "11일에 오후 3시"), and
	// Chinese "的"; cjkWord cuts them from the words around them.
	for _, w := range []string{"の", "に", "は", "で", "的", "에", "의"} {
		add(w, anyLang, kConn, 0, 0)
	}
	addList(jalaliMonths, fa, kMonth, 1, fDayFirst|fJalali)
	// "۲۵ آذرماه ۱۴۰۵": formal Persian glues "month" to its name.
	for i, names := range strings.Fields(jalaliMonths) {
		for _, n := range strings.Split(names, "|") {
			add(n+"ماه", fa, kMonth, i+1, fDayFirst|fJalali)
		}
	}
	add("كانون", ar, kMonth, 12, fDayFirst|fPair)
	add("تشرين", ar, kMonth, 10, fDayFirst|fPair)
	// "آب" (August) is Persian's water, and "جوان" (June) its young:
	// they give an Arabic line no vote and are read only on a line other
	// Arabic words decide.
	for _, w := range []string{"آب", "جوان"} {
		e := lookup(foldString(w))
		e.langs &^= 1 << ar
		lineOnlyWord(string(foldString(w)), ar)
	}
	for _, w := range []string{"أحد", "اثنين", "جمعة", "سبت"} {
		riskyWord(string(foldString(w)), ar)
	}
	// "بعد غد" and "پس فردا" start the day after tomorrow.
	add("بعد", ar, kRelWord, 0, 0)
	add("پس", fa, kRelWord, 0, 0)
	add("feira", pt, kConn, 0, 0)
	add("por", es, kConn, 0, 0)
	add("y", es, kConn, 0, 0)
}

// lineOnlyWord sets fLine on the meanings lang gives a folded word.
func lineOnlyWord(word string, lang int) {
	e := lookup([]byte(word))
	for i, m := range e.m {
		if int(m.lang) == lang {
			e.m[i].flags |= fLine
		}
	}
}

// riskyWord sets fRisky on the weekday lang names with a folded word
// that is also a frequent word.
func riskyWord(word string, lang int) {
	e := lookup([]byte(word))
	for i, m := range e.m {
		if int(m.lang) == lang && m.kind == kWeekday {
			e.m[i].flags |= fRisky
		}
	}
}

// dayFirst are the flags of the months of the languages added last that
// write the day before the month. (Lithuanian writes the month first.)
var dayFirst = [numLangs]uint8{hr: fDayFirst, sr: fDayFirst, sl: fDayFirst, bg: fDayFirst, uk: fDayFirst,
	ru: fDayFirst, lv: fDayFirst, et: fDayFirst, ar: fDayFirst, fa: fDayFirst}

// lineOnly are the flags of a language's hours in words: fLine where
// they are other languages' words.
var lineOnly = [numLangs]uint8{sk: fLine, hu: fLine, ro: fLine, tr: fLine}

// addList adds space-separated names with consecutive values starting at
// first; "-" skips a value and "a|b" gives two names one value.
func addList(list string, lang int, k kind, first int, flags uint8) {
	for i, names := range strings.Fields(list) {
		if names == "-" {
			continue
		}
		for _, n := range strings.Split(names, "|") {
			f := flags
			if f&fAbbr != 0 && risky[string(foldString(n))] {
				f |= fRisky
			}
			add(n, lang, k, first+i, f)
		}
	}
}
