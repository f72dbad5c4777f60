package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// blk is one block of the document with its quotes and tokens.
type blk struct {
	section, index int
	order          int // position in document order
	raw            rawBlock
	spans          []span
	toks           []token
	sents          []sentence
	quotes         []*qc // one per span, same order
	// speakers are the speakers of this block's cues, in order, for
	// carrying a speaker to quotes that have no cue of their own.
	speakers []speakerAt
	// subject is the last person the block had as a sentence subject.
	subject *entity
	// whole: the block is a block quotation without quote marks.
	whole bool
}

type speakerAt struct {
	tok int
	ent *entity
}

// qc is a quotation being attributed.
type qc struct {
	b       *blk
	si      int // span index in b.spans
	tok     int // index of its tQuote token in b.toks
	kind    model.QuoteKind
	speaker *entity
	// governed: a cue decided this quote (even if its speaker is unnamed).
	governed bool
	rule     string
	conf     float64
	drop     bool
	// next is the continuation of this quotation in the following block.
	next, prev *qc
}

// attributor runs the attribution sieve over a document.
type attributor struct {
	resolver
	blocks []*blk
	// anon is the entity for unnamed speakers, made when first needed.
	anon *entity
	// calledOn is the reporter a transcript's last answerer called on;
	// lastQ the last question turn, which a greeting may name afterwards.
	calledOn *entity
	lastQ    *qc
	// lastSubjectEnd is the token after the last subject name registered,
	// to join names coordinated with it ("Okoro and Varga met").
	lastSubjectEnd int
}

// introWords open a fronted clause that ends at the first comma.
var introWords = setOf(`when after before while as if although though since because despite in on at
during for with without unlike asked turning according following given by from once until over under
amid upon throughout speaking meanwhile however still instead separately similarly overall earlier later
last this that beyond besides like`)

// mainClauseStart returns the index where the sentence's main clause
// starts, after a conjunction or a fronted clause ("When Ana asked, …").
func mainClauseStart(toks []token, s sentence) int {
	m := skipDateline(toks, s)
	for k := 0; k < 3 && m < s.to; k++ {
		t := toks[m]
		switch {
		case t.is("but", "and", "so", "yet", "or", "still", "also", "then"):
			m++
			if m < s.to && toks[m].text == "," {
				m++
			}
		case introWords[t.lower] || t.kind == tWord && strings.HasSuffix(t.lower, "ly") && m+1 < s.to && toks[m+1].text == "," ||
			t.kind == tWord && m == s.from && verbLike(t.lower) && cueForms[t.lower].lemma == "":
			// "Having displayed a ribbon, Mr Rykov removed it": a fronted clause
			c := -1
			for i := m + 1; i < s.to && i < m+25; i++ {
				if toks[i].kind == tPunct && toks[i].text == "," {
					c = i
					break
				}
			}
			if c < 0 {
				return m
			}
			m = c + 1
		default:
			return m
		}
	}
	return m
}

// skipDateline returns the token after a dateline that opens a story:
// "PORT ELLERY:", "LENMARK, Wis. (AP) —".
func skipDateline(toks []token, s sentence) int {
	k := s.from
	for k < s.to && k < s.from+8 && toks[k].kind == tWord && (isAcronym(strings.Trim(toks[k].text, ".")) || toks[k].capital() && k > s.from) {
		k++
	}
	if k == s.from || !isAcronym(strings.Trim(toks[s.from].text, ".")) {
		return s.from
	}
	for k < s.to && (toks[k].text == "," || toks[k].text == "(" || toks[k].text == ")" || toks[k].kind == tWord && k > s.from && toks[k].capital()) && k < s.from+12 {
		k++
	}
	if k < s.to && (toks[k].text == ":" || isDash(toks[k].text)) {
		return k + 1
	}
	return s.from
}

