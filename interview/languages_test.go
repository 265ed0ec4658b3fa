package interview_test

import (
	"cmp"
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
	company                     string
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
			if iv := ivs[0]; !iv.Start.Equal(lm.start) || iv.Company != lm.company {
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
