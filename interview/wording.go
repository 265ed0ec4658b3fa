package interview

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the wording that decides what a message says. Phrases are
// lower-case and matched on word boundaries against text whose whitespace is
// collapsed, so that a phrase wrapped across lines still matches.

var (
	// A job alert or job digest: a list of openings, not a conversation.
	alertPhrases = []string{
		"job alert", "job alerts", "jobs for you", "new jobs", "new job matches",
		"jobs matching", "jobs that match", "recommended jobs", "jobs you may be interested in",
		"jobs you might like", "similar jobs", "see all jobs", "jobempfehlung", "jobempfehlungen",
		"neue jobs", "passende jobs", "stellenangebote für sie", "offres d'emploi",
		// A saved search's mail, as the boards of each country call it:
		// "Jobagent: Nyt job – ...", "Din jobbevakning", "Alerte emploi".
		"jobagent", "job agent", "jobbagent", "suchagent", "jobabo", "job-abo", "jobalert", "jobbevakning",
		"alerte emploi", "alertes emploi", "alerta de empleo",
		"alertas de empleo", "alerta de emprego", "vacaturemelding", "vacaturealert", "powiadomienie o ofertach",
	}
	// Articles and courses about interviewing, recognised by their subject.
	articlePhrases = []string{
		"tips", "tip", "how to", "ace your", "ace the", "ways to", "mistakes", "guide",
		"questions to ask", "interview questions", "prepare for your", "prepare for the",
		"nail your", "nail the", "demystified", "webinar", "masterclass", "cheat sheet", "acing",
		"cracking the", "crack the", "crack your", "mastering the", "master the", "beat the",
		"checklist", "tipps", "ratgeber", "leitfaden", "conseils", "consejos",
		// How to do well at an interview, in the other languages: a talk
		// or an article, not an invitation.
		"como brilhar", "como se preparar", "dicas", "cómo preparar", "cómo superar", "comment réussir",
		"réussir votre", "réussir son", "so gelingt", "so überzeugen", "erfolgreich im", "come superare",
		"consigli", "hoe je", "tips voor", "jak przygotować", "jak przejść", "så lyckas", "sådan klarer",
		"slik lykkes", "jak uspět", "näin onnistut", "vinkit", "vinkkejä", "porady", "råd om", "gode råd",
		"rady jak", "tipy",
	}
	// Receipts of an application: nothing is scheduled yet.
	receiptPhrases = []string{
		// Arabic and Persian: "thank you for applying", "we received your
		// application / your CV".
		"terima kasih telah melamar", "terima kasih atas lamaran", "lamaran anda telah kami terima",
		"terima kasih kerana memohon", "permohonan anda telah diterima",
		"شكرا لتقديمك", "شكرا على تقديمك", "تم استلام طلبك", "استلمنا طلبك", "تم استلام سيرتك الذاتية",
		"درخواست شما دریافت شد", "رزومه شما دریافت شد", "از ارسال رزومه", "از ارسال درخواست",
		"thank you for applying", "thanks for applying", "thank you for your application",
		"thanks so much for applying", "thank you so much for applying", "thanks again for applying",
		"thank you again for applying", "thanks so much for your application",
		"thanks for your application", "we have received your application",
		"we've received your application", "we received your application",
		"your application has been received", "application received",
		"vielen dank für ihre bewerbung", "danke für ihre bewerbung",
		"eingang ihrer bewerbung", "wir haben ihre bewerbung erhalten",
		"merci pour votre candidature", "gracias por tu solicitud",
		// Every language followupd reads, as hiring systems word their
		// acknowledgements.
		"danke für deine bewerbung", "vielen dank für deine bewerbung", "wir haben deine bewerbung erhalten",
		"deine bewerbung ist bei uns eingegangen", "ihre bewerbung ist bei uns eingegangen", "eingangsbestätigung",
		"nous avons bien reçu votre candidature", "nous avons reçu votre candidature", "merci de votre candidature",
		"merci pour ta candidature", "votre candidature a bien été reçue", "votre candidature a bien été enregistrée",
		"gracias por tu candidatura", "gracias por su candidatura", "hemos recibido tu candidatura",
		"hemos recibido su candidatura", "hemos recibido tu solicitud", "gracias por postularte",
		"gracias por tu postulación", "grazie per la tua candidatura", "grazie per la candidatura",
		"abbiamo ricevuto la tua candidatura", "abbiamo ricevuto la sua candidatura", "grazie per esserti candidato",
		"grazie per esserti candidata", "obrigado pela sua candidatura", "obrigada pela sua candidatura",
		"recebemos a sua candidatura", "recebemos sua candidatura", "obrigado por se candidatar",
		"agradecemos a sua candidatura", "bedankt voor je sollicitatie", "bedankt voor uw sollicitatie",
		"dank voor je sollicitatie", "dank voor uw sollicitatie", "we hebben je sollicitatie ontvangen",
		"wij hebben uw sollicitatie ontvangen", "je sollicitatie is ontvangen", "sollicitatie goed ontvangen",
		"dziękujemy za przesłanie aplikacji", "dziękujemy za aplikację", "otrzymaliśmy twoją aplikację",
		"otrzymaliśmy twoje zgłoszenie", "dziękujemy za zgłoszenie", "tack för din ansökan",
		"vi har tagit emot din ansökan", "vi har mottagit din ansökan", "tak for din ansøgning",
		"vi har modtaget din ansøgning", "takk for din søknad", "takk for søknaden", "vi har mottatt din søknad",
		"kiitos hakemuksestasi", "olemme vastaanottaneet hakemuksesi", "obdrželi jsme vaši žádost",
		"děkujeme za vaši žádost", "děkujeme za vaši reakci",
		"ďakujeme za vašu žiadosť", "ďakujeme za vašu reakciu", "vašu žiadosť sme prijali", "prijali sme vašu žiadosť",
		"potvrdzujeme prijatie vašej žiadosti",
		"köszönjük jelentkezését", "köszönjük a jelentkezését", "köszönjük jelentkezésedet", "köszönjük a jelentkezésedet",
		"megkaptuk jelentkezését", "megkaptuk a jelentkezését", "jelentkezését megkaptuk", "köszönjük pályázatát",
		"vă mulțumim pentru aplicare", "vă mulțumim pentru candidatură", "îți mulțumim pentru aplicare",
		"am primit aplicația", "am primit candidatura", "aplicația ta a fost primită",
		"başvurunuz için teşekkür ederiz", "başvurunuz için teşekkürler", "başvurunuzu aldık", "başvurunuz bize ulaştı",
		"başvurunuz alınmıştır",
		// Croatian, Serbian (both scripts), Slovenian, Bulgarian, Ukrainian,
		// Russian, the Baltic languages, Japanese, Chinese and Korean, as
		// their job boards (MojPosao, Infostud, hh.ru, robota.ua, CV
		// Keskus, リクナビ, 智联, 사람인) and employers acknowledge.
		"zahvaljujemo na prijavi", "hvala na prijavi", "zaprimili smo vašu prijavu", "vaša prijava je zaprimljena",
		"primili smo vašu prijavu", "vaša prijava je primljena", "примили смо вашу пријаву", "хвала на пријави",
		"hvala za prijavo", "prejeli smo vašo prijavo", "благодарим ви за кандидатурата", "получихме вашата кандидатура",
		"дякуємо за ваш відгук", "дякуємо за відгук", "ми отримали ваше резюме", "ваш відгук отримано",
		"спасибо за отклик", "благодарим за отклик", "благодарим вас за отклик", "мы получили ваше резюме",
		"ваш отклик получен", "dėkojame už jūsų paraišką", "gavome jūsų paraišką", "paldies par jūsu pieteikumu",
		"paldies par pieteikumu", "esam saņēmuši jūsu pieteikumu", "täname kandideerimast", "täname teid kandideerimast",
		"aitäh kandideerimast", "oleme teie avalduse kätte saanud", "ご応募ありがとうございます", "応募を受け付けました",
		"ご応募を受け付け", "感谢您的投递", "感谢投递", "已收到您的简历", "感謝您的應徵", "已收到您的履歷",
		"지원해 주셔서 감사합니다", "지원서가 접수", "지원서 접수가 완료",
	}
	rejectionPhrases = []string{
		// Arabic and Persian: other candidates, not chosen, not going on.
		// Indonesian and Malay: another candidate, not going on.
		"kandidat lain", "belum dapat melanjutkan", "tidak dapat melanjutkan", "tidak lolos", "calon lain",
		"tidak berjaya", "tidak dapat meneruskan",
		"مرشحين آخرين", "مرشح آخر", "لم يتم اختيارك", "لم يتم قبولك", "عدم المضي", "لن نمضي", "نأسف لإبلاغك",
		"نأسف لابلاغك", "نعتذر عن عدم قبول",
		"متقاضیان دیگر", "کاندیدای دیگری", "گزینه دیگری", "پذیرفته نشد", "انتخاب نشدید", "امکان همکاری فراهم نیست",
		"امکان ادامه همکاری",
		// Greek: another candidate, not going on.
		"άλλον υποψήφιο", "άλλο υποψήφιο", "άλλη υποψήφια", "άλλους υποψηφίους", "δεν θα προχωρήσουμε",
		"δεν προχωράμε", "δεν επιλεχθήκατε",
		"move forward with other candidates", "moving forward with other candidates",
		"move forward with another candidate", "moving forward with another candidate",
		"proceed with another candidate", "proceeding with another candidate", "go with another candidate",
		"going with another candidate",
		// "they've decided to offer the role to another candidate": the
		// offer someone else gets.
		"offer the role to another candidate", "offered the role to another candidate",
		"offer the position to another candidate", "offered the position to another candidate",
		"offer the job to another candidate", "offered the job to another candidate",
		"offer the role to someone else", "offered the role to someone else",
		"proceed with other candidates", "pursue other candidates", "pursuing other candidates",
		"decided not to proceed", "decided not to move forward", "not to proceed with your application",
		"decided not to continue", "not to continue with your application", "not continue with your application",
		"decided not to progress", "not to progress your application", "not to pursue your application",
		"decided to discontinue", "not to take your application further",
		// Not asked to the next stage: "we have decided not to invite
		// you to the second round in January".
		"decided not to invite you", "not to invite you to the next", "not to invite you to the second",
		"not to invite you to the final", "not be inviting you to the", "won't be inviting you to the",
		"will not be moving forward", "won't be moving forward", "not be moving forward with your",
		"position has been filled", "role has been filled", "we have filled the position",
		"not be progressing your application", "unable to offer you",
		"not been successful", "was not successful", "were not successful",
		"not to take things further", "not to take this further", "not to take it further", "not be taking things further",
		"gone with a candidate", "gone with another candidate", "went with a candidate",
		// Someone else, however described: "we've decided to go with
		// someone in APAC hours", "decided to progress with a profile
		// that has deeper hands-on experience".
		"decided to go with someone", "go with someone else", "gone with someone else", "went with someone else",
		"move forward with someone else", "moving forward with someone else", "progress with a profile",
		"progress with another profile", "progress with someone", "proceed with someone else",
		"not the news you were hoping for", "not the news you'd hoped for", "not the news you had hoped for",
		"not the outcome you were hoping for", "not the answer you were hoping for",
		"leider absagen", "leider nicht berücksichtigen",
		"anderen kandidaten entschieden", "anderen bewerber entschieden",
		"für einen anderen kandidaten", "für eine andere kandidatin", "für einen anderen bewerber", "für eine andere bewerberin",
		"für eine andere bewerbung", "anderen bewerberin entschieden", "anderen kandidatin entschieden",
		// The inclusive forms, as the lexicon splits them: "für eine:n
		// andere:n Kandidat:in", "für eine*n andere*n Bewerber*in".
		"für eine:n andere:n kandidat:in", "für eine:n andere:n bewerber:in", "andere:n kandidat:in entschieden",
		"für jemand anderen entschieden", "für eine andere person entschieden",
		// Filling the post with someone else: "die Stelle mit einer
		// Bewerberin zu besetzen, deren Profil ... besser entspricht".
		"mit einer bewerberin zu besetzen", "mit einem bewerber zu besetzen", "mit einer kandidatin zu besetzen",
		"mit einem kandidaten zu besetzen", "anderweitig besetzt", "anderweitig zu besetzen", "anderweitig besetzen",
		"noch besser entspricht", "noch besser entsprechen",
		"mit einer anderen kandidatin", "mit einem anderen kandidaten", "mit einer anderen bewerberin",
		"mit einem anderen bewerber", "mit anderen kandidaten fortzusetzen", "mit anderen bewerbern fortzusetzen",
		// the inclusive forms: "mit anderen Kandidat:innen", "Kandidatinnen und Kandidaten"
		"mit anderen kandidat innen", "für andere kandidat innen", "mit anderen bewerber innen",
		"für andere bewerber innen", "mit anderen kandidatinnen", "mit anderen bewerberinnen",
		"für andere kandidatinnen", "für andere bewerberinnen",
		"nous ne donnerons pas suite", "pas été retenue", "pas été retenu", "ne pas retenir votre candidature",
		"avons le regret de vous informer", "avec une autre personne",
		// "poursuivre le processus avec d'autres candidats", never
		// "nous souhaitons poursuivre le processus avec vous".
		"poursuivre le processus avec d'autres", "poursuivre le processus avec un autre", "poursuivre le processus avec une autre",
		"poursuivre le processus avec un profil", "poursuivre avec d'autres",
		"un autre candidat", "une autre candidate",
		"no continuaremos con tu candidatura", "no ha sido seleccionado", "no ha sido seleccionada", "hemos decidido continuar con otros",
		// Going on with others, as each language builds it: "abbiamo
		// deciso di proseguire il processo di selezione con altri
		// candidati" (never "other candidates" alone: "met drie andere
		// kandidaten" is a group exercise's).
		"proseguire con altri candidati", "selezione con altri candidati", "continuar con otros candidatos",
		"seguir con otros candidatos", "proceso con otros candidatos", "seguir com outros candidatos",
		"continuar com outros candidatos", "processo com outros candidatos", "verder met andere kandidaten",
		"doorgaan met andere kandidaten", "gekozen voor andere kandidaten", "vidare med andra kandidater",
		"videre med andre kandidater",
		"otro candidato", "non è stata selezionata", "non proseguire",
		"altro candidato", "esito negativo", "não foi selecionado", "não foi selecionada", "outro candidato",
		"niet verder", "andere kandidaat", "niet door naar", "innego kandydata",
		"zdecydowaliśmy się na", "annan kandidat", "inte gå vidare",
		"anden kandidat", "ikke gå videre", "annen kandidat",
		"nie możemy zaproponować", "kontynuować proces z innym", "kontynuować proces z inną", "kontynuować proces z innymi", "nie zakwalifikował",
		"odpowiedź negatywna", "andere profielen", "altri profili", "otros perfiles", "outros perfis",
		"d'autres profils", "andra profiler", "andre profiler",
		// A decision not to go on, however the sentence is built: "nous
		// avons malheureusement décidé de ne pas donner suite".
		"pas donner suite", "décidé de ne pas", "ne pas poursuivre votre candidature", "hemos decidido no",
		"abbiamo deciso di non", "besloten om niet", "besloten niet", "decidimos não", "decidimos nao",
		"zdecydowaliśmy się nie", "beslutat att inte", "besluttet ikke at", "besluttet å ikke",
		"uns entschieden, ihre bewerbung nicht", "uns gegen ihre bewerbung", "nicht weiter zu berücksichtigen",
		"valitsimme toisen", "toisen hakijan", "toisen ehdokkaan", "emme voi jatkaa", "ei valitettavasti", "päätimme jatkaa toisen",
		"jiného kandidáta", "jinou kandidátku", "nebudeme pokračovat", "rozhodli jsme se nepokračovat", "jiného uchazeče",
		"pokračovat s uchazečem", "pokračovat s kandidátem", "pokračovat s jiným",
		// Slovak, close to Czech but its own: "sme sa rozhodli pokračovať
		// s uchádzačom, ktorého skúsenosti ...".
		"pokračovať s uchádzačom", "pokračovať s kandidátom", "pokračovať s iným", "iného uchádzača", "iného kandidáta",
		"nebudeme pokračovať", "rozhodli sme sa nepokračovať", "pre iného uchádzača",
		"s inými kandidátmi", "s inými uchádzačmi", "pokračovať s inými", "neboli ste vybraný", "neboli ste vybraná",
		"nepostupujete do ďalšieho kola",
		// Hungarian: "egy másik jelölt mellett döntöttünk".
		"másik jelölt mellett", "más jelölt mellett", "más jelöltet választottunk", "másik jelöltet választottunk",
		"nem jutott tovább", "nem áll módunkban továbbvinni", "nem tudjuk továbbvinni", "úgy döntöttünk, hogy nem",
		"más jelöltekkel folytatjuk", "más jelöltekkel haladunk tovább",
		// Romanian: "am decis să continuăm procesul cu alți candidați".
		"alți candidați", "cu alți candidați", "alt candidat", "un alt candidat", "o altă candidată", "nu vom continua",
		"nu ați fost selectat", "nu ați fost selectată", "am decis să nu", "nu putem continua", "nu am putut continua",
		// Turkish: "başka bir adayla ilerlemeye karar verdik".
		"başka bir adayla", "başka bir aday", "başka adaylarla", "diğer adaylarla", "olumsuz sonuçlanmıştır",
		"olumlu değerlendiremiyoruz", "olumlu değerlendiremedik", "devam etmeme kararı",
		// Whom the process goes on with: "hemos decidido continuar el
		// proceso con otras personas cuyo perfil se ajusta más".
		"continuar el proceso con otras personas", "con otras personas cuyo perfil", "cuyo perfil se ajusta más",
		"continuar con otras candidaturas", "d'autres candidatures", "outras candidaturas",
		"continue with another candidate", "continue with other candidates", "continuing with another candidate",
		"continue with a candidate whose", "continue with candidates whose",
		"move forward with a candidate whose", "moving forward with a candidate whose", "proceed with a candidate whose",
		"für eine kandidatin entschieden", "für einen kandidaten entschieden", "für eine bewerberin entschieden",
		"für einen bewerber entschieden",
		// Others in the plural, and the application no longer
		// considered: "für Kandidat:innen entschieden, deren Erfahrung
		// ...", "Wir werden Deine Bewerbung daher nicht weiter
		// berücksichtigen".
		"für kandidat innen entschieden", "für bewerber innen entschieden", "für kandidaten entschieden",
		"für bewerber entschieden", "für kandidatinnen und kandidaten entschieden", "nicht weiter berücksichtigen",
		"nicht weiter berücksichtigt",
		"decided to move forward with candidates", "move forward with candidates whose", "moving forward with candidates whose", "proceed with candidates whose", "decided to pursue candidates",
		// Croatian and Serbian: "odlučili smo se za drugog kandidata",
		// "nastaviti s drugim kandidatima" (Serbian "sa"), in both of
		// Serbian's scripts; Slovenian "odločili za drugega kandidata".
		"odlučili smo se za drugog kandidata", "odlučili smo se za drugu kandidatkinju", "odlučili smo se za kandidata",
		"odlučili smo se za kandidatkinju", "drugog kandidata", "s drugim kandidatom", "s drugim kandidatima",
		"sa drugim kandidatom", "sa drugim kandidatima", "odlučili smo ne nastaviti", "odlučili smo da ne nastavimo",
		"nismo u mogućnosti ponuditi", "niste ušli u uži izbor", "niste izabrani", "niste izabrana",
		"одлучили смо се за другог кандидата", "одлучили смо се за кандидата", "другог кандидата", "са другим кандидатом",
		"са другим кандидатима", "одлучили смо да не наставимо", "нисте изабрани",
		"odločili za drugega kandidata", "odločili za drugo kandidatko", "drugega kandidata", "z drugim kandidatom",
		"z drugimi kandidati", "niste bili izbrani", "ne bomo nadaljevali",
		// Bulgarian ("друг кандидат"), Ukrainian ("з іншим кандидатом"),
		// Russian ("приняли решение не продолжать", "выбрали другого
		// кандидата"). Not "решихме да продължим с": "... с Вас" goes on.
		"друг кандидат", "с друг кандидат", "друга кандидатка", "други кандидати", "не сте одобрен", "не сте одобрена",
		"няма да продължим", "продължим с кандидат", "продолжить с кандидатом", "продовжити з кандидатом", "з іншим кандидатом", "з іншою кандидаткою", "з іншими кандидатами", "іншого кандидата",
		"вирішили не продовжувати", "рішення не продовжувати", "не готові рухатися далі", "не готові запропонувати",
		"ваша кандидатура не пройшла", "с другим кандидатом", "с другими кандидатами", "другого кандидата",
		"решение не продолжать", "решили не продолжать", "в пользу другого кандидата", "не готовы сделать вам предложение",
		"не можем предложить вам", "вынуждены отказать", "ваша кандидатура не прошла",
		// Lithuanian, Latvian, Estonian: with another candidate, decided
		// not to go on.
		"su kitu kandidatu", "su kita kandidate", "su kitais kandidatais", "nusprendėme nebetęsti", "negalime pasiūlyti",
		"ar citu kandidātu", "ar citu kandidāti", "ar citiem kandidātiem", "nolēmuši neturpināt", "nolēmām neturpināt",
		"nevaram piedāvāt", "teise kandidaadiga", "teiste kandidaatidega", "teise kandidaadi kasuks",
		"otsustasime mitte jätkata", "ei osutunud valituks",
		// Japanese: "ご期待に添いかねる結果となりました", "見送らせていただく
		// こととなりました", "ご縁がなかった".
		"ご期待に添いかねる", "ご期待に沿いかねる", "ご期待に添えない", "ご期待に沿えない", "見送らせていただ",
		"見送らせて頂", "見送りとさせていただ", "見送ることとなりました", "採用を見送", "不採用", "ご縁がなかった",
		// Chinese, simplified and traditional: "决定不再推进您的申请",
		// "未能录取", "暂不匹配".
		"不再推进", "不再推進", "暂不匹配", "暫不匹配", "未能通过", "未能通過", "未能录取", "未能錄取", "不予录用", "不予錄用",
		"未获录取", "未獲錄取", "其他候选人", "其他候選人", "无法为您提供", "無法為您提供",
		// Korean: "아쉽게도 이번에는 함께하지 못하게 되었습니다", "불합격".
		"함께하지 못하게", "함께하기 어렵", "불합격", "모시지 못하게", "좋은 소식을 전해드리지 못",
	}
	// "unfortunately" alone is too weak; with one of these nearby it is a no.
	softRejectionLead = []string{"unfortunately", "regrettably", "regret to inform", "leider", "malheureusement",
		"lamentablemente", "lamentamos", "niestety", "helaas", "purtroppo", "infelizmente", "tyvärr", "desværre", "dessverre",
		"valitettavasti", "bohužel", "bohužiaľ", "žiaľ", "žiaľbohu", "sajnálattal értesítjük", "sajnos",
		"din păcate", "cu regret", "regretăm", "maalesef", "üzülerek",
		// The weighing that opens a no: "Dopo un'attenta valutazione".
		"after careful consideration", "dopo un'attenta valutazione", "dopo attenta valutazione",
		"nach sorgfältiger prüfung", "nach reiflicher überlegung", "na zorgvuldige overweging", "après mûre réflexion",
		"tras una cuidadosa valoración", "após uma análise cuidadosa", "após análise cuidadosa",
		// Unfortunately, with regret, in the South Slavic, East Slavic and
		// Baltic languages, Japanese, Chinese and Korean.
		"nažalost", "нажалост", "žal", "za žal", "за съжаление", "със съжаление", "на жаль", "з жалем", "к сожалению",
		"к нашему сожалению", "с сожалением", "deja", "apgailestaujame", "diemžēl", "ar nožēlu", "kahjuks",
		"残念ながら", "残念ですが", "很遗憾", "很遺憾", "遗憾地", "遺憾地", "아쉽게도", "안타깝게도", "유감스럽게도"}
	// choiceLeads, "We hebben een lastige keuze moeten maken", announce a
	// no as often as good news ("a tough decision, but you're through to
	// the next round"): only another candidate after them makes a no.
	// They are soft leads too (see lSoftLead).
	choiceLeads = []string{
		"difficult decision", "tough decision", "difficult choice", "lastige keuze", "moeilijke keuze",
		"moeilijke beslissing", "schwere entscheidung", "schwierige entscheidung", "décision difficile",
		"choix difficile", "decisión difícil", "decisione difficile", "decisão difícil", "trudna decyzja",
		"svårt beslut", "svær beslutning", "vanskelig beslutning"}
	rejectionLeads = slices.Concat(softRejectionLead, choiceLeads)
	choiceTails    = []string{
		"another candidate", "other candidates", "other applicants", "candidate whose", "andere kandidaat",
		"andere kandidaten", "met een kandidaat", "kandidaat wiens", "anderen kandidaten", "anderen bewerber",
		"un autre candidat", "une autre candidate", "otro candidato", "otra candidata", "un altro candidato",
		"un'altra candidata", "outro candidato", "outra candidata", "innego kandydata", "annan kandidat",
		"anden kandidat", "annen kandidat"}
	softRejectionTails = []string{
		"other candidates", "another candidate", "other applicants", "not move forward",
		"not to move forward", "not proceed", "not be proceeding", "absagen", "absage",
		"andere kandidaten", "anderen kandidaten", "andere bewerber", "kolejnego etapu", "volgende ronde",
		"prossima fase", "próxima fase", "siguiente fase", "nästa steg", "næste runde", "neste runde",
		"étape suivante", "nächste runde", "succes met je zoektocht", "succes met uw zoektocht",
		// Whom they go on with, and the wish that closes a no: "z osobami,
		// których doświadczenie...", "good luck with your search".
		"z osobami", "z innymi kandydatami", "kontynuować proces", "other people", "with someone",
		"otras personas", "otros perfiles", "otras candidaturas", "otros candidatos",
		"good luck with your search", "luck in your search", "viel erfolg bei ihrer weiteren",
		"viel erfolg bei deiner weiteren", "bonne continuation dans vos recherches", "suerte en tu búsqueda",
		"suerte en su búsqueda", "in bocca al lupo per la", "lycka till med",
		"held og lykke med", "lykke til videre", "powodzenia w dalszych poszukiwaniach", "onnea työnhakuun",
		"hodně štěstí při hledání", "veľa úspechov", "veľa šťastia", "más jelöltet", "más jelölttel", "másik jelöltet",
		"másik jelölttel", "további sikereket", "sok sikert", "succes în continuare", "mult succes",
		"kariyerinizde başarılar", "başarılar dileriz",
		// Other candidates alone: "met drie andere kandidaten" is a group
		// exercise's; after "helaas", a no.
		"altri candidati", "outros candidatos", "andra kandidater", "andre kandidater", "innych kandydatów",
		// The wish that closes a no, and the talent pool it is filed in.
		"puno uspjeha", "mnogo uspjeha", "mnogo uspeha", "много успеха", "veliko uspeha", "успех в", "успіхів у пошуку",
		"успехов в поиске", "sėkmės ieškant", "veiksmi darba meklējumos", "edu edaspidisel", "edu tööotsingul",
		"ご活躍をお祈り", "人才库", "人才庫", "人才資料庫", "求职顺利", "求職順利", "다음 기회에",
	}
	offerPhrases = []string{
		"pleased to offer", "happy to offer", "delighted to offer", "excited to offer",
		"extend an offer", "extend you an offer", "extending an offer", "offer letter",
		"offer of employment", "formal offer", "vertragsangebot", "make you an offer", "offer you the role",
		"offer you the position", "offer you the job", "verbal offer",
		// A freelance platform's notice: "Melissa Grant from Harborview
		// Analytics sent you an offer", "You received an offer: ...".
		"sent you an offer", "received an offer", "sent you a contract offer", "review the offer",
		"hat dir ein angebot gesendet", "vous a envoyé une offre", "like to offer you the", "want to offer you the",
		"ein angebot zu machen", "arbeitsvertrag zukommen", "ein angebot unterbreiten", "stellenangebot machen",
		// "wir möchten Ihnen sehr gern ein Angebot für die Position ...
		// machen", "Ihr Angebot von Relecloud", "your offer from".
		"ein angebot für die position", "ein angebot für die stelle", "ihr angebot von", "dein angebot von",
		"your offer from",
		"proposition d'embauche", "promesse d'embauche", "vous proposer le poste", "offre d'emploi ferme",
		"oferta de empleo", "propuesta de incorporación", "ofrecerte el puesto", "ofrecerle el puesto", "proposta di assunzione",
		// A public body's selection board proposes the hire: "ha
		// acordado proponer su contratación", "Propuesta de contratación".
		"propuesta de contratación", "proponer su contratación", "proposta de contratação", "propor a sua contratação",
		"offrirti la posizione", "offrirle la posizione", "proposta de emprego", "oferecer a vaga",
		"apresentamos uma proposta", "apresentar uma proposta", "carta-proposta", "proposta para integrar",
		"aanbod te doen", "een aanbod doen", "aanbod doen voor", "een aanbod willen doen", "een aanbod wil doen",
		"willen je graag aannemen", "willen je heel graag aannemen", "je graag aannemen", "het schriftelijke aanbod",
		"schriftelijk aanbod", "we möchten dich einstellen", "möchten sie einstellen", "möchten dich gerne einstellen",
		"would love to hire you", "we want to hire you", "we'd like to hire you", "would like to hire you", "arbeidsovereenkomst", "contractvoorstel", "ofertę pracy", "ofertę zatrudnienia",
		"ofertę współpracy", "złożyć panu ofertę", "złożyć pani ofertę", "przedstawić panu ofertę",
		"przedstawić pani ofertę",
		"przedstawić ofertę", "erbjuda dig tjänsten", "anställningserbjudande", "jobtilbud", "tilbyde dig stillingen",
		"tilby deg stillingen",
		// Spoken forms: "ofrecerte la posición", "te oferecer a posição".
		"ofrecerte la posición", "ofrecerle la posición", "ofrecerte la posicion", "propuesta formal",
		"oferecer a posição", "oferecer-lhe a vaga", "offrirti il ruolo", "vous offrir le poste",
		"vous proposer un contrat", "ihnen die stelle anbieten", "dir die stelle anbieten",
		"u de functie aanbieden", "je de functie aanbieden",
		"erbjuda dig rollen", "tilbyde dig jobbet", "tilby deg jobben",
		"työtarjous", "tarjota sinulle tehtävää",
		"pracovní nabídku", "nabídnout vám pozici", "pracovnú ponuku", "ponúknuť vám pozíciu", "radi by sme vám ponúkli",
		"állásajánlat", "állásajánlatot", "ajánlatot tenni", "szeretnénk felajánlani",
		"ofertă de angajare", "oferta de angajare", "să vă oferim postul", "să îți oferim postul", "vă facem o ofertă",
		"iş teklifi", "teklif mektubu", "teklif etmek istiyoruz",
		"zaproponować ci dołączenie", "zaproponować pani dołączenie", "zaproponować panu dołączenie", "warunki oferty", "nabídku na pozici", "tarjota sinulle paikkaa", "erbjuda dig en tjänst", "tilby deg en stilling",
		// The offer letter, as each language names it: "te llegará la
		// carta de oferta a través de Factorial".
		"carta de oferta", "carta oferta", "lettre d'offre", "lettera di offerta",
		"lettera d'offerta", "angebotsschreiben", "aanbiedingsbrief", "erbjudandebrev", "tilbudsbrev",
		// Asked to join as the role: "¡nos encantaría que te unieras a
		// Alisio como Engineering Manager!".
		"nos encantaría que te unieras", "nos encantaría que te incorporaras", "nos encantaría contar contigo como",
		"adoraríamos que te juntasses", "gostaríamos muito que te juntasses", "ci piacerebbe che entrassi",
		// French: "nous souhaitons vous faire une proposition pour
		// rejoindre Lémanique Solutions ... vous présenter l'offre".
		"vous faire une offre", "te faire une offre", "vous faire une proposition pour rejoindre",
		"te faire une proposition pour rejoindre", "vous présenter l'offre", "vous présenter notre offre",
		"proposition écrite", "proposition d'engagement",
		// Glad to offer, in the new languages (not the bare "оффер" or
		// "tööpakkumine": "не готовы сделать оффер" is a no, and the
		// second is also a job advert). Japanese "内定", Korean "최종 합격".
		"s veseljem vam nudimo", "drago nam je ponuditi vam", "drago nam je da vam ponudimo", "sa zadovoljstvom vam nudimo",
		"драго нам је да вам понудимо", "z veseljem vam ponujamo", "veseli nas, da vam lahko ponudimo",
		"радваме се да ви предложим", "с удоволствие ви предлагаме", "раді запропонувати вам", "раді зробити вам пропозицію",
		"надсилаємо вам офер", "рады предложить вам", "рады сделать вам предложение", "рады сделать вам оффер",
		"направляем вам оффер", "džiaugiamės galėdami pasiūlyti", "siunčiame darbo pasiūlymą", "ar prieku piedāvājam",
		"meil on hea meel pakkuda", "内定", "内々定", "採用が決定", "労働条件通知書", "决定录用", "決定錄用", "录用通知",
		"錄用通知", "최종 합격", "처우 협의", "입사를 제안",
	}
	reschedulePhrases = []string{
		"reschedule", "rescheduled", "rescheduling", "move our interview", "move the interview",
		// British English: "your interview ... has had to be rearranged".
		"rearrange", "rearranged", "rearranging", "re-arrange", "re-arranged",
		"moved our interview", "moved the interview", "move it to", "moved it to", "move it", "have to move",
		"need to move", "postpone", "postponed", "push it back", "push back", "new time",
		// The interview named between the verb and its particle: "I need
		// to push your interview back to 3.15pm", "bring your call
		// forward".
		// A formal correction of an error in the letter: "Donde dice:
		// 'Hora: 9:30 horas' Debe decir: 'Hora: 10:30 horas'".
		"debe decir", "corrección de errores", "should read", "erratum", "doit être lu", "deve leggersi",
		// The new time said as what now holds: "your presentation and
		// interview will now start at 14:30 rather than 13:45".
		"will now start", "will now begin", "will now take place", "will now be held", "now starts at", "now begins at",
		"push your interview back", "push the interview back", "push our interview back", "move your interview",
		"moved your interview", "bring your interview forward", "bring the interview forward", "bring it forward",
		// A booking cancelled to be made again: "please rebook via my
		// link", "bitte buchen Sie einen neuen Termin" (neuen termin).
		"rebook", "re-book", "rebooking", "book another time", "book a new time", "book another slot",
		"book a new slot", "pick a new time", "choose a new time", "neu buchen", "erneut buchen", "umbuchen",
		// "kurze Änderung zu unserem Termin am Mittwoch ...: wir beginnen
		// daher erst um 10:30 Uhr": a small change of the same appointment.
		"small change", "quick change", "kurze änderung", "kleine änderung", "terminänderung",
		"änderung zu unserem termin", "petit changement", "léger changement", "pequeño cambio", "piccola modifica",
		"kleine wijziging", "nieuw tijdstip", "nieuwe tijd", "mała zmiana", "liten ändring", "lille ændring", "liten endring",
		"changed the time", "push our", "instead of", "instead", "push to", "push it to", "bump to", "bump it to",
		"move to", "shift to", "moved to", "been moved", "moving it to", "moving to",
		// "we've moved your technical interview to Thursday": the
		// user's meeting, moved, however it is named.
		"moved your", "move your", "moving your", "pushed your", "pushed our", "shifted your", "shifted our", "bumped your",
		// "Could we move our chat to Tuesday Dec 8, same time?": the
		// meeting by any of its names.
		"move our chat", "move our call", "move our meeting", "move our conversation", "move our talk",
		"move our session", "move our catch-up", "move our appointment", "moving our chat", "moving our call",
		"moving our meeting", "moved our chat", "moved our call", "moved our meeting", "shift our chat", "shift our call",
		// Indian English moves earlier as it postpones: "we have
		// preponed your telephonic round to 2:30 PM IST", "revised timing".
		"prepone", "preponed", "preponing", "revised timing", "revised time",
		// A one-way interview's deadline, moved: "Copperleaf Bank has
		// extended the deadline", "New deadline 14 December 2026".
		"extended the deadline", "extended your deadline", "deadline has been extended", "new deadline",
		"previous deadline no longer applies", "frist verlängert", "neue frist", "nouvelle date limite",
		"nuevo plazo", "nueva fecha límite", "nuova scadenza", "nieuwe deadline", "nowy termin",
		"verschieben", "verschoben", "schieben", "umplanen", "umgeplant", "neuer termin", "neuen termin", "statt", "anstatt", "stattdessen",
		"terminverschiebung", "verschiebung", "umterminierung",
		// "Eine Änderung zum Termin am kommenden Dienstag: ... beginnt
		// deshalb nicht um 8:00 Uhr, sondern um 8:45 Uhr".
		"änderung zum termin", "änderung des termins", "änderung beim termin",
		"geänderte uhrzeit", "neue uhrzeit", "neue anfangszeit", "geänderte anfangszeit",
		// A hiring system's notice: "Interview geändert: ... Der
		// folgende Termin wurde geändert", "Your interview has been
		// changed", "Ny tid".
		"interview geändert", "termin geändert", "termin wurde geändert", "interview has been changed",
		"interview was changed", "interview changed", "entretien modifié", "entrevista modificada", "colloquio modificato",
		"gesprek gewijzigd", "afspraak gewijzigd", "ändrad tid", "ændret tidspunkt", "endret tidspunkt",
		"reporter", "reporté", "décaler", "décalé", "déplacer", "déplacé", "au lieu de", "à la place",
		// Moving "it" with the pronoun glued on: "¿Podríamos pasarlo al
		// miércoles?", "possiamo spostarlo a giovedì?", "passá-la para".
		// ... or the interview named: "hemos pasado la entrevista al
		// lunes 14", "passamos a entrevista para sexta".
		"pasado la entrevista", "pasar la entrevista", "pasamos la entrevista", "pasado tu entrevista",
		"pasar tu entrevista", "pasamos tu entrevista", "pasado la reunión", "pasar la reunión", "pasamos la reunión",
		"pasado la llamada", "pasar la llamada", "pasamos la llamada", "passamos a entrevista", "passar a entrevista",
		"passado a entrevista", "passamos sua entrevista", "passar sua entrevista",
		"pasarlo", "pasarla", "moverlo", "moverla", "cambiarlo", "cambiarla", "trasladarlo", "trasladarla",
		"spostarlo", "spostarla", "posticiparlo", "posticiparla", "anticiparlo", "anticiparla",
		"passá-lo", "passá-la", "mudá-lo", "mudá-la", "remarcá-lo", "remarcá-la",
		"en su lugar", "em vez disso", "in plaats daarvan", "zamiast tego",
		"reprogramar", "reprogramado", "reprogramada", "cambiar la hora", "en lugar de", "en vez de",
		// "necesitamos mover la entrevista del miércoles 9", "Cambio de
		// horario entrevista", "alterar o horário".
		"mover", "cambio de horario", "cambiar el horario", "cambio de fecha", "cambiar la fecha",
		"nueva fecha", "nuevo horario", "nueva hora", "mudança de horário", "alterar o horário", "alteração de horário",
		"novo horário", "nova data",
		"spostare", "spostato", "spostata", "riprogrammare", "invece di", "invece che", "slittare", "slittiamo", "remarcar", "remarcado",
		"reagendar", "reagendado", "reagendada", "reagendei", "reagendamos", "reagendamento", "remarcada", "remarquei",
		"remarcamos", "remarcação", "em vez de", "verzetten", "verzet", "verplaatsen", "verplaatst",
		"verschuiven", "in plaats van", "przełożyć", "przełożona", "przesunąć", "przesunięta",
		"zamiast", "flytta", "flyttat", "boka om", "istället för", "flytte", "flyttet", "rykke",
		// Arabic and Persian: moved, postponed, a new appointment, instead.
		// Indonesian and Malay: moved, postponed, a new schedule, an
		// amendment ("Pindaan: Jemputan Temuduga").
		"dijadwalkan ulang", "penjadwalan ulang", "diundur", "dimajukan", "jadwal baru", "perubahan jadwal",
		"sebagai gantinya", "ditunda", "ditangguhkan", "dijadualkan semula", "jadual baru", "pindaan", "pertukaran tarikh",
		"tarikh baru", "masa baru",
		"تغيير موعد", "تعديل موعد", "تأجيل", "تاجيل", "موعد جديد", "إعادة جدولة", "اعادة جدولة", "بدلا من",
		"تغییر زمان", "تغییر ساعت", "تعویق", "جابجا", "زمان جدید", "به جای",
		"i stedet for", "movido", "movida", "hemos movido", "cambiado", "trasladado", "aplazar", "aplazado",
		"mudar", "mudámos", "adiar", "adiado", "rinviare", "rinviato", "posticipare", "posticipato",
		"verlegt", "verlegen", "umgelegt", "verschoven", "einladung angepasst", "termin angepasst", "uhrzeit angepasst",
		"updated the invite", "updated the invitation", "updated the calendar invite", "uitnodiging aangepast", "przesunęliśmy", "przełożyliśmy", "przeniesiona",
		"skjuta upp", "udsat", "utsatt", "rykket",
		"siirtää", "siirretty", "siirtäisimme", "siirtämään", "uusi aika", "uuteen aikaan", "siirretään", "siirretäänkö",
		"voisimmeko siirtää",
		// A hiring system's notice of the change: "haastatteluasi ... on
		// muutettu. Uudet tiedot:", "Muutos haastatteluaikaan".
		"on muutettu", "muutos haastatteluaikaan", "uusi haastatteluaika", "uudet tiedot",
		"přesunout", "přesunuli", "přesunuto", "posunout", "nový termín", "místo původního",
		"presunúť", "presunuli", "presunutý", "presunutá", "preložiť", "preložili", "namiesto pôvodného", "zmena termínu",
		"áthelyezve", "áthelyeztük", "áthelyezni", "átütemezve", "átütemeztük", "átütemezni", "új időpont",
		"módosított időpont", "időpontváltozás", "helyett",
		"mutat", "am mutat", "mutăm", "reprogramat", "reprogramată", "reprogramăm", "reprogramare", "amânat", "amânăm",
		"în loc de", "noua oră", "ora nouă a interviului",
		"ertelendi", "ertelemek", "erteledik", "yeniden planlandı", "yeniden planlamak", "yeni saat", "yeni tarih",
		"saat değişikliği", "kaydırdık", "yerine",
		// The move in the present tense: "we are moving the interview to
		// Thursday", "Przesuwamy rozmowę na czwartek", "flyttar vi".
		"moving the interview", "moving our interview", "moving your interview", "we're moving", "we are moving",
		"verschieben wir", "wir verschieben", "nous déplaçons", "nous décalons", "on décale", "movemos", "trasladamos",
		"spostiamo", "mudamos", "verplaatsen we", "we verplaatsen", "verzetten we", "przesuwamy", "przesuwam",
		"przekładamy", "flyttar vi", "vi flyttar", "flytter vi", "vi flytter", "siirrämme", "přesouváme",
		"presúvame",
		// Croatian, Serbian (both scripts), Slovenian: "pomaknuti",
		// "pomeriti", "prestaviti"; Bulgarian, Ukrainian and Russian
		// "преместим", "перенести"; the Baltic "perkelti", "pārcelt",
		// "edasi lükata"; Japanese "日程変更", Chinese "改期", Korean
		// "일정 변경" (not "연기" alone, also acting).
		"pomaknuti", "pomaknuli", "pomaknut", "pomaknuta", "pomičemo", "premjestiti", "premjestili", "odgoditi",
		"odgođen", "odgođena", "novi termin", "umjesto", "pomeriti", "pomerili", "pomeren", "pomerena", "pomeramo",
		"odložiti", "odložen", "umesto", "померити", "померили", "померен", "померамо", "одложити", "нови термин",
		"уместо", "prestaviti", "prestavili", "prestavljen", "prestavljamo", "nov termin", "namesto",
		"преместим", "преместено", "преместваме", "пренасрочим", "пренасрочено", "отложено", "нов час", "нова дата",
		"вместо", "перенести", "перенесли", "перенесено", "переносимо", "перенесення", "новий час", "замість",
		"переносим", "перенос", "новое время", "perkelti", "perkėlėme", "perkeltas", "perkeliame", "nukelti", "nukeltas",
		"naujas laikas", "vietoj", "pārcelt", "pārcēlām", "pārcelta", "pārcelts", "pārceļam", "jauns laiks", "tā vietā",
		"edasi lükata", "edasi lükatud", "lükkame", "ümber tõsta", "uus aeg", "asemel",
		"日程変更", "日程を変更", "変更させていただ", "変更となりました", "変更いたしました", "延期", "リスケ",
		"改期", "改到", "调整到", "調整到", "改为", "改為", "推迟", "推遲", "变更为", "變更為",
		// A job board's change notice: "【面试时间变更】... 原面试时间：...（已取消）
		// 新面试时间：2026年12月18日 15:30".
		"时间变更", "時間變更", "新面试时间", "新的面试时间", "新面試時間", "新的面試時間",
		// "面试时间调整", "原定于12月3日...需要调整一下": the time adjusted,
		// what was planned before (not Japanese "日程調整", arranging
		// a date in the first place).
		"时间调整", "時間調整", "需要调整", "需要調整", "原定于", "原定於", "新的时间", "新的時間",
		"일정을 변경", "변경하였습니다", "변경되었습니다", "변경된", "연기되었", "연기하게", "옮겨",
	}
	// unreachedPhrases are an employer's person saying the call did not
	// reach the user.
	unreachedPhrases = []string{
		"konnte sie aber leider nicht erreichen", "konnte sie leider nicht erreichen", "konnte sie nicht erreichen",
		"habe sie nicht erreicht", "habe sie leider nicht erreicht", "konnte dich nicht erreichen", "couldn't reach you",
		"could not reach you", "wasn't able to reach you", "was not able to reach you", "tried calling you", "tried to call you",
		"je n'ai pas réussi à vous joindre", "je n'ai pas pu vous joindre", "no he podido localizarte", "no he podido contactarte",
		"no pude localizarte", "non sono riuscito a contattarla", "non sono riuscita a contattarla", "non sono riuscito a raggiungerla",
		"non sono riuscita a raggiungerla", "não consegui falar consigo", "não consegui falar com você", "ik kon je niet bereiken",
		"ik kon u niet bereiken", "nie udało mi się dodzwonić", "fick inte tag på dig", "fik ikke fat i dig", "fikk ikke tak i deg",
	}
	// The user's word that nobody from the employer came: "nobody else
	// joined", "the interviewer didn't show up", "niemand ist
	// beigetreten".
	noShowPhrases = []string{
		"nobody joined", "nobody else joined", "no one joined", "no one else joined", "nobody showed up", "no one showed up",
		"didn't show up", "did not show up", "didn't join", "did not join", "never joined", "no-show", "no show",
		"niemand ist beigetreten", "niemand kam", "ist niemand erschienen", "niemand erschienen", "personne ne s'est connecté",
		"personne ne s'est présenté", "personne n'est venu", "nadie se conectó", "nadie se unió", "nadie apareció",
		"nessuno si è collegato", "nessuno si è presentato", "ninguém entrou", "ninguém apareceu", "niemand is ingelogd",
		"niemand kwam opdagen", "nikt nie dołączył", "nikt się nie pojawił", "ingen dök upp", "ingen anslöt", "ingen dukkede op",
		"ingen møtte opp",
	}
	cancelPhrases = []string{
		// Arabic (with and without the hamza people leave out) and
		// Persian: the interview or the appointment cancelled.
		"dibatalkan", "kami batalkan", "terpaksa membatalkan", "terpaksa dibatalkan",
		"إلغاء المقابلة", "الغاء المقابلة", "تم إلغاء", "تم الغاء", "نضطر لإلغاء", "نضطر إلى إلغاء", "إلغاء الموعد",
		"الغاء الموعد", "لغو شد", "لغو مصاحبه", "مصاحبه لغو", "کنسل شد",
		// Greek: "θα πρέπει να ακυρώσουμε τη συνάντηση", "ακυρώνεται".
		"να ακυρώσουμε", "ακυρώνεται", "ακυρώθηκε", "ακύρωση της συνέντευξης", "ακύρωση συνάντησης",
		"have to cancel", "had to cancel", "need to cancel", "must cancel", "has been cancelled", "has been canceled",
		"is cancelled", "is canceled", "we cancelled", "we canceled", "cancelling our", "canceling our",
		"müssen wir den termin absagen", "termin absagen", "wurde abgesagt", "fällt aus", "entfällt", "entfällt leider",
		"entfällt damit",
		"cancel the interview", "cancel our interview", "cancel your interview", "will not take place",
		"won't take place", "no longer take place", "call off", "i've cancelled", "i've canceled", "i have cancelled", "i have canceled", "we've cancelled",
		"we've canceled", "cancelled the interview", "canceled the interview", "cancelled your interview",
		"canceled your interview", "cancelled our interview", "canceled our interview",
		"absagen müssen", "müssen leider absagen", "findet nicht statt", "nicht stattfinden", "wird abgesagt",
		"absage des termins", "absage ihres termins", "absage unseres termins",
		"annuler l'entretien", "annuler notre entretien", "annuler votre entretien", "devons annuler",
		"dois annuler", "est annulé", "a été annulé", "n'aura pas lieu", "devons l'annuler", "dois l'annuler",
		"l'annuler", "est annulée", "a été annulée",
		"cancelar la entrevista", "tenemos que cancelar", "debemos cancelar", "ha sido cancelada",
		"queda cancelada", "no podrá realizarse",
		"annullare il colloquio", "dobbiamo annullare", "devo annullare", "è stato annullato",
		"disdire il colloquio", "non potrà avere luogo",
		"cancelar a entrevista", "temos de cancelar", "temos que cancelar", "precisamos cancelar",
		"foi cancelada", "está cancelada",
		"moeten annuleren", "gesprek annuleren", "gaat niet door", "is geannuleerd", "moeten afzeggen",
		"afzeggen", "afgezegd", "annuleren",
		"odwołać rozmowę", "musimy odwołać", "została odwołana", "anulować rozmowę", "musimy anulować",
		"muszę odwołać", "odwołać naszą rozmowę", "odwołać nasze spotkanie", "muszę anulować",
		"ställa in intervjun", "måste ställa in", "är inställd", "har ställts in",
		// Calling it off in the present tense: "vi ställer in vår träff".
		"vi ställer in", "ställs in", "we are cancelling", "we are canceling", "we're cancelling", "we're canceling",
		"sagen wir ab", "nous annulons", "cancelamos", "annulliamo", "we annuleren", "odwołujemy", "vi aflyser",
		"aflyses", "vi avlyser", "avlyses", "perumme", "rušíme",
		"aflyse samtalen", "aflyse interviewet", "må aflyse", "er aflyst", "bliver aflyst",
		"avlyse intervjuet", "avlyse samtalen", "må avlyse", "er avlyst", "blir avlyst",
		"joudumme perumaan", "on peruttu", "peruttu", "perua haastattelu", "perumaan haastattelun",
		"musíme zrušit", "je zrušen", "byl zrušen", "byla zrušena", "zrušit pohovor", "zrušit schůzku", "zrušit náš pohovor",
		"nucen zrušit", "nucena zrušit", "nuceni zrušit", "zrušení pohovoru", "zrušenie pohovoru", "se ruší", "se proto ruší", "se bohužel ruší", "se nekoná", "se neuskuteční",
		"musíme zrušiť", "je zrušený", "bol zrušený", "bola zrušená", "zrušiť pohovor", "zrušiť stretnutie", "sa ruší",
		"sa neuskutoční", "sa nekoná",
		// Hungarian: "az interjú elmarad" (does not take place).
		"elmarad", "elmarad az interjú", "az interjú elmarad", "törölnünk kell", "le kell mondanunk", "lemondjuk",
		"töröltük az interjút", "nem kerül megrendezésre", "nem tudjuk megtartani",
		// Romanian: "interviul ... a fost anulat".
		"a fost anulat", "a fost anulată", "este anulat", "este anulată", "trebuie să anulăm", "anulăm interviul",
		"nu va mai avea loc", "nu mai are loc",
		// Turkish: "mülakatımız iptal edilmiştir".
		// The verb's forms after "iptal" ("iptal etmek durumundayız",
		// "iptal ettik", "iptal edilecektir"), and a process put on hold
		// ("askıya alınmıştır").
		"iptal edildi", "iptal edilmiştir", "iptal etmek", "iptal etmemiz", "iptal ediyoruz", "iptal ettik",
		"iptal edilecek", "iptal edilecektir", "iptal oldu", "iptal olmuştur", "askıya alınmıştır", "askıya alındı",
		"gerçekleşmeyecek", "yapılmayacak",
		// A scheduling system's notice: "Tasha Greenberg has canceled the
		// event below", a role "put on hold".
		"has canceled", "has cancelled", "canceled the event", "cancelled the event", "event canceled",
		"event cancelled", "put on hold", "been put on hold",
		// "L'entretien de mardi prochain est donc annulé": a word between.
		// Done already: "J'ai bien annulé l'entretien du 5 janvier".
		"annulé l'entretien", "annulé notre entretien", "annulé votre entretien", "avons annulé", "ai bien annulé",
		"he cancelado", "hemos cancelado", "cancelado la entrevista", "ho annullato", "abbiamo annullato",
		"annullato il colloquio", "cancelei a entrevista", "cancelado a entrevista", "gesprek geannuleerd",
		"termin storniert", "den termin abgesagt", "das gespräch abgesagt",
		// Void: "a entrevista do dia 15 fica sem efeito".
		"fica sem efeito", "ficam sem efeito", "queda sin efecto", "quedan sin efecto", "viene meno",
		"est donc annulé", "est donc annulée", "queda por tanto cancelada", "queda entonces cancelada",
		"è quindi annullato", "wurde daher abgesagt", "is dus geannuleerd", "is therefore cancelled",
		"is therefore canceled",
		// Croatian, Serbian, Slovenian ("se otkazuje", "je otkazan";
		// the participle a few words after its "je" is in
		// cancelledWords), Bulgarian "се отменя", Ukrainian and
		// Russian impersonal "скасовано", "отменяется", "не состоится".
		"je otkazan", "je otkazana", "otkazan je", "otkazana je", "se otkazuje", "otkazujemo", "moramo otkazati",
		"moram otkazati", "neće se održati", "otkazali smo", "је отказан", "је отказана", "се отказује",
		"отказујемо", "морамо да откажемо", "неће бити одржан", "je odpovedan", "je odpovedana", "odpovedujemo",
		"moramo odpovedati", "ne bo izveden", "se odpoveduje", "е отменено", "е отменена", "беше отменено", "се отменя",
		"отменяме", "трябва да отменим", "няма да се проведе", "скасовано", "скасовується", "скасовуємо",
		"змушені скасувати", "доведеться скасувати", "не відбудеться", "отменяется", "отменено", "отменена",
		"вынуждены отменить", "придётся отменить", "отменяем", "не состоится",
		// Lithuanian "atšaukiamas", Latvian "tiek atcelta", Estonian
		// "jääb ära" (does not take place), "tühistatud".
		"atšaukiamas", "atšaukiama", "atšauktas", "atšaukta", "atšaukiame", "turime atšaukti", "neįvyks",
		"tiek atcelta", "tiek atcelts", "ir atcelta", "ir atcelts", "atceļam", "nāksies atcelt", "nenotiks",
		"jääb ära", "on tühistatud", "tühistame", "peame tühistama", "ei toimu",
		// Japanese "中止とさせていただきます", Chinese "面试取消",
		// Korean "면접이 취소되었습니다".
		"中止とさせていただ", "中止させていただ", "中止となりました", "中止いたします", "キャンセルさせていただ",
		"キャンセルとなりました", "面试取消", "面試取消", "取消面试", "取消面試", "已取消", "不得不取消",
		"취소되었", "취소됩니다", "취소하게", "취소합니다", "면접을 취소",
	}
	// withdrawPhrases are how a candidate withdraws, in the user's own
	// mail: the interviews still to come with that employer are off.
	withdrawPhrases = []string{
		"withdraw my application", "withdraw my candidacy", "withdrawing my application", "withdrawing my candidacy",
		"withdraw from the process", "withdrawing from the process", "withdraw from consideration",
		"remove myself from the process", "remove myself from consideration", "withdraw myself from",
		"ziehe meine bewerbung zurück", "ziehe ich meine bewerbung zurück", "meine bewerbung zurückziehen",
		"meine bewerbung zurückzuziehen", "retire ma candidature", "retirer ma candidature", "je me retire du processus",
		"retiro mi candidatura", "retirar mi candidatura", "me retiro del proceso", "retirarme del proceso",
		"ritiro la mia candidatura", "ritirare la mia candidatura", "ritirarmi dal processo",
		"retiro a minha candidatura", "retirar a minha candidatura", "retirar minha candidatura", "desisto do processo",
		"trek mijn sollicitatie in", "trek ik mijn sollicitatie in", "mijn sollicitatie intrekken",
		"mijn sollicitatie in te trekken", "wycofuję swoją kandydaturę", "wycofuję moją kandydaturę",
		"wycofać swoją kandydaturę", "drar tillbaka min ansökan", "dra tillbaka min ansökan",
		"trækker min ansøgning tilbage", "trække min ansøgning tilbage", "trekker søknaden min", "trekker min søknad",
		"trekke søknaden min", "vedän hakemukseni pois", "perun hakemukseni", "stahuji svou přihlášku",
		"stáhnout svou přihlášku", "stahuji svou kandidaturu", "sťahujem svoju prihlášku", "sťahujem svoju žiadosť",
		"sťahujem svoju kandidatúru", "visszavonom a jelentkezésemet", "visszavonom jelentkezésemet",
		"îmi retrag candidatura", "retrag candidatura", "başvurumu geri çekiyorum", "başvurumu geri çekmek",
		"povlačim svoju prijavu", "povlačim prijavu", "povlačim kandidaturu", "повлачим своју пријаву",
		"umikam svojo prijavo", "umikam prijavo", "оттеглям кандидатурата си", "оттеглям своята кандидатура",
		"відкликаю свою кандидатуру", "знімаю свою кандидатуру", "отзываю свою кандидатуру", "снимаю свою кандидатуру",
		"atsiimu savo kandidatūrą", "atsiimu paraišką", "atsaucu savu pieteikumu", "atsaucu savu kandidatūru",
		"võtan oma kandidatuuri tagasi", "loobun kandideerimisest", "辞退させていただ", "選考を辞退", "辞退いたします",
		"撤回我的申请", "撤回我的申請", "放弃面试", "放棄面試", "지원을 철회", "면접을 포기",
	}
	// Words that show a message fixes a time, rather than mentioning one.
	confirmPhrases = []string{
		"confirm", "confirmed", "confirming", "confirmation", "scheduled", "is set for", "booked",
		"invite you", "invitation", "invited", "would like to meet", "looking forward to speaking",
		"look forward to speaking", "look forward to meeting", "looking forward to meeting",
		"speak on", "talk on", "meet on", "see you on", "set up your", "i've set up", "we've set up",
		"lined up", "has been scheduled", "is scheduled", "your interview",
		// German
		"einladen", "einladung", "eingeladen", "bestätigen", "bestätige", "bestätigt", "bestätigung",
		"vereinbart", "freuen uns", "freue mich",
		// French
		"convocation", "confirme", "confirmons", "confirmé", "confirmée", "inviter", "invitons",
		"au plaisir", "nous retrouver", "rendez-vous",
		// Spanish, Portuguese
		"confirmo", "confirmamos", "confirmada", "confirmado", "invitarte", "invitarle", "convidar",
		"convidamos", "agendada", "agendado", "marcada", "marcado", "nos vemos",
		// Italian
		"confermo", "confermiamo", "confermato", "confermata", "invitarla", "invitarti", "fissato",
		"fissata", "alle ore",
		// Dutch
		"bevestig", "bevestigen", "bevestiging", "bevestigd", "uitnodigen", "uitnodiging", "ingepland",
		"afgesproken",
		// Polish
		"potwierdzam", "potwierdzamy", "potwierdzenie", "zapraszamy", "zaprosić", "umówione",
		// Swedish, Danish, Norwegian
		"bekräftar", "bekräftelse", "bekræfter", "bekræftelse", "bekrefter", "bekreftelse",
		"välkommen", "velkommen", "inbjudan", "invitasjon", "bokat", "booket",
		// Finnish
		"vahvistan", "vahvistamme", "vahvistettu", "kutsumme", "kutsu", "tervetuloa", "nähdään",
		// Czech
		"potvrzuji", "potvrzujeme", "potvrzení", "zveme vás", "rádi bychom vás pozvali", "těšíme se", "těším se",
		// Slovak
		"potvrdzujem", "potvrdzujeme", "potvrdenie", "pozývame vás", "radi by sme vás pozvali", "tešíme sa", "teším sa",
		// Hungarian
		"megerősítem", "megerősítjük", "visszaigazolás", "visszaigazoljuk", "meghívjuk", "szeretnénk meghívni",
		"örömmel meghívjuk", "várjuk", "várom", "találkozunk",
		// Romanian
		"confirmăm", "confirmare", "vă invităm", "te invităm", "dorim să vă invităm", "am dori să vă invităm",
		"vă așteptăm", "te așteptăm", "programat", "programată",
		// Turkish
		"onaylıyorum", "onaylıyoruz", "teyit ediyoruz", "davet ediyoruz", "davet etmek isteriz", "sizi davet",
		"planlandı", "görüşmek üzere", "bekliyoruz",
		// Croatian, Serbian, Slovenian
		"potvrđujem", "potvrđujemo", "pozivamo vas", "radujemo se", "veselimo se", "zakazan", "потврђујем",
		"позивамо вас", "радујемо се", "заказан", "potrjujem", "potrjujemo", "vabimo vas",
		// Bulgarian, Ukrainian, Russian
		"потвърждавам", "потвърждаваме", "бихме искали да ви поканим", "очакваме ви", "підтверджую", "підтверджуємо",
		"запрошуємо вас", "чекаємо на вас", "заплановано", "подтверждаю", "подтверждаем", "приглашаем вас", "ждём вас",
		"назначено", "запланировано",
		// Lithuanian, Latvian, Estonian
		"patvirtinu", "patvirtiname", "kviečiame jus", "laukiame jūsų", "apstiprinu", "apstiprinām", "aicinām jūs",
		"gaidīsim jūs", "kinnitan", "kinnitame", "kutsume teid", "ootame teid",
		// Japanese, Chinese, Korean
		"お待ちしております", "日程が確定", "邀请您", "邀請您", "期待与您", "期待與您", "안내드립니다", "일정이 확정",
	}
	// Words before a deadline to answer by: "let us know by tomorrow
	// noon", "d'ici demain midi", "bis morgen 12 Uhr".
	answerByPhrases = []string{
		"by", "until", "no later than", "before", "d'ici", "avant", "jusqu'à", "bis", "bis spätestens",
		"spätestens", "hasta", "antes de", "entro", "até", "uiterlijk", "ten laatste", "vóór", "najpóźniej",
		"senast", "inden", "innen", "senest", "viimeistään", "nejpozději", "a más tardar", "op zijn laatst",
		"entro e non oltre", "deadline", "deadline is", "the deadline is", "fristen er", "fristen är", "fristen",
		"frist", "frist er", "lhůta je", "termin upływa", "najneskôr", "legkésőbb", "határidő",
		"cel târziu", "termen limită", "en geç", "son tarih",
		// A task's due date: "your assessment is due Thursday at 11:59 PM".
		"due", "due on", "is due", "expires", "expires on", "closes", "closes on", "fällig", "fällig am",
		"expire le", "vence", "vence el", "vence em", "scade", "scade il", "verloopt op",
		// A deadline's label before it: "Fecha límite: miércoles, 9 de
		// diciembre de 2026 a las 23:59".
		"fecha límite", "fecha limite", "date limite", "date butoir", "scadenza", "data limite",
		"uiterste datum", "due date", "closing date", "abgabefrist", "einsendeschluss", "sista dag", "sidste frist",
		"siste frist", "ostateczny termin", "termin końcowy",
		// A task's hand-in: "Prazo de entrega: sexta-feira, 11 de
		// dezembro, até às 18h00".
		"prazo", "prazo de entrega", "plazo", "plazo de entrega", "data de entrega", "fecha de entrega",
		"date de remise", "date de rendu", "data di consegna", "termine di consegna", "abgabetermin",
		"submission deadline", "inleverdatum", "termin oddania", "afleveringsfrist", "innleveringsfrist",
		"palautuspäivä", "termín odevzdání",
		// An application period's end: "Hakuaika päättyy 27.11.2026 klo
		// 16.00", "Bewerbungsschluss ist der 4.12.", "applications close".
		"hakuaika päättyy", "haku päättyy", "hakuaika", "application deadline", "applications close",
		"bewerbungsfrist", "bewerbungsschluss", "date limite de candidature", "plazo de solicitud",
		"sista ansökningsdag", "ansökningstiden går ut", "ansøgningsfrist", "søknadsfrist", "sollicitatietermijn",
		"termin składania", "uzávěrka přihlášek",
		// A booking link's end: "the booking link will close at 12:00 on
		// Friday 4 December".
		"will close at", "will close on", "closes at", "will expire at", "will expire on", "expires at",
		"schließt am", "schließt um", "läuft ab am", "fermera le", "fermera à", "expirera le", "se cerrará el",
		"cierra el", "caduca el", "chiuderà il", "sluit op", "sluit om", "verloopt om", "stänger den", "lukker den",
	}
	// Asking the reader to book a slot of a live meeting: its deadline
	// is to book by, not to record a video by.
	bookSlotPhrases = []string{
		"book a slot", "book your slot", "book a session", "book your session", "book a time", "book your place",
		"select a session", "select your session", "select a slot", "select your slot", "choose a slot",
		"choose a session", "choose your slot", "pick a slot", "reserve a slot", "reserve your slot", "sign up for a slot",
		"termin buchen", "termin auswählen", "slot buchen", "zeitfenster auswählen", "réserver un créneau",
		"choisir un créneau", "choisir une session", "reservar un horario", "elegir un horario", "elegir una sesión",
		"prenotare uno slot", "scegliere uno slot", "reservar um horário", "escolher um horário", "tijdslot kiezen",
		"een tijdslot reserveren", "boek een tijdslot",
	}
	// A system's list of slots to pick one from.
	slotChoicePhrases = []string{
		"available slots", "slots available", "available times", "available interview slots", "select your interview slot",
		"select an interview time", "choose an interview time", "choose your interview slot", "verfügbare termine",
		"freie termine", "verfügbare zeitfenster", "créneaux disponibles", "horarios disponibles", "slot disponibili",
		"orari disponibili", "horários disponíveis", "beschikbare tijden", "beschikbare tijdsloten", "dostępne terminy",
		"lediga tider", "ledige tider",
	}
	// Words after a time that give it again for the reader: "that's 10pm
	// Tuesday for you", "16h in Berlin", "bei dir".
	forYouPhrases = []string{
		"for you", "your time", "ur time", "in your time zone", "your time zone", "for you in", "on your side", "yours", "on your end",
		"bei dir", "bei ihnen", "für dich", "für sie", "deiner zeit", "ihrer zeit", "chez vous", "pour vous",
		"chez toi", "pour toi", "para ti", "para usted", "para você", "para si", "per te", "per lei",
		"voor jou", "voor u", "dla ciebie", "dla pana", "dla pani", "för dig", "for deg", "for dig",
		"aí em", // the user's city is read from the configured zone (timetext.CityClock)
	}
	// The writer says outright that the meeting is not about a job:
	// "To be upfront: this is not a job pitch and I'm not recruiting",
	// "ich will dich nicht abwerben".
	notJobPhrases = []string{
		"not a job pitch", "not a recruiting", "i'm not recruiting", "i am not recruiting", "we're not hiring",
		"no recruiting", "no recruitment", "kein recruiting", "pas de recrutement", "sin reclutamiento", "niente recruiting",
		"we are not hiring", "not about a job", "not a job interview", "no job pitch", "not trying to recruit you",
		"nicht abwerben", "kein jobangebot", "kein bewerbungsgespräch", "kein vorstellungsgespräch", "wir stellen nicht ein",
		"pas un entretien d'embauche", "pas pour un poste", "je ne recrute pas", "no es una entrevista de trabajo",
		"no estoy reclutando", "non è un colloquio", "não é uma entrevista de emprego", "geen sollicitatiegesprek",
		"ik wil je niet wegkapen", "inte en anställningsintervju", "ikke et jobinterview", "ikke et jobbintervju",
		"not a job opportunity", "not a job offer", "not a recruitment call", "not a recruiting call",
		"keine jobanfrage", "kein stellenangebot", "pas une offre d'emploi", "no es una oferta de trabajo",
		"non è un'offerta di lavoro", "não é uma oferta de emprego", "geen vacature",
		// "To be upfront: there's nothing behind this, we're in a
		// hiring freeze": a chat with no job behind it.
		"nothing behind this", "nothing behind it", "no hidden agenda", "no ulterior motive", "steckt nichts dahinter",
		"ohne hintergedanken", "kein hintergedanke", "keine hintergedanken", "sans arrière-pensée", "sin segundas intenciones",
		"senza secondi fini", "sem segundas intenções", "zonder bijbedoelingen", "utan baktanke",
		// A search firm asking the user for names: "frage ich Sie
		// ausdrücklich nicht als Kandidaten, sondern als jemanden, der
		// den Markt sehr gut kennt".
		"not as a candidate", "nicht als kandidat", "nicht als kandidaten", "nicht als kandidatin",
		"pas en tant que candidat", "pas en tant que candidate", "pas comme candidat", "no como candidato", "no como candidata",
		"non come candidato", "non come candidata", "niet als kandidaat", "não como candidato", "não como candidata",
		"inte som kandidat", "ikke som kandidat",
	}
	// The employer says a meeting assesses nobody: "This is entirely
	// optional and does not form part of the assessment process", "They
	// are not part of our evaluation process". A candidates' evening or
	// coffee chat, not an interview, while the thread stays the job
	// search's (unlike notJobPhrases).
	notAssessedPhrases = []string{
		"not part of the assessment", "not part of our assessment", "not form part of the assessment", "no part of the assessment",
		"not part of the evaluation", "not part of our evaluation", "not form part of the evaluation", "no part of the evaluation",
		"not part of the selection process", "not part of our selection process", "not part of the recruitment process",
		"not part of our recruitment process", "not part of the interview process", "not part of our interview process",
		"nobody is assessing you", "no one is assessing you", "nobody will be assessing you", "you will not be assessed",
		"you won't be assessed", "you will not be evaluated", "you won't be evaluated",
		"nicht teil des auswahlverfahrens", "nicht teil des bewerbungsprozesses", "nicht teil des auswahlprozesses",
		"kein teil des auswahlverfahrens", "fließt nicht in die bewertung", "fließt nicht in die auswahl",
		"ne fait pas partie du processus de sélection", "ne fait pas partie du processus de recrutement",
		"hors processus de sélection", "vous ne serez pas évalué",
		"no forma parte del proceso de selección", "no forma parte del proceso", "no serás evaluado", "no será evaluado",
		"non fa parte del processo di selezione", "non sarai valutato",
		"não faz parte do processo seletivo", "não faz parte do processo de seleção",
		"geen onderdeel van de selectieprocedure", "geen onderdeel van de sollicitatieprocedure", "je wordt niet beoordeeld",
		"ingen del av urvalsprocessen", "ikke en del af rekrutteringsprocessen", "nie jest częścią procesu rekrutacji",
		// An agenda's item marked so: "PRE-INTERVIEW SOCIAL (optional,
		// not evaluated)".
		"not evaluated", "not assessed", "non-evaluative", "nicht bewertet", "wird nicht bewertet", "non évalué",
		"non évaluée", "no evaluado", "no evaluada", "no evaluable", "non valutato", "non valutata", "não avaliado",
		"não avaliada", "niet beoordeeld", "wordt niet beoordeeld", "ej bedömd", "ikke vurderet", "ikke vurdert",
		"nie podlega ocenie",
	}
	// The reader's CV, named by its reader's possessive: "Mel passed
	// along your resume", "wir haben Ihren Lebenslauf gelesen", "j'ai lu
	// votre CV". Whoever holds it and proposes to meet is hiring, in
	// whatever words they give the job.
	readersCVPhrases = []string{
		"your resume", "your résumé", "your cv", "your c v", "ur resume", "ur cv", "your curriculum vitae",
		"ihren lebenslauf", "ihr lebenslauf", "deinen lebenslauf", "dein lebenslauf", "ihren cv", "ihr cv",
		"deinen cv", "dein cv", "votre cv", "ton cv", "votre curriculum", "tu cv", "su cv", "tu currículum",
		"su currículum", "tu curriculum", "su curriculum", "tu hoja de vida", "su hoja de vida", "tuo cv",
		"suo cv", "tuo curriculum", "suo curriculum", "seu cv", "teu cv", "seu currículo", "seu curriculo",
		"teu currículo", "je cv", "jouw cv", "uw cv", "twoje cv", "pana cv", "pani cv", "ditt cv", "dit cv",
		"din cv", "váš životopis", "tvůj životopis", "vaše cv", "tvoje cv", "ansioluettelosi",
	}
	// The reader's network, as a writer asks it for names ("Fällt Ihnen
	// aus Ihrem Netzwerk jemand ein", "anyone in your network who").
	yourNetworkPhrases = []string{
		"your network", "ur network", "your own network", "ihrem netzwerk", "ihr netzwerk", "deinem netzwerk", "dein netzwerk",
		"ihrem umfeld", "deinem umfeld", "votre réseau", "ton réseau", "tu red", "su red", "tus contactos", "sus contactos",
		"tua rete", "sua rete", "tuoi contatti", "sua rede", "tua rede", "seus contatos", "je netwerk", "jouw netwerk",
		"uw netwerk", "ditt nätverk", "ditt nettverk", "dit netværk", "verkostostasi", "twojej sieci", "twoich znajomych",
		"vaší síti", "tvé síti",
	}
	// An agency's registration of the user as its candidate: who it will
	// put forward, before any client is named ("we ask every new
	// candidate to come in and register with us"). Said with an
	// interview word ("video registration interview for driver roles")
	// it is left to the rest.
	signUpPhrases = []string{
		"register with us", "registering with us", "registration meeting", "registration appointment", "registration call",
		"candidate registration", "before we can represent you", "before we can put you forward", "before we put you forward",
		"registrierungsgespräch", "registrierungstermin", "bei uns registrieren", "kandidatenregistrierung",
		"inschrijfgesprek", "inschrijvingsgesprek", "bij ons inschrijven", "inschrijven bij ons",
		"vous inscrire chez nous", "inscription en agence", "rendez-vous d'inscription",
		"registrarte con nosotros", "registrarse con nosotros", "cita de registro", "registrarti presso di noi",
		"iscrizione in agenzia", "registo na agência", "cadastro na agência", "registrering hos oss",
	}
	// What a friend invites to: no interview, whatever its shape.
	personalPhrases = []string{
		"birthday", "dinner", "party", "wedding", "bbq", "barbecue", "drinks", "brunch", "housewarming",
		"geburtstag", "abendessen", "feier", "hochzeit", "grillen", "umtrunk", "anniversaire", "dîner",
		"soirée", "mariage", "cumpleaños", "cena", "fiesta", "boda", "compleanno", "festa", "matrimonio",
		"aniversário", "jantar", "casamento", "verjaardag", "etentje", "feestje", "bruiloft", "urodziny",
		"kolacja", "impreza", "wesele", "födelsedag", "middag", "bröllop", "fødselsdag", "bryllup",
		"bursdag", "julebord",
	}
	// A workplace's social gatherings: an employer's invitation to one
	// (a new hire's first Christmas lunch) is no interview.
	socialPhrases = []string{
		"julefrokost", "julebord", "julbord", "julfest", "christmas lunch", "christmas party", "christmas dinner",
		"xmas party", "holiday party", "weihnachtsfeier", "weihnachtsessen", "betriebsfeier", "firmenfeier",
		"sommerfest", "fête de noël", "repas de noël", "soirée de noël", "cena de navidad", "comida de navidad",
		"cena di natale", "pranzo di natale", "festa de natal", "almoço de natal", "jantar de natal",
		"kerstborrel", "kerstdiner", "kerstlunch", "kerstfeest", "wigilia firmowa", "spotkanie wigilijne",
		"team lunch", "team dinner", "team drinks", "team building", "teambuilding", "team offsite",
		"happy hour", "afterwork", "after work drinks", "summer party", "firmafest", "personalefest",
		"pikkujoulut", "vánoční večírek",
	}
	// What someone writes who asks the user to interview a candidate for
	// them: the user is the interviewer.
	interviewerAskPhrases = []string{
		"run the interview", "run the technical interview", "run a technical interview", "conduct the interview",
		"conduct an interview", "interview a candidate", "interview our candidate", "interview my candidate",
		"interview the candidate", "interview him for us", "interview her for us", "interview them for us",
		"be an interviewer", "as an interviewer", "on the interview panel", "das interview führen",
		"das gespräch mit dem kandidaten", "den kandidaten interviewen", "die kandidatin interviewen",
		"mener l'entretien", "faire passer l'entretien", "entrevistar al candidato", "entrevistar a la candidata",
		"condurre il colloquio", "gesprek voeren met de kandidaat", "przeprowadzić rozmowę z kandydatem",
		// Mail to the members of a hiring committee, which the user sits
		// on: "Sehr geehrte Mitglieder der Berufungskommission".
		"mitglieder der berufungskommission", "sitzung der berufungskommission", "mitglieder der auswahlkommission",
		// Addressed to them, not a dinner "with members of the search
		// committee" on a candidate's campus visit.
		"dear members of the search committee", "dear members of the selection committee",
		"dear members of the hiring committee", "dear members of the appointment committee",
		"dear members of the interview panel", "dear search committee members", "dear search committee",
		"to the members of the search committee", "chers membres du comité de sélection",
		"aux membres du comité de sélection", "réunion du comité de sélection",
		"estimados miembros de la comisión de selección", "gentili membri della commissione", "ai membri della commissione",
		"beste leden van de benoemingsadviescommissie", "geachte leden van de benoemingsadviescommissie",
		"beste leden van de selectiecommissie", "geachte leden van de selectiecommissie", "szanowni członkowie komisji konkursowej",
		"ledamöter i rekryteringsgruppen", "medlemmer af ansættelsesudvalget", "medlemmer av ansettelsesutvalget",
		// The applicants are others, whom the writer and the user
		// invite together ("wir laden beide zu einem
		// Vorstellungsgespräch ein"), or the interviewers' own papers.
		"laden beide", "beide einladen", "beide kandidaten", "beide bewerber", "beide bewerberinnen", "die bewerber einladen",
		"die kandidaten einladen", "invite both candidates", "invite both of them", "invite them both", "both candidates",
		"the shortlisted candidates", "inviter les deux candidats", "invitar a los dos candidatos", "invitare entrambi i candidati",
		"beide kandidaten uitnodigen", "gesprächsleitfaden", "interview scorecard", "interview scorecards", "interview kit",
		// A university's or a charity's volunteer who interviews its
		// students for practice: "thank you for volunteering as an
		// alumni interviewer ... Mock interview 1 - your student".
		"alumni interviewer", "volunteer interviewer", "volunteer interviewers", "mock interviewer", "mock interviewers",
		"volunteering as an", "play the role of the hiring manager", "play the hiring manager", "your student", "your students",
		"ehrenamtliche interviewerin", "ehrenamtlicher interviewer", "deine studentin", "dein student",
	}
	// The host's words, inviting the reader to a meeting: in the user's
	// own letter, the user is the interviewer.
	hostPhrases = []string{
		"invite you to", "inviting you to", "invite you for", "dich einladen", "sie einladen", "euch einladen",
		"vous inviter", "t'inviter", "invitarte", "invitarle", "invitarla", "invitarlo", "invitarti",
		"convidá-lo", "convidá-la", "convidar você", "je uitnodigen", "u uitnodigen", "zaprosić pana",
		"zaprosić panią", "zaprosić cię", "bjuda in dig", "invitere dig", "invitere deg", "kutsua sinut",
		"pozvat vás", "pozvat tě",
	}
	// The day after a meeting a message names, for a further one.
	dayAfterPhrases = []string{
		"the day after", "the next day", "the following day", "am tag danach", "am tag darauf", "am folgenden tag",
		"am nächsten tag", "le lendemain", "el día siguiente", "al día siguiente", "il giorno dopo",
		"il giorno seguente", "no dia seguinte", "de dag erna", "de volgende dag", "dagen efter", "dagen etter",
		"dagen derpå", "następnego dnia", "dzień później", "seuraavana päivänä", "následující den", "druhý den",
	}
	// A move that gives the day only: the time stays.
	sameTimePhrases = []string{
		"same time", "à la même heure", "même heure", "même horaire", "zur gleichen zeit", "zur selben zeit",
		"gleiche uhrzeit", "gleichen uhrzeit", "selbe uhrzeit", "selben uhrzeit", "dieselbe uhrzeit", "derselben uhrzeit", "misma hora", "stessa ora",
		"mesmo horário", "mesma hora", "zelfde tijd", "hetzelfde tijdstip", "tej samej godzinie", "samma tid",
		"samme tid", "samme tidspunkt", "samaan aikaan", "ve stejný čas", "ve stejnou dobu", "v rovnakom čase",
		"v rovnaký čas", "ugyanabban az időpontban", "ugyanakkor", "aceeași oră", "aynı saatte",
		// Not Russian "в то же время", which is "however" as often.
		"u isto vrijeme", "u isto vreme", "у исто време", "ob isti uri", "в същия час", "в той самий час",
		"tuo pačiu laiku", "tajā pašā laikā", "samal ajal", "同じ時間", "同一时间", "同一時間", "같은 시간",
	}
	// A reply that takes a time proposed to it: "Friday 10am works".
	acceptPhrases = []string{
		"works", "works for me", "works for us", "works great", "perfect", "great", "sounds good",
		"see you", "talk then", "speak then", "talk soon", "done", "noted",
		"passt", "passt gut", "prima", "gerne", "bis dann", "abgemacht", "notiert",
		// Looking forward to it, and until then: "Top, freu mich! ... Bis
		// morgen", "see you tomorrow", "à demain".
		"freu mich", "freue mich", "bis morgen", "see you tomorrow", "talk tomorrow", "à demain", "hasta mañana",
		"a domani", "até amanhã", "tot morgen", "do jutra", "vi ses imorgon", "vi ses i morgen", "vi ses i morgon",
		"ça marche", "parfait", "c'est noté", "à bientôt", "entendu",
		"perfecto", "de acuerdo", "genial", "hasta entonces", "perfeito", "combinado", "até lá", "ótimo",
		"va bene", "perfetto", "a presto", "ottimo",
		"afgesproken", "tot dan", "klinkt goed",
		"świetnie", "do zobaczenia", "pasuje", "super",
		"perfekt", "vi ses", "det passar", "det passer", "passer fint", "toppen",
		"sopii", "käy hyvin", "nähdään", "loistavaa", "hienoa",
		"vyhovuje", "hodí se", "platí", "výborně", "domluveno", "uvidíme se", "hodí sa", "výborne", "dohodnuté",
		"megfelel", "rendben", "tökéletes", "szuper", "nagyszerű", "jó lesz",
		"sună bine", "în regulă", "mi se potrivește", "ne vedem", "de acord", "minunat", "excelent",
		"uygun", "uygundur", "harika", "süper", "tamamdır", "anlaştık", "mükemmel",
		// Croatian, Serbian, Slovenian (not the Latvian "der", German's
		// article: "man der").
		"odgovara mi", "mi odgovara", "vidimo se", "dogovoreno", "одговара ми", "ми одговара", "видимо се", "договорено",
		"mi ustreza", "ustreza mi", "se vidimo", "dogovorjeno",
		"ми е удобно", "удобно ми е", "ми подхожда", "мені підходить", "мені зручно", "домовились", "домовилися",
		"до зустрічі", "мне подходит", "мне удобно", "договорились", "до встречи",
		"man tinka", "iki susitikimo", "man der", "man ir ērti", "uz tikšanos", "norunāts", "sobib", "mulle sobib",
		"kohtumiseni", "kokku lepitud",
		// "Sin problema, a las 17h entonces": no trouble, taken.
		"no problem", "sin problema", "sin problemas", "ningún problema", "no hay problema", "vale", "sem problema",
		"sem problemas", "nessun problema", "pas de problème", "pas de souci", "aucun souci", "aucun problème",
		"kein problem", "geen probleem", "inga problem", "ikke noget problem", "ikke noe problem", "ei ongelmaa",
		"nie ma problemu", "żaden problem", "bez problému",
		"でお願いいたします", "でお願いします", "で問題ございません", "で問題ありません", "で大丈夫です", "参加可能です",
		"我可以", "没问题", "沒問題", "到时见", "到時見", "가능합니다", "괜찮습니다", "뵙겠습니다",
	}
	// A reply that turns a proposed time down: "Wednesday is difficult
	// for me", "Mittwoch passt leider nicht". The day it names is not the
	// one taken.
	declinePhrases = []string{
		"doesn't work", "does not work", "won't work", "will not work", "wouldn't work", "would not work",
		"not going to work", "can't make", "cannot make", "can't do", "cannot do", "can not do", "unable to make",
		"not available", "unavailable", "is difficult", "difficult for me", "not possible", "isn't possible",
		"i'm busy", "i am busy", "i'm not free", "i am not free", "clashes", "clash with", "conflict with",
		"passt nicht", "passt leider nicht", "passt mir nicht", "passt mir leider nicht", "passt bei mir nicht",
		"passt bei mir leider nicht", "geht nicht", "geht leider nicht", "geht bei mir nicht", "geht bei mir leider nicht",
		"klappt nicht", "klappt leider nicht", "klappt bei mir nicht", "klappt bei mir leider nicht", "kann ich nicht", "kann ich leider nicht", "kann leider nicht", "nicht möglich",
		"schaffe ich nicht", "verhindert", "nicht verfügbar",
		"pas disponible", "ne pourrai pas", "ne peux pas", "ne me convient pas", "ne m'arrange pas", "impossible",
		"no puedo", "no me viene bien", "no me va bien", "no estoy disponible", "imposible",
		"não posso", "não consigo", "não estou disponível", "não dá",
		"non posso", "non riesco", "non sono disponibile", "non mi va bene",
		"kan ik niet", "past niet", "past me niet", "past mij niet", "lukt niet", "lukt me niet", "niet beschikbaar",
		"nie mogę", "nie pasuje", "nie dam rady",
		"kan inte", "passar inte", "går inte", "funkar inte", "kan ikke", "passer ikke", "går ikke", "passer dårlig",
		"ei käy", "en pääse", "en pysty", "nemohu", "nemůžu", "nehodí", "nemôžem", "nevyhovuje",
		"nem jó", "nem megfelelő", "nem tudok", "nem alkalmas",
		"nu pot", "nu îmi convine", "nu mi se potrivește", "nu sunt disponibil", "nu sunt disponibilă",
		"uygun değilim", "uygun değil", "katılamıyorum", "müsait değilim",
		// Turning the whole conversation down: "I'll pass on Thursday's
		// call", "kein Interesse".
		"i'll pass", "i will pass", "not interested", "no thanks", "no thank you", "not looking",
		"have to decline", "must decline", "will decline", "politely decline", "i'll sit this one out",
		"kein interesse", "muss ich absagen", "sage ich ab", "passe ich", "verzichte",
		"je vais passer mon tour", "pas intéressé", "pas intéressée", "je décline", "je dois décliner",
		"no me interesa", "no estoy interesado", "no estoy interesada", "paso de", "non sono interessato",
		"non sono interessata", "não tenho interesse", "geen interesse", "ik pas", "nie jestem zainteresowany",
		"nie jestem zainteresowana", "inte intresserad", "ikke interesseret", "ikke interessert",
		"en ole kiinnostunut", "nemám zájem", "nemám záujem", "nem érdekel", "nu mă interesează", "ilgilenmiyorum",
		// Not looking, and not going on with it: "De momento estou
		// contente na Globex e não estou à procura ... prefiro não
		// avançar com a chamada".
		"happy where i am", "happy in my current role", "not on the market", "rather not proceed", "not to proceed",
		"nicht auf der suche", "nicht wechselwillig", "nicht weiterverfolgen", "pas en recherche",
		"ne pas donner suite", "ne souhaite pas donner suite", "no estoy buscando", "prefiero no seguir",
		"prefiero no avanzar", "non sto cercando", "preferisco non proseguire", "não estou à procura",
		"não estou a procurar", "não estou procurando", "prefiro não avançar", "prefiro não seguir",
		"niet op zoek", "nie szukam", "söker inte", "søger ikke", "ser ikke etter", "en etsi", "nehledám",
		"ne odgovara mi", "ne mogu", "nisam dostupan", "nisam dostupna", "nisam slobodan", "nisam slobodna",
		"не одговара ми", "не могу", "ne ustreza", "ne morem", "nisem na voljo", "не ми е удобно", "не мога",
		"не съм свободен", "не съм свободна", "не підходить", "не можу", "не зможу", "мені не зручно", "не подходит",
		"не смогу", "мне неудобно", "не получится", "netinka", "negaliu", "negalėsiu", "neder", "nevaru", "nevarēšu",
		"ei sobi", "ma ei saa", "都合が悪", "参加できません", "伺えません", "不方便", "没空", "沒空", "无法参加",
		"無法參加", "참석이 어렵", "참석하기 어렵", "불가능합니다",
	}
	// Someone saying they will ring the user: a phone screen.
	callPhrases = []string{
		"i'll call you", "i will call you", "we'll call you", "we will call you", "will give you a call",
		"will call you", "give you a ring", "ring you", "call you on", "call you at",
		"ich rufe sie", "rufe ich sie", "wir rufen sie", "ich rufe dich", "rufe dich",
		"je vous appellerai", "je vous appelle", "nous vous appellerons", "je t'appelle",
		"te llamaré", "le llamaré", "te llamo", "ti chiamerò", "la chiamerò", "ti chiamo", "la chiamo",
		"vou ligar", "te ligo", "ligo para você", "ik bel je", "ik bel u", "bel ik je", "bel ik u",
		"zadzwonię", "zadzwonimy", "jag ringer", "ringer dig", "jeg ringer", "ringer deg",
		"soitan sinulle", "soitamme sinulle", "zavolám vám", "zavoláme vám", "zavolám ti", "zavoláme ti",
		"felhívom", "felhívjuk", "fel foglak hívni", "vă sun", "te sun", "vă vom suna", "te vom suna",
		"sizi arayacağım", "sizi arayacağız", "seni arayacağım",
	}
	// A sentence that offers or asks, rather than fixes.
	proposalPhrases = []string{
		// "Ich hätte z.B. Donnerstag, 10.12. um 15:00 Uhr oder Freitag
		// Vormittag Zeit": a time given as an example is offered.
		"z b", "zum beispiel", "for example", "e g", "par exemple", "por ejemplo", "ad esempio", "per esempio",
		"bijvoorbeeld", "bijv", "na przykład", "np", "till exempel", "t ex", "for eksempel", "f eks", "esimerkiksi",
		"například",
		"would any of", "which of these", "which works", "either of these", "either of those", "would either",
		"if neither works", "if neither of these", "if none of these", "any of these work", "what works", "would work for you",
		"does that work", "would that work", "are you available", "are you free", "could you do",
		"let me know which", "let me know what works", "one of these", "the following slots", "works for you", "grab time",
		"the following times", "options", "slots", "alternatively", "alternativ", "alternativement",
		// A second choice after the first: "Could we push it to 14:30?
		// Otherwise Tuesday 1 Dec at 11:00 is also open."
		// The writer's own free times: "Fancy a quick call this week?
		// ... I'm free Thurs after lunch or Fri at 2.30pm".
		"i'm free", "i am free", "i'm around", "i am around", "i could do", "how about", "would you be free",
		"are you around", "je suis disponible", "je suis libre", "estoy libre", "tengo hueco", "sono libero",
		"sono libera", "ich hätte zeit", "hätte ich zeit", "ik heb tijd", "heb ik tijd",
		"is also open", "are also open", "is also free", "are also free", "is also possible", "would also be possible",
		"also an option", "ginge auch", "wäre auch möglich", "est aussi possible", "est également possible",
		"también es posible", "también está libre", "è anche possibile", "is ook mogelijk", "também é possível",
		"alternativamente", "in alternativa", "alternatief", "alternatywnie", "alternativt",
		"passt ihnen", "passt dir", "hätten sie zeit", "hättest du zeit", "welcher termin",
		"folgende termine", "zur auswahl",
		// The writer's calendar, one place of which is the reader's to
		// take: "Eli is doing a handful of intro calls next Thursday
		// between 11am and 1pm ET. Happy to hold one of those for you".
		"hold one of those", "hold one of them", "hold one for you", "hold a slot for you", "hold a spot for you",
		"einen davon reservieren", "einen davon für sie reservieren", "vous en réserver un", "t'en réserver un",
		"reservarte uno", "reservarle uno", "riservartene uno", "riservargliene uno", "er een voor je vasthouden",
		"seriez-vous disponible", "êtes-vous disponible", "quel créneau", "les créneaux",
		"te viene bien", "le viene bien", "estarías disponible", "qué horario",
		"saresti disponibile", "sarebbe disponibile", "quale preferisce",
		"estaria disponível", "qual horário", "schikt", "welk moment", "komt het uit",
		"czy pasuje", "który termin", "proponuję", "proponujemy", "czy moglibyśmy", "passar det", "vilken tid",
		"passer det", "hvilket tidspunkt", "hvilken tid",
		"sopisiko", "sopiiko", "jompikumpi", "seuraavista ajoista", "mikä aika",
		"vyhovoval by vám", "hodil by se vám", "který termín", "jeden z termínů", "máte čas", "následující termíny",
		"vyhovuje vám", "hodil by sa vám", "ktorý termín", "jeden z termínov", "nasledujúce termíny", "napríklad",
		"megfelel önnek", "megfelelne önnek", "megfelel neked", "megfelelne neked", "melyik időpont",
		"az alábbi időpontok", "a következő időpontok", "például", "javaslom", "alkalmas lenne",
		"vă convine", "îți convine", "v-ar conveni", "ți-ar conveni", "sunteți disponibil", "sunteți disponibilă",
		"care variantă", "care dintre", "următoarele intervale", "de exemplu", "vă propun", "îți propun",
		"uygun musunuz", "uygun mu", "uygun olur mu", "müsait misiniz", "size uygun", "hangi saat", "hangisinin",
		"aşağıdaki saatler", "aşağıdaki saatlerden", "aşağıdaki tarihler", "örneğin", "öneriyorum",
		// Offering a choice in the Romance languages, Dutch and German.
		"opciones", "te propongo", "le propongo", "dime cuál", "cuál te viene mejor", "cuál le viene mejor",
		"je vous propose", "je te propose", "au choix", "lequel vous convient", "laquelle vous convient",
		"ti propongo", "opzioni", "quale ti va meglio", "quale preferisci",
		"opções", "proponho", "qual prefere", "qual lhe convém",
		"opties", "ik stel voor", "welke past", "optionen", "ich schlage vor", "schlage ich vor", "welcher passt",
		// A suggestion named as one: "Mein Vorschlag wäre Mittwoch, der
		// 9.12. – Start gegen 9 Uhr".
		// Slots named as what someone has free: "voici deux
		// disponibilités :", "two slots that work on our side".
		"disponibilités", "nos disponibilités", "mes disponibilités", "deux créneaux", "trois créneaux", "two slots",
		"three slots", "two options", "a few options", "horarios disponibles", "dos opciones", "due opzioni",
		"mein vorschlag", "vorschlag wäre", "my suggestion", "i'd suggest", "i would suggest", "ma proposition",
		"mi propuesta", "la mia proposta", "a minha proposta", "mijn voorstel", "moja propozycja", "mitt förslag",
		"mit forslag", "mitt forslag", "ehdotukseni", "můj návrh", "môj návrh",
		// Croatian, Serbian, Slovenian, Bulgarian, Ukrainian, Russian,
		// the Baltic languages, Japanese, Chinese, Korean: "does one of
		// the following suit you", "which time is convenient".
		"odgovara li vam", "sljedećih termina", "koji vam termin", "da li vam odgovara", "sledećih termina",
		"да ли вам одговара", "следећих термина", "да ли сте слободни", "vam ustreza", "naslednjih terminov",
		"kateri termin", "удобен ли ви е", "удобно ли ви е", "следните часове", "следните дати", "кой вариант",
		"чи зручний", "чи зручно", "один із цих варіантів", "який час", "удобно ли вам", "какой из вариантов",
		"вам удобнее", "следующие варианты", "ar jums tiktų", "kuris laikas", "vienas iš šių", "vai jums būtu ērts",
		"kurš laiks", "kāds no šiem", "kas mõni neist", "milline aeg", "ご都合のよい", "ご都合の良い", "候補日時",
		"哪个方便", "哪個方便", "是否方便", "以下时间", "以下時段", "以下时段", "편하신 시간", "가능하신 시간", "아래 일정 중",
	}
	// A second interview in the same thread is a new one, not a move.
	roundPhrases = []string{
		"second round", "next round", "final round", "third round", "second interview", "next interview",
		"final interview", "follow-up interview", "zweite runde", "zweiten runde", "zweites gespräch",
		"zweiten gespräch", "zweitgespräch", "weiteres gespräch", "weiteren gespräch", "folgegespräch",
		"nächste runde", "nächsten runde", "finale runde", "finalen runde", "deuxième entretien",
		"second entretien", "prochain entretien", "deuxième tour", "segunda entrevista", "segunda ronda",
		"siguiente entrevista", "próxima etapa", "secondo colloquio", "secondo incontro", "tweede gesprek",
		"vervolggesprek", "tweede ronde", "druga rozmowa", "drugą rozmowę", "drugiej rozmowy", "drugi etap",
		"kolejny etap", "kolejnego etapu", "andra intervju", "andra intervjun", "nästa intervju",
		"anden samtale", "andet interview", "andre intervju", "neste intervju", "segunda conversa",
		"próxima fase",
		"toinen haastattelu", "toiseen haastatteluun", "toiselle haastattelukierrokselle", "toisessa haastattelussa", "seuraavalle kierrokselle",
		"druhé kolo", "druhý pohovor", "další kolo", "druhého kola", "do druhého kola", "ďalšie kolo", "ďalšieho kola",
		"második forduló", "második interjú", "következő forduló", "második kör", "második körös",
		"a doua rundă", "runda a doua", "al doilea interviu", "următoarea etapă", "etapa următoare", "runda finală",
		"ikinci görüşme", "ikinci mülakat", "ikinci tur", "sonraki aşama", "bir sonraki aşama", "final görüşmesi",
	}
	// Words about a conversation at a time: with a recruiter sender, a
	// message about a job.
	meetingWords = []string{
		"call", "chat", "meet", "speak", "talk", "conversation", "gespräch", "telefonat", "termin", "kennenlernen", "treffen", "kennismaking",
		"appel", "échange", "rendez-vous", "llamada", "reunión", "conversación", "chiamata",
		// Getting to know each other, as "kennenlernen": "je vous propose
		// qu'on s'appelle pour faire connaissance".
		"faire connaissance", "conocernos", "conoscerci", "get to know each other",
		"incontro", "ligação", "conversa", "reunião", "gesprek", "afspraak", "spotkanie", "rozmowa",
		"rozmowę", "samtal", "möte", "samtale", "møde", "møte",
		"tapaaminen", "keskustelu", "puhelu", "palaveri",
		"schůzka", "hovor", "setkání", "schůzku", "stretnutie", "stretnutia", "schôdzka",
		"találkozó", "beszélgetés", "megbeszélés", "hívás", "videóhívás",
		"întâlnire", "întâlnirea", "discuție", "discuția", "apel",
		"görüşme", "görüşmesi", "toplantı", "ön görüşme", "telefon görüşmesi", "görüntülü görüşme", "kahve",
		// The talk and the meeting of the South Slavic, East Slavic and
		// Baltic languages: with a recruiter, the job's ("razgovor,
		// predviđen za 10. prosinca, je otkazan"). Not interview words
		// (see keywordsByLanguage): any talk.
		"razgovor", "razgovora", "razgovoru", "разговор", "разговора", "pogovor", "sastanak", "sastanka", "састанак",
		"sestanek", "среща", "срещата", "зустріч", "зустрічі", "встреча", "встречу", "встречи", "pokalbis", "pokalbį",
		"pokalbio", "susitikimas", "pārrunas", "tikšanās", "vestlus", "vestluse", "kohtumine",
		// A video call, as one word or two.
		"video call", "videocall", "videollamada", "videochamada", "videochiamata", "videogesprek",
		"videosamtal", "videosamtale", "wideorozmowa", "videohovor", "videopuhelu", "visio", "visioconférence",
		"appel vidéo", "videogespräch", "videotelefonat",
		// A meeting over coffee or a meal: a founder's or a hiring
		// manager's way of meeting a candidate.
		"coffee", "lunch", "breakfast", "dinner", "kaffee", "mittagessen", "café", "déjeuner", "almuerzo",
		"desayuno", "pranzo", "pranzare", "colazione", "almoço", "koffie", "kawa", "kawę", "fika", "kaffe",
		"frokost", "lounas", "kahvi", "kahville", "oběd", "kávu",
	}
	// Events that teach about interviews or gather many people.
	// salesPhrases title a business meeting: a vendor's with the user as
	// its customer or prospect (a demo, a discovery call, the trial), or
	// a client's with the user as its supplier, once the work is won
	// (the project's kick-off, its sprints and steering). Read in
	// subjects and calendar titles only, where a job interview names
	// itself otherwise.
	salesPhrases = []string{
		"kick-off", "kickoff", "project kick-off", "statement of work", "sprint planning",
		"sprint review", "steering committee", "auftaktmeeting", "auftakttermin", "auftaktworkshop",
		"projektauftakt", "lenkungskreis", "réunion de lancement", "lancement du projet",
		"comité de pilotage", "reunión de lanzamiento", "reunión de arranque", "arranque del proyecto",
		"comité de dirección del proyecto", "riunione di avvio", "avvio del progetto", "comitato guida",
		"reunião de arranque", "reunião de lançamento", "arranque do projeto", "arranque do projecto",
		"startbijeenkomst", "aftrapbijeenkomst", "stuurgroep", "spotkanie otwierające",
		"spotkanie inauguracyjne", "spotkanie startowe", "uppstartsmöte", "opstartsmøde",
		"oppstartsmøte", "aloituspalaveri", "projektin aloitus", "úvodní schůzka", "zahájení projektu",
		// The terms of a contract already won: its rate and conditions.
		"vertragskonditionen", "vertragsverhandlung", "konditionsgespräch", "stundensatz", "tagessatz",
		"contract negotiation", "rate negotiation", "contract terms", "day rate", "hourly rate",
		"négociation du contrat", "négociation tarifaire", "taux journalier", "tarif journalier",
		"negociación del contrato", "tarifa diaria", "negoziazione del contratto", "tariffa giornaliera",
		"contractonderhandeling", "uurtarief", "dagtarief",
		"demo", "product demo", "discovery call", "sales call", "free trial", "your trial ends", "your trial expires", "your trial period", "your trial account", "trial extension",
		"pricing", "product tour", "onboarding call", "renewal", "proof of concept", "quarterly business review",
		"produktdemo", "demo-termin", "testphase", "testzugang", "produktvorstellung",
		"démo", "démonstration", "essai gratuit", "présentation produit",
		"demostración", "prueba gratuita", "presentación del producto",
		"dimostrazione", "prova gratuita", "presentazione del prodotto",
		"demonstração", "teste grátis", "apresentação do produto",
		"proefperiode", "productpresentatie", "prezentacja produktu", "okres próbny", "wersja próbna",
		"provperiod", "prøveperiode", "kokeilujakso", "tuote-esittely", "ukázka produktu", "zkušební verze",
		// A professional's service to the user or the user's business:
		// "IR35 Contract Review" with an accountant, a tax return.
		"contract review", "tax return", "tax advice", "self assessment", "bookkeeping", "mortgage",
		"financial advice", "legal advice", "steuerberatung", "steuererklärung", "vertragsprüfung",
		"expert-comptable", "déclaration d'impôts", "declaración de la renta", "asesoría fiscal",
		"commercialista", "dichiarazione dei redditi", "belastingaangifte", "consulta fiscal", "tax consultation",
		// A teacher's hour with a student: "Tutoría TFM - Sam Rivera" (not
		// "office hours", which recruiters keep too).
		"tutoría", "tutoria", "sprechstunde", "thesis supervision", "tfm", "tfg",
	}
	// investorPhrases are how investors write to a founder: the user's
	// side project meets a fund, not an employer. (Not "portfolio
	// company" nor "valuation": a fund's talent partner recruits for its
	// companies, and valuation is a finance job's work.)
	investorPhrases = []string{
		"pitch deck", "no deck needed", "pre-seed", "seed round", "term sheet", "fundraise",
		"fundraising", "raising a round", "cap table", "lead investor", "angel investor", "investment committee",
		"finanzierungsrunde", "investoren", "levée de fonds", "ronda de financiación", "ronda de inversión",
		"round di investimento", "rodada de investimento", "investeringsronde", "runda finansowania",
		"finansieringsrunda", "investeringsrunde", "rahoituskierros", "investiční kolo",
	}
	eventPhrases = append([]string{
		"webinar", "masterclass", "workshop", "course", "bootcamp", "info session", "information session",
		// "Charla informativa grupal ... YouTube Live": a talk for all
		// candidates at once, not an interview.
		"charla informativa", "charla grupal", "palestra informativa",
		"webbinar", "webbinarium", "webbinariet", "webinaari", "webinarium", "webinář", "webinaar",
		"live session", "q&a session", "meetup",
		"kurs", "seminar", "schulung", "karrieremesse", "formation", "atelier", "salon", "curso",
		"taller", "feria de empleo", "corso", "cursus", "training", "szkolenie", "warsztaty",
		"live q&a", "fireside chat", "panel discussion", "ask me anything",
		// A hospital's and a university's teaching meetings, where an
		// interview is what is taught or studied ("Journal Club –
		// motivational interviewing RCT").
		"journal club", "grand rounds", "セミナー", "세미나", "研讨会",

		// A conference's speakers are briefed and their sound checked.
		"speaker briefing", "speaker prep", "speaker call", "speaker check", "tech check", "technical check",
		"sound check", "call for papers", "your session has been accepted", "your talk has been accepted",
		"paneldebat", "paneldiskussion", "alumni",
		"career day", "careers day", "karrieretag", "jobmesse", "recruiting day", "job day", "job days", "jobdays",
		"job dating", "journée de recrutement", "journées de recrutement", "your ticket", "dein ticket",
		"ihr ticket", "votre billet", "live lesson", "lesson", "lektion", "leçon", "lección", "lezione", "lekcja",
		"module", "modul",
		// A registration is for an event: "You're registered: ...".
		"you're registered", "you are registered", "registration confirmed",
		"anmeldung bestätigt", "inscription confirmée", "inscripción confirmada", "iscrizione confermata",
		"inscrição confirmada", "inschrijving bevestigd", "rejestracja potwierdzona", "anmälan bekräftad",
		"tilmelding bekræftet", "påmelding bekreftet", "ilmoittautuminen vahvistettu", "registrace potvrzena",
		"je bent aangemeld", "u bent aangemeld", "du bist angemeldet", "sie sind angemeldet", "vous êtes inscrit",
		"vous êtes inscrite", "estás inscrito", "estás inscrita", "sei iscritto", "sei iscritta",
		"você está inscrito", "você está inscrita", "jesteś zapisany", "jesteś zapisana", "du är anmäld",
		"du er tilmeldt", "du er påmeldt",
		// The Nordic and Czech words for a webinar, a seminar, a workshop.
		"seminaari", "koulutus", "työpaja", "seminář", "školení", "seminár", "školenie", "képzés", "tréning", "curs", "seminer", "eğitim",
		"kursus", "foredrag", "föreläsning", "workshoppen", "webinaret", "webinaren",
		// Mass hiring open to all who come, as Indian and US employers
		// hold it: a day's window, no appointment with anyone.
		"walk-in drive", "walkin drive", "walk-in interview", "walk-in interviews", "walkin interview",
		"hiring drive", "recruitment drive", "mega drive", "hiring event", "open interviews",
		// An employer's information meeting for all who applied.
		"informasjonsmøte", "informationsmöte", "informationsmøde", "infotilaisuus", "informationsveranstaltung",
		"infoveranstaltung", "séance d'information", "réunion d'information", "sesión informativa",
		"sessione informativa", "sessão informativa", "informatiebijeenkomst", "spotkanie informacyjne",
		"informační schůzka",
		// The company's information session in Japanese ("会社説明会",
		// "オンライン説明会"), a campus talk in Chinese ("宣讲会",
		// "宣講會"), a briefing in Korean ("채용설명회", "설명회").
		"説明会", "宣讲会", "宣講會", "说明会", "說明會", "설명회",
	}, slices.Concat(openSessionPhrases, defencePhrases, broadcastPhrases)...)
	// broadcastPhrases are a stream to an audience: nobody is
	// interviewed on one, whatever the stream is about ("17:00-17:45
	// CET (online, YouTube Live)", "en directo por LinkedIn Live").
	broadcastPhrases = []string{
		"youtube live", "linkedin live", "facebook live", "instagram live", "livestream",
		"live stream", "livestreams", "live streamed", "streamed live",
		"en streaming", "in streaming", "im livestream", "en direct sur youtube", "en directo en youtube",
		"en directo por youtube", "en vivo por youtube", "en vivo en youtube", "ao vivo no youtube",
		"in diretta su youtube", "live op youtube", "live auf youtube",
	}
	// openSessionPhrases are an employer's open session for everyone who
	// applied: an event whose time, in a sentence that says so, is no
	// interview's ("join our open online Q&A ... on Thursday at 17:30").
	openSessionPhrases = []string{
		"open q&a", "online q&a", "q&a for applicants", "q&a for candidates", "open to all applicants",
		"open to all candidates", "offene fragerunde", "fragestunde für bewerber", "questions-réponses ouverte",
		"sesión abierta de preguntas", "sessione aperta di domande",
		// "możesz dołączyć do otwartej sesji Q&A dla wszystkich
		// kandydatów w piątek": open to everyone taking the task.
		"otwartej sesji q&a", "otwarta sesja q&a", "otwartą sesję q&a", "dla wszystkich kandydatów",
		"für alle bewerber", "für alle bewerberinnen und bewerber", "pour tous les candidats", "para todos los candidatos",
		"per tutti i candidati", "para todos os candidatos", "voor alle kandidaten", "för alla kandidater",
		"for alle kandidater", "for all applicants",
		// An employer's evening or day open to all who are curious, and
		// the fairs and evenings where many employers meet many people:
		// "Välkommen till öppet hus på kontoret torsdag 10 december kl.
		// 08.00–09.30".
		"open day", "open house", "open avond", "open evening", "open dag", "informatieavond", "tag der offenen tür",
		"portes ouvertes", "puertas abiertas", "porte aperte", "portas abertas", "dzień otwarty", "öppet hus",
		"åbent hus", "åpent hus", "career fair", "job fair", "career evening", "career night", "karriereaften",
		"karriereabend", "soirée carrière", "tech talk", "tech talks", "meet & greet", "meet and greet",
		"careers evening", "careers night", "careers fair", "recruitment fair", "recruitment evening",
		"karrierekveld", "karrieredag", "jobbmesse", "karriärkväll", "karriärmässa", "jobbmässa",
		"rekryteringsmässa", "carrièreavond", "carrièrebeurs", "banenbeurs",
		"banenmarkt", "soirée de recrutement", "forum emploi", "forum de l'emploi", "feira de emprego",
		"fiera del lavoro", "targi pracy", "wieczór kariery", "urailta", "rekrytointimessut", "veletrh práce",
		"kariérní večer",
		// Many short talks with many candidates at such an evening.
		"speed interviews", "speed interview", "speed intervjuer", "speed intervju", "speed recruiting",
		"speed dating", "job speed dating",
		// An employer's event for the people in its talent network,
		// who need not apply: "Ingen ansökan behövs ... Du får detta
		// mejl eftersom du är med i Kvarnholmens talangnätverk".
		"no application needed", "no application required", "no need to apply", "keine bewerbung nötig",
		"keine bewerbung notwendig", "keine bewerbung erforderlich", "pas besoin de candidater", "sans candidature",
		"no es necesario postularse", "sin necesidad de postular", "non serve candidarsi", "não é preciso candidatar",
		"geen sollicitatie nodig", "ingen ansökan behövs", "ingen ansøgning nødvendig", "ingen søknad nødvendig",
		"talent network", "talent community", "talentnetzwerk", "talent-netzwerk", "réseau de talents",
		"red de talento", "comunidad de talento", "rete di talenti", "talentnetwerk", "talangnätverk",
		"talentnetværk", "talentnettverk", "nyílt nap", "állásbörze", "târg de cariere", "ziua porților deschise", "kariyer fuarı", "kariyer günü",
	}
	// openSessions and saysNoInterview hold their phrases as the lexicon
	// reports them ("isn t an interview"), to compare its hits with.
	openSessions    = asReported(openSessionPhrases)
	saysNoInterview = asReported(saysNoInterviewPhrases)
	// What only an event's registration system writes, in the body of
	// its confirmations and reminders: Zoom's "Webinar ID" (in Zoom's
	// languages), a registration to cancel, the registrants. An employer
	// inviting a candidate writes none of it.
	registrationPhrases = []string{
		"webinar id", "id de webinaire", "id del seminario web", "id webinar", "id do webinar",
		"identyfikator webinaru", "webbinarie-id", "webinaarin tunnus", "id webináře", "join webinar",
		"cancel your registration", "thank you for registering", "thank you for your rsvp", "thanks for your rsvp", "thanks for rsvping", "thank you for rsvping", "thanks for registering", "all registrants",
		"registrants", "anmeldung stornieren", "vielen dank für ihre anmeldung", "danke für deine anmeldung",
		"annuler votre inscription", "merci pour votre inscription", "merci de votre inscription",
		"cancelar tu registro", "cancelar su registro", "gracias por registrarte", "gracias por inscribirte",
		"annulla la registrazione", "grazie per esserti registrato", "grazie per la registrazione",
		"cancelar sua inscrição", "obrigado por se inscrever", "obrigado pela sua inscrição",
		"aanmelding annuleren", "bedankt voor je aanmelding", "bedankt voor uw aanmelding",
		"anuluj rejestrację", "dziękujemy za rejestrację", "avboka din anmälan", "tack för din anmälan",
		"afmeld din tilmelding", "tak for din tilmelding", "takk for påmeldingen", "kiitos ilmoittautumisesta",
		"zrušit registraci", "děkujeme za registraci", "ďakujeme za registráciu",
		"köszönjük a regisztrációt", "köszönjük regisztrációját", "vă mulțumim pentru înregistrare", "kaydınız için teşekkürler",
		// Teams and Zoom events confirm a registration in the user's
		// language: "Bedankt voor je registratie ... Registratie
		// annuleren".
		"cancel registration", "cancel my registration", "you're registered for", "you are registered for",
		"bedankt voor je registratie", "bedankt voor uw registratie", "registratie annuleren", "je bent geregistreerd",
		"u bent geregistreerd", "vielen dank für ihre registrierung", "danke für deine registrierung",
		"registrierung stornieren", "sie sind registriert", "du bist registriert", "annuler l'inscription",
		"cancelar registro", "cancelar el registro", "te has registrado", "se ha registrado", "annulla registrazione",
		"sei registrato", "sei registrata", "cancelar inscrição", "você está registrado", "você está registrada",
		"jesteś zarejestrowany", "jesteś zarejestrowana", "du är registrerad", "du er registreret", "du er registrert",
	}
	// hiredPhrases are how an organisation writes to someone it has
	// hired: onboarding, the first day, the contract's signing, checks
	// before the start, a welcome. Its meetings after that are no
	// interviews unless they say so (see jobSearch.offered).
	hiredPhrases = []string{
		// After the hire: onboarding and welcome sessions, the first day.
		"onboarding session", "onboarding day", "onboarding call", "onboarding meeting", "welcome session",
		"welcome day", "your first day", "first working day", "onboarding-termin", "willkommenstag",
		"ihr erster arbeitstag", "dein erster arbeitstag", "journée d'intégration", "votre premier jour",
		"jornada de bienvenida", "tu primer día", "giornata di benvenuto", "il tuo primo giorno", "seu primeiro dia",
		"dia de integração", "eerste werkdag", "welkomstsessie", "pierwszy dzień pracy", "välkomstträff",
		"introduktionsdag", "första arbetsdag", "velkomstmøde", "første arbejdsdag", "velkomstmøte",
		"første arbeidsdag", "ensimmäinen työpäivä", "perehdytyspäivä", "první pracovní den", "prvý pracovný deň", "első munkanap", "prima zi de lucru", "ilk iş günü", "background screening",
		"background check",
		// After the offer: signing the contract, the new employer's
		// medical check.
		"vertragsunterzeichnung", "unterzeichnung des arbeitsvertrags", "unterschrift des arbeitsvertrags",
		"zur unterzeichnung", "unterzeichnung ihres arbeitsvertrags", "unterzeichnung deines arbeitsvertrags",
		"sign your employment contract", "signing of your contract", "signing of the contract",
		"contract signing", "sign the contract", "sign your contract", "signing your contract",
		"signature du contrat", "signature de votre contrat", "firma del contrato", "firma del contratto",
		"assinatura do contrato", "ondertekening van het contract", "contract tekenen", "podpisanie umowy",
		"avtalsskrivning", "underskrift af kontrakt", "signering av kontrakt", "betriebsärztliche untersuchung",
		"einstellungsuntersuchung", "visite médicale d'embauche", "médecine du travail", "pre-employment medical",
		"welcome to the team", "welcome aboard", "new hire", "new starter",
		// "Congratulations again on accepting our offer ... Site
		// induction ... your first rostered shift": a warehouse's
		// welcome, and the payroll call it asks to book.
		"on accepting our offer", "accepted our offer", "site induction", "induction day", "your induction",
		"payroll call", "your first shift", "first rostered shift",
		// "Congratulations once again on your selection ... Please find
		// below the pre-joining formalities: ... Date of joining": the
		// Indian English of onboarding. (An offer letter's "delighted
		// to have you on board" and its background verification come
		// before the offer is taken.)
		"pre-joining", "prejoining", "date of joining", "joining date", "joining formalities",
		"induction programme", "induction program",
		"willkommen im team", "willkommen an bord", "unterzeichnung arbeitsvertrag",
		"arbeitsvertrag unterschreiben", "arbeitsvertrag unterzeichnen", "bienvenue dans l'équipe", "bienvenue à bord",
		"contrat signé", "bienvenido al equipo", "bienvenida al equipo", "bienvenido a bordo", "bienvenido oficialmente",
		"bienvenida oficialmente", "contrato firmado", "comida de bienvenida", "benvenuto nel team", "benvenuta nel team",
		"benvenuto a bordo", "contratto firmato", "bem-vindo à equipa", "bem-vinda à equipa", "bem-vindo à equipe",
		"bem-vinda à equipe", "contrato assinado", "aceite assinado", "proposta assinada", "signed offer letter", "signed offer", "oferta firmada",
		"promesse d'embauche signée", "offerta firmata", "welkom in het team", "welkom aan boord", "contract getekend",
		"witamy w zespole", "witamy na pokładzie", "umowa podpisana", "välkommen till teamet", "välkommen ombord",
		"velkommen til teamet", "velkommen om bord", "tervetuloa tiimiin", "tervetuloa taloon", "vítej v týmu",
		"vítejte v týmu", "vitaj v tíme", "vitajte v tíme", "üdvözlünk a csapatban", "bun venit în echipă", "aramıza hoş geldiniz", "ekibe hoş geldin", "welcome lunch", "team welcome lunch", "willkommensessen", "déjeuner de bienvenue",
		"pranzo di benvenuto", "almoço de boas-vindas", "welkomstlunch",
		// At work already: a shift booked, a review of how it goes.
		// ("Your trial shift is confirmed" is a step of hiring, and says
		// none of these.)
		"your shift is confirmed", "your shifts are confirmed", "clock in with the app", "clock in when you arrive",
		"deine schicht ist bestätigt", "ihre schicht ist bestätigt", "je dienst is bevestigd", "jouw dienst is bevestigd",
		"twoja zmiana jest potwierdzona", "o teu turno está confirmado", "o seu turno está confirmado", "tu turno está confirmado",
		"il tuo turno è confermato", "evaluatiegesprek", "evaluation meeting", "probation review", "performance review",
		"mitarbeitergespräch", "probezeitgespräch", "entretien annuel", "entretien d'évaluation", "beoordelingsgesprek",
		"functioneringsgesprek", "medarbetarsamtal", "utviklingssamtale", "medarbejdersamtale", "kehityskeskustelu",
		"rozmowa oceniająca", "evaluación de desempeño", "avaliação de desempenho", "colloquio di valutazione",
	}
	// defencePhrases name a doctoral or master's defence, which the user
	// examines, attends or defends ("openbare verdediging van het
	// proefschrift", "banca de defesa"): an event and an appointment,
	// never a job interview.
	defencePhrases = []string{
		"disputation", "phd defence", "phd defense", "doctoral defence", "doctoral defense", "thesis defence",
		"thesis defense", "viva voce", "soutenance de thèse", "soutenance de doctorat", "jury de thèse",
		"promotionsprüfung", "promotionskommission", "rigorosum", "defensa de tesis", "defensa de la tesis",
		"tribunal de tesis", "defesa de tese", "discussione della tesi", "openbare verdediging",
		"verdediging van het proefschrift", "promotiecommissie", "promotieplechtigheid", "disputats", "disputas",
		"väitöstilaisuus", "obhajoba", "obhajoba disertace", "obrona pracy doktorskiej", "obrona doktoratu",
		// A master's defence and its examining board.
		"banca de defesa", "banca examinadora", "defesa de mestrado", "defesa de dissertação", "defesa de doutorado",
		"soutenance de mémoire", "defensa del tfm", "tribunal del tfm", "obrona pracy magisterskiej",
	}
	// A reference the user gives for someone else.
	referencePhrases = []string{
		"reference check", "reference call", "as a reference", "referee for", "referenzgespräch",
		"referenzauskunft", "prise de références", "référence pour", "referencia laboral", "referencias de",
		"referenza per", "referência para", "referentiecheck", "referentiegesprek", "referencje dla",
		"referenssamtal", "referencetjek", "referencesamtale", "referansesjekk", "referansesamtale",
		"suosittelijana", "reference pro",
	}
	// The user's own references, asked for by the employer: "Please
	// provide the names and contact information of two references".
	ownReferencePhrases = []string{
		"your references", "two references", "three references", "provide references", "names of two",
		"names of your referees", "your referees", "two referees", "details of two referees", "list of references",
		"vos références", "deux références", "deux personnes ayant supervisé", "ihre referenzen", "zwei referenzen",
		"sus referencias", "dos referencias", "tus referencias", "le sue referenze", "due referenze",
		"suas referências", "duas referências", "uw referenties", "twee referenties", "je referenties",
		"dina referenser", "två referenser", "dine referencer", "to referencer", "dine referanser", "to referanser",
	}
	// Appointments that are not job interviews, though they may say
	// "Termin" or "Gespräch" and come with a time.
	appointmentPhrases = append([]string{
		// A gym's or a club's trial session and its getting-to-know talk
		// ("Probetraining ... Kennenlerngespräch mit deinem Coach").
		"probetraining", "probestunde", "proeftraining", "proefles", "trial class", "clase de prueba", "séance d'essai",
		"cours d'essai", "lezione di prova", "aula experimental", "provträning", "prøvetime",
		// A language school's or course's test of the learner's level:
		// "la profesora que te hará la entrevista de nivel".
		"entrevista de nivel", "level test", "entretien de niveau", "colloquio di livello", "teste de nivelamento",
		"beratungstermin", "ihr bankberater", "ihre bankberaterin", "in unserer filiale", "in der filiale",
		// A building's owners meet: "assemblée générale des
		// copropriétaires", "Eigentümerversammlung", "VvE-vergadering".
		"assemblée générale des copropriétaires", "assemblée des copropriétaires", "assemblée générale ordinaire",
		"eigentümerversammlung", "wohnungseigentümerversammlung", "junta de propietarios", "junta de vecinos",
		"assemblea condominiale", "assemblea di condominio", "assembleia de condóminos", "assembleia de condomínio",
		"vve-vergadering", "ledenvergadering van de vve", "zebranie wspólnoty", "föreningsstämma", "generalforsamling i ejerforeningen",
		"owners' meeting", "annual general meeting of the owners",
		// A bank's, insurer's or adviser's advice meeting, in the
		// languages read: "adviesgesprek over uw pensioen".
		"adviesgesprek", "pensioenadvies", "financieel advies", "uw adviseur",
		// Korean banks write to "고객님" (the customer) about "자산관리
		// 상담" (asset management advice); Japanese and Chinese ones
		// about "資産運用のご相談", "理财咨询".
		"고객님께서 신청하신", "자산관리 상담", "재무 상담", "資産運用のご相談", "資産運用相談", "理财咨询", "理財諮詢",
		"votre conseiller", "votre conseillère", "rendez-vous conseil", "entretien conseil",
		"votre courtier", "ihr versicherungsmakler", "uw verzekeringsmakelaar", "su corredor de seguros", "su asesor", "su asesora",
		"cita con su asesor", "il suo consulente", "appuntamento di consulenza", "o seu consultor",
		"rådgivningsmöte", "rådgivningsmøde", "rådgivningsmøte", "spotkanie z doradcą", "financial review",
		"pension review", "mortgage appointment", "mortgage advice", "your financial adviser", "your financial advisor",
		"crédito habitação", "crédito à habitação", "credito habitação", "gestor de conta", "gestora de conta",
		"crédito hipotecario", "gestor de cuenta", "mutuo casa", "consulente mutui", "hypotheekgesprek",
		// ("your bank" alone is a job board's warning too: "Never share
		// your bank details".)
		"at your bank", "with your bank", "your bank adviser", "your bank advisor", "bank branch", "at our branch",
		"insurance appointment", "versicherungstermin",
		// The user as a bank's customer: a loan, an account, an
		// investor profile the law asks it to keep ("perfil de
		// investidor (questionário de suitability)"); not "suitability" alone,
		// which a panel assesses "for the post".
		"perfil de investidor", "perfil do investidor", "perfil de inversor", "investor profile", "anlegerprofil",
		"profil investisseur", "profilo di rischio", "questionário de suitability", "seu financiamento", "financiamento imobiliário",
		"sua conta corrente", "gerente de relacionamento", "your mortgage", "your loan", "ihre baufinanzierung",
		"ihr darlehen", "votre prêt", "votre crédit immobilier", "su hipoteca", "tu hipoteca", "il suo mutuo",
		"uw hypotheek",
		// A bank's identity check of a new customer on video: "Video KYC
		// ... Time Slot 02:30 PM - 03:00 PM IST".
		"video kyc", "v-kyc", "vkyc", "kyc", "know your customer", "videoident", "video-ident",
		"identificación por vídeo", "identificação por vídeo",
		// A speakers' club's meeting, its "Interview Chair" theme and
		// its impromptu "table topics".
		"toastmasters", "table topics",
		// A notary's appointments for a sale or a deed: "la signature de
		// l'acte authentique de vente", "Beurkundungstermin", "rogito".
		"acte authentique", "acte de vente", "signature de l'acte", "projet d'acte", "compromis de vente",
		"promesse de vente", "office notarial", "étude notariale", "beurkundungstermin", "notartermin",
		"beurkundung des kaufvertrags", "escritura de compraventa", "firma de la escritura", "rogito",
		"atto di compravendita", "akte van levering", "transportakte", "escritura de compra e venda",
		// The user as a trade union's member: its meetings and its advice
		// ("Enskild rådgivning med ombudsman", "Mitgliederversammlung").
		// Not a union's name alone, which may be the employer, nor the
		// union's representative who sits on a public employer's panel
		// (a "tillitsvalgt", the "Personalrat"): those are interviews.
		"union meeting", "union members", "union membership", "union branch", "members' meeting",
		"mitgliederversammlung der", "gewerkschaftliche rechtsberatung", "adhérents du syndicat", "assemblée syndicale",
		"asamblea de afiliados", "asamblea sindical", "iscritti al sindacato", "assemblea sindacale", "vakbondsleden",
		"fackklubb", "fackklubben", "medlemsmöte", "enskild rådgivning", "rådgivning med ombudsman",
		"medlemsmøde", "medlemsmøte", "jäsenkokous", "zebranie członków", "členská schůze",
		"besichtigung", "wohnungsbesichtigung", "viewing of the flat", "flat viewing", "apartment viewing",
		"property viewing", "handwerker", "techniker kommt", "technician visit", "physiotherapie", "physiotherapy", "physio",
		"friseur", "hairdresser", "werkstatttermin", "car service", "rendez-vous en agence",
		// A home's heating serviced, which French calls "entretien" too:
		// "Rendez-vous entretien annuel chaudière".
		"entretien chaudière", "entretien annuel chaudière", "entretien de la chaudière", "entretien de votre chaudière",
		"entretien annuel de la chaudière", "entretien annuel obligatoire", "ramonage", "boiler service", "boiler check",
		"gas safety check", "gas safety inspection", "heizungswartung", "wartung ihrer heizung", "thermenwartung",
		"schornsteinfeger", "manutenzione caldaia", "revisione caldaia", "revisione della caldaia",
		"revisión de la caldera", "mantenimiento de la caldera", "revisão da caldeira", "onderhoud cv-ketel",
		"onderhoud van uw cv-ketel", "onderhoud van de cv-ketel", "ketelonderhoud", "przegląd kotła", "serwis kotła",
		"pannuhuolto", "service af fyr",
		"visite de l'appartement", "cita en la sucursal", "visita del piso", "bezichtiging",
		// A flat's viewing, where a landlord may want "un breve
		// colloquio conoscitivo" with the tenants to be.
		"visita dell'immobile", "visita dell'appartamento", "visita appartamento", "potenziali inquilini",
		"possibili inquilini", "futuri inquilini", "potential tenants", "prospective tenants", "future tenants",
		"zukünftigen mieter", "futurs locataires", "futuros inquilinos", "toekomstige huurders",
		"beratungsgespräch", "työnhakijaksi",
		// A careers service's review of the user's CV: "Type de
		// rendez-vous : Relecture CV & lettre de motivation". The
		// adviser asks for the CV; no employer is behind it. (Not "CV
		// review" alone: an employer's "successful at the CV review
		// stage" is its screening.)
		"relecture de cv", "relecture du cv", "relecture cv", "relecture de votre cv", "cv review appointment",
		"cv review session", "resume review appointment", "resume review session", "cv clinic", "cv drop-in",
		"lebenslauf-check", "lebenslaufcheck", "bewerbungsmappencheck", "bewerbungsmappen-check", "bewerbungscheck",
		"asesoría de cv", "asesoría de currículum",
		// A new employee's health check before starting, which follows
		// the offer: "RE: PRE-EMPLOYMENT HEALTH SCREENING ... Your
		// appointment details are".
		"pre-employment health", "pre-employment screening appointment", "pre-placement health",
		"health screening appointment", "occupational health appointment", "occupational health assessment",
		"arbeitsmedizinische untersuchung", "reconocimiento médico previo", "visita medica preassuntiva",
		"aanstellingskeuring",
		// A language course's test of the learner's level, as Québec's
		// francisation calls it (see "entrevista de nivel" above).
		"entrevue de classement", "test de classement",
		// How a public employment service names the user, which no
		// employer does: registered as looking for work, with its
		// benefits and its counsellor.
		"chercheur d'emploi", "chercheuse d'emploi", "demandeur d'emploi", "demandeuse d'emploi",
		"conseiller emploi", "conseillère emploi", "werkzoekende", "werkzoekenden", "ww-uitkering",
		"arbeitsuchend", "arbeitssuchend", "arbeitsuchende", "arbeitssuchende", "arbeitslos gemeldet",
		"arbeitslosengeld", "bürgergeld", "jobseeker's allowance", "jobseekers allowance", "claimant commitment",
		"universal credit", "work coach", "demandante de empleo", "demandantes de empleo", "prestación por desempleo",
		"stato di disoccupazione", "indennità di disoccupazione", "subsídio de desemprego", "inscrito como desempregado",
		"arbetssökande", "arbetslöshetsersättning", "arbejdssøgende", "dagpenge", "dagpenger", "arbeidssøker",
		"arbeidssøkere", "työnhakija", "työnhakijana", "työttömyysturva", "uchazeč o zaměstnání",
		"uchazečů o zaměstnání", "osoba bezrobotna", "zasiłek dla bezrobotnych",
		"your dentist", "dental practice", "dental appointment", "doctor's appointment",
		"your appointment with dr", "zahnarztpraxis", "ihr zahnarzt", "zahnarzttermin", "arzttermin",
		"arztpraxis", "praxis dr", "ihr termin bei dr", "rendez-vous médical", "cabinet médical",
		"votre médecin", "votre dentiste", "doctolib", "cita médica", "consulta médica", "su dentista",
		// Doctors' and therapists' booking platforms, and a therapy's
		// first visit: "Servicio: Primera visita Psicología (entrevista
		// inicial)" from Doctoralia.
		"doctoralia", "docplanner", "miodottore", "znanylekarz", "jameda", "zocdoc", "primera visita",
		"primera sesión", "sesión de terapia", "therapy session", "seduta di terapia", "therapiesitzung",
		"appuntamento medico", "visita medica", "tandartspraktijk", "huisartsenpraktijk",
		"wizyta lekarska", "gabinet stomatologiczny", "tandläkartid", "tandläkarmottagning",
		"tandlægetid", "tannlegetime", "lægetid", "legetime",
		// The visit itself, a check-up or a cleaning: "Undersökning hos
		// tandläkare Erik Sandberg" (a dental practice that hires
		// invites to no check-up).
		"check-up appointment", "dental check-up", "dental check", "hygiene appointment", "dental hygienist",
		"zahnreinigung", "prophylaxetermin", "kontrolltermin", "détartrage", "limpieza dental", "pulizia dei denti",
		"gebitsreiniging", "mondhygiënist", "periodieke controle", "undersökning hos", "regelbundna undersökning",
		"tandläkarbesök", "tandhygienist", "undersøgelse hos", "tandlægebesøg", "tandplejer", "undersøkelse hos",
		"tannlegebesøk", "tannpleier", "przegląd stomatologiczny", "preventivní prohlídka",
		// A bank's adviser for a loan: "Colloquio con il consulente" about
		// a "mutuo" (mortgage).
		"mutuo",
		// A car's service: "Inspection + winter tyre change".
		"tyre change", "tire change", "winter tyres", "winter tires", "oil change", "mot test",
		"reifenwechsel", "vidange", "cambio de neumáticos", "tagliando", "apk-keuring",
		// A family doctor's practice and what a visit there asks for:
		// "Hausarztpraxis Dr. Vogel ... Bitte kommen Sie nüchtern
		// (Blutabnahme) und bringen Sie Ihre Versichertenkarte mit".
		"hausarztpraxis", "hausarzt", "hausärztin", "blutabnahme", "versichertenkarte", "gesundheitskarte",
		"gesundheitsuntersuchung", "vorsorgeuntersuchung", "impftermin", "gp appointment", "gp surgery", "your gp",
		"blood test", "nhs number", "prise de sang", "carte vitale", "médecin traitant", "análisis de sangre",
		"tarjeta sanitaria", "médico de cabecera", "medico di base", "medico di famiglia", "prelievo del sangue",
		"tessera sanitaria", "huisarts", "bloedafname", "lekarz rodzinny", "pobranie krwi", "vårdcentralen",
		"blodprov", "lægehuset", "blodprøve", "fastlegen", "legekontoret", "terveyskeskus", "verikoe",
		"praktický lékař", "odběr krve", "médico de família", "centro de saúde", "cartão de utente",
		// Renting a flat: a landlord's or letting agent's "colloquio
		// conoscitivo", "Kennenlernen" with the owner.
		"landlord", "letting agent", "letting agency", "tenancy agreement", "rental application", "rental agreement",
		"prospective tenant", "rental agent", "lease agreement", "tenant screening",
		"vermieter", "vermieterin", "mietvertrag", "mietinteressent", "mietinteressenten", "mietschuldenfreiheit",
		"mietschuldenfreiheitsbescheinigung", "bonitätsauskunft", "interesse an der wohnung", "interesse an unserer wohnung",
		"intérêt pour l'appartement", "interés en el piso", "interesse per l'appartamento", "interesse in de woning",
		"propriétaire du logement", "dossier de location", "bail de location", "agence immobilière",
		"contrato de alquiler", "contrato de arrendamiento", "agencia inmobiliaria",
		"agenzia immobiliare", "contratto di locazione", "proposta di locazione", "locazione",
		"proprietaria dell'appartamento", "proprietario dell'appartamento", "contrato de arrendamento",
		"senhorio", "verhuurder", "huurcontract", "huurwoning", "wynajmujący",
		"umowa najmu", "hyresvärd", "hyreskontrakt", "udlejer", "lejekontrakt", "utleier", "leiekontrakt",
		"vuokranantaja", "vuokrasopimus", "pronajímatel", "nájemní smlouva",
		// Language courses: a school's placement interview. (A course
		// alone is no sign: employers offer them as a benefit.)
		"placement interview", "placement test", "einstufungstest", "einstufungsgespräch", "test de niveau",
		"test de positionnement", "prueba de nivel", "test di livello", "teste de nível", "niveautest",
		"test poziomujący", "nivåtest", "tasokoe", "rozřazovací", "kurz češtiny",
		"līmeņa noteikšanas", "līmeņa tests", "lygio nustatymo", "lygio testas", "taseme määramise", "tasemetest",
		"test razine", "određivanje razine", "тест нивоа", "uvrstitveni test", "тест за ниво", "определяне на нивото",
		"тест на рівень", "визначення рівня", "тест на уровень", "определение уровня", "クラス分けテスト",
		"レベルチェック", "分班测试", "水平测试", "레벨 테스트",
		// A meeting that says it is none: "No interviews, I promise -
		// just coffee".
		// An acknowledgement that gives the process's dates: "let op:
		// dit is nog geen uitnodiging".
		"not an invitation yet", "this is not an invitation", "this is not yet an invitation",
		"dies ist noch keine einladung", "dies ist keine einladung", "das ist noch keine einladung",
		"ce n'est pas encore une invitation", "ceci n'est pas une invitation", "esto no es una invitación",
		"esto aún no es una invitación", "questo non è ancora un invito", "isto ainda não é um convite",
		"dit is nog geen uitnodiging", "dit is geen uitnodiging", "to jeszcze nie jest zaproszenie",
		"detta är ännu ingen inbjudan", "detta är inte en inbjudan", "dette er endnu ikke en invitation",
		"dette er ikke en invitasjon", "tämä ei ole vielä kutsu", "toto ještě není pozvánka",
		// Volunteering: an association's orientation of its volunteers.
		"volunteer orientation", "volunteer application", "volunteer driver", "bénévole", "voluntário",
		"voluntária", "vrijwilliger", "wolontariusz", "vapaaehtoinen", "dobrovolník",
		"dobrovolnice",
		// A tax adviser's yearly meeting about the user's return.
		"tax return", "tax advisor", "tax adviser", "income tax", "einkommensteuer", "steuererklärung",
		"steuerberatung", "steuerberater", "steuerberaterin", "déclaration d'impôts", "expert-comptable",
		"declaración de la renta", "asesor fiscal", "dichiarazione dei redditi", "commercialista",
		"imposto de renda", "declaração de irs", "belastingaangifte", "belastingadviseur",
		"zeznanie podatkowe", "doradca podatkowy", "selvangivelse", "skattemelding", "veroilmoitus",
		"daňové přiznání",
		// A child's place at a nursery or daycare, which parents apply
		// for and are invited to get to know ("Ihre Bewerbung um einen
		// Krippenplatz – Einladung zum Kennenlernen"). The place, not
		// the institution: a nursery's teachers are hired there too.
		"krippenplatz", "kitaplatz", "kita-platz", "betreuungsplatz", "eingewöhnung", "eingewöhnungszeit",
		"nursery place", "childcare place", "daycare place", "daycare spot", "place en crèche",
		"plaza de guardería", "plaza en la guardería", "posto al nido", "posto all'asilo nido", "vaga na creche",
		"kindplaats", "plaats in de kinderopvang", "miejsce w żłobku", "miejsce w przedszkolu", "förskoleplats",
		"vuggestueplads", "børnehaveplads", "barnehageplass", "päiväkotipaikka", "místo ve školce", "místo v jeslích",
		// A child's school: a teacher's meeting with the parents.
		"elternabend", "elterngespräch", "lernentwicklungsgespräch", "klassenlehrerin", "klassenlehrer",
		"parent-teacher", "parents' evening", "réunion parents-professeurs", "rencontre parents-professeurs",
		"reunión de padres", "tutoría con la familia", "colloquio con i genitori", "colloqui genitori",
		"reunião de pais", "ouderavond", "oudergesprek", "tienminutengesprek", "wywiadówka", "zebranie z rodzicami",
		"utvecklingssamtal", "forældresamtale", "skole-hjem-samtale", "foreldresamtale", "vanhempainvartti",
		"třídní schůzka", "elternsprechtag", "elternsprechtage", "sprechtag", "scuola-famiglia",
		"ricevimento genitori", "ricevimento dei genitori", "colloqui individuali",
		"journée parents", "rendez-vous parents", "reunião de pais e mestres", "spreekuur ouders",
		// A school's electronic register books the parents' meetings
		// with its teachers: "Docente BIANCHI ELENA / Alunno RIVERA LUCA
		// - classe 2B" from ClasseViva; the pupil as its field.
		"registro elettronico", "classeviva", "alunno", "alunna", "pronote", "webuntis", "schoolsoft", "somtoday",
		"bakaláři", "parentmail", "classdojo",
		// The parent's child, and the teachers' own meetings that move
		// it: "vorrei parlarle di come sta andando Leo ... ho il
		// consiglio di classe".
		// (Not "your son" or "your daughter": a recruiter's small talk
		// may wish them well.)
		"your child", "ihr kind", "su hijo", "su hija", "suo figlio", "sua figlia",
		"seu filho", "sua filha", "uw kind", "twoje dziecko", "ditt barn", "dit barn", "consiglio di classe",
		"klassenkonferenz", "junta de evaluación",
		// The teacher writes to the parents, about their child: "Chers
		// parents, ... le premier trimestre de votre enfant".
		"dear parents", "dear parent", "dear parents and carers", "chers parents", "madame, monsieur, chers parents",
		"liebe eltern", "sehr geehrte eltern", "queridas familias", "estimadas familias", "estimados padres",
		"queridos padres", "cari genitori", "gentili genitori", "caros pais", "prezados pais", "beste ouders",
		"geachte ouders", "beste ouder", "drodzy rodzice", "szanowni rodzice", "kära föräldrar", "hej föräldrar",
		"kære forældre", "kjære foreldre", "hyvät vanhemmat", "hyvät huoltajat", "vážení rodiče", "milí rodiče",
		"your child's", "votre enfant", "de votre enfant", "ihres kindes", "deines kindes", "de su hijo", "de su hija",
		"de vuestro hijo", "de vuestra hija", "di vostro figlio", "di vostra figlia", "do seu filho", "da sua filha",
		"van uw kind", "van jullie kind", "ditt barns", "dit barns", "barnet ditt", "lapsenne", "vašeho dítěte",
		"państwa dziecka", "twojego dziecka", "bulletin scolaire", "conseil de classe",
		// (Not the teacher's title, "professeure des écoles", "class
		// teacher": a school hires them, and the user may be one.)
		// A relocation service's call for a new hire's move: "I'm a
		// relocation consultant with Tui Relocation Services ... a
		// needs assessment call".
		"relocation consultation", "relocation consultant", "relocation services", "relocation service",
		"relocation specialist", "relocation agency", "relocation company", "relocation-beratung", "umzugsservice",
		"service de relocation", "servicio de reubicación", "relocatiebureau", "relocationbyrå",
		"relocationbureau",
		// A bank's or adviser's first meeting about a mortgage.
		"baufinanzierung", "finanzierungsberatung", "immobilienfinanzierung", "kreditberatung", "mortgage",
		"hypothek", "prêt immobilier", "crédit immobilier", "hipoteca", "mutuo ipotecario", "consulenza mutuo", "hypotheek", "kredyt hipoteczny",
		"bolån", "boliglån", "asuntolaina", "hypotéka",
		// Opening an account, and how much the bank will lend:
		// "Entretien « Bienvenue au Luxembourg » – ouverture de compte et
		// projet de financement immobilier".
		"account opening", "open a bank account", "opening a bank account", "borrowing capacity", "mortgage adviser",
		"mortgage advisor", "kontoeröffnung", "eröffnung ihres kontos", "hypothekenberatung", "ouverture de compte",
		"ouverture d'un compte", "financement immobilier", "projet immobilier", "capacité d'emprunt", "simulation de prêt",
		"apertura de cuenta", "capacidad de endeudamiento", "préstamo hipotecario", "apertura del conto",
		"apertura di un conto", "abertura de conta", "rekening openen", "een rekening openen",
		"leencapaciteit", "kontoöppning", "öppna ett konto", "lånelöfte", "kontoåbning", "åbne en konto",
		"kontoåpning", "åpne en konto", "otwarcie konta", "zdolność kredytowa", "tilin avaaminen", "založení účtu",
		// Consulates, immigration and registration offices: their
		// "Consular Interview" is about a visa, not a job.
		"consular interview", "visa interview", "visa appointment", "visa application", "consulate general",
		"us consulate", "u s consulate", "embassy appointment", "biometrics appointment", "biometric appointment",
		"nonimmigrant visa", "immigrant visa", "citizenship interview", "naturalisation interview",
		"naturalization interview", "immigration interview", "asylum interview", "uscis",
		"generalkonsulat", "konsulat", "visumtermin", "visumantrag", "visumsantrag", "ausländerbehörde",
		"ausländeramt", "bürgeramt", "einbürgerung", "entretien consulaire", "rendez-vous consulaire",
		"demande de visa", "rendez-vous en préfecture", "préfecture", "entrevista consular", "cita consular",
		"solicitud de visado", "solicitud de visa", "extranjería", "visa de residencia", "visa de trabajo", "visa temporaria",
		"visado de trabajo", "visado de residencia", "visto de trabalho", "visto de residência", "visa de séjour", "colloquio consolare", "richiesta di visto",
		"entrevista no consulado", "pedido de visto", "visumaanvraag", "visumgesprek", "wniosek wizowy",
		"rozmowa konsularna", "visumansökan", "migrationsverket", "udlændingestyrelsen",
		// An adviser's paid consultation about the user's own papers:
		// "Work Permit Consultation (30 min)" booked with a law firm.
		// (Not the papers alone: a job's invitation asks for a "permis
		// de travail" as often.)
		"work permit consultation", "immigration consultation", "visa consultation", "legal consultation",
		"tax consultation",
		// Admission to a school or a programme, not to a job.
		"admission interview", "admissions interview", "entrevista de admisión", "aufnahmegespräch",
		"entretien d'admission", "colloquio di ammissione", "entrevista de admissão", "toelatingsgesprek",
		"antagningsintervju", "optagelsessamtale", "opptaksintervju", "přijímací zkouška", "executive mba", "mba programme",
		"mba program", "family interview", "admissions team", "director of admissions", "entrance assessment",
		"entrance exam", "aufnahmeprüfung", "examen d'entrée", "examen de admisión",
		// A study place: "Ihre Bewerbung um einen Studienplatz im
		// Masterstudiengang ... Gemäß § 5 der Zulassungsordnung".
		"einen studienplatz", "zulassungsordnung", "zulassungsverfahren", "place on the programme", "place on our programme",
		"plaza en el máster", "admission en master", "ammissione al master", "vaga no mestrado",
		// "tu contacto como referencia profesional": named as one. (Not
		// "como referencia" alone: "for reference, the job description".)
		"referencia profesional", "referencias profesionales", "référence professionnelle",
		"références professionnelles", "referenza professionale", "referência profissional", "professional reference",
		// A room in a shared flat: the flatmates' "casting".
		"wg-casting", "wg-zimmer", "wg-gesucht", "mitbewohner", "mitbewohnerin", "flatmate", "flatmates",
		"flat share", "flatshare", "house share", "houseshare", "housemate", "housemates", "roommate", "roommates",
		"colocation", "colocataire", "colocataires", "compañero de piso", "compañeros de piso", "piso compartido",
		"coinquilino", "coinquilina", "coinquilini", "huisgenoot", "huisgenoten", "hospiteeravond", "hospiteren",
		"współlokator", "współlokatorka", "współlokatorzy", "inneboende", "bofællesskab", "kämppis", "spolubydlící",
		// Unpaid work: a volunteer's intake.
		"as a volunteer", "volunteer role", "volunteer shift", "volunteer coordinator", "als vrijwilliger",
		"vrijwilligerswerk", "coördinator vrijwilligers", "vrijwilligerscoördinator", "ehrenamtlich", "ehrenamtliche",
		"ehrenamtlichen", "ehrenamtlicher", "ehrenamt", "freiwilligendienst", "en tant que bénévole", "comme bénévole", "bénévolat", "como voluntario", "como voluntaria",
		"voluntariado", "come volontario", "come volontaria", "volontariato", "como voluntário", "como voluntária",
		"jako wolontariusz", "jako wolontariuszka", "wolontariat", "som volontär", "som frivillig", "frivilligarbete",
		"frivilligt arbejde", "frivillig arbeid", "vapaaehtoisena", "vapaaehtoistyö", "jako dobrovolník", "dobrovolnictví",
		// Someone asking the user for advice about the user's field:
		// the user is the one interviewed for information, not for a job.
		"informational interview", "informational chat", "informational call", "info interview",
		"informational meeting", "informatiegesprek over je vak", "entretien d'information sur votre métier",
		// A client's project for a freelancer: a discovery call about a
		// project, not a job.
		// (Not "Projektanfrage": a broker's request for a staffed role,
		// "Senior Java Entwickler (m/w/d)", leads to the end client's
		// selection interview.)
		"discovery call", "ein projekt für dich", "ein projekt für sie", "a project for you", "freelance project",
		"freelance-projekt", "un projet pour vous", "un proyecto para ti", "un progetto per te",
		"een project voor jou", "ett projekt för dig", "et projekt for dig",
		// A recruiter's catch-up that says it is about no job: a market
		// chat, not a screening for a role.
		"not about a specific role", "no specific role", "not about a particular role", "no particular role",
		"not for a specific role", "not for a specific position", "no specific position", "no specific vacancy",
		"market chat", "market update call", "keine konkrete stelle", "keine konkrete position",
		// A search firm's: "I don't have a specific mandate to discuss
		// with you right now", "Aktuell habe ich kein konkretes Mandat".
		"no specific mandate", "don't have a specific mandate", "do not have a specific mandate", "no live mandate",
		"kein konkretes mandat", "keinen konkreten suchauftrag", "kein aktuelles mandat", "pas de mandat précis",
		"aucun mandat précis", "ningún mandato concreto", "sin un mandato concreto", "nessun mandato specifico",
		"geen concrete opdracht", "geen concreet mandaat", "inget specifikt uppdrag", "inget konkret uppdrag",
		"ingen konkret opgave", "ingen konkret stilling", "ingen konkret rolle",
		"nicht wegen einer konkreten stelle", "unabhängig von einer konkreten stelle", "pas pour un poste précis",
		"sans poste précis", "aucun poste précis", "sin un puesto concreto", "sin una vacante concreta",
		"senza una posizione specifica", "non per una posizione specifica", "sem uma vaga específica",
		"geen specifieke vacature", "niet voor een specifieke vacature", "bez konkretnego stanowiska",
		"ingen specifik tjänst", "ingen specifik stilling", "ei tiettyä tehtävää",
		// Career services: a coach, an adviser, an outplacement
		// programme, whom the user books to get ready for interviews.
		"career coach", "career coaching", "careers coach", "career counselling", "career counseling",
		"karrieresparring", "karrieresparing", "jobsparring", "cv-sparring",
		"career adviser", "career advisor", "career advice session", "outplacement", "karrierecoach",
		"karrierecoaching", "karriereberatung", "karriereberater", "karriereberaterin", "bewerbungscoaching",
		"bewerbungstraining", "coaching carrière", "coach carrière", "conseiller carrière", "conseillère carrière",
		"bilan de compétences", "orientación profesional", "coach de carrera", "coaching de carrera",
		"orientamento professionale", "coach di carriera", "coaching de carreira", "orientação profissional",
		"orientação de carreira", "loopbaancoach", "loopbaanbegeleiding", "loopbaanadvies", "sollicitatietraining",
		"doradca zawodowy", "doradztwo zawodowe", "coaching kariery", "karriärcoach", "karriärrådgivning",
		"karriärvägledning", "karriärrådgivare", "karriererådgivning", "karriererådgiver", "karriereveiledning",
		"karriereveileder", "uravalmennus", "uraohjaus", "kariérní poradenství", "kariérní kouč",
	}, append(append(append(append(slices.Clone(saysNoInterviewPhrases), hiredPhrases...), employmentServices...), defencePhrases...), referencePhrases...)...)
	// saysNoInterviewPhrases are a meeting that says it is none ("No
	// interviews, I promise - just coffee"). A founder who says whom he
	// hires calls his first talk that too ("We're about to hire our first
	// Head of Data ... Not a formal interview thing, more a proper first
	// conversation about the role"): see analysis.appointmentStands.
	saysNoInterviewPhrases = []string{
		"no interviews", "no interview", "not an interview", "isn't an interview", "is not an interview",
		"not a formal interview", "kein vorstellungsgespräch", "kein bewerbungsgespräch", "kein interview",
		"pas un entretien", "aucun entretien", "no es una entrevista", "sin entrevistas", "non è un colloquio",
		"nessun colloquio", "não é uma entrevista", "geen sollicitatiegesprek", "geen interview",
		"nie jest to rozmowa kwalifikacyjna", "ingen intervju", "ikke et jobinterview", "ei ole haastattelu",
		"není to pohovor",
	}
	// employmentServices are the public employment services by their
	// names: their appointments are no job interviews, though an
	// employer's invitation may name them ("Ihre Bewerbung, die uns über
	// den Vermittlungsvorschlag der Agentur für Arbeit erreicht hat"; see
	// analysis.appointmentStands).
	employmentServices = []string{
		"agentur für arbeit", "arbeitsagentur", "jobcenter", "arbeitsvermittlung",
		"pôle emploi", "france travail", "jobcentre plus", "sepe", "uwv", "arbetsförmedlingen",
		"jobcenteret", "nav kontor", "urząd pracy", "centro per l'impiego", "iefp",
		"actiris", "vdab", "le forem", "arbeitsmarktservice", "regionales arbeitsvermittlungszentrum",
		"werkplein", "te-palvelut", "te-toimisto", "työllisyyspalvelut", "työllisyyspalvelujen", "työllisyyspalveluiden",
		"työllisyyspalveluihin", "työllisyyspalveluissa", "työllisyyspalveluista", "úřad práce", "inem", "anpal", "jobnet",
	}
	// incentivePhrases are what a study pays its participants with, in
	// the languages followupd reads: no employer pays a candidate for
	// an interview.
	incentivePhrases = []string{
		"gift card", "amazon voucher", "thank-you gift", "participant incentive", "gutschein", "presentkort", "gavekort",
		"cadeaubon", "carte cadeau", "tarjeta regalo", "cadeaukaart", "cadeaukaarten", "chèque cadeau",
		"tarjeta de regalo", "buono regalo", "buono amazon", "cartão-presente",
		"vale-presente", "karta podarunkowa", "kartę podarunkową", "bon podarunkowy", "lahjakortti", "lahjakortin",
		"dárková karta", "dárkový poukaz", "darčeková karta", "ajándékkártya", "ajándékutalvány", "card cadou",
		"voucher cadou", "hediye kartı", "hediye çeki",
	}
	// A journalist's or researcher's interview is not a job interview.
	pressPhrases = append([]string{
		// Arabic and Persian: a press, television or radio interview.
		"مقابلة صحفية", "مقابلة تلفزيونية", "مقابلة إذاعية", "حوار صحفي", "مصاحبه مطبوعاتی", "مصاحبه تلویزیونی",
		"مصاحبه رادیویی", "گفتگوی رسانه",
		"for our podcast", "for my podcast", "for an article", "for our article", "for a story",
		"for our magazine", "for our newsletter", "for our blog", "for our readers", "press interview",
		"media interview", "research study", "user research", "user interview", "usability study",
		// (Not the researcher's title, "UX researcher", which is a job's
		// as often.)
		"research participant",
		// A product's research with its users, who are thanked with a
		// voucher: "Vill du ställa upp på en användarintervju?".
		"nutzerstudie", "test utilisateur", "entrevista de usuario", "intervista utente", "gebruikersinterview",
		"gebruikersonderzoek", "användarintervju", "användarstudie", "brugerinterview", "brukerintervju",
		"wywiad z użytkownikiem",
		"für unseren podcast", "für einen artikel", "pour notre podcast", "pour un article",
		"para nuestro podcast", "per il nostro podcast", "i'm a reporter", "i am a reporter",
		"i'm a journalist", "i am a journalist", "on the record", "on background", "for a piece",
		"for my piece", "for my article", "ich bin journalist", "ich bin journalistin",
		"je suis journaliste", "soy periodista", "sono giornalista", "sou jornalista", "ik ben journalist",
		"jestem dziennikarzem", "jestem dziennikarką", "jag är journalist", "jeg er journalist",
		// Who writes, and what for: "ich bin Redakteurin bei TechPuls und
		// schreibe an einem Artikel über ...".
		"redakteurin bei", "redakteur bei", "journalistin bei", "journalist bei", "reporter at",
		"reporter for", "journalist at", "journalist with", "editor at", "rédactrice chez",
		"rédacteur chez", "journaliste chez", "journaliste à", "periodista de", "periodista en",
		"redactora en", "redactor en", "giornalista di", "giornalista per", "redacteur bij",
		"journalist bij", "an einem artikel", "artikel über", "article about", "writing an article",
		// A reporter's feature, and the quotes checked before it runs.
		"für eine reportage", "for a feature", "pour un reportage", "para un reportaje", "per un reportage",
		"un reportaje", "un reportage", "eine reportage", "una reportagem", "uma reportagem", "een reportage",
		"antes de la publicación", "avant la publication", "vor der veröffentlichung", "before it is published",
		"before it's published", "revisar tus citas", "relire vos citations",
		// A community's own publication: "our parish magazine", "a short
		// feature on your life and work".
		"for a short feature", "parish magazine", "church magazine", "community magazine", "alumni magazine",
		"school magazine", "parish newsletter", "pfarrbrief", "gemeindebrief", "bulletin paroissial",
		"hoja parroquial", "bollettino parrocchiale",
		"voor een reportage", "vor veröffentlichung", "before publication", "avant publication",
		"antes de publicar", "prima della pubblicazione", "voor publicatie", "før publisering", "før publicering",
		"före publicering", "innan publicering", "ennen julkaisua", "před publikací", "przed publikacją",
		"sitatsjekk", "citattjek", "citatgranskning", "journalist i", "journalist på", "toimittaja", "novinář",
		"novinářka", "dziennikarz", "dziennikarka",
		// Slovak, Hungarian, Romanian and Turkish, where "interjú",
		// "interviu" and even "mülakat" are a reporter's word too.
		"som novinár", "som novinárka", "pre náš článok", "újságíró vagyok", "újságíróként", "a cikkünkhöz",
		"a cikkemhez", "sajtóinterjú", "sunt jurnalist", "sunt jurnalistă", "jurnalist la", "jurnalistă la",
		"pentru articolul nostru", "pentru un articol", "editor la", "editoare la", "redactor la", "redactoră la",
		"înainte de publicare", "pentru rubrica", "pentru newsletterul", "pentru revista", "pentru podcastul", "röportaj", "röportajı", "gazeteciyim", "gazeteci olarak",
		"haberimiz için", "makalemiz için", "yazımız için",
		"writing a piece", "un article sur", "artículo sobre", "articolo su", "artigo sobre",
		"artikel over", "artykuł o", "artikel om",
		// Portuguese and Spanish reporters: "Sou repórter da Código
		// Aberto ... uma matéria sobre", "para un reportaje".
		"sou repórter", "sou repórter da", "repórter da", "jornalista da", "uma matéria sobre", "matéria sobre",
		"para a nossa matéria", "para uma reportagem", "soy reportero", "soy reportera", "reportera de", "reportero de",
		"research interview", "research session", "no right or wrong answers",
		"for the study", "study invitations", "study session", "user study", "usability test", "usability session",
		"paid via tremendous", "für die studie", "pour l'étude", "para el estudio",
		"per lo studio", "voor het onderzoek", "do badania",
		// A project's or a company's feature about a person, published:
		// "We run a monthly "Contributor Spotlight" series - a ~25
		// minute recorded video interview with a contributor". (Not
		// "on our blog": recruiters point to their engineering blog.)
		"contributor spotlight", "member spotlight", "community spotlight", "customer spotlight", "spotlight series",
		// An expert network's paid call with its client, an investor:
		// "short paid consultations", "Honorarium: USD 400".
		// A talk the user is invited to give: "würde Sie sehr gern als
		// Gastredner*in einladen ... ein Vortragshonorar von 300 EUR".
		"guest speaker", "guest lecture", "guest lecturer", "keynote speaker", "speaker fee", "speaking fee",
		"gastredner", "gastrednerin", "gastvortrag", "gastvortrags", "vortragshonorar", "conférencier invité",
		"conférencière invitée", "intervenant invité", "intervenante invitée", "ponente invitado", "ponente invitada",
		"relatore ospite", "relatrice ospite", "palestrante convidado", "palestrante convidada", "gastspreker",
		"gastcollege", "gastföreläsare", "gæsteforelæser", "gjesteforeleser",
		"expert network", "expert networks", "paid consultation", "paid consultations", "consultation call",
		"honorarium", "expertennetzwerk", "expertengespräch", "réseau d'experts", "red de expertos",
		"rete di esperti", "expertnetwerk", "compliance attestation",
		// Interviews the user holds for a client's project: with its
		// stakeholders, its users, experts.
		"stakeholder interview", "stakeholder interviews", "stakeholderinterview", "stakeholderinterviews",
		"experteninterview", "expert interview", "expert interviews", "customer interview",
		"customer interviews", "kundeninterview", "kundeninterviews", "nutzerinterview", "nutzerinterviews",
		"anwenderinterview", "entretien parties prenantes", "entretiens parties prenantes", "entrevista a stakeholders",
		"entrevistas a stakeholders", "entrevista con stakeholders", "intervista agli stakeholder",
		"interviste agli stakeholder", "entrevista com stakeholders", "entrevistas com stakeholders",
		"stakeholdergesprek", "stakeholdergesprekken", "wywiad z interesariuszami",
		"wywiady z interesariuszami", "intressentintervju", "intressentintervjuer", "interessentinterview",
		"interessentintervju", "sidosryhmähaastattelu", "rozhovor se stakeholdery",
		"forschungsinterview", "nutzerforschung", "entretien utilisateur", "entrevista de investigación",
		"entrevista de investigação", "estudo de investigação", "participantes no estudo", "entretien de recherche",
		"intervista di ricerca", "onderzoeksinterview", "forskningsintervju", "wywiad badawczy",
		// A student's thesis interview, or an informational interview:
		// the student asks the user, not a job of the user.
		"informational interview", "info interview", "entrevista informativa", "entretien informatif",
		"intervista informativa", "for my thesis", "for my master's thesis", "für meine masterarbeit",
		"für meine bachelorarbeit", "pour mon mémoire", "para mi tfm", "trabajo de fin de máster",
		"trabajo fin de máster", "para mi tesis", "per la mia tesi", "para a minha dissertação",
		"voor mijn scriptie", "do mojej pracy magisterskiej", "till min uppsats", "för mitt examensarbete",
		"til mit speciale", "til masteroppgaven min", "gradututkielmaani", "pro mou diplomovou práci",
		// A show's recording, in the Scandinavian compounds: "Mjukvarupodden".
		"podden", "podcasten", "poddavsnitt", "podcastaflevering", "be a guest", "as a guest", "vara gäst",
		// (Not "als Gast", "como invitado", "comme invité", "come
		// ospite": Google Calendar's invitations say "weil Sie als Gast
		// zu diesem Termin eingeladen wurden", "Responder a ... como
		// invitado: Sí".)
		// A show's host invites a guest.
		"on our podcast", "on the podcast", "in our podcast", "podcast episode", "our listeners",
		"a podcast about", "podcast about", "listeners an episode", "listeners per episode", "i host",
		"host of the podcast", "recorded remotely", "lightly edited", "guest interview", "interview recording",
		"podcast recording", "podcast interview", "episode recording",
		"den podcast", "im podcast", "unserem podcast", "podcast-folge", "unsere hörer", "unseren hörer",
		"dans notre podcast", "nos auditeurs", "en nuestro podcast", "nuestros oyentes", "nel nostro podcast",
		"no nosso podcast", "in onze podcast", "onze luisteraars", "w naszym podcaście", "i vår podd",
		"i vår podcast", "våra lyssnare", "i vores podcast", "vores lyttere", "i vår podkast", "våre lyttere",
		// A recording booked through a scheduler: "Podcast recording:
		// Paged at 3AM x Sam Rivera".
		"podcast-aufnahme", "podcastaufnahme", "enregistrement du podcast",
		"grabación del podcast", "registrazione del podcast", "gravação do podcast", "podcastopname",
		"nagranie podcastu", "podcastinspelning", "podcastoptagelse", "podcastopptak", "for an episode",
		"on an episode", "an episode of",
	}, incentivePhrases...)
	// One-way (recorded) video interviews.
	oneWayPhrases = []string{
		"one-way video", "one-way interview", "asynchronous video",
		"async video", "video assessment", "record your answers", "record your responses",
		"recorded video interview", "recorded interview", "on-demand video interview",
		"on-demand interview", "pre-recorded", "hirevue", "spark hire",
		"willo", "vidcruiter", "modern hire", "sonru", "hireflix", "myinterview",
		"zeitversetztes videointerview", "aufgezeichnetes videointerview", "videointerview aufnehmen",
		"entretien vidéo différé", "entrevista en diferido", "entrevista gravada", "colloquio video registrato",
		// What any such tool asks, whatever it is called.
		"complete your video interview", "complete a short video interview", "complete a video interview",
		"video answers", "video responses", "recorded responses", "practice question", "takes per answer",
		"complete the video interview", "record each answer", "record your answer", "to record each",
		"time to record", "videointerview absolvieren", "ihre antworten aufzeichnen", "deine antworten aufnehmen",
		"enregistrer vos réponses", "grabar tus respuestas", "grabar sus respuestas", "registrare le tue risposte",
		"gravar as suas respostas", "je antwoorden opnemen", "nagrać odpowiedzi", "spela in dina svar",
		"optag dine svar", "ta opp svarene", "nauhoita vastauksesi", "nahrát odpovědi",
		// One answer at a time, as the tools' instructions say it.
		"spela in ditt svar", "optag dit svar", "optage dit svar", "optage dine svar", "ta opp svaret ditt",
		"spille inn svaret ditt", "spille inn svarene dine", "deine antwort aufnehmen",
		"ihre antwort aufzeichnen", "enregistrer votre réponse", "grabar tu respuesta", "grabar su respuesta",
		"registrare la tua risposta", "gravar a sua resposta", "je antwoord opnemen", "nagrać odpowiedź",
		"nahrát odpověď",
		// Rioplatense Spanish's voseo: "grabás tus respuestas cuando quieras".
		"grabás tus respuestas", "grabá tus respuestas", "grabar las respuestas", "no hay entrevistador en vivo",
	}
	deadlinePhrases = []string{
		"by", "before", "deadline", "complete by", "no later than", "expires", "due", "until",
		"bis", "bis zum", "spätestens", "frist", "avant", "au plus tard", "date limite", "antes",
		"antes del", "plazo", "fecha límite", "entro", "scadenza", "prazo", "até", "vóór", "uiterlijk",
		"do", "termin", "senast", "inden", "innen", "senest", "viimeistään", "nejpozději", "najpóźniej",
		"a más tardar", "d'ici", "op zijn laatst", "entro e non oltre",
		// "Sista dag att genomföra videointervjun: måndag 7 december".
		"last day", "sista dag", "sidste dag", "siste dag", "letzter tag", "laatste dag", "último día", "ultimo giorno",
		"último dia", "ostatni dzień", "viimeinen päivä", "poslední den",
	}
	// Conditional boilerplate ("if you need to reschedule, reply") is not news.
	conditionalLeads = []string{"if you", "if anything", "should you", "in case you", "falls sie", "sollten sie",
		// "Если что - у Дмитрия есть ещё окно в четверг": a fallback slot.
		"если что", "если вдруг", "если не подходит", "если не получится", "якщо що", "якщо раптом", "якщо не підходить"}
	phoneWords = []string{"phone interview", "phone call", "phone screen", "call you", "ring you", "telefoninterview", "telefonat"}
)

