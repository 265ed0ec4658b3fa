package timetext

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/genplaces -o places_gen.go

// Ranks of the ways a zone is written; the lower wins when one time is
// followed by several ("10:00 AM EST (America/New_York)").
const (
	rankIANA   = iota // "Europe/Berlin"
	rankCity          // "(UTC+01:00) Amsterdam, Berlin", Zoom's "02:00 PM Amsterdam"
	rankWords         // "Central European Time", "hora de Madrid"
	rankOffset        // "UTC+1", "GMT-05:00"
	rankAbbrev        // "CET", "EST"
)

// Zone abbreviations as people write them after a time ("4:00 PM CET").
// An abbreviation names a region, and the region's rules give the offset
// on that date: people write "EST" in July and "CET" in August and mean
// the local time there, so "2 pm EST" in July is 14:00 in New York (EDT).
// GMT and UTC are exact. IST is read as India, its usual meaning in
// recruiting mail; CST as US Central. fixed is the standard offset in
// seconds, used when the time zone database is missing.
var zoneAbbrevs = map[string]struct {
	iana  string
	fixed int
}{
	"utc": {"UTC", 0}, "gmt": {"UTC", 0}, "z": {"UTC", 0},
	"bst": {"Europe/London", 3600}, "wet": {"Europe/Lisbon", 0}, "west": {"Europe/Lisbon", 3600},
	"cet": {"Europe/Berlin", 3600}, "cest": {"Europe/Berlin", 7200}, "sec": {"Europe/Prague", 3600},
	"mez": {"Europe/Berlin", 3600}, "mesz": {"Europe/Berlin", 7200},
	"eet": {"Europe/Athens", 7200}, "eest": {"Europe/Athens", 10800}, "msk": {"Europe/Moscow", 10800},
	"ist": {"Asia/Kolkata", 19800}, "sgt": {"Asia/Singapore", 28800}, "hkt": {"Asia/Hong_Kong", 28800},
	"jst": {"Asia/Tokyo", 32400}, "kst": {"Asia/Seoul", 32400},
	"aest": {"Australia/Sydney", 36000}, "aedt": {"Australia/Sydney", 39600},
	"nzst": {"Pacific/Auckland", 43200}, "nzdt": {"Pacific/Auckland", 46800},
	"est": {"America/New_York", -18000}, "edt": {"America/New_York", -18000}, "et": {"America/New_York", -18000},
	"cst": {"America/Chicago", -21600}, "cdt": {"America/Chicago", -21600}, "ct": {"America/Chicago", -21600},
	"mst": {"America/Denver", -25200}, "mdt": {"America/Denver", -25200}, "mt": {"America/Denver", -25200},
	"pst": {"America/Los_Angeles", -28800}, "pdt": {"America/Los_Angeles", -28800}, "pt": {"America/Los_Angeles", -28800},
	"nst": {"America/St_Johns", -12600}, "ndt": {"America/St_Johns", -12600},
	// Hawaii's and Alaska's, and Atlantic daylight time. (Not "AST":
	// Atlantic Standard Time in Halifax, Arabia Standard Time in Riyadh.)
	"hst": {"Pacific/Honolulu", -36000}, "akst": {"America/Anchorage", -32400}, "akdt": {"America/Anchorage", -32400},
	"adt": {"America/Halifax", -14400},
	// Latin America, Africa and the rest of Asia, as their recruiters
	// write them: "das 10h às 11h (BRT)". ART, PET, COT, EAT, WAT and
	// ICT are words as often ("Head of ICT"): only after a time (below).
	"brt": {"America/Sao_Paulo", -10800}, "clt": {"America/Santiago", -14400}, "clst": {"America/Santiago", -10800},
	"uyt": {"America/Montevideo", -10800}, "pkt": {"Asia/Karachi", 18000}, "wib": {"Asia/Jakarta", 25200},
	"pht": {"Asia/Manila", 28800}, "awst": {"Australia/Perth", 28800}, "acst": {"Australia/Adelaide", 34200},
	"acdt": {"Australia/Adelaide", 37800}, "sast": {"Africa/Johannesburg", 7200},
	// "14:00 (TSİ)", Türkiye Saati ile; "11:00 hs (ARG)", Argentina's
	// time by the country's code; "10:00 COT"; "11:00 AM GST", the
	// Gulf's (GST is also a sales tax): only right after a time (see
	// afterClockOnly).
	"tsi": {"Europe/Istanbul", 10800}, "art": {"America/Argentina/Buenos_Aires", -10800},
	"arg": {"America/Argentina/Buenos_Aires", -10800}, "pet": {"America/Lima", -18000},
	"cot": {"America/Bogota", -18000}, "eat": {"Africa/Nairobi", 10800}, "wat": {"Africa/Lagos", 3600},
	"ict": {"Asia/Bangkok", 25200}, "gst": {"Asia/Dubai", 14400},
	"myt": {"Asia/Kuala_Lumpur", 28800}, "cat": {"Africa/Maputo", 7200}, "wita": {"Asia/Makassar", 28800},
	// Canada's zones in French, as Québec writes them: "14 h 15 HNE",
	// heure normale (standard) or avancée (daylight) de l'Est, du
	// Centre, des Rocheuses, du Pacifique, de l'Atlantique, de
	// Terre-Neuve. Only right after a time (afterClockOnly).
	"hne": {"America/Toronto", -18000}, "hae": {"America/Toronto", -18000},
	"hnc": {"America/Winnipeg", -21600}, "hac": {"America/Winnipeg", -21600},
	"hnr": {"America/Edmonton", -25200}, "har": {"America/Edmonton", -25200},
	"hnp": {"America/Vancouver", -28800}, "hap": {"America/Vancouver", -28800},
	"hna": {"America/Halifax", -14400}, "haa": {"America/Halifax", -14400},
	"hnt": {"America/St_Johns", -12600}, "hat": {"America/St_Johns", -12600},
}

// afterClockOnly are the abbreviations of three letters that are read as
// a zone only right after a time, being a word or a company's initials
// as often ("Head of ICT", "ART director").
var afterClockOnly = map[string]bool{"tsi": true, "art": true, "arg": true, "pet": true, "cot": true, "eat": true,
	"wat": true, "ict": true, "gst": true, "cat": true, "hst": true, "adt": true,
	"hne": true, "hae": true, "hnc": true, "hac": true, "hnr": true, "har": true, "hnp": true, "hap": true,
	"hna": true, "haa": true, "hnt": true, "hat": true}

