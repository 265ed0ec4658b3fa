package interview_test

import (
	"cmp"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
	"github.com/followupd/followupd/mail"
)

// TestCompanyAndRoleFromSubjects: the subject shapes that name a company
// and a role, and the names that are never the company.
func TestCompanyAndRoleFromSubjects(t *testing.T) {
	tests := []struct {
		subject, from string
		company, role string
	}{
		{"Final interview - Umbrella Corp (Staff SRE)", "jo@umbrella.example", "Umbrella", "Staff SRE"},                                                               // a legal form is dropped
		{"Convite para entrevista | Engenheiro de Software Sénior (Backend)", "ines.tavares@marealta.example", "Marealta", "Engenheiro de Software Sénior (Backend)"}, // brackets after a title of four words qualify it
		{"Votre entretien avec Atelier Brume – jeudi 17 décembre", "claire@welcomekit.example", "Atelier Brume", ""},                                                  // French "avec"; "Atelier" is part of the name, not a workshop
		{"Probearbeitstag Sam Rivera – Sales Advisor Luxury Watches", "hr@bergmann-uhren.example", "Bergmann-Uhren", "Sales Advisor Luxury Watches"},                  // a sales title is a role, not a company
		{"Final interview - Sam Rivera / Engineering Manager, Core Platform", "isabel.lund@orbitline.example", "Orbitline", "Engineering Manager, Core Platform"},     // a team after the title's comma is no company
		{"Pinecrest Analytics // Senior Data Engineer - 30 min recruiter screen", "dana@pinecrest.example", "Pinecrest Analytics", "Senior Data Engineer"},            // a double slash divides too
		{"Interview: Backend Engineer – Sam Rivera", "jo@quaystone.example", "Quaystone", "Backend Engineer"},
		{"Nová správa od zamestnávateľa Tatra Data a.s. – Data Engineer", "notifikacie@profesia.sk", "Tatra Data", "Data Engineer"}, // a board's word for the employer before its name
		{"Nowa wiadomość od pracodawcy Bałtyk Systems – Senior DevOps Engineer", "powiadomienia@pracuj.pl", "Bałtyk Systems", "Senior DevOps Engineer"},
		{"Fjordbit - next step: pairing session", "ingrid.solberg.dev@gmail.com", "Fjordbit", ""},                                                                       // the label's name beside the process
		{"Convocatoria: jornada de selección - Dependiente/a (Madrid Fuencarral)", "seleccion@albero-moda.example", "Albero-Moda", "Dependiente/a (Madrid Fuencarral)"}, // a shop's title, its branch in brackets
		// A meeting's link is no name; Malay and Indonesian notices and
		// titles.
		{"Link Google Meet - Interview HR Sam Rivera (Kamis, 3 Des 14.00 WIB)", "rina.wulandari@nusantara-logistik.example", "Nusantara-Logistik", ""},
		{"Undangan Interview User - Senior Backend Engineer", "rina.wulandari@nusantara-logistik.example", "Nusantara-Logistik", "Senior Backend Engineer"},
		{"Jemputan Temuduga – Jurutera Data Kanan (Senior Data Engineer)", "hr@permata-analytics.example", "Permata-Analytics", "Jurutera Data Kanan (Senior Data Engineer)"},
		// A name as it stands beats what is left once a meeting's words
		// are taken off (the meeting's topic); a shouted note on the
		// change is no name.
		{"Einladung: Review-Gespräch Coding-Aufgabe - Nordlicht Logistik", "no-reply@hire.lever.co", "Nordlicht Logistik", ""},
		{"Re: Kennismaking Waterschap Delfzande - opdracht Data Engineer (ref. GW-4412) - NIEUW TIJDSTIP", "femke@grachtwerk.example", "Waterschap Delfzande", "Data Engineer"},
		// A notice of the change, its slot's noun and a link, is no
		// name; a posting's code before the title is no part of it.
		{"RE: Invitation to Interview - HLM-2026-1123 Staff Nurse - CHANGE OF DATE", "p.okafor@hallamvale.example", "Hallamvale", "Staff Nurse"},
		{"Entrevista Analista Contable - cambio de fecha", "rrhh@ferrovia-sur.example", "Ferrovia-Sur", "Analista Contable"},
		// A country's code in brackets is where the job is.
		{"Invitație la interviu video – Orderpicker Venlo (NL)", "ioana@staffline-ro.example", "Staffline-Ro", "Orderpicker Venlo (NL)"},
		// A Slovenian booking's state, a Bulgarian title in Cyrillic.
		{"Potrjeno: Razgovor za zaposlitev – Product Designer", "ana@kvarta.example", "Kvarta", "Product Designer"},
		{"Покана за интервю - Frontend разработчик (React)", "maria@vitoshasystems.example", "Vitosha Systems", "Frontend разработчик (React)"},
		// An Argentinian recruiter's opening ("búsqueda"), named by
		// speciality and seniority; without the word, a subject's
		// "Backend Sr." leaves the title to the text.
		{"Búsqueda Backend Sr (Go) - Lumbre Software - entrevista", "flor@talentosur.example", "Lumbre Software", "Backend Sr (Go)"},
		{"Tlaloc Fintech | Entrevista – Backend Sr.", "ana@tlalocfintech.example", "Tlaloc Fintech", ""},
		{"Lumora Mobility – Senior Backend Engineer (Payments)", "jule@lumora-mobility.example", "Lumora Mobility", "Senior Backend Engineer (Payments)"},
		// The kind of interview before "Interview" is no company.
		{"Competency Interview - Senior Consultant, Cloud Infrastructure", "experiencedhiring@ashcombe-reid.example", "Ashcombe-Reid", "Senior Consultant, Cloud Infrastructure"},
		// A headhunter's subject: the client with its legal form in
		// lower case, the post, the meeting.
		{"Tamsin Maritime plc - Chief Technology Officer - meeting with the Chair, 2 December", "georgina.platt@haldenstirling.example", "Tamsin Maritime", "Chief Technology Officer"},
		{"Kovo Brno s.r.o. - Vedoucí vývoje - pohovor", "jana@headhunt-morava.example", "Kovo Brno", "Vedoucí vývoje"},
		{"Your virtual onsite schedule - Site Reliability Engineer, Marlowe & Finch", "h@marloweandfinch.example", "Marlowe & Finch", "Site Reliability Engineer"},
		{"Redwood Ledger: next step for Senior Backend Engineer", "w@redwoodledger.example", "Redwood Ledger", "Senior Backend Engineer"},
		{"Ihre Bewerbung als Senior Softwareentwickler (m/w/d)", "hr@saxonia.example", "Saxonia", "Senior Softwareentwickler"},
		{"Invito: Colloquio – Sviluppatore Backend", "hr@cortile.example", "Cortile", "Sviluppatore Backend"},
		{"Confirmed: Lumenpath Intro Call - Senior Platform Engineer with Jordan Lee", "notifications@calendly.com", "Lumenpath", "Senior Platform Engineer"},                    // a booking page's event name
		{"Entretien : Développeur Go entre Clémence Vasseur et Sam Rivera", "clemence@monceau.example", "Monceau", "Développeur Go"},                                             // who meets whom follows the title
		{"Telephonic Discussion - Senior Backend Engineer (Go) | Zentrix Technologies", "ananya.r@zentrixtech.example", "Zentrix Technologies", "Senior Backend Engineer (Go)"},  // the kind of meeting is no name
		{"Kutsu haastatteluun: Ohjelmistokehittäjä (Java)", "aino.laine@revontuli.example", "Revontuli", "Ohjelmistokehittäjä (Java)"},                                           // a Finnish compound title, its stack in brackets
		{"Rekrutacja Wisła Software – Go Developer", "ewa@wislasoftware.example", "Wisła Software", "Go Developer"},                                                              // the process's word before the name
		{"Bevestiging: je sollicitatiegesprek bij Groenhaven Logistiek", "no-reply@recruitee.com", "Groenhaven Logistiek", ""},                                                   // a notice's word is no name
		{"Carrow Financial - Next Step: Complete Your Digital Interview", "jo@carrowfinancial.example", "Carrow Financial", ""},                                                  // an instruction is no name
		{"Interview Scheduled - Senior Software Engineer - Payments | Kavach Fintech", "priya.r@kavachfintech.example", "Kavach Fintech", "Senior Software Engineer - Payments"}, // a bar divides more than a dash: the name among the dashes is a team, part of the posting's title
		{"Nordlys Data | Intervju - Backend-utvikler - Betaling", "kari@nordlysdata.example", "Nordlys Data", "Backend-utvikler - Betaling"},
		{"Entretien CTO & Product – Lead Product Manager", "camille@lumen-robotique.example", "Lumen-Robotique", "Lead Product Manager"},                                          // whom the user meets, by their office, is no name                                                 // the same, company first
		{"Uitnodiging: Gesprek met CTO - Product Owner Data Platform", "no-reply@recruitee.com", "", "Product Owner Data Platform"},                                               // whom the user meets, by office, is no company
		{"Entrevista Sam Rivera · Mediterrània Mobility (Head of Data)", "jordi.puig@ramblastalent.example", "Mediterrània Mobility", "Head of Data"},                             // a middle dot divides as a dash does; the job in brackets after the name
		{"Haastattelu: Sam Rivera / Senior-ohjelmistokehittäjä", "aino.laine@revontuli.example", "Revontuli", "Senior-ohjelmistokehittäjä"},                                       // the candidate's name before the title
		{"Rezervace potvrzena: Pohovor – Senior Java vývojář, st 2. 12. 2026 9:30", "tereza@vltavasoft.example", "Vltavasoft", "Senior Java vývojář"},                             // a Czech title word; when follows it
		{"Lumen Paiements – Product Manager Senior : premier échange", "claire@lumenpaiements.example", "Lumen Paiements", "Product Manager Senior"},                              // what kind of meeting follows the colon
		{"Opportunité Lead Développeur Java – Ardoise Logiciels", "c.lefevre@ardoise-logiciels.example", "Ardoise Logiciels", "Lead Développeur Java"},                            // an agency's word for its pitch is not the title
		{"RE: Lead Platform Engineer – Thistledown Insurance (remote-first)", "ellis.cole@northgatetalent.example", "Thistledown Insurance", "Lead Platform Engineer"},            // where the job is done, in brackets after the name
		{"Portfolio walkthrough - Sam Rivera (UX Designer)", "moritz.hagedorn@pflanzwerk.example", "Pflanzwerk", "UX Designer"},                                                   // a title in brackets is no company, whatever its first word
		{"Invitation à un entretien – Analyste BI", "sophie.lambert@brabant-mobilite.example", "Brabant-Mobilite", "Analyste BI"},                                                 // a French title word
		{"Entretien téléphonique – Maison Orvel", "ines@orvel.example", "Maison Orvel", ""},                                                                                       // the kind of house before the name
		{"Votre candidature – Responsable Data Engineering", "ines@orvel.example", "Orvel", "Responsable Data Engineering"},                                                       // a title word before the department
		{"Adatum Bar Raiser Interview - Sam Rivera - Senior SDE", "aoife.byrne@adatum.example", "Adatum", ""},                                                                     // a round named in two words is no part of the name
		{"Teams Link: GIS Analyst II Oral Board Interview - Tuesday 1/12 at 8:30 AM", "hr-recruitment@alder-county.example", "Alder-County", "GIS Analyst II"},                    // a field's acronym before the title is no company
		{"Interview – Vice President, Data Engineering", "mara@harborline.example", "Harborline", "Vice President, Data Engineering"},                                             // a vice president is a title, wherever the department stands
		{"Interview - Platform Engineering Days Berlin 2027", "anna@pedays.example", "Platform Engineering Days", ""},                                                             // a field's name with no title word is a department or an event
		{"Terminbestätigung: Vorstellungsgespräch Data Analyst", "noreply@personio.de", "", "Data Analyst"},                                                                       // a notice's noun is no company
		{"Innkalling til intervju – Systemutvikler", "noreply@webcruiter.no", "", "Systemutvikler"},                                                                               // a Norwegian hiring system's domain names no company
		{"Coldharbour <> Sam - Senior Software Engineer, Fleet Platform", "ethan@coldharbour-robotics.example", "Coldharbour", "Senior Software Engineer, Fleet Platform"},        // an introduction's other side
		{"Appointment Scheduled: Senior Platform Engineer (R-10482)", "halvorsenmaritime@myworkday.com", "", "Senior Platform Engineer"},                                          // a notice's label is no company
		{"Invitation: Meridian Pay – Sam Rivera / Arjun Mehta (Principal Engineer, Payments)", "weiling.tan@meridianpay.example", "Meridian Pay", "Principal Engineer, Payments"}, // the title in brackets after a name
		{"Lumenfold <> Sam: chat with Priya (Head of Infra)", "dana@lumenfold.example", "Lumenfold", ""},                                                                          // the title of the person met is not the job
		{"Rozmowa techniczna – Senior Python Developer (ok. 60 min, Google Meet)", "anna@wislacode.example", "Wislacode", "Senior Python Developer"},                              // how long it lasts is not the title
		{"Ihre Bewerbung als Lead Platform Engineer – Terminvorschläge", "katrin@hafenwerk.example", "Hafenwerk", "Lead Platform Engineer"},                                       // what the mail is about after the title
		{"Rezerwacja potwierdzona: Rozmowa rekrutacyjna – Java Developer z Sam Rivera", "anna@wistula.example", "Wistula", "Java Developer"},                                      // whom the booking is with
		{"Recruiter Screen – Tidewater Health (Megan Doyle and Sam Rivera)", "megan.doyle@tidewaterhealth.example", "Tidewater Health", ""},                                       // who meets whom, in brackets, is no name
		{"Candidate interview (90 min) between Daniel Okafor and Sam Rivera", "notifications@calendly.com", "", ""},
		{"Vertraulich: Vorstellungsgespräch mit Frau Prof. Dr. Albrecht", "p.sommer@kesslerbrandt.example", "Kesslerbrandt", ""},                                                             // whom the user meets, with her titles, is no name
		{"Interview: SRE-Kandidat Sam Rivera", "marco@alpenwerk.example", "Alpenwerk", ""},                                                                                                   // a subject about the candidate names no title
		{"Interview with Pan Macmillan - Editorial Assistant", "hr@panmacmillan.example", "Pan Macmillan", "Editorial Assistant"},                                                            // a name that starts as a Polish "Mr" does                                                                          // whose interview it is is no name
		{"Entretien Vermeil Assurances - Responsable Data", "h.marchand@altair-recrutement.example", "Vermeil Assurances", "Responsable Data"},                                               // an agency (named in French) and its client after the interview's word
		{"Interview Schedule - Senior Java Developer", "hr@tatvam.example", "Tatvam", "Senior Java Developer"},                                                                               // what the subject says about the interview is no name
		{"Interview Confirmation - TR2 - Senior Backend Engineer", "hr@finvista.example", "Finvista", "Senior Backend Engineer"},                                                             // a round's code is no name
		{"Gebucht: Kennenlerngespräch Senior Data Engineer für Sam Rivera", "tobias@auvera.example", "Auvera", "Senior Data Engineer"},                                                       // a booking's state, whom it is for
		{"Lumen Harbor - Staff Frontend Engineer / intro call?", "priya@lumenharbor.example", "Lumen Harbor", "Staff Frontend Engineer"},                                                     // the meeting after a slash
		{"Uitnodiging voor een gesprek – Product Manager op do 26 nov 2026 13:30", "eva@dijkhuis.example", "Dijkhuis", "Product Manager"},                                                    // when, after the title
		{"Technisch interview Grachtwerk - Sam Rivera", "bart.smit@grachtwerk.example", "Grachtwerk", ""},                                                                                    // the kind of interview in Dutch is no name
		{"Telefonisch kennismakingsgesprek Data Engineer", "femke@polderdata.example", "Polderdata", "Data Engineer"},                                                                        // the meeting's words before the title
		{"Zaproszenie do rozmowy wideo - Inżynier DevOps (Kraków / zdalnie)", "rekrutacja@wislacode.example", "Wislacode", "Inżynier DevOps"},                                                // where and how the job is done
		{"Invitación: Entrevista Líder Técnico – Grupo Altamar", "lucia@altamar.example", "Grupo Altamar", "Líder Técnico"},                                                                  // a leader's title in Spanish
		{"Intervju bokad: Logistikanalytiker hos Fjällmark Logistik", "elin@fjallmark.example", "Fjällmark Logistik", "Logistikanalytiker"},                                                  // a Swedish compound title
		{"Tarang Systems - Next step: On Demand Video Interview for Cloud Solutions Architect", "ta@tarangsystems.example", "Tarang Systems", "Cloud Solutions Architect"},                   // a name and a dash in the label before the colon
		{"Neue Nachricht von Kovář Robotics s.r.o.", "no-reply@join.com", "Kovář Robotics", ""},                                                                                              // a hiring system relays the employer's message
		{"Mesaj nou de la Carpați Data SRL - QA Automation Engineer", "notificari@ejobs.ro", "Carpați Data", "QA Automation Engineer"},                                                       // in Romanian
		{"Entrevista – Arquitecto/a de Soluciones Cloud", "mjruiz@grupoalbatros.example", "Grupoalbatros", "Arquitecto/a de Soluciones Cloud"},                                               // a Spanish architect's title
		{"Pinecrest Analytics: 30 Minute Recruiter Screen", "dana@pinecrest.example", "Pinecrest Analytics", ""},                                                                             // a booking's event type, named by its length
		{"Interview - Backend Developer (Go) - Remote", "priya.r@kavachfintech.example", "Kavach Fintech", "Backend Developer (Go)"},                                                         // how the job is done after a dash
		{"Vorstellungsgespräch: Art Director Stelle", "jana@kesselberg-medien.example", "Kesselberg-Medien", "Art Director"},                                                                 // the post's noun after the title
		{"Kőhíd Informatika - Senior Backend Developer pozíció, bemutatkozó beszélgetés", "eszter@kohid.example", "Kőhíd Informatika", "Senior Backend Developer"},                           // Hungarian names the post after the title
		{"Meghívó állásinterjúra – Szoftverfejlesztő", "hr@tiszasoft.example", "Tiszasoft", "Szoftverfejlesztő"},                                                                             // a Hungarian compound title; the invitation's words are no name
		{"Mülakat Daveti – Backend Developer", "ayse@anadoluyazilim.example", "Anadoluyazilim", "Backend Developer"},                                                                         // "interview invitation" in Turkish is no name
		{"MÜLAKAT DAVETİ: Yazılım Mühendisi", "ik@bosforlabs.example", "Bosfor Labs", "Yazılım Mühendisi"},                                                                                   // in capitals; a Turkish title
		{"Marmara Veri - Senior Backend Engineer mülakat süreci", "elif@marmaraveri.example", "Marmara Veri", "Senior Backend Engineer"},                                                     // Turkish names the meeting after the title
		{"Olivar Cloud · Ingeniero/a de Plataforma – entrevista", "lucia@olivarcloud.example", "Olivar Cloud", "Ingeniero/a de Plataforma"},                                                  // the company before a middle dot
		{"Interview: Projektingenieur/in Netzplanung - Rivera", "hr@stadtwerke-lahnau.example", "Stadtwerke-Lahnau", "Projektingenieur/in Netzplanung"},                                      // the candidate by surname
		{"Proceso de selección Arquitecto/a Cloud – entrevista técnica", "lucia@altamar.example", "Altamar", "Arquitecto/a Cloud"},                                                           // the process's words of several words before the title
		{"Spotkanie zapoznawcze - Sam Rivera / zespół DevOps", "anna@wislacode.example", "Wislacode", ""},                                                                                    // a team is no post
		{"Entretien vidéo : Analyste Risques de Marché - CDI", "rh@arverne.example", "Arverne", "Analyste Risques de Marché"},                                                                // the contract and the place after the title
		{"Videocolloquio – Risk Data Analyst – Sede di Bologna", "hr@adriatica.example", "Adriatica", "Risk Data Analyst"},                                                                   // where the office is
		{"Entrevista – Arquitecto/a de Soluciones Cloud-0412", "talento@cafetal.example", "Cafetal", "Arquitecto/a de Soluciones Cloud"},                                                     // a posting's number glued on
		{"RE: Presentación: Jo <> Sam", "jo@brisarobotics.example", "Brisa Robotics", ""},                                                                                                    // a friend introduces two people: the label is no name
		{"Sam Rivera <> Parallax Labs: Technical Deep Dive", "recruiting@parallaxlabs.example", "Parallax Labs", ""},                                                                         // the colon after the right side ends the name
		{"Intro: Coldharbour <> Sam", "ethan@coldharbour-robotics.example", "Coldharbour", ""},                                                                                               // the label before the company
		{"Kennenlernen Falkenried Solar <> Sam Rivera", "jana@falkenried-solar.example", "Falkenried Solar", ""},                                                                             // the meeting's word before an introduction's side
		{"Temporal – Senior Backend Engineer interview", "no-reply@greenhouse.io", "Temporal", "Senior Backend Engineer"},                                                                    // a contract's word may begin a company's name
		{"Interview Schedule || Golang Developer || Saptarishi Infotech Pvt.", "harpreet.k@saptarishi-infotech.example", "Saptarishi Infotech", "Golang Developer"},                          // double bars, an Indian legal form
		{"Kennismaking Waterschap Delfzande - opdracht Data Engineer (ref. GW-4412)", "femke@grachtwerk.example", "Waterschap Delfzande", "Data Engineer"},                                   // the engagement's word and the posting's reference
		{"Mission Lead Dev Python - Crédit Valmont - entretien client", "julien@orbis-conseil.example", "Crédit Valmont", "Lead Dev Python"},                                                 // a consultancy's mission for its client
		{"Tidewell Health - Senior Data Engineer contract - interview request", "jess@southerly-talent.example", "Tidewell Health", "Senior Data Engineer"},                                  // "contract" after the title
		{"Kundengespräch Stadtwerke Altenbrück / Sam Rivera - Senior Java Entwickler (PA-26-1187)", "m.o@kessler-projektpartner.example", "Stadtwerke Altenbrück", "Senior Java Entwickler"}, // a broker's meeting with its client
		{"User Researcher interview – Sam Rivera", "gareth.hughes@bramble-reading.example", "Bramble-Reading", "User Researcher"},                                                            // a field's word begins the title, not a name
		{"Einladung zum Vorstellungsgespräch - Aktuar/in (80-100%)", "hr@limmatrueck.example", "Limmatrueck", "Aktuar/in (80-100%)"},                                                         // a title written for both genders
		{"Ihre Einladung zum Video-Interview – Traineeprogramm Einkauf & Supply Chain 2027", "talent@hansekontor.example", "Hansekontor", "Traineeprogramm Einkauf & Supply Chain 2027"},     // a trainee programme
		{"Convocazione colloquio - Data Engineer (Rif. DE/26/14)", "selezione@tessituremorandi.example", "Tessituremorandi", "Data Engineer"},                                                // an Italian posting's reference
		{"Interview: Senior DevOps Engineer (B2B)", "karolina@wislosoft.example", "Wislosoft", "Senior DevOps Engineer (B2B)"},                                                               // a contract's kind in brackets is no reference
		{"Einladung zum Vorstellungsgespräch – Kennziffer BAVD-2026-117", "personal@bavd.example", "BAVD", ""},
		{"Invitation à un entretien - Ingénieur DevOps (H/F) - Réf. BL-2026-0412", "recrutement@banquelorentz.example", "Banquelorentz", "Ingénieur DevOps"}, // a French posting's reference
		// Austria's public service calls its job interview what a Kita
		// calls a child's: the post in the subject says which.
		{"Einladung zum Aufnahmegespräch - Kennzahl 7341/2026 Systemadministrator*in Linux (ZID)", "elisabeth.wurzer@uni-donaustadt.example", "Uni-Donaustadt", "Systemadministrator*in Linux (ZID)"}, // a posting's reference is no company
		{"Vertraulich: nächste Schritte – Leitung Entwicklung", "k.kruse@kruse-partner.example", "Kruse-Partner", "Leitung Entwicklung"},                                                              // a confidential search's label is no company
		{"Intervju: Seniorrådgiver - Helse Fjordheim", "kari.nes@helse-fjordheim.example", "Helse Fjordheim", "Seniorrådgiver"},                                                                       // a Norwegian compound office title
		{"Anställningsintervju: Utredare – Norrmark Energi", "hr@norrmarkenergi.example", "Norrmark Energi", "Utredare"},                                                                              // a Swedish public-sector title
		{"Sollicitatiegesprek Beleidsmedewerker Mobiliteit", "p.dekker@provincie-zeeland.example", "Provincie-Zeeland", "Beleidsmedewerker Mobiliteit"},                                               // a Dutch policy officer
		// A label about the interview, then the name alone after a colon
		// (a job board passing on an invitation writes the employer so);
		// Chinese and Japanese subjects put the sender in 【】.
		{"Interview invitation: Corvid Analytics Ltd", "no-reply@hiring-relay.example", "Corvid Analytics", ""},
		{"【BOSS直聘】您收到一个面试邀请：深圳星河智能科技有限公司", "notice@service.zhipin.com", "深圳星河智能科技", ""},
		{"【聯宇半導體】面試通知－韌體工程師", "yichun.chen@lianyu-semi.example", "聯宇半導體", ""},
		// The board's name in brackets, the employer's marked by its
		// glued legal form after; a particle or honorific after it is
		// not part of it.
		{"【BOSS直聘】深圳星河智联科技有限公司邀请您参加面试", "noreply@notice.zhipin.com", "深圳星河智联科技", ""},
		{"[사람인] (주)한빛클라우드에서 면접 제안이 도착했습니다.", "noreply@saramin.co.kr", "한빛클라우드", ""},
		{"株式会社ミナトデータ様 一次面接のご案内", "career@doda.jp", "ミナトデータ", ""},
		// The kinds of medical posts; an agency's kind of interview.
		{"Locum Specialty Doctor ED - St Columba's - telephone interview", "tom.ashworth@cavendish-medical.example", "St Columba's", "Locum Specialty Doctor ED"},
		{"Convocation à un entretien - Offre IGE-2026-37 - Ingénieur·e d'études", "drh-recrutement@univ-garonne.example", "Univ-Garonne", "Ingénieur·e d'études"},                      // a posting's noun and code is no company
		{"Vorstellungsgespräch Sachbearbeitung IT-Infrastruktur - Kennziffer 2026-41", "dirk.hansmann@stadt-ebersheim.example", "Stadt-Ebersheim", "Sachbearbeitung IT-Infrastruktur"}, // a German public post names its function
		{"Registration Interview - Care Assistant (Homecare) between Kelly Harding and Sam Rivera", "kelly.harding@brightwater-homecare.example", "Brightwater-Homecare", "Care Assistant (Homecare)"},
		{"Interview confirmation: Tuesday", "dana@pinecrest.example", "Pinecrest", ""},                                                                                                                      // a day after the label is no name
		{"Selezione art. 110 c.1 TUEL - Funzionario Sistemi Informativi - convocazione colloquio", "personale@comune-castelvetroalto.example", "Comune-Castelvetroalto", "Funzionario Sistemi Informativi"}, // a public grade is the post
		// Job boards of every region relay invitations; their names are never the company.
		{"Interview invitation", "no-reply@wantedly.com", "", ""},
		{"Interview invitation", "notice@service.zhipin.com", "", ""},
		{"Interview invitation", "noreply@saramin.co.kr", "", ""},
		{"Final interview - Senior Product Manager, Growth", "maya@brightfold.example", "Brightfold", "Senior Product Manager, Growth"},                                                                  // a team after the title's comma
		{"Group Assessment Day – Night Manager at The Calton Grand", "hr@caltongrand.example", "The Calton Grand", "Night Manager"},                                                                      // a hotel's selection day and its post
		{"Interview Day - Sous Chef - Harbour Kitchen", "jobs@harbourkitchen.example", "Harbour Kitchen", "Sous Chef"},                                                                                   // a kitchen's title
		{"Zweite Runde: Fachgespräch in Hamburg – SAP S/4HANA Berater (m/w/d)", "j.kesselring@kesselring-consulting.example", "Kesselring-Consulting", "SAP S/4HANA Berater"},                            // which round, before the colon
		{"Shortlisted: Technical Interview for Site Reliability Engineer on 19/12/2026 | Nilgiri Cloud Services", "deepa.r@nilgiricloud.example", "Nilgiri Cloud Services", "Site Reliability Engineer"}, // where the candidacy stands, before the colon
		{"Conferma colloquio - Responsabile Infrastrutture IT - Vetreria Muranese", "francesca.moretti@adecco.example", "Vetreria Muranese", "Responsabile Infrastrutture IT"},                           // a staffing group's name says nothing of its trade
		{"Wattle Energy - chat with Priya", "jessobrien.recruits@gmail.com", "Wattle Energy", ""},                                                                                                        // one word after "with" is a person beside a name alone
		{"Senior Data Engineer - intro call with Tom", "priya.nair@halvard-analytics.example", "Halvard-Analytics", "Senior Data Engineer"},                                                              // one word after "with", in mail from the company's own domain, is someone there
		{"Interview with Stripe", "jessobrien.recruits@gmail.com", "Stripe", ""},                                                                                                                         // from a private mailbox it may well be the employer
		{"Interview: Lecturer in Environmental Statistics (Level B)", "careers@eastbrook.example", "Eastbrook", "Lecturer in Environmental Statistics (Level B)"},                                        // a pay grade in brackets is no company
		{"Entrevue / Interview – Analyste principal(e), risque de crédit", "genevieve.tremblay@banque-boreale.example", "Banque-Boreale", "Analyste principal(e), risque de crédit"},                     // the interview's word in the other language of a bilingual subject
		{"Interview invitation - Crew Member (Front of House) - Lone Star Burger", "hiring@lonestarburger.example", "Lone Star Burger", "Crew Member (Front of House)"},                                  // a restaurant's title
		{"Re: Bar staff - CV", "jobs@hareandlantern.example", "Hareandlantern", "Bar staff"},                                                                                                             // the CV the letter sent is no name
		{"Your interview has been rescheduled - Breakfast Server", "priya@alderleyhotel.example", "Alderleyhotel", "Breakfast Server"},                                                                   // a hotel's title is no name
		{"Kinnitatud: Tööintervjuu – Game Backend Developer, 8. jaanuar kell 11:00", "kadri.tamm@piritagames.example", "Pirita Games", "Game Backend Developer"},                                         // Estonian "confirmed", before the colon
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.subject, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "s@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: tc.subject,
				From: addr("Jo", tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: "We look forward to speaking with you on Thursday, 3 December at 14:00 CET."}
			ivs := interview.Build([]mail.Message{m}, nil, cfg)
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Company != tc.company || ivs[0].Role != tc.role {
				t.Errorf("Company, Role = %q, %q; want %q, %q", ivs[0].Company, ivs[0].Role, tc.company, tc.role)
			}
		})
	}
}

