package interview

import (
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/followupd/followupd/mail"
)

// Config is what detection needs to know about the user.
type Config struct {
	// Keywords are interview words in every language the user reads,
	// matched lower-case on word boundaries. Empty means DefaultKeywords.
	Keywords []string
	// IgnoreSenders are addresses ("news@example.com") or whole domains
	// ("@example.com", which also covers its subdomains).
	IgnoreSenders []string
	// Me are the user's own addresses, lower-cased: the job-search address
	// and aliases such as the work address at the current employer.
	Me []string
	// Names are the user's own names ("Sam Rivera"): never a company,
	// although calendar titles name the candidate ("Interview: Backend
	// Engineer – Sam Rivera").
	Names []string
	// Location is the user's zone: floating times in calendars and the
	// fallback for dates in text. Nil means UTC.
	Location *time.Location
	// IgnoreAuthResults turns off the check of the user's server's
	// Authentication-Results (mail.Summary.AuthFailure): by default a
	// message that failed DMARC or DKIM for its From domain is not taken
	// as anyone's word about an interview.
	IgnoreAuthResults bool
}

// defaultKeywords is DefaultKeywords made once: keywords is asked for every
// message of a scan.
var defaultKeywords = DefaultKeywords()

func (cfg Config) keywords() []string {
	if len(cfg.Keywords) == 0 {
		return defaultKeywords
	}
	return cfg.Keywords
}

func (cfg Config) location() *time.Location {
	if cfg.Location == nil {
		return time.UTC
	}
	return cfg.Location
}

// isMe reports whether addr is one of the user's addresses.
func (cfg Config) isMe(addr string) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if addr == "" {
		return false
	}
	for _, me := range cfg.Me {
		if strings.ToLower(strings.TrimSpace(me)) == addr {
			return true
		}
	}
	return false
}

// ownDomain reports whether domain is the domain of one of the user's
// addresses. Freemail domains never count: a gmail.com user does not work
// with everyone at gmail.com.
func (cfg Config) ownDomain(domain string) bool {
	if domain == "" || isFreemail(domain) {
		return false
	}
	for _, me := range cfg.Me {
		if orgDomain(domainOf(me)) == orgDomain(domain) {
			return true
		}
	}
	return false
}

// workAddressOnly returns the organisation's domain of the user's work
// address when m reaches the user only there: at an address of another
// domain than the first of cfg.Me (the one the job search uses), not
// freemail. A customer's follow-up call, a supplier's demo, a sales call
// booked from the work calendar come there; the job search does not.
func (cfg Config) workAddressOnly(m *mail.Message) string {
	if len(cfg.Me) < 2 {
		return ""
	}
	primary := strings.ToLower(domainOf(cfg.Me[0]))
	work := ""
	for _, list := range [][]mail.Address{m.To, m.Cc} {
		for _, a := range list {
			if !cfg.isMe(a.Email) {
				continue
			}
			d := strings.ToLower(domainOf(a.Email))
			if d == primary || isFreemail(d) {
				return ""
			}
			work = orgDomain(d)
		}
	}
	return work
}

// currentJobOnly is workAddressOnly for mail the user did not write and
// did not answer from the job search's address: a recruiter who found
// the work address ("sam@globex.example") and was answered from the
// private one is the job search's, whatever address it first wrote to.
func (cfg Config) currentJobOnly(m *mail.Message, answeredPrivately bool) string {
	if answeredPrivately || cfg.isMe(firstAddress(m.From)) {
		return ""
	}
	return cfg.workAddressOnly(m)
}

// searchAddress reports one of the user's addresses that the job search
// uses: at the first address's domain, or a freemail one.
func (cfg Config) searchAddress(addr string) bool {
	if !cfg.isMe(addr) || len(cfg.Me) == 0 {
		return false
	}
	d := strings.ToLower(domainOf(addr))
	return d == strings.ToLower(domainOf(cfg.Me[0])) || isFreemail(d)
}

// addressDomain reports a domain that is exactly the domain of one of
// the user's addresses, not a freemail provider's.
func (cfg Config) addressDomain(domain string) bool {
	if domain == "" || isFreemail(domain) {
		return false
	}
	for _, me := range cfg.Me {
		if strings.EqualFold(domainOf(me), domain) {
			return true
		}
	}
	return false
}