// podcastWord returns the first word of text that names a podcast, in
// the inflections of the languages followupd reads: the loanword keeps its
// stem ("podcastu", "podcaście", "podcastissa", "Podcast-Folge"), and the
// Scandinavian languages shorten it ("podden", "poddavsnitt", "podkast").
func podcastWord(text string) string {
	// Most mail has none of the stems: a substring search (without the
	// first letter, whatever its case) spares splitting it into words.
	// Spanish writes "pódcast".
	if !strings.Contains(text, "dcast") && !strings.Contains(text, "odkast") && !strings.Contains(text, "odd") &&
		!strings.Contains(text, "DCAST") && !strings.Contains(text, "ODKAST") && !strings.Contains(text, "ODD") {
		return ""
	}
	for _, w := range strings.FieldsFunc(text, notLetter) {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, "podcast") || strings.HasPrefix(lw, "pódcast") || strings.HasPrefix(lw, "podkast") ||
			strings.HasPrefix(lw, "podd") {
			return w
		}
	}
	return ""
}

// showsGuest reports the words of a show that has guests and episodes
// ("tenerte como invitado", "als Gast in unserer nächsten Folge", "a guest
// on episode 140"): with the word podcast, a host's invitation even
// before a time is named.
func showsGuest(text string) bool {
	for _, w := range words(strings.ToLower(truncate(text, 4<<10))) {
		if showWords[w] {
			return true
		}
	}
	return false
}

