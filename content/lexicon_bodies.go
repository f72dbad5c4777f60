package content

import "strings"

// The lexicon of bodies and places: the heads of organisations' names, their kinds, countries, and
// the names of places and things that never speak.

// orgHeads are nouns that make a capitalised run an organisation
// ("Rosenberg Research", "Harris campaign", "Defence Ministry").
var orgHeads = setOf(`ministry department dept agency office council committee commission court parliament
senate house congress government administration campaign party union bank group institute university
college school hospital company corporation corp inc ltd llc plc association federation foundation
network news times post journal press tribune guardian telegraph gazette herald review economics research
capital partners labs lab studio studios co board bureau service services authority police army navy force
forces command kremlin palace embassy consulate cabinet team club league organisation organization fund
trust society centre center alliance coalition movement front brigade brigades delegation caucus
panel jury mission regulator watchdog chamber air airways airlines rail railway railways mining minerals motors
energy petroleum pharmaceuticals holdings industries securities courier chronicle observer insurance
logistics shipping oil gas watch international engineering technologies systems consulting collective nations`)

// countries name states, which speak as organisations ("Israel said … It
// argued …"). General and incomplete by design.
var countries = setOf(`afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china
colombia croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia finland france georgia
germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan
kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova
mongolia montenegro morocco myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal
serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand
tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe`)

// placePrefixes open the names of places, never a person's: "St. Ives",
// "Mount Orne", "Fort Kellan".
var placePrefixes = setOf(`st saint mount mt fort ft port lake cape`)

// placeHeads end the names of places and things that never speak.
var placeHeads = setOf(`room street avenue road square park hall island river lake mountain mountains
day week month year county city valley coast strait sea ocean bay airport station bridge building tower
district province region territory republic kingdom states strip field stadium arena centre
center museum church cathedral mosque temple library theatre theater hotel gate wall desk prize award
act bill law treaty accord agreement plan program programme project summit conference forum festival
war crisis index survey report poll`)

// knownBodies are international organisations often written in title case.
var knownBodies = setOf(`nato opec asean oecd unicef unesco unrwa fifa uefa interpol europol frontex`)

// companySuffixes end company names without being part of their acronym:
// GE is General Electric Co.
var companySuffixes = setOf(`co inc corp ltd llc plc ag sa nv`)

// bodyKinds maps a word to the kind of body it names, as a noun ("the
// lender") or as the head of a name ("Fernvale Building Society").
var bodyKinds = map[string]string{}

func init() {
	for kind, words := range map[string]string{
		"finance": `bank banking lender insurer capital securities investment investments fund brokerage credit
			financial bancorp building-society asset-manager investment-house bank-holding`,
		"agency": `agency authority regulator watchdog commission office service bureau inspectorate
			department ministry administration directorate`,
		"media": `newspaper paper daily tabloid magazine publication outlet broadcaster network channel station
			website times post courier herald gazette journal tribune chronicle telegraph guardian observer
			standard mail wire radio tv television news press`,
		"company": `company firm business corporation corp inc ltd plc llc holdings industries group maker
			manufacturer retailer developer producer supplier startup operator utility miner mining
			minerals motors energy oil gas petroleum pharmaceuticals foods logistics shipping steel`,
		"airline":   `airline carrier air airways airlines`,
		"rail":      `rail railway railways railroad`,
		"institute": `institute institution centre center foundation university college academy think-tank research`,
		"union":     `union federation`,
		"party":     `party`,
		"campaign":  `campaign`,
		"council":   `council assembly parliament congress senate legislature`,
		"court":     `court tribunal`,
		"police":    `police constabulary`,
		"charity":   `charity trust`,
		"alliance":  `alliance coalition bloc`,
	} {
		for _, w := range strings.Fields(words) {
			bodyKinds[strings.ReplaceAll(w, "-", " ")] = kind
		}
	}
}

// kindAccepts lists the kinds a noun may refer back to beyond its own:
// "the company" may be an airline or a rail operator.
var kindAccepts = map[string][]string{
	// a body whose kind the text never gave is most likely a business
	"company": {"airline", "rail", ""},
}

// genericOrgNouns refer back to an organisation by its kind.
var genericOrgNouns = setOf(`newspaper paper magazine tabloid daily broadcaster network channel station
agency company firm bank group alliance organisation organization body institution party
government administration ministry department union charity publication outlet website lender insurer
regulator watchdog airline carrier operator`)

// countryNouns may refer back to a country.
var countryNouns = setOf(`government country nation state administration`)

// bodyNouns make an organisation of the person they follow: "the Harris
// campaign", "Solberg’s team".
var bodyNouns = setOf(`campaign team government administration camp office party`)

// thingNouns after a capitalised run make it the name of a thing.
var thingNouns = setOf(`event app platform feature service product brand model device software tool
website campaign initiative scheme package`)

// bigBodies are nouns for a large organisation that leave its kind to the
// word before them: "banking giant", "oil major", "mining behemoth".
var bigBodies = setOf(`giant major behemoth powerhouse heavyweight titan`)

// plainBodyModifiers go before a body's kind without naming it: "the same
// agency", "the central bank" (of the country in question).
var plainBodyModifiers = setOf(`same other new former latter first second central national federal main`)
