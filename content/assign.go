package content

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// readCues finds the sentence's speech cues and resolves each cue's
// subject to the entity it names — the first pass, before any quote is
// attributed. A subjectless cue ("…, saying", "but added that") takes the
// subject of the clause it hangs on.
func (a *attributor) readCues(b *blk, s sentence) []cue {
	toks := b.toks
	cues := findCues(toks, s)
	m := mainClauseStart(toks, s)
	// "When Ana asked him …, he declined": whoever asks in a fronted clause
	// is not who a pronoun in the main clause stands for.
	a.exclude = a.exclude[:0]
	for k := range cues {
		c := &cues[k]
		c.sent = a.sentNo
		if c.subj.kind != npNone {
			a.reply = replyVerbs[c.verb.lemma]
			a.resolveCue(b, c)
			a.reply = false
			if c.at < m && c.verb.lemma == "ask" && c.speaker != nil {
				a.exclude = append(a.exclude, c.speaker)
			}
		} else {
			a.inherit(b, c, cues[:k], s, m)
		}
		if c.verb.addressee && !c.inverted {
			a.noteListener(b, c)
		}
		if c.speaker == nil {
			continue
		}
		if c.speaker != a.anon {
			a.spoke(c.speaker, b.order, c.at)
		} else if c.subj.kind == npAnon {
			// "a source close to the inquiry told reporters": a later "he
			// said" is that source, who stays Unknown
			src := a.describedPerson(b, c.subj)
			src.stand = a.anon
			if h := b.toks[c.subj.to-1].lower; strings.HasSuffix(h, "s") || h == "people" {
				src.gender = 'p' // "reporters asked": never what "he" stands for
			}
			a.mention(src, b.order, c.subj.from, true)
			a.events[len(a.events)-1].spoke = true
		}
		if !(c.verb.lemma == "according" && hasCueBefore(cues, c.at)) {
			b.speakers = append(b.speakers, speakerAt{tok: c.at, ent: c.speaker, cue: c.mention})
		}
	}
	// "It suggests …" with no organisation to speak for is not speech, nor
	// is "That mobility remains low suggests …" when someone in the
	// sentence does speak ("…, Burtless said").
	speaks := slices.ContainsFunc(cues, func(c cue) bool { return c.speaker != nil })
	kept := cues[:0]
	for _, c := range cues {
		thing := c.subj.kind == npPronoun && c.subj.pronoun == "it" || c.subj.kind == npAnon && !c.subj.anonPerson && speaks
		if !(thing && c.speaker == nil) {
			kept = append(kept, c)
		}
	}
	return kept
}

// resolveCue resolves a cue's subject phrase. An unnamed spokesperson
// speaks for the body the phrase names; other unnamed people are the
// document's Unknown.
func (a *attributor) resolveCue(b *blk, c *cue) {
	c.speaker, c.anon = a.resolveSubject(c.subj, b.order)
	c.mention = b.subjectSpan(c.subj)
	a.noteDescription(b, c.subj, c.speaker)
	if c.speaker == nil && described(c.subj) {
		// "“…,” the retired colonel said": nobody brief can name spoke
		a.mention(a.describedPerson(b, c.subj), b.order, c.subj.from, true)
		a.events[len(a.events)-1].spoke = true
	}
	if c.speaker != nil || !c.subj.anonPerson {
		return
	}
	if org, i, j := a.spokesBody(b.toks, c.subj); org != nil {
		c.speaker = org // "a State Department spokesperson said"
		c.mention = b.tokenSpan(i, j)
		return
	}
	c.speaker = a.unknown(joinTokens(b.toks, c.subj.from, c.subj.to))
}

// claim is the second pass over a sentence: each quotation in it is
// dropped when it is not speech (a scare quote, a title), or given the
// candidates its sentence's cues offer.
func (a *attributor) claim(b *blk, s sentence, cues []cue) {
	toks := b.toks
	m := mainClauseStart(toks, s)
	for i := s.from; i < s.to; i++ {
		if toks[i].kind != tQuote {
			continue
		}
		q := b.quotes[toks[i].q]
		if q.drop || q.kind == model.Turn {
			continue
		}
		if reason := notSpeech(b, s, i, cues); reason != "" {
			q.drop, q.rule = true, reason
			continue
		}
		q.kind = quoteKind(b, s, i)
		if cands := a.cueCandidates(b, s, i, cues, m); len(cands) > 0 {
			q.governed = true
			q.decide(cands)
		}
	}
}

