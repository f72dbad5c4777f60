package content

import (
	"slices"
	"strings"
)

// Entities, first pass over each sentence: its speech cues and the entities their subjects stand
// for.

// readCues finds the sentence's speech cues and resolves each cue's
// subject to the entity it names — the first pass, before any quote is
// attributed. A subjectless cue ("…, saying", "but added that") takes the
// subject of the clause it hangs on.
func (a *attributor) readCues(b *blk, s sentence, m int) []cue {
	cues := b.cuesOf(s)
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
		} else if c.subj.kind == npAnon && !c.subj.agentless {
			// "a source close to the inquiry told reporters": a later "he
			// said" is that source, who stays Unknown
			src := a.describedPerson(b, c.subj)
			src.stand = a.anon
			if h := b.tokens()[c.subj.to-1].lower; strings.HasSuffix(h, "s") || h == "people" {
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
	// sentence does speak ("…, Okoro said").
	speaks := slices.ContainsFunc(cues, func(c cue) bool { return c.speaker != nil })
	kept := cues[:0]
	for k, c := range cues {
		thing := c.subj.kind == npPronoun && c.subj.pronoun == "it" || c.subj.kind == npAnon && !c.subj.anonPerson && speaks
		if thing && c.speaker == nil || sourcing(cues, k) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// sourcing reports an "according to" right after a speech verb whose
// speaker is known: in "Ana Lind said, according to the Harbour Post:
// “…”" the paper is where the words were reported, Lind who said them.
func sourcing(cues []cue, k int) bool {
	if k == 0 || cues[k].verb.lemma != "according" {
		return false
	}
	prev := cues[k-1]
	return prev.verb.lemma != "according" && !prev.verb.noun && prev.speaker != nil && cues[k].at-prev.at <= 2
}

// resolveCue resolves a cue's subject phrase. An unnamed spokesperson
// speaks for the body the phrase names; other unnamed people are the
// document's Unknown.
func (a *attributor) resolveCue(b *blk, c *cue) {
	if a.commonOpener(b, c.subj) {
		// "Women said …", "Institutions have said …": a common noun in
		// capitals because it opens the sentence, a group nobody names
		w := strings.ToLower(c.subj.name.words[0])
		c.subj = subject{kind: npAnon, anonPerson: strings.HasSuffix(w, "s") || w == "women" || w == "men" || groupPronouns[w], from: c.subj.from, to: c.subj.to}
	}
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
	if c.subj.agentless {
		c.speaker = a.unknown("") // no phrase names them: no alias to show
		return
	}
	if e := a.appositiveOf(b, c.subj); e != nil {
		// "Ivo Marsh, a lawyer who has defended clients against war crime
		// charges, said": the description is the named person's, not an
		// unnamed speaker whom a later "he" could mean
		c.speaker, c.anon = e, false
		return
	}
	if org, i, j := a.spokesBody(b.tokens(), c.subj); org != nil {
		c.speaker = org // "a State Department spokesperson said"
		c.mention = b.tokenSpan(i, j)
		return
	}
	if e := a.possessedRole(b.tokens(), c.subj); e != nil {
		c.speaker, c.anon = e, false // "Lind's campaign manager said", after "Lind's campaign manager, Jonas Berg,"
		return
	}
	c.speaker = a.unknown(joinTokens(b.tokens(), c.subj.from, c.subj.to))
}

// appositiveOf returns the person an indefinite description stands in
// apposition to — "a Lornish lawyer" in "Ivo Marsh, a Lornish lawyer …"
// — when the name before its comma is a person's mention in this
// sentence; nil otherwise.
func (a *attributor) appositiveOf(b *blk, s subject) *entity {
	toks := b.tokens()
	if s.from < 2 || toks[s.from-1].text != "," || !toks[s.from].is("a", "an") {
		return nil
	}
	start := s.from - 1
	for start > a.sentFrom && isNameWord(toks[start-1]) {
		start--
	}
	if start == s.from-1 {
		return nil
	}
	for i := len(a.events) - 1; i >= 0 && i >= len(a.events)-maxLookback; i-- {
		ev := a.events[i]
		if ev.para != b.order || ev.tok < a.sentFrom {
			break
		}
		if ev.tok >= start && ev.tok < s.from-1 && !ev.ent.org && ev.ent.id >= 0 {
			return ev.ent
		}
	}
	return nil
}

// lowerWindow is how many blocks before a sentence commonOpener looks
// through for its first word in lower case: a constant, so that the look
// stays linear in the document.
const lowerWindow = 12

// commonOpener reports a subject that is one capitalised word opening its
// sentence, which the text writes in lower case in this block or the few
// before and never names anyone or anything by: a common noun ("Women",
// "Institutions"), not a name.
func (a *attributor) commonOpener(b *blk, s subject) bool {
	if s.kind != npName || len(s.name.words) != 1 || s.from != a.sentFrom || s.name.title != "" {
		return false
	}
	w := s.name.words[0]
	if a.lookup([]string{w}, false) != nil {
		return false
	}
	lw := strings.ToLower(w)
	if groupPronouns[lw] {
		return true // "Others hailed taxis", "Many said"
	}
	for i := a.at; i >= 0 && i > a.at-lowerWindow; i-- {
		for _, t := range a.blocks[i].tokens() {
			if t.kind == tWord && t.text == lw {
				return true
			}
		}
	}
	return false
}

// possessedRole returns the one person the document gave the role a
// possessive phrase describes, owner included: "Lind's campaign manager"
// is the Jonas Berg introduced as "Lind's campaign manager, Jonas Berg";
// nil when nobody or several hold it.
func (a *attributor) possessedRole(toks []token, s subject) *entity {
	p := -1
	for i := s.from; i < s.to; i++ {
		if toks[i].possessive() {
			p = i
		}
	}
	head := toks[s.to-1].lower
	if p < 0 || p+1 >= s.to || !toks[p].capital() || !roleNouns[head] && !titleWords[head] {
		return nil
	}
	owner := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(toks[p].bare(), "'s"), "’s"))
	var quals []string
	for i := p + 1; i < s.to-1; i++ {
		quals = append(quals, toks[i].lower)
	}
	var found *entity
	for _, e := range recent(a.byRole[head]) {
		if e.org || !e.roleMatches(head, quals) || !strings.Contains(strings.ToLower(e.role), owner) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// inherit gives a subjectless cue ("…, saying", "but added that") the
// speaker of the clause it hangs on: the previous cue in the sentence, or
// the sentence's subject.
func (a *attributor) inherit(b *blk, c *cue, before []cue, s sentence, m int) {
	toks, order := b.tokens(), b.order
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
	if sub := relativeAntecedent(toks, s, m, c.at); sub.kind != npNone {
		c.speaker, c.anon = a.resolveSubject(sub, order)
		c.mention = b.subjectSpan(sub)
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

// relativeAntecedent returns what a relative clause the participle at
// hangs on is about: in "… from the Harbour League, which tried to win
// back voters by saying that …" the league is saying it, not the
// sentence's subject.
func relativeAntecedent(toks []token, s sentence, m, at int) subject {
	for k := at - 1; k > m+1 && k >= at-20; k-- {
		if toks[k].kind == tQuote || toks[k].kind == tPunct && isSegmentBreak(toks[k].text) {
			break // "the council, which cut budgets, saying …": the main clause's
		}
		if toks[k].is("which", "who") && toks[k-1].text == "," {
			sub := npEndingAt(toks, m, k-1)
			if toks[k].is("which") && placedAntecedent(toks, m, sub) {
				break
			}
			if sub.kind == npName || sub.kind == npRole && sub.org {
				return sub
			}
			break
		}
	}
	return subject{}
}

// spokesBody returns the body an unnamed spokesperson speaks for when the
// phrase names it — "a State Department spokesperson", "a company
// spokesman", "a spokeswoman for the airline", "the ministry’s spokesman",
// and a research desk's note: "analysts at Corvin Bank wrote" — and the
// tokens that name it. A person's spokesman is not that person,
// so only bodies count.
func (a *attributor) spokesBody(toks []token, s subject) (*entity, int, int) {
	k := -1
	for i := s.from; i < s.to; i++ {
		if spokesNouns[toks[i].lower] || researchDesks[toks[i].lower] || bodyMembers[toks[i].lower] {
			k = i
		}
	}
	switch {
	case k >= 0 && k+2 < s.to && toks[k+1].is("for", "of", "at", "from"):
		return a.bodyIn(toks, k+2, s.to)
	case k == s.from && s.to == k+1 && bodyMembers[toks[k].lower]:
		// "all 14 Harbour Reform Caucus members demanded": the body's name
		// stands before the phrase the subject reader kept
		i := k
		for i > a.sentFrom && i > k-8 && isNameWord(toks[i-1]) {
			i--
		}
		if i == k {
			return nil, 0, 0
		}
		return a.bodyIn(toks, i, k)
	case k >= 0:
		if e, i, j := a.bodyIn(toks, s.from, k); e != nil {
			return e, i, j
		}
		return a.namedBefore(toks, s.from, k)
	case s.from >= 2 && toks[s.from-1].is("for", "of", "at", "from") && spokesNouns[toks[s.from-2].lower]:
		return a.bodyIn(toks, s.from, s.to)
	}
	return nil, 0, 0
}

// namedBefore reads "a Kessler spokesperson": a name of one word right
// before the spokesperson noun, after "a", that the document never gives a
// person — no forename, title, role or pronoun — is the body's.
func (a *attributor) namedBefore(toks []token, from, k int) (*entity, int, int) {
	i := k - 1
	if i <= from || !toks[i-1].is("a", "an") || !isNameWord(toks[i]) || sentenceStarters[toks[i].lower] || toks[i].possessive() {
		return nil, 0, 0
	}
	words := []string{toks[i].bare()}
	e := a.lookup(words, false)
	if e != nil && (len(e.words) > 1 || e.title != "" || e.role != "" || e.gender != 0) {
		return nil, 0, 0 // "a Lind spokesman" speaks for Lind, who is not the speaker
	}
	if e == nil {
		e = a.lookup(words, true)
	}
	e.org = true
	return e, i, k
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
			if len(words) == 1 && isAcronym(words[0]) {
				if e := a.acronym(words[0]); e != nil {
					e.forms[words[0]] = true
					return e, i, end // "a UN spokesperson" after "the United Nations"
				}
			}
			if e := a.bodyByFirstWord(words); e != nil {
				return e, i, end // "a Tidewater spokesman" after "Tidewater Oil"
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
				e.forms["the "+w] = true // "a company spokesperson": how the text names it here
				return e, i, i + 1
			}
		}
	}
	return nil, 0, 0
}

// bodyByFirstWord returns the one organisation named before whose name
// starts with the single word given: "Tidewater" for Tidewater Oil.
func (a *attributor) bodyByFirstWord(words []string) *entity {
	if len(words) != 1 {
		return nil
	}
	var found *entity
	for _, e := range recent(a.byFirst[strings.ToLower(words[0])]) {
		if !e.org {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// noteListener records whom a cue's speaker addresses ("Pryce asked
// Delgado", "told Ana Ruiz"): a person, even named by a surname alone,
// and the likely speaker of the answer that follows.
func (a *attributor) noteListener(b *blk, c *cue) {
	toks := b.tokens()
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