// TestRoleNotFromABracketFragment: a bracket that names a person's title
// gives no job title: "(Hiring Manager)" names the interviewer, and a
// network's footer names the reader ("intended for Sam Rivera (Platform
// Engineer at Globex)"; cut at the employer, what is left is a name and
// half a bracket).
func TestRoleNotFromABracketFragment(t *testing.T) {
	const when = "Your interview is confirmed for Thursday, 3 December at 14:00 CET."
	tests := []struct{ name, subject, text string }{
		{"the interviewer's title", "Invitation: Sam Rivera <> Dev Patel", "Sam Rivera <> Dev Patel (Hiring Manager) - Cedarline\n\n" + when},
		{"the reader's own, in a footer", "Interview confirmed", when + "\n\n----\nThis email was intended for Sam Rivera (Platform Engineer at Globex)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "f@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: tc.subject,
				From: addr("Megan Tran", "megan.tran@cedarline.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Role != "" {
				t.Errorf("Role = %q, want none", ivs[0].Role)
			}
		})
	}
}

// TestRoleOnALineOfItsOwn: scheduling systems put the title on a line of
// its own (an event's title beside the kind of interview, a booking
// form's answer) rather than in a sentence.
func TestRoleOnALineOfItsOwn(t *testing.T) {
	const when = "\n\nYour interview is confirmed for Thursday, 3 December at 14:00 CET."
	tests := []struct {
		name, text, role string
	}{
		{"event title", "Technical Screen - Robotics Software Engineer", "Robotics Software Engineer"},
		{"event title, kind last", "Senior Data Engineer – Final Round", "Senior Data Engineer"},
		{"event title, German", "Telefoninterview | Senior Backend-Entwickler (m/w/d)", "Senior Backend-Entwickler"},
		{"event title and a sentence after it", "Intro chat - Staff Backend Engineer. 10pm Tue Berlin / 8am Wed Sydney.", "Staff Backend Engineer"},
		{"form answer", "Which role are you interested in?\nSenior Backend Engineer (Care Platform)", "Senior Backend Engineer (Care Platform)"},
		{"form answer, Spanish", "¿A qué puesto te postulas?\n\nIngeniero de Datos", "Ingeniero de Datos"},
		{"form answer that is no title", "Which role are you interested in?\nNot sure yet, happy to chat", ""},
		{"quoted title line", "> Technical Screen - Robotics Software Engineer", ""},
		{"the interviewer's title", "Hiring Manager - Dev Patel", ""},
		{"a kind of interview named by the interviewer's title", "Your Hiring Manager Screen with Halcyon Health is scheduled.", ""},
		{"a form's label, German", "Stelle: Senior Backend-Entwickler (m/w/d)\nTermin: Kennenlerngespräch (45 Minuten)", "Senior Backend-Entwickler"},
		{"a form's label, French", "Poste : Ingénieur DevOps\nLieu : Lyon", "Ingénieur DevOps"},
		{"a British form's label", "Post: Staff Nurse - Emergency Department (Band 5)\nJob reference: 301-ED-2291-A", "Staff Nurse - Emergency Department (Band 5)"},
		{"the post of", "Application for the post of: Healthcare Assistant\nOrganisation: Wyre Community Trust", "Healthcare Assistant"},
		{"a noun before the title", "Wir möchten Sie an Ihr Gespräch für die Stelle Senior Backend-Entwickler (m/w/d) erinnern.", "Senior Backend-Entwickler"},
		{"a label with no title after it", "Stelle: wird im Gespräch besprochen", ""},
		// Plain-text mail wraps at 72 columns, inside a title too.
		{"a title wrapped by the mail client", "Clara from our people team passed your application for the Senior Data\nEngineer role on to me - thanks for thinking of us!", "Senior Data Engineer"},
		{"the employer after its preposition (sv)", "Intervju – Embedded-utvecklare på Fernhill", "Embedded-utvecklare"},
		{"the employer after its preposition (de)", "Zweitgespräch – Backend-Entwickler bei Fernhill", "Backend-Entwickler"},
		// A posting's gender mark makes a title, whatever its words.
		{"a marked title of a compound and a German noun", "vielen Dank für Ihre Bewerbung als IT-Systemadministrator (m/w/d) und Ihr Interesse an uns.", "IT-Systemadministrator"},
		{"a marked title with a German specialist", "danke für Ihre Bewerbung als Spezialist Datenmanagement (m/w/d) bei der Rheinfels Versicherung.", "Spezialist Datenmanagement"},
		{"a marked French title", "Merci pour votre candidature au poste de Contrôleur de gestion (H/F) chez nous.", "Contrôleur de gestion"},
		{"a title wrapped right after its intro", "vielen Dank für Ihre Bewerbung und Ihr Interesse an unserer Stelle als\nSenior Data Engineer im Team Payments.", "Senior Data Engineer"},
		{"a short line ends the title", "Application for the Senior Data\nEngineering Manager: see the notes.", ""},
	}
	cfg := sampleConfig()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "l@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: "Interview confirmed",
				From: addr("Jo Park", "jo.park@fernhill.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text + when}
			ivs := interview.Build([]mail.Message{m}, nil, cfg)
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Role != tc.role {
				t.Errorf("Role = %q, want %q", ivs[0].Role, tc.role)
			}
		})
	}
}