// ignored reports whether the sender is on the user's deny list.
func (cfg Config) ignored(addr string) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if addr == "" {
		return false
	}
	for _, ig := range cfg.IgnoreSenders {
		ig = strings.ToLower(strings.TrimSpace(ig))
		switch {
		case ig == "":
		case strings.HasPrefix(ig, "@"):
			if domainMatches(domainOf(addr), ig[1:]) {
				return true
			}
		case ig == addr:
			return true
		}
	}
	return false
}

// domainOf returns the lower-cased domain of an address, or "".
func domainOf(addr string) string { return mail.DomainOf(addr) }

// domainMatches reports whether d is base or one of its subdomains.
func domainMatches(d, base string) bool {
	return d != "" && base != "" && (d == base || strings.HasSuffix(d, "."+base))
}

// orgDomain returns the registrable domain ("mail.initech.co.uk" →
// "initech.co.uk"): people of one organisation write from its subdomains.
func orgDomain(d string) string {
	if d == "" {
		return ""
	}
	if v, ok := orgDomains.Load(d); ok {
		return v.(string)
	}
	org := d
	if reg, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil {
		org = reg
	}
	// Microsoft 365 gives every organisation a domain of its own under
	// onmicrosoft.com, which Bookings and shared mailboxes send from
	// ("wistula.onmicrosoft.com"); the public suffix list does not
	// list it, so that the tenant's label would be lost.
	for _, host := range tenantHosts {
		if strings.HasSuffix(d, "."+host) {
			rest := strings.TrimSuffix(d, "."+host)
			org = rest[strings.LastIndexByte(rest, '.')+1:] + "." + host
		}
	}
	orgDomains.Store(d, org)
	return org
}

// tenantHosts are domains under which each organisation gets a name of
// its own, as under a public suffix.
var tenantHosts = []string{"onmicrosoft.com", "mail.onmicrosoft.com"}

// orgDomains caches orgDomain: a build asks it for every message's sender
// once per interview, and a mailbox has few distinct domains.
var orgDomains sync.Map

// domainSet answers "is d one of these domains or below one of them" with
// one map lookup per label of d: Candidate asks it for every address of
// every new message, thousands of times on a first pass.
type domainSet map[string]bool

func newDomainSet(list []string) domainSet {
	set := make(domainSet, len(list))
	for _, d := range list {
		set[d] = true
	}
	return set
}

func (set domainSet) has(d string) bool {
	for d != "" {
		if set[d] {
			return true
		}
		_, rest, ok := strings.Cut(d, ".")
		if !ok {
			return false
		}
		d = rest
	}
	return false
}

