package content

import "strings"

// The lexicons below are general English: speech verbs, titles, role nouns,
// demonyms and the function words that start sentences. None of them names
// a person or comes from a particular document.

// cueVerb describes one speech (cue) verb lemma.
type cueVerb struct {
	lemma string
	// addressee: the noun phrase right after the verb is the listener, not
	// the speaker ("Okafor told Brandt").
	addressee bool
	// naming: a characterisation verb ("called Y a “…”"); its subject owns
	// the quote, its object is what is characterised.
	naming bool
	// noun: a noun for something said ("Clarke's account that …").
	noun bool
}

// cueLemmas lists speech and characterisation verbs. Irregular forms are in
// irregularForms; regular inflections are generated.
var cueLemmas = []cueVerb{
	{lemma: "say"}, {lemma: "tell", addressee: true},
	{lemma: "add"}, {lemma: "ask", addressee: true},
	{lemma: "write"}, {lemma: "reply"}, {lemma: "respond"},
	{lemma: "insist"}, {lemma: "warn", addressee: true},
	{lemma: "explain"}, {lemma: "note"}, {lemma: "stress"},
	{lemma: "continue"}, {lemma: "recall"}, {lemma: "tweet"},
	{lemma: "post"}, {lemma: "declare"}, {lemma: "state"},
	{lemma: "remark"}, {lemma: "comment"}, {lemma: "argue"},
	{lemma: "acknowledge"}, {lemma: "admit"}, {lemma: "concede"},
	{lemma: "claim"}, {lemma: "announce"}, {lemma: "urge", addressee: true},
	{lemma: "joke"}, {lemma: "quip"}, {lemma: "exclaim"},
	{lemma: "answer"}, {lemma: "emphasise"}, {lemma: "emphasize"}, {lemma: "suggest"},
	{lemma: "predict"}, {lemma: "promise"}, {lemma: "vow"}, {lemma: "pledge"}, {lemma: "threaten"},
	{lemma: "caution"}, {lemma: "complain"}, {lemma: "lament"}, {lemma: "boast"}, {lemma: "counter"},
	{lemma: "retort"}, {lemma: "contend"}, {lemma: "maintain"}, {lemma: "assert"}, {lemma: "allege"},
	{lemma: "accuse"}, {lemma: "repeat"}, {lemma: "reiterate"}, {lemma: "agree"},
	{lemma: "disagree"}, {lemma: "observe"}, {lemma: "confirm"}, {lemma: "deny"}, {lemma: "reveal"},
	{lemma: "disclose"}, {lemma: "testify"}, {lemma: "conclude"}, {lemma: "estimate"}, {lemma: "indicate"},
	{lemma: "signal"}, {lemma: "shout"}, {lemma: "whisper"}, {lemma: "mutter"}, {lemma: "think"},
	{lemma: "believe"}, {lemma: "hope"}, {lemma: "fear"}, {lemma: "wonder"}, {lemma: "beg", addressee: true},
	{lemma: "assure", addressee: true}, {lemma: "inform", addressee: true}, {lemma: "remind", addressee: true},
	{lemma: "brief", addressee: true}, {lemma: "plead"}, {lemma: "demand"}, {lemma: "propose"},
	{lemma: "recount"}, {lemma: "describe", naming: true}, {lemma: "call", naming: true},
	{lemma: "dub", naming: true}, {lemma: "label", naming: true}, {lemma: "brand", naming: true},
	{lemma: "term", naming: true}, {lemma: "characterise", naming: true}, {lemma: "characterize", naming: true},
	{lemma: "hail", naming: true}, {lemma: "praise", naming: true}, {lemma: "condemn", naming: true},
	{lemma: "criticise", naming: true}, {lemma: "criticize", naming: true}, {lemma: "slam", naming: true},
	{lemma: "tout"}, {lemma: "worry"}, {lemma: "mention"}, {lemma: "point"},
	{lemma: "cry"}, {lemma: "yell"}, {lemma: "scream"}, {lemma: "sigh"}, {lemma: "laugh"},
	{lemma: "recommend"}, {lemma: "advise", addressee: true}, {lemma: "instruct", addressee: true},
	{lemma: "order", addressee: true}, {lemma: "query"}, {lemma: "question"}, {lemma: "interject"},
	{lemma: "begin"}, {lemma: "elaborate"}, {lemma: "clarify"},
	{lemma: "speak"}, {lemma: "talk"}, {lemma: "report"},
	{lemma: "dismiss", naming: true}, {lemma: "denounce", naming: true}, {lemma: "decry", naming: true},
	{lemma: "deride", naming: true}, {lemma: "name", naming: true}, {lemma: "reject", naming: true},
	{lemma: "rebut"}, {lemma: "aver"}, {lemma: "concur"}, {lemma: "interrupt"}, {lemma: "scoff"},
	{lemma: "snap"}, {lemma: "chime"}, {lemma: "muse"}, {lemma: "reason"},
	// verbs that quote while doing something else: citing a reason,
	// thanking or blaming someone, casting someone as something
	{lemma: "cite"}, {lemma: "blame"}, {lemma: "apologise"}, {lemma: "apologize"},
	{lemma: "congratulate", addressee: true}, {lemma: "thank", addressee: true},
	{lemma: "credit", addressee: true}, {lemma: "commend", addressee: true},
	{lemma: "applaud", addressee: true}, {lemma: "challenge", addressee: true},
	{lemma: "welcome", naming: true}, {lemma: "mock", naming: true}, {lemma: "ridicule", naming: true},
	{lemma: "scorn", naming: true}, {lemma: "lampoon", naming: true}, {lemma: "defend", naming: true},
	{lemma: "cast", naming: true}, {lemma: "portray", naming: true}, {lemma: "depict", naming: true},
	{lemma: "paint", naming: true},
}