// TestCompanyNotFromAPhrase: words of the subject that only look like a
// name ("Bestätigung Ihres", an instruction) give way to the company the
// mail is from; a system's "via" and a Danish domain's "oe" are read.
func TestCompanyNotFromAPhrase(t *testing.T) {
	tests := []struct {
		name, subject, fromName, from, text, company string
	}{
		{"a possessive in the subject", "Bestätigung Ihres Interviews", "Alpenblick Versicherungen", "karriere@alpenblick.example",
			"Guten Tag, hiermit bestätigen wir Ihr Interview bei Alpenblick Versicherungen am Donnerstag, 3. Dezember 2026 um 14:00 Uhr.", "Alpenblick Versicherungen"},
		{"a first name with a person's title", "Chat with Derek?", "Kayla Morrison", "kayla@bluebonnetanalytics.example",
			"Hiring manager Derek would love to chat. You are confirmed for a video call on Thursday, December 3 at 10:30am.\n\nKayla Morrison\nTechnical Recruiter\nBluebonnet Analytics", "Bluebonnet Analytics"},
		{"a system after via", "Your one-way video interview", "Maplewood Financial via Spark Hire", "no-reply@sparkhire.com",
			"Maplewood Financial has invited you to a one-way video interview. Please complete your interview by: December 3, 2026 11:59 PM EST", "Maplewood Financial"},
		// A system followupd does not know by name, whose display name
		// says it writes through itself: its own name is no employer.
		{"a system unknown by name after vía, from its own domain", "Invitación a entrevista", "Cóndor Finanzas vía Buk", "notificaciones@buk.cl",
			"¡Gracias por postular a Analista de Datos! Queremos conocerte en una entrevista con el equipo.\n\nFecha: miércoles, 09 de diciembre de 2026\nHora: 11:00 - 11:45 (GMT-03:00) Santiago\n\nEste correo fue enviado automáticamente por Buk en nombre de Cóndor Finanzas SpA.", "Cóndor Finanzas"},
		// Oleeo writes from tal.net in the employer's name, the
		// subject's last part the team.
		{"a system's display name over the team its subject ends with", "Telephone interview booking confirmed - Senior Software Engineer - Signalling Systems",
			"Carrow Rail Recruitment", "carrowrail-noreply@tal.net",
			"Dear Sam,\n\nYour telephone interview is booked.\n\nDate: Monday 30 November 2026\nTime: 16:00 - 16:45 (UK time)\n\nCarrow Rail Recruitment", "Carrow Rail"},
		{"a subject's part led by the noun for a post", "Vaga Eng. de Plataforma - Capivara Labs", "Thiago Nunes", "thiago.nunes.tech@gmail.com",
			"Oi Sam! Topa um papo rápido? Confirmado para quinta-feira, 3 de dezembro, às 15h (horário de Brasília).\n\nThiago Nunes\nTalent | Capivara Labs", "Capivara Labs"},
		{"a relay in Hungarian's postposition", "Állásinterjú meghívó - Senior Frontend fejlesztő", "Duna Fintech Zrt. a Profession.hu-n keresztül", "uzenet@profession.hu",
			"Kedves Sam!\n\nSzeretnénk meghívni egy személyes állásinterjúra.\n\nIdőpont: 2026. december 9. (szerda) 14 órakor\nHelyszín: Budapest", "Duna Fintech"},
		{"a title cut short in brackets is no company", "Invito: Colloquio Sam Rivera - Lanificio Sella Bruni (Resp. IT) @ lun 14 dic 2026 11:00 - 12:00 (CET)",
			"Francesca Rota", "francesca.rota.gigroup@gmail.com", "Colloquio con il cliente, lunedì 14 dicembre alle 11:00.", "Lanificio Sella Bruni"},
		{"an agency's esteemed client over the agency the subject names last", "Interview call for Senior Backend Engineer - Kaveri Fintech | TalentBridge HR Solutions",
			"Anjali Verma via Naukri", "info@naukri.com",
			"Dear Sam,\n\nGreetings from TalentBridge HR Solutions! We are hiring for Senior Backend Engineer for our esteemed client Kaveri Fintech Pvt. Ltd.\n\n" +
				"The first round will be a telephonic round on Friday, 4th December 2026 at 4:00 PM IST.\n\nRegards,\nAnjali Verma", "Kaveri Fintech"},
		{"a Danish name spelt out in the domain", "Din ansøgning - Senior udvikler", "Mette Holm", "mette@skovgaard-moebler.example",
			"Tak for din ansøgning til stillingen som Senior udvikler hos Skovgaard Møbler. Jeg ringer dig op torsdag d. 3. december kl. 14.00.", "Skovgaard Møbler"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "c@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: tc.subject,
				From: addr(tc.fromName, tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			if got := onlyCompany(t, m); got != tc.company {
				t.Errorf("Company = %q, want %q", got, tc.company)
			}
		})
	}
}

