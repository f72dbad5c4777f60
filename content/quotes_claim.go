package content

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Quotes, second pass: each quotation in a sentence is claimed by the cues of its sentence, which
// offer its candidate speakers.

// claim is the second pass over a sentence: each quotation in it is
// dropped when it is not speech (a scare quote, a title), or given the
// candidates its sentence's cues offer.
func (a *attributor) claim(b *blk, s sentence, cues []cue, m int) {
	toks := b.tokens()
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
	c, rel := cueAfter(b.tokens(), s, qi, cues)
	if c != nil {
		if inner := frontedCue(b.tokens(), s, qi, cues); inner != nil {
			c, rel = inner, fBefore
		}
	}
	if c == nil {
		c, rel = cueBefore(b.tokens(), qi, cues, m)
	}
	if c == nil {
		c, rel = cueTrailing(qi, cues)
	}
	if c == nil {
		return nil
	}
	voc := vocative(b.raw.text[b.spans[b.tokens()[qi].q].start:b.spans[b.tokens()[qi].q].end])
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
	cand := candidate{ent: c.speaker, cue: c.mention, verb: b.tokens()[c.at].text, feats: []feature{rel}}
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

// cueAfter finds the cue right after the quote at qi: “…,” Ana said /
// said Ana / Ana, an aide, said.
func cueAfter(toks []token, s sentence, qi int, cues []cue) (*cue, feature) {
	j := qi + 1
	if j < s.to && toks[j].kind == tPunct && (toks[j].text == "," || toks[j].text == "—" || toks[j].text == "--") {
		j++
	}
	if j+2 < s.to && beForms[toks[j].lower] && toks[j+1].is("how", "what") {
		j += 2 // "“…” was how Ford described it", "“…” is what she told me"
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
			if j == qi+1 && newSentence(toks, qi) || c.end < s.to && toks[c.end].is("that") {
				// "“Do you regret it?” The premier admitted that she
				// did.": a new sentence, whose verb reports what follows
				return nil, 0
			}
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

// frontedCue finds the speech verb of a fronted subordinate clause that
// the quote at qi ends: in "After Lind called it “reckless,” Berg said …"
// or "While Marsh insisted the quay was “safe,” inspectors …" the words
// are the subordinate clause's speaker's, not the main clause's, whose
// verb reports something else. nil when the sentence opens no such clause
// or its verb is not near the quote.
func frontedCue(toks []token, s sentence, qi int, cues []cue) *cue {
	k := s.from
	if k+1 < s.to && toks[k].kind == tWord && toks[k+1].is("after", "before") && (calendarWords[toks[k].lower] || durationWords[toks[k].lower]) {
		k++ // "Hours after Lind branded the plan …"
	}
	if k >= qi || !toks[k].is("after", "when", "while", "although", "though", "as", "once", "because", "since", "before", "until", "whereas") {
		return nil
	}
	for i := len(cues) - 1; i >= 0; i-- {
		c := &cues[i]
		if c.at >= qi || c.at <= k {
			continue
		}
		if c.subj.kind == npNone || c.inverted || c.speaker == nil && !c.anon || weakCues[c.verb.lemma] || qi-c.end > 6 {
			return nil
		}
		for j := c.end; j < qi; j++ {
			if toks[j].kind == tQuote || toks[j].kind == tPunct && toks[j].text != "'" {
				return nil // another quote, or the clause ended before this one
			}
		}
		return c
	}
	return nil
}

// durationWords are the units of "hours after", "days before".
var durationWords = setOf(`minutes hours days weeks months years moments shortly soon`)

// newSentence reports a quotation that ends its sentence inside its marks
// (“… the deal?”) with a capitalised function word after it ("The", "He"):
// a new sentence starts there.
func newSentence(toks []token, qi int) bool {
	q := strings.TrimRight(toks[qi].text, "”\"’'» ")
	if q == "" || qi+1 >= len(toks) || !strings.ContainsAny(q[len(q)-1:], ".?!") {
		return false
	}
	t := toks[qi+1]
	return t.kind == tWord && t.capital() && sentenceStarters[t.lower]
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
		if c.verb.noun && k > 0 {
			// "A spokesperson reiterated the UK's position that …": the
			// noun is the verb's object, and the verb's speaker says it
			if o := &cues[k-1]; restatingVerbs[cueLemma(o)] && !o.verb.noun && (o.speaker != nil || o.anon) && c.at-o.end <= 3 && c.at > o.at {
				return o, fBefore
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

// vocative returns the lower-case words of the form of address a
// quotation opens with, nil when it addresses no one.
func vocative(quote string) []string {
	// a form of address is in the first words: the pattern never needs
	// the rest of a long quotation
	if len(quote) > 160 {
		cut := 160
		for cut > 0 && !utf8.RuneStart(quote[cut]) {
			cut--
		}
		quote = quote[:cut]
	}
	// The pattern's words before its mark are five at most ("Thank you,
	// Mr. Ana Lind,"), and the first mark comes no later than its own: a
	// quotation whose first comma comes later is no address, and the
	// pattern need not run (it ran on every quotation).
	if i := strings.IndexAny(quote, ",!?"); i < 0 || wordCount(quote[:i]) > 5 {
		return nil
	}
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