// Cities that name a zone: in Outlook's "(UTC+01:00) Amsterdam, Berlin,
// Bern, Rome, Stockholm, Vienna", Zoom's "02:00 PM Amsterdam, Berlin...",
// and in "heure de Paris", "hora de Madrid", "Berlin time".
var cities = map[string]string{
	"amsterdam": "Europe/Amsterdam", "berlin": "Europe/Berlin", "bern": "Europe/Zurich",
	// Mexico City as Mexicans write it: "9:00 a 10:30 h (CDMX)".
	"cdmx": "America/Mexico_City",
	"rome": "Europe/Rome", "roma": "Europe/Rome", "stockholm": "Europe/Stockholm", "vienna": "Europe/Vienna",
	"wien": "Europe/Vienna", "paris": "Europe/Paris", "madrid": "Europe/Madrid", "london": "Europe/London",
	"londres": "Europe/London", "dublin": "Europe/Dublin", "edinburgh": "Europe/London", "lisbon": "Europe/Lisbon",
	"lisboa": "Europe/Lisbon", "brussels": "Europe/Brussels", "bruxelles": "Europe/Brussels",
	"copenhagen": "Europe/Copenhagen", "oslo": "Europe/Oslo", "warsaw": "Europe/Warsaw", "warszawa": "Europe/Warsaw",
	"prague": "Europe/Prague", "budapest": "Europe/Budapest", "belgrade": "Europe/Belgrade",
	"bratislava": "Europe/Bratislava", "ljubljana": "Europe/Ljubljana", "sarajevo": "Europe/Sarajevo",
	"skopje": "Europe/Skopje", "zagreb": "Europe/Zagreb", "zurich": "Europe/Zurich", "helsinki": "Europe/Helsinki",
	"kyiv": "Europe/Kyiv", "riga": "Europe/Riga", "sofia": "Europe/Sofia", "tallinn": "Europe/Tallinn",
	"vilnius": "Europe/Vilnius", "athens": "Europe/Athens", "bucharest": "Europe/Bucharest",
	"istanbul": "Europe/Istanbul", "moscow": "Europe/Moscow", "chicago": "America/Chicago",
	"denver": "America/Denver", "seattle": "America/Los_Angeles", "toronto": "America/Toronto",
	"vancouver": "America/Vancouver", "boston": "America/New_York", "sydney": "Australia/Sydney",
	"melbourne": "Australia/Melbourne", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "singapore": "Asia/Singapore",
	"beijing": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "mumbai": "Asia/Kolkata", "kolkata": "Asia/Kolkata",
	"chennai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "dubai": "Asia/Dubai",
	"bogota": "America/Bogota", "lima": "America/Lima", "montevideo": "America/Montevideo",
	// Israel and its cities in Hebrew, after "שעון" (clock).
	"ישראל": "Asia/Jerusalem", "ירושלים": "Asia/Jerusalem", "חיפה": "Asia/Jerusalem",
	// Brazil's official clock is Brasília's: "Horário: 23h59 (Brasília)".
	"brasilia": "America/Sao_Paulo",
	// Where offices are, as their addresses spell them (folded).
	"munchen": "Europe/Berlin", "munich": "Europe/Berlin", "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin",
	"koln": "Europe/Berlin", "cologne": "Europe/Berlin", "stuttgart": "Europe/Berlin", "dusseldorf": "Europe/Berlin",
	"leipzig": "Europe/Berlin", "dresden": "Europe/Berlin", "hannover": "Europe/Berlin", "nurnberg": "Europe/Berlin",
	"bremen": "Europe/Berlin", "geneve": "Europe/Zurich", "geneva": "Europe/Zurich", "basel": "Europe/Zurich",
	"lausanne": "Europe/Zurich", "milano": "Europe/Rome", "milan": "Europe/Rome", "torino": "Europe/Rome",
	"napoli": "Europe/Rome", "bologna": "Europe/Rome", "barcelona": "Europe/Madrid", "valencia": "Europe/Madrid",
	"sevilla": "Europe/Madrid", "bilbao": "Europe/Madrid", "porto": "Europe/Lisbon", "lyon": "Europe/Paris",
	"marseille": "Europe/Paris", "toulouse": "Europe/Paris", "lille": "Europe/Paris", "bordeaux": "Europe/Paris",
	"nantes": "Europe/Paris", "rotterdam": "Europe/Amsterdam", "utrecht": "Europe/Amsterdam",
	"eindhoven": "Europe/Amsterdam", "antwerpen": "Europe/Brussels", "gent": "Europe/Brussels",
	"krakow": "Europe/Warsaw", "wroclaw": "Europe/Warsaw", "gdansk": "Europe/Warsaw", "poznan": "Europe/Warsaw",
	"goteborg": "Europe/Stockholm", "gothenburg": "Europe/Stockholm", "malmo": "Europe/Stockholm",
	"aarhus": "Europe/Copenhagen", "odense": "Europe/Copenhagen", "bergen": "Europe/Oslo", "trondheim": "Europe/Oslo",
	"manchester": "Europe/London", "glasgow": "Europe/London", "bristol": "Europe/London", "leeds": "Europe/London",
	"austin": "America/Chicago", "dallas": "America/Chicago", "houston": "America/Chicago", "atlanta": "America/New_York",
	"miami": "America/New_York", "philadelphia": "America/New_York", "montreal": "America/Toronto",
	"ottawa": "America/Toronto", "calgary": "America/Edmonton", "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata",
	"gurugram": "Asia/Kolkata", "gurgaon": "Asia/Kolkata", "noida": "Asia/Kolkata",
	"johannesburg": "Africa/Johannesburg", "lagos": "Africa/Lagos", "auckland": "Pacific/Auckland",
	// Africa, the Gulf and Oceania, where the mail of their offices
	// names the city's time: "4pm Nairobi time", "Riyadh time".
	"nairobi": "Africa/Nairobi", "kampala": "Africa/Kampala", "kigali": "Africa/Kigali", "accra": "Africa/Accra",
	"cairo": "Africa/Cairo", "casablanca": "Africa/Casablanca", "durban": "Africa/Johannesburg",
	"riyadh": "Asia/Riyadh", "jeddah": "Asia/Riyadh", "doha": "Asia/Qatar", "manama": "Asia/Bahrain",
	"muscat": "Asia/Muscat", "karachi": "Asia/Karachi", "dhaka": "Asia/Dhaka", "jakarta": "Asia/Jakarta",
	"manila": "Asia/Manila", "taipei": "Asia/Taipei", "ankara": "Europe/Istanbul", "izmir": "Europe/Istanbul",
	"brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "adelaide": "Australia/Adelaide",
	"wellington": "Pacific/Auckland",
	// Countries of one zone, as Zoom names the zone after a time:
	// "Dec 3, 2026 06:00 PM India".
	"india": "Asia/Kolkata", "japan": "Asia/Tokyo", "israel": "Asia/Jerusalem", "pakistan": "Asia/Karachi",
	"bangladesh": "Asia/Dhaka", "hawaii": "Pacific/Honolulu", "alaska": "America/Anchorage",
	// and as people do: "3pm UK?", "10h Portugal", "14 Uhr Deutschland".
	"uk": "Europe/London", "england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London",
	"britain": "Europe/London", "ireland": "Europe/Dublin", "portugal": "Europe/Lisbon", "germany": "Europe/Berlin",
	"deutschland": "Europe/Berlin", "france": "Europe/Paris", "italy": "Europe/Rome", "italia": "Europe/Rome",
	"netherlands": "Europe/Amsterdam", "nederland": "Europe/Amsterdam", "belgium": "Europe/Brussels",
	"poland": "Europe/Warsaw", "polska": "Europe/Warsaw", "sweden": "Europe/Stockholm", "sverige": "Europe/Stockholm",
	"denmark": "Europe/Copenhagen", "danmark": "Europe/Copenhagen", "norway": "Europe/Oslo", "norge": "Europe/Oslo",
	"finland": "Europe/Helsinki", "suomi": "Europe/Helsinki", "switzerland": "Europe/Zurich", "schweiz": "Europe/Zurich",
	"austria": "Europe/Vienna", "osterreich": "Europe/Vienna", "greece": "Europe/Athens", "czechia": "Europe/Prague",
	"hungary": "Europe/Budapest", "romania": "Europe/Bucharest", "croatia": "Europe/Zagreb", "slovenia": "Europe/Ljubljana",
	"turkey": "Europe/Istanbul", "turkiye": "Europe/Istanbul", "korea": "Asia/Seoul", "taiwan": "Asia/Taipei",
	"ksa": "Asia/Riyadh", "uae": "Asia/Dubai", "qatar": "Asia/Qatar",
	// Countries whose islands or far south keep another clock, named
	// for the clock of nearly everyone: "10 hrs Chile", "10h España".
	"chile": "America/Santiago", "spain": "Europe/Madrid", "espana": "Europe/Madrid", "ecuador": "America/Guayaquil",
	// China keeps one official clock though the tz database lists two
	// zones; Vietnam's cities by the names people use.
	"china": "Asia/Shanghai", "hanoi": "Asia/Ho_Chi_Minh", "saigon": "Asia/Ho_Chi_Minh",
	"egypt": "Africa/Cairo", "kenya": "Africa/Nairobi", "nigeria": "Africa/Lagos", "morocco": "Africa/Casablanca",
	// The capitals as the other languages followupd reads write them
	// ("14h em Berlim", "alle 10 a Berlino", "à Varsovie").
	"berlim": "Europe/Berlin", "berlino": "Europe/Berlin", "viena": "Europe/Vienna", "vienne": "Europe/Vienna",
	"wenen": "Europe/Vienna", "varsovie": "Europe/Warsaw", "varsovia": "Europe/Warsaw", "varsavia": "Europe/Warsaw",
	"praga": "Europe/Prague", "prag": "Europe/Prague", "copenhague": "Europe/Copenhagen", "kopenhagen": "Europe/Copenhagen",
	"estocolmo": "Europe/Stockholm", "stoccolma": "Europe/Stockholm", "bruxelas": "Europe/Brussels",
	"bruselas": "Europe/Brussels", "brussel": "Europe/Brussels",
	"bruessel": "Europe/Brussels", "lisbonne": "Europe/Lisbon", "lissabon": "Europe/Lisbon", "londra": "Europe/London",
	"parigi": "Europe/Paris", "parijs": "Europe/Paris", "zurigo": "Europe/Zurich", "atenas": "Europe/Athens",
	"monachium": "Europe/Berlin", "mailand": "Europe/Rome",
	// East Asia's cities and countries, and their time, as one word:
	// "下午3点半（北京时间）", "14:00（日本時間）", "오후 2시 (한국시간)".
	"北京": "Asia/Shanghai", "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "上海": "Asia/Shanghai",
	"东京": "Asia/Tokyo", "東京": "Asia/Tokyo", "日本時間": "Asia/Tokyo", "日本时间": "Asia/Tokyo",
	"香港": "Asia/Hong_Kong", "香港时间": "Asia/Hong_Kong", "香港時間": "Asia/Hong_Kong",
	"台北": "Asia/Taipei", "台北時間": "Asia/Taipei", "台灣時間": "Asia/Taipei", "台湾时间": "Asia/Taipei",
	"新加坡": "Asia/Singapore", "新加坡时间": "Asia/Singapore", "서울": "Asia/Seoul", "한국시간": "Asia/Seoul",
	"新加坡時間": "Asia/Singapore", "台灣时间": "Asia/Taipei", "台湾時間": "Asia/Taipei", "中国时间": "Asia/Shanghai",
	"中國時間": "Asia/Shanghai", "韓国時間": "Asia/Seoul", "韩国时间": "Asia/Seoul", "韓國時間": "Asia/Seoul",
	"東京時間": "Asia/Tokyo", "东京时间": "Asia/Tokyo", "上海时间": "Asia/Shanghai",
	// The names of the countries and cities a candidate in Europe
	// writes from, with the word for "time" after them apart or in
	// another script ("독일 시간", "ベルリン時間"; see zoneAt).
	"한국": "Asia/Seoul", "일본": "Asia/Tokyo", "중국": "Asia/Shanghai", "대만": "Asia/Taipei", "홍콩": "Asia/Hong_Kong",
	"싱가포르": "Asia/Singapore", "도쿄": "Asia/Tokyo", "베이징": "Asia/Shanghai", "日本": "Asia/Tokyo",
	"독일": "Europe/Berlin", "베를린": "Europe/Berlin", "ドイツ": "Europe/Berlin", "ベルリン": "Europe/Berlin",
	"德国时间": "Europe/Berlin", "德國時間": "Europe/Berlin", "柏林时间": "Europe/Berlin", "柏林時間": "Europe/Berlin",
	"독일시간": "Europe/Berlin", "베를린시간": "Europe/Berlin",
	"영국": "Europe/London", "イギリス": "Europe/London", "英国时间": "Europe/London", "英國時間": "Europe/London",
	"런던": "Europe/London", "ロンドン": "Europe/London", "伦敦时间": "Europe/London", "倫敦時間": "Europe/London",
	"프랑스": "Europe/Paris", "フランス": "Europe/Paris", "法国时间": "Europe/Paris", "法國時間": "Europe/Paris",
	"네덜란드": "Europe/Amsterdam", "オランダ": "Europe/Amsterdam", "荷兰时间": "Europe/Amsterdam",
}