// Scheduling systems and applicant tracking systems: they write on behalf
// of a company, so their domain never names the company.
var vendorDomains = []string{
	"greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com",
	"ashbyhq.com", "calendly.com", "goodtime.io", "smartrecruiters.com", "icims.com",
	"jobvite.com", "teamtailor.com", "teamtailor-mail.com", "workable.com", "workablemail.com",
	"recruitee.com", "personio.de", "personio.com", "bamboohr.com", "successfactors.com",
	"successfactors.eu", "taleo.net", "breezy.hr", "applytojob.com", "jazzhr.com", "join.com",
	"softgarden.de", "softgarden.io", "rippling.com", "gem.com", "modernloop.io",
	"prelude.co", "paradox.ai", "hirevue.com", "cronofy.com", "doodle.com", "zoom.us",
	"cal.com", "zohorecruit.com", "zohorecruit.eu", "zohorecruit.in", "pinpointhq.com", "comeet.co",
	"hibob.com", "freshteam.com", "manatal.com", "homerun.co", "factorialhr.com", "kenjo.io",
	"dvinci-easy.com", "dvinci-hr.com", "dvinci.de", "concludis.de", "onlyfy.jobs", "umantis.com", "avature.net", "beamery.com",
	// Oracle Recruiting Cloud (its hosts are the tenant's under
	// oraclecloud.com), SAP SuccessFactors' EU hosts, assessment games,
	// and the hourly-hiring systems of shops and restaurants.
	"oraclecloud.com", "sapsf.eu", "sapsf.com", "pymetrics.ai", "arcticshores.com", "harri.com", "fountain.com",
	"workstream.us", "workstream.is", "higherme.com", "hireology.com", "apploi.com", "talentreef.com",
	"sparkhire.com", "willo.video", "vidcruiter.com", "hireflix.com", "myinterview.com",
	"savvycal.com", "youcanbook.me", "zcal.co", "webex.com", "bookings.microsoft.com", "gupy.io",
	"myworkdayjobs.com",
	// The UK's and Ireland's public and large employers' systems
	// (Oleeo sends from tal.net), Latin America's, and more of the
	// German-speaking countries'.
	"tal.net", "oleeo.com", "tribepad.com", "jobtrain.co.uk", "eploy.co.uk", "networxrecruitment.com",
	"trac.jobs", "buk.cl", "kenoby.com", "solides.com.br", "pandape.com", "bizneohr.com",
	"prescreen.io", "jobbase.io",
	// More booking links people send: Reclaim's, Clockwise's, Chili
	// Piper's, OnceHub's, Acuity's, TidyCal's, HubSpot's meetings.
	"reclaim.ai", "getclockwise.com", "chilipiper.com", "oncehub.com", "acuityscheduling.com", "tidycal.com",
	"meetings.hubspot.com",
	// The Nordic and Central European systems.
	"webcruiter.no", "webcruiter.com", "varbi.com", "jobylon.com", "reachmee.com", "hr-manager.net",
	"recman.no", "emply.com", "emply.net", "talentech.com", "teamio.com", "recruitis.io", "erecruiter.pl",
	"traffit.com", "jobadder.com", "pageuppeople.com", "pageup.com.au", "sonru.com", "recright.com",
	"rexx-recruitment.com", "rexx-systems.com",
	// Asia-Pacific's: Japan's HERP and HRMOS, India's Darwinbox and
	// Keka, Australia's LiveHire and Employment Hero.
	"herp.cloud", "herp.co.jp", "hrmos.co", "talentio.com", "darwinbox.in", "darwinbox.com", "keka.com",
	"livehire.com", "employmenthero.com", "eightfold.ai",
	// Public services' own hiring systems, writing for each trust,
	// department or agency that hires through them.
	"jobs.nhs.uk", "trac.jobs", "civilservicejobs.service.gov.uk", "usajobs.gov", "interamt.de", "publicjobs.ie",
	"jobs.gc.ca", "apsjobs.gov.au",
	// GOV.UK Notify, the mailer the UK's public services send through:
	// "NHS Jobs <nhs.jobs@notifications.service.gov.uk>".
	"notifications.service.gov.uk",
	// North America's public employers, schools and universities:
	// NEOGOV's GovernmentJobs and SchoolJobs, USA Staffing, Frontline's
	// AppliTrack, PeopleAdmin, Interfolio, JobAps.
	"governmentjobs.com", "schooljobs.com", "neogov.com", "usastaffing.gov", "applitrack.com",
	"frontlineeducation.com", "peopleadmin.com", "interfolio.com", "jobaps.com",
	// Finland's municipalities and state, Norway's universities and
	// public bodies.
	"kuntarekry.fi", "valtiolle.fi", "sarastiarekry.fi", "jobbnorge.no",
}

// Calendar systems send invitations on behalf of their users. Only their
// service hosts are listed: people at google.com or microsoft.com are
// employers' people like any others (one may well interview there), and
// calendar-notification@google.com is caught as a no-reply address.
var calendarDomains = []string{
	"calendar.google.com", // also resource. and group.calendar.google.com
	"calendar.icloud.com", "outlook.office365.com", "calendar.yahoo.com",
}