// cueCandidates offers the speakers of the cues near the quotation at
// token qi: the cue that governs it (right after it, else the nearest
// before it, else a parenthetical one later) and, weaker, the other cues
// of the sentence. Only cues within reach of the quote count (a sentence
// of thousands of words is debris, and this keeps the search linear).
func (a *attributor) cueCandidates(b *blk, s sentence, qi int, all []cue, m int) []candidate {
	lo := sort.Search(len(all), func(k int) bool { return all[k].at >= qi-maxReach })
	hi := sort.Search(len(all), func(k int) bool { return all[k].at > qi+maxReach })
	cues := all[lo:hi]
	c, rel := cueAfter(b.toks, s, qi, cues)
	if c == nil {
		c, rel = cueBefore(b.toks, qi, cues, m)
	}
	if c == nil {
		c, rel = cueTrailing(qi, cues)
	}
	if c == nil {
		return nil
	}
	voc := vocative(b.raw.text[b.spans[b.toks[qi].q].start:b.spans[b.toks[qi].q].end])
	if c.speaker != nil && c.subj.kind == npPronoun && addresses(voc, c.speaker) {
		// "“Joan, before I answer …,” he said": he is not Joan; whom else
		// can he be?
		c2 := *c
		c2.speaker = a.resolveAgain(b, c.subj, c.sent, c.speaker)
		c = &c2
	}
	out := []candidate{cueCandidate(b, c, rel, voc)}
	for k := range cues {
		o := &cues[k]
		if o == c || o.speaker == nil && !o.anon || o.verb.lemma == "according" && hasCueBefore(cues, qi) {
			continue
		}
		out = append(out, cueCandidate(b, o, fOtherCue, voc))
	}
	return out
}

// cueCandidate is a cue's speaker as a candidate, with the features of
// its subject.
func cueCandidate(b *blk, c *cue, rel feature, voc []string) candidate {
	cand := candidate{ent: c.speaker, cue: c.mention, verb: b.toks[c.at].text, feats: []feature{rel}}
	if addresses(voc, c.speaker) {
		cand.feats = append(cand.feats, fVocative) // nobody calls themselves by name
	}
	if c.participle {
		cand.feats = append(cand.feats, fParticiple)
	}
	if c.noVerb {
		cand.feats = append(cand.feats, fNoVerb)
	}
	switch c.subj.kind {
	case npPronoun:
		cand.feats = append(cand.feats, fPronoun)
	case npRole:
		cand.feats = append(cand.feats, fRoleNoun)
	}
	return cand
}

// inherit gives a subjectless cue ("…, saying", "but added that") the
// speaker of the clause it hangs on: the previous cue in the sentence, or
// the sentence's subject.
func (a *attributor) inherit(b *blk, c *cue, before []cue, s sentence, m int) {
	toks, order := b.toks, b.order
	if c.verb.noun {
		// "Haldane's pitch rests on the notion that …": an owner's noun
		// before it, never the clause's subject ("He disputed the idea")
		for k := len(before) - 1; k >= 0; k-- {
			if before[k].verb.noun && before[k].speaker != nil {
				c.speaker, c.mention = before[k].speaker, before[k].mention
				return
			}
		}
		return
	}
	for k := len(before) - 1; k >= 0; k-- {
		if c.at >= m && before[k].at < m {
			break // a cue in a fronted clause ("When Ana asked, …") is not this one's subject
		}
		if weakCues[before[k].verb.lemma] {
			continue // "Israel continued to act …, arguing": not Israel's argument
		}
		if before[k].speaker != nil || before[k].anon {
			c.speaker, c.anon, c.mention = before[k].speaker, before[k].anon, before[k].mention
			return
		}
	}
	// "He was echoing a line she used when she rebuked Pence, saying …":
	// the clause the participle hangs on has its own subject pronoun.
	for k := c.at - 1; k > m && k >= c.at-15; k-- {
		if t := toks[k]; t.kind == tWord && t.is("he", "she") && k-1 >= s.from && toks[k-1].kind == tWord && toks[k-1].is("when", "as", "while", "after", "before", "because", "and", "but", "where", "once", "since", "until") {
			// the pronoun of a subordinate clause means the person named
			// nearest before it ("a line Holt used when she rebuked …")
			c.mention = b.tokenSpan(k, k+1)
			if e := a.nearestPerson(order, s.from, k, pronounGender[t.lower]); e != nil {
				c.speaker = e
				return
			}
			c.speaker, c.anon = a.resolveSubject(subject{kind: npPronoun, pronoun: t.lower, from: k, to: k + 1}, order)
			return
		}
	}
	sub := sentenceSubject(toks, s, m)
	if sub.kind == npNone || sub.from >= c.at {
		return
	}
	c.speaker, c.anon = a.resolveSubject(sub, order)
	c.mention = b.subjectSpan(sub)
}

