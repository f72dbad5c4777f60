package content

import (
	"strings"
	"unicode/utf8"
)

// The lexicons below are general English: speech verbs, titles, role nouns,
// demonyms and the function words that start sentences. None of them names
// a person or comes from a particular document.

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
whoever sure yeah okay ok well oh please sorry everyone everybody someone somebody anyone anybody nobody
among amid`)

// weekdays and months are capitalised but never names.
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec a.m p.m`)

// eraMarks follow or precede a year ("500 BC", "AD 79"): capitalised,
// never names. As written, not lower-cased.
var eraMarks = setOf(`BC BCE CE AD B.C. A.D. B.C A.D`)

// pronounGender maps subject pronouns to a gender ('m', 'f') or 'p' for
// plural/organisation.
var pronounGender = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "we": 'p', "it": 'o', "i": 'x'}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = setOf(`mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep st jr sr adv supt insp
fr amb cllr det maj brig cpl
no nos vs etc e.g i.e a.m p.m u.s u.k u.n e.u inc co corp ltd fig rev hon ft mt dept est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun`)

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

// lexBits says which of the lexicon's word sets a word is in, for a rule
// that asks several sets of one word: one look-up (lexiconBits) rather than
// one for each set.
type lexBits uint32

// The sets lexiconBits knows.
const (
	lxHonour        lexBits = 1 << iota // headerHonours
	lxPostNominal                       // postNominals
	lxTitle                             // titleWords
	lxRole                              // roleNouns
	lxRoleLabel                         // roleLabelWords
	lxEvent                             // eventWords
	lxDemonym                           // demonyms
	lxRoleAdjective                     // roleAdjectives
	lxPortfolio                         // portfolioWords
	lxStarter                           // sentenceStarters
	lxFunction                          // functionWord
	lxCalendar                          // calendarWords
	lxPlaceHead                         // placeHeads
	lxOrgHead                           // orgHeads
	lxCountry                           // countries
	lxKnownBody                         // knownBodies
	lxGenericOrg                        // genericOrgNouns
	lxAnon                              // anonNouns
)

// lexiconBits maps every word of the sets above to the sets it is in. The
// sets are made once and never change, so neither does this.
var lexiconBits = func() map[string]lexBits {
	m := map[string]lexBits{}
	for bit, set := range map[lexBits]map[string]bool{
		lxHonour: headerHonours, lxPostNominal: postNominals, lxTitle: titleWords, lxRole: roleNouns,
		lxRoleLabel: roleLabelWords, lxEvent: eventWords, lxDemonym: demonyms, lxRoleAdjective: roleAdjectives,
		lxPortfolio: portfolioWords, lxStarter: sentenceStarters, lxFunction: functionWord,
		lxCalendar: calendarWords, lxPlaceHead: placeHeads, lxOrgHead: orgHeads, lxCountry: countries,
		lxKnownBody: knownBodies, lxGenericOrg: genericOrgNouns, lxAnon: anonNouns,
	} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}()