// Freemail providers: the address is a person's, not an organisation's.
var freemailDomains = []string{
	"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.de", "live.com",
	"msn.com", "yahoo.com", "yahoo.de", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com",
	"mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de",
	"t-online.de", "freenet.de", "posteo.de", "mailbox.org", "proton.me", "protonmail.com",
	"pm.me", "tutanota.com", "tuta.io", "fastmail.com", "hey.com", "mail.com", "yandex.com",
	"yandex.ru", "zoho.com", "orange.fr", "free.fr", "libero.it", "qq.com", "163.com",
	// Internet providers' and national mail services' addresses, which
	// people keep for years: "jdewit1979@ziggo.nl" is Joost's, not an
	// organisation called Ziggo.
	"ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl", "xs4all.nl", "telenet.be", "skynet.be",
	"proximus.be", "sfr.fr", "laposte.net", "wanadoo.fr", "bbox.fr", "alice.it", "tiscali.it", "virgilio.it",
	"tin.it", "bluewin.ch", "sunrise.ch", "btinternet.com", "virginmedia.com", "sky.com", "talktalk.net",
	"eircom.net", "o2.pl", "wp.pl", "onet.pl", "interia.pl", "seznam.cz", "centrum.cz", "email.cz", "telia.com",
	"online.no", "arcor.de", "vodafone.de", "kabelmail.de", "mail.ru", "rediffmail.com", "uol.com.br",
	"bol.com.br", "terra.com.br", "azet.sk", "abv.bg",
	"aon.at", "chello.at", "a1.net", "kabsi.at", "hispeed.ch", "telefonica.net", "movistar.es", "ono.com",
	"ig.com.br", "prodigy.net.mx", "ntlworld.com", "comhem.se", "bredband.net", "tele2.se", "get2net.dk",
	"mail.dk", "inbox.lv", "netcologne.de", "ewetel.net",
	// Portugal, Spain, Italy, Greece, Turkey, the Balkans, the Baltics,
	// Eastern Europe, Latin America and Asia, by their national services.
	"sapo.pt", "iol.pt", "clix.pt", "netcabo.pt", "meo.pt", "vodafone.pt", "yahoo.es", "hotmail.es", "terra.es",
	"alice.es", "hotmail.it", "yahoo.it", "email.it", "fastwebnet.it", "otenet.gr", "windowslive.com",
	"yahoo.gr", "hotmail.gr", "mynet.com", "hotmail.com.tr", "yandex.com.tr", "t-com.hr", "net.hr", "gmail.hr",
	"siol.net", "eunet.rs", "sbb.rs", "mail.bg", "dir.bg", "ukr.net", "i.ua", "meta.ua", "bigmir.net",
	"mail.ee", "hot.ee", "one.lt", "zebra.lv", "freemail.hu", "citromail.hu", "indamail.hu", "yahoo.ro",
	"hotmail.fr", "yahoo.fr", "live.fr", "outlook.fr", "hotmail.co.uk", "live.co.uk", "yahoo.com.br",
	"hotmail.com.br", "outlook.com.br", "yahoo.com.mx", "hotmail.com.ar", "yahoo.com.ar", "naver.com",
	"daum.net", "hanmail.net", "126.com", "sina.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp",
	"yahoo.co.in", "yahoo.com.sg", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
}