// spokesNouns speak for the body they belong to.
var spokesNouns = setOf(`spokesperson spokesman spokeswoman spokespeople`)

// spokesBody returns the body an unnamed spokesperson speaks for when the
// phrase names it — "a State Department spokesperson", "a company
// spokesman", "a spokeswoman for the airline", "the ministry’s spokesman"
// — and the tokens that name it. A person's spokesman is not that person,
// so only bodies count.
func (a *attributor) spokesBody(toks []token, s subject) (*entity, int, int) {
	k := -1
	for i := s.from; i < s.to; i++ {
		if spokesNouns[toks[i].lower] {
			k = i
		}
	}
	switch {
	case k >= 0 && k+2 < s.to && toks[k+1].is("for", "of", "at", "from"):
		return a.bodyIn(toks, k+2, s.to)
	case k >= 0:
		return a.bodyIn(toks, s.from, k)
	case s.from >= 2 && toks[s.from-1].is("for", "of", "at", "from") && spokesNouns[toks[s.from-2].lower]:
		return a.bodyIn(toks, s.from, s.to)
	}
	return nil, 0, 0
}

// bodyIn finds the body tokens [from, to) name: an organisation's name
// ("Halden Rail", "State Department") or a noun of its kind ("company",
// "the ministry’s").
func (a *attributor) bodyIn(toks []token, from, to int) (*entity, int, int) {
	for i := from; i < to; i++ {
		if isNameWord(toks[i]) && !sentenceStarters[toks[i].lower] {
			end := nameRunRight(toks, i, to)
			words := make([]string, 0, end-i)
			for k := i; k < end; k++ {
				words = append(words, toks[k].bare())
			}
			if e := a.lookup(words, false); e != nil && (e.org || isOrgName(words)) {
				e.org = true
				return e, i, end
			}
			if isOrgName(words) {
				e := a.lookup(words, true)
				e.org = true
				return e, i, end
			}
			i = end - 1
			continue
		}
		if w := strings.ToLower(toks[i].bare()); nounKind(w) != "" || orgHeads[w] {
			if e := a.resolveOrg(w); e != nil {
				return e, i, i + 1
			}
		}
	}
	return nil, 0, 0
}

// cueAfter finds the cue right after the quote at qi: “…,” Ana said /
// said Ana / Ana, an aide, said.
func cueAfter(toks []token, s sentence, qi int, cues []cue) (*cue, feature) {
	j := qi + 1
	if j < s.to && toks[j].kind == tPunct && (toks[j].text == "," || toks[j].text == "—" || toks[j].text == "--") {
		j++
	}
	for k := range cues {
		c := &cues[k]
		if c.at < qi {
			continue
		}
		start := c.subj.from
		if c.inverted || c.subj.kind == npNone {
			start = c.at
		}
		if c.verb.lemma == "according" && hasCueBefore(cues, qi) {
			continue // "X said: “…”, according to the Post": the Post only reported it
		}
		if start == j || c.at == j || c.at == qi+1 {
			if c.colon && quoteAfter(toks, c.end, s.to) {
				return nil, 0 // "…as to her “Fav Ex,” she wrote: “…”" — the cue introduces the next quote
			}
			if c.subj.kind == npNone && !c.inverted {
				return nil, 0
			}
			return c, fAfter
		}
		if c.at > j+maxSubject {
			break
		}
	}
	return nil, 0
}