// showWords are a guest and an episode in the languages read.
var showWords = map[string]bool{
	"guest": true, "guests": true, "episode": true, "episodes": true, "gast": true, "gäste": true, "folge": true,
	"invité": true, "invitée": true, "épisode": true, "invitado": true, "invitada": true, "episodio": true,
	"ospite": true, "puntata": true, "convidado": true, "convidada": true, "episódio": true, "aflevering": true,
	"gość": true, "gościem": true, "odcinek": true, "odcinku": true, "gäst": true, "avsnitt": true, "gæst": true,
	"gjest": true, "vieras": true, "jakso": true,
}

// refereePrepositions say "as" before the word for a reference, in the
// languages followupd reads: "as a reference", "als Referenz", "comme
// référence", "jako referenci", "som referens".
var refereePrepositions = map[string]bool{
	"as": true, "als": true, "comme": true, "como": true, "come": true, "jako": true, "som": true, "kuin": true,
}

// refereeYou are the forms of "you" that someone names as a reference:
// "listed you as", "hat Sie als Referenz angegeben", "vous a indiqué
// comme", "te ha puesto como", "heeft u opgegeven als", "wskazał Pana
// jako", "angav dig som", "uvedl Vás jako".
var refereeYou = map[string]bool{
	"you": true, "your": true, "sie": true, "dich": true, "ihnen": true, "vous": true, "te": true, "ti": true,
	"lei": true, "u": true, "jou": true, "je": true, "pana": true, "panią": true, "cię": true, "ciebie": true,
	"dig": true, "deg": true, "vás": true, "tě": true, "sinut": true, "sinua": true, "você": true, "o": true,
	// "nos ha facilitado tu contacto como referencia": your name or
	// contact, given as one.
	"tu": true, "tus": true, "su": true, "sus": true, "teu": true, "seu": true, "tuo": true, "tuoi": true,
	"suo": true, "votre": true, "vos": true, "ton": true, "ihren": true, "deinen": true, "jouw": true, "uw": true,
}