// TestCompanyFromASystemsDisplayName: a tracking system unknown to
// followupd sends from its no-reply address in the organisation's name
// and answers go to the organisation; that display name is the
// organisation's own spelling, where the text may inflect it.
func TestCompanyFromASystemsDisplayName(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "k@x", Date: time.Date(2026, 11, 18, 11, 5, 0, 0, time.UTC), Subject: "Kutsu haastatteluun: Ohjelmistokehittäjä (Java)",
		From:    addr("Revontuli Software Oy", "noreply@rekry.laura.example"),
		ReplyTo: addr("Aino Laine", "aino.laine@revontuli.example"),
		To:      addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Hei Sam,\n\nkiitos hakemuksestasi Revontuli Softwaren Ohjelmistokehittäjä (Java) -tehtävään! Kutsumme sinut haastatteluun.\n\nAika: keskiviikko 2.12.2026 klo 14.00-15.00 (Suomen aikaa)"}
	if got := onlyCompany(t, m); got != "Revontuli Software" {
		t.Errorf("Company = %q, want %q", got, "Revontuli Software")
	}
	// "Kajo Analytics Oy / Recright": the company, a slash, the system.
	m.From, m.ReplyTo = addr("Kajo Analytics Oy / Recright", "no-reply@recright.com"), nil
	m.Subject, m.Text = "Videohaastattelu: Ohjelmistokehittäjä (full stack)", "Hei Sam,\n\nkutsumme sinut videohaastatteluun.\n\nAika: keskiviikko 2.12.2026 klo 14.00-15.00 (Suomen aikaa)"
	if got := onlyCompany(t, m); got != "Kajo Analytics Oy" && got != "Kajo Analytics" {
		t.Errorf("Company = %q, want %q", got, "Kajo Analytics")
	}
}