var twoWordCities = map[string]map[string]string{
	// "11:59pm (New Zealand Daylight Time)": the country's name
	// starts the zone's, as Sonru and Windows write it.
	"new":    {"york": "America/New_York", "delhi": "Asia/Kolkata", "zealand": "Pacific/Auckland"},
	"los":    {"angeles": "America/Los_Angeles"},
	"san":    {"francisco": "America/Los_Angeles"},
	"mexico": {"city": "America/Mexico_City"},
	"sao":    {"paulo": "America/Sao_Paulo"},
	"buenos": {"aires": "America/Argentina/Buenos_Aires"},
	"hong":   {"kong": "Asia/Hong_Kong"},
	"tel":    {"aviv": "Asia/Jerusalem"},
}

// zonePhrases are zones written in words, folded. Longer phrases come
// first so that "central european summer time" is not read as "central
// ... time".
var zonePhrases = func() map[string][][]string {
	out := map[string][][]string{}
	for _, z := range []struct{ phrases, iana string }{
		{"central european summer time|central european standard time|central european time|central europe time", "Europe/Berlin"},
		{"mitteleuropaische sommerzeit|mitteleuropaische zeit|mitteleuropaischer zeit|deutscher zeit|deutsche zeit|german time|berliner zeit|munchner zeit|hamburger zeit", "Europe/Berlin"},
		// German names a city's time with its adjective: "11 Uhr New
		// Yorker Zeit", "Londoner Zeit".
		{"new yorker zeit|ostkustenzeit|ostkusten-zeit", "America/New_York"},
		{"kalifornischer zeit|kalifornische zeit|westkustenzeit|westkusten-zeit", "America/Los_Angeles"},
		{"londoner zeit|britischer zeit|britische zeit", "Europe/London"},
		{"pariser zeit|franzosischer zeit", "Europe/Paris"},
		{"wiener zeit|osterreichischer zeit", "Europe/Vienna"},
		{"zurcher zeit|schweizer zeit", "Europe/Zurich"},
		{"eastern standard time|eastern daylight time|eastern time", "America/New_York"},
		{"central standard time|central daylight time|central time", "America/Chicago"},
		{"mountain standard time|mountain daylight time|mountain time", "America/Denver"},
		{"pacific standard time|pacific daylight time|pacific time", "America/Los_Angeles"},
		// Canada's east: the Maritimes and Newfoundland, in both
		// languages ("11:59 PM Atlantic Time (AT)", "heure de l'Atlantique").
		{"atlantic standard time|atlantic daylight time|atlantic time|heure de l'atlantique|heure normale de l'atlantique", "America/Halifax"},
		{"newfoundland standard time|newfoundland daylight time|newfoundland time|heure de terre-neuve", "America/St_Johns"},
		{"greenwich mean time|coordinated universal time", "UTC"},
		{"british summer time|uk time|british time", "Europe/London"},
		// The United Kingdom's time in the languages of those who work
		// there: "às 23:59 (hora do Reino Unido)", "heure du Royaume-Uni".
		{"hora do reino unido|hora del reino unido|hora britanica|heure du royaume-uni|heure britannique|ora del regno unito|ora britannica|britse tijd|czasu brytyjskiego", "Europe/London"},
		{"india standard time|indian standard time", "Asia/Kolkata"},
		{"eastern european time|eastern european summer time", "Europe/Athens"},
		{"western european time|western european summer time", "Europe/Lisbon"},
		{"heure francaise|heure de france", "Europe/Paris"},
		{"hora espanola|hora peninsular|hora de espana", "Europe/Madrid"},
		// The Canary Islands keep the time of Lisbon and London, an hour
		// behind the peninsula.
		{"hora canaria|hora de canarias|horario canario|hora insular|hora de las islas canarias", "Atlantic/Canary"},
		{"hora dos acores|hora de acores", "Atlantic/Azores"},
		{"heure normale de l'est|heure de l'est|heure avancee de l'est", "America/Toronto"},
		{"ora italiana", "Europe/Rome"},
		{"horario de brasilia|hora de brasilia", "America/Sao_Paulo"},
		{"hora de portugal|hora portuguesa", "Europe/Lisbon"},
		{"nederlandse tijd|dutch time", "Europe/Amsterdam"},
		// The US regions in the Spanish of its hiring systems and
		// employers ("11:00 a. m. (hora del Este)", "11:59 p. m. (hora
		// del Pacífico)").
		{"hora del este|hora estandar del este|horario del este|tiempo del este|hora del este de ee. uu.", "America/New_York"},
		{"hora del pacifico|hora estandar del pacifico|horario del pacifico|tiempo del pacifico", "America/Los_Angeles"},
		{"hora de la montana|hora estandar de la montana|horario de la montana", "America/Denver"},
		{"hora del centro de mexico|hora del centro|hora de la ciudad de mexico|hora de ciudad de mexico|hora de mexico|hora cdmx", "America/Mexico_City"},
		{"hora argentina|hora de argentina|hora arg", "America/Argentina/Buenos_Aires"},
		{"hora colombiana|hora de colombia", "America/Bogota"},
		{"hora chilena|hora de chile", "America/Santiago"},
		{"hora peruana|hora de peru", "America/Lima"},
		{"hora uruguaya|hora de uruguay", "America/Montevideo"},
		{"irish time|ireland time", "Europe/Dublin"},
		{"french time", "Europe/Paris"},
		{"spanish time", "Europe/Madrid"},
		{"italian time", "Europe/Rome"},
		{"polish time", "Europe/Warsaw"},
		{"swedish time", "Europe/Stockholm"},
		{"danish time", "Europe/Copenhagen"},
		{"norwegian time", "Europe/Oslo"},
		{"singapore time|singapore standard time", "Asia/Singapore"},
		// The Gulf and the rest of Asia spelled out, as their hiring
		// systems write them ("11:59 PM Gulf Standard Time"). GST alone
		// is a tax as often.
		{"gulf standard time|gulf time|arabian standard time|uae time|dubai time", "Asia/Dubai"},
		{"arabia standard time|saudi time|ksa time|riyadh time", "Asia/Riyadh"},
		{"china standard time|beijing time|shanghai time", "Asia/Shanghai"},
		{"hong kong time", "Asia/Hong_Kong"},
		{"japan standard time|tokyo time", "Asia/Tokyo"},
		{"korea standard time|seoul time", "Asia/Seoul"},
		{"pakistan standard time", "Asia/Karachi"},
		{"philippine time|philippine standard time|manila time", "Asia/Manila"},
		{"south africa standard time|south african time", "Africa/Johannesburg"},
		// Windows names Australia's zones "AUS Eastern Standard Time";
		// its mail says "(AUS Eastern Daylight Time)" in summer, which
		// is no US Eastern time.
		{"australian eastern time|sydney time|aus eastern standard time|aus eastern daylight time|australian eastern standard time|australian eastern daylight time", "Australia/Sydney"},
		{"w australia standard time|australian western standard time|perth time|wa time", "Australia/Perth"},
		// Australians name their states' clocks: Queensland keeps no
		// daylight saving, so "4:30pm QLD time" is an hour behind
		// Sydney's in December.
		{"qld time|queensland time|brisbane time", "Australia/Brisbane"},
		{"nsw time|act time|canberra time", "Australia/Sydney"},
		{"vic time|victorian time|melbourne time", "Australia/Melbourne"},
		{"tas time|tasmanian time|hobart time", "Australia/Hobart"},
		{"nt time|darwin time", "Australia/Darwin"},
		{"cen australia standard time|cen australia daylight time|australian central standard time|australian central daylight time", "Australia/Adelaide"},
		{"nz time|nzt", "Pacific/Auckland"},
		// The other regions' zones spelled out, as hiring systems print
		// their names ("East Africa Time", "Israel Standard Time").
		{"east africa time|east africa standard time", "Africa/Nairobi"},
		{"west africa time|west africa standard time", "Africa/Lagos"},
		{"central africa time", "Africa/Maputo"},
		{"israel standard time|israel daylight time|israel time", "Asia/Jerusalem"},
		{"brasilia time|brasilia standard time", "America/Sao_Paulo"},
		{"argentina time|argentina standard time", "America/Argentina/Buenos_Aires"},
		{"hawaii-aleutian standard time|hawaii standard time|hawaii time", "Pacific/Honolulu"},
		{"alaska standard time|alaska daylight time|alaska time", "America/Anchorage"},
		{"western indonesia time|waktu indonesia barat", "Asia/Jakarta"},
		{"indochina time", "Asia/Bangkok"},
		{"malaysia time|malaysia standard time", "Asia/Kuala_Lumpur"},
		{"czasu polskiego|polskiego czasu|czas polski|czasu srodkowoeuropejskiego|czasu warszawskiego", "Europe/Warsaw"},
		// A Polish recruiter gives another country's clock the same way
		// ("14:00-15:30 czasu irlandzkiego (u nas 15:00)").
		{"czasu irlandzkiego|czasu dublinskiego", "Europe/Dublin"},
		{"czasu brytyjskiego|czasu londynskiego|czasu angielskiego", "Europe/London"},
		{"czasu niemieckiego|czasu berlinskiego", "Europe/Berlin"},
		{"czasu holenderskiego", "Europe/Amsterdam"},
		{"czasu francuskiego|czasu paryskiego", "Europe/Paris"},
		{"czasu hiszpanskiego", "Europe/Madrid"},
		{"czasu portugalskiego|czasu lizbonskiego", "Europe/Lisbon"},
		{"czasu ukrainskiego|czasu kijowskiego", "Europe/Kyiv"},
		{"czasu nowojorskiego", "America/New_York"},
		{"svensk tid", "Europe/Stockholm"},
		{"dansk tid", "Europe/Copenhagen"},
		{"norsk tid", "Europe/Oslo"},
		{"suomen aikaa|suomen aika|finnish time", "Europe/Helsinki"},
		{"prazskeho casu|prazskeho casu|stredoevropskeho casu|czech time", "Europe/Prague"},
		{"stredoeuropskeho casu|stredoeuropsky cas|slovenskeho casu|bratislavskeho casu|slovak time", "Europe/Bratislava"},
		{"kozep europai ido|magyar ido|budapesti ido|hungarian time", "Europe/Budapest"},
		{"ora romaniei|ora bucurestiului|ora locala a romaniei|romanian time", "Europe/Bucharest"},
		// Where Romanians work, in the genitive Romanian names a
		// country's time with: "10:00 ora Olandei (11:00 ora României)".
		{"ora olandei|ora tarilor de jos", "Europe/Amsterdam"},
		{"ora germaniei", "Europe/Berlin"},
		{"ora belgiei", "Europe/Brussels"},
		{"ora austriei", "Europe/Vienna"},
		{"ora frantei", "Europe/Paris"},
		{"ora spaniei", "Europe/Madrid"},
		{"ora italiei", "Europe/Rome"},
		{"ora angliei|ora marii britanii|ora regatului unit", "Europe/London"},
		{"ora danemarcei", "Europe/Copenhagen"},
		{"turkiye saati|turkiye saatiyle|istanbul saati|turkish time|turkey time", "Europe/Istanbul"},
		// Russian and Ukrainian mail names Moscow's and Kyiv's clocks
		// ("в 15:00 по московскому времени", "11:00 (мск)", "о 15:00 за
		// київським часом"); the Baltic states' their country's.
		{"по московскому времени|московскому времени|московское время|по москве|по мск|мск|moscow time", "Europe/Moscow"},
		{"за київським часом|київським часом|київський час|за києвом|по києву|по киевскому времени|киевскому времени|по киеву|kyiv time", "Europe/Kyiv"},
		// The other clocks Russian-speaking recruiters name, by the
		// city's or the country's adjective ("по кипрскому времени") or
		// "по" and the city ("11:00 по Берлину", "16:30 по Кипру").
		{"по кипрскому времени|кипрскому времени|по кипру|по лимассолу|по никосии", "Asia/Nicosia"},
		{"по берлинскому времени|берлинскому времени|по берлину|по германии", "Europe/Berlin"},
		{"по лондонскому времени|лондонскому времени|по лондону", "Europe/London"},
		{"по варшавскому времени|варшавскому времени|по варшаве", "Europe/Warsaw"},
		{"по минскому времени|минскому времени|по минску", "Europe/Minsk"},
		{"по тбилисскому времени|тбилисскому времени|по тбилиси", "Asia/Tbilisi"},
		{"по ереванскому времени|ереванскому времени|по еревану", "Asia/Yerevan"},
		{"по алматинскому времени|по алматы", "Asia/Almaty"},
		{"по израильскому времени|израильскому времени|по израилю|по тель-авиву", "Asia/Jerusalem"},
		{"по дубайскому времени|по дубаю", "Asia/Dubai"},
		{"по стамбулу|по стамбульскому времени|стамбульскому времени", "Europe/Istanbul"},
		{"по белградскому времени|по белграду", "Europe/Belgrade"},
		{"българско време|по българско време", "Europe/Sofia"},
		// Greek, folded as the scanner folds it ("ώρα Ελλάδας").
		{"ωρα ελλαδας|ωρα ελλαδος|ωρα αθηνας|ελληνικη ωρα|greek time|athens time", "Europe/Athens"},
		{"lietuvos laiku|lietuvos laiko", "Europe/Vilnius"},
		{"pec latvijas laika|latvijas laika|latvijas laiks", "Europe/Riga"},
		{"eesti aja jargi|eesti aeg|eesti aja", "Europe/Tallinn"},
	} {
		for _, p := range strings.Split(z.phrases, "|") {
			// "heure de terre-neuve": the scanner reads a hyphen
			// between two words of a phrase (scanner.words).
			ws := append(strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '-' }), z.iana)
			out[ws[0]] = append(out[ws[0]], ws)
		}
	}
	return out
}()

