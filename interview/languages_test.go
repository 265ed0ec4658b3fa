package interview_test

import (
	"cmp"
	"slices"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// langMail is one employer's mail in one of the languages read, written
// as its recruiters and hiring systems write it: an invitation that fixes
// a time, then its outcome (a no, or the interview called off), and
// another employer's proposal of times that the user answers by taking
// one. The user lives in Berlin (sampleConfig).
type langMail struct {
	lang string
	// offset is the employer's Date header offset, "+01:00" when empty.
	offset string
	// The invitation, from name <from>.
	from, name, subject, invite string
	start                       time.Time // its minute
	// company is the employer's name, unchecked when empty: a name
	// written only in Chinese, Japanese or Korean letters is not yet
	// read from these letters (the sender's domain stands in).
	company string
	// The outcome, each a reply in the invitation's thread.
	rejection, cancellation string
	// The proposal, from proposer, and the user's answer.
	proposer, proposerName, proposalSubject, proposal, answer string
	picked                                                    time.Time
}

var langMails = []langMail{
	{
		lang: "sk",
		from: "zuzana.kovacova@tatrasoft.example", name: "Zuzana Kováčová",
		subject: "Pozvánka na pohovor – Senior Java vývojár",
		invite: "Dobrý deň, pán Rivera,\n\nďakujeme za Váš záujem o pozíciu Senior Java vývojár v spoločnosti TatraSoft. " +
			"Radi by sme Vás pozvali na osobný pohovor, ktorý sa uskutoční vo štvrtok 10. decembra 2026 o 14:00 " +
			"v našej kancelárii na Mlynských nivách 16 v Bratislave.\n\nPohovor potrvá približne hodinu. Prosím, potvrďte " +
			"nám svoju účasť odpoveďou na tento e-mail.\n\nS pozdravom\nZuzana Kováčová\nHR špecialistka | TatraSoft s.r.o.",
		start: utc("20261210T130000Z"), company: "TatraSoft",
		rejection: "Dobrý deň, Sam,\n\nďakujeme za Váš čas a príjemný pohovor. Žiaľ, po dôkladnom zvážení sme sa rozhodli " +
			"pokračovať s inými kandidátmi, ktorých skúsenosti viac zodpovedajú našim aktuálnym potrebám.\n\nPrajeme Vám veľa " +
			"úspechov pri hľadaní novej práce.\n\nS pozdravom\nZuzana Kováčová",
		cancellation: "Dobrý deň, Sam,\n\nbohužiaľ Vám musím oznámiť, že pozícia bola pozastavená a pohovor naplánovaný " +
			"na 10. decembra je zrušený. Ospravedlňujeme sa za komplikácie.\n\nS pozdravom\nZuzana Kováčová",
		proposer: "martin.horvath@danubiacloud.example", proposerName: "Martin Horváth",
		proposalSubject: "Úvodný pohovor – DevOps inžinier",
		proposal: "Dobrý deň, Sam,\n\nďakujeme za zaslaný životopis na pozíciu DevOps inžinier. Radi by sme sa s Vami " +
			"stretli na úvodnom pohovore cez Microsoft Teams. Vyhovoval by Vám niektorý z nasledujúcich termínov?\n\n" +
			"- štvrtok 10. decembra o 10:00\n- piatok 11. decembra o pol druhej\n\nDajte mi prosím vedieť, ktorý termín " +
			"Vám vyhovuje.\n\nS pozdravom\nMartin Horváth\nDanubia Cloud s.r.o.",
		answer: "Dobrý deň, pán Horváth,\n\nďakujem za pozvanie. Piatok 11. decembra o pol druhej mi vyhovuje.\n\n" +
			"S pozdravom\nSam Rivera",
		picked: utc("20261211T123000Z"),
	},
	{
		lang: "hu",
		from: "kovacs.eszter@dunahid-tech.example", name: "Kovács Eszter",
		subject: "Meghívó állásinterjúra – Senior Backend fejlesztő",
		invite: "Kedves Sam!\n\nKöszönjük jelentkezését a Dunahíd Technológia Kft. Senior Backend fejlesztő pozíciójára. " +
			"Örömmel meghívjuk egy személyes állásinterjúra, amelyre 2026. december 10-én (csütörtök) 14:00 órakor kerül sor " +
			"budapesti irodánkban (1117 Budapest, Infopark sétány 1.).\n\nAz interjú várhatóan egy órát vesz igénybe. " +
			"Kérjük, válaszában erősítse meg részvételét.\n\nÜdvözlettel,\nKovács Eszter\nHR partner\nDunahíd Technológia Kft.",
		start: utc("20261210T130000Z"), company: "Dunahíd Technológia",
		rejection: "Kedves Sam!\n\nKöszönjük, hogy időt szánt ránk és részt vett az interjún. Sajnálattal értesítjük, hogy " +
			"ezúttal egy másik jelölt mellett döntöttünk, akinek a tapasztalata jobban illeszkedik a csapat jelenlegi " +
			"igényeihez.\n\nTovábbi sok sikert kívánunk!\n\nÜdvözlettel,\nKovács Eszter",
		cancellation: "Kedves Sam!\n\nSajnos a pozíciót átmenetileg felfüggesztettük, ezért a december 10-re tervezett " +
			"interjú elmarad. Elnézést kérünk a kellemetlenségért.\n\nÜdvözlettel,\nKovács Eszter",
		proposer: "nagy.balazs@tiszasoft.example", proposerName: "Nagy Balázs",
		proposalSubject: "Interjú időpont – DevOps mérnök",
		proposal: "Szia Sam!\n\nKöszönöm a jelentkezésedet a DevOps mérnök pozícióra. Szeretnénk egy rövid online interjút " +
			"egyeztetni veled Teamsen. Megfelel neked az alábbi időpontok valamelyike?\n\n- december 10., csütörtök 10:00\n" +
			"- december 11., péntek du. 2 óra\n\nKérlek, jelezd, melyik időpont a jobb.\n\nÜdv,\nNagy Balázs\nTiszaSoft Zrt.",
		answer: "Szia Balázs!\n\nKöszönöm, a december 11-i időpont (péntek du. 2 óra) nekem tökéletes.\n\nÜdv,\nSam",
		picked: utc("20261211T130000Z"),
	},
	{
		lang: "ro", offset: "+02:00",
		from: "andreea.popescu@carpatsoft.example", name: "Andreea Popescu",
		subject: "Invitație la interviu – Dezvoltator Java Senior",
		invite: "Bună ziua, Sam,\n\nVă mulțumim pentru interesul acordat poziției de Dezvoltator Java Senior în cadrul " +
			"CarpatSoft. Dorim să vă invităm la un interviu tehnic, care va avea loc joi, 10 decembrie 2026, ora 14:00 " +
			"(ora României), online pe Microsoft Teams.\n\nInterviul va dura aproximativ o oră. Vă rugăm să ne confirmați " +
			"participarea printr-un răspuns la acest e-mail.\n\nCu stimă,\nAndreea Popescu\nSpecialist Recrutare | CarpatSoft SRL",
		start: utc("20261210T120000Z"), company: "CarpatSoft",
		rejection: "Bună ziua, Sam,\n\nVă mulțumim pentru timpul acordat și pentru discuția de săptămâna trecută. Din păcate, " +
			"după o analiză atentă, am decis să continuăm procesul cu alți candidați, al căror profil corespunde mai bine " +
			"nevoilor echipei.\n\nVă dorim mult succes în continuare!\n\nCu stimă,\nAndreea Popescu",
		cancellation: "Bună ziua, Sam,\n\nVă informăm că, din cauza unei reorganizări interne, recrutarea pentru acest post " +
			"a fost suspendată, iar interviul din 10 decembrie a fost anulat. Ne cerem scuze pentru neplăcere.\n\n" +
			"Cu stimă,\nAndreea Popescu",
		proposer: "mihai.ionescu@dunarelabs.example", proposerName: "Mihai Ionescu",
		proposalSubject: "Interviu – Inginer DevOps",
		proposal: "Salut Sam,\n\nMulțumim pentru aplicarea la postul de Inginer DevOps. Am dori să stabilim un prim interviu " +
			"online, de aproximativ 45 de minute. Vă convine una dintre variantele de mai jos?\n\n- joi, 10 decembrie, ora 10:00\n" +
			"- vineri, 11 decembrie, la ora 14:30\n\nVă rog să îmi spuneți care variantă vi se potrivește.\n\nCu stimă,\n" +
			"Mihai Ionescu\nDunăre Labs",
		answer: "Bună ziua, Mihai,\n\nMulțumesc! Vineri, 11 decembrie, la ora 14:30 mi se potrivește perfect.\n\nO zi bună,\nSam",
		// Romanian time: the proposal comes from Bucharest's offset.
		picked: utc("20261211T123000Z"),
	},
	{
		// "Mülakat Daveti" (interview invitation) leads the subject, where
		// a company's name often stands: it is none.
		lang: "tr", offset: "+03:00",
		from: "ayse.yilmaz@anadoluyazilim.example", name: "Ayşe Yılmaz",
		subject: "Mülakat Daveti – Backend Developer",
		invite: "Merhaba Sam,\n\nAnadolu Yazılım'daki Backend Developer pozisyonu için yaptığınız başvuru için teşekkür " +
			"ederiz. Sizi 10 Aralık 2026 Perşembe günü saat 14:00'te (TSİ) İstanbul Maslak'taki ofisimizde yüz yüze " +
			"mülakata davet etmek isteriz.\n\nMülakat yaklaşık bir saat sürecektir. Katılımınızı bu e-postaya yanıt " +
			"vererek teyit etmenizi rica ederiz.\n\nSaygılarımla,\nAyşe Yılmaz\nİnsan Kaynakları Uzmanı\nAnadolu Yazılım A.Ş.",
		start: utc("20261210T110000Z"), company: "Anadolu Yazılım",
		rejection: "Merhaba Sam,\n\nMülakat sürecine gösterdiğiniz ilgi ve ayırdığınız zaman için teşekkür ederiz. Maalesef " +
			"yaptığımız değerlendirme sonucunda bu pozisyon için başka bir adayla ilerlemeye karar verdik.\n\nKariyerinizde " +
			"başarılar dileriz.\n\nSaygılarımla,\nAyşe Yılmaz",
		cancellation: "Merhaba Sam,\n\nPozisyonla ilgili alınan yeni bir karar nedeniyle işe alım süreci askıya alınmış ve " +
			"10 Aralık'taki mülakatımız iptal edilmiştir. Yaşattığımız aksaklık için özür dileriz.\n\nSaygılarımla,\nAyşe Yılmaz",
		proposer: "mehmet.demir@bosforlabs.example", proposerName: "Mehmet Demir",
		proposalSubject: "Ön görüşme – DevOps Mühendisi",
		proposal: "Merhaba Sam,\n\nDevOps Mühendisi pozisyonumuza gösterdiğiniz ilgi için teşekkürler. Sizinle Google Meet " +
			"üzerinden yaklaşık 45 dakikalık bir ön mülakat yapmak istiyoruz. Aşağıdaki saatlerden biri size uygun mu?\n\n" +
			"- 10 Aralık Perşembe, saat 10:00\n- 11 Aralık Cuma, saat 15:30\n\nHangisinin uygun olduğunu bana bildirebilir " +
			"misiniz?\n\nİyi çalışmalar,\nMehmet Demir\nBosfor Labs",
		answer: "Merhaba Mehmet Bey,\n\nTeşekkürler, 11 Aralık Cuma saat 15:30 benim için uygun.\n\nİyi çalışmalar,\nSam",
		picked: utc("20261211T123000Z"),
	},
	{
		// Croatian: a "d.o.o." signature, the month in the genitive
		// ("10. prosinca"), "Poštovani" and the formal Vi.
		lang: "hr",
		from: "ivana.babic@jadranit.example", name: "Ivana Babić",
		subject: "Poziv na razgovor za posao – Senior Java developer",
		invite: "Poštovani gospodine Rivera,\n\nzahvaljujemo na Vašoj prijavi za radno mjesto Senior Java developer u tvrtki " +
			"Jadran IT. Pozivamo Vas na razgovor za posao koji će se održati u četvrtak, 10. prosinca 2026. u 14:00 sati u " +
			"našem uredu u Zagrebu, Radnička cesta 80.\n\nRazgovor će trajati otprilike sat vremena. Molimo Vas da nam " +
			"potvrdite dolazak odgovorom na ovaj e-mail.\n\nLijep pozdrav,\nIvana Babić\nHR specijalistica | Jadran IT d.o.o.",
		start: utc("20261210T130000Z"), company: "Jadran IT",
		rejection: "Poštovani gospodine Rivera,\n\nzahvaljujemo Vam na izdvojenom vremenu i interesu za rad u našoj tvrtki. " +
			"Nažalost, nakon pažljivog razmatranja odlučili smo se za kandidata čije iskustvo trenutno bolje odgovara " +
			"potrebama tima.\n\nŽelimo Vam puno uspjeha u daljnjem profesionalnom razvoju.\n\nLijep pozdrav,\nIvana Babić",
		cancellation: "Poštovani gospodine Rivera,\n\nzbog internih promjena zapošljavanje za ovo radno mjesto privremeno " +
			"je obustavljeno te je razgovor zakazan za 10. prosinca otkazan. Ispričavamo se zbog neugodnosti.\n\n" +
			"Lijep pozdrav,\nIvana Babić",
		proposer: "marko.horvat@savacloud.example", proposerName: "Marko Horvat",
		proposalSubject: "Razgovor za posao – DevOps inženjer",
		proposal: "Pozdrav Sam,\n\nhvala na prijavi za poziciju DevOps inženjera. Htjeli bismo dogovoriti kratki online " +
			"razgovor preko Teamsa. Odgovara li Vam neki od sljedećih termina?\n\n- četvrtak, 10. prosinca u 10:00\n" +
			"- petak, 11. prosinca u 15:30\n\nJavite mi koji Vam termin više odgovara.\n\nLijep pozdrav,\nMarko Horvat\n" +
			"Sava Cloud d.o.o.",
		answer: "Pozdrav Marko,\n\nhvala na pozivu. Petak, 11. prosinca u 15:30 mi odgovara.\n\nLijep pozdrav,\nSam",
		picked: utc("20261211T143000Z"),
	},
	{
		// Serbian in Latin letters, as most Belgrade IT firms write
		// mail: "u 11 časova", the month in the genitive.
		lang: "sr",
		from: "jelena.petrovic@dunavsoft.example", name: "Jelena Petrović",
		subject: "Poziv na intervju – Senior Backend Developer",
		invite: "Poštovani Same,\n\nhvala Vam na interesovanju za poziciju Senior Backend Developer u kompaniji Dunav Soft. " +
			"Želeli bismo da Vas pozovemo na intervju koji će se održati u četvrtak, 10. decembra 2026. godine u 11 časova, " +
			"u našoj kancelariji u Beogradu (Bulevar Mihajla Pupina 10).\n\nIntervju traje oko sat vremena. Molimo Vas da " +
			"potvrdite dolazak.\n\nSrdačan pozdrav,\nJelena Petrović\nHR menadžer\nDunav Soft d.o.o.",
		start: utc("20261210T100000Z"), company: "Dunav Soft",
		rejection: "Poštovani Same,\n\nželimo da Vam se zahvalimo na vremenu koje ste izdvojili za intervju. Nažalost, " +
			"moramo da Vas obavestimo da smo se odlučili za drugog kandidata, čiji profil u ovom trenutku više odgovara " +
			"našim potrebama.\n\nŽelimo Vam mnogo uspeha u daljem radu.\n\nSrdačan pozdrav,\nJelena Petrović",
		cancellation: "Poštovani Same,\n\nizvinjavamo se, ali zbog nepredviđenih okolnosti intervju zakazan za četvrtak, " +
			"10. decembar, se otkazuje. Javićemo Vam se ukoliko se pozicija ponovo otvori.\n\nSrdačan pozdrav,\nJelena Petrović",
		proposer: "nikola.ilic@moravalabs.example", proposerName: "Nikola Ilić",
		proposalSubject: "Intervju – DevOps inženjer",
		proposal: "Zdravo Same,\n\nhvala na prijavi za poziciju DevOps inženjera. Hteli bismo da zakažemo kratak onlajn " +
			"intervju preko Zoom-a. Da li Vam odgovara neki od sledećih termina?\n\n- četvrtak, 10. decembar u 10:00\n" +
			"- petak, 11. decembar u 13:30\n\nJavite mi koji termin Vam više odgovara.\n\nPozdrav,\nNikola Ilić\nMorava Labs",
		answer: "Zdravo Nikola,\n\nhvala, petak 11. decembar u 13:30 mi odgovara.\n\nPozdrav,\nSam",
		picked: utc("20261211T123000Z"),
	},
	{
		// Serbian in Cyrillic, as state firms and banks write it; the
		// brand in Latin letters.
		lang: "sr-Cyrl",
		from: "milos.jovanovic@savanet.example", name: "Милош Јовановић",
		subject: "Позив на интервју – Java програмер",
		invite: "Поштовани господине Ривера,\n\nзахваљујемо се на Вашој пријави за радно место Java програмер у компанији " +
			"SavaNet. Позивамо Вас на интервју који ће бити одржан у четвртак, 10. децембра 2026. године у 14:00 часова у " +
			"нашим просторијама у Новом Саду, Булевар ослобођења 30.\n\nМолимо Вас да потврдите присуство.\n\n" +
			"С поштовањем,\nМилош Јовановић\nСлужба за људске ресурсе | SavaNet д.о.о.",
		start: utc("20261210T130000Z"), company: "SavaNet",
		rejection: "Поштовани господине Ривера,\n\nзахваљујемо Вам се на учешћу у процесу селекције. Нажалост, након " +
			"пажљиве анализе одлучили смо да наставимо са другим кандидатима чије искуство више одговара захтевима " +
			"позиције.\n\nЖелимо Вам много успеха.\n\nС поштовањем,\nМилош Јовановић",
		cancellation: "Поштовани господине Ривера,\n\nобавештавамо Вас да је интервју заказан за 10. децембар отказан због " +
			"унутрашње реорганизације. Извињавамо се због непријатности.\n\nС поштовањем,\nМилош Јовановић",
		proposer: "ana.nikolic@timoksoft.example", proposerName: "Ана Николић",
		proposalSubject: "Интервју – DevOps инжењер",
		proposal: "Поштовани Саме,\n\nхвала на интересовању за позицију DevOps инжењера. Да ли сте слободни за онлајн " +
			"интервју у неком од следећих термина?\n\n- четвртак, 10. децембар у 10:00\n- петак, 11. децембар у 13:00\n\n" +
			"Јавите ми који термин Вам више одговара.\n\nПоздрав,\nАна Николић\nTimok Soft",
		answer: "Поштована Ана,\n\nхвала. Петак, 11. децембар у 13:00 ми одговара.\n\nПоздрав,\nСем",
		picked: utc("20261211T120000Z"),
	},
	{
		// Slovenian: "ob 14. uri", the dual and the formal plural.
		lang: "sl",
		from: "maja.novak@triglavtech.example", name: "Maja Novak",
		subject: "Vabilo na razgovor za zaposlitev – razvijalec Java",
		invite: "Spoštovani gospod Rivera,\n\nzahvaljujemo se vam za prijavo na delovno mesto razvijalca Java v podjetju " +
			"Triglav Tech. Vabimo vas na razgovor za zaposlitev, ki bo v četrtek, 10. decembra 2026, ob 14. uri v naših " +
			"prostorih na Dunajski cesti 156 v Ljubljani.\n\nRazgovor bo trajal približno eno uro. Prosimo, da nam udeležbo " +
			"potrdite z odgovorom na to sporočilo.\n\nLep pozdrav,\nMaja Novak\nKadrovska služba | Triglav Tech d.o.o.",
		start: utc("20261210T130000Z"), company: "Triglav Tech",
		rejection: "Spoštovani gospod Rivera,\n\nhvala za vaš čas in zanimanje za delo pri nas. Žal vas moramo obvestiti, " +
			"da smo se po skrbnem pregledu odločili za drugega kandidata, ki bolje ustreza trenutnim potrebam ekipe.\n\n" +
			"Želimo vam veliko uspeha pri nadaljnjem iskanju zaposlitve.\n\nLep pozdrav,\nMaja Novak",
		cancellation: "Spoštovani gospod Rivera,\n\nzaradi notranje reorganizacije smo zaposlovanje na tem delovnem mestu " +
			"začasno ustavili, zato je razgovor, predviden za 10. decembra, odpovedan. Opravičujemo se za nevšečnosti.\n\n" +
			"Lep pozdrav,\nMaja Novak",
		proposer: "luka.kranjc@socalabs.example", proposerName: "Luka Kranjc",
		proposalSubject: "Razgovor za zaposlitev – DevOps inženir",
		proposal: "Pozdravljeni Sam,\n\nhvala za prijavo na delovno mesto DevOps inženirja. Z vami bi se radi pogovorili " +
			"na kratkem spletnem razgovoru prek Teams. Vam ustreza kateri od naslednjih terminov?\n\n" +
			"- četrtek, 10. decembra, ob 10.00\n- petek, 11. decembra, ob 13.30\n\nSporočite mi prosim, kateri termin vam " +
			"bolj ustreza.\n\nLep pozdrav,\nLuka Kranjc\nSoča Labs",
		answer: "Pozdravljeni,\n\nhvala za povabilo. Petek, 11. decembra, ob 13.30 mi ustreza.\n\nLep pozdrav,\nSam",
		picked: utc("20261211T123000Z"),
	},
	{
		// Bulgarian: "г-н", "от 14:00 ч.", an ЕООД in the signature.
		lang: "bg", offset: "+02:00",
		from: "maria.ivanova@vitoshasoft.example", name: "Мария Иванова",
		subject: "Покана за интервю – Senior Java Developer",
		invite: "Здравейте, г-н Ривера,\n\nБлагодарим Ви за проявения интерес към позицията Senior Java Developer във " +
			"Vitosha Soft. Бихме искали да Ви поканим на интервю, което ще се проведе в четвъртък, 10 декември 2026 г., " +
			"от 14:00 ч. в нашия офис в София (бул. „Цариградско шосе“ 115).\n\nИнтервюто ще продължи около един час. " +
			"Моля, потвърдете участието си с отговор на този имейл.\n\nПоздрави,\nМария Иванова\nHR специалист | Vitosha Soft ЕООД",
		start: utc("20261210T120000Z"), company: "Vitosha Soft",
		rejection: "Здравейте, г-н Ривера,\n\nБлагодарим Ви за отделеното време и за интереса към нашата компания. " +
			"За съжаление, след внимателно обмисляне решихме да продължим с друг кандидат, чийто опит в по-голяма степен " +
			"отговаря на нуждите на екипа.\n\nПожелаваме Ви успех в професионалното развитие!\n\nПоздрави,\nМария Иванова",
		cancellation: "Здравейте, г-н Ривера,\n\nС съжаление Ви уведомяваме, че поради вътрешна реорганизация позицията " +
			"е замразена и интервюто, насрочено за 10 декември, се отменя. Извиняваме се за причиненото неудобство.\n\n" +
			"Поздрави,\nМария Иванова",
		proposer: "georgi.petrov@rilalabs.example", proposerName: "Георги Петров",
		proposalSubject: "Интервю – DevOps инженер",
		proposal: "Здравейте, Сам,\n\nБлагодаря за кандидатурата Ви за позицията DevOps инженер. Бихме искали да проведем " +
			"кратко онлайн интервю в Google Meet. Удобен ли Ви е някой от следните часове?\n\n- четвъртък, 10 декември, 10:00 ч.\n" +
			"- петък, 11 декември, 15:00 ч.\n\nМоля, пишете ми кой вариант Ви е удобен.\n\nПоздрави,\nГеорги Петров\nRila Labs",
		answer: "Здравейте, Георги,\n\nБлагодаря! Петък, 11 декември, 15:00 ч. ми е удобно.\n\nПоздрави,\nСам",
		picked: utc("20261211T130000Z"),
	},
	{
		// Arabic from Riyadh: Arabic-Indic digits, "مساءً" after the
		// hour, Riyadh's clock named; the proposal's slots on Sunday and
		// Monday, the Gulf's working week.
		lang: "ar", offset: "+03:00",
		from: "noura.alqahtani@najdtech.example", name: "نورة القحطاني",
		subject: "دعوة لمقابلة شخصية – مهندس برمجيات أول",
		invite: "السيد سام ريفيرا المحترم،\n\nتحية طيبة وبعد،\n\nنشكركم على اهتمامكم بوظيفة مهندس برمجيات أول في شركة Najd Tech. " +
			"يسعدنا دعوتكم لحضور مقابلة شخصية عبر Microsoft Teams يوم الخميس ١٠ ديسمبر ٢٠٢٦ الساعة ٤:٠٠ مساءً بتوقيت الرياض.\n\n" +
			"نرجو تأكيد حضوركم بالرد على هذه الرسالة.\n\nمع خالص التحية،\nنورة القحطاني\nأخصائية استقطاب المواهب | Najd Tech",
		start: utc("20261210T130000Z"), company: "Najd Tech",
		rejection: "السيد سام،\n\nنشكركم على وقتكم. نأسف لإبلاغكم بأننا قررنا المضي قدماً مع مرشحين آخرين تتوافق خبراتهم " +
			"بشكل أكبر مع احتياجات الفريق.\n\nمع التحية،\nنورة القحطاني",
		cancellation: "السيد سام،\n\nنعتذر منكم، نضطر لإلغاء المقابلة المقررة يوم الخميس بسبب تجميد الوظيفة مؤقتاً.\n\n" +
			"مع التحية،\nنورة القحطاني",
		proposer: "karim.haddad@gulfcloud.example", proposerName: "كريم حداد",
		proposalSubject: "مقابلة – مهندس DevOps",
		proposal: "مرحباً سام،\n\nشكراً لتقديمك على وظيفة مهندس DevOps. نود إجراء مقابلة قصيرة عبر Google Meet. " +
			"هل يناسبك أحد المواعيد التالية؟\n\n- الأحد ١٣ ديسمبر، الساعة ١٠:٠٠ صباحاً بتوقيت الرياض\n" +
			"- الاثنين ١٤ ديسمبر، الساعة ٣:٠٠ مساءً بتوقيت الرياض\n\nمع التحية،\nكريم حداد\nGulf Cloud",
		answer: "أهلاً كريم،\n\nشكراً لك! يناسبني موعد الاثنين ١٤ ديسمبر الساعة ٣:٠٠ مساءً.\n\nسام",
		picked: utc("20261214T120000Z"),
	},
	{
		// Persian from Tehran: the Solar Hijri date in Persian digits,
		// "پنج‌شنبه" with its zero-width non-joiner, Tehran's clock
		// named, then by the +03:30 of the proposer's Date header.
		lang: "fa", offset: "+03:30",
		from: "sara.rahimi@arvancode.example", name: "سارا رحیمی",
		subject: "دعوت به مصاحبه – مهندس نرم‌افزار ارشد",
		invite: "سلام آقای ریورا، وقت بخیر\n\nاز علاقه شما به موقعیت مهندس نرم‌افزار ارشد در ArvanCode سپاسگزاریم. " +
			"خوشحال می‌شویم شما را برای مصاحبه فنی در روز پنج‌شنبه ۱۹ آذر ۱۴۰۵ ساعت ۱۵:۰۰ به وقت تهران از طریق Google Meet دعوت کنیم.\n\n" +
			"لطفاً حضور خود را با پاسخ به همین ایمیل تأیید کنید.\n\nبا احترام،\nسارا رحیمی\nکارشناس جذب | ArvanCode",
		start: utc("20261210T113000Z"), company: "ArvanCode",
		rejection: "سلام آقای ریورا،\n\nاز وقتی که برای مصاحبه گذاشتید سپاسگزاریم. متأسفانه تصمیم گرفتیم با کاندیدای دیگری " +
			"که تجربه‌اش با نیازهای تیم همخوانی بیشتری دارد ادامه دهیم.\n\nبا احترام،\nسارا رحیمی",
		cancellation: "سلام آقای ریورا،\n\nمتأسفانه مصاحبه روز پنج‌شنبه لغو شد، چون این موقعیت موقتاً متوقف شده است.\n\n" +
			"با احترام،\nسارا رحیمی",
		proposer: "reza.karimi@parsdata.example", proposerName: "رضا کریمی",
		proposalSubject: "مصاحبه – مهندس DevOps",
		proposal: "سلام سام،\n\nممنون از ارسال رزومه برای موقعیت مهندس DevOps. می‌خواهیم یک مصاحبه کوتاه در Google Meet داشته باشیم. " +
			"کدام یک از زمان‌های زیر برای شما مناسب است؟\n\n- شنبه ۲۱ آذر، ساعت ۱۰:۰۰\n- یکشنبه ۲۲ آذر، ساعت ۱۴:۳۰\n\n" +
			"با احترام،\nرضا کریمی\nParsData",
		answer: "سلام رضا،\n\nممنون! یکشنبه ۲۲ آذر ساعت ۱۴:۳۰ برای من مناسب است.\n\nسام",
		picked: utc("20261213T110000Z"),
	},
	{
		// Greek: the genitive month, "στις" before the hour, the
		// accent that capitals drop, Athens' clock named.
		lang: "el", offset: "+02:00",
		from: "eleni.georgiou@kykladessoft.example", name: "Ελένη Γεωργίου",
		subject: "Πρόσκληση σε συνέντευξη – Senior Backend Engineer",
		invite: "Αγαπητέ κύριε Rivera,\n\nΣας ευχαριστούμε για το ενδιαφέρον σας για τη θέση Senior Backend Engineer στην " +
			"Kyklades Soft. Θα χαρούμε να σας γνωρίσουμε σε μια συνέντευξη μέσω Teams την Πέμπτη 10 Δεκεμβρίου 2026 " +
			"στις 14:00 (ώρα Ελλάδας).\n\nΠαρακαλούμε επιβεβαιώστε τη συμμετοχή σας.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου\nHR Manager | Kyklades Soft",
		start: utc("20261210T120000Z"), company: "Kyklades Soft",
		rejection: "Αγαπητέ κύριε Rivera,\n\nΣας ευχαριστούμε για τον χρόνο σας. Δυστυχώς αποφασίσαμε να συνεχίσουμε με άλλον υποψήφιο, " +
			"του οποίου η εμπειρία ταιριάζει περισσότερο στις ανάγκες της ομάδας.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
		cancellation: "Αγαπητέ κύριε Rivera,\n\nΛυπούμαστε, αλλά θα πρέπει να ακυρώσουμε τη συνέντευξη της Πέμπτης, καθώς η θέση " +
			"πάγωσε προσωρινά.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
		proposer: "nikos.alexiou@aigaiorobotics.example", proposerName: "Νίκος Αλεξίου",
		proposalSubject: "Συνέντευξη – DevOps Engineer",
		proposal: "Γεια σας Sam,\n\nΣας ευχαριστώ για την αίτησή σας. Θα θέλαμε να κάνουμε μια σύντομη συνέντευξη στο Google Meet. " +
			"Σας βολεύει κάποια από τις παρακάτω ώρες;\n\n- Πέμπτη 10 Δεκεμβρίου, 10:00\n- Παρασκευή 11 Δεκεμβρίου, 15:00\n\n" +
			"Με εκτίμηση,\nΝίκος Αλεξίου\nAigaio Robotics",
		answer: "Γεια σας Νίκο,\n\nΕυχαριστώ! Η Παρασκευή 11 Δεκεμβρίου στις 15:00 μου ταιριάζει.\n\nSam",
		picked: utc("20261211T130000Z"),
	},
	{
		// Ukrainian: Kyiv time, the vocative ("Саме"), "пʼятниця" with
		// the modifier apostrophe; the proposal in the informal ти of
		// product companies.
		lang: "uk", offset: "+02:00",
		from: "olena.kovalenko@dniprosoft.example", name: "Олена Коваленко",
		subject: "Запрошення на співбесіду – Senior Python Developer",
		invite: "Доброго дня, Саме!\n\nДякуємо за Ваш інтерес до вакансії Senior Python Developer у компанії DniproSoft. " +
			"Запрошуємо Вас на технічну співбесіду, яка відбудеться у четвер, 10 грудня 2026 року, о 15:00 (за київським " +
			"часом) у Google Meet.\n\nСпівбесіда триватиме близько години. Будь ласка, підтвердіть свою участь у відповідь " +
			"на цей лист.\n\nЗ повагою,\nОлена Коваленко\nRecruiter | DniproSoft",
		start: utc("20261210T130000Z"), company: "DniproSoft",
		rejection: "Доброго дня, Саме!\n\nДякуємо, що знайшли час поспілкуватися з нашою командою. На жаль, за " +
			"результатами співбесіди ми вирішили продовжити процес з іншим кандидатом, чий досвід більше відповідає " +
			"поточним потребам проєкту.\n\nБажаємо успіхів у пошуку роботи!\n\nЗ повагою,\nОлена Коваленко",
		cancellation: "Доброго дня, Саме!\n\nНа жаль, вакансію тимчасово закрито, тому співбесіду, заплановану на " +
			"10 грудня, скасовано. Перепрошуємо за незручності.\n\nЗ повагою,\nОлена Коваленко",
		proposer: "andriy.melnyk@lvivcode.example", proposerName: "Андрій Мельник",
		proposalSubject: "Співбесіда – DevOps Engineer",
		proposal: "Привіт, Саме!\n\nДякую за відгук на вакансію DevOps Engineer. Хотіли б запросити тебе на коротку " +
			"онлайн-співбесіду в Zoom. Чи зручний тобі один із цих варіантів?\n\n- четвер, 10 грудня, 11:00\n" +
			"- пʼятниця, 11 грудня, 16:00\n\nНапиши, будь ласка, який час тобі підходить.\n\nДякую,\nАндрій Мельник\nLviv Code",
		answer: "Привіт, Андрію!\n\nДякую, пʼятниця 11 грудня о 16:00 мені підходить.\n\nСем",
		picked: utc("20261211T140000Z"),
	},
	{
		// Russian: Moscow time, "по московскому времени", the formal
		// capital Вы; the no as "приняли решение".
		lang: "ru", offset: "+03:00",
		from: "ekaterina.smirnova@nevatech.example", name: "Екатерина Смирнова",
		subject: "Приглашение на собеседование – Senior Go Developer",
		invite: "Здравствуйте, Сэм!\n\nБлагодарим Вас за отклик на вакансию Senior Go Developer в компании NevaTech. " +
			"Приглашаем Вас на техническое собеседование, которое состоится в четверг, 10 декабря 2026 г., в 16:00 по " +
			"московскому времени в Яндекс Телемосте.\n\nСобеседование продлится около часа. Пожалуйста, подтвердите " +
			"участие ответным письмом.\n\nС уважением,\nЕкатерина Смирнова\nHR-менеджер | NevaTech",
		start: utc("20261210T130000Z"), company: "NevaTech",
		rejection: "Здравствуйте, Сэм!\n\nБлагодарим Вас за время, уделённое собеседованию. К сожалению, по итогам " +
			"встречи мы приняли решение не продолжать с Вами процесс: на данный момент мы выбрали кандидата, чей опыт " +
			"больше соответствует задачам команды.\n\nЖелаем успехов в поиске работы!\n\nС уважением,\nЕкатерина Смирнова",
		cancellation: "Здравствуйте, Сэм!\n\nК сожалению, вакансия была приостановлена, поэтому собеседование, " +
			"назначенное на 10 декабря, отменяется. Приносим извинения за доставленные неудобства.\n\nС уважением,\n" +
			"Екатерина Смирнова",
		proposer: "dmitry.volkov@uralsoft.example", proposerName: "Дмитрий Волков",
		proposalSubject: "Собеседование – DevOps-инженер",
		proposal: "Добрый день, Сэм!\n\nСпасибо за интерес к позиции DevOps-инженера. Предлагаем провести первичное " +
			"собеседование онлайн, около 45 минут. Подскажите, пожалуйста, какой из вариантов Вам удобнее:\n\n" +
			"- четверг, 10 декабря, 11:00 (МСК)\n- пятница, 11 декабря, 17:30 (МСК)\n\nС уважением,\nДмитрий Волков\nUralSoft",
		answer: "Добрый день, Дмитрий!\n\nСпасибо, пятница, 11 декабря, 17:30 мне подходит.\n\nС уважением,\nСэм",
		picked: utc("20261211T143000Z"),
	},
	{
		// Lithuanian: "gruodžio 10 d.", "14 val.", a UAB in quotes.
		lang: "lt", offset: "+02:00",
		from: "ruta.kazlauskiene@baltijosit.example", name: "Rūta Kazlauskienė",
		subject: "Kvietimas į darbo pokalbį – Java programuotojas",
		invite: "Laba diena, Sam,\n\ndėkojame, kad domitės Java programuotojo pozicija įmonėje Baltijos IT. Kviečiame Jus " +
			"į darbo pokalbį, kuris vyks 2026 m. gruodžio 10 d. (ketvirtadienį) 14 val. mūsų biure Vilniuje, " +
			"Konstitucijos pr. 21.\n\nPokalbis truks apie valandą. Prašome patvirtinti savo dalyvavimą atsakant į šį " +
			"laišką.\n\nPagarbiai\nRūta Kazlauskienė\nPersonalo atrankos specialistė | UAB „Baltijos IT“",
		start: utc("20261210T120000Z"), company: "Baltijos IT",
		rejection: "Laba diena, Sam,\n\ndėkojame už Jūsų skirtą laiką ir susidomėjimą mūsų įmone. Deja, turime pranešti, " +
			"kad šį kartą nusprendėme tęsti atranką su kitu kandidatu, kurio patirtis labiau atitinka mūsų poreikius.\n\n" +
			"Linkime sėkmės ieškant darbo.\n\nPagarbiai\nRūta Kazlauskienė",
		cancellation: "Laba diena, Sam,\n\ndėl vidinių pokyčių atranka į šią poziciją sustabdyta, todėl gruodžio 10 d. " +
			"numatytas pokalbis atšaukiamas. Atsiprašome už nepatogumus.\n\nPagarbiai\nRūta Kazlauskienė",
		proposer: "tomas.petrauskas@nemunolabs.example", proposerName: "Tomas Petrauskas",
		proposalSubject: "Darbo pokalbis – DevOps inžinierius",
		proposal: "Sveiki, Sam,\n\načiū už Jūsų paraišką DevOps inžinieriaus pozicijai. Norėtume susitarti dėl trumpo " +
			"nuotolinio pokalbio per Teams. Ar Jums tiktų vienas iš šių laikų?\n\n- gruodžio 10 d., ketvirtadienį, 10:00\n" +
			"- gruodžio 11 d., penktadienį, 15:00\n\nParašykite, kuris laikas Jums patogesnis.\n\nPagarbiai\n" +
			"Tomas Petrauskas\nNemuno Labs",
		answer: "Sveiki, Tomai,\n\načiū, gruodžio 11 d., penktadienį, 15:00 man tinka.\n\nPagarbiai\nSam",
		picked: utc("20261211T130000Z"),
	},
	{
		// Latvian: "plkst. 14:00", "2026. gada 10. decembrī", SIA.
		lang: "lv", offset: "+02:00",
		from: "liga.berzina@daugavasoft.example", name: "Līga Bērziņa",
		subject: "Uzaicinājums uz darba interviju – Senior Java izstrādātājs",
		invite: "Labdien, Sam!\n\nPaldies par Jūsu pieteikumu Senior Java izstrādātāja amatam uzņēmumā Daugava Soft. " +
			"Vēlamies Jūs aicināt uz darba interviju, kas notiks ceturtdien, 2026. gada 10. decembrī, plkst. 14:00 mūsu " +
			"birojā Rīgā, Brīvības ielā 100.\n\nIntervija ilgs aptuveni stundu. Lūdzu, apstipriniet savu dalību, atbildot " +
			"uz šo e-pastu.\n\nAr cieņu\nLīga Bērziņa\nPersonāla atlases speciāliste | SIA Daugava Soft",
		start: utc("20261210T120000Z"), company: "Daugava Soft",
		rejection: "Labdien, Sam!\n\nPaldies par Jūsu laiku un interesi par darbu mūsu uzņēmumā. Diemžēl pēc rūpīgas " +
			"izvērtēšanas esam nolēmuši turpināt atlasi ar citu kandidātu, kura pieredze labāk atbilst komandas " +
			"vajadzībām.\n\nNovēlam veiksmi darba meklējumos!\n\nAr cieņu\nLīga Bērziņa",
		cancellation: "Labdien, Sam!\n\nDiemžēl amata atlase ir apturēta, tāpēc 10. decembrī plānotā intervija tiek " +
			"atcelta. Atvainojamies par sagādātajām neērtībām.\n\nAr cieņu\nLīga Bērziņa",
		proposer: "janis.kalnins@gaujalabs.example", proposerName: "Jānis Kalniņš",
		proposalSubject: "Intervija – DevOps inženieris",
		proposal: "Sveiki, Sam!\n\nPaldies par pieteikumu DevOps inženiera amatam. Vēlētos ar Jums sarunāt īsu " +
			"tiešsaistes interviju Teams. Vai Jums būtu ērts kāds no šiem laikiem?\n\n- ceturtdien, 10. decembrī, plkst. 10:00\n" +
			"- piektdien, 11. decembrī, plkst. 15:00\n\nLūdzu, dariet zināmu, kurš laiks Jums der.\n\nAr cieņu\n" +
			"Jānis Kalniņš\nGauja Labs",
		answer: "Labdien, Jāni!\n\nPaldies, piektdien, 11. decembrī, plkst. 15:00 man der.\n\nAr cieņu\nSam",
		picked: utc("20261211T130000Z"),
	},
	{
		// Estonian: "kell 14.00", the formal Teie, an OÜ.
		lang: "et", offset: "+02:00",
		from: "kadri.tamm@emajoesoft.example", name: "Kadri Tamm",
		subject: "Kutse tööintervjuule – Senior Java arendaja",
		invite: "Tere, Sam!\n\nTäname Teid kandideerimast Emajõe Softi Senior Java arendaja ametikohale. Soovime Teid " +
			"kutsuda tööintervjuule, mis toimub neljapäeval, 10. detsembril 2026 kell 14.00 meie Tartu kontoris " +
			"(Riia 142).\n\nIntervjuu kestab umbes tund aega. Palume oma osalemist kinnitada vastuskirjaga.\n\n" +
			"Lugupidamisega\nKadri Tamm\nPersonalijuht | Emajõe Soft OÜ",
		start: utc("20261210T120000Z"), company: "Emajõe Soft",
		rejection: "Tere, Sam!\n\nTäname Teid aja ja huvi eest meie ettevõtte vastu. Kahjuks peame teatama, et otsustasime " +
			"jätkata teise kandidaadiga, kelle kogemus vastab paremini meie meeskonna vajadustele.\n\nSoovime Teile edu " +
			"edaspidisel tööotsingul!\n\nLugupidamisega\nKadri Tamm",
		cancellation: "Tere, Sam!\n\nKahjuks on värbamine sellele ametikohale peatatud ning 10. detsembriks planeeritud " +
			"intervjuu jääb ära. Vabandame ebamugavuste pärast.\n\nLugupidamisega\nKadri Tamm",
		proposer: "mart.kask@toomelabs.example", proposerName: "Mart Kask",
		proposalSubject: "Tööintervjuu – DevOps insener",
		proposal: "Tere, Sam!\n\nAitäh kandideerimast DevOps inseneri kohale. Sooviksime Teiega kokku leppida lühikese " +
			"veebiintervjuu Teamsis. Kas mõni neist aegadest sobiks Teile?\n\n- neljapäev, 10. detsember kell 10.00\n" +
			"- reede, 11. detsember kell 15.30\n\nPalun andke teada, milline aeg Teile sobib.\n\nParimat\nMart Kask\nToome Labs",
		answer: "Tere, Mart!\n\nAitäh, reede, 11. detsember kell 15.30 sobib mulle hästi.\n\nParimate soovidega\nSam",
		picked: utc("20261211T133000Z"),
	},
	{
		// Japanese: the set phrases of 新卒/中途 hiring mail (お世話に
		// なっております, ご期待に添いかねる結果, 中止とさせていただきます),
		// 日本時間.
		lang: "ja", offset: "+09:00",
		from: "saito.yui@aoba-sol.example", name: "株式会社アオバソリューションズ 採用担当",
		subject: "【アオバソリューションズ】一次面接のご案内",
		invite: "Sam Rivera様\n\nお世話になっております。\n株式会社アオバソリューションズ 人事部の斎藤です。\n\n" +
			"この度はバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n書類選考の結果、ぜひ一次面接に" +
			"お越しいただきたく、ご連絡いたしました。\n\n■日時：2026年12月10日（木）15:00〜16:00（日本時間）\n" +
			"■形式：オンライン（Zoom）\n\nお手数ですが、ご都合をご返信いただけますと幸いです。\n\n何卒よろしくお願いいたします。\n\n" +
			"株式会社アオバソリューションズ\n人事部 採用担当\n斎藤 結衣",
		start: utc("20261210T060000Z"),
		rejection: "Sam Rivera様\n\nお世話になっております。株式会社アオバソリューションズ採用担当の斎藤です。\n\n" +
			"先日はお忙しい中、面接にお越しいただき誠にありがとうございました。\n慎重に選考を進めました結果、誠に残念ながら、" +
			"今回はご期待に添いかねる結果となりました。\n\nSam様の今後のご活躍を心よりお祈り申し上げます。\n\n斎藤 結衣",
		cancellation: "Sam Rivera様\n\nお世話になっております。株式会社アオバソリューションズの斎藤です。\n\n" +
			"大変申し訳ございませんが、社内事情により本ポジションの募集を一時停止することとなり、12月10日（木）に予定して" +
			"おりました一次面接は中止とさせていただきます。\n\nご迷惑をおかけし、誠に申し訳ございません。\n\n斎藤 結衣",
		proposer: "tanaka.kenji@sakura-cloud.example", proposerName: "田中 健二",
		proposalSubject: "面接日程調整のお願い – DevOpsエンジニア",
		proposal: "Sam様\n\nこの度はDevOpsエンジニア職にご応募いただき、ありがとうございます。\nさくらクラウド株式会社 " +
			"採用担当の田中です。\n\nオンライン面接（45分程度）の日程につきまして、以下の候補日時からご都合のよいものを" +
			"お知らせいただけますでしょうか。\n\n・12月10日（木）10:00〜10:45（日本時間）\n・12月11日（金）14:00〜14:45（日本時間）\n\n" +
			"よろしくお願いいたします。\n\n田中 健二",
		answer: "田中様\n\nご連絡ありがとうございます。\n以下の日程でお願いいたします。\n・12月11日（金）14:00〜14:45\n\n" +
			"よろしくお願いいたします。\nSam Rivera",
		picked: utc("20261211T050000Z"),
	},
	{
		// Chinese, simplified: Beijing time, 腾讯会议, the talent pool
		// that closes a no.
		lang: "zh", offset: "+08:00",
		from: "wang.fang@yunshan-tech.example", name: "云杉科技招聘",
		subject: "面试邀请 – 后端开发工程师（云杉科技）",
		invite: "Sam 您好：\n\n感谢您对云杉科技后端开发工程师职位的关注。经过简历筛选，我们诚挚地邀请您参加技术面试，" +
			"具体安排如下：\n\n面试时间：2026年12月10日（周四）15:00-16:00（北京时间）\n面试方式：腾讯会议（会议号稍后发送）\n\n" +
			"请您收到邮件后回复确认是否可以参加。\n\n祝好！\n王芳\n云杉科技 招聘团队",
		start: utc("20261210T070000Z"),
		rejection: "Sam 您好：\n\n感谢您抽出宝贵时间参加我们的面试。经过慎重考虑，很遗憾地通知您，您的背景与该职位目前的" +
			"需求暂不匹配，我们决定不再推进您的申请。\n\n我们已将您的简历纳入人才库，如有合适的机会会再与您联系。祝您求职顺利！\n\n" +
			"王芳\n云杉科技 招聘团队",
		cancellation: "Sam 您好：\n\n非常抱歉地通知您，由于该职位招聘计划调整，原定于12月10日的面试取消。给您带来的不便，" +
			"敬请谅解。\n\n王芳\n云杉科技 招聘团队",
		proposer: "li.wei@beichen-data.example", proposerName: "李伟",
		proposalSubject: "面试时间确认 – 运维开发工程师",
		proposal: "Sam 你好，\n\n感谢投递我们的运维开发工程师岗位。我们想约你进行一次线上面试（约45分钟），以下时间你看" +
			"哪个方便？\n\n1. 12月10日（周四）上午10点（北京时间）\n2. 12月11日（周五）下午2点半（北京时间）\n\n请回复告知，谢谢！\n\n李伟\n北辰数据",
		answer: "李伟你好，\n\n谢谢！12月11日（周五）下午2点半，我可以，到时见。\n\nSam",
		picked: utc("20261211T063000Z"),
	},
	{
		// Chinese, traditional, as Taipei writes it: 台灣時間, 錄取,
		// 人才資料庫, 敬祝 順心.
		lang: "zh-Hant", offset: "+08:00",
		from: "chen.yating@chenxi-soft.example", name: "晨曦軟體股份有限公司",
		subject: "面試邀請 – 韌體工程師",
		invite: "Sam 您好：\n\n感謝您應徵晨曦軟體韌體工程師一職。誠摯邀請您參加第一階段面試，相關資訊如下：\n\n" +
			"面試時間：2026年12月10日（星期四）14:00～15:00（台灣時間）\n面試地點：台北市內湖區瑞光路123號8樓\n\n" +
			"敬請回覆確認是否出席，謝謝。\n\n陳雅婷\n晨曦軟體股份有限公司 人資部",
		start: utc("20261210T060000Z"),
		rejection: "Sam 您好：\n\n感謝您撥冗參加本公司的面試。經審慎評估後，很遺憾通知您，本次未能錄取。我們會將您的資料" +
			"保留於人才資料庫中，未來若有適合的職缺將再與您聯繫。\n\n敬祝 順心\n\n陳雅婷",
		cancellation: "Sam 您好：\n\n很抱歉通知您，因職缺需求調整，原訂12月10日的面試取消。造成您的不便，敬請見諒。\n\n陳雅婷",
		proposer:     "lin.zhiming@yushan-data.example", proposerName: "林志明",
		proposalSubject: "面試時間安排 – 資料工程師",
		proposal: "Sam 您好，\n\n感謝您應徵資料工程師職缺。想與您安排一場線上面試（約45分鐘），請問以下時段您是否方便？\n\n" +
			"- 12月10日（四）上午10點（台灣時間）\n- 12月11日（五）下午3點（台灣時間）\n\n再麻煩回覆方便的時段，謝謝！\n\n林志明\n玉山數據",
		answer: "林先生您好，\n\n謝謝您的安排，12月11日（五）下午3點，我可以準時出席。\n\nSam",
		picked: utc("20261211T070000Z"),
	},
	{
		// Korean: 한국 시간, 오후 3시, the polite 합쇼체 of 채용 mail and
		// its "아쉽게도 이번에는 함께하지 못하게".
		lang: "ko", offset: "+09:00",
		from: "park.jiwoo@hangangsoft.example", name: "한강소프트 인사팀",
		subject: "[한강소프트] 백엔드 개발자 1차 면접 안내",
		invite: "안녕하세요, Sam Rivera님.\n한강소프트 인사팀 박지우입니다.\n\n먼저 한강소프트 백엔드 개발자 포지션에 지원해 " +
			"주셔서 감사합니다.\n서류 전형에 합격하셔서 1차 면접 일정을 안내드립니다.\n\n" +
			"- 일시: 2026년 12월 10일 (목) 오후 3시 ~ 4시 (한국시간)\n- 장소: 서울시 강남구 테헤란로 123, 8층\n\n" +
			"참석 가능 여부를 회신 부탁드립니다.\n\n감사합니다.\n박지우 드림",
		start: utc("20261210T060000Z"),
		rejection: "안녕하세요, Sam님.\n한강소프트 인사팀 박지우입니다.\n\n바쁘신 와중에 면접에 참여해 주셔서 진심으로 " +
			"감사드립니다.\n신중한 검토 끝에 아쉽게도 이번에는 함께하지 못하게 되었음을 알려드립니다.\n\n" +
			"Sam님의 앞날에 좋은 일이 가득하기를 바랍니다.\n\n박지우 드림",
		cancellation: "안녕하세요, Sam님.\n\n내부 사정으로 해당 포지션의 채용이 잠정 보류되어, 12월 10일로 예정되었던 " +
			"1차 면접이 취소되었음을 안내드립니다. 불편을 드려 대단히 죄송합니다.\n\n박지우 드림",
		proposer: "lee.minho@badalabs.example", proposerName: "이민호",
		proposalSubject: "[바다랩스] 데브옵스 엔지니어 면접 일정 조율",
		proposal: "안녕하세요, Sam님.\n바다랩스 채용 담당 이민호입니다.\n\n화상 면접(약 45분) 일정을 잡고자 합니다. " +
			"아래 일정 중 편하신 시간을 알려주시면 감사하겠습니다.\n\n1) 12월 10일 (목) 오전 10시 (한국시간)\n2) 12월 11일 (금) 오후 2시 (한국시간)\n\n" +
			"감사합니다.\n이민호 드림",
		answer: "안녕하세요, 이민호님.\n\n12월 11일 (금) 오후 2시 가능합니다. 그때 뵙겠습니다.\n\n감사합니다.\nSam 드림",
		picked: utc("20261211T050000Z"),
	},
}

// at is a time of the employer's day, with its offset.
func (lm langMail) at(t string) string {
	return t + cmp.Or(lm.offset, "+01:00")
}

// invitation is lm's invitation, sent on 30 November.
func (lm langMail) invitation() mail.Message {
	m := textMessage("inv-"+lm.lang+"@"+domainOfTest(lm.from), lm.at("2026-11-30T09:12:00"), lm.from, lm.subject, lm.invite)
	m.From[0].Name = lm.name
	return m
}

// TestLanguagesInvitation: each language's invitation is an interview at
// its minute, with its employer.
func TestLanguagesInvitation(t *testing.T) {
	for _, lm := range langMails {
		t.Run(lm.lang, func(t *testing.T) {
			ivs := interview.Build([]mail.Message{lm.invitation()}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("%d interviews, want 1", len(ivs))
			}
			if iv := ivs[0]; !iv.Start.Equal(lm.start) || lm.company != "" && iv.Company != lm.company {
				t.Errorf("at %s with %q, want %s with %q (%s)", iv.Start.UTC(), iv.Company, lm.start, lm.company, iv.Evidence)
			}
		})
	}
}

// TestLanguagesOutcome: the employer's no after the interview, and a
// notice that calls it off, each in the invitation's thread.
func TestLanguagesOutcome(t *testing.T) {
	for _, lm := range langMails {
		for _, tc := range []struct {
			name, date, text string
			want             interview.Status
		}{
			{"rejection", lm.at("2026-12-14T10:05:00"), lm.rejection, interview.Rejected},
			{"cancellation", lm.at("2026-12-03T16:40:00"), lm.cancellation, interview.Cancelled},
		} {
			t.Run(lm.lang+"/"+tc.name, func(t *testing.T) {
				invite := lm.invitation()
				reply := inThread(textMessage(tc.name+"-"+lm.lang+"@"+domainOfTest(lm.from), tc.date, lm.from, "Re: "+lm.subject, tc.text), invite)
				reply.From[0].Name = lm.name
				ivs := interview.Build([]mail.Message{invite, reply}, nil, sampleConfig())
				if len(ivs) != 1 {
					t.Fatalf("%d interviews, want 1", len(ivs))
				}
				if ivs[0].Status != tc.want {
					t.Errorf("Status = %s (%s), want %s", ivs[0].Status, ivs[0].StatusReason, tc.want)
				}
			})
		}
	}
}

// TestLanguagesProposalTaken: times offered to choose from are no
// interview until the user's answer takes one.
func TestLanguagesProposalTaken(t *testing.T) {
	for _, lm := range langMails {
		t.Run(lm.lang, func(t *testing.T) {
			offer := textMessage("offer-"+lm.lang+"@"+domainOfTest(lm.proposer), lm.at("2026-11-27T11:20:00"), lm.proposer,
				lm.proposalSubject, lm.proposal)
			offer.From[0].Name = lm.proposerName
			pick := sentReply(offer, "pick-"+lm.lang+"@example.org", "2026-11-27T18:45:00+01:00")
			pick.Text = lm.answer
			checkStarts(t, []mail.Message{offer})
			checkStarts(t, []mail.Message{offer, pick}, lm.picked)
		})
	}
}

// TestKoreanInvitationMovedInKorean: a Korean recruiter's invitation (면접
// 안내, 일시 in KST), the user's English request for another day, and her
// Korean answer with the new time above Outlook's quote of that request:
// the interview is at the new time, whatever the quote says.
func TestKoreanInvitationMovedInKorean(t *testing.T) {
	const from = "seoyeon.kim@nurilabs.example"
	invite := textMessage("k1@nurilabs.example", "2026-11-26T01:14:00Z", from, "[누리랩스] 데이터 엔지니어 포지션 1차 면접 안내",
		"안녕하세요, Sam Rivera님.\n누리랩스 인사팀 김서연입니다.\n\n[1차 면접 안내]\n- 일시: 2026년 12월 3일 (목) 오후 4시 ~ 5시 (한국 시간, KST)\n- 방식: Zoom 화상 면접\n\n김서연 드림")
	ask := sentReply(invite, "k2@example.org", "2026-11-27T07:31:00Z")
	ask.Text = "Dear Seoyeon,\n\nUnfortunately Thursday 3 December at 8:00 my time collides with a release meeting. " +
		"Would Friday 4 December work instead?\n\nBest regards,\nSam"
	moved := inThread(textMessage("k3@nurilabs.example", "2026-11-27T07:48:00Z", from, "RE: [누리랩스] 데이터 엔지니어 포지션 1차 면접 안내 (일정 변경)",
		"Sam님, 안녕하세요.\n\n아래와 같이 일정을 변경하였습니다.\n\n[변경된 1차 면접 일정]\n- 일시: 2026년 12월 4일 (금) 오후 5시 ~ 6시 (KST)\n\n"+
			"김서연 드림\n\n-----Original Message-----\n보낸 사람: Sam Rivera <sam.rivera@example.org>\n보낸 날짜: 2026년 11월 27일 금요일 오후 4:31\n\n"+ask.Text),
		invite, ask)
	checkStarts(t, []mail.Message{invite, ask, moved}, utc("20261204T080000Z"))
}

// TestFinnishFounderMovesToTomorrow: a founder writes from Gmail
// "Ehtisitkö jutella puhelimessa huomenna klo 9?", the user agrees, and on
// the morning he asks "Siirretäänkö huomiseen samaan aikaan?": the call
// moves a day, at its hour. His signature's "Co-founder, CTO" is two
// titles, no company.
func TestFinnishFounderMovesToTomorrow(t *testing.T) {
	const from = "antti.makela.fi@gmail.com"
	ask := textMessage("f1@mail.gmail.com", "2026-12-09T20:12:00+02:00", from, "Hakemuksesi: Embedded-kehittäjä / Kuura Robotics",
		"Moi Sam,\n\nkiitos hakemuksesta! Ehtisitkö jutella puhelimessa huomenna klo 9?\n\n-Antti\n\n--\nAntti Mäkelä\nCo-founder, CTO\nKuura Robotics Oy")
	yes := sentReply(ask, "f2@example.org", "2026-12-09T18:41:00Z")
	yes.Text = "Moi Antti,\n\nsopii hyvin, huomenna klo 9.\n\nSam"
	move := inThread(textMessage("f3@mail.gmail.com", "2026-12-10T07:48:00+02:00", from, "Re: Hakemuksesi: Embedded-kehittäjä / Kuura Robotics",
		"Sori Sam, mulle tuli aamuksi yllättävä asiakaspalaveri. Siirretäänkö huomiseen samaan aikaan? Soitan numerosta 040 718 2290.\n\n-Antti"), ask, yes)
	ok := sentReply(move, "f4@example.org", "2026-12-10T06:05:00Z")
	ok.Text = "Sopii, kuulemiin huomenna!\n\nSam"
	msgs := []mail.Message{ask, yes, move, ok}
	checkStarts(t, msgs, utc("20261211T070000Z"))
	for _, iv := range interview.Build(msgs, nil, sampleConfig()) {
		if iv.Company == "CTO" {
			t.Errorf("Company = %q: a title", iv.Company)
		}
	}
}

// TestFinnishSystemsChangeNotice: Varbi's notice that a Finnish town
// changed the interview gives the new time and says the earlier one "on
// peruttu" (is cancelled): a move, not a cancellation, on Helsinki's
// clock though the system's server stamps +01:00.
func TestFinnishSystemsChangeNotice(t *testing.T) {
	const from = "no-reply@varbi.com"
	invite := namedMessage("v1@mail.varbi.com", "2026-12-14T14:06:51+01:00", "Pohjoisrannan kaupunki", from, "Kutsu haastatteluun: Tietoarkkitehti (PR-2026-0412)",
		"Hei Sam Rivera,\n\nkutsumme sinut haastatteluun tehtävään Tietoarkkitehti (PR-2026-0412).\n\nAika: keskiviikko 13.1.2027 klo 10.00–11.00\nPaikka: Kaupungintalo, Torikatu 5, 2. krs\n\nYstävällisin terveisin\nPohjoisrannan kaupunki")
	change := namedMessage("v2@mail.varbi.com", "2026-12-21T08:31:26+01:00", "Pohjoisrannan kaupunki", from, "Muutos haastatteluaikaan: Tietoarkkitehti (PR-2026-0412)",
		"Hei Sam Rivera,\n\nhaastatteluasi tehtävään Tietoarkkitehti (PR-2026-0412) on muutettu. Uudet tiedot:\n\nAika: torstai 14.1.2027 klo 13.15–14.15\nPaikka: Microsoft Teams\n\n"+
			"Aiempi haastatteluaika keskiviikkona 13.1.2027 klo 10.00 on peruttu.\n\nYstävällisin terveisin\nPohjoisrannan kaupunki")
	ivs := interview.Build([]mail.Message{invite, change}, nil, sampleConfig())
	wantOneAt(t, ivs, "20270114T111500Z")
	if len(ivs) == 1 && ivs[0].Status != interview.Scheduled {
		t.Errorf("Status = %s (%s), want scheduled", ivs[0].Status, ivs[0].StatusReason)
	}
}

// TestLanguagesInvitationMoved: the employer of each language's
// invitation moves it, in the invitation's thread, to Friday at another
// hour, as its recruiters write it: "переносим собеседование на пятницу",
// "日程を下記の通り変更させていただきたく", "改期至", "일정을 아래와 같이 변경",
// "moramo pomaknuti razgovor", "turime perkelti", "lükkame edasi". The
// interview is at the new time, on the employer's clock.
func TestLanguagesInvitationMoved(t *testing.T) {
	tests := []struct {
		lang, text string
		want       time.Time
	}{
		{"ru", "Здравствуйте, Сэм!\n\nУ технического интервьюера изменились планы, поэтому переносим собеседование на " +
			"пятницу, 11 декабря, 12:00 (МСК). Ссылка на Телемост остаётся прежней.\n\nС уважением,\nЕкатерина Смирнова",
			utc("20261211T090000Z")},
		{"uk", "Доброго дня, Саме!\n\nНаш техлід захворів, тож ми перенесли співбесіду на пʼятницю, 11 грудня, о 10:30 " +
			"(за київським часом). Посилання на Google Meet те саме.\n\nЗ повагою,\nОлена Коваленко",
			utc("20261211T083000Z")},
		{"ja", "Sam Rivera様\n\nお世話になっております。アオバソリューションズの斎藤です。\n\n面接官の都合により、大変恐縮ですが" +
			"一次面接の日程を下記の通り変更させていただきたく存じます。\n\n■変更後の日時：2026年12月11日（金）11:00〜12:00（日本時間）\n\n" +
			"ZoomのURLに変更はございません。\nご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。\n\n斎藤 結衣",
			utc("20261211T020000Z")},
		{"zh", "Sam 您好：\n\n因面试官临时出差，原定于12月10日的技术面试需改期至12月11日（周五）16:00-17:00（北京时间），" +
			"腾讯会议号不变。给您带来不便，敬请谅解。\n\n王芳\n云杉科技 招聘团队",
			utc("20261211T080000Z")},
		{"ko", "안녕하세요, Sam님.\n한강소프트 인사팀 박지우입니다.\n\n면접관 일정으로 인해 부득이하게 1차 면접 일정을 아래와 같이 " +
			"변경하게 되었습니다.\n\n- 변경 일시: 2026년 12월 11일 (금) 오전 11시 ~ 12시 (한국시간)\n\n불편을 드려 죄송합니다.\n\n박지우 드림",
			utc("20261211T020000Z")},
		{"hr", "Poštovani gospodine Rivera,\n\nzbog obveza voditelja tima moramo pomaknuti razgovor. Razgovor će se umjesto " +
			"u četvrtak održati u petak, 11. prosinca 2026. u 9:30 sati, na istoj adresi.\n\nIspričavamo se zbog promjene.\n\n" +
			"Lijep pozdrav,\nIvana Babić",
			utc("20261211T083000Z")},
		{"lt", "Laba diena, Sam,\n\ndėl netikėtų aplinkybių turime perkelti Jūsų darbo pokalbį. Naujas laikas – gruodžio 11 d. " +
			"(penktadienį) 10 val., toje pačioje vietoje.\n\nAtsiprašome už nepatogumus.\n\nPagarbiai\nRūta Kazlauskienė",
			utc("20261211T080000Z")},
		{"et", "Tere, Sam!\n\nMeie arendusjuht on neljapäeval kahjuks haige, seega lükkame tööintervjuu edasi. Uus aeg " +
			"on reedel, 11. detsembril kell 11.00. Asukoht jääb samaks.\n\nVabandame ebamugavuste pärast!\n\nLugupidamisega\nKadri Tamm",
			utc("20261211T090000Z")},
		{"bg", "Здравейте, г-н Ривера,\n\nПоради служебен ангажимент на прекия ръководител се налага да преместим интервюто. " +
			"Новият час е петък, 11 декември, от 10:00 ч. на същия адрес.\n\nПоздрави,\nМария Иванова",
			utc("20261211T080000Z")},
		{"lv", "Labdien, Sam!\n\nDiemžēl nākas pārcelt darba interviju. Jaunais laiks: piektdien, 11. decembrī, plkst. 9:00, " +
			"tajā pašā birojā.\n\nAr cieņu\nLīga Bērziņa",
			utc("20261211T070000Z")},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			i := slices.IndexFunc(langMails, func(lm langMail) bool { return lm.lang == tc.lang })
			if i < 0 {
				t.Fatalf("no langMail %q", tc.lang)
			}
			lm := langMails[i]
			invite := lm.invitation()
			move := inThread(textMessage("move-"+lm.lang+"@"+domainOfTest(lm.from), lm.at("2026-12-03T10:15:00"), lm.from,
				"Re: "+lm.subject, tc.text), invite)
			move.From[0].Name = lm.name
			checkStarts(t, []mail.Message{invite, move}, tc.want)
		})
	}
}