// TestCompanyFromAPersonsDisplayName: a scheduling system writes in the
// name of a person and, in brackets, the organisation they recruit for.
func TestCompanyFromAPersonsDisplayName(t *testing.T) {
	for _, tc := range []struct {
		name, display, from, want string
	}{
		{"organisation in brackets", "Juliana Prado (Cerrado Pagamentos)", "scheduling@mail.modernloop.io", "Cerrado Pagamentos"},
		{"a title in brackets is no organisation", "Rachel Kim (Senior Recruiter)", "careers-halvorsenmed@talent.icims.com", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "d@x", Date: time.Date(2026, 11, 25, 14, 0, 0, 0, time.UTC), Subject: "Entrevista confirmada",
				From: addr(tc.display, tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: "Olá Sam,\n\nSua entrevista está confirmada para quinta-feira, 10 de dezembro de 2026, às 14:00 (horário de Brasília)."}
			got := onlyCompany(t, m)
			if tc.want != "" && got != tc.want || tc.want == "" && strings.Contains(got, "Recruiter") {
				t.Errorf("Company = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCompanyIsTheAgencysClient: an agency names the employer as its
// client; its own domain names none.
func TestCompanyIsTheAgencysClient(t *testing.T) {
	const agency = "jo.petersen@hansetalent.example"
	tests := []struct{ name, from, subject, text, company string }{
		{"German", agency, "", "Hallo Sam, Ihr Vorstellungsgespräch bei unserem Mandanten Lindqvist Maschinenbau GmbH findet am Montag, 7. Dezember um 15:00 Uhr statt.", "Lindqvist Maschinenbau"},
		{"English", agency, "", "Hi Sam, your interview for our client Ashdown Insurance is confirmed for Monday 7 December at 15:00 CET.", "Ashdown Insurance"},
		// An agency's domain that spells only its own name: its
		// footer says what it is, and it names the client once the
		// search is no longer confidential.
		{"named late, in English", "olivia.pennington@harrowfinch.example", "",
			"Hi Sam,\n\nGood news – I can now tell you who the client is: it's Larkspur Payments. You're booked in for your first interview " +
				"on Tuesday 8th December at 2pm UK time.\n\nOlivia\n\nOlivia Pennington\nHarrow & Finch\n\n" +
				"Harrow & Finch Ltd is acting as an employment agency in relation to this vacancy.", "Larkspur Payments"},
		{"named late, in German", "k.brandt@brandt-hollmann.example", "",
			"Hallo Sam,\n\nder Mandant ist die Voss Antriebstechnik GmbH. Ihr Vorstellungsgespräch dort ist am Montag, 7. Dezember um 15:00 Uhr.\n\n" +
				"Viele Grüße\nKarin Brandt\nBrandt & Hollmann Personalberatung", "Voss Antriebstechnik"},
		// "an meinen Kunden, die ...": the client in apposition, over the
		// subject's last part, which is the team.
		{"in apposition, the subject naming the team", "b.hofstaetter@hofstaetter-personal.example",
			"Ihre Bewerbung - Senior Backend Engineer (Java), Energiehandel",
			"Sehr geehrter Herr Rivera,\n\nich habe Ihr Profil an meinen Kunden, die Voralpen Energie Handel GmbH, weitergeleitet. " +
				"Ihr Vorstellungsgespräch ist am Freitag, 11. Dezember um 14:30 Uhr.\n\nMit freundlichen Grüßen\nBernhard Hofstätter\nHofstätter Personalberatung GmbH",
			"Voralpen Energie Handel"},
		{"named at last, in the words that introduce a name", "c.mertens@kaiser-lind.example", "",
			"Sehr geehrter Herr Rivera,\n\nnun darf ich Ihnen auch den Namen nennen: Es handelt sich um die Aurelius Bank AG in Frankfurt. " +
				"Ihr Vorstellungsgespräch ist am Freitag, 11. Dezember um 9:30 Uhr.\n\nBeste Grüße\nCarolin Mertens\nKaiser & Lind Executive Search GmbH",
			"Aurelius Bank"},
		// The client in the subject after the post, and an agency's
		// footer: not the agency's domain that the mail spells.
		{"the subject's client after a post", "tom.ashworth@cavendish-medical.example", "Senior Staff Nurse ED - St Columba's - telephone interview",
			"Hi Sam,\n\nthe ED at St Columba's have come back on your CV. Dr Priya Raman would like a telephone interview with you " +
				"on Wednesday 16th December at 12.30pm UK time.\n\nCheers,\nTom\n\nTom Ashworth\nCavendish Medical Staffing\n\n" +
				"Cavendish Medical Staffing Ltd is registered in England. We act as an employment business in relation to the supply of temporary workers.",
			"St Columba's"},
		{"the client in brackets", "alessandro.greco@sirio-consulting.example", "Re: Opportunità consulenza P.IVA – Data Architect – Milano/remote",
			"Ciao Sam,\n\nil cliente (Alpinvest SGR) ha visto il tuo profilo e vuole fare un colloquio tecnico con te:\n\ngiovedì 17 dicembre, ore 15:00 – 16:00, su Microsoft Teams\n\n" +
				"Un saluto,\n\nAlessandro Greco\nSenior IT Recruiter\nSirio Consulting S.r.l.", "Alpinvest SGR"},
		{"wrapped by the mail program", "m.kessler@kessler-partner.example", "",
			"Sehr geehrter Herr Rivera,\n\nich habe Ihr Profil unserem Mandanten, der Nordwerk\nMaschinenbau GmbH, vorgestellt. " +
				"Ihr Vorstellungsgespräch ist am Mittwoch, 9. Dezember um 14:30 Uhr.\n\nMit freundlichen Grüßen\nMartin Kessler\nKessler & Partner Personalberatung",
			"Nordwerk Maschinenbau"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "a@x", Date: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC), Subject: cmp.Or(tc.subject, "Termin"),
				From: addr("Jan-Ole Petersen", tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			if got := onlyCompany(t, m); got != tc.company {
				t.Errorf("Company = %q, want %q", got, tc.company)
			}
		})
	}
}

// TestCompanyASystemNamesWithItsLegalForm: a hiring system's display
// name gives the recruiter and the company; the company signs its footer
// with its legal form, beside its managing directors.
func TestCompanyASystemNamesWithItsLegalForm(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "p@x", Date: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), Subject: "Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d) Java",
		From: addr("Julia Hartmann | Brandt Hydraulik GmbH", "no-reply@personio.de"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Guten Tag Sam Rivera,\n\nhiermit laden wir Sie herzlich zu einem ersten Vorstellungsgespräch per Microsoft Teams ein:\n\n" +
		"Datum: Dienstag, 1. Dezember 2026\nUhrzeit: 14.30 Uhr\n\nMit freundlichen Grüßen\n\nJulia Hartmann\nPersonalreferentin\nBrandt Hydraulik GmbH\n\n--\n" +
		"Brandt Hydraulik GmbH | Am Stadtholz 24 | 33609 Bielefeld\nGeschäftsführer: Henrik Brandt, Dr. Claudia Brandt-Wessel\n"}
	if got := onlyCompany(t, m); got != "Brandt Hydraulik" {
		t.Errorf("Company = %q, want %q", got, "Brandt Hydraulik")
	}
}

// TestCompanyWrappedInAQuote: a name the quote wrapped over two lines
// ("chez Maison\n> Lumen") is spelled as one.
func TestCompanyWrappedInAQuote(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "q@x", Date: time.Date(2026, 12, 9, 16, 0, 0, 0, time.UTC), Subject: "Re: Entretien",
		From: addr("Camille Roux", "camille.roux@maisonlumen.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Je vous confirme l'entretien le jeudi 17 décembre à 14h30.\n\nLe 1 déc. 2026 à 14:22, Camille Roux a écrit :\n> Merci pour votre candidature au poste de Product Designer chez Maison\n> Lumen. Je vous propose un entretien."}
	if got := onlyCompany(t, m); got != "Maison Lumen" {
		t.Errorf("Company = %q, want %q", got, "Maison Lumen")
	}
}

// onlyCompany builds the interviews of one message and returns the
// company of the one interview it must make.
func onlyCompany(t *testing.T, m mail.Message) string {
	t.Helper()
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	return ivs[0].Company
}

// TestCompanySpelledAsTheMailDoes: the name a domain stands for, as the
// mail writes it: its two parts in the other order, as French and Spanish
// names go; the kind of organisation before the name; a word of its trade
// after it.
func TestCompanySpelledAsTheMailDoes(t *testing.T) {
	for _, tc := range []struct{ name, from, signature, want string }{
		{"French", "claire.dumont@vauclair-groupe.example", "Claire Dumont\nChargée de recrutement\nGroupe Vauclair - 14 rue de la République, Lyon", "Groupe Vauclair"},
		{"accents the domain drops", "rh@borealis-assurances.example", "Geneviève Tremblay\nAssurances Boréalis", "Assurances Boréalis"},
		{"in order", "hr@lumen-paiements.example", "Claire\nLumen Paiements", "Lumen Paiements"},
		{"the kind before the name", "fernanda.ruiz@tezontle.example", "Fernanda Ruiz\nGrupo Tezontle · Ciudad de México", "Grupo Tezontle"},
		{"a trade after the name", "thiago@cajueiro.example", "Thiago Marques\nCajueiro Pagamentos", "Cajueiro Pagamentos"},
		{"a brewery's trade after the name", "karin@seewald.example", "Karin Albers\nPersonal\nSeewald Brauerei GmbH · Konstanz", "Seewald Brauerei"},
		{"a lower-case word before is no kind", "hr@tezontle.example", "Saludos del grupo Tezontle", "Tezontle"},
		{"a Nordic trade after the name", "mette@havnefront.example", "Mette Holm\nTalent Acquisition\nHavnefront Finans A/S", "Havnefront Finans"},
		{"a Finnish trade after the name", "aino@revontuli.example", "Aino Laine\nRevontuli Ohjelmistot Oy", "Revontuli Ohjelmistot"},
		{"a school's kind after its name", "hr@hollowaypark.example", "Maria Santos\nHolloway Park Academy | Hollins Lane, Bury", "Holloway Park Academy"},
		{"a university the domain shortens", "petra.kuehnel@uni-hohenfels.example", "Petra Kühnel\nInstitut für Umweltinformatik\nUniversität Hohenfels", "Universität Hohenfels"},
		{"a small word the domain drops", "rh@univ-valmont.example", "Service RH\nUniversité de Valmont", "Université de Valmont"},
		{"accents and a small word", "talento@iberica-movilidad.example", "Lucía Ortega\nIbérica de Movilidad S.L.", "Ibérica de Movilidad"},
		{"the start of a word alone is no name", "hr@uni-tech.example", "Universal Technical Services", "Uni-Tech"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "o@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: "Entretien",
				From: addr("RH", tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 10 décembre à 10h30.\n\n" + tc.signature}
			if got := onlyCompany(t, m); got != tc.want {
				t.Errorf("Company = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCompanyOfAForwardedInvitation: an agency passes on its client's
// invitation; the client, who first wrote it, is the company.
func TestCompanyOfAForwardedInvitation(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "f@x", Date: time.Date(2026, 12, 2, 9, 5, 0, 0, time.UTC), Subject: "TR: Entretien M. Sam Rivera - Responsable Data",
		From: addr("Claire Dubois", "claire.dubois@talentis-conseil.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Bonjour Sam,\n\nje vous transfère ci-dessous l'invitation pour votre entretien.\n\nClaire Dubois\nConsultante senior\nTalentis Conseil\n\n" +
		"-------- Message transféré --------\nDe : Hélène Moreau <h.moreau@maisonverdier.example>\nEnvoyé : mardi 1 décembre 2026 16:42\n" +
		"À : Claire Dubois <claire.dubois@talentis-conseil.example>\nObjet : Entretien M. Sam Rivera - Responsable Data\n\n" +
		"Bonjour Claire,\nNous vous proposons le vendredi 11 décembre 2026 de 10h00 à 11h00 (heure de Paris), en visioconférence.\n\n" +
		"Hélène Moreau\nChargée de recrutement\nMaison Verdier - 4 quai Saint-Antoine, 69002 Lyon"}
	if got := onlyCompany(t, m); got != "Maison Verdier" {
		t.Errorf("Company = %q, want %q", got, "Maison Verdier")
	}
}

// TestLaterRoundKeepsTheRole: a second round whose mail names no job is
// for the job of the employer's first; with two jobs there, which one is
// not said.
func TestLaterRoundKeepsTheRole(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	letter := letterFrom(addr("Ewa Nowak", "ewa.nowak@bursztyn.example"))
	first := letter("r1", at(20, 9), "Zaproszenie na rozmowę - Senior QA Engineer",
		"Dzień dobry, zapraszam na rozmowę we wtorek, 1 grudnia 2026, godz. 10:00.")
	other := letter("r2", at(21, 9), "Zaproszenie na rozmowę - Data Analyst",
		"Dzień dobry, zapraszam na rozmowę w środę, 2 grudnia 2026, godz. 10:00.")
	second := letter("r3", at(28, 9), "Bursztyn - drugi etap",
		"Dzień dobry, potwierdzam drugi etap rozmowy: wtorek, 8 grudnia 2026, godz. 13:00.")
	tests := []struct {
		name string
		msgs []mail.Message
		want string // the second round's role
	}{
		{"one job before", []mail.Message{first, second}, "Senior QA Engineer"},
		{"two jobs before", []mail.Message{first, other, second}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			var got *interview.Interview
			for i := range ivs {
				if ivs[i].Start.Equal(time.Date(2026, 12, 8, 12, 0, 0, 0, time.UTC)) {
					got = &ivs[i]
				}
			}
			if got == nil {
				t.Fatalf("no second round in %+v", ivs)
			}
			if got.Role != tc.want {
				t.Errorf("second round's role %q, want %q", got.Role, tc.want)
			}
		})
	}
}

// TestTeamAfterTitleIsNotTheCompany: "Senior Software Engineer -
// Platform" may end in a team; a hiring system's display name says which
// company it writes for. A name first stays the company.
func TestTeamAfterTitleIsNotTheCompany(t *testing.T) {
	// The team then belongs to the posting's title.
	tests := []struct{ subject, sender, from, want, role, text string }{
		{"Interview Scheduled - Technical Round 1 - Senior Software Engineer - Platform", "Kestrel Softworks", "noreply@zohorecruit.in",
			"Kestrel Softworks", "Senior Software Engineer - Platform", ""},
		{"Entrevista agendada - Engenheiro de Dados - Pagamentos", "Pampa Pagamentos Ltda", "noreply@zohorecruit.in",
			"Pampa Pagamentos", "Engenheiro de Dados - Pagamentos", ""},
		{"Halcyon Labs - Interview - Senior Software Engineer", "Halcyon Careers", "noreply@zohorecruit.in",
			"Halcyon Labs", "Senior Software Engineer", ""},
		// The company's own address, its name spelled by the mail.
		{"Interview Invitation - Software Engineer II - Claims Platform", "Harborview Insurance Talent Acquisition", "talent@harborview-ins.example",
			"Harborview Insurance", "Software Engineer II - Claims Platform", ""},
		// The candidate after the title is no team.
		{"Interview: Backend Engineer – Sam Rivera", "Quaystone", "noreply@zohorecruit.in", "Quaystone", "Backend Engineer", ""},
		// The subject shortens the title; the text gives it whole.
		{"Lumen Paiements – Product Manager Senior : premier échange", "Claire Dubois", "claire.dubois@lumen-paiements.example", "Lumen Paiements",
			"Product Manager Senior – Paiements B2B", "Merci pour votre candidature au poste de Product Manager Senior – Paiements B2B. Votre entretien est fixé au jeudi 3 décembre 2026 à 14h."},
		{"Lumen Paiements – Product Manager Senior : premier échange", "Claire Dubois", "claire.dubois@lumen-paiements.example", "Lumen Paiements",
			"Product Manager Senior", "Votre entretien pour le poste de Product Manager Senior – Claire Dubois vous appellera le jeudi 3 décembre 2026 à 14h."},
	}
	for _, tc := range tests {
		t.Run(tc.subject, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "v@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: tc.subject,
				From: addr(tc.sender, tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: "Your interview is scheduled for Thursday, 3 December 2026 at 14:00 CET."}
			if tc.text != "" {
				m.Text = tc.text
			}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != tc.want || ivs[0].Role != tc.role {
				t.Fatalf("got %+v, want one interview with %s as %s", ivs, tc.want, tc.role)
			}
		})
	}
}

// TestCompanyAsWrittenNotInflected: the text inflects the name (the Finnish
// genitive "Kuura Systemsin"), the display name or signature writes it
// plain; the plain spelling names the company.
func TestCompanyAsWrittenNotInflected(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "k@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: "Kutsu haastatteluun: Ohjelmistokehittäjä (backend)",
		From: addr("Kuura Systems", "no-reply@teamtailor.com"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Hei Sam,\n\nkiitos hakemuksestasi Kuura Systemsin Ohjelmistokehittäjä (backend) -tehtävään! Kutsumme sinut haastatteluun.\n\n" +
		"Aika: tiistai 15.12.2026 klo 13.00–14.00 (Suomen aikaa)\n\nYstävällisin terveisin\nHeidi Virtanen\nTalent Acquisition Partner | Kuura Systems Oy\n\n" +
		"https://kuurasystems.teamtailor.com/connect/privacy"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Kuura Systems" {
		t.Fatalf("got %+v, want one interview with Kuura Systems", ivs)
	}
}

// TestRoleFromTheRecruitersPitch: the booking names no job; the
// recruiter's pitch before it, outside its thread, did. Two pitches for
// two jobs do not say which.
func TestRoleFromTheRecruitersPitch(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	letter := letterFrom(addr("Oliver Pryce", "oliver.pryce@harcourtlane.example"))
	pitch := letter("p1", at(24, 9), "Senior Frontend Engineer - Series B payments scale-up (remote, EU)",
		"Hi Sam, I'm working with a payments company hiring a Senior Frontend Engineer. Fancy a chat?")
	other := letter("p2", at(25, 9), "Staff Platform Engineer - logistics, Berlin",
		"Hi Sam, another one that might suit you.")
	booked := letter("b1", at(26, 9), "Interview confirmed",
		"Hi Sam, confirming your first interview with my client on Wednesday, 2 December 2026 at 16:30 CET. Speak then, Oliver")
	// The title in the text of a mail whose subject names none.
	inText := letter("p3", at(24, 9), "Your application",
		"Dank je wel voor je sollicitatie op de vacature Senior Software Engineer – Data Platform bij ons. Plan gerust een kennismaking in.")
	tests := []struct {
		name string
		msgs []mail.Message
		want string
	}{
		{"one pitch before", []mail.Message{pitch, booked}, "Senior Frontend Engineer"},
		{"two pitches before", []mail.Message{pitch, other, booked}, ""},
		{"a pitch's title in its text", []mail.Message{inText, booked}, "Senior Software Engineer – Data Platform"},
		{"a title in a subject and another in a text", []mail.Message{inText, other, booked}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("got %d interviews, want 1: %+v", len(ivs), ivs)
			}
			if ivs[0].Role != tc.want {
				t.Errorf("role %q, want %q", ivs[0].Role, tc.want)
			}
		})
	}
}

// letterFrom returns a maker of plain letters from one sender to the user.
func letterFrom(from []mail.Address) func(id string, date time.Time, subject, text string) mail.Message {
	return func(id string, date time.Time, subject, text string) mail.Message {
		return mail.Message{Summary: mail.Summary{MessageID: id, Date: date, Subject: subject,
			From: from, To: addr("Sam Rivera", "sam.rivera@example.org")}, Text: text}
	}
}

// TestVendorDisplayNamePersonAndCompany: a hiring system's display name
// gives the recruiter and the company ("Katarzyna Nowicka | Bursztyn
// Software"); the company is the part a company's name is made of,
// whichever side it stands.
func TestVendorDisplayNamePersonAndCompany(t *testing.T) {
	for _, sender := range []string{"Katarzyna Nowicka | Bursztyn Software", "Bursztyn Software | Katarzyna Nowicka"} {
		t.Run(sender, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "j@x", Date: time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC), Subject: "Interview invitation",
				From: addr(sender, "notifications@join.com"), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: "Your interview is confirmed for Monday, 23 November 2026 at 9:30 CET."}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != "Bursztyn Software" {
				t.Fatalf("got %+v, want one interview with Bursztyn Software", ivs)
			}
		})
	}
}

// TestChatbotsDisplayNameAndItsEmployer: Paradox's "Olivia | Ashcombe
// Brands" is a chatbot's name and its employer's; a notice whose subject
// names the employer ("Update: your Ashcombe Brands interview has a new
// time") moves the interview its first notice booked, one interview.
func TestChatbotsDisplayNameAndItsEmployer(t *testing.T) {
	olivia := addr("Olivia | Ashcombe Brands", "no-reply@paradox.ai")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	booked := mail.Message{Summary: mail.Summary{MessageID: "px1@paradox.ai", Date: time.Date(2026, 12, 1, 11, 48, 0, 0, time.UTC),
		Subject: "You're confirmed! Your interview with Ashcombe Brands", From: olivia, To: me},
		Text: "Hi Sam,\n\nYou're all set!\n\nWednesday 9 December 2026 1:00 PM – 1:45 PM GMT (London)\nInterviewer: Priya Raman, Head of Site Reliability\nWhere: Microsoft Teams"}
	moved := mail.Message{Summary: mail.Summary{MessageID: "px2@paradox.ai", Date: time.Date(2026, 12, 7, 16, 5, 0, 0, time.UTC),
		Subject: "Update: your Ashcombe Brands interview has a new time", From: olivia, To: me},
		Text: "Hi Sam,\n\nYour interview has been rescheduled.\n\nNew time:\nFriday 11 December 2026 9:30 AM – 10:15 AM GMT (London)\n(previously: Wednesday 9 December 2026, 1:00 PM GMT)\nInterviewer: Priya Raman"}
	ivs := interview.Build([]mail.Message{booked, moved}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261211T093000Z")
	if len(ivs) == 1 && ivs[0].Company != "Ashcombe Brands" {
		t.Errorf("Company = %q, want Ashcombe Brands", ivs[0].Company)
	}
}

// TestCompanyOfAHiringSystemsOrganizer: a hiring system sends the
// invitation as the company ("ORGANIZER;CN=Vandermeer Logistics:mailto:
// vandermeer@myworkday.com"); that name is the company the title names,
// not a person to leave out of it.
func TestCompanyOfAHiringSystemsOrganizer(t *testing.T) {
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:wd-interview-R-10482@myworkday.com", "SEQUENCE:0", "DTSTAMP:20261124T090000Z",
		"DTSTART:20261210T130000Z", "DTEND:20261210T140000Z",
		"SUMMARY:Interview: Data Engineer - Vandermeer Logistics", "LOCATION:Microsoft Teams Meeting",
		"ORGANIZER;CN=Vandermeer Logistics:mailto:vandermeer@myworkday.com",
		"ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT:mailto:sam.rivera@example.org",
		"END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	m := mail.Message{Summary: mail.Summary{
		MessageID: "wd1@myworkday.com", Date: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC),
		Subject: "Interview Scheduled - Data Engineer (R-10482)", HasCalendar: true,
		From: addr("Vandermeer Logistics", "vandermeer@myworkday.com"), To: addr("", "sam.rivera@example.org"),
	}, Text: "Interview Type: Video Interview (Microsoft Teams)\nA Microsoft Teams link will be shared with you.", Calendars: [][]byte{[]byte(ics)}}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if ivs[0].Company != "Vandermeer Logistics" {
		t.Errorf("Company = %q (%s), want Vandermeer Logistics", ivs[0].Company, ivs[0].Why.Company)
	}
}

