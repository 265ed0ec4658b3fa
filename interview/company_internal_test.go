package interview

import (
	"testing"

	"github.com/followupd/followupd/mail"
)

// TestAcceptCompany: "Interview Type: Virtual - Microsoft Teams" names how
// an interview is held, "(CDO)" with whom by office, neither the company;
// a company whose name starts like a service is still a company; a name
// in two scripts is written in the Latin one.
func TestAcceptCompany(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Microsoft Teams", ""},
		{"Zoom Meeting", ""},
		{"Google Meet", ""},
		{"CDO", ""}, // "Dr. Otieno Ochieng (CDO)": whom, by office
		{"CRO", ""},
		{"Microsoft", "Microsoft"},
		{"Zoomcar", "Zoomcar"},
		{"Meridian Straits Logistics", "Meridian Straits Logistics"},
		{"淡水半導體 Tamsui Semiconductor", "Tamsui Semiconductor"}, // both scripts: the Latin one
		{"Hoshino Pay 株式会社", "Hoshino Pay"},
		{"淡水半導體", "淡水半導體"},
		{"POST-2026-031", ""},  // a posting's reference code
		{"Bayt.com", ""},       // a job board, named by its domain
		{"オンライン面接", ""},        // "online interview", in letters that need no spaces
		{"VR-Präsidenten", ""}, // the board's chair, whom a finalist meets
		{"Center", ""},         // of "Einladung Assessment Center – Teamleitung"
		{"Center Deloitte Consulting", ""},
		{"Programme Graduate Achats & Supply Chain", ""},
		{"Walk-in Drive", ""},          // the kind of event, of "Walk-in Drive | Lead Data Engineer"
		{"Registration Confirmed", ""}, // where things stand, of "... | Registration Confirmed - DAS/0417"
		{"Termin bestätigt", ""},
		{"Format", ""}, // a form's label: "Format: Videointerview über Microsoft Teams"
		{"Ort", ""},
		{"Haastatteluaika", ""}, // a label: "Haastatteluaika: to 3.12.2026 klo 9.00"
		{"Event Type", ""},      // Calendly's label over the event's name
		{"Type d'événement", ""},
		{"Merci", ""}, // "Merci - entretien Ingénieur MLOps": the user's thanks
		{"Thank you", ""},
		{"Vielen Dank", ""},
		{"Thank You Ventures", "Thank You Ventures"},
		{"Interviewtermin", ""},
		{"Formation Labs", "Formation Labs"},
		{"MEZ", ""}, // "14:00 – 15:30 (MEZ)": a time zone
		{"CET", ""},
		{"AEDT", ""},
		{"Mezzo", "Mezzo"},
		{"Technology Roles", ""}, // "Phone Screen - Technology Roles": a booking page for a kind of job
		{"Engineering Opportunities", ""},
		{"Hybrid", ""}, // "Berlin (Hybrid)": how the job is done
		{"Leading Payments Company", ""},
		{"Roles", "Roles"},
	}
	for _, tc := range tests {
		if got := acceptCompany(tc.in, nil); got != tc.want {
			t.Errorf("acceptCompany(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpelledAsTakesTheWholeName: the words that describe a company after
// the name a domain or a display name gives, "&" between them too; a
// comma or a line break ends the name.
func TestSpelledAsTakesTheWholeName(t *testing.T) {
	tests := []struct{ label, text, want string }{
		{"harrowgate", "Kind regards,\nHarrowgate Digital", "Harrowgate Digital"},
		{"sahraports", "the Senior Data Engineer position with Sahra Ports & Logistics.", "Sahra Ports & Logistics"},
		{"harrowgate", "Harrowgate, Digital team", "Harrowgate"},
		{"macleay", "Professor Jane Doe\nSchool of Earth Sciences\nMacleay University, Sydney", "Macleay University"},
		{"fernhill", "Rachel Ortiz - Fernhill Property Management", "Fernhill Property Management"},
		{"lakeshore", "Talent team\nLakeshore Credit Union", "Lakeshore Credit Union"},
		{"alcazarseguros", "Marta Gil Ortega\nAlcázar Seguros Digitales", "Alcázar Seguros Digitales"}, // a trade's word in Spanish
		// A domain that leaves words out of the name, or shortens them.
		{"brandl-maschinenbau", "Brandl & Söhne Maschinenbau GmbH\nPersonalabteilung", "Brandl & Söhne Maschinenbau"},
		{"vatternlogistik", "Hälsningar\nVätterns Lager & Logistik AB", "Vätterns Lager & Logistik"},
		{"hotelmiradorport", "Recepción · Hotel Mirador del Port", "Hotel Mirador del Port"},
		{"ekhagen", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ekhagen45", ""},
		// A label that contracts the name's words.
		{"lindner-medtech", "Mit freundlichen Grüßen\nLindner Medizintechnik GmbH\nPersonalabteilung", "Lindner Medizintechnik"},
		{"uk-nordhafen", "Universitätsklinikum Nordhafen\nGeschäftsbereich Personal", "Universitätsklinikum Nordhafen"},
		{"zhrijnoever", "Met vriendelijke groet,\nZiekenhuis Rijnoever, afdeling HR", "Ziekenhuis Rijnoever"},
		{"vdmeulen-energie", "Van der Meulen Energie B.V.", "Van der Meulen Energie"},
		{"eg-rosenhain", "Schulleitung\nEvangelisches Gymnasium am Rosenhain", "Evangelisches Gymnasium am Rosenhain"},
		{"th-mittelweser", "Technische Hochschule Mittelweser | Personalabteilung", "Technische Hochschule Mittelweser"},
		{"stbrigids-hg", "Talent Acquisition\nSt. Brigid's Healthcare Group", "St. Brigid's Healthcare Group"},
		{"bancodesarrollo-andino", "Banco de Desarrollo Andino S.A.", "Banco de Desarrollo Andino"},                                        // a small word the label keeps
		{"bd-andino", "Banco de Desarrollo Andino", "Banco de Desarrollo Andino"},                                                          // and one it leaves out
		{"strathallan-uni", "Morag Campbell\nPeople & Organisational Development\nUniversity of Strathallan", "University of Strathallan"}, // the parts the other way round
		{"toompea", "Parimate soovidega\nKristjan Tamm\nToompea Tarkvara OÜ", "Toompea Tarkvara"},                                          // Estonian's word for software
		{"brunner-optik", "Brunner Präzisionsoptik AG · Technoparkstrasse 2 · CH-8406 Winterthur", "Brunner Präzisionsoptik"},              // a compound's last word
		{"lindner-medtech", "Lindner Metallbau GmbH", ""},                                                                                  // "medtech" is not in "Metallbau"
		{"th-mittelweser", "Thomas Hartmann\nMittelweser Logistik", ""},                                                                    // a person, then a line apart
		{"medtech", "Medizintechnik Vertrieb", ""},                                                                                         // no whole word anchors it
		{"tundrasoft", "С уважением,\nАнна Смирнова\nТундра Софт", "Тундра Софт"},                                                          // a Cyrillic name of a Latin domain
		{"karpatski-rishennia", "З повагою,\nКарпатські рішення", "Карпатські рішення"},                                                    // Ukrainian
		{"NIC Riyadh", "it is Najd Infrastructure Company (NIC), Riyadh - and the Head of Cloud", ""},                                      // a bracket and a comma between are no name's
	}
	for _, tc := range tests {
		if got := spelledAs(tc.label, newSpellText(tc.text)); got != tc.want {
			t.Errorf("spelledAs(%q, %q) = %q, want %q", tc.label, tc.text, got, tc.want)
		}
	}
}

// TestAcronymDefined: a name written as the acronym the mail defined,
// alone or with its city, is the name the acronym stands for; other
// brackets and initials that do not match are not.
func TestAcronymDefined(t *testing.T) {
	tests := []struct{ name, acronym, text, want string }{
		{"with its city", "NIC Riyadh", "my client today - it is Najd Infrastructure Company (NIC), Riyadh - and", "Najd Infrastructure Company"},
		{"alone", "HIEO", "Das Havelland Institute for Earth Observation (HIEO) lädt Sie ein", "Havelland Institute for Earth Observation"},
		{"a small word's letter", "BOI", "Thanks for your interest in Bank of Ireland (BOI).", "Bank of Ireland"},
		{"German", "THM", "die Technische Hochschule Mittelhessen (THM) lädt Sie", "Technische Hochschule Mittelhessen"},
		{"initials that do not match", "NIC", "our partner Gulf Cloud Services (NIC) will host", ""},
		{"not defined", "NIC", "Interview with NIC on Sunday", ""},
		{"no acronym", "Najd Tech", "Najd Tech (NT) is hiring", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := acronymDefined(tc.acronym, tc.text); got != tc.want {
				t.Errorf("acronymDefined(%q, %q) = %q, want %q", tc.acronym, tc.text, got, tc.want)
			}
		})
	}
}

func TestInitialled(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"Northpine CU", "Northpine Credit Union", true},
		{"KIT", "Karanpur Institute of Technology", true},
		{"UoA", "University of Alderbury", false}, // not all capitals
		{"Northpine", "Northpine Credit Union", false},
		{"Northpine CU", "Northpine Consulting", false},
		{"NCU", "Northpine Credit Union Group", false},
		{"Acme GmbH", "Acme", false},
	}
	for _, tc := range tests {
		t.Run(tc.short+" for "+tc.long, func(t *testing.T) {
			if got := initialled(tc.short, tc.long); got != tc.want {
				t.Errorf("initialled(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
			}
		})
	}
}

// TestTidyRoleTakesOutTheCompany: the company, or its first word, is no
// part of the title a calendar entry gives beside it.
func TestTidyRoleTakesOutTheCompany(t *testing.T) {
	tests := []struct{ role, company, want string }{
		{"Harborlight Staff Data Engineer", "Harborlight Health", "Staff Data Engineer"},
		{"Site Reliability Engineer, Marlowe & Finch", "Marlowe & Finch", "Site Reliability Engineer"},
		{"Data Engineer", "Data Harbor", "Data Engineer"}, // a role word is not the company's
		{"Staff Engineer", "", "Staff Engineer"},
		// A bracket with a bracket inside, after a name or alone.
		{"Sam Rivera (Senior Backend Engineer (Kotlin))", "", "Senior Backend Engineer (Kotlin)"},
		{"(Backend Engineer (Go))", "", "Backend Engineer (Go)"},
	}
	for _, tc := range tests {
		if got := tidyRole(tc.role, tc.company, []string{"Sam Rivera"}); got != tc.want {
			t.Errorf("tidyRole(%q, %q) = %q, want %q", tc.role, tc.company, got, tc.want)
		}
	}
}

// TestTidyRoleTakesOutThePostingsNumber: applicant systems and calendars
// put the posting's number before or after the title; a year stays.
func TestTidyRoleTakesOutThePostingsNumber(t *testing.T) {
	tests := []struct{ role, want string }{
		{"312-NTH-4471 Information Analyst", "Information Analyst"},
		{"ORS 402187 Senior Data Analyst", "Senior Data Analyst"},
		{"Policy and Performance Officer - Ref POL0412", "Policy and Performance Officer"},
		{"Data Engineer – Reference: DE-2291", "Data Engineer"},
		{"2027 Graduate Program (Digital & Data)", "2027 Graduate Program (Digital & Data)"},
		{"Senior Data Analyst", "Senior Data Analyst"},
	}
	for _, tc := range tests {
		if got := tidyRole(tc.role, "", nil); got != tc.want {
			t.Errorf("tidyRole(%q) = %q, want %q", tc.role, got, tc.want)
		}
	}
}

// TestLikelySameCompanyByTheEndOfItsName: a domain spells the end of an
// organisation's full name ("Regional Statistics" of
// regional-statistics.example, "Office for Regional Statistics"), in
// whole words.
func TestLikelySameCompanyByTheEndOfItsName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Regional Statistics", "Office for Regional Statistics", true},
		{"Tatvamtech", "Tatvam Technologies", true},
		{"Statistics", "Office for Regional Statistics", false}, // one word
		{"Capital Partners", "Northwind Capital", false},
		{"Wattleandgum", "Wattle & Gum Analytics", true},              // "&" as a domain spells it
		{"Cordillerablanca", "Minera Cordillera Blanca S.A.A.", true}, // the last two words run together
		{"Blancacordillera", "Minera Cordillera Blanca", false},
		{"Norteandino", "Minera Cordillera Blanca", false},
	}
	for _, tc := range tests {
		if got := likelySameCompany(tc.a, tc.b); got != tc.want {
			t.Errorf("likelySameCompany(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestRoleWords: "szukamy Senior Backend Developera" names a title in the
// object's case; a short word with the same ending does not. Titles
// outside offices are roles too, but not the surnames some of them are.
func TestRoleWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"właśnie szukamy Senior Backend Developera", true},
		{"szukamy inżyniera danych", true},
		{"masz czas na kawę", false},
		// Hospitality and care titles are roles; the surnames some of
		// them also are ("Koch", "Kellner", "Cook") are not.
		{"Sous Chef", true},
		{"Pflegefachkraft (m/w/d)", true},
		{"Camarero/a de sala", true},
		{"Dr. Lindemann, Fr. Lindemann-Koch", false},
		{"Sarah Cook", false},
		{"Herr Kellner", false},
	} {
		if got := hasRoleWord(tc.s); got != tc.want {
			t.Errorf("hasRoleWord(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestCompanyFromDomain: a domain names its company as a letter would
// write it, its trade apart when the domain runs them together in
// English, never a German compound split.
func TestCompanyFromDomain(t *testing.T) {
	tests := []struct {
		name, domain, want string
	}{
		{"one word", "piedpiper.example", "Piedpiper"},
		{"hyphenated", "massive-dynamic.example", "Massive-Dynamic"},
		{"name and trade run together", "pinecrestrobotics.example", "Pinecrest Robotics"},
		{"the longest trade word", "northwindtechnologies.example", "Northwind Technologies"},
		{"a German compound stays whole", "hafenmedizintechnik.example", "Hafenmedizintechnik"},
		{"a word that only ends like a trade", "multimedia.example", "Multimedia"},
		{"too short a name to split", "ecosystems.example", "Ecosystems"},
		{"a hiring system names nobody", "greenhouse-mail.io", ""},
		{"nor does Japan's", "herp.cloud", ""},
		{"nor India's", "darwinbox.in", ""},
		{"a subdomain", "mail.pinecrestrobotics.example", "Pinecrest Robotics"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := companyFromDomain(tc.domain); got != tc.want {
				t.Errorf("companyFromDomain(%q) = %q, want %q", tc.domain, got, tc.want)
			}
		})
	}
}

// TestRoleWithACapitalInside: "iOS" and "eCommerce" are a title's words,
// though they start in lower case.
func TestRoleWithACapitalInside(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"iOS inside", "Confirming your technical screen for the Senior iOS Engineer role:", "Senior iOS Engineer"},
		{"eCommerce last", "We would like to talk to you about the Head of eCommerce role.", "Head of eCommerce"},
		{"a lower-case word still ends it", "for the Senior Engineer role on our team", "Senior Engineer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleInText(tc.text); got != tc.want {
				t.Errorf("roleInText(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRoleSetApart: a letter may set the title on a line of its own
// below the intro; the whole line is then the title, and a sentence that
// starts below an intro is none.
func TestRoleSetApart(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"indented, with its gender mark", "zu unserem Auswahltag für die Position\n\n    Senior Consultant Data & Analytics (m/w/d)\n\nam Dienstag, den 12. Januar 2027, einladen.",
			"Senior Consultant Data & Analytics"},
		{"after a colon", "Ihre Bewerbung auf die Stelle:\nLeiter IT-Infrastruktur\nDanke!", "Leiter IT-Infrastruktur"},
		{"a sentence below is no title", "Thank you for your interest in the position.\n\nWe Were Impressed By Your Profile and would like to talk.", ""},
		{"a line that goes on after the title", "für die Position\nTeamleiter Data & Analytics bei uns und sind gespannt.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleInText(tc.text); got != tc.want {
				t.Errorf("roleInText(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRoleAfterTheApplication: the application names the job it is for,
// in the Romance languages and Dutch as in English.
func TestRoleAfterTheApplication(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"it", "hai ricevuto un nuovo messaggio riguardo alla tua candidatura per Senior Software Engineer (Backend) presso Gianduia Robotics.", "Senior Software Engineer (Backend)"},
		{"es", "Gracias por tu candidatura para Data Engineer en Lumbre.", "Data Engineer"},
		{"fr", "Merci pour votre candidature pour Ingénieur DevOps chez Vauclair.", "Ingénieur DevOps"},
		{"nl", "Bedankt voor je sollicitatie voor Senior Data Engineer bij Kraanvogel.", "Senior Data Engineer"},
		{"es, a posting's name after posición", "Queremos conocerte mejor para la posición Data Scientist II. El siguiente paso", "Data Scientist II"},
		{"es, the application", "Recibimos tu postulación para Data Scientist II (Bogotá / Remoto LATAM) y nuestro equipo", "Data Scientist II"},
		{"es-AR, an opening is a search", "de la búsqueda de Backend Sr (Go) para Lumbre Software. Le pasé tu CV", "Backend Sr (Go)"},
		{"es-AR, seniority alone is no title", "la búsqueda de Sr para el equipo", ""},
		{"fr, on cherche", "On cherche un Lead Dev Backend pour structurer la plateforme.", "Lead Dev Backend"},
		{"es, said of the post", "El puesto es Ingeniero/a Backend Senior, 100% remoto.", "Ingeniero/a Backend Senior"},
		{"pt, the process for it", "Temos o prazer de te convidar para a fase final do processo para Engenheiro de Software Sénior (Backend).", "Engenheiro de Software Sénior (Backend)"},
		{"nl, a compound's last word", "Bedankt voor je sollicitatie op de functie Werkvoorbereider Elektrotechniek bij Van Wijk.", "Werkvoorbereider Elektrotechniek"},
		{"en, the process for a team", "the interview process for the platform team starts", ""},
		{"it, a job board's relay", "Nuovo messaggio da Rossi Informatica s.n.c. relativo a Sviluppatore Backend (Python/Django)", "Sviluppatore Backend (Python/Django)"},
		{"en, a relay about no title", "A question regarding your application", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleInText(tc.text); got != tc.want {
				t.Errorf("roleInText(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRoleInACJKNoticesField: a Chinese, Japanese or Korean notice names
// the post in a labelled field, with the salary or a note after it.
func TestRoleInACJKNoticesField(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"zh, with the salary after", "面试职位：高级后端工程师（海外业务） · 25-45K·15薪\n面试时间：2026-12-16 周三 16:00", "高级后端工程师（海外业务）"},
		{"zh-TW", "面試職務：資深後端工程師（Golang / AWS）\n面試地點：台北市", "資深後端工程師（Golang / AWS）"},
		{"ja, a bullet and full-width spaces before the colon", "■職種　　：物流DX推進　インフラエンジニア\n■日時：12月10日", "物流DX推進　インフラエンジニア"},
		{"ja, ポジション", "■ ポジション：Staff Platform Engineer（Robotics Cloud）", "Staff Platform Engineer（Robotics Cloud）"},
		{"another field", "■持ち物　：特になし", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleFrom(nil, []string{tc.text}); got != tc.want {
				t.Errorf("roleFrom(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestWithoutLegalForm: a legal form of several parts goes whole, with
// the link inside it; a name's own "&" stays.
func TestWithoutLegalForm(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"one part", "Acme GmbH", "Acme"},
		{"GmbH & Co. KG", "Brückner Logistik GmbH & Co. KG", "Brückner Logistik"},
		{"& Co.", "Smith & Co.", "Smith"},
		{"a name's own ampersand", "Lindner & Rauch GmbH", "Lindner & Rauch"},
		{"no legal form", "Marlowe & Finch", "Marlowe & Finch"},
		{"a non-profit GmbH", "Klinikum Weserbergland gGmbH", "Klinikum Weserbergland"},
		{"a legal form alone stays", "Co.", "Co."},
		{"a Norwegian health enterprise", "Helse Fjordheim HF", "Helse Fjordheim"},
		{"a Mexican S.A. de C.V.", "Aceros del Bajío, S.A. de C.V.", "Aceros del Bajío"},
		{"a Mexican S.A.P.I. de C.V.", "Logística Pacífico S.A.P.I. de C.V.", "Logística Pacífico"},
		{"a Peruvian S.A.A.", "Minera Cordillera Blanca S.A.A.", "Minera Cordillera Blanca"},
		{"a Peruvian S.A.C.", "Talento Andino Consultores S.A.C.", "Talento Andino Consultores"},
		{"a name's own de stays", "Banco de Occidente", "Banco de Occidente"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutLegalForm(tc.in); got != tc.want {
				t.Errorf("withoutLegalForm(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSignerOrganisation: a person's name, then the organisation they
// sign for; a company that signs its own name has a department under it,
// not an employer.
func TestSignerOrganisation(t *testing.T) {
	tests := []struct{ name, text, signer, want string }{
		{"a legal form", "Viele Grüße\nSabine Kroll\nLindenhof Software GmbH", "Sabine Kroll", "Lindenhof Software"},
		{"a title, then the organisation", "Best,\nAna Ruiz\nTalent Acquisition · Cobaltia Pagos", "Ana Ruiz", "Cobaltia Pagos"},
		{"the company's own department", "Mit freundlichen Grüßen\n\nKlinikum Weserbergland\nPersonalabteilung – Bewerbermanagement\nAm Lindenhof 4", "Klinikum Weserbergland", ""},
		{"a title and a blank line between, a title before the name", "Mit freundlichen Grüßen\n\nIng. Herbert Gruber\nGeschäftsführer\n\nGruber Software & Automation GmbH\nHafenstraße 47, 4020 Linz",
			"Herbert Gruber", "Gruber Software & Automation"},
		{"a department and the organisation after a dash", "Saludos cordiales,\nAna Lozano\nReclutamiento - Grupo Tláloc Logística", "Ana Lozano", "Grupo Tláloc Logística"},
		// A department under the name is read past as a title is:
		// Jo Park of Acme's personnel department signs for Acme.
		{"a department, then the organisation", "Best,\n\nJo Park\nPersonalabteilung\n\nAcme GmbH", "Jo Park", "Acme"},
		{"reclutamiento y selección, then a Mexican company", "Saludos,\n\nLic. Karla Treviño Salinas\nReclutamiento y Selección\nAceros del Bajío, S.A. de C.V.",
			"Karla Treviño Salinas", "Aceros del Bajío"},
		{"a name and its company typed in capitals, the trade after a dash", "CUMPRIMENTOS\nJOAQUIM TEIXEIRA\nTEIXEIRA & FILHOS LDA - INSTALACOES ELECTRICAS\nTLM 936 201 775",
			"Joaquim Teixeira", "TEIXEIRA & FILHOS"},
		{"a dash without a legal form before it names no company", "Best,\nJo Park\nPlatform - Infrastructure\n", "Jo Park", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := signerOrganisation(tc.text, tc.signer); got != tc.want {
				t.Errorf("signerOrganisation(%q) = %q, want %q", tc.signer, got, tc.want)
			}
		})
	}
}

// A public service's hiring system writes for each body that hires
// through it: its domain never names the employer.
func TestPublicHiringSystems(t *testing.T) {
	tests := []struct {
		domain string
		want   bool
	}{
		{"kuntarekry.fi", true},
		{"mail.kuntarekry.fi", true},
		{"valtiolle.fi", true},
		{"jobbnorge.no", true},
		{"jobs.nhs.uk", true},
		{"jarvela.example", false},
	}
	for _, tc := range tests {
		if got := isVendor(tc.domain); got != tc.want {
			t.Errorf("isVendor(%q) = %v, want %v", tc.domain, got, tc.want)
		}
	}
}

// TestDescribesUnnamed: a headhunter's description of a client it does
// not name is no company; a name that holds one of the words is.
func TestDescribesUnnamed(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Leading Payments Company", true},
		{"Top MNC", true},
		{"Renowned Fintech Firm", true},
		{"Führendes Unternehmen", true},
		{"Empresa líder del sector", true},
		{"Kestrel Payments", false},
		{"Ford Motor Company", false},
		{"Global Payments", false},
		{"International Business Machines Corporation", false},
		{"Top Hat", false},
		{"Azienda leader nel settore energetico", true},
		{"Leading", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := describesUnnamed(tc.name); got != tc.want {
				t.Errorf("describesUnnamed(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}

// TestSenderAtCompany: a system's display name gives a person, or its
// assistant's name, at the organisation: the organisation is after "at".
func TestSenderAtCompany(t *testing.T) {
	for _, tc := range []struct{ display, want string }{
		{"Olivia at Summit Fresh Market", "Summit Fresh Market"},
		{"Jo Park from Acme Robotics", "Acme Robotics"},
		// A job board's relay in Dutch and German; "van" in a surname too.
		{"Jonas Weber von Brandt Hydraulik GmbH", "Brandt Hydraulik GmbH"},
		{"Anna van der Berg van Berg Logistics", "Berg Logistics"},
		{"Kessler Medizintechnik GmbH", "Kessler Medizintechnik GmbH"},
	} {
		if got := companyFromSenderName(tc.display, nil); got != tc.want {
			t.Errorf("companyFromSenderName(%q) = %q, want %q", tc.display, got, tc.want)
		}
	}
}

// TestCompanyWithoutGluedLegalForm: Japanese, Chinese and Korean glue the
// legal form to the name, and a system's display name glues the
// recruiting department after it.
func TestCompanyWithoutGluedLegalForm(t *testing.T) {
	tests := []struct{ display, want string }{
		{"株式会社ミナトテック 採用担当", "ミナトテック"},
		{"三葉商事株式会社 採用チーム", "三葉商事"},
		{"澜海科技招聘", "澜海科技"},
		{"星云智能科技有限公司", "星云智能科技"},
		{"주식회사 누리랩스 인사팀", "누리랩스"},
		{"Kessler Medizintechnik GmbH", "Kessler Medizintechnik"},
	}
	for _, tc := range tests {
		t.Run(tc.display, func(t *testing.T) {
			if got := withoutLegalForm(companyFromSenderName(tc.display, nil)); got != tc.want {
				t.Errorf("company of %q = %q, want %q", tc.display, got, tc.want)
			}
		})
	}
}

// TestTidyRoleTakesOutThePlaceAndGrade: a city after a dash, and a US
// federal pay grade after the title, are the posting's, not the job's
// name.
func TestTidyRoleTakesOutThePlaceAndGrade(t *testing.T) {
	tests := []struct{ role, want string }{
		{"Infrastructure Engineer - Manchester", "Infrastructure Engineer"},
		{"IT Specialist (APPSW/DATAMGT) GS-13", "IT Specialist (APPSW/DATAMGT)"},
		{"Management Analyst GS-0343-12", "Management Analyst"},
		{"Engineer - Platform", "Engineer - Platform"}, // a team, no place
		// The news a reply's subject appends.
		{"Data Engineer (settore farmaceutico, Parma) - ANNULLATO", "Data Engineer (settore farmaceutico, Parma)"},
		{"Backend Developer – verschoben", "Backend Developer"},
		{"Site Reliability Engineer | RESCHEDULED", "Site Reliability Engineer"},
	}
	for _, tc := range tests {
		if got := tidyRole(tc.role, "", nil); got != tc.want {
			t.Errorf("tidyRole(%q) = %q, want %q", tc.role, got, tc.want)
		}
	}
}

// TestEmployerField: a board's or hiring system's form names the employer
// in a field, after a colon (full-width too) or, as its HTML table becomes
// text, in the cell after the label.
func TestEmployerField(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a Korean board's table", "면접 안내\n기업명 (주)한빛로보틱스\n면접 일시 2026.12.10 (목) 15:00", "(주)한빛로보틱스"},
		{"a Chinese field with a full-width colon", "公司名称：深圳星河智能科技有限公司\n面试时间：12月3日", "深圳星河智能科技有限公司"},
		{"an English cell", "Company name Corvid Analytics\nDate 10 December", "Corvid Analytics"},
		{"an English field", "Employer: Calderbrook Teaching Hospitals", "Calderbrook Teaching Hospitals"},
		{"another field's value", "面试语言：中英文均可\n面试方式：视频面试", ""},
		{"the label inside a sentence", "Our company name changed last year.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := employerField(tc.text, map[string]bool{}, false); got != tc.want {
				t.Errorf("employerField = %q, want %q", got, tc.want)
			}
			// The legal form goes where every company's does, as the
			// interview's name is made (builder.result).
			if short, want := withoutLegalForm(tc.want), map[string]string{"(주)한빛로보틱스": "한빛로보틱스", "深圳星河智能科技有限公司": "深圳星河智能科技"}[tc.want]; want != "" && short != want {
				t.Errorf("withoutLegalForm(%q) = %q, want %q", tc.want, short, want)
			}
		})
	}
}

// TestVendorSendersOwnName: a hiring system or job board sends under its
// own name, alone ("NHS Jobs" of jobs.nhs.uk) or with a word before it
// ("Poslovi Infostud" of infostud.com): no employer. A name beside a
// host the system gives the employer ("Rheinwerk Privatbank" of
// rheinwerk.fa.oraclecloud.com) is the employer's.
func TestVendorSendersOwnName(t *testing.T) {
	for _, tc := range []struct{ name, from, email, text, want string }{
		{"the board's name with a word before", "Poslovi Infostud", "noreply@infostud.com",
			"Ovu poruku ste dobili jer imate nalog na sajtu poslovi.infostud.com.", ""},
		{"the system's name alone", "NHS Jobs", "no-reply@jobs.nhs.uk", "Log in to NHS Jobs to book.", ""},
		{"the employer the system hosts", "Rheinwerk Privatbank", "noreply@rheinwerk.fa.oraclecloud.com",
			"Der folgende Termin wurde geändert.\n\nRheinwerk Privatbank", "Rheinwerk Privatbank"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mail.Message{Summary: mail.Summary{MessageID: "v@x", Subject: "Nachricht", From: []mail.Address{{Name: tc.from, Email: tc.email}}}, Text: tc.text}
			in := &input{m: &m, a: analyze(&m, Config{}, msgContext{})}
			if got := companyFromVendorSender(m.From[0], in); got != tc.want {
				t.Errorf("companyFromVendorSender(%q <%s>) = %q, want %q", tc.from, tc.email, got, tc.want)
			}
		})
	}
}

// TestClientWordStandsAlone: an agency's "client" word is a word of its
// own: "30 Sekunden Bedenkzeit" holds the letters of "Kunden" and names
// no client; "unserem Mandanten, der Aurelia Pumpen GmbH" does.
func TestClientWordStandsAlone(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Für jede Frage haben Sie 30 Sekunden Bedenkzeit und bis zu 3 Minuten für Ihre Antwort.", ""},
		{"das erste Telefoninterview mit unserem Mandanten, der Aurelia Pumpen GmbH & Co. KG, für die Position", "Aurelia Pumpen GmbH & Co. KG"},
		{"for our client Ashdown Insurance, a Lloyd's syndicate", "Ashdown Insurance"},
	} {
		got := ""
		if m := companyPatterns[clientPattern].re().FindStringSubmatch(tc.text); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("client in %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCompanyNotAFieldsLabel: a schedule's field label before a colon
// ("Duração:", "Dauer:", "Durée :") is no company, whatever sentence
// about the interview follows it.
func TestCompanyNotAFieldsLabel(t *testing.T) {
	for _, text := range []string{
		"Duração: cerca de 1h (entrevista com o Gareth, supervisor da fábrica)",
		"Dauer: ca. 45 Minuten (Interview mit Frau Berg, Teamleitung)",
		"Durée : environ 1h (entretien avec Claire, responsable d'équipe)",
	} {
		if c := companyInSentences(text, map[string]bool{}, Config{}.keywords()); c != "" {
			t.Errorf("companyInSentences(%q) = %q, want none", text, c)
		}
	}
}

// TestCompanyNotALinksButton: an HTML mail's button, a label and a link
// ("Confirm Attendance: https://.../interviews/rsvp/..."), names no
// company, though the link holds an interview's word.
func TestCompanyNotALinksButton(t *testing.T) {
	text := "Type: Group Interview (In person)\n\nConfirm Attendance: https://hire.example/interviews/rsvp/4c8e?response=accept\nCan't Make It: https://hire.example/interviews/rsvp/4c8e?response=decline"
	if c := companyInSentences(text, map[string]bool{}, Config{}.keywords()); c != "" {
		t.Errorf("companyInSentences = %q, want none", c)
	}
}

// TestCompanyNamedWithThe: a proper name may start with "The"; a
// subject's words after it make no name.
func TestCompanyNamedWithThe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The Liffey Quay Hotel", "The Liffey Quay Hotel"},
		{"The Body Shop", "The Body Shop"},
		{"The Interview Team", ""},
		{"The Hotel", ""},
	} {
		if got := acceptCompany(tc.in, map[string]bool{}); got != tc.want {
			t.Errorf("acceptCompany(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStatusOnly: a subject's part that says only what became of the
// meeting, in any language's word for it, is neither a company nor the
// job's team ("Data Engineer - ANNULLATO").
func TestStatusOnly(t *testing.T) {
	for _, tc := range []struct {
		part string
		want bool
	}{
		{"Registration Confirmed", true},
		{"CHANGE OF DATE", true},
		{"ANNULLATO", true},
		{"abgesagt", true},
		{"Cancelada", true},
		{"Platform", false},
		{"Data Engineer", false},
		{"Parma", false},
	} {
		if got := statusOnly(tc.part); got != tc.want {
			t.Errorf("statusOnly(%q) = %v, want %v", tc.part, got, tc.want)
		}
	}
}

// TestMeetingKindIsNoCompany: what is left of "Walk-in Interview" or
// "Group Assessment Day" once the interview's word is taken away names
// the kind of meeting, not who holds it; "Backend Python" is the field
// and the stack of a title cut short.
func TestMeetingKindIsNoCompany(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Walk-in", ""},
		{"Group Assessment Day", ""},
		{"Backend Python", ""},
		{"Data Platform", ""},
		{"Sahyadri Infotech", "Sahyadri Infotech"},
		{"First-Round", ""},
		{"Second-Round Technical", ""},
		{"Walk-In Nord", "Walk-In Nord"}, // a name's part need not be a label's
	} {
		if got := acceptCompany(tc.name, nil); got != tc.want {
			t.Errorf("acceptCompany(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRoleOfAField: Spanish and Portuguese join a specialist to a field
// by "en", "em", which otherwise says where the job is.
func TestRoleOfAField(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a specialist's field", "Especialista en Analítica de Datos", "Especialista en Analítica de Datos"},
		{"a specialist's field, in Portuguese", "Especialista em Segurança da Informação", "Especialista em Segurança da Informação"},
		{"the company after en", "Ingeniero de Datos en Minera Austral", "Ingeniero de Datos"},
		{"the subject's words about the candidacy after the title", "Staff Platform Engineer next steps", "Staff Platform Engineer"},
		{"a Swedish public post's compound", "Systemförvaltare med inriktning mot integrationer", "Systemförvaltare med inriktning mot integrationer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := acceptRole(tc.in); got != tc.want {
				t.Errorf("acceptRole(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCJKRoleField: the post of a Chinese, Japanese or Korean notice, in a
// labelled field (with a colon, or in a table's cells), or quoted before
// the Japanese word for a position.
func TestCJKRoleField(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a field with a colon", "面试职位：高级后端工程师（海外业务） · 25-45K·15薪\n", "高级后端工程师（海外业务）"},
		{"a table's cells", "面试时间变更通知\n应聘职位 高级后端开发工程师（Go）\n面试轮次 一面（技术面）\n", "高级后端开发工程师（Go）"},
		{"the pay after a space", "职位：高级Go开发工程师（海外支付方向） 35-50K\n", "高级Go开发工程师（海外支付方向）"},
		{"quoted before ポジション, across a line", "株式会社ソラノミの「バックエンドエンジニア（Go／決済基盤）」\nポジションにご応募いただき、誠にありがとうございます。", "バックエンドエンジニア（Go／決済基盤）"},
		{"a quote that names no position", "「よろしくお願いします」とお伝えください。", ""},
		{"a label word opening a sentence", "职位描述请见附件。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cjkRoleField(tc.text); got != tc.want {
				t.Errorf("cjkRoleField(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestEmployerOfNamed: the organisation a text gives with a person's
// name, in brackets, after a comma or on their card's next line; not a
// board's card of the job and its place.
func TestEmployerOfNamed(t *testing.T) {
	tests := []struct {
		name, text, who, want string
	}{
		{"in brackets", "Mira Okonkwo (Talent Acquisition Lead bei Feldfunk GmbH) hat dir geschrieben", "Mira Okonkwo", "Feldfunk"},
		{"after a comma", "Best,\nPriya Raman, Recruiter at Cobalt Systems\n", "Priya Raman", "Cobalt Systems"},
		{"a network's card", "Katrin Vöhringer\nTalent Acquisition Partner · Brandtwerk Logistik GmbH\n\nHallo Sam,", "Katrin Vöhringer", "Brandtwerk Logistik"},
		{"a card with at", "Tomás Ferreira\nSenior Technical Recruiter at Quillon Systems\n\nHi Sam,", "Tomás Ferreira", "Quillon Systems"},
		{"a chat's outside person", "Je hebt 2 nieuwe berichten van Marieke de Vries\nLindeboom Analytics B.V. (extern)\n\nHoi Sam,", "Marieke de Vries", "Lindeboom Analytics"},
		{"a board's card of the job", "Kessler Medizintechnik GmbH\nSoftware Engineer Embedded Linux (m/w/d) · Tuttlingen\n\nHallo Sam,", "Kessler Medizintechnik GmbH", ""},
		{"a name in a sentence", "I spoke to Marieke de Vries about it.\nLindeboom is great.", "Marieke de Vries", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := employerOfNamed(tc.text, tc.who); got != tc.want {
				t.Errorf("employerOfNamed = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAcronymSpelled: a signature's or letterhead's line spells out the
// acronym a domain or subject gives; a person's name with the same
// initials, a word that is no acronym, and a line that runs on do not.
func TestAcronymSpelled(t *testing.T) {
	tests := []struct {
		name, acr, text, want string
	}{
		{"a bilingual signature line", "CNIA", "Émilie Tremblay\nStaffing Advisor | Conseillère en dotation\nCanadian Northern Infrastructure Agency | Agence canadienne des infrastructures du Nord", "Canadian Northern Infrastructure Agency"},
		{"small words between", "BTA", "Kevin Doyle\nHR Specialist\nBureau of Transportation Analytics\nWashington, DC", "Bureau of Transportation Analytics"},
		{"a domain's acronym, mixed case", "Fcu", "Dr. Amelia Hart\nResearch Computing\nFraser Coast University, Vancouver", "Fraser Coast University"},
		{"a domain's five letters", "Cvisd", "Human Resources\nCedar Valley Independent School District\nCedar Valley, TX", "Cedar Valley Independent School District"},
		{"a pronounceable name is no acronym", "Acme", "Alex Chen Marketing Executive", ""},
		{"a line with more words than letters", "BTA", "Bureau of Transportation Analytics and Statistics Office", ""},
		{"no such line", "CPDS", "Kind regards\nHR team", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := acronymSpelled(tc.acr, tc.text); got != tc.want {
				t.Errorf("acronymSpelled(%q) = %q, want %q", tc.acr, got, tc.want)
			}
		})
	}
}

// TestCleanSubjectMarking: a government's protective marking before the
// subject is no part of it.
func TestCleanSubjectMarking(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"OFFICIAL: Invitation to interview - APS6 Data Engineer", "Invitation to interview - APS6 Data Engineer"},
		{"Re: OFFICIAL: Sensitive: Interview outcome", "Interview outcome"},
		{"OFFICIAL-SENSITIVE: Panel interview", "Panel interview"},
		{"Officially confirmed: your interview", "Officially confirmed: your interview"},
	} {
		if got := cleanSubject(tc.in); got != tc.want {
			t.Errorf("cleanSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOffersPay: a job's pay, as a rate or by its word; a price is none.
func TestOffersPay(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"euros an hour, French", "Rémunération 15 EUR/h, déclaration en Minijob.", true},
		{"pounds per hour", "The pay is £11.50 per hour plus tips.", true},
		{"a day rate in euros", "Tarif 80 € par jour, logé nourri.", true},
		{"German hourly wage", "Der Stundenlohn liegt bei 14 Euro.", true},
		{"a price", "Le canapé est toujours disponible, prix 150 €.", false},
		{"a ticket", "Tickets are $25 at the door.", false},
		{"an English bird, a Dutch wage", "We saw a loon on the lake.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := offersPay(normalize(tc.text)); got != tc.want {
				t.Errorf("offersPay(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