// cueBefore finds the nearest cue before the quote at qi — unless it is a
// verb that only reports an act ("pledged", "denied") inside someone's
// reported speech: "He said the government pledged … a “clear path”" is
// his.
func cueBefore(toks []token, qi int, cues []cue, m int) (*cue, feature) {
	for k := len(cues) - 1; k >= 0; k-- {
		c := &cues[k]
		if c.at >= qi {
			continue
		}
		if weakCues[cueLemma(c)] && c.end != qi && !(c.end+1 == qi && toks[c.end].kind == tPunct) {
			continue
		}
		if nounModifier(toks, c) {
			// "called A “x” and her comments suggesting B “y”": the -ing
			// form describes a noun inside the earlier verb's object
			for o := k - 1; o >= 0; o-- {
				if outer := &cues[o]; outer.speaker != nil && !outer.trailing {
					return outer, fBefore
				}
			}
		}
		if actVerbs[cueLemma(c)] {
			for o := k - 1; o >= 0; o-- {
				if outer := &cues[o]; reportingVerbs[cueLemma(outer)] && !outer.trailing && outer.speaker != nil && outer.speaker != c.speaker && outer.at >= m {
					return outer, fBefore
				}
			}
		}
		return c, fBefore
	}
	return nil, 0
}

// cueTrailing finds a parenthetical cue later in the sentence.
func cueTrailing(qi int, cues []cue) (*cue, feature) {
	for k := range cues {
		c := &cues[k]
		if c.at > qi && c.trailing && !c.colon && (c.speaker != nil || c.anon) {
			return c, fTrailing
		}
	}
	return nil, 0
}

// maxReach is how many tokens away from a quote its cue may be; maxSubject
// how long a subject phrase between a quote and its verb may be.
const (
	maxReach   = 80
	maxSubject = 30
)

func cueLemma(c *cue) string { return c.verb.lemma }

// hasCueBefore reports whether a cue with a speaker precedes token qi.
func hasCueBefore(cues []cue, qi int) bool {
	for _, c := range cues {
		if c.at < qi && c.verb.lemma != "according" && (c.speaker != nil || c.anon) {
			return true
		}
	}
	return false
}

func quoteAfter(toks []token, from, to int) bool {
	for i := from; i < to && i < from+3; i++ {
		if toks[i].kind == tQuote {
			return true
		}
	}
	return false
}