// asReferee returns the words of text that name the user as someone's
// reference ("listed you as a reference", "uvedl Vás jako referenci"):
// "you", then "as", then the word, whose stem is the same across the
// languages, each within a few words of the next. "Please quote REQ-12
// as reference" names no one.
func asReferee(text string) string {
	if !strings.Contains(text, "eferen") && !strings.Contains(text, "éféren") && !strings.Contains(text, "eferee") &&
		!strings.Contains(text, "EFEREN") && !strings.Contains(text, "ÉFÉREN") && !strings.Contains(text, "uosittelija") {
		return ""
	}
	words := strings.FieldsFunc(text, notLetter)
	for i, w := range words {
		lw := strings.ToLower(w)
		if !strings.HasPrefix(lw, "referen") && !strings.HasPrefix(lw, "référen") && !strings.HasPrefix(lw, "referee") &&
			!strings.HasPrefix(lw, "suosittelija") {
			continue
		}
		for j := max(0, i-4); j < i; j++ {
			if !refereePrepositions[strings.ToLower(words[j])] {
				continue
			}
			for k := max(0, j-4); k < j; k++ {
				if refereeYou[strings.ToLower(words[k])] && !namesCode(words[k:min(i+3, len(words))]) {
					return strings.Join(words[k:i+1], " ")
				}
			}
		}
	}
	return ""
}

