package content

// The lexicon of people: titles, offices, roles, gender, nationality, honorifics and the nouns for
// people a report does not name.

// titleWords are honorifics and role words that precede names
// ("Chancellor Ana Lind", "Sen. Lind"). Lower-cased, without dots.
var titleWords = setOf(`president vice-president president-elect prime minister pm chancellor premier
secretary secretary-general general chief executive ceo cfo coo cto chairman chairwoman chair director
director-general commissioner representative governor gov mayor senator sen rep congressman congresswoman
speaker leader spokesman spokeswoman spokesperson aide adviser advisor envoy ambassador diplomat official
admiral adm colonel col lt lieutenant capt captain commander major sergeant sgt corporal private
airman airwoman seaman brigadier marshal ensign commodore
king queen prince princess emir sheikh sultan pope cardinal archbishop bishop rev reverend father judge
justice attorney prosecutor mr mrs ms miss dr prof professor sir dame lord lady baroness baron duke duchess
earl countess rabbi imam councillor councilor councilman councilwoman alderman sheriff superintendent
inspector detective constable cllr master chancellor-elect minister-president deputy vice first treasurer
comptroller ombudsman coroner registrar whip provost dean rector adv advocate hon honourable honorable fr
amb supt insp det maj brig cpl pres gen mec mp mep msp mla`)

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
clerk mechanic electrician builder harbourmaster curator librarian treasurer comptroller ombudsman coroner
registrar provost dean rector detective constable alderman sergeant corporal brigadier commodore advocate
barrister solicitor counsel magistrate moderator interviewer questioner panellist panelist chairperson`)

// roleKin are role nouns one person holds at once, each a kind of the
// first: "the lawyer" may be the advocate named before.
var roleKin = map[string][]string{
	"lawyer": {"advocate", "adv", "attorney", "barrister", "solicitor", "counsel"},
	"doctor": {"physician", "surgeon", "dr"},
}

// femaleWords and maleWords give a person's gender from their title or
// role noun, so that "she" does not resolve to a "Prince".
var femaleWords = setOf(`mrs ms miss queen princess duchess lady dame baroness countess chairwoman
congresswoman spokeswoman councilwoman businesswoman sister mother wife daughter grandmother empress madam
madame mme granddaughter niece aunt widow girlfriend stepmother stepdaughter daughter-in-law
mother-in-law sister-in-law actress waitress heiress`)

var maleWords = setOf(`mr sir king prince duke lord baron earl chairman congressman spokesman councilman
businessman brother father husband son grandfather emperor monsieur grandson nephew uncle widower
boyfriend stepfather stepson son-in-law father-in-law brother-in-law`)

// personNouns describe a person without giving a job or an office. With
// "the" they point back to someone the text just spoke of, like a
// pronoun of their gender: "“…,” says the woman", "the mother of three
// says". Kin words point back only alone or before a number ("the mother
// of the boy" is someone else).
var personNouns = setOf(`woman man girl boy lady mother father grandmother grandfather teenager
youngster pensioner widow widower`)

// kinNouns are the personNouns that name a relation.
var kinNouns = setOf(`mother father grandmother grandfather widow widower`)

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

// honorifics are forms of address, not roles: "Ms Lind", "Sir Keir".
var honorifics = setOf(`mr mrs ms miss mx sir dame dr hon honourable honorable`)

// roleDeterminers are the words a role phrase may open with that describe
// nothing: "the deputy spokesperson", "her Sorvanian counterpart".
var roleDeterminers = setOf(`the a an her his their its our my your`)

// honorificHeads follow a possessive pronoun in a form of address, which
// keeps it: "Her Majesty’s ambassador".
var honorificHeads = setOf(`majesty majesty's majesty’s excellency highness honour honor`)

// headerHonours are honorifics of header lines and labels, dropped from
// the names they precede: "THE HON. ANA LIND", "MR. OKAFOR".
var headerHonours = setOf(`hon honourable honorable rt right excellency mr mrs ms miss mx dr sir dame madam`)

// postNominals follow a name in a header without being part of it:
// "PETRA LANGE MP", "ANA LIND QC".
var postNominals = setOf(`mp mla mpp msp mha mhk mep qc kc sc obe mbe cbe kbe dbe ac ao om phd esq apm psm oam csc`)

