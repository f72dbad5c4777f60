package content

import (
	"sort"
	"strings"

	"github.com/briefreader/brief/model"
)

// Quotes: the speech cues of a sentence — verbs of saying with their subjects and listeners,
// "according to", dash credits and colons — found on the sentence with every quotation masked.

// npKind says what a subject noun phrase is.
type npKind uint8

const (
	npNone     npKind = iota
	npName            // a proper name, possibly with titles
	npPronoun         // he, she, they …
	npRole            // the president, the Ukrainian president
	npAnon            // a senior official, reporters, the pair
	npRelative        // who/which with its antecedent parsed into name
)

// subject is the noun phrase a cue verb's speaker comes from.
type subject struct {
	name    nameParts
	pronoun string
	// role head noun and qualifiers for npRole ("president", ["ukrainian"]).
	head  string
	quals []string
	// from is the first token of the phrase.
	from, to int
	kind     npKind
	// org: the role phrase names an organisation ("the bank").
	org bool
	// anonPerson: the phrase is an unnamed person or group ("a senior
	// official", "the minister's spokesman"), who are quoted as Unknown.
	anonPerson bool
	// joint: the name is two people or bodies speaking together.
	joint bool
	// agentless: a passive with no agent speaks for someone the text
	// leaves out ("a flood that was described as “historic”"):
	// Unknown, and nobody a later pronoun could stand for.
	agentless bool
	// (the kind and flags last, together: a cue is kept for each quotation
	// from the first pass to the second)
}

// cue is a speech verb (or "according to", or a speech noun "a joke from")
// found in a sentence.
type cue struct {
	at   int // token index of the verb
	verb cueVerb
	subj subject
	// end is the token after the cue's phrase (verb, subject, listener).
	end int
	// speaker is the resolved entity, nil when none; mention is where the
	// text names it (the subject's name, pronoun or role phrase).
	speaker *entity
	mention model.Span
	// sent is the number of the cue's sentence in the document.
	sent int
	// inverted: the subject follows the verb ("…,” said harbour chief Ana Lind).
	inverted bool
	// trailing: the cue is a parenthetical after what was said ("…, he
	// said."), so it can govern quotes before it.
	trailing bool
	// colon: the cue introduces what follows with a colon.
	colon bool
	// participle: a subjectless -ing form or a coordinated verb that takes
	// its subject from the clause it hangs on ("…, saying", "but added").
	participle bool
	// noVerb: a clause with no speech verb introduces the quote.
	noVerb bool
	// anon: the subject is someone or something unnamed ("a senior
	// official", "the report").
	anon bool
}

// introducesQuote reports whether a quotation follows within a few words
// after a comma or colon ("… was simply, “No.”"), as opposed to a quote
// describing the noun ("Lind’s comments were “sick”").
func introducesQuote(toks []token, from, to int) bool {
	for k := from; k < to && k < from+8; k++ {
		if toks[k].kind == tQuote {
			return k > from && toks[k-1].kind == tPunct && (toks[k-1].text == "," || toks[k-1].text == ":")
		}
		if w := toks[k]; w.kind == tWord && !w.capital() && (cueForms[w.lower].lemma != "" || len(w.lower) > 5 && strings.HasSuffix(w.lower, "ing")) {
			return false // "dismissed Michael's claim, ruling: “…”": another verb introduces it
		}
	}
	return false
}

// cueStarts holds every word a cue can start with: the speech verbs'
// forms, phrasal verbs, speech nouns (and their plurals), "according"
// and "put".
var cueStarts = func() map[string]bool {
	m := map[string]bool{"according": true, "put": true, "puts": true}
	for w := range cueForms {
		m[w] = true
	}
	for w := range phrasalCues {
		m[w] = true
	}
	for w := range speechNouns {
		m[w], m[w+"s"] = true, true
	}
	return m
}()