// notSpeech returns why a quotation is not speech — a scare quote, a term,
// a title — or "" when it may be speech.
func notSpeech(b *blk, s sentence, qi int, cues []cue) string {
	toks := b.toks
	text := strings.TrimSpace(b.raw.text[b.spans[toks[qi].q].start:b.spans[toks[qi].q].end])
	n := wordCount(text)
	if n == 0 {
		return "empty"
	}
	prev := func(k int) token {
		if qi-k >= s.from {
			return toks[qi-k]
		}
		return token{}
	}
	// so-called “X”, the term “X”, known as the “X”
	for k := 1; k <= 3; k++ {
		p := prev(k)
		if p.is("so-called") || p.is("term", "word", "phrase", "expression", "slogan", "hashtag", "motto", "nickname", "label", "headline", "title") && k <= 2 {
			return "term"
		}
		if p.is("as") && prev(k+1).is("known", "referred", "billed", "branded", "dubbed") {
			return "term"
		}
	}
	if n <= 2 {
		for i := max(s.from, qi-12); i < s.to && i < qi+12; i++ {
			if toks[i].is("word", "words", "term", "phrase") {
				return "term"
			}
		}
	}
	// “adaptive” metrics, an “irregular” channel: a short quote used as a
	// modifier or a noun, followed straight by a content word.
	if n <= 3 && !endsSentence(text) && !strings.HasSuffix(text, "?") && qi+1 < s.to {
		next := toks[qi+1]
		p := prev(1)
		namedBy := p.kind == tWord && (determiners[p.lower] || p.is("as")) && cueForms[prev(2).lower].naming
		if next.kind == tWord && !next.capital() && !functionWord[next.lower] && !numberWord(next.lower) && pronounGender[next.lower] == 0 && !namedBy &&
			!p.is("to") && // a plan to “gut” pensions: a quoted verb
			!(p.kind == tWord && cueForms[p.lower].lemma != "") && !(p.kind == tPunct && p.text == ":") &&
			!reportedBy(cues, qi) {
			return "modifier"
		}
	}
	// The title of a work: the 1998 anthology “…”, the “…” brochure, a
	// guide called “…”.
	if prev(1).is("calling", "calls", "dubbing", "naming") && prev(2).is("it’s", "it's", "they’re", "they're", "it", "they") {
		return "title" // "a feature it’s calling “athlete intelligence”"
	}
	if prev(1).is("called", "named", "titled", "entitled", "dubbed") && beForms[prev(2).lower] {
		return "title" // "should have been called “The Grifters”"
	}
	if n == 1 && voteLabels[strings.ToLower(text)] && prev(1).kind == tWord && cueForms[prev(1).lower].lemma == "" {
		return "label" // voted “yes” to independence
	}
	if n <= 2 && qi > s.from && qi+1 < s.to && isNameWord(prev(1)) && isNameWord(toks[qi+1]) {
		return "nickname" // Katharine “Kat” Kramer
	}
	if workNouns[prev(1).lower] || qi+1 < s.to && workNouns[toks[qi+1].lower] ||
		prev(1).is("called", "named", "titled", "entitled") && prev(2).kind == tWord && !prev(2).capital() &&
			pronounGender[prev(2).lower] == 0 && !beForms[prev(2).lower] && !determiners[prev(2).lower] {
		return "title"
	}
	// Titles and labels: every word capitalised (“The Great Comeback”).
	if p := prev(1); n >= 2 && n <= 6 && !strings.ContainsAny(trimClosers(text), ",?!") && allCapitalised(strings.Fields(text)) &&
		!(p.kind == tPunct && p.text == ":") && !(p.kind == tWord && cueForms[p.lower].lemma != "") {
		return "title"
	}
	return ""
}

// reportedBy reports whether a quote sits in the complement of a plain
// speech verb earlier in the sentence ("He said … the “disappointing”
// contraction"), where even a quoted modifier is the speaker's word.
func reportedBy(cues []cue, qi int) bool {
	for _, c := range cues {
		if c.at < qi && qi-c.at <= maxReach && c.speaker != nil && !c.speaker.org && c.speaker.id != anonID &&
			!c.trailing && reportingVerbs[c.verb.lemma] {
			return true
		}
	}
	return false
}

// voteLabels are the words of a ballot, quoted as labels.
var voteLabels = setOf(`yes no aye nay remain leave for against abstain`)

// workNouns name works whose titles are quoted.
var workNouns = setOf(`anthology book film movie album song novel memoir poem play show series documentary
essay podcast exhibition brochure pamphlet leaflet booklet guide manual campaign slogan hashtag magazine
newspaper column headline titled`)

// nounModifier reports an -ing cue that modifies the plain noun before it
// ("comments suggesting") rather than having a speaker of its own.
func nounModifier(toks []token, c *cue) bool {
	return strings.HasSuffix(toks[c.at].lower, "ing") && c.subj.kind == npAnon && !c.subj.anonPerson &&
		c.at > 0 && toks[c.at-1].kind == tWord && !toks[c.at-1].capital()
}

// actVerbs report an act more than words: inside someone else's reported
// speech, a quote after them is that speaker's.
var actVerbs = setOf(`pledge promise vow threaten predict estimate indicate signal conclude agree
disagree confirm deny reveal disclose accuse allege demand propose recommend hope fear believe think
wonder worry complain lament boast praise condemn criticise criticize slam hail`)

// reportingVerbs introduce reported speech in their complement.
var reportingVerbs = setOf(`say tell add write argue insist warn note`)

// functionWord are words that may follow a partial quote in running text
// (“worthwhile” to, “fear” of, “never left” the).
var functionWord = setOf(`to of in on at for from with by about as than that which who if when while because
and or but nor so the a an his her their its our my your this these those into onto over under after before
since until unless whether even also only just still yet again already ever never not more less most
least very too is was were are be been being has have had will would could should may might can must do
does did behind between among against during without within across through toward towards around upon
despite like unlike per via amid`)