// Job boards send alerts; their domain names no employer either.
var jobBoardDomains = []string{
	"linkedin.com", "indeed.com", "glassdoor.com", "stepstone.de", "xing.com", "monster.com",
	"ziprecruiter.com", "dice.com", "wellfound.com", "otta.com", "welcometothejungle.com",
	"arbeitsagentur.de", "honeypot.io", "pracuj.pl", "jobs.cz", "finn.no", "jobindex.dk", "duunitori.fi",
	"infojobs.net", "jobteaser.com", "jobs.ch", "karriere.at",
	// Universities' career platforms, which book the employers' campus
	// interviews and send their confirmations ("Your interview with
	// Harrowgate Partners is confirmed" from Handshake).
	"joinhandshake.com", "12twenty.com", "symplicity.com", "gradleaders.com", "myinterfase.com",
	// Latin America, India, the Gulf, Australia and the UK: boards that
	// also pass on an employer's interview invitation.
	"computrabajo.com", "bumeran.com", "bumeran.com.ar", "bumeran.com.pe", "zonajobs.com.ar", "occ.com.mx",
	"elempleo.com", "infojobs.com.br", "catho.com.br", "vagas.com.br", "naukri.com", "foundit.in",
	"bayt.com", "seek.com.au", "seek.co.nz", "reed.co.uk", "totaljobs.com", "cv-library.co.uk", "apec.fr",
	"hellowork.com", "indeed.de", "indeed.fr", "indeed.co.uk", "indeed.es", "indeed.it", "indeed.nl",
	// Indeed relays the employer's messages from an address of its own:
	// "Lena Kowalski via Indeed <lenakowalski-3k8q2_x7f@indeedemail.com>".
	"indeedemail.com",
	// Freelance marketplaces relay a client's messages, interview
	// invitations and contract offers ("Melissa Grant from Harborview
	// Analytics sent you an offer") from their own addresses.
	"upwork.com", "freelancer.com", "peopleperhour.com", "fiverr.com", "malt.com", "malt.fr", "malt.de",
	"freelancermap.de", "freelancermap.com", "twago.de", "contra.com", "guru.com",
	// East and South-East Asia, where a board passes on the employer's
	// invitation in its own layout ("【BOSS直聘】您收到一个面试邀请：…").
	"zhipin.com", "51job.com", "zhaopin.com", "liepin.com", "lagou.com", "104.com.tw", "1111.com.tw",
	"yourator.co", "cakeresume.com", "cake.me", "jobsdb.com", "jobstreet.com", "jobstreet.com.my",
	"jobstreet.com.sg", "jobstreet.co.id", "kalibrr.com", "glints.com", "mycareersfuture.gov.sg",
	"saramin.co.kr", "jobkorea.co.kr", "wanted.co.kr", "rallit.com", "wantedly.com", "rikunabi.com",
	"mynavi.jp", "doda.jp", "en-japan.com", "bizreach.jp", "green-japan.com", "type.jp", "jobthai.com",
	"vietnamworks.com", "topcv.vn", "itviec.com", "timesjobs.com", "shine.com", "instahyre.com",
	"iimjobs.com", "hirist.tech", "cutshort.io", "internshala.com", "rozee.pk", "bdjobs.com",
	// The Middle East, Africa, Turkey and Eastern Europe.
	"gulftalent.com", "naukrigulf.com", "wuzzuf.net", "forasna.com", "alljobs.co.il", "drushim.co.il",
	"jobberman.com", "brightermonday.co.ke", "pnet.co.za", "careers24.com", "kariyer.net", "secretcv.com",
	"yenibiris.com", "hh.ru", "hh.kz", "superjob.ru", "rabota.ua", "robota.ua", "work.ua", "djinni.co",
	"jobs.dou.ua", "jobs.bg", "profession.hu", "ejobs.ro", "bestjobs.eu", "mojposao.net", "posao.hr",
	"infostud.com", "poslovi.infostud.com", "cvonline.lt", "cv.lv", "cv.ee", "cvkeskus.ee", "cv.lt",
	"jobs.lu", "startupjobs.cz", "profesia.sk", "nofluffjobs.com", "justjoin.it", "bulldogjob.pl",
	// Western Europe's and the Americas' boards not above.
	"monster.de", "monster.fr", "monster.co.uk", "jobware.de", "stellenanzeigen.de", "stepstone.at",
	"stepstone.be", "stepstone.nl", "stepstone.fr", "nationalevacaturebank.nl", "werk.nl", "jobat.be",
	"ictjob.be", "cadremploi.fr", "meteojob.com", "regionsjob.com", "jobijoba.com", "tecnoempleo.com",
	"infoempleo.com", "trabajos.com", "monster.it", "infojobs.it", "jobbsafari.se", "blocketjobb.se",
	"arbetsformedlingen.se", "jobnet.dk", "nav.no", "jobsite.co.uk", "cwjobs.co.uk", "hired.com",
	"builtin.com", "simplyhired.com", "careerbuilder.com", "workopolis.com", "jobbank.gc.ca",
	"jora.com", "seek.com", "trademe.co.nz", "getonbrd.com", "laborum.cl", "trabajando.com",
	"gupy.io", "kenoby.com", "99jobs.com", "programathor.com.br", "torre.ai", "remoteok.com",
	"weworkremotely.com", "remote.co", "himalayas.app", "arc.dev", "turing.com", "toptal.com",
}