// findCues returns the cues in sentence s, in token order.
func findCues(toks []token, s sentence) []cue {
	var cues []cue
	// a live blog's time stamp is no part of any subject
	if s.from < s.to && timeStamp.MatchString(toks[s.from].text) {
		s.from = skipDateline(toks, s)
	}
	if c, ok := colonLabel(toks, s); ok {
		cues = append(cues, c)
	}
	for i := s.from; i < s.to; i++ {
		// most tokens start no cue: one look-up decides
		if t := toks[i]; t.kind == tWord && !cueStarts[t.lower] || t.kind == tPunct && !isDash(t.text) || t.kind == tQuote {
			continue
		}
		c, ok, skip := cueAt(toks, s, i)
		if ok {
			cues = append(cues, c)
		}
		i += skip
	}
	if c, ok := colonIntro(toks, s, cues); ok {
		cues = append(cues, c)
	}
	// in token order: the colon label is found first but may come later
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].at < cues[j].at })
	return cues
}

// barePeople reads unnamed people without an article: "critics", "some
// analysts", "royal watchers" (a plural of people, up to three words).
func barePeople(toks []token, from, to int) subject {
	end := from
	for end < to && end < from+3 && toks[end].kind == tWord && !toks[end].capital() && !functionWord[toks[end].lower] {
		end++
	}
	if end == from || !strings.HasSuffix(toks[end-1].lower, "s") || !anonymousPerson(toks, from, end) {
		return subject{}
	}
	return subject{kind: npAnon, anonPerson: true, from: from, to: end}
}

// cueAt reads the cue at token i, if any: a dash credit, "according to",
// a speech noun, a phrasal verb ("weighed in"), "put it", or a speech
// verb. skip is how many tokens after i the cue used up.
func cueAt(toks []token, s sentence, i int) (c cue, ok bool, skip int) {
	t := toks[i]
	if t.kind == tPunct && isDash(t.text) && i > s.from && toks[i-1].kind == tQuote {
		c, ok = dashCredit(toks, s, i)
		return c, ok, 0
	}
	if t.kind != tWord {
		return cue{}, false, 0
	}
	if t.lower == "according" && i+1 < s.to && toks[i+1].lower == "to" {
		c = cue{at: i, verb: cueVerb{lemma: "according"}, inverted: true}
		c.subj = rightSubject(toks, i+2, s.to)
		if c.subj.kind == npNone {
			c.subj = writingOwner(toks, i+2, s.to) // "according to a Moody's forecast"
		}
		if c.subj.kind == npNone {
			c.subj = barePeople(toks, i+2, s.to) // "according to critics"
		}
		c.end = c.subj.to
		c.trailing = i > s.from && (toks[i-1].kind == tPunct || toks[i-1].kind == tQuote)
		// "according to a report" names nobody: no cue
		return c, c.subj.kind != npNone, 0
	}
	if speechNouns[speechNounLemma(t.lower)] && !t.capital() {
		if c, ok := speechNounCue(toks, s, i); ok {
			return c, true, 0
		}
	}
	if v, ok := phrasalCues[t.lower]; ok && i+1 < s.to && toks[i+1].is(v) {
		// "Benioff weighed in", "Lind hit back:", "she went on"
		c = parseCue(toks, s, i, cueVerb{lemma: t.lower + " " + v})
		c.end = i + 2
		c.colon = c.end < s.to && toks[c.end].text == ":"
		return c, true, 0
	}
	if t.is("put", "puts") && i+1 < s.to && toks[i+1].is("it") {
		// "As Ana Ruiz put it, “…”"
		c = parseCue(toks, s, i, cueVerb{lemma: "put it"})
		c.end = i + 2
		return c, true, 0
	}
	return verbCue(toks, s, i)
}