func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if unicode.IsDigit(firstRune(w)) {
		return true
	}
	return setOfNumbers[w]
}

var setOfNumbers = setOf(`one two three four five six seven eight nine ten eleven twelve twenty dozen
hundred thousand million times`)

func allCapitalised(words []string) bool {
	content := 0
	for _, w := range words {
		w = strings.Trim(w, "\"“”‘’'.,:;!?()")
		l := strings.ToLower(w)
		if w == "" || functionWord[l] && len(w) <= 4 || pronounGender[l] != 0 {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		content++
	}
	return content >= 2
}

// quoteKind tells a direct quotation (a sentence or clause of someone's
// words) from a partial one (a fragment inside reported speech).
func quoteKind(b *blk, s sentence, qi int) model.QuoteKind {
	sp := b.spans[b.toks[qi].q]
	text := strings.TrimSpace(b.raw.text[sp.start:sp.end])
	r := firstRune(strings.TrimLeft(text, "[(…. "))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return model.Partial
	}
	if wordCount(text) <= 3 && qi > s.from {
		p := b.toks[qi-1]
		if p.kind == tWord && (determiners[p.lower] || p.possessive() || functionWord[p.lower] && cueForms[p.lower].lemma == "") {
			return model.Partial
		}
	}
	return model.Direct
}

// vocativeStart matches a quotation that opens by addressing someone:
// "Joan, before I answer", "Thank you, Mr. Secretary.", "Madam President,
// will the tariffs go?". Group 1 is the form of address.
var vocativeStart = regexp.MustCompile(`^\s*(?:(?:Thank you|Thanks|Well|Look|Sure|Yes|No|Oh|Hi|Hello|Listen|Sorry|Please),?\s+)?((?:(?:Mr|Mrs|Ms|Dr|Madam|Mister|Madame)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s*[,!?]`)

// vocative returns the lower-case words of the form of address a
// quotation opens with, nil when it addresses no one.
func vocative(quote string) []string {
	m := vocativeStart.FindStringSubmatch(quote)
	if m == nil {
		return nil
	}
	words := strings.Fields(strings.ToLower(m[1]))
	if len(words) == 1 && (sentenceStarters[words[0]] || introWords[words[0]] || pronounGender[words[0]] != 0) {
		return nil // "Yes, …", "So, …"
	}
	return words
}

// addresses reports whether a form of address names the entity: a word of
// its name, or its title ("Mr. Secretary" for a secretary).
func addresses(voc []string, e *entity) bool {
	if e == nil || len(voc) == 0 {
		return false
	}
	for _, w := range voc {
		w = strings.TrimSuffix(w, ".")
		if honorifics[w] || w == "madam" || w == "mister" || w == "madame" {
			continue
		}
		if slices.Contains(e.lw, w) || slices.Contains(e.roleFacts(), w) && titleWords[w] {
			return true
		}
	}
	return false
}

// resolveAgain resolves a cue's pronoun once more without the entity its
// quotation addresses.
func (a *attributor) resolveAgain(b *blk, sub subject, sent int, not *entity) *entity {
	a.exclude = append(a.exclude[:0], not)
	defer func() { a.exclude = a.exclude[:0] }()
	e, _ := a.rankPerson(anaphor{gender: pronounGender[sub.pronoun], para: b.order, tok: sub.from, sent: sent, window: 3})
	return e
}

// noteListener records whom a cue's speaker addresses ("Pryce asked
// Delgado", "told Ana Ruiz"): a person, even named by a surname alone,
// and the likely speaker of the answer that follows.
func (a *attributor) noteListener(b *blk, c *cue) {
	toks := b.toks
	for i := c.at + 1; i < c.end; i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, c.end)
		np := peelName(toks, i, end)
		if np.ok() && looksLikePersonName(np.words) && !lexiconWord(np.words[len(np.words)-1]) {
			if e := a.resolveName(np, true); e != nil && !e.org {
				a.mention(e, b.order, i, false)
				a.events[len(a.events)-1].addressed = true
			}
		}
		i = end - 1
	}
}