// referenceMeetings are the words for a call or a talk that, beside the
// word for a reference, make a reference check: "reference call",
// "Entretien de référence", "rozmowa referencyjna", "referenssamtal".
var referenceMeetings = map[string]bool{
	"call": true, "check": true, "chat": true, "gespräch": true, "telefonat": true, "samtale": true,
	"samtal": true, "gesprek": true, "rozmowa": true, "hovor": true, "puhelu": true, "keskustelu": true,
	"appel": true, "llamada": true, "chamada": true, "chiamata": true,
	// "Reference request – Lena Hoffmann": the request for one.
	"request": true, "anfrage": true, "demande": true, "solicitud": true, "richiesta": true, "pedido": true,
	"verzoek": true, "förfrågan": true, "forespørgsel": true, "forespørsel": true, "prośba": true, "pyyntö": true,
	"žádost": true,
}

// referenceCheck returns the words of text that name a reference check:
// the word for a reference (its stem is the same across the languages)
// within two words of an interview word or a word for a call ("Entretien
// de référence", "Referenzgespräch" as one word). "Interview reference
// R-2041" names a code, not a check.
func referenceCheck(text string, keywords []string) string {
	if !strings.Contains(text, "eferen") && !strings.Contains(text, "éféren") && !strings.Contains(text, "EFEREN") &&
		!strings.Contains(text, "ÉFÉREN") {
		return ""
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		if !strings.HasPrefix(w, "referen") && !strings.HasPrefix(w, "référen") {
			continue
		}
		if slices.ContainsFunc(words[i+1:min(i+3, len(words))], isCode) || namesCode(words[i+1:min(i+3, len(words))]) {
			continue
		}
		if germanOfficer(w, words[max(0, i-3):min(i+4, len(words))]) {
			continue
		}
		for meeting := range referenceMeetings {
			if strings.HasSuffix(w, meeting) {
				return w // one compound: "referenzgespräch", "referenssamtal"
			}
		}
		near := words[max(0, i-2):min(i+3, len(words))]
		for _, n := range near {
			if referenceMeetings[n] {
				return strings.Join(near, " ")
			}
		}
		if k := firstWord(" "+strings.Join(near, " ")+" ", keywords); k != "" {
			return strings.Join(near, " ")
		}
	}
	return ""
}