// TestCompanyFromTheAgencysPitch: an agency's confirmation that names the
// client only as "Calderbrook" takes its name from the agency's first
// mail in the thread ("Client: Calderbrook Energy"); a British contract's
// tax status in the pitch's subject is no company.
func TestCompanyFromTheAgencysPitch(t *testing.T) {
	at := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	agent := addr("Callum Fraser", "callum.fraser@harbourstreet-resourcing.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	subject := "Contract | Senior Python Developer | Outside IR35 | £575/day | 6 months | Remote"
	msgs := []mail.Message{
		{Summary: mail.Summary{MessageID: "p1@x", Date: at(23), Subject: subject, From: agent, To: me},
			Text: "Hi Sam,\n\nA contract that looks a good fit:\n\nClient: Calderbrook Energy (renewables, HQ in Leeds)\nRate: £575/day outside IR35\n\nInterested?\n\nCallum"},
		{Summary: mail.Summary{MessageID: "p2@x", Date: at(24), Subject: "Re: " + subject, From: me, To: agent,
			InReplyTo: []string{"p1@x"}, References: []string{"p1@x"}}, Text: "Hi Callum, yes please, put me forward."},
		{Summary: mail.Summary{MessageID: "p3@x", Date: at(30), Subject: "RE: " + subject, From: agent, To: me,
			InReplyTo: []string{"p2@x"}, References: []string{"p1@x", "p2@x"}},
			Text: "Morning Sam,\n\nGood news - Calderbrook want to meet you. All confirmed for Tuesday 8th December, 2pm - 2.45pm UK time with Priya and Tom.\n\nCallum"},
	}
	ivs := interview.Build(msgs, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1: %+v", len(ivs), ivs)
	}
	if ivs[0].Company != "Calderbrook Energy" || ivs[0].Role != "Senior Python Developer" {
		t.Errorf("Company, Role = %q, %q; want %q, %q", ivs[0].Company, ivs[0].Role, "Calderbrook Energy", "Senior Python Developer")
	}
}

// TestBrokersClientMeetingIsAnInterview: a project broker's request for
// a staffed role ("Projektanfrage: Senior Java Entwickler (m/w/d)") is a
// candidacy, not a client's project for the freelancer to sell to; the
// meeting it leads to with the broker's client is the interview, with
// the client as the company.
func TestBrokersClientMeetingIsAnInterview(t *testing.T) {
	broker := addr("Miriam Oberländer", "m.oberlaender@kessler-projektpartner.example")
	me := addr("Sam Rivera", "sam.rivera@example.org")
	pitch := mail.Message{Summary: mail.Summary{MessageID: "pa-1@kessler.example", Date: time.Date(2026, 11, 20, 9, 3, 0, 0, time.UTC),
		Subject: "Projektanfrage: Senior Java Entwickler (m/w/d) - remote/Hannover - ab 01/2027 [PA-26-1187]", From: broker, To: me},
		Text: "Hallo Herr Rivera,\n\nfür einen Kunden aus der Energiewirtschaft suchen wir ab Januar einen Senior Java Entwickler (m/w/d), remote mit gelegentlichen Vor-Ort-Tagen in Hannover.\n\nHätten Sie Interesse und Kapazität?\n\nMit freundlichen Grüßen\nMiriam Oberländer"}
	summary := "Kundengespräch Stadtwerke Altenbrück / Sam Rivera - Senior Java Entwickler (PA-26-1187)"
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:kg-1@kessler.example", "SEQUENCE:0", "DTSTAMP:20261201T102500Z",
		"DTSTART;TZID=W. Europe Standard Time:20261209T143000", "DTEND;TZID=W. Europe Standard Time:20261209T151500",
		"SUMMARY:" + summary, "ORGANIZER;CN=Miriam Oberländer:mailto:m.oberlaender@kessler-projektpartner.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org",
		"LOCATION:Microsoft Teams-Besprechung", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	invite := mail.Message{Summary: mail.Summary{MessageID: "kg-inv@kessler.example", Date: time.Date(2026, 12, 1, 10, 25, 0, 0, time.UTC),
		Subject: summary, From: broker, To: me, InReplyTo: []string{"pa-1@kessler.example"}, References: []string{"pa-1@kessler.example"}, HasCalendar: true},
		Text:      "Hallo Herr Rivera,\n\nwie angekündigt die Einladung zum Kundengespräch.\n\nMicrosoft Teams Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x",
		Calendars: [][]byte{[]byte(ics)}}
	ivs := interview.Build([]mail.Message{pitch, invite}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	want := time.Date(2026, 12, 9, 13, 30, 0, 0, time.UTC)
	if iv := ivs[0]; iv.Company != "Stadtwerke Altenbrück" || iv.Role != "Senior Java Entwickler" || !iv.Start.Equal(want) {
		t.Errorf("interview = %s %q %q; want %s, Stadtwerke Altenbrück, Senior Java Entwickler", iv.Start, iv.Company, iv.Role, want)
	}
}

// TestPublicServiceForms: a national public service's portal writes a
// form: the employer in a field of its own ("Employer:", for the public
// service "Department:" too), a time without a zone that is the
// country's, and the person behind it by address only.
func TestPublicServiceForms(t *testing.T) {
	tests := []struct {
		name, from, text string
		company          string
		start            time.Time
		organizer        string
	}{
		{"Civil Service Jobs, remote", "noreply@civilservicejobs.service.gov.uk",
			"Dear Sam Rivera\n\nVacancy: 398112 - Higher Executive Officer - Data Analyst\nDepartment: Department for Regional Growth\n\n" +
				"Thank you for booking your interview. Your interview details are below.\n\nDate: Tuesday 12 January 2027\nTime: 13:30\n" +
				"Location: Remote - video interview via Microsoft Teams\n\nVacancy holder contact\n\nName: Hannah Okafor\nEmail: hannah.okafor@regionalgrowth.example\n\nPlease do not reply to this email.",
			"Department for Regional Growth", time.Date(2027, 1, 12, 13, 30, 0, 0, time.UTC), "hannah.okafor@regionalgrowth.example"},
		{"NHS Jobs, in person", "noreply@jobs.nhs.uk",
			"Dear Sam Rivera,\n\nInterview booked\n\nJob title: Senior Information Analyst\nEmployer: Calderbrook Teaching Hospitals NHS Foundation Trust\n\n" +
				"Date: 15 December 2026\nTime: 11:15am\nInterview type: In person\nLocation: Education Centre, Calderbrook General Hospital, Ashby Road, Calderbrook, CB4 2QT\n\n" +
				"This is an automated email - do not reply to this email address.",
			"Calderbrook Teaching Hospitals NHS Foundation Trust", time.Date(2026, 12, 15, 11, 15, 0, 0, time.UTC), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{MessageID: "p@x", Date: time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC),
				Subject: "Interview booked", From: addr("Portal", tc.from), To: addr("Sam Rivera", "sam.rivera@example.org")}, Text: tc.text}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			iv := ivs[0]
			if iv.Company != tc.company || !iv.Start.Equal(tc.start) || iv.Organizer.Email != tc.organizer && tc.organizer != "" {
				t.Errorf("interview = %q at %s by %q; want %q at %s by %q", iv.Company, iv.Start.UTC(), iv.Organizer.Email, tc.company, tc.start, tc.organizer)
			}
		})
	}
}

// TestNoReplyAddressIsNoSlug: Gupy sends from "naoresponda@gupy.io" and
// its footer says "Não responda a este e-mail": the address is no slug of
// the company's, whose name is in the display name before "via".
func TestNoReplyAddressIsNoSlug(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "g@gupy.io", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Subject: "Próxima etapa: Entrevista | Especialista em Segurança da Informação",
		From:    addr("Banco Aroeira via Gupy", "naoresponda@gupy.io"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Olá Sam,\n\nsua entrevista está marcada para quinta-feira, 10 de dezembro de 2026, às 14h (horário de Brasília).\n\n" +
		"Não responda a este e-mail.\n\nEquipe Banco Aroeira"}
	if got := onlyCompany(t, m); got != "Banco Aroeira" {
		t.Errorf("Company = %q, want Banco Aroeira", got)
	}
}