// doubleFinal verbs double their last consonant (stress on the last
// syllable): admit, admitted; rebut, rebutted.
var doubleFinal = setOf(`admit rebut aver refer infer concur deter commit submit omit permit regret compel
repel control patrol`)

// irregularForms maps irregular inflections to their lemma.
var irregularForms = map[string]string{
	"casts": "cast", "casting": "cast",
	"said": "say", "says": "say", "saying": "say",
	"told": "tell", "wrote": "write", "written": "write", "writes": "write", "writing": "write",
	"thought": "think", "began": "begin", "begun": "begin",
	"spoke": "speak", "spoken": "speak", "pled": "plead",
}

// cueForms maps every inflected form of a cue verb to its entry.
var cueForms = buildCueForms()

func buildCueForms() map[string]cueVerb {
	m := make(map[string]cueVerb)
	byLemma := make(map[string]cueVerb)
	for _, v := range cueLemmas {
		byLemma[v.lemma] = v
		for _, f := range inflect(v.lemma) {
			if _, taken := m[f]; !taken {
				m[f] = v
			}
		}
	}
	for form, lemma := range irregularForms {
		m[form] = byLemma[lemma]
	}
	return m
}

// inflect returns the regular -s, -ed and -ing forms of an English verb.
func inflect(v string) []string {
	forms := []string{v}
	n := len(v)
	last := v[n-1]
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:n-1]+"ing")
	case last == 'y' && !isVowel(v[n-2]):
		forms = append(forms, v[:n-1]+"ies", v[:n-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || last == 'x':
		forms = append(forms, v+"es", v+"ed", v+"ing")
	case doubleFinal[v] || n <= 4 && !isVowel(last) && last != 'w' && last != 'y' && isVowel(v[n-2]) && !isVowel(v[n-3]):
		// short CVC verbs double their final consonant: beg, begged; dub, dubbed
		forms = append(forms, v+"s", v+string(last)+"ed", v+string(last)+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	if v == "label" || v == "signal" || v == "counsel" {
		forms = append(forms, v+"led", v+"ling")
	}
	return forms
}

// titleWords are honorifics and role words that precede names
// ("Chancellor Ana Lind", "Sen. Lind"). Lower-cased, without dots.
var titleWords = setOf(`president vice-president president-elect prime minister pm chancellor premier
secretary secretary-general general chief executive ceo cfo coo cto chairman chairwoman chair director
director-general commissioner representative governor gov mayor senator sen rep congressman congresswoman
speaker leader spokesman spokeswoman spokesperson aide adviser advisor envoy ambassador diplomat official
admiral adm colonel col lt lieutenant capt captain commander major sergeant sgt corporal private
king queen prince princess emir sheikh sultan pope cardinal archbishop bishop rev reverend father judge
justice attorney prosecutor mr mrs ms miss dr prof professor sir dame lord lady baroness baron duke duchess
earl countess rabbi imam councillor councilor councilman councilwoman alderman sheriff superintendent
inspector detective constable cllr master chancellor-elect minister-president deputy vice first treasurer
comptroller ombudsman coroner registrar whip provost dean rector`)

// roleNouns are nouns that name a role when used with "the" ("the
// chancellor", "the Ukrainian president"). Lower-cased.
var roleNouns = setOf(`president chancellor premier leader chief head minister secretary aide envoy
spokesman spokeswoman spokesperson official ambassador governor mayor senator congressman congresswoman
prince princess king queen duke duchess pope general admiral commander director chairman chairwoman chair
economist analyst strategist adviser advisor expert professor executive founder co-founder ceo judge
prosecutor lawyer attorney candidate nominee commissioner lawmaker legislator diplomat negotiator
councillor councilor sheriff superintendent captain colonel lieutenant rabbi imam bishop archbishop
cardinal emir sultan sheikh pollster researcher scientist historian author writer reporter journalist
editor host presenter coach manager owner player chef doctor nurse teacher principal student witness
officer deputy partner boss engineer architect pilot inspector surveyor planner
consultant accountant auditor trader banker broker designer developer producer actor actress singer
artist poet novelist photographer sailor soldier firefighter paramedic pharmacist dentist surgeon vet
clerk mechanic electrician builder harbourmaster curator librarian`)

// femaleWords and maleWords give a person's gender from their title or
// role noun, so that "she" does not resolve to a "Prince".
var femaleWords = setOf(`mrs ms miss queen princess duchess lady dame baroness countess chairwoman
congresswoman spokeswoman councilwoman businesswoman sister mother wife daughter grandmother empress madam
madame mme granddaughter niece aunt widow girlfriend stepmother stepdaughter daughter-in-law
mother-in-law sister-in-law actress waitress heiress`)
var maleWords = setOf(`mr sir king prince duke lord baron earl chairman congressman spokesman councilman
businessman brother father husband son grandfather emperor monsieur grandson nephew uncle widower
boyfriend stepfather stepson son-in-law father-in-law brother-in-law`)

// demonyms are nationality and place adjectives that qualify a role
// ("the German chancellor"); the lexicon is general and incomplete by design.
var demonyms = setOf(`american us u.s. british uk u.k. english scottish welsh irish french german italian
spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek
turkish russian ukrainian belarusian finnish swedish norwegian danish icelandic estonian latvian
lithuanian serbian croatian bosnian slovenian albanian georgian armenian azerbaijani kazakh chinese
japanese korean north south indian pakistani afghan iranian iraqi syrian israeli palestinian lebanese
jordanian saudi emirati qatari egyptian libyan tunisian algerian moroccan nigerian kenyan ethiopian
ghanaian african canadian mexican brazilian argentine argentinian chilean colombian venezuelan peruvian
cuban australian zealand european eu nato un western eastern federal state national regional local
democratic republican conservative liberal labour`)

// sentenceStarters are capitalised words that begin sentences but are not
// names. Lower-cased.
var sentenceStarters = setOf(`a an the this that these those there here it its he she they we i you his her
their our my your but and or so yet for nor if when while after before since until as at in on by with
from to of about against between into through during without within under over above below up down out
then now also still even just only not no yes what who whom whose which where why how all any both each
few more most other some such than too very can will would should could may might must shall do does did
has have had is are was were be been being however meanwhile despite although though because instead
unlike like once later earlier today yesterday tomorrow asked speaking according following given
last next first second third finally one two three four five six seven eight nine ten many much several
every another either neither whether perhaps maybe indeed already again often sometimes never
always privately publicly separately similarly additionally moreover furthermore nevertheless
nonetheless otherwise thus hence therefore overall regardless afterward afterwards around across
along behind beyond near past toward towards inside outside thanks elsewhere whatever whenever wherever
whoever sure yeah okay ok well oh please sorry`)

// weekdays and months are capitalised but never names.
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec a.m p.m`)

// pronounGender maps subject pronouns to a gender ('m', 'f') or 'p' for
// plural/organisation.
var pronounGender = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "we": 'p', "it": 'o', "i": 'x'}

// nameParticles may appear in lower case inside a name ("Ursula von der Leyen").
var nameParticles = setOf(`von van der den de del della di da du la le bin ibn al el ben dos das`)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = setOf(`mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep st jr sr
no nos vs etc e.g i.e a.m p.m u.s u.k u.n e.u inc co corp ltd fig rev hon ft mt dept est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun`)

// orgHeads are nouns that make a capitalised run an organisation
// ("Rosenberg Research", "Harris campaign", "Defence Ministry").
var orgHeads = setOf(`ministry department agency office council committee commission court parliament
senate house congress government administration campaign party union bank group institute university
college school hospital company corporation corp inc ltd llc plc association federation foundation
network news times post journal press tribune guardian telegraph gazette herald review economics research
capital partners labs lab studio studios co board bureau service services authority police army navy force
forces command kremlin palace embassy consulate cabinet team club league organisation organization fund
trust society centre center alliance coalition movement front brigade brigades delegation
panel jury mission regulator watchdog chamber air airways airlines rail railway railways mining minerals motors
energy petroleum pharmaceuticals holdings industries securities courier chronicle observer insurance
logistics shipping`)

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

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		if m[w] {
			lexiconRepeats = append(lexiconRepeats, w)
		}
		m[w] = true
	}
	return m
}

// lexiconRepeats collects words listed twice in one setOf list. A repeat
// is harmless to the set but a sign the list was edited carelessly (and
// that one of two differing intentions was lost); a test keeps it empty.
var lexiconRepeats []string

// headerHonours are honorifics of header lines and labels, dropped from
// the names they precede: "THE HON. ANA LIND", "MR. OKAFOR".
var headerHonours = setOf(`hon honourable honorable rt right excellency mr mrs ms miss mx dr sir dame madam`)

// postNominals follow a name in a header without being part of it:
// "PETRA LANGE MP", "ANA LIND QC".
var postNominals = setOf(`mp mla mpp msp mha mhk mep qc kc sc obe mbe cbe kbe dbe ac ao om phd jr sr esq`)

// eventWords name the occasion a header line describes, never a person:
// "MEDIA CONFERENCE", "Remarks by …", "Doorstop interview".
var eventWords = setOf(`remarks conference press media briefing transcript interview doorstop statement
joint availability address speech meeting session hearing roundtable announcement visit opening
launch breakfast dinner luncheon reception ceremony debate forum town hall q&a exchange excerpt
excerpts edited unedited en route aboard`)

// portfolioWords name what a minister or secretary is responsible for:
// "Minister for Fisheries", "Secretary of State", "Foreign Minister".
var portfolioWords = setOf(`affairs foreign home interior state defence defense health education finance
treasury trade industry transport energy environment climate justice labour labor employment agriculture
fisheries forestry water housing culture sport sports tourism science technology communications
immigration veterans women children families planning infrastructure economy development police security
digital regions regional local government commerce revenue welfare pensions work business skills
universities schools arts heritage resources mines mining oceans coasts rural urban`)

// replyVerbs answer whoever spoke before: their subject is someone else.
var replyVerbs = setOf(`reply respond answer retort counter rebut`)

// prepositions govern the noun phrase after them: a name after one is an
// oblique mention.
var prepositions = setOf(`to of in on at for from with by about as than into onto over under after before
since until behind between among against during without within across through toward towards around
upon despite like unlike per via amid beyond near beside besides alongside`)