// germanOfficer reports the German job title "Referent", "Referentin"
// ("Einladung zum Vorstellungsgespräch - Referent Digitalisierung und
// Datenanalyse"), among the words around it, which are German. (The
// Dutch "referent" is a referee.)
func germanOfficer(w string, around []string) bool {
	switch w {
	case "referentin", "referentinnen":
		return true
	case "referent", "referenten":
		return slices.ContainsFunc(around, func(a string) bool {
			return strings.HasSuffix(a, "gespräch") || a == "zum" || a == "zur" || a == "für" || a == "und" || a == "als"
		})
	}
	return false
}

// isCode reports a word with three digits or more: a reference number
// ("R-2041", "REQ 55781"), not a length ("(20 min)").
func isCode(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n >= 3
}

// codeWords name a reference number: "geben Sie die Kennziffer als
// Referenz an" asks for a code, not for a referee.
var codeWords = map[string]bool{
	"number": true, "nummer": true, "numéro": true, "número": true, "numero": true, "numer": true,
	"kennziffer": true, "code": true, "id": true, "aktenzeichen": true, "kod": true, "kód": true, "nr": true,
}

func namesCode(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return codeWords[strings.ToLower(w)] })
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// hasWord reports whether phrase occurs in text (both already lower-case)
// with no letter or digit right before or after it.
func hasWord(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(phrase)
		if boundaryBefore(text, i) && boundaryAfter(text, end) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
	return false
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) || ideograph(r) || ideograph(next)
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	last, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) || ideograph(r) || ideograph(last)
}

