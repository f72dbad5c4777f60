package content

import (
	"strings"
)

// The lexicon of speech: cue verbs and their forms, speech nouns, writings, the verbs that report
// or merely act.

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
	{lemma: "reflect"}, {lemma: "reminisce"}, {lemma: "summarise"}, {lemma: "summarize"}, {lemma: "opine"},
	{lemma: "affirm"}, {lemma: "highlight"}, {lemma: "underline"}, {lemma: "underscore"},
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

// phrasalCues are speech verbs made of a verb and a particle.
var phrasalCues = map[string]string{"weighed": "in", "weighs": "in", "chimed": "in", "chimes": "in",
	"piped": "up", "pipes": "up", "shot": "back", "shoots": "back", "fired": "back", "fires": "back",
	"hit": "back", "hits": "back", "went": "on", "goes": "on", "spoke": "out", "speaks": "out",
	"summed": "up", "sums": "up", "summing": "up"}

// nounish verbs are as often nouns ("the call", "a comment"); their base
// and -s forms count as cues only right after a subject.
var nounish = setOf(`call calls note notes comment comments answer answers question questions state
states point points order orders label labels brand brands term terms fear fears hope hopes claim claims
promise promises pledge pledges vow vows estimate estimates signal signals counter counters charge charges
post posts brief briefs joke jokes quip quips mention mentions demand demands cry cries sigh sighs laugh
laughs praise slam slams tout touts worry worries remark remarks reply replies tweet tweets whisper
whispers shout shouts stress plead deny denies report reports speak talk talks`)

// weakCues need the quote right next to them.
var weakCues = setOf(`think believe hope fear wonder continue begin point laugh sigh cry speak talk
question query mention`)

// skipBeforeCue are words between a subject and its speech verb:
// adverbs, auxiliaries and verbs that embed one ("remembered telling").
var skipBeforeCue = setOf(`also later then previously repeatedly once further again even first never has
had have would will did does do recently often quickly simply flatly publicly privately reportedly
separately similarly finally initially earlier both all himself herself themselves remembered recalled
began started kept went on continued quoted as is was were are been being just still already
itself not only`)

// speechNouns name an utterance: "a joke from Ruiz that his guest was “…”".
var speechNouns = setOf(`joke remark comment accusation criticism statement warning promise pledge message letter note tweet
post quip jibe dig response reply retort plea vow boast complaint answer words claim assertion account
argument insistence contention suggestion view belief idea notion pitch guidance advice position
allegation charge description characterisation characterization theory admission prediction forecast
assessment verdict explanation recollection testimony proposal demand request appeal instruction
recommendation conclusion finding objection concern hope expectation assurance denial confession
rationale suspicion thesis premise`)

// docNouns name writings that can be quoted: "a story which said …".
var docNouns = setOf(`story report article statement memo letter study survey editorial headline post
tweet document filing note leaflet website site book memoir column piece release notice poster sign
brochure email message transcript profile investigation analysis review feature obituary op-ed
commentary poll audit documentary podcast segment exposé`)

// publishVerbs make their subject the author of the writing they take.
var publishVerbs = setOf(`ran published publishes released releases issued issues carried carries commissioned
printed aired broadcast posted produced wrote`)

// replyVerbs answer whoever spoke before: their subject is someone else.
var replyVerbs = setOf(`reply respond answer retort counter rebut`)

// actVerbs report an act more than words: inside someone else's reported
// speech, a quote after them is that speaker's.
var actVerbs = setOf(`pledge promise vow threaten predict estimate indicate signal conclude agree
disagree confirm deny reveal disclose accuse allege demand propose recommend hope fear believe think
wonder worry complain lament boast praise condemn criticise criticize slam hail`)

// labelVerbs give something a name rather than a description: in an
// agentless passive ("the plan was dubbed “Atlas”") what they quote is a
// label, not anyone's words.
var labelVerbs = setOf(`call dub label brand term name nickname title cast`)

// restatingVerbs take a speech noun as their object and make what it
// says their subject's own: "reiterated the UK's position that …",
// "set out the board's view that …" (unlike "rejected Lind's claim").
var restatingVerbs = setOf(`reiterate repeat restate state echo explain outline affirm stress emphasise emphasize
underline underscore defend summarise summarize`)

// reportingVerbs introduce reported speech in their complement.
var reportingVerbs = setOf(`say tell add write argue insist warn note`)

// voteLabels are the words of a ballot, quoted as labels.
var voteLabels = setOf(`yes no aye nay remain leave for against abstain`)

// workNouns name works whose titles are quoted.
var workNouns = setOf(`anthology book film movie album song novel memoir poem play show series documentary
essay podcast exhibition brochure pamphlet leaflet booklet guide manual campaign slogan hashtag magazine
newspaper column headline titled`)

// instrumentNouns follow the quoted name of an official instrument: the
// “Clean Harbours” Act, the “…” Memorandum. Before a quotation they are
// no title ("called the bill “a disaster”").
var instrumentNouns = setOf(`memorandum memo act bill decree directive treaty accord initiative
programme program strategy`)

// vocativeStart matches a quotation that opens by addressing someone:
// "Joan, before I answer", "Thank you, Mr. Secretary.", "Madam President,
// will the tariffs go?". Group 1 is the form of address.
var vocativeStart = lazyRE(`^\s*(?:(?:Thank you|Thanks|Well|Look|Sure|Yes|No|Oh|Hi|Hello|Listen|Sorry|Please),?\s+)?((?:(?:Mr|Mrs|Ms|Dr|Madam|Mister|Madame)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s*[,!?]`)

// cueCompounds are nouns that open with a speech verb: "the think tank
// told", "a report card".
var cueCompounds = map[string]bool{"think tank": true, "think tanks": true, "think piece": true, "think pieces": true,
	"report card": true, "report cards": true}

// leadOpeners may come before the link that names who a block quote is
// by: "also [ana_l](…):", "and [Ana Lind](…) adds".
var leadOpeners = setOf(`also and from plus then via`)

// linkWords are a link's words that point at a page, not a person: "[here](…)
// says", "[this](…) explains".
var linkWords = setOf(`here there this that these those it link links source page site thread click more below above`)