// sentenceSubject parses the noun phrase that opens the main clause: a
// pronoun, a name, "the Ukrainian president", or "A Kremlin aide, Ivo
// Haas," (a role phrase followed by the name).
func sentenceSubject(toks []token, s sentence, m int) subject {
	if m >= s.to || toks[m].kind != tWord {
		return subject{}
	}
	t := toks[m]
	if pronounGender[pronounBase(t.lower)] != 0 {
		return subject{kind: npPronoun, pronoun: pronounBase(t.lower), from: m, to: m + 1}
	}
	// "Her written report put it bluntly:" — the writer is the subject.
	if p := possessivePronouns[t.lower]; p != "" && m+1 < s.to && !toks[m+1].capital() {
		for k := m + 1; k < s.to && k < m+4; k++ {
			if docNouns[toks[k].lower] {
				return subject{kind: npPronoun, pronoun: p, from: m, to: k + 1}
			}
		}
	}
	// "One of the victims, Ana Ruiz, filed …": a describing phrase, then
	// the name between commas.
	if c := leadAppositive(toks, s, m); c.kind == npName {
		return c
	}
	// "Valdoria’s education minister Ana Ruiz …": owner, role, name.
	if t.capital() && t.possessive() {
		k := m + 1
		for k < s.to && k < m+5 && toks[k].kind == tWord && !toks[k].capital() && (roleNouns[toks[k].lower] || titleWords[toks[k].lower] || roleAdjectives[toks[k].lower] || !functionWord[toks[k].lower] && cueForms[toks[k].lower].lemma == "") {
			k++
		}
		if e := nameRunRight(toks, k, s.to); e > k && k > m+1 {
			np := peelName(toks, k, e)
			if np.ok() {
				np.role = joinTokens(toks, m, k)
				return subject{kind: npName, name: np, from: m, to: e}
			}
		}
		// "Valdoria’s Chief of Army Staff General Ana Ruiz has warned"
		e := m + 1
		for e < s.to && e < m+12 && toks[e].kind == tWord && (toks[e].capital() || toks[e].is("of", "and", "the")) {
			e++
		}
		if e > m+1 && isNameWord(toks[e-1]) {
			start := nameRunLeft(toks, e, m+1)
			if np := peelName(toks, start, e); np.ok() && looksLikePersonName(np.words) {
				if np.role == "" {
					np.role = joinTokens(toks, m, start)
				}
				return subject{kind: npName, name: np, from: m, to: e}
			}
		}
	}
	// Read up to the first verb-like lower-case word or punctuation.
	end := m
	for end < s.to && toks[end].kind == tWord && (toks[end].capital() || nameParticles[toks[end].lower] ||
		toks[end].is("of") && end > m && orgHeads[toks[end-1].lower] ||
		roleNouns[toks[end].lower] || titleWords[toks[end].lower] || demonyms[toks[end].lower] || toks[end].is("the", "a", "an")) {
		end++
		if toks[end-1].possessive() {
			break
		}
	}
	if end == m {
		return subject{}
	}
	// "Harbour defenseman Ana Ruiz could see …": a capitalised modifier, a
	// role word, then the name.
	if k := end; k < s.to && agentNoun(toks[k]) {
		for k < s.to && k < end+3 && agentNoun(toks[k]) {
			k++
		}
		if e := nameRunRight(toks, k, s.to); e > k && (e == s.to || toks[e].kind == tPunct || !toks[e].capital()) {
			if np := peelName(toks, k, e); np.ok() && looksLikePersonName(np.words) {
				np.role = joinTokens(toks, m, k)
				return subject{kind: npName, name: np, from: m, to: e}
			}
		}
	}
	// "A Kremlin aide, Ivo Haas, …"
	if end < s.to && toks[end].text == "," && !isNameWord(toks[end-1]) {
		e2 := nameRunRight(toks, end+1, s.to)
		if e2 > end+1 && e2 < s.to && toks[e2].text == "," && pureName(toks, end+1, e2) {
			np := peelName(toks, end+1, e2)
			np.role = appositiveRole(toks, m, end)
			return subject{kind: npName, name: np, from: m, to: e2}
		}
	}
	if toks[end-1].possessive() {
		return subject{}
	}
	sub := npEndingAt(toks, m, end)
	return sub
}

// cleft reports a name focused by "it was … who": "it was Ana Ruiz who
// got the ball rolling" makes her the subject.
func cleft(toks []token, s sentence, i int) bool {
	if i-2 < s.from || !toks[i-1].is("was", "is") || !toks[i-2].is("it") {
		return false
	}
	end := nameRunRight(toks, i, s.to)
	return end < s.to && toks[end].is("who", "that")
}