// Messaging services mail a notice of a person's message with its words:
// Slack's "[Slack] New messages in #hiring from Tidewater Labs", Teams'
// "Je hebt berichten gemist van Marieke de Vries", Google Voice's texts
// ("New text message from (646) 555-0132"). Like a job board's relay, the
// notice is that person's letter (see personMessage); the service names
// no organisation.
var messagingDomains = []string{
	"slack.com", "teams.microsoft.com", "voice.google.com", "discord.com", "zulipchat.com", "chatwork.com",
	"larksuite.com", "feishu.cn",
}

var (
	messagingSet = newDomainSet(messagingDomains)
	vendorSet    = newDomainSet(vendorDomains)
	freemailSet  = newDomainSet(freemailDomains)
	jobBoardSet  = newDomainSet(jobBoardDomains)
	calendarSet  = newDomainSet(calendarDomains)
	// generalSchedulers book anything, a haircut as well as a call with a
	// recruiter: their mail is read, but says nothing of a job by itself.
	generalSchedulers = newDomainSet([]string{"calendly.com", "cal.com", "doodle.com", "zoom.us", "cronofy.com",
		"savvycal.com", "youcanbook.me", "zcal.co", "webex.com", "bookings.microsoft.com", "reclaim.ai",
		"getclockwise.com", "chilipiper.com", "oncehub.com", "acuityscheduling.com", "tidycal.com", "meetings.hubspot.com"})
)

// isJobSystem reports a vendor whose mail is about hiring whatever it
// says: an applicant tracking or interview scheduling system, not a
// booking page anyone can have.
func isJobSystem(d string) bool {
	if !isVendor(d) {
		return false
	}
	for d != "" {
		if generalSchedulers[d] {
			return false
		}
		_, rest, _ := strings.Cut(d, ".")
		d = rest
	}
	return true
}

// isVendor reports a scheduling system's or ATS's domain: a listed one or
// below it, or a domain with one of their distinctive names among its
// labels (they send from many: bamboohr.com, company.bamboohr.com,
// greenhouse-mail.io, myworkday.com, personio.de).
func isVendor(d string) bool {
	if vendorSet.has(d) {
		return true
	}
	for d != "" {
		label, rest, _ := strings.Cut(d, ".")
		if vendorLabels[label] && rest != "" {
			return true
		}
		d = rest
	}
	return false
}

var vendorLabels = map[string]bool{
	"greenhouse": true, "greenhouse-mail": true, "lever": true, "myworkday": true, "workday": true,
	"ashbyhq": true, "calendly": true, "goodtime": true, "smartrecruiters": true, "icims": true,
	"jobvite": true, "teamtailor": true, "teamtailor-mail": true, "workable": true, "workablemail": true,
	"recruitee": true, "personio": true, "bamboohr": true, "successfactors": true, "taleo": true,
	"breezy": true, "jazzhr": true, "softgarden": true, "rippling": true, "modernloop": true,
	"hirevue": true, "cronofy": true, "zohorecruit": true, "pinpointhq": true, "comeet": true,
	"hibob": true, "freshteam": true, "manatal": true, "homerun": true, "factorialhr": true,
	"kenjo": true, "dvinci": true, "dvinci-easy": true, "concludis": true, "onlyfy": true, "umantis": true,
	"avature": true, "beamery": true, "sparkhire": true, "willo": true, "vidcruiter": true,
	"hireflix": true, "savvycal": true, "youcanbookme": true, "zcal": true, "brassring": true,
	"applytojob": true, "recruiterbox": true, "jobscore": true, "eightfold": true, "phenompeople": true,
	"gupy": true, "pageuppeople": true, "sonru": true, "recright": true, "oleeo": true, "tribepad": true,
	"kenoby": true, "bizneohr": true, "rexx-systems": true, "prescreen": true, "eploy": true, "jobtrain": true,
	"higherme": true, "hireology": true, "apploi": true, "talentreef": true,
}

// isFreemail reports a freemail provider's domain: a listed one, or one
// whose name is a large provider's, whatever the country it is under
// (yahoo.co.uk, hotmail.fr, gmx.at, icloud.com).
func isFreemail(d string) bool {
	if freemailSet.has(d) {
		return true
	}
	label, _, _ := strings.Cut(orgDomain(d), ".")
	return freemailLabels[label]
}