var ianaAreas = map[string]bool{
	"africa": true, "america": true, "antarctica": true, "asia": true, "atlantic": true,
	"australia": true, "europe": true, "indian": true, "pacific": true, "etc": true,
	// The database's older names, still what many US systems print:
	// "11:59 PM (US/Eastern)", "Canada/Pacific", "Brazil/East".
	"us": true, "canada": true, "brazil": true, "mexico": true, "chile": true,
}

// zoneWord is what a word can start: an IANA name, an offset after UTC or
// GMT, a phrase, a city, an abbreviation. It hangs on the word's entry in
// dict, so that zoneAt costs nothing for the other words.
type zoneWord struct {
	area    bool   // "Europe" of "Europe/Berlin"
	offset  bool   // "UTC", "GMT"
	heure   bool   // "heure", "hora", "ora" of "heure de Paris"
	abbrev  string // the IANA zone of an abbreviation
	fixed   int    // the abbreviation's standard offset, without a database
	city    string // the IANA zone of a city
	cities2 map[string]string
	phrases [][]string // phrases the word starts, each ending in its IANA zone
}

func zoneEntry(key string) *zoneWord {
	e := entryFor(key)
	if e.zone == nil {
		e.zone = &zoneWord{}
	}
	return e.zone
}

var clockRegions = map[string]string{
	"pacific": "America/Los_Angeles", "eastern": "America/New_York",
	"central": "America/Chicago", "mountain": "America/Denver",
}