// postNominalPhrases are honours of two words written after a name in
// running text, the first without its possessive: "Ana Ruiz King’s Counsel
// said". Lower-cased.
var postNominalPhrases = phrasesOf(`king counsel|queen counsel|senior counsel|senior advocate`)

// postNominalEnds are the last words of postNominalPhrases.
var postNominalEnds = lastWords(postNominalPhrases)

// groupPronouns stand for unnamed people when a place or body follows:
// "many in the party said", "others at the plant said".
var groupPronouns = setOf(`many some few others most several everyone everybody someone somebody`)

// anonNouns are nouns for people a report does not name.
var anonNouns = setOf(`official source person people insider lawmaker legislator reporter resident
critic analyst observer protester witness diplomat staffer member worker neighbour neighbor friend
relative colleague employee activist campaigner organiser organizer participant attendee delegate
negotiator representative voter supporter opponent mourner survivor passenger student parent expert
investor farmer fisherman fishermen shopper commuter citizen islander villager local motorist patient
customer user viewer reader listener fan personnel staff crew rescuer searcher volunteer troops soldier police guard driver`)

var roleAdjectives = setOf(`senior former junior deputy assistant acting interim associate managing executive
chief lead principal co-founder founding longtime veteran`)

// roleVerbs turn "who chairs the forum" into a role: "chair of forum".
var roleVerbs = map[string]string{"chairs": "chair", "leads": "leader", "heads": "head",
	"directs": "director", "founded": "founder", "manages": "manager", "represents": "representative",
	"coaches": "coach", "edits": "editor", "hosts": "host", "advises": "adviser",
	"chaired": "chair", "led": "leader", "headed": "head", "co-founded": "co-founder", "presides": "president"}

var nobleTitles = setOf(`duke duchess earl countess prince princess marquess marchioness baron baroness viscount viscountess`)

// titleAbbrev spells out abbreviated titles.
var titleAbbrev = map[string]string{"gov": "governor", "sen": "senator", "rep": "representative",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "adm": "admiral",
	"prof": "professor", "pres": "president", "sec": "secretary", "supt": "superintendent", "cllr": "councillor",
	"insp": "inspector", "sgt": "sergeant", "cmdr": "commander", "adv": "advocate", "fr": "father",
	"amb": "ambassador", "det": "detective", "maj": "major", "brig": "brigadier", "cpl": "corporal"}

// genericHeads name whoever leads something.
var genericHeads = setOf(`leader chief head boss`)

// compoundTitle words make a different office with the head noun after
// them: prime minister, vice president, deputy mayor.
var compoundTitle = setOf(`prime vice deputy assistant under lieutenant acting associate`)

// partyWords describe a politician without being part of their office.
var partyWords = setOf(`republican democratic democrat conservative liberal labour green progressive
socialist centrist federal state national regional local`)

// portfolioWords name what a minister or secretary is responsible for:
// "Minister for Fisheries", "Secretary of State", "Foreign Minister".
var portfolioWords = setOf(`affairs foreign home interior state defence defense health education finance
treasury trade industry transport energy environment climate justice labour labor employment agriculture
fisheries forestry water housing culture sport sports tourism science technology communications
immigration veterans women children families planning infrastructure economy development police security
digital regions regional local government commerce revenue welfare pensions work business skills
universities schools arts heritage resources mines mining oceans coasts rural urban`)

// researchDesks are the unnamed authors of a body's research notes, who
// speak for it: "analysts at Corvin Bank wrote". Plural: one unnamed
// economist is a person, Unknown.
var researchDesks = setOf(`analysts economists strategists`)

// bodyMembers are groups of a body's people who, named with it, speak for
// it: "officials at Velocor described", "all 14 Harbour Reform Caucus
// members demanded". Plural: one unnamed official is a person, Unknown.
var bodyMembers = setOf(`officials executives members representatives`)

// spokesNouns speak for the body they belong to.
var spokesNouns = setOf(`spokesperson spokesman spokeswoman spokespeople`)

// nameParticles may appear in lower case inside a name ("Ursula von der Leyen").
var nameParticles = setOf(`von van der den de del della di da du la le bin ibn al el ben dos das`)

// timeWords end a role phrase: what follows says when, not what ("the
// former president before the election").
var timeWords = setOf(`before after since until till during when while between from`)