// asReported is the set of phrases in the form the lexicon reports a hit:
// lower-case words joined by single spaces, punctuation dropped.
func asReported(phrases []string) map[string]bool {
	m := make(map[string]bool, len(phrases))
	for _, p := range phrases {
		m[joinWords(words(strings.ToLower(p)))] = true
	}
	return m
}

// firstWord returns the first phrase found in text, or "".
func firstWord(text string, phrases []string) string {
	for _, p := range phrases {
		if hasWord(text, p) {
			return p
		}
	}
	return ""
}

// normalize lower-cases text and collapses every run of white space
// (including line breaks and no-break spaces) into one space.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// stripQuoted removes what a reply quotes: lines starting with ">", and
// everything from a reply header ("On ... wrote:", "-----Original
// Message-----", Outlook's "From: ... Sent:" block) on. Wording in quoted
// text belongs to the older message, which is judged on its own.
func stripQuoted(text string) string {
	own, _ := splitQuoted(text)
	return own
}

// splitQuoted returns the text above a reply header, without lines quoted
// with ">", and the text from the header on.
func splitQuoted(text string) (own, quoted string) {
	if !strings.Contains(text, ">") && !strings.Contains(text, ":") {
		return text, "" // nothing quoted, no reply header: most mail
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	at, dropped := 0, false // where lines[i] starts in text; a line was left out
	kept := func() string {
		if !dropped {
			// The text itself: a reading of every message of a
			// first pass holds its own text, and most mail quotes
			// nothing; it need not be a copy.
			return text[:max(at-1, 0)]
		}
		return strings.Join(out, "\n")
	}
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, ">") {
			at, dropped = at+len(line)+1, true
			continue
		}
		// ("-----Original Message-----" has no colon; every other
		// header line has one.)
		if (strings.IndexByte(t, ':') >= 0 || strings.HasPrefix(t, "-----") || strings.Contains(t, "：")) &&
			isReplyHeader(strings.ToLower(t), lines, i) {
			return kept(), text[at:]
		}
		out = append(out, line)
		at += len(line) + 1
	}
	return kept(), ""
}

// isReplyHeader reports the line above what a reply quotes: a client's
// "-----Original Message-----", "On ... wrote:" in the languages followupd
// reads, or the header block Outlook writes ("From: ..." then "Sent:
// ...", "De : ..." then "Envoyé : ...").
func isReplyHeader(low string, lines []string, i int) bool {
	switch {
	case strings.HasPrefix(low, "-----original message-----"),
		strings.HasPrefix(low, "-----ursprüngliche nachricht-----"),
		strings.HasPrefix(low, "-----message d'origine-----"),
		strings.HasPrefix(low, "-----mensaje original-----"),
		strings.HasPrefix(low, "-----messaggio originale-----"),
		strings.HasPrefix(low, "-----oorspronkelijk bericht-----"),
		strings.HasPrefix(low, "---------- forwarded message"):
		return true
	case replyLead(low) && replyTail(low):
		// "On Tue, 1 Dec 2026, Jane wrote:", "Op do 3 dec 2026 om 08:51
		// schreef ...:", "Le mar. 1 déc. 2026 à 10:00, ... a écrit :"
		return true
	case quoteIntro(lines, i):
		return true
	case hasFieldPrefix(low, outlookFrom):
		// A lone "From:" line in a signature is not a header block:
		// the next line must be its "Sent:".
		if i+1 < len(lines) {
			next := strings.ToLower(strings.TrimSpace(lines[i+1]))
			return hasFieldPrefix(next, outlookSent)
		}
	}
	return false
}

// quoteIntro recognises the line a client writes above a quote by its
// shape, in any language: a date with a year and a clock time, ending
// with a colon, and "> " lines right after. Gmail words it as each
// language does ("Am Mo., 7. Dez. 2026 um 16:02 Uhr schrieb Mikkel
// <m@x>:", "Den man. 7. dec. 2026 kl. 16.02 skrev ...:", "po 7. 12.
// 2026 v 16:02 odesílatel ... napsal:") and wraps it when it is long, so
// the line may go on to the next.
func quoteIntro(lines []string, i int) bool {
	head := strings.TrimSpace(lines[i])
	// The date and the time come first: a sentence of the reply above
	// the header is never taken for its start.
	if !hasYear(head) || !hasClock(head) {
		return false
	}
	next := i + 1
	if !strings.HasSuffix(head, ":") && next < len(lines) {
		head += " " + strings.TrimSpace(lines[next])
		next++
	}
	if !strings.HasSuffix(head, ":") || len(head) > 200 {
		return false
	}
	if next < len(lines) && strings.TrimSpace(lines[next]) == "" {
		next++
	}
	return next < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[next]), ">")
}