// verbCue reads a speech verb at token i, with its subject.
func verbCue(toks []token, s sentence, i int) (cue, bool, int) {
	t := toks[i]
	v, ok := cueForms[t.lower]
	if !ok || t.capital() && i > s.from && toks[i-1].kind != tQuote {
		// "Secretary of State", "Teachers Association": part of a name
		return cue{}, false, 0
	}
	if i > s.from && (beForms[toks[i-1].lower] || toks[i-1].text == ",") && i+2 < s.to && toks[i+1].is("by") && passiveForm(t.lower) {
		// "had been described by the charity Shelter as a “…”", and the
		// reduced "Lind, accused by Berg of being “…”": the agent speaks
		r := rightSubject(toks, i+2, s.to)
		if r.kind == npNone {
			r = barePeople(toks, i+2, s.to) // "criticised by traders for …"
		}
		if r.kind != npNone || beForms[toks[i-1].lower] {
			return cue{at: i, verb: v, subj: r, inverted: true, end: r.to}, r.kind != npNone, 0
		}
	}
	if i > s.from && beForms[toks[i-1].lower] && v.naming {
		// "has been described as “heartbreaking” by the department"
		for k := i + 1; k+1 < s.to && k < i+8; k++ {
			if toks[k].is("by") && k > i+1 && toks[k-1].kind == tQuote {
				r := rightSubject(toks, k+1, s.to)
				return cue{at: i, verb: v, subj: r, inverted: true, end: r.to}, r.kind != npNone, 0
			}
		}
		// "a flood that was described as “historic”": by someone
		// the text does not name. A label given ("was called “Atlas”") is
		// a name, not someone's words.
		q := i + 1
		if q < s.to && toks[q].is("as") {
			q++
		}
		if q < s.to && toks[q].kind == tQuote && !labelVerbs[v.lemma] {
			anon := subject{kind: npAnon, from: i, to: i + 1, anonPerson: true, agentless: true}
			return cue{at: i, verb: v, subj: anon, inverted: true, end: i + 1}, true, 0
		}
	}
	if i > s.from && beForms[toks[i-1].lower] && v.addressee && quoteAfter(toks, i+1, s.to) {
		// "Lind was asked, “Do you regret it?”": the subject is who was
		// asked; someone the text does not name asks
		anon := subject{kind: npAnon, from: i, to: i + 1, anonPerson: true, agentless: true}
		return cue{at: i, verb: v, subj: anon, inverted: true, end: i + 1}, true, 0
	}
	if !validCue(toks, s, i) {
		return cue{}, false, 0
	}
	return parseCue(toks, s, i, v), true, 0
}

// passiveForm reports a verb form that can be a past participle.
func passiveForm(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "told" || w == "said" || w == "written" || w == "spoken" || w == "thought"
}

// validCue filters noun uses, passives and hearsay ("the said
// agreement", "is said to be", "was told").
func validCue(toks []token, s sentence, i int) bool {
	t := toks[i]
	var prev token
	if i > s.from {
		prev = toks[i-1]
	}
	if determiners[prev.lower] {
		return false
	}
	participle := strings.HasSuffix(t.lower, "ed") || t.lower == "said" || t.lower == "told" || t.lower == "written" || t.lower == "thought"
	if participle && beForms[prev.lower] {
		return false
	}
	if t.lower == "said" && i+1 < s.to && toks[i+1].lower == "to" {
		return false
	}
	if i+1 < s.to && cueCompounds[t.lower+" "+toks[i+1].lower] {
		return false // "a think tank told": a noun, no verb
	}
	if prev.is("to") && t.lower == cueForms[t.lower].lemma {
		return false // "declined to comment", "a power to agree": no one speaks
	}
	if participle && i+1 < s.to && toks[i+1].is("of", "by") && prev.kind == tWord && !prev.capital() && pronounGender[prev.lower] == 0 {
		return false // "the question asked of the court"
	}
	if nounish[t.lower] {
		j := i - 1
		for j >= s.from && toks[j].kind == tWord && (strings.HasSuffix(toks[j].lower, "ly") || skipBeforeCue[toks[j].lower]) {
			j--
		}
		if j < s.from {
			return false
		}
		p := toks[j]
		if !(p.kind == tWord && (pronounGender[p.lower] != 0 || p.capital() || roleNouns[p.lower]) || p.kind == tQuote ||
			p.kind == tPunct && p.text == ",") {
			return false
		}
	}
	return true
}