// lastWords returns the set of the last words of a set of phrases.
func lastWords(phrases map[string]bool) map[string]bool {
	m := make(map[string]bool, len(phrases))
	for p := range phrases {
		m[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	return m
}

// lowerIn reports whether w, lower-cased, is in any of the sets. An ASCII
// word is lower-cased on the stack, not copied (a lookup m[string(b)]
// makes no string): the rules ask it of capitalised words by the million.
func lowerIn(w string, sets ...map[string]bool) bool {
	var buf [48]byte
	b, ok := asciiLower(&buf, w)
	if !ok {
		return lowerInSets(strings.ToLower(w), sets)
	}
	for _, s := range sets {
		if s[string(b)] {
			return true
		}
	}
	return false
}

// lowerBits returns lexiconBits of w lower-cased, made as lowerIn makes
// it.
func lowerBits(w string) lexBits {
	var buf [48]byte
	if b, ok := asciiLower(&buf, w); ok {
		return lexiconBits[string(b)]
	}
	return lexiconBits[strings.ToLower(w)]
}

// asciiLower writes w lower-cased into buf; ok is false when w is not
// ASCII or does not fit.
func asciiLower(buf *[48]byte, w string) (b []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	b = buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b, true
}

// lowerInSets reports whether the lower-case word l is in any of the sets.
func lowerInSets(l string, sets []map[string]bool) bool {
	for _, s := range sets {
		if s[l] {
			return true
		}
	}
	return false
}

// phrasesOf makes a set of phrases separated by "|".
func phrasesOf(phrases string) map[string]bool {
	m := make(map[string]bool)
	for p := range strings.SplitSeq(phrases, "|") {
		m[strings.Join(strings.Fields(p), " ")] = true
	}
	return m
}

// lexiconRepeats collects words listed twice in one setOf list. A repeat
// is harmless to the set but a sign the list was edited carelessly (and
// that one of two differing intentions was lost); a test keeps it empty.
var lexiconRepeats []string

// prepositions govern the noun phrase after them: a name after one is an
// oblique mention.
var prepositions = setOf(`to of in on at for from with by about as than into onto over under after before
since until behind between among against during without within across through toward towards around
upon despite like unlike per via amid beyond near beside besides alongside`)

// possessivePronouns map to the subject pronoun of their owner.
var possessivePronouns = map[string]string{"her": "she", "his": "he", "its": "it", "their": "they"}

// functionWord are words that may follow a partial quote in running text
// (“worthwhile” to, “fear” of, “never left” the).
var functionWord = setOf(`to of in on at for from with by about as than that which who if when while because
and or but nor so the a an his her their its our my your this these those into onto over under after before
since until unless whether even also only just still yet again already ever never not more less most
least very too is was were are be been being has have had will would could should may might can must do
does did behind between among against during without within across through toward towards around upon
despite like unlike per via amid`)

var setOfNumbers = setOf(`one two three four five six seven eight nine ten eleven twelve twenty dozen
hundred thousand million times`)

// determiners before a cue form make it a noun ("the call", "a statement").
var determiners = setOf(`the a an this that these those his her their its our my your whose every each
any no another such`)

// beForms before a past participle make a passive ("is said to", "was told").
var beForms = setOf(`is was were are be been being am 's`)

// auxiliaries and irregularPast are verbs a subject's name is followed by.
var (
	auxiliaries   = setOf(`has have had will would could should may might can must does did shall also then still never`)
	irregularPast = setOf(`went took made gave met left ran sat stood came got kept held brought bought caught fought
sought taught felt knew saw put set let hit cut won lost sent spent built paid led heard found became grew drew
flew threw wore swore broke chose spoke rose fell ate drank drove rode wrote sang began`)
)

// introWords open a fronted clause that ends at the first comma.
var introWords = setOf(`when after before while as if although though since because despite in on at
during for with without unlike asked turning according following given by from once until over under
amid upon throughout speaking meanwhile however still instead separately similarly overall earlier later
last this that beyond besides like`)

// timeStamp matches a clock time that opens a live blog's entry: "13.08",
// "9:05", "9.05am", "10.15pm".
// firstPersonWords are the words of someone speaking for themselves, which
// carry an unquoted statement on from one paragraph to the next.
var firstPersonWords = setOf(`i me my mine myself we us our ours ourselves i'm i’m i've i’ve i'd i’d i'll i’ll
we're we’re we've we’ve we'd we’d we'll we’ll`)

// stampedHeadline matches the time stamp that opens a live blog's entry
// headline: "7:03 p.m.: …", "12:10 a.m. Saturday: …", "14.07 GMT: …".
var stampedHeadline = lazyRE(`^\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}[\p{L}]*)?:\s`)

var timeStamp = lazyRE(`^\d{1,2}[.:]\d{2}(?:am|pm|a\.m|p\.m)?$`)

// timeZones follow a time stamp: "10:32 BST".
var timeZones = setOf(`am pm a.m p.m bst gmt cet cest utc et est edt pt pst pdt aest aedt nzdt nzst ist local`)

// nameSuffixes follow a surname without being one.
var nameSuffixes = setOf(`jr sr ii iii iv`)

// dayWords end names of days and periods, which never speak ("Election Day").
var dayWords = setOf(`day week weekend month year season`)

// finiteAuxiliaries make a clause of the words around them: "an engineer
// at the site has told …" is no appositive.
var finiteAuxiliaries = setOf(`has have had is are was were will would can could shall should may might must does did`)