func init() {
	for k := range clockRegions {
		zoneEntry(k)
	}
	for k := range ianaAreas {
		zoneEntry(k).area = true
	}
	zoneEntry("utc").offset = true
	zoneEntry("gmt").offset = true
	// Arabic "بتوقيت الرياض" and "توقيت القاهرة", Persian "به وقت
	// تهران": the word for a place's clock, before the place.
	for _, k := range []string{"heure", "hora", "horario", "ora", "بتوقيت", "توقيت", "وقت"} {
		zoneEntry(k).heure = true
	}
	// Hebrew "שעון ישראל" (Israel's clock), "לפי שעון ישראל".
	zoneEntry("שעון").heure = true
	for k, a := range zoneAbbrevs {
		z := zoneEntry(k)
		z.abbrev, z.fixed = a.iana, a.fixed
	}
	// The world's one-clock countries and their principal cities, by the
	// tz database's names (places_gen.go), beside the names above.
	for k, c := range worldPlaces {
		if _, ok := cities[k]; !ok {
			cities[k] = c
		}
	}
	for k, c := range arabicPlaces {
		cities[string(foldString(k))] = c
	}
	for k, m := range arabicPlaces2 {
		k = string(foldString(k))
		if twoWordCities[k] == nil {
			twoWordCities[k] = map[string]string{}
		}
		for k2, c := range m {
			twoWordCities[k][string(foldString(k2))] = c
		}
	}
	for k, m := range worldPlaces2 {
		if twoWordCities[k] == nil {
			twoWordCities[k] = map[string]string{}
		}
		for k2, c := range m {
			if _, ok := twoWordCities[k][k2]; !ok {
				twoWordCities[k][k2] = c
			}
		}
	}
	for k, c := range cities {
		zoneEntry(k).city = c
	}
	for k, m := range twoWordCities {
		zoneEntry(k).cities2 = m
	}
	for k, ps := range zonePhrases {
		zoneEntry(k).phrases = ps
	}
}

var locCache sync.Map // IANA name → *time.Location, nil when the database lacks it

func loadLocation(name string) *time.Location {
	if name == "UTC" {
		return time.UTC
	}
	if v, ok := locCache.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	locCache.Store(name, loc)
	return loc
}

// zoneAt reads a time zone at token i.
func (s *scanner) zoneAt(i int) (elem, bool) {
	t := s.tok(i)
	if t.kind != tWord || t.ent == nil || t.ent.zone == nil {
		return elem{}, false
	}
	zw := t.ent.zone
	z := elem{kind: eZone, t0: i, lang: -1}
	if zw.area && s.gluedPunct(i+1, '/') && s.tok(i+2).kind == tWord && s.glued(i+2) {
		j := i + 3
		if s.gluedPunct(j, '/') && s.tok(j+1).kind == tWord && s.glued(j+1) {
			j += 2
		}
		name := s.text[t.pos:s.tok(j-1).end]
		if loc := loadLocation(name); loc != nil {
			z.t1, z.loc, z.zname, z.zrank = j, loc, name, rankIANA
			return z, true
		}
		return elem{}, false
	}
	if zw.offset && t.upper {
		return s.offsetZone(i)
	}
	for _, p := range zw.phrases {
		if j, ok := s.words(i, p[:len(p)-1]); ok {
			if loc := loadLocation(p[len(p)-1]); loc != nil {
				z.t1, z.loc, z.zname, z.zrank = j, loc, s.text[t.pos:s.tok(j-1).end], rankWords
				return z, true
			}
		}
	}
	// After the phrases ("Central Time"): "noon Pacific", "2pm Eastern": a US region's name right after a
	// time is its zone. Elsewhere the words mean other things.
	// "at 11 my time (Central)": the writer says whose clock, then which.
	if iana := clockRegions[string(s.fold[t.k0:t.k1])]; iana != "" && t.capital {
		at := i
		if j, ok := s.writersClockBefore(i); ok {
			at = j
		}
		if loc := loadLocation(iana); loc != nil && s.afterClock(at) {
			z.t0, z.t1, z.loc, z.zname, z.zrank = at, i+1, loc, s.text[t.pos:t.end], rankWords
			return z, true
		}
	}
	// "heure de Paris", "hora de Madrid", "ora di Roma", "Berlin time";
	// and Latin America's "hora Bogotá", "horario CDMX" without the "de".
	if zw.heure {
		at := i + 1
		if s.is(at, "de") || s.is(at, "di") {
			at++
		}
		if loc, j, ok := s.cityAt(at); ok {
			z.t1, z.loc, z.zname, z.zrank = j, loc, s.text[t.pos:s.tok(j-1).end], rankWords
			return z, true
		}
	}
	if loc, j, ok := s.cityAt(i); ok {
		if s.is(j, "time") || s.is(j, "zeit") {
			z.t1, z.loc, z.zname, z.zrank = j+1, loc, s.text[t.pos:s.tok(j).end], rankWords
			return z, true
		}
		// "北京时间", "日本時間", "한국시간", and with the word for time
		// apart or in another script, "한국 시간", "ドイツ時間": a zone
		// wherever it stands. Chinese and Japanese mail writes it before
		// the day as often as after the time ("北京时间12月17日下午3点").
		if t.cjk && cjkZoneTime(s.text[t.pos:t.end]) {
			z.t1, z.loc, z.zname, z.zrank, z.zlead = j, loc, s.text[t.pos:t.end], rankWords, true
			return z, true
		}
		if t.cjk && cjkTimeWords[s.wordOf(j)] && (s.glued(j) || s.tok(j).line == t.line) {
			z.t1, z.loc, z.zname, z.zrank, z.zlead = j+1, loc, s.text[t.pos:s.tok(j).end], rankWords, true
			return z, true
		}
		if s.afterClock(i) {
			z.t1, z.loc, z.zname, z.zrank = j, loc, s.text[t.pos:s.tok(j-1).end], rankCity
			return z, true
		}
		if s.afterClockOf(i) {
			z.t0, z.t1, z.loc, z.zname, z.zrank = i-1, j, loc, s.text[s.tok(i-1).pos:s.tok(j-1).end], rankCity
			return z, true
		}
		if at, ok := s.afterClockIn(i); ok {
			z.t0, z.t1, z.loc, z.zname, z.zrank = at, j, loc, s.text[s.tok(i-1).pos:s.tok(j-1).end], rankCity
			return z, true
		}
	}
	// Two letters ("ET", "PT") are trusted only right after a time.
	if zw.abbrev != "" && t.upper && (t.k1-t.k0 > 2 && !afterClockOnly[string(s.fold[t.k0:t.k1])] || s.afterClock(i)) {
		z.t1, z.zname, z.zrank = i+1, s.text[t.pos:t.end], rankAbbrev
		if z.loc = loadLocation(zw.abbrev); z.loc == nil {
			z.loc = time.FixedZone(z.zname, zw.fixed)
		}
		return z, true
	}
	return elem{}, false
}