// TestCompanyBeforeASlash: "Lumipeli / haastatteluajat", an agency's
// subject: the name before a slash when the other side is the interview
// (here a Finnish compound). A slash inside a title divides nothing.
func TestCompanyBeforeASlash(t *testing.T) {
	for _, tc := range []struct{ subject, text, want string }{
		{"Lumipeli / haastatteluajat", "Hei Sam,\n\nvahvistan haastattelun maanantaina 14.12. klo 9.30.\n\nTiina", "Lumipeli"},
		{"Frontend / Backend Engineer interview", "Hi Sam,\n\nconfirming your interview on Monday, 14 December at 9:30 CET.\n\nJo", "Quaystone"},
	} {
		t.Run(tc.subject, func(t *testing.T) {
			from := "tiina.koskinen@hakuvoima.example"
			if tc.want == "Quaystone" {
				from = "jo@quaystone.example"
			}
			m := mail.Message{Summary: mail.Summary{
				MessageID: "s@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: tc.subject,
				From: addr("Tiina Koskinen", from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			if got := onlyCompany(t, m); got != tc.want {
				t.Errorf("Company = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestStaffingGroupIsNoEmployer: a staffing group's consultant, whose
// domain's name says nothing of the trade, confirms her client's
// interview: the client is the company, not the group that signs.
func TestStaffingGroupIsNoEmployer(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "a@adecco.example", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Subject: "Conferma colloquio - Responsabile Infrastrutture IT - Vetreria Muranese",
		From:    addr("Francesca Moretti", "francesca.moretti@adecco.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Gentile Sam,\n\ncome anticipato, le confermo il colloquio con il nostro cliente per la posizione di Responsabile Infrastrutture IT:\n\n" +
		"Data: venerdì 11 dicembre 2026\nOra: 09:00\nLuogo: Vetreria Muranese, Fondamenta Vetrai 12, Murano\n\nCordiali saluti\nFrancesca Moretti\nAdecco Italia S.p.A."}
	if got := onlyCompany(t, m); got != "Vetreria Muranese" {
		t.Errorf("Company = %q, want Vetreria Muranese", got)
	}
}

// TestRoleAfterAPossessive: a hiring system's subject puts the title
// after the sentence's possessive ("Next step for your Data Analyst
// application", "Nächster Schritt für Ihre Bewerbung: ...").
func TestRoleAfterAPossessive(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "p@x", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Subject: "Brightline | Next step for your Payroll Analyst application",
		From: addr("Brightline", "no-reply@smartrecruiters.com"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Hi Sam,\n\nYour phone interview is confirmed for Thursday, 10 December 2026 at 14:00 CET.\n\nBrightline Talent Team"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 {
		t.Fatalf("Build found %d interviews, want 1", len(ivs))
	}
	if ivs[0].Role != "Payroll Analyst" {
		t.Errorf("Role = %q, want Payroll Analyst", ivs[0].Role)
	}
}

// TestCompanyAsTheThreadSpellsIt: an invitation's organizer at
// lindgruen-labs.example names the company by its domain; the employer's
// earlier mail writes "Lindgrün Labs", which the domain spells the German
// way, and that is the name a thank-you should carry. So is a name whose
// kind comes first ("Grupo Tlalli Logística"), but not a sentence's
// inflection of it ("bei den Stadtwerken Lahnau").
func TestCompanyAsTheThreadSpellsIt(t *testing.T) {
	for _, tc := range []struct{ name, org, signature, want string }{
		{"ü as ue", "anna.berger@lindgruen-labs.example", "Anna Berger\nLindgrün Labs GmbH · Berlin", "Lindgrün Labs"},
		{"ä as ae", "hr@aare-mobilitaet.example", "Ort: Aare Mobilität AG, Laupenstrasse 18, 3008 Bern", "Aare Mobilität"},
		{"ø as oe", "jobs@fjordmoebler.example", "Kari Nilsen\nFjordmøbler AS", "Fjordmøbler"},
		{"the kind before the name", "mariana.ochoa@tlalli-logistica.example", "Mariana Ochoa\nAtracción de Talento\nGrupo Tlalli Logística", "Grupo Tlalli Logística"},
		{"an inflection is not the name", "bewerbung@stadtwerke-lahnau.example", "Wir freuen uns über Ihr Interesse an einer Stelle bei den Stadtwerken Lahnau.", "Stadtwerke-Lahnau"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			letter := textMessage("l@x", "2026-11-24T09:00:00Z", tc.org, "Ihre Bewerbung",
				"Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Ich schicke Ihnen gleich eine Einladung für ein erstes Kennenlernen.\n\n"+tc.signature)
			invite := calMessageFrom("i@x", "2026-11-24T09:05:00Z", "Einladung: Kennenlernen", "Einladung aus dem Kalender.",
				vevent{method: "REQUEST", start: "20261203T100000Z", organizer: tc.org, uid: "k-1@x",
					summary: "Kennenlernen", extra: []string{"LOCATION:https://meet.google.com/abc-defg-hij"}})
			invite.InReplyTo = []string{"l@x"}
			ivs := interview.Build([]mail.Message{letter, invite}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1: %+v", len(ivs), ivs)
			}
			if ivs[0].Company != tc.want {
				t.Errorf("Company = %q, want %q", ivs[0].Company, tc.want)
			}
		})
	}
}

// TestAgencysClientDescribedThenNamed: an agency describes its client
// before naming it after a comma ("un cliente nuestro del sector
// logística, Grupo Altamar"), in its first mail; its later mail fixes the
// interview and names only the interviewer. The client is the company.
func TestAgencysClientDescribedThenNamed(t *testing.T) {
	for _, tc := range []struct{ name, pitch, booked, want string }{
		{"es", "Tengo una posición con un cliente nuestro del sector logística, Grupo Altamar (son de los más grandes en México). Buscan un Staff Data Engineer.",
			"Al cliente le encantó tu perfil. Quieren agendar entrevista con Héctor, Director de Datos, el martes 8 de diciembre a las 9:30 a.m. hora CDMX.", "Grupo Altamar"},
		{"en", "I'm working on a Staff Data Engineer role with a client of ours in the energy sector, Calder Mutual Energy, based in Leeds.",
			"Good news: they'd like to interview you on Tuesday 8 December at 10:00 GMT with their Head of Data.", "Calder Mutual Energy"},
		{"de", "ich betreue eine Position als Staff Data Engineer für einen Kunden aus der Logistikbranche, die Nordwerk Logistik GmbH in Hamburg.",
			"gute Nachrichten: Das Vorstellungsgespräch mit dem Head of Data ist am Dienstag, 8. Dezember um 10 Uhr.", "Nordwerk Logistik"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			agency := letterFrom(addr("Mariana Olvera", "mariana.olvera@talentonorte.example"))
			pitch := agency("p@x", time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC), "Staff Data Engineer", "Hola Sam,\n\n"+tc.pitch+"\n\nMari\nSenior Tech Recruiter | Talento Norte Consultores")
			booked := inThread(agency("b@x", time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), "Re: Staff Data Engineer", tc.booked+"\n\nMari"), pitch)
			ivs := interview.Build([]mail.Message{pitch, booked}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if !sameCompanyName(ivs[0].Company, tc.want) {
				t.Errorf("Company = %q, want %q", ivs[0].Company, tc.want)
			}
		})
	}
}

// sameCompanyName compares names with their legal form left out.
func sameCompanyName(got, want string) bool {
	return strings.TrimSuffix(strings.TrimSuffix(got, " GmbH"), " AG") == want
}

// TestTeamAfterTheInterviewWordIsNotTheCompany: a booking's title
// "Vorstellungsgespräch Backend-Entwicklung - Kranich Software AG Recruiting"
// names the team after the interview's word; the company is the other
// part.
func TestTeamAfterTheInterviewWordIsNotTheCompany(t *testing.T) {
	const org = "KranichRecruiting@kranich-software.example"
	m := calMessageFrom("k@x", "2026-11-30T09:00:00Z", "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Backend-Entwicklung mit Kranich Software AG Recruiting",
		"Ihre Buchung wurde bestätigt.", vevent{method: "REQUEST", start: "20261207T100000Z", organizer: org, uid: "kranich@x",
			summary: "Vorstellungsgespräch Backend-Entwicklung - Kranich Software AG Recruiting", extra: []string{"LOCATION:Microsoft Teams-Besprechung"}})
	m.From = addr("Kranich Software AG Recruiting", org)
	if got := onlyCompany(t, m); !strings.HasPrefix(got, "Kranich Software") {
		t.Errorf("Company = %q, want Kranich Software's name", got)
	}
}

// TestCompanyOfARelayedMessage: a job board or network relays a person's
// message from a no-reply address, their name in the display name and
// the subject, their headline (title and employer) above the text.
func TestCompanyOfARelayedMessage(t *testing.T) {
	tests := []struct {
		name, display, from, subject, text, company string
	}{
		{"a network's headline in English", "Priya Raman via LinkedIn", "messages-noreply@linkedin.com", "Priya just messaged you",
			"Priya Raman\nTalent Acquisition Lead, Engineering at Fabrikam\n\nPerfect, thanks Sam - our intro call for the Senior Platform Engineer role is locked in for Thursday 3 Dec, 16:00 CET.\n\nPriya\n\n" +
				"This email was intended for Sam Rivera (Platform Engineer at Globex)", "Fabrikam"},
		{"a network's headline in German, the subject naming the writer", "Jana Albrecht via LinkedIn", "messages-noreply@linkedin.com", "Jana hat Ihnen eine Nachricht gesendet",
			"Jana Albrecht\nPeople & Talent Lead bei Tessin Robotics GmbH\n\nHallo Sam,\n\nwir laden Sie gern zum Zweitgespräch ein: Mittwoch, 16.12., 15:30 Uhr bei uns im Büro.\n\nJana", "Tessin Robotics"},
		{"a job board's notice under the posting's header", "Kessler Medizintechnik GmbH über StepStone", "noreply@stepstone.de", "Neue Nachricht: Ihre Bewerbung als Software Engineer Embedded Linux (m/w/d)",
			"NEUE NACHRICHT ZU IHRER BEWERBUNG\nKessler Medizintechnik GmbH\nSoftware Engineer Embedded Linux (m/w/d) · Tuttlingen\n\nHallo Sam Rivera,\n\n" +
				"wir laden Sie zum Vorstellungsgespräch ein.\n\nTermin: Montag, 14.12.2026, 10:00 Uhr", "Kessler Medizintechnik"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "r@x", Date: time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC), Subject: tc.subject,
				From: addr(tc.display, tc.from), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Company != tc.company {
				t.Errorf("Company = %q, want %q", ivs[0].Company, tc.company)
			}
			if strings.Contains(ivs[0].Role, "Sam Rivera") {
				t.Errorf("Role = %q: the user's own name and title", ivs[0].Role)
			}
		})
	}
}

// TestCompanyOfAPublicEmployersSystem: North American public employers hire
// through systems that send in the name of a jurisdiction or an employer
// (NEOGOV's GovernmentJobs); the system's domain is no employer, a form's
// label is no name, the kind of interview ("Oral Board") is none either,
// and the agency a state's system writes for is the employer.
func TestCompanyOfAPublicEmployersSystem(t *testing.T) {
	tests := []struct {
		name, display, subject, text, company string
	}{
		{"a county's booking with a form's instructions", "County of Alder", "Interview Confirmation - GIS Analyst II",
			"Dear Sam Rivera,\n\nYou have successfully scheduled your interview for GIS Analyst II.\n\n" +
				"Date:     Tuesday, January 12, 2027\nTime:     8:30 AM - 9:15 AM (Pacific Standard Time)\nType:     Oral Board Interview\n\n" +
				"Instructions: A Microsoft Teams link will be emailed to you one business day prior to your interview.\n\nSincerely,\nCounty of Alder Human Resources",
			"County of Alder"},
		{"a state's system writing for one of its agencies", "State of Oregon", "Interview - Data Architect (Information Systems Specialist 8) - Oregon Health Data Authority",
			"Dear Sam Rivera,\n\nYour interview has been scheduled.\n\nDate: Tuesday, December 15, 2026\nTime: 9:30 AM - 10:30 AM (Pacific Time (US & Canada))\n\nOHDA Human Resources",
			"Oregon Health Data Authority"},
		{"the kind of interview before the title", "County of Alder", "Oral Board Interview - GIS Analyst II",
			"Dear Sam Rivera,\n\nYour oral board interview is on Tuesday, January 12, 2027 at 8:30 AM Pacific Standard Time.\n\nCounty of Alder Human Resources",
			"County of Alder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{
				MessageID: "p@x", Date: time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC), Subject: tc.subject,
				From: addr(tc.display, "noreply@governmentjobs.com"), To: addr("Sam Rivera", "sam.rivera@example.org"),
			}, Text: tc.text}
			if got := onlyCompany(t, m); got != tc.company {
				t.Errorf("Company = %q, want %q", got, tc.company)
			}
		})
	}
}

// TestCompanyFromTheBookersEarlierMail: a hiring manager writing from a
// personal address sends a booking link about the job, then the booking
// page's invitation, whose title names only the user: the company is the
// one the manager's mail named. A mail of the same person about
// something else (where they met) names no employer.
func TestCompanyFromTheBookersEarlierMail(t *testing.T) {
	const owen = "owen.gallagher.bos@gmail.com"
	booking := calMessageFrom("b@google.com", "2026-12-02T15:00:00Z", "Appointment booked: Hiring manager chat (Sam Rivera)", "",
		vevent{method: "REQUEST", stamp: "20261202T150000Z", start: "20261207T160000Z", summary: "Hiring manager chat (Sam Rivera)",
			organizer: owen, uid: "1q8cf3vn5e0tk7ab2rj9m6hs4d@google.com",
			extra: []string{"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Rivera:mailto:sam.rivera@example.org", "LOCATION:https://meet.google.com/abc-defg-hij"}})
	for _, tc := range []struct{ name, subject, text, want string }{
		{"about the job", "Tidewater Robotics - hiring manager chat",
			"Hi Sam,\n\nI run the fleet team and would love a chat about the role. Grab a slot here: https://calendar.app.google/x\n\nOwen", "Tidewater Robotics"},
		{"the process's next step", "Fjordbit - next step: pairing session",
			"Hi Sam,\n\nthanks for the chat last week! Next would be a pairing session with me. Pick a slot here: https://calendar.app.google/x\n\nIngrid", "Fjordbit"},
		{"about where they met", "great meeting you at Rust Berlin",
			"Hi Sam,\n\ngreat chatting at the meetup. Let's talk more, grab a slot here: https://calendar.app.google/x\n\nOwen", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := textMessage("l@gmail.com", "2026-12-01T10:00:00Z", owen, tc.subject, tc.text)
			ivs := interview.Build([]mail.Message{link, booking}, nil, sampleConfig())
			if len(ivs) != 1 {
				t.Fatalf("Build found %d interviews, want 1", len(ivs))
			}
			if ivs[0].Company != tc.want {
				t.Errorf("Company = %q, want %q", ivs[0].Company, tc.want)
			}
		})
	}
}