// hasYear reports a year of this century or the last written as four
// digits on their own.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// hasClock reports a clock time: digits, ':' or '.', two digits.
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.') && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) &&
			(i+3 == len(s) || !isDigit(s[i+3])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// The first two fields of Outlook's quote header, in the languages of its
// localisations: "From:"/"Sent:", "Von:"/"Gesendet:", "De :"/"Envoyé :",
// "Da:"/"Inviato:", "Van:"/"Verzonden:", "Od:"/"Wysłano:",
// "Från:"/"Skickat:", "Fra:"/"Sendt:", "De:"/"Enviado:" (and the variants
// of other versions: "Wysłane:", "Enviada em:").
var (
	outlookFrom = []string{"from", "von", "de", "da", "van", "od", "från", "fra", "feladó", "de la", "kimden",
		// Finnish, Estonian, Lithuanian, Icelandic and Croatian Outlook:
		// "Lähettäjä:", "Saatja:", "Nuo:", "Frá:", "Šalje:".
		"lähettäjä", "saatja", "nuo", "frá", "šalje",
		"보낸 사람", "差出人", "发件人", "寄件者",
		// Greek, Russian and Bulgarian, Ukrainian: "Από:", "От:", "Від:".
		"από", "от", "від",
		// Arabic and Persian: "من:", "از:".
		"من", "از"}
	// The subject field of a forwarded header block: "Subject:",
	// "Betreff:", "Objet :", "Asunto:", "Oggetto:", "Assunto:",
	// "Onderwerp:", "Temat:", "Ämne:", "Emne:", "Aihe:", "Předmět:".
	outlookSubject = []string{"subject", "betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "temat",
		"ämne", "emne", "aihe", "předmět", "predmet", "tárgy", "subiect", "konu", "제목", "件名", "主题", "主旨",
		"θέμα", "тема", "относно", "الموضوع", "موضوع"}
	outlookSent = []string{"sent", "gesendet", "envoyé", "inviato", "verzonden", "wysłano", "wysłane", "skickat", "sendt", "enviado",
		"enviada", "enviado el", "enviado em", "enviada em", "date", "datum", "odesláno", "lähetetty", "odoslané", "elküldve", "trimis", "gönderildi",
		"saadetud", "išsiųsta", "poslano",
		"보낸 날짜", "送信日時", "发送时间", "發送時間", "寄件日期",
		"στάλθηκε", "отправлено", "изпратено", "надіслано", "تاريخ الإرسال", "أرسل", "ارسال شده", "تاریخ ارسال"}
)

// hasFieldPrefix reports a line that starts with one of the names and a
// colon, with the French space before it allowed ("De : ...").
func hasFieldPrefix(low string, names []string) bool {
	for _, n := range names {
		if rest, ok := strings.CutPrefix(low, n); ok {
			rest = strings.TrimLeft(rest, " \u00a0")
			// (Chinese and Japanese clients write a full-width colon.)
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	return false
}

// sentences splits text into sentences: paragraphs are joined across line
// breaks (mail is wrapped at 72 columns), then cut after ".", "!" or "?"
// followed by a space and an upper-case letter, unless the period ends an
// abbreviation such as "a.m." or "Dr.".
func sentences(text string) []string {
	var out []string
	for _, para := range paragraphs(text) {
		start := 0
		for i := 0; i < len(para); i++ {
			c := para[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			if i+2 >= len(para) || para[i+1] != ' ' {
				continue
			}
			next, _ := utf8.DecodeRuneInString(para[i+2:])
			if !unicode.IsUpper(next) && !unicode.IsDigit(next) {
				continue
			}
			if c == '.' && abbreviationBefore(para[:i]) {
				continue
			}
			out = append(out, strings.TrimSpace(para[start:i+1]))
			start = i + 2
		}
		if rest := strings.TrimSpace(para[start:]); rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

// paragraphs joins the lines of each block of text separated by an empty
// line. A line that looks like a list item or a label ("When: ...") starts
// a new paragraph, so that tables of details stay apart.
func paragraphs(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.Join(strings.Fields(line), " ")
		if t == "" {
			flush()
			continue
		}
		if startsItem(t) {
			flush()
		}
		cur = append(cur, t)
	}
	flush()
	return out
}

func startsItem(t string) bool {
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
		return true
	}
	if i := strings.IndexByte(t, ':'); i > 0 && i < 16 && !strings.ContainsAny(t[:i], " 0123456789") {
		return true // "When: Monday ...", "Ort: ..."
	}
	return false
}

var abbreviations = map[string]bool{
	"a.m": true, "p.m": true, "dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"st": true, "e.g": true, "i.e": true, "approx": true, "ca": true, "nr": true, "z.b": true,
	"vs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mon": true,
	"tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	// A reference, a number, a title in the languages followupd reads:
	// "(Ref. 2600418)", "Nr. 12", "Sr. García", "Mme.", "bzw.", "ggf.".
	"ref": true, "no": true, "núm": true, "sr": true, "sra": true, "dña": true, "mme": true, "mlle": true,
	"bzw": true, "ggf": true, "inkl": true, "evtl": true, "tel": true, "ing": true, "mgr": true,
}

func abbreviationBefore(s string) bool {
	i := strings.LastIndexAny(s, " (")
	word := strings.ToLower(s[i+1:])
	if abbreviations[word] {
		return true
	}
	// A lone initial ("J. Doe") or an ordinal in German dates ("8. Dezember").
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	allDigits := word != ""
	for _, r := range word {
		if !unicode.IsDigit(r) {
			allDigits = false
		}
	}
	return allDigits
}

// conditional reports whether a sentence is a condition ("if you need to
// reschedule, ..."): boilerplate, not an event; or a fallback that starts
// its sentence ("Si ça ne va pas, lundi 21 à 9h30 en dernier recours").
func conditional(sentence string) bool {
	low := strings.ToLower(strings.TrimSpace(sentence))
	for _, lead := range conditionalLeads {
		// ("Totally happy to keep it if that suits, but if you'd rather
		// ... I could also do 5pm": the other slot is offered in case.)
		if strings.HasPrefix(low, lead) || strings.Contains(low, ", "+lead) || strings.Contains(low, ". "+lead) ||
			strings.Contains(low, " but "+lead) || strings.Contains(low, " or "+lead) {
			return true
		}
	}
	for _, lead := range fallbackLeads {
		if strings.HasPrefix(low, lead) {
			return true
		}
	}
	// "If Friday morning doesn't work, we also have Monday, December 7
	// at 10:30 AM": the slot the sentence names is the fallback of
	// whatever the lead names. (Cheap first: most sentences open
	// otherwise.)
	for _, lead := range []string{"if ", "falls ", "wenn ", "si ", "als ", "mocht "} {
		if strings.HasPrefix(low, lead) {
			return fallbackClauseRE.re().MatchString(low)
		}
	}
	return false
}

// fallbackClauseRE is a sentence that opens with a condition on another
// slot not suiting, in the languages whose mail offers one this way.
var fallbackClauseRE = lazyRE(`^(?:if\b[^.?!]{0,40}?\b(?:doesn't|does not|don't|do not|won't|will not|isn't|is not|can't|cannot)\s+(?:work|suit|fit|be possible|possible)` +
	`|(?:falls|wenn)\b[^.?!]{0,40}?\bnicht\s+(?:passt|klappt|geht|möglich)` +
	`|si\b[^.?!]{0,40}?\bne\s+(?:vous\s+|te\s+)?(?:convient|va|arrange)\s+pas` +
	`|si\b[^.?!]{0,40}?\bno\s+(?:te\s+|le\s+|les\s+)?(?:va|viene|conviene|funciona)` +
	`|(?:als|mocht)\b[^.?!]{0,40}?\bniet\s+(?:lukt|past|uitkomt))`)

// fallbackLeads open a sentence that offers a slot in case the one before
// does not suit. Only at a sentence's start: "Friday at 2pm, or if that
// doesn't work Monday" names its first slot in the same sentence.
var fallbackLeads = []string{
	"if not", "if not,", "falls nicht", "wenn nicht", "sinon", "si no", "se no", "als niet", "om inte", "hvis ikke",
	"if that doesn't work", "if that does not work", "if that time doesn't work", "if that doesn't suit",
	"if it's a problem", "if it is a problem", "if that's a problem", "if that is a problem", "if that's difficult",
	"if that does not suit", "failing that", "as a fallback", "as a backup", "as a last resort",
	"si ça ne va pas", "si ça ne vous va pas", "si cela ne vous convient pas", "si ce créneau ne vous convient pas",
	"si ce n'est pas possible", "à défaut", "en dernier recours",
	"si no te va bien", "si no le va bien", "si no te viene bien", "si no le viene bien", "si no puedes", "en su defecto",
	"se non va bene", "se non ti va bene", "se non le va bene", "se non riesce", "se non riesci",
	"se não der", "se não puder", "caso não possa", "se não for possível",
	"als dat niet lukt", "mocht dat niet lukken", "als dat niet past", "mocht dat niet passen",
	"falls das nicht passt", "wenn das nicht passt", "falls das nicht klappt", "wenn das nicht klappt", "notfalls",
	"om det inte passar", "om det inte går", "hvis det ikke passer", "hvis ikke det passer",
	"jeśli nie pasuje", "jeżeli nie pasuje", "gdyby nie pasowało",
}

// isRejection reports rejection wording in normalized text and the phrase.
func isRejection(text string) string {
	if p := firstWord(text, rejectionPhrases); p != "" {
		return p
	}
	for _, lead := range rejectionLeads {
		i := strings.Index(text, lead)
		if i < 0 {
			continue
		}
		// The reason has to follow within the same stretch of text.
		window := text[i:min(len(text), i+240)]
		tails := softRejectionTails
		if slices.Contains(choiceLeads, lead) {
			tails = choiceTails
		}
		if tail := firstWord(window, tails); tail != "" {
			return lead + " … " + tail
		}
	}
	return ""
}

// stripSignature cuts the signature off: after the "-- " line of RFC 3676
// §4.3 (and the bare "--" many clients send), or a mobile client's "Sent
// from my ...". Office hours and phone numbers there fix no interview.
func stripSignature(text string) string {
	for off := 0; off < len(text); {
		line := text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if isSignatureLine(line) || off > 0 && isValediction(line) && strings.TrimSpace(text[:off]) != "" {
			return strings.TrimRight(text[:off], "\n")
		}
		off += len(line) + 1
	}
	return text
}

// isValediction reports a line that is only a letter's closing ("Mit
// freundlichen Grüßen", "Kind regards,", "Cordialement"): what follows it
// is the writer's name and signature, whose office hours ("Telefonisch
// erreichbar: Mo–Do 8:30–15:00 Uhr") and dates are never the interview's.
// Closings that also open a sentence ("Thanks!") do not count.
func isValediction(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) < 2 || len(t) > 40 || !valedictionStarts[lowerASCII(t[0])] {
		return false // most lines, without lower-casing them
	}
	low := strings.ToLower(strings.TrimRight(t, ",.!-– "))
	if valedictions[low] {
		return true
	}
	// "Liebe Grüße aus Wien", "Best regards from London", "Saludos
	// desde Madrid": a closing, then where the writer is.
	for _, from := range []string{" aus ", " from ", " desde ", " de ", " da ", " dalla ", " uit ", " vanuit ", " från ", " fra ", " z "} {
		if head, place, ok := strings.Cut(low, from); ok && valedictions[head] && len(strings.Fields(place)) <= 3 {
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t[len(head)+len(from):]))
			return unicode.IsUpper(r)
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

var (
	valedictions      = map[string]bool{}
	valedictionStarts [256]bool // the first bytes of valedictions
)

func init() {
	for _, v := range []string{
		"best regards", "kind regards", "warm regards", "regards", "best wishes", "all the best",
		"sincerely", "yours sincerely", "yours faithfully", "best", "cheers", "many thanks and best regards",
		"mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
		"beste grüße", "beste grüsse", "viele grüße", "viele grüsse", "liebe grüße", "herzliche grüße",
		"schöne grüße", "mfg", "lg", "vg", "cordialement", "bien cordialement", "bien à vous",
		"salutations", "meilleures salutations", "sincères salutations", "saludos", "un saludo",
		"saludos cordiales", "atentamente", "un abrazo", "cordiali saluti", "distinti saluti", "saluti",
		"un saluto", "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet",
		"hartelijke groet", "groeten", "groet", "pozdrawiam", "z poważaniem", "pozdrawiam serdecznie",
		"med vänlig hälsning", "vänliga hälsningar", "hälsningar", "mvh", "med venlig hilsen",
		"venlig hilsen", "hilsen", "vh", "med vennlig hilsen", "vennlig hilsen", "ystävällisin terveisin",
		"terveisin", "s pozdravem", "s přáním hezkého dne", "s pozdravom", "s úctou", "üdvözlettel",
		"tisztelettel", "köszönettel",
		"cu stimă", "cu respect", "o zi bună", "toate cele bune", "saygılarımızla", "iyi günler", "saygılarımla", "iyi çalışmalar",
		"atenciosamente", "cumprimentos", "melhores cumprimentos", "abraços", "abraço", "att",
	} {
		valedictions[v] = true
		valedictionStarts[v[0]] = true
	}
}

// isSignatureLine reports the line a signature starts after, looking at
// its first bytes only: stripSignature runs on every message read.
func isSignatureLine(line string) bool {
	if line == "" {
		return false
	}
	switch line[0] {
	case '-', '_', '\xe2': // "-- ", "__", "—"
		t := strings.TrimRight(line, " \r")
		return t == "--" || t == "__" || t == "—"
	case 'S', 's', 'V', 'v', 'E', 'e':
		low := strings.ToLower(line[:min(len(line), 20)])
		return strings.HasPrefix(low, "sent from my ") || strings.HasPrefix(low, "von meinem iphone") ||
			strings.HasPrefix(low, "envoyé de mon") || strings.HasPrefix(low, "enviado desde mi")
	}
	return false
}

// replyLead and replyTail recognise the line a mail client puts above
// what a reply quotes, in the languages followupd reads. The line may be
// wrapped, so the lead and the tail are checked on the one line only when
// it has both.
func replyLead(low string) bool {
	for _, p := range []string{"on ", "am ", "op ", "le ", "el ", "il ", "em ", "den ", "w dniu ", "dnia ", "à ", "no dia "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

func replyTail(low string) bool {
	low = strings.TrimRight(low, " ")
	for _, p := range []string{"wrote:", "schrieb:", "schreef:", "a écrit:", "a écrit :", "escribió:", "ha scritto:",
		"escreveu:", "skrev:", "napisał:", "napisała:", "napisał(a):", "kirjoitti:"} {
		if strings.HasSuffix(low, p) {
			return true
		}
	}
	return false
}

// writersNewJobPhrases are what a friend writes who has taken a job
// herself ("ich hab den Vertrag bei Nordstern unterschrieben und fang im
// Januar als Produktmanagerin an"): the role her mail names is hers.
var writersNewJobPhrases = []string{
	"i signed the contract", "i've signed the contract", "i have signed the contract", "i signed my contract",
	"i accepted the offer", "i've accepted the offer", "i have accepted the offer", "i accepted an offer",
	"i've accepted an offer", "i got the job", "i've got the job", "my new job", "i start in january",
	"i'm starting at", "i am starting at", "i've just started at", "i just started at", "i've joined",
	// German puts the participle last ("hab den Vertrag bei Nordstern
	// unterschrieben") and drops the pronoun ("und fang im Januar ...
	// an"): the verb and its time word.
	"unterschrieben und fang", "unterschrieben und fange", "fang im", "fange im", "fang am", "fange am",
	"starte im", "starte am", "hab den job", "habe den job", "hab die stelle", "habe die stelle", "mein neuer job",
	"meinen neuen job", "meinem neuen job", "meine neue stelle", "j'ai signé", "j'ai accepté l'offre", "mon nouveau poste", "mon nouveau job", "je commence en",
	"he firmado el contrato", "firmé el contrato", "acepté la oferta", "mi nuevo trabajo", "empiezo en",
	"ho firmato il contratto", "ho accettato l'offerta", "il mio nuovo lavoro", "inizio a gennaio",
	"assinei o contrato", "aceitei a proposta", "meu novo emprego", "o meu novo trabalho", "começo em",
	"het contract getekend", "contract getekend", "mijn nieuwe baan", "ik begin in", "podpisałem umowę",
	"podpisałam umowę", "moja nowa praca", "jag har skrivit på", "mitt nya jobb", "jeg har skrevet under",
	"mit nye job", "min nye jobb",
}

// rightToWorkCheck reports a title of the UK's check of documents before
// a hire, booked on its own ("Right to Work check (video) - Sam Rivera").
// Named in the text of an invitation ("bring your passport for the right
// to work check") it is a part of the interview, and no appointment.
func rightToWorkCheck(title string) bool {
	return strings.Contains(strings.ToLower(title), "right to work")
}

// conflictLeads stand right before the time a conflict now takes (see
// conflictBefore).
var conflictLeads = []string{"landed on", "landed for", "came up on", "come up on", "conflict on", "conflict at",
	"clash on", "clash at", "clashes with", "i'm blocked on", "i am blocked on", "now booked on",
	// "Carlos got pulled into an ops review at 10 on the 17th".
	"pulled into", "pulled in to", "called into", "dragged into", "tied up", "stuck in", "double-booked",
	"double booked"}

// provisionalOfferPhrases say the times offered are held for a round
// that depends on one still to come, or are to be fixed later: the
// user's answer to them agrees to no interview yet.
var provisionalOfferPhrases = []string{
	"if all goes well", "if things go well", "if the first interview goes well", "if the first round goes well",
	"should you progress", "pencil in", "pencilled in", "penciled in", "hold these dates", "keep these dates free",
	"falls wir nach dem ersten gespräch", "wenn alles gut läuft", "erst nach dem ersten gespräch", "grob freihalten",
	"schon mal freihalten", "unter vorbehalt", "si tout se passe bien", "si le premier entretien se passe bien",
	"à titre provisoire", "si todo va bien", "si la primera entrevista va bien", "se tutto va bene",
	"se il primo colloquio va bene", "se tudo correr bem", "als alles goed gaat", "als het eerste gesprek goed gaat",
	"onder voorbehoud", "alvast vrijhouden", "om allt går bra", "hvis alt går godt", "hvis alt går bra",
	"jeśli wszystko pójdzie dobrze", "pokud vše půjde dobře",
}

// ownInterviewPhrases are "my interview" in the languages followupd reads;
// Scandinavian possessives follow the noun.
var ownInterviewPhrases = []string{
	"my interview", "my job interview", "my first interview", "my second interview", "my final interview",
	"mein vorstellungsgespräch", "meinem vorstellungsgespräch", "mein bewerbungsgespräch", "meinem bewerbungsgespräch",
	"mein interview", "meinem interview", "mon entretien", "mon entretien d'embauche", "mi entrevista",
	"il mio colloquio", "al mio colloquio", "minha entrevista", "a minha entrevista", "mijn sollicitatiegesprek",
	"mijn gesprek", "moja rozmowa", "mojej rozmowy", "moją rozmowę", "min intervju", "intervjun min",
	"intervjuet mitt", "jobbintervjuet mitt", "jobbintervjun min", "min jobsamtale", "jobsamtalen min",
	"min anställningsintervju", "haastatteluni", "työhaastatteluni", "můj pohovor", "mého pohovoru", "mém pohovoru",
	"môj pohovor", "môjho pohovoru", "az interjúm", "állásinterjúm", "interviul meu", "mülakatım", "iş görüşmem",
}

// firstPersonInterview are how a friend tells of the interview she has:
// "I've got an interview", "me han llamado", "ich habe ein
// Vorstellungsgespräch". An employer writes "your interview".
var firstPersonInterview = append([]string{
	"i have an interview", "i've got an interview", "i got an interview", "i have a job interview",
	// The interview named as known to the reader: "El lunes 14 tengo la
	// entrevista técnica con Mercado Libre".
	"tengo la entrevista", "ich habe das vorstellungsgespräch", "ich hab das vorstellungsgespräch", "j'ai l'entretien",
	"ho il colloquio", "tenho a entrevista", "ik heb het sollicitatiegesprek", "i have the interview", "i've got the interview",
	"i got a job interview", "i've been invited to an interview", "ich habe ein vorstellungsgespräch",
	"ich hab ein vorstellungsgespräch", "ich bin zum vorstellungsgespräch eingeladen", "j'ai un entretien",
	"j'ai décroché un entretien", "j'ai été convoqué", "j'ai été convoquée", "tengo una entrevista",
	"me han llamado", "me han citado", "ho un colloquio", "mi hanno chiamato", "mi hanno chiamata",
	"tenho uma entrevista", "me chamaram", "ik heb een sollicitatiegesprek", "ik ben uitgenodigd",
	"mam rozmowę", "jag har en intervju", "jag har fått en intervju", "jeg har en jobsamtale",
	"jeg har fået en jobsamtale", "jeg har et jobbintervju", "jeg har fått jobbintervju", "minulla on haastattelu",
	"mám pohovor",
	// The South Slavic languages, Slovak, Hungarian, Romanian, Greek,
	// Turkish and Ukrainian: "Imam intervju u petak u 10h".
	"imam intervju", "imam razgovor za posao", "imam razgovor", "imam intervjú", "imam razgovor za službo",
	"van egy állásinterjúm", "állásinterjúm lesz", "am un interviu", "am interviu", "έχω συνέντευξη",
	"mülakatım var", "bir mülakatım var", "у мене співбесіда", "у меня собеседование", "имам интервю",
	// "Ich hab ... endlich eine Einladung bekommen": invited, in the
	// writer's own words.
	"eine einladung bekommen", "eine einladung erhalten", "ich hab die einladung", "ich habe die einladung",
	"ich hab eine einladung", "ich habe eine einladung", "i got the invite", "i got the invitation", "i got an invitation",
	"i got an invite", "i got invited", "i've been invited",
	"i have been invited", "i was invited", "j'ai été invité", "j'ai été invitée", "me invitaron", "me han invitado",
	"sono stato invitato", "sono stata invitata", "fui convidado", "fui convidada", "zostałem zaproszony",
	"zostałam zaproszona", "jag har blivit kallad", "jeg er blevet inviteret", "jeg har blitt invitert",
	// Through to a further round, in the writer's own words: "I finally
	// cleared the first two rounds with Nordlicht Commerce".
	"i cleared", "i finally cleared", "i've cleared", "i have cleared", "i passed the first", "i made it to the",
	"i've made it to the", "i got through to", "i got shortlisted", "i've been shortlisted", "i have been shortlisted",
	"ich bin eine runde weiter", "ich bin in der nächsten runde", "ich bin in der finalen runde", "ich bin in der letzten runde",
	"ich hab die erste runde", "ich habe die erste runde", "j'ai passé le premier", "j'ai passé la première",
	"je suis en finale", "he pasado a la", "he pasado la primera", "sono passato al", "sono passata al",
	"passei para a", "passei à", "ik ben door naar", "ik ben doorgegaan naar", "jag har gått vidare", "jeg er gået videre",
	"jeg har gått videre", "przeszedłem do", "przeszłam do",
}, ownInterviewPhrases...)

// cancelLabels stand before a subject's colon on a system's notice that
// an event is cancelled ("Canceled: 30 Minute Recruiter Screen").
var cancelLabels = map[string]bool{
	"canceled": true, "cancelled": true, "canceled event": true, "cancelled event": true, "abgesagt": true,
	"annulé": true, "annulée": true, "annulation": true, "cancelado": true, "cancelada": true, "annullato": true,
	"annullata": true, "geannuleerd": true, "odwołane": true, "odwołano": true, "inställt": true, "aflyst": true,
	"avlyst": true, "peruttu": true, "zrušeno": true, "zrušené": true, "törölve": true,
	"lemondva": true, "elmarad": true, "anulat": true, "anulată": true, "iptal": true,
	"iptal edildi": true,
}

// formerLabels, on the line under a time, mark it the one a move left
// ("Former", struck through in a scheduling system's HTML).
var formerLabels = map[string]bool{
	"former": true, "previous": true, "previously": true, "old time": true, "bisher": true, "vorher": true,
	"alter termin": true, "ancien": true, "ancienne": true, "anterior": true, "precedente": true, "vorige": true,
	"oud": true, "poprzedni": true, "poprzednio": true, "tidigare": true, "tidligere": true, "aiempi": true,
	"původní": true, "pôvodný": true, "pôvodne": true, "korábbi": true, "eredeti": true, "inițial": true, "önceki": true,
	"original": true, "originally": true, "ursprünglich": true, "ursprüngliche": true, "ursprünglichen": true, "ursprünglicher": true,
	"ursprüngliches": true,
	"initialement":   true, "originalmente": true, "inicialmente": true, "oorspronkelijk": true, "oorspronkelijke": true,
	"pierwotnie": true, "ursprungligen": true, "opprinnelig": true, "oprindelig": true,
	// "NUEVO: viernes, 4 de diciembre ... / Antes: jueves, 3 de
	// diciembre": Indeed's move in Spanish, and its peers' "Avant",
	// "Before", "Voorheen".
	"antes": true, "avant": true, "before": true, "voorheen": true, "wcześniej": true, "aiemmin": true,
}

// webinarStems begin the word for a webinar in the languages that
// inflect it ("vebinārs", "vebinārā", "webinarze", "webináře",
// "webbinariet", "veebiseminaril"): one stem holds every case ending a
// list of phrases would miss.
var webinarStems = []string{"webinar", "webinár", "webinář", "webbinar", "vebinar", "vebinār", "veebisemin"}

// webinarWord returns the first word of s that names a webinar in any of
// its inflections, or "".
func webinarWord(s string) string {
	for _, w := range words(strings.ToLower(s)) {
		for _, stem := range webinarStems {
			if strings.HasPrefix(w, stem) {
				return w
			}
		}
	}
	return ""
}

// yourClockPhrases, right after a time, say it is the reader's own
// ("10:00 AM your time").
var yourClockPhrases = []string{"your time", "ur time", "yours", "on your end", "on your side", "your local time", "in your time zone", "deiner zeit", "ihrer zeit",
	"votre heure", "heure de chez vous", "tu hora", "su hora", "ora tua", "vostra ora", "seu horário",
	"jouw tijd", "uw tijd", "twojego czasu", "din tid", "er tid"}

// allOfThemWords ask for all the times a message lists ("confirm your
// availability for both the slots"), not for one.
var allOfThemWords = []string{"both", "beide", "beiden", "les deux", "ambos", "ambas", "entrambi", "entrambe",
	"allebei", "alle twee", "obie", "oba", "båda", "begge", "begge to", "molemmat", "obě", "obe"}

// oneOfTwoWords ask for one of two times: "either of these", "einen der
// beiden".
var oneOfTwoWords = []string{"either", "neither", "one of the two", "entweder", "einen der beiden", "einer der beiden",
	"l un des deux", "l un ou l autre", "uno de los dos", "una de las dos", "uno dei due", "una delle due", "um dos dois",
	"een van beide", "jeden z dwóch", "jeden z tych", "ett av dem", "en af dem", "en av dem"}

// vendorMeeting returns the word of a title that makes it a vendor's
// meeting with the user as its customer ("Product demo", "Pricing call"),
// or "". A word that stands in a job title beside a job's word is the
// job's: "Senior Data Scientist Pricing", "Renewals Manager", "Onboarding
// Specialist".
func vendorMeeting(title string, h *hits) string {
	p := h.has(lSales)
	if p == "" {
		return ""
	}
	ws := words(strings.ToLower(title))
	n := len(words(p))
	for i := 0; i+n <= len(ws); i++ {
		if strings.Join(ws[i:i+n], " ") != p {
			continue
		}
		if i > 0 && hasRoleWord(ws[i-1]) || i+n < len(ws) && hasRoleWord(ws[i+n]) {
			return ""
		}
	}
	return p
}

// agencyPhrases say the writer recruits for a client, in a letter or its
// footer (see agencyWriting). Some agencies' trade names are
// recruiterWords too: those say who writes, these for whom.
var agencyPhrases = []string{
	"my client", "our client", "the client is", "employment agency",
	// Indian recruiters' courtesy: "for our esteemed client Kaveri
	// Fintech", "one of our reputed clients".
	"our esteemed client", "esteemed client", "our reputed client", "reputed client", "one of our clients", "recruitment agency", "recruitment consultancy",
	"employment business", "acting as an agency", "unser mandant", "unseres mandanten", "unserem mandanten",
	"unser kunde", "unseres kunden", "unserem kunden", "im auftrag unseres", "personalvermittlung", "personalberatung",
	// "il cliente (Alpinvest SGR) ha visto il tuo profilo": the client
	// as the one the writer places candidates with.
	"il cliente", "el cliente", "le client",
	"personaldienstleister", "notre client", "notre cliente", "cabinet de recrutement", "nuestro cliente",
	"nuestra clienta", "agencia de colocación", "il nostro cliente", "nostro cliente", "agenzia per il lavoro",
	"o nosso cliente", "nosso cliente", "onze klant", "onze opdrachtgever", "werving- en selectiebureau",
	"werving en selectiebureau", "uitzendbureau", "vår kund", "vår uppdragsgivare", "rekryteringsföretag",
	"bemanningsföretag", "vores kunde", "vores klient", "rekrutteringsbureau", "vår kunde", "vår klient",
	"bemanningsbyrå", "naszego klienta", "nasz klient", "agencja rekrutacyjna", "asiakkaamme", "rekrytointiyritys",
	"našeho klienta", "náš klient", "personální agentura", "nášho klienta", "personálna agentúra", "ügyfelünk",
	"megbízónk", "fejvadász", "clientul nostru", "agenție de recrutare", "müşterimiz",
	"müşterimizin", "executive search", "headhunter", "headhunting",
	"personalberater", "personalberaterin", "suchauftrag", "search mandate",
	// A contracting firm places freelancers with its end client: "Ich
	// kann Ihnen jetzt auch den Endkunden nennen".
	"endkunde", "endkunden", "end client", "end-client", "eindklant", "client final", "cliente final",
}

// clientPitchPhrases are how a recruiting agency sells to an employer's
// manager: the reader's hiring needs, the agency's ready candidates.
var clientPitchPhrases = []string{
	"your hiring plans", "your hiring needs", "your recruitment needs", "your hiring pain", "pre-vetted candidates",
	"bench of candidates", "a bench of", "candidates ready to go", "engineering leaders like yourself", "hiring managers like yourself",
	"ihren personalbedarf", "ihre vakanzen", "ihren recruiting-bedarf", "vorselektierte kandidaten",
	"vos besoins en recrutement", "vos besoins de recrutement", "candidats présélectionnés",
	"sus necesidades de contratación", "sus necesidades de selección", "candidatos preseleccionados",
	"le vostre esigenze di recruiting", "candidati preselezionati", "as suas necessidades de recrutamento",
	"uw wervingsbehoeften", "jullie wervingsbehoefte", "waszych potrzeb rekrutacyjnych", "era rekryteringsbehov", "jeres rekrutteringsbehov",
}