// parseCue finds the cue's subject, listener and shape.
func parseCue(toks []token, s sentence, i int, v cueVerb) cue {
	c := cue{at: i, verb: v, end: i + 1}
	if v.lemma == "point" && i+1 < s.to && toks[i+1].is("out") {
		// "pointed out" is a cue of its own
		c.end = i + 2
		c.verb.lemma = "point out"
	}
	c.subj = leftSubject(toks, s, i)
	// Inverted order after a quote or a comma: "…,” said Lind.
	if c.subj.kind == npNone && !v.addressee && i+1 < s.to {
		prevOK := i == s.from
		if i > s.from {
			p := toks[i-1]
			prevOK = p.kind == tQuote || p.kind == tPunct && (p.text == "," || p.text == "—" || p.text == "--")
		}
		if prevOK {
			if r := rightSubject(toks, i+1, s.to); (r.kind == npName || r.kind == npRole || r.kind == npAnon && r.anonPerson) &&
				(i == s.from || toks[i-1].kind == tQuote || closesClause(toks, r.to, s.to)) {
				// "…, for example, said Christie “has …”": after a comma,
				// only a subject that ends the clause follows its verb
				c.subj, c.inverted, c.end = r, true, r.to
			}
		}
	}
	if c.subj.kind == npNone {
		c.participle = true
	}
	// The listener after tell/ask/warn is skipped, never the speaker.
	if v.addressee && !c.inverted {
		c.end = skipListener(toks, c.end, s.to)
	}
	if c.end < s.to && toks[c.end].kind == tPunct && toks[c.end].text == ":" {
		c.colon = true
	}
	before := c.subj.from - 1
	if c.inverted || c.subj.kind == npNone {
		before = i - 1
	}
	if before >= s.from {
		p := toks[before]
		c.trailing = p.kind == tQuote || p.kind == tPunct && (p.text == "," || p.text == "—" || p.text == "--" || p.text == "(")
		c.trailing = c.trailing && closesClause(toks, c.end, s.to)
	}
	return c
}

// closesClause reports whether a cue's clause ends at token i: the
// sentence ends, or a comma or dash follows, possibly after a short
// adverbial ("in an interview", "on Monday", "of Black voters").
func closesClause(toks []token, i, to int) bool {
	if i < to && toks[i].kind == tWord && (functionWord[toks[i].lower] || calendarWords[toks[i].lower]) {
		for k := i; k < to && k < i+8; k++ {
			if toks[k].kind == tPunct || toks[k].kind == tQuote {
				i = k
				break
			}
		}
	}
	if i >= to {
		return true
	}
	t := toks[i]
	return t.kind == tPunct && (t.text == "," || t.text == "." || t.text == "—" || t.text == "--" || t.text == ";" || t.text == "!" || t.text == "?" || t.text == ")")
}

// skipListener returns the index after the listener of tell/ask/warn: a
// short noun phrase up to a comma, colon, "that", "to" or a quote.
func skipListener(toks []token, from, to int) int {
	i := from
	for i < to && i < from+8 {
		t := toks[i]
		if t.kind != tWord || t.is("that", "to", "about", "if", "whether", "how", "what", "why", "when", "not", "he", "she", "they", "it", "we", "i") {
			break
		}
		i++
	}
	return i
}

func joinTokens(toks []token, from, to int) string {
	var parts []string
	for i := from; i < to; i++ {
		parts = append(parts, toks[i].text)
	}
	return strings.Join(parts, " ")
}