// agentNoun reports a lower-case noun for a person's job or part:
// "defenseman", "economist", "striker", "director".
func agentNoun(t token) bool {
	if t.kind != tWord || t.capital() || functionWord[t.lower] || cueForms[t.lower].lemma != "" {
		return false
	}
	if roleNouns[t.lower] || anonNouns[t.lower] || roleAdjectives[t.lower] {
		return true
	}
	for _, suf := range []string{"man", "woman", "ist", "er", "or", "ant", "ent"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// leadAppositive reads "one of the victims, Ana Ruiz, …" at the start of a
// main clause: up to eight words without a speech verb, a comma, a name,
// a comma.
func leadAppositive(toks []token, s sentence, m int) subject {
	for c := m + 1; c < s.to && c <= m+8; c++ {
		t := toks[c]
		if t.kind == tQuote || t.kind == tWord && cueForms[t.lower].lemma != "" && !t.capital() {
			return subject{}
		}
		if t.kind != tPunct {
			continue
		}
		if t.text != "," {
			return subject{}
		}
		e := nameRunRight(toks, c+1, s.to)
		if e > c+1 && e < s.to && toks[e].text == "," && pureName(toks, c+1, e) {
			np := peelName(toks, c+1, e)
			if np.ok() {
				np.role = appositiveRole(toks, m, c)
				return subject{kind: npName, name: np, from: c + 1, to: e}
			}
		}
		return subject{}
	}
	return subject{}
}

// registerMentions records every name in the sentence (outside quotes) so
// that later surnames, pronouns and role nouns can find them, and notes
// which mention is the sentence's subject.
func (a *attributor) registerMentions(b *blk, s sentence) {
	toks := b.toks
	a.sentFrom = s.from
	m := mainClauseStart(toks, s)
	lead := sentenceSubject(toks, s, m)
	a.lastSubjectEnd = -1
	for i := s.from; i < s.to; i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, s.to)
		start := i
		for start < end && (sentenceStarters[toks[start].lower] || introWords[toks[start].lower] ||
			start+1 < end && start == s.from && verbLike(toks[start].lower)) {
			start++
		}
		i = end - 1
		if start == end {
			continue
		}
		np := peelName(toks, start, end)
		if !np.ok() {
			continue
		}
		// "Ana Ruiz, Duchess of Lorn": a noble style is part of the name.
		if end+3 < s.to && toks[end].text == "," && nobleTitles[toks[end+1].lower] && toks[end+2].is("of") && isNameWord(toks[end+3]) {
			np.styled = np.String() + ", " + toks[end+1].text + " of " + toks[end+3].bare()
			np.role = toks[end+1].text + " of " + toks[end+3].bare()
			if femaleWords[toks[end+1].lower] {
				np.gender = 'f'
			} else if maleWords[toks[end+1].lower] {
				np.gender = 'm'
			}
			i = end + 3
		}
		person := looksLikePersonName(np.words)
		if !person && !isOrgName(np.words) || len(np.words) > 1 && allUpper(np.words) {
			continue // "NEW DELHI:" is a dateline, not a person
		}
		if end < s.to && toks[end].kind == tWord && (placeHeads[toks[end].lower] || thingNouns[toks[end].lower]) {
			continue // "its annual Camp Strava event" names a thing, not someone
		}
		var e *entity
		if len(np.words) >= 2 || np.title != "" || np.styled != "" {
			e = a.lookup(np.words, true)
			if len(e.forms) == 0 {
				e.org = !person
			}
		} else {
			e = a.lookup(np.words, false)
		}
		if e == nil {
			continue
		}
		a.note(e, np, np.String())
		if e.role == "" && end+3 < s.to && toks[end].text == "," && toks[end+1].is("who") && roleVerbs[toks[end+2].lower] != "" {
			// "Ruth Amadi, who chairs the Passengers’ Forum,"
			stop := end + 3
			for stop < s.to && !(toks[stop].kind == tPunct && isSegmentBreak(toks[stop].text)) && toks[stop].kind != tQuote && stop < end+12 {
				stop++
			}
			a.setRole(e, roleVerbs[toks[end+2].lower]+" of "+appositiveRole(toks, end+3, stop))
		}
		if e.role == "" && end+1 < s.to && toks[end].text == "," && (toks[end+1].is("a", "an", "the") || roleOpener(toks[end+1])) {
			stop := end + 1
			for stop < s.to && !(toks[stop].kind == tPunct && (isSegmentBreak(toks[stop].text) || toks[stop].text == ".")) && toks[stop].kind != tQuote {
				stop++
			}
			if stop == s.to || toks[stop].text == "," || toks[stop].text == "." {
				a.setRole(e, appositiveRole(toks, end+1, stop))
			}
		}
		inLead := lead.kind == npName && start >= lead.from && end <= lead.to
		if inLead && e.role == "" && lead.name.role != "" {
			a.setRole(e, lead.name.role) // "The board’s chief hydrologist, Dr Ana Ruiz, …"
		}
		subj := start == m || np.from == m || inLead || cleft(toks, s, start)
		a.mention(e, b.order, start, subj)
		if !subj && start-2 >= s.from && toks[start-1].is("and", "or") && a.lastSubjectEnd == start-1 {
			subj = true // "Mr Okoro and Mayor Varga met": both are subjects
			a.events[len(a.events)-1].subject = true
		}
		if subj {
			a.lastSubjectEnd = end
		}
		if !subj && start > s.from && toks[start-1].kind == tWord && functionWord[toks[start-1].lower] && !toks[start-1].is("and", "or") {
			// "a victory over Ana Ruiz": an object, the last thing a pronoun means
			a.events[len(a.events)-1].oblique = true
		}
		if subj && !e.org {
			b.subject = e
		}
	}
	a.registerAcronyms(toks, s)
	// A pronoun or role noun opening the main clause is a subject mention.
	if sub := sentenceSubject(toks, s, m); sub.kind == npPronoun || sub.kind == npRole {
		if e, _ := a.resolveSubject(sub, b.order); e != nil {
			a.mention(e, b.order, sub.from, true)
			b.subject = e
		}
	}
}