// afterClock reports whether token i follows a clock time, with at most
// an opening parenthesis between.
func (s *scanner) afterClock(i int) bool {
	if len(s.elems) == 0 {
		return false
	}
	last := s.elems[len(s.elems)-1]
	// "7am Tues Sydney = 9pm Mon Berlin": the short weekday after the
	// clock, then the place whose clock it is.
	if n := len(s.elems); last.kind == eWeekday && last.t1 == i && n >= 2 &&
		s.elems[n-2].kind == eClock && s.elems[n-2].t1 == last.t0 {
		return true
	}
	if last.kind != eClock {
		return false
	}
	k := last.t1
	// "14:00から（日本時間）": a particle glued to the time.
	if t := s.tok(k); t.kind == tWord && t.cjk && !t.space && slices.Contains(cjkParticles, s.wordOf(k)) {
		k++
	}
	return k == i || k == i-1 && (s.punct(i-1, '(') || s.punct(i-1, '（'))
}

// afterClockOf reports whether token i follows a clock time with "de" or
// "di" between, as Spanish, Portuguese and Italian name whose clock it is:
// "10 hrs de Chile", "às 10h de Lisboa".
func (s *scanner) afterClockOf(i int) bool {
	return (s.is(i-1, "de") || s.is(i-1, "di")) && s.afterClock(i-1)
}

// afterClockIn reports a city named with "in" after a clock time,
// perhaps with a part of the day and whose clock it is between: "7pm in
// Melbourne", "7pm Tuesday evening for her in Melbourne", "à 19h à
// Montréal", "a las 19:00 en Bogotá". A time given for a place is the
// place's time, whether the meeting is there or someone is. It returns
// where the words after the time start, for the zone to cover them.
func (s *scanner) afterClockIn(i int) (int, bool) {
	k := i - 1
	if !s.is(k, "in") && !s.is(k, "en") && !s.is(k, "em") && !s.is(k, "a") { // "à" folds to "a"
		return 0, false
	}
	// (Not "for me in Berlin", "for you in Berlin": the writer's or the
	// reader's own clock, which the mail's other times are on.)
	if s.is(k-2, "for") && slices.Contains([]string{"her", "him", "them"}, s.wordOf(k-1)) {
		k -= 2
	}
	// "10:00 am my time in Boston": the writer's clock, and where it is.
	if s.is(k-1, "time") && (s.is(k-2, "my") || s.is(k-2, "our")) {
		k -= 2
	}
	if _, part := daypartWords[s.wordOf(k-1)]; part {
		k--
	}
	return k, s.afterClock(k)
}

// writersClockBefore returns where "my time" or "our (local) time",
// and an opening parenthesis, start right before i: "11 my time
// (Central)".
func (s *scanner) writersClockBefore(i int) (int, bool) {
	k := i
	if s.punct(k-1, '(') {
		k--
	}
	if !s.is(k-1, "time") {
		return 0, false
	}
	k--
	if s.is(k-1, "local") {
		k--
	}
	if s.is(k-1, "my") || s.is(k-1, "our") {
		return k - 1, true
	}
	return 0, false
}

// offsetZone reads "UTC", "GMT+1", "UTC-05:00", "GMT+0100" at i, and the
// city or zone name Outlook and Teams write after it: "(UTC+01:00)
// Amsterdam, Berlin" is read as Amsterdam, whose rules give +02:00 in
// summer, since Windows names a zone by its standard offset.
func (s *scanner) offsetZone(i int) (elem, bool) {
	t := s.tok(i)
	z := elem{kind: eZone, t0: i, lang: -1, loc: time.UTC, zrank: rankOffset}
	j := i + 1
	off := 0
	if sign := s.tok(j); sign.kind == tPunct && (sign.val == '+' || sign.val == '-' || sign.val == '−') {
		h, nh, ok := s.num(j + 1)
		m := 0
		switch {
		case !ok:
		case nh == 4:
			h, m = h/100, h%100
			j += 2
		case nh <= 2:
			j += 2
			if mm, nm, ok := s.num(j + 1); ok && s.gluedPunct(j, ':') && nm == 2 {
				m = mm
				j += 2
			}
		default:
			ok = false
		}
		if ok {
			if h > 14 || m > 59 {
				return elem{}, false
			}
			off = h*3600 + m*60
			if sign.val != '+' {
				off = -off
			}
		}
	}
	z.t1 = j
	z.zname = s.text[t.pos:s.tok(j-1).end]
	if off != 0 {
		z.loc = time.FixedZone(strings.ReplaceAll(z.zname, " ", ""), off)
	}
	k := j
	if s.punct(k, ')') {
		k++
	}
	if loc, e, ok := s.cityAt(k); ok {
		z.loc, z.t1, z.zrank = loc, e, rankCity
		z.zname += " " + s.text[s.tok(k).pos:s.tok(e-1).end]
		return z, true
	}
	if ph, ok := s.zoneAt(k); ok && ph.zrank == rankWords {
		z.loc, z.t1, z.zrank = ph.loc, ph.t1, rankCity
		z.zname += " " + ph.zname
	}
	return z, true
}

// cityAt reads a city's name at i and returns its zone.
func (s *scanner) cityAt(i int) (*time.Location, int, bool) {
	t := s.tok(i)
	if t.kind != tWord || !t.capital && !caseless(s.text[t.pos:t.end]) {
		return nil, 0, false
	}
	if t.ent == nil || t.ent.zone == nil {
		return nil, 0, false
	}
	zw := t.ent.zone
	name, j := zw.city, i+1
	if zw.cities2 != nil {
		if n := s.tok(i + 1); n.kind == tWord {
			if iana, ok := zw.cities2[string(s.fold[n.k0:n.k1])]; ok {
				name, j = iana, i+2
			}
		}
	}
	if name == "" {
		return nil, 0, false
	}
	if name == "Asia/Amman" && strings.ContainsRune(s.text[t.pos:t.end], '\u064F') {
		name = "Asia/Muscat" // "عُمان", Oman, folds to "عمّان", Amman
	}
	loc := loadLocation(name)
	return loc, j, loc != nil
}