// TestCompanyNotTheFirstNamesOfWhomTheUserMeets: "chat with Rebecca &
// Ana" names the two people on the invitation by their first names.
func TestCompanyNotTheFirstNamesOfWhomTheUserMeets(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "chat@pohutukawa-health.example", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Subject: "Sam Rivera / Clinical Systems Analyst - chat with Rebecca & Ana",
		From:    addr("Rebecca Hohaia", "rebecca.hohaia@pohutukawa-health.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
		Cc: addr("Ana Fonoti", "ana.fonoti@pohutukawa-health.example"),
	}, Text: "Hi Sam,\n\nAna and I look forward to our interview on Thursday, 3 December at 14:00 CET.\n\nRebecca"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Pohutukawa-Health" {
		for _, iv := range ivs {
			t.Logf("%q at %s", iv.Company, iv.Start.UTC())
		}
		t.Fatalf("want one interview with Pohutukawa-Health")
	}
}

// TestRoleFromASessionLine: a scheduling system's event line names the
// title, then the session and its length; the session is no team.
func TestRoleFromASessionLine(t *testing.T) {
	m := mail.Message{Summary: mail.Summary{
		MessageID: "ml-1@modernloop.io", Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Subject: "Interview Scheduled: Ferrocline - Pair Programming",
		From:    addr("Ferrocline Recruiting", "notifications@modernloop.io"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Interview scheduled\n\nHi Sam,\n\nYour interview with Ferrocline has been scheduled. Please find the details below.\n\n" +
		"Software Engineer, Infrastructure - Pair Programming (90 min)\n\nWednesday, December 9, 2026\n8:00 AM - 9:30 AM (Pacific Time)\n\nScheduled with ModernLoop"}
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Role != "Software Engineer, Infrastructure" {
		for _, iv := range ivs {
			t.Logf("%q, role %q", iv.Company, iv.Role)
		}
		t.Fatalf("want one interview for Software Engineer, Infrastructure")
	}
}

// TestRoleFromEarlierMailNamingTheCompany: an invitation that names no
// job takes the title that the company's earlier mail from its hiring
// system gave in its subject; two titles leave it unsaid.
func TestRoleFromEarlierMailNamingTheCompany(t *testing.T) {
	takeHome := func(id, role string) mail.Message {
		return mail.Message{Summary: mail.Summary{
			MessageID: id, Date: time.Date(2026, 11, 24, 17, 2, 0, 0, time.UTC),
			Subject: "Parcelbird - Take-home assignment (" + role + ")",
			From:    addr("Jana Kováčová", "no-reply@us.greenhouse-mail.io"), To: addr("Sam Rivera", "sam.rivera@example.org"),
		}, Text: "Hi Sam,\n\nthanks for your time so far. Here is the take-home assignment; please send your solution within 72 hours.\n\nJana"}
	}
	booking := mail.Message{Summary: mail.Summary{
		MessageID: "review@parcelbird.example", Date: time.Date(2026, 11, 30, 11, 49, 0, 0, time.UTC),
		Subject: "Take-home review on Monday",
		From:    addr("Oskar Lund", "oskar.lund@parcelbird.example"), To: addr("Sam Rivera", "sam.rivera@example.org"),
	}, Text: "Hi Sam,\n\nFemi and I went through your PR. Let's talk it through in a technical interview on Monday, December 7 at 10:30 CET.\n\nOskar"}
	for _, tc := range []struct {
		name string
		msgs []mail.Message
		want string
	}{
		{"one title", []mail.Message{takeHome("th-1@greenhouse-mail.io", "Backend Engineer, Go"), booking}, "Backend Engineer, Go"},
		{"two titles", []mail.Message{takeHome("th-1@greenhouse-mail.io", "Backend Engineer, Go"), takeHome("th-2@greenhouse-mail.io", "Data Engineer"), booking}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := interview.Build(tc.msgs, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Role != tc.want {
				for _, iv := range ivs {
					t.Logf("%q at %s, role %q", iv.Company, iv.Start.UTC(), iv.Role)
				}
				t.Fatalf("want one interview, role %q", tc.want)
			}
		})
	}
}

// TestTeamAfterTheTitleInAThread: the subject names a team after the
// title; the one-line confirmation sent from a phone spells no company,
// but the recruiter's first letter in the thread signs with it.
func TestTeamAfterTheTitleInAThread(t *testing.T) {
	const subject = "Candidatura Product Manager – Plataforma de Autoconsumo"
	first := namedMessage("c-1@lumbre-energia.example", "2026-11-30T11:18:00Z", "Lucía Ferrer", "lucia.ferrer@lumbre-energia.example", subject,
		"Hola Sam:\n\nTe escribo en relación con tu candidatura para el puesto de Product Manager – Plataforma de Autoconsumo. "+
			"Nos gustaría tener una primera llamada telefónica contigo.\n\n¿Qué disponibilidad tienes esta semana?\n\nUn saludo,\nLucía\n\n"+
			"Lucía Ferrer Quintana\nTalent Acquisition · Lumbre Energía\nPaseo de la Castellana 141, 28046 Madrid")
	answer := textMessage("c-2@example.org", "2026-11-30T18:05:00+01:00", "sam.rivera@example.org", "Re: "+subject,
		"Hola Lucía:\n\nEl jueves y el viernes estoy libre hasta las 13:00.\n\nSam")
	answer.From, answer.To = addr("Sam Rivera", "sam.rivera@example.org"), addr("Lucía Ferrer", "lucia.ferrer@lumbre-energia.example")
	answer.InReplyTo, answer.References = []string{"c-1@lumbre-energia.example"}, []string{"c-1@lumbre-energia.example"}
	call := namedMessage("c-3@lumbre-energia.example", "2026-12-01T07:41:00Z", "Lucía Ferrer", "lucia.ferrer@lumbre-energia.example", "Re: "+subject,
		"Perfecto Sam, te llamo el jueves a las 11 (hora de Madrid) a ese número. Hablamos!\n\nEnviado desde mi iPhone")
	call.InReplyTo, call.References = []string{"c-2@example.org"}, []string{"c-1@lumbre-energia.example", "c-2@example.org"}
	ivs := interview.Build([]mail.Message{first, answer, call}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Lumbre Energía" {
		for _, iv := range ivs {
			t.Logf("%q at %s, role %q", iv.Company, iv.Start.UTC(), iv.Role)
		}
		t.Fatalf("want one interview with Lumbre Energía")
	}
}

// TestCompanyOfAPersonANetworkRelays: a professional network relays a
// person's message under her name; its text gives her employer after her
// title, in brackets or after a comma.
// TestABoardsBookingMovedByTheEmployersRecruiter: a job board's message
// books the interview for a company it names in a field ("Empresa: ...,
// S.A. de C.V. · Guadalajara, Jal."); the company's recruiter, writing
// from a domain that shortens its name and signing for it, moves it. One
// interview, at the new time, named as the company writes its name.
func TestABoardsBookingMovedByTheEmployersRecruiter(t *testing.T) {
	booked := namedMessage("msg.771@mta1.occ.com.mx", "2026-12-01T10:12:00-06:00", "OCC Mundial", "notificaciones@occ.com.mx",
		"Textiles del Occidente te envió un mensaje sobre tu postulación",
		"Tienes un nuevo mensaje de una empresa\n\nVacante: Analista de Datos Sr.\nEmpresa: Textiles del Occidente, S.A. de C.V. · Guadalajara, Jal.\n\n"+
			"Hola Sam:\n\nTe invitamos a una entrevista por videollamada.\n\nFecha: martes 8 de diciembre de 2026\nHora: 10:00 hrs. (hora del centro de México)\n\n"+
			"Saludos,\nMariana López\nAtracción de Talento")
	moved := namedMessage("AB12CD@EXCH02.textilesocc.example", "2026-12-04T09:40:00-06:00", "Mariana López Ruiz", "mlopez@textilesocc.example",
		"Entrevista Analista de Datos - cambio de horario",
		"Hola Sam, buen día.\n\nTe escribo directo por correo. Nuestro director no podrá el martes 8; ¿podríamos moverla al miércoles 9 de diciembre "+
			"a las 11:00 hrs. (hora del centro de México)?\n\nQuedo atenta.\n\nSaludos,\n\nMariana López Ruiz\nAtracción de Talento\n"+
			"Textiles del Occidente, S.A. de C.V.\nTel. +52 33 3812 4400")
	ivs := interview.Build([]mail.Message{booked, moved}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261209T170000Z")
	if ivs[0].Company != "Textiles del Occidente" {
		t.Errorf("company %q, want Textiles del Occidente", ivs[0].Company)
	}
}

func TestCompanyOfAPersonANetworkRelays(t *testing.T) {
	for _, tc := range []struct{ name, lead, want string }{
		{"in brackets, in German", "Mira Okonkwo (Talent Acquisition Lead bei Feldfunk GmbH) hat dir eine Nachricht geschickt:", "Feldfunk"},
		{"after a comma, in English", "Mira Okonkwo, Talent Acquisition Lead at Feldfunk\nsent you a message:", "Feldfunk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := namedMessage("x-1@mail.xing.com", "2026-12-02T10:00:00Z", "XING", "mailrobot@mail.xing.com", "Mira Okonkwo hat dir eine Nachricht geschickt",
				"Hallo Sam,\n\n"+tc.lead+"\n\nSuper, freut mich! Dann lass uns Mittwoch, 9.12., um 16 Uhr zum Kennenlernen machen.\n\nBis dann!\nMira\n\nNachricht beantworten:\nhttps://www.xing.com/chats/b8c2e1f4a7d9")
			ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
			if len(ivs) != 1 || ivs[0].Company != tc.want {
				for _, iv := range ivs {
					t.Logf("%q at %s", iv.Company, iv.Start.UTC())
				}
				t.Fatalf("want one interview with %s", tc.want)
			}
		})
	}
}

// TestDayAfterTheTitleIsNoTeam: the user's subject names the day of the
// call after the title ("Analytics Engineer - Thursday"); the employer's
// reply keeps it. The day is no team of the role.
func TestDayAfterTheTitleIsNoTeam(t *testing.T) {
	me := addr("Sam Rivera", "sam.rivera@example.org")
	asked := textMessage("v-2@example.org", "2026-12-01T12:41:07+01:00", "sam.rivera@example.org", "Analytics Engineer - Thursday",
		"Hi Priya,\n\nThanks for the voicemail! Thursday at half ten works for me. Teams is fine.\n\nSam")
	asked.From, asked.To = me, addr("Priya Nair", "priya.nair@harbourline.example")
	agreed := namedMessage("v-3@harbourline.example", "2026-12-01T11:58:33Z", "Priya Nair", "priya.nair@harbourline.example", "RE: Analytics Engineer - Thursday",
		"Hi Sam,\n\nYes, exactly – 10:30 UK time, so 11:30 for you in Berlin, this Thursday (3rd). Tom will send the Teams invite.\n\nPriya\n\nPriya Nair\nTalent Partner | Harbourline Analytics")
	agreed.To = me
	agreed.InReplyTo, agreed.References = []string{"v-2@example.org"}, []string{"v-2@example.org"}
	ivs := interview.Build([]mail.Message{asked, agreed}, nil, sampleConfig())
	wantOneAt(t, ivs, "20261203T103000Z")
	if ivs[0].Role != "Analytics Engineer" {
		t.Errorf("role %q, want Analytics Engineer", ivs[0].Role)
	}
}

// TestAgencyInBracketsAfterTheCandidate: a client's invitation, passed
// on by the agency, names the candidate and, in brackets, the agency that
// puts them forward ("– Sam Rivera (Hays)"); the employer is the
// organizer's. An interviewer's bracket still names the employer.
func TestAgencyInBracketsAfterTheCandidate(t *testing.T) {
	const title = "Projektinterview Senior DevOps Engineer (m/w/d) – Sam Rivera (Hays)"
	m := calMessageFrom("hy1@hays.example", "2026-11-25T10:00:00+01:00", "WG: "+title, "Hallo Sam, anbei die Einladung unseres Kunden Kessler Logistik.",
		vevent{method: "REQUEST", start: "20261203T090000Z", organizer: "tobias.brenner@kessler-logistik.example", uid: "hy1-uid", summary: title})
	m.From = addr("Wagner, Julia", "julia.wagner@hays.example")
	ivs := interview.Build([]mail.Message{m}, nil, sampleConfig())
	if len(ivs) != 1 || ivs[0].Company != "Kessler Logistik" {
		for _, iv := range ivs {
			t.Logf("%q (%s)", iv.Company, iv.Why.Company)
		}
		t.Errorf("want one interview with Kessler Logistik")
	}
}