// verbLike reports a word that reads as a verb form or adverb ("Taking",
// "Asked", "Speaking"): at the start of a sentence, followed by a name, it
// is not part of that name.
func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// roleVerbs turn "who chairs the forum" into a role: "chair of forum".
var roleVerbs = map[string]string{"chairs": "chair", "leads": "leader", "heads": "head",
	"directs": "director", "founded": "founder", "manages": "manager", "represents": "representative",
	"coaches": "coach", "edits": "editor", "hosts": "host", "advises": "adviser",
	"chaired": "chair", "led": "leader", "headed": "head", "co-founded": "co-founder", "presides": "president"}

// roleOpener reports a lower-case word that starts an appositive role:
// "chief executive of …", "senior fellow at …".
func roleOpener(t token) bool {
	return t.kind == tWord && !t.capital() && (roleNouns[t.lower] || titleWords[t.lower] || roleAdjectives[t.lower])
}

var roleAdjectives = setOf(`senior former junior deputy assistant acting interim associate managing executive
chief lead principal co-founder founding longtime veteran`)

// registerAcronyms reads definitions like "Public Services and
// Procurement Canada (PSPC)": the capitalised words before the brackets
// whose initials spell the acronym name an organisation.
func (a *attributor) registerAcronyms(toks []token, s sentence) {
	for p := s.from + 1; p+2 < s.to; p++ {
		if toks[p].text != "(" || toks[p+2].text != ")" || !isAcronym(toks[p+1].text) {
			continue
		}
		acr := toks[p+1].text
		var initials []rune
		start := p
		for k := p - 1; k >= s.from && len(initials) < len([]rune(acr)); k-- {
			t := toks[k]
			switch {
			case t.kind == tWord && t.capital():
				initials = append([]rune{firstRune(t.text)}, initials...)
				start = k
			case t.kind == tWord && t.is("and", "of", "for", "the", "&"):
			default:
				k = s.from // stop
			}
		}
		if string(initials) != acr {
			continue
		}
		var words []string
		for k := start; k < p; k++ {
			words = append(words, toks[k].bare())
		}
		e := a.lookup(words, true)
		e.org = true
		e.forms[acr] = true
	}
}

func allUpper(words []string) bool {
	for _, w := range words {
		if !isAcronym(w) {
			return false
		}
	}
	return true
}

// thingNouns after a capitalised run make it the name of a thing.
var thingNouns = setOf(`event app platform feature service product brand model device software tool
website campaign initiative scheme package`)

// possessivePronouns map to the subject pronoun of their owner.
var possessivePronouns = map[string]string{"her": "she", "his": "he", "its": "it", "their": "they"}

var nobleTitles = setOf(`duke duchess earl countess prince princess marquess marchioness baron baroness viscount viscountess`)