// caseless reports a word of a script without capitals ("北京时间"):
// its city names stand as written.
func caseless(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// CityClock reports whether text says "in" a city (in its first few
// words) whose clock reads as loc's does at t: "16h in Berlin", "(aqui em
// Berlim)" after a time give it again on a reader's clock in Berlin.
// Outlook's "(UTC+01:00) Amsterdam, Berlin, ..." lists the cities of a
// zone, not a reader's place.
func CityClock(text string, loc *time.Location, t time.Time) bool {
	if loc == nil {
		return false
	}
	_, want := t.In(loc).Zone()
	fields := foldedWords(text)
	for i := range fields {
		if i >= 6 {
			break
		}
		name, _ := cityAt(fields, i)
		if name == "" || i == 0 || !placePrepositions[fields[i-1]] {
			continue
		}
		if l := loadLocation(name); l != nil {
			if _, off := t.In(l).Zone(); off == want {
				return true
			}
		}
	}
	return false
}

// MeetingCity reads the zone of the city in which a sentence says one
// meets in person: "She is in Hamburg for a customer visit ... and can
// see you at 2pm that afternoon at the Hotel Atlantic", "bei uns im Büro
// in Wien". A meeting in a place keeps that place's clock, whoever writes
// from elsewhere. It reports false for a sentence without a venue's word,
// or one that names cities on different clocks.
func MeetingCity(sentence string) (*time.Location, bool) {
	fields := foldedWords(sentence)
	venue := false
	for i, w := range fields {
		venue = venue || venueWords[w] || i+1 < len(fields) && venuePairs[w] == fields[i+1]
	}
	if !venue {
		// An address is a venue of its own: "to attend for interview on
		// Thursday 10th December in the Boyd Orr Building, University
		// Avenue, Glasgow G12 8QQ".
		if loc, _, ok := postcodeZone(sentence); ok {
			return loc, true
		}
		return postalCity(sentence)
	}
	return oneCity(fields, func(int, int) bool { return true })
}

// postalCodeCityRE is a continental address's postal code before its
// town: "80331 München", "75008 Paris", "1010 Wien".
var postalCodeCityRE = regexp.MustCompile(`(?:^|[\s,])[0-9]{4,5}\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`)

// postalCity reads the zone of the towns a sentence writes with their
// postal codes ("Hauptstraße 5, 80331 München"); false when there are
// none the tables know, or they are on different clocks.
func postalCity(sentence string) (*time.Location, bool) {
	var names []string
	for _, m := range postalCodeCityRE.FindAllStringSubmatch(sentence, -1) {
		if iana, _ := cityAt(foldedWords(m[1]), 0); iana != "" {
			names = append(names, iana)
		}
	}
	return oneClock(names)
}

// oneClock returns the zone the IANA names share; false when there are
// none the time zone database knows, or they are on different clocks.
func oneClock(names []string) (*time.Location, bool) {
	var found *time.Location
	for _, name := range names {
		loc := loadLocation(name)
		if loc == nil {
			continue
		}
		if found != nil && found.String() != loc.String() {
			return nil, false
		}
		found = loc
	}
	return found, found != nil
}

// oneCity returns the zone of the cities named after a place preposition
// ("in Berlin", "à Paris") that ok accepts, given where the name starts
// and how many words it takes; false when there are none, or they are on
// different clocks.
func oneCity(fields []string, ok func(i, n int) bool) (*time.Location, bool) {
	var names []string
	for i := 1; i < len(fields); i++ {
		if !placePrepositions[fields[i-1]] {
			continue
		}
		if name, n := cityAt(fields, i); name != "" && ok(i, n) {
			names = append(names, name)
		}
	}
	return oneClock(names)
}

// VisitedCity reads the city a writer says they will be in when they ask
// to meet in person: "I'm in Berlin for a few days the first week of
// December - fancy an informal coffee chat? ... Would Thursday 3rd around
// 11 work?" from a Londoner is Berlin's 11:00. Both must be said: being
// somewhere (a verb of being or visiting before "in" and the city, or "in
// Berlin for" a stay), and meeting in person (a venue, a coffee, a lunch).
// It reports false when the text names cities on different clocks so.
func VisitedCity(text string) (*time.Location, bool) {
	fields := foldedWords(text)
	inPerson := false
	for i, w := range fields {
		if venueWords[w] || meetingWords[w] || i+1 < len(fields) && venuePairs[w] == fields[i+1] {
			inPerson = true
			break
		}
	}
	if !inPerson {
		return nil, false
	}
	return oneCity(fields, func(i, n int) bool {
		being := i+n < len(fields) && stayWords[fields[i+n]] && !yearsAfter(fields, i+n+1)
		for k := max(0, i-5); k < i-1 && !being; k++ {
			being = presenceWords[fields[k]]
		}
		return being
	})
}

// yearsAfter reports a stay of months or years within the three words
// from j: "a pub in Dublin for three years during uni" is where someone
// lived, not a visit to meet in.
func yearsAfter(fields []string, j int) bool {
	for k := j; k < len(fields) && k < j+3; k++ {
		switch fields[k] {
		case "year", "years", "month", "months", "jahr", "jahre", "jahren", "monate", "monaten", "an", "ans", "annees",
			"mois", "ano", "anos", "anno", "anni", "mes", "meses", "mese", "mesi", "jaar", "jaren", "maanden", "lat", "lata":
			return true
		}
	}
	return false
}

// presenceWords (folded) say the writer is or will be somewhere: "I'm
// in", "I'll be in", "bin ... in", "je serai à", "estaré en", "sarò a".
var presenceWords = map[string]bool{
	"m": true, "am": true, "be": true, "re": true, "visiting": true, "bin": true, "sind": true, "serai": true,
	"serons": true, "suis": true, "passage": true, "estare": true, "estaremos": true, "estoy": true, "saro": true,
	"saremo": true, "sono": true, "ben": true, "zijn": true, "jestem": true, "bede": true, "ar": true, "er": true,
	"estarei": true, "estou": true,
}

// stayWords (folded) follow a city to say one stays there for a while:
// "in Berlin for a few days", "in Berlin next week".
var stayWords = map[string]bool{"for": true, "next": true, "this": true, "until": true, "fur": true, "bis": true, "pour": true, "para": true, "per": true}

// meetingWords (folded) are meetings in person that are no venue: a
// coffee, a lunch, a walk.
var meetingWords = map[string]bool{
	"coffee": true, "lunch": true, "breakfast": true, "dinner": true, "drink": true, "drinks": true, "kaffee": true,
	"mittagessen": true, "fruhstuck": true, "abendessen": true, "dejeuner": true, "diner": true, "cafecito": true,
	"almuerzo": true, "comida": true, "caffe": true, "pranzo": true, "koffie": true, "lunchen": true, "kawa": true,
	"fika": true, "kaffe": true, "kahvi": true, "kava": true, "obed": true,
}

// venueWords (folded) name where people meet in person: an office, a
// hotel, a café, a reception desk.
var venueWords = map[string]bool{
	"office": true, "offices": true, "hotel": true, "cafe": true, "restaurant": true, "headquarters": true,
	"hq": true, "reception": true, "lobby": true, "buro": true, "bueros": true, "zentrale": true,
	"firmensitz": true, "empfang": true, "bureau": true, "bureaux": true, "siege": true, "accueil": true,
	"oficina": true, "oficinas": true, "recepcion": true, "ufficio": true, "uffici": true, "escritorio": true,
	"kantoor": true, "receptie": true, "kontor": true, "kontoret": true, "biuro": true,
	"biurze": true, "recepcji": true, "toimisto": true, "toimistolla": true, "kancelar": true, "kancelari": true,
}

// venuePairs are a venue of two words: "in person", "vor Ort", "sur place".
var venuePairs = map[string]string{"in": "person", "vor": "ort", "sur": "place", "en": "persona", "di": "persona"}

// foldedWords returns text's runs of letters, folded ("München" is
// "munchen").
func foldedWords(text string) []string {
	return strings.FieldsFunc(string(foldString(text)), func(r rune) bool { return !unicode.IsLetter(r) })
}

// cityAt returns the zone of the city whose name starts at words[i]
// ("berlin", "new york") and how many words it takes, or "" and 0.
func cityAt(words []string, i int) (string, int) {
	if i+1 < len(words) {
		if iana := twoWordCities[words[i]][words[i+1]]; iana != "" {
			return iana, 2
		}
	}
	if iana := cities[words[i]]; iana != "" {
		return iana, 1
	}
	return "", 0
}

// IsCity reports whether name is a city the zone tables know, written
// alone ("Oslo", "São Paulo", "New York"): a place, never an employer.
func IsCity(name string) bool {
	ws := foldedWords(name)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	_, n := cityAt(ws, 0)
	return n == len(ws)
}

// placePrepositions say "in" a place, folded: "in", "em", "à", "a",
// "en", "i", "w", "på", "bei", "aqui", "ici", "hier", "qui", "aca".
var placePrepositions = map[string]bool{
	"in": true, "em": true, "a": true, "en": true, "i": true, "w": true, "pa": true, "na": true, "no": true,
	"bei": true, "aqui": true, "ici": true, "hier": true, "qui": true, "aca": true, "here": true, "there": true, "ai": true,
}

// ZoneIn finds a time zone the text names and how it was written. When
// the text names several, the most precise way wins (an IANA name, then
// Outlook's offset with its cities, a name in words, an offset, an
// abbreviation), then the first. Lower-case "et" and "ist" are words,
// never zones; two-letter abbreviations ("ET", "PT") and a city alone are
// read only right after a clock time.
func ZoneIn(text string) (loc *time.Location, written string, ok bool) {
	s := getScanner(text, Options{})
	defer putScanner(s)
	s.tokenizeAll()
	best, readers := -1, -1
	for i := 0; i < len(s.toks); {
		n := len(s.elems)
		i = s.readAt(i)
		for k := n; k < len(s.elems); k++ {
			e := s.elems[k]
			if e.kind != eZone {
				continue
			}
			// "For reference, in your time zone (Europe/Berlin) the
			// day runs from 4:00 PM": the reader's zone, given beside
			// the mail's own ("all times Eastern Time, ET").
			lead := text[max(0, s.tok(e.t0).pos-40):s.tok(e.t0).pos]
			if readersZoneBefore(lead) {
				if readers < 0 {
					readers = k
				}
				continue
			}
			// "17:00-18:00 Uhr bei uns (10:00-11:00 Uhr in Austin)":
			// another clock for the same moment, never the mail's, even
			// when it is the only zone written.
			if altClockBefore(lead) {
				continue
			}
			if best < 0 || e.zrank < s.elems[best].zrank {
				best = k
			}
		}
	}
	if best < 0 {
		if loc, written, ok := statedRegion(text); ok {
			return loc, written, ok
		}
		best = readers
	}
	if best < 0 {
		return nil, "", false
	}
	return s.elems[best].loc, s.elems[best].zname, true
}

// readersZonePhrases name the reader's zone, as a mail in another's
// gives it for reference.
var readersZonePhrases = []string{
	"your time zone", "your timezone", "your local time", "in your time", "your zone",
	"ihrer zeitzone", "deiner zeitzone", "votre fuseau", "ton fuseau", "su zona horaria", "tu zona horaria",
	"seu fuso", "uw tijdzone", "je tijdzone", "tua zona", "suo fuso", "din tidszon", "din tidszone", "twojej strefie",
}

func readersZoneBefore(lead string) bool {
	low := strings.ToLower(lead)
	for _, p := range readersZonePhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// altClockBefore reports a zone written after a clock time that opens a
// parenthesis or follows a slash: "16:00 Irish time (17:00 Berlin)",
// "3pm PT / 6pm ET", "17:00-18:00 Uhr bei uns (10:00-11:00 Uhr in
// Austin)". It gives the same moment on another clock, not the clock of
// the mail's other times.
func altClockBefore(lead string) bool {
	low := strings.ToLower(lead)
	t := strings.TrimRight(low, " ")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "am"), "pm")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "a.m."), "p.m.")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "uhr"), "hrs")
	t = strings.TrimRight(t, " ")
	n := len(t)
	t = strings.TrimRight(t, "0123456789:.h-–")
	if n == len(t) || !strings.ContainsAny(low[len(t):], "0123456789") {
		return false
	}
	t = strings.TrimRight(t, " ")
	return strings.HasSuffix(t, "(") || strings.HasSuffix(t, "/")
}