// freemailLabels are providers' names distinctive enough to recognise
// under any suffix; "orange", "free" or "web" are not (they are also
// employers' names).
var freemailLabels = map[string]bool{
	"gmail": true, "googlemail": true, "hotmail": true, "outlook": true, "yahoo": true, "ymail": true,
	"icloud": true, "aol": true, "gmx": true, "posteo": true, "protonmail": true, "proton": true,
	"tutanota": true, "fastmail": true, "yandex": true, "libero": true, "interia": true, "seznam": true,
	"t-online": true,
}

// Event platforms send registrations and reminders for meetups, fairs
// and webinars, whatever their titles say about interviews; recording
// studios invite a show's guests.
var (
	eventPlatformSet = newDomainSet([]string{
		"meetup.com", "eventbrite.com", "eventbrite.de", "eventbrite.co.uk", "eventbrite.fr", "eventbrite.es",
		"eventbrite.it", "eventbrite.nl", "eventbrite.com.au", "lu.ma", "luma-mail.com", "tito.io", "ti.to",
		"hopin.com", "airmeet.com", "bevy.com", "eventzilla.net", "xing-events.com", "doo.net", "pretix.eu",
		// Conferences' speaker systems.
		"sessionize.com", "papercall.io", "pretalx.com",
	})
	recordingStudioSet = newDomainSet([]string{
		"riverside.fm", "zencastr.com", "squadcast.fm", "streamyard.com", "cleanfeed.net", "podbean.com",
		"anchor.fm", "descript.com",
	})
)

func isEventPlatform(d string) bool   { return eventPlatformSet.has(d) }
func isRecordingStudio(d string) bool { return recordingStudioSet.has(d) }

func isJobBoard(d string) bool { return jobBoardSet.has(d) }

// isMessaging reports a messaging service's domain (messagingDomains).
func isMessaging(d string) bool { return messagingSet.has(d) }

// systemNames holds the names of the hiring systems and job boards as
// their domains spell them ("infojobs", "stepstone", "greenhouse"): a
// name that is one of them is the system's, never an employer's. (Only
// a domain that is the system's own: bookings.microsoft.com makes no
// system of Microsoft, which employs people.)
var systemNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, d := range slices.Concat(vendorDomains, jobBoardDomains) {
		if label, _, _ := strings.Cut(d, "."); orgDomain(d) == d && len(label) >= 4 {
			m[squash(label)] = true
		}
	}
	return m
})

func isCalendarSystem(d string) bool {
	return calendarSet.has(d)
}

// companyDomain reports whether an address's domain can stand for an
// employer: not freemail, not a vendor, a calendar system or a job board.
func companyDomain(d string) bool {
	return d != "" && !isVendor(d) && !isFreemail(d) && !isJobBoard(d) && !isCalendarSystem(d) && !isMessaging(d)
}

// isNoReply reports addresses nobody reads, by their local part in the
// languages of the mail systems that send them ("ne-pas-repondre",
// "keine-antwort", "no-responder").
func isNoReply(addr string) bool {
	local := strings.ToLower(addr)
	if at := strings.IndexByte(local, '@'); at >= 0 {
		local = local[:at]
	}
	local = localNoise.Replace(local)
	for _, w := range noReplyParts {
		if strings.Contains(local, w) {
			return true
		}
	}
	switch local {
	case "calendarnotification", "notifications", "notification", "notify", "mailerdaemon",
		"postmaster", "bounce", "bounces", "automailer", "autoreply", "system", "ats":
		return true
	}
	return false
}

var localNoise = strings.NewReplacer("-", "", "_", "", ".", "", "+", "")

var noReplyParts = []string{
	"noreply", "donotreply", "dontreply", "notreply", "nepasrepondre",
	"keineantwort", "nichtantworten", "noresponder", "norespondas", "naoresponda", "naoresponder",
	"nonrispondere", "nietbeantwoorden", "nieodpowiadaj", "svarainte", "ikkesvar", "mailerdaemon",
}