// statedRegionRE finds a US region stated for the times of a whole mail:
// "all the times below are Eastern", "times are in Pacific". Elsewhere
// these words mean other things, so they count only in such a statement.
// In brackets the verb goes: "(times Eastern)", "(all times Pacific)".
var statedRegionRE = regexp.MustCompile(`(?i)\btimes?\b[^.\n]{0,30}?\b(?:are|is)\s+(?:in\s+)?(eastern|pacific|central|mountain)\b` +
	`|\((?:all\s+)?times?\s+(?:in\s+)?(eastern|pacific|central|mountain)\b`)

func statedRegion(text string) (*time.Location, string, bool) {
	low := strings.ToLower(text)
	if !strings.Contains(low, "eastern") && !strings.Contains(low, "pacific") &&
		!strings.Contains(low, "central") && !strings.Contains(low, "mountain") {
		return nil, "", false
	}
	m := statedRegionRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, "", false
	}
	g := 2
	if m[g] < 0 {
		g = 4 // the bracketed form
	}
	// "all times are Central European": a region of another continent.
	if rest := strings.ToLower(strings.TrimLeft(text[m[g+1]:], " ")); strings.HasPrefix(rest, "europe") ||
		strings.HasPrefix(rest, "africa") || strings.HasPrefix(rest, "asia") || strings.HasPrefix(rest, "austral") {
		return nil, "", false
	}
	if loc := loadLocation(clockRegions[strings.ToLower(text[m[g]:m[g+1]])]); loc != nil {
		return loc, text[m[0]:m[1]], true
	}
	return nil, "", false
}

// placeLabels start the line of an invitation that says where it is.
var placeLabels = []string{
	"location", "where", "address", "venue", "ort", "adresse", "anschrift", "lieu", "dirección",
	"direccion", "lugar", "luogo", "indirizzo", "sede", "endereço", "endereco", "morada", "local", "locatie",
	"adres", "plaats", "lokalizacja", "miejsce", "plats", "adress", "sted",
	// Finnish, the Baltic languages, Czech and Hungarian: "Paikka:
	// Kaupungintalo, Torikatu 5", "Vieta:", "Místo:", "Helyszín:".
	"paikka", "osoite", "asukoht", "aadress", "vieta", "adrese", "adresas", "místo", "adresa", "helyszín",
}

// PlaceZone reads the zone of the city an invitation's place is in, from
// a line such as "Location: Kestrel Payments, 14 Leonard Street, London
// EC2A 4LX": an interview met in person keeps the clock of its city,
// which the mail need not state. It reports false when no such line
// names a city followupd knows.
func PlaceZone(text string) (*time.Location, string, bool) {
	afterPlace := false // the line before was a place's, without a city
	for line := range strings.SplitSeq(text, "\n") {
		rest, ok := placeValue(line)
		if !ok {
			// "Location Greenacre Foods Salford Quays" over "Broadway,
			// Salford M50 2UW": an address's second line, as a table
			// cell's lines render.
			if next := strings.TrimLeft(line, "> \t"); afterPlace && len(next) <= 80 && !strings.Contains(next, ":") {
				if loc, written, ok := placeIn(next); ok {
					return loc, written, true
				}
			}
			afterPlace = false
			continue
		}
		if loc, written, ok := placeIn(rest); ok {
			return loc, written, true
		}
		afterPlace = true
	}
	return nil, "", false
}

// placeValue returns what a line says after its place label: "Location:
// ..." as mail writes it, or "Location ..." as a hiring system's table
// renders its label cell beside the value. "> Location: ..." of a quoted
// invitation counts too: a reply about the day keeps its place.
func placeValue(line string) (string, bool) {
	line = strings.TrimLeft(line, "> \t")
	if label, rest, ok := strings.Cut(line, ":"); ok && len(label) <= 20 && isPlaceLabel(label) {
		return rest, true
	}
	first, rest, ok := strings.Cut(line, " ")
	if !ok || len(line) > 100 || !startsUpper(first) || !isPlaceLabel(first) || sentenceStarts[strings.ToLower(first)] {
		return "", false
	}
	return rest, true
}

// sentenceStarts are the place labels that also begin a sentence ("Where
// we meet is up to you"): only with a colon are they labels.
var sentenceStarts = map[string]bool{"where": true, "local": true, "plaats": true, "sede": true, "sted": true}

// placeIn reads the city, or the country a postcode gives, of one line of
// an address. An address names its city after its street, and streets
// are named after cities ("18 rue de Lisbonne, 75008 Paris"): the last
// city of the line is where it is.
func placeIn(rest string) (*time.Location, string, bool) {
	words := foldedWords(rest)
	var found *time.Location
	var written string
	for i := range words {
		if iana, n := cityAt(words, i); iana != "" {
			if loc := loadLocation(iana); loc != nil {
				found, written = loc, strings.Join(words[i:i+n], " ")
			}
		}
	}
	if found != nil {
		return found, written, true
	}
	// A British or Irish postcode says the country, whatever the town:
	// "Calderbrook General Hospital, Ashby Road, CB4 2QT".
	return postcodeZone(rest)
}

// postcodeRE is a UK postcode ("EC1M 6BU", "CB4 2QT"), or an Irish
// Eircode ("D02 X285") in its second group.
var postcodeRE = regexp.MustCompile(`(?:^|[\s,])(?:([A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2})|([AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4})(?:$|[\s,.)])`)

func isPlaceLabel(label string) bool {
	label = strings.ToLower(strings.TrimSpace(label))
	for _, l := range placeLabels {
		if label == l {
			return true
		}
	}
	return false
}

// streetRE is a street address in the English-speaking way: a house
// number, the street's name, and its kind ("9701 Metric Blvd", "14
// Leonard Street"), then what follows on its line (a suite, the city).
var streetRE = regexp.MustCompile(`\b[0-9]{1,6}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]*\s+){1,4}(?:Blvd|Boulevard|Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Pkwy|Parkway|Hwy|Highway|Ln|Lane|Ct|Court|Pl|Place|Way|Plaza|Sq|Square|Ter|Terrace|Cir|Circle)\b\.?([^\n]{0,60})`)

// StreetZone reads the zone of the city after a street address in a
// paragraph that also gives a clock time: "Can you come in for an
// interview Mon 12/7 at 1pm? 9701 Metric Blvd Ste 200 Austin" is on
// Austin's clock. Only such a paragraph: a sender's footer ("6433
// Champion Grandview Way, Building 1, Austin, TX") gives no time, and
// says where the sender's company is, not where one meets.
func StreetZone(text string) (*time.Location, string, bool) {
	for para := range strings.SplitSeq(text, "\n\n") {
		if !strings.ContainsAny(para, "0123456789") || !clockishRE.MatchString(para) {
			continue
		}
		for _, m := range streetRE.FindAllStringSubmatch(para, 4) {
			if loc, written, ok := placeIn(m[1]); ok {
				return loc, written, true
			}
		}
	}
	return nil, "", false
}

// clockishRE is a clock time as a paragraph may give it: "1pm", "10:30",
// "9 a.m.".
var clockishRE = regexp.MustCompile(`(?i)\b[0-9]{1,2}(?::[0-9]{2})?\s*(?:[ap]\.?m\b\.?)|\b[0-9]{1,2}:[0-9]{2}\b`)
