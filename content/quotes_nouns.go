package content

import (
	"slices"
	"strings"
)

// Quotes: cues that are no speech verb — a noun for something said ("Clarke's account that …"), a
// writing named by its author ("according to a Harbour Bank forecast"), a clause that introduces a
// quotation with a colon.

// speechNounCue reads a noun for something said as a cue: "Clarke's
// account that …", "the agency's guidance was that …", "Lind’s response
// to the chair was simply, “No.”", "a joke from Ruiz that …". The
// owner speaks; a noun with no owner ("the notion that …") speaks for
// the owner of a speech noun before it in the sentence.
func speechNounCue(toks []token, s sentence, i int) (cue, bool) {
	lemma := speechNounLemma(toks[i].lower)
	if i+2 < s.to && toks[i+1].lower == "from" && isNameWord(toks[i+2]) {
		c := cue{at: i, verb: cueVerb{lemma: lemma, noun: true}, inverted: true}
		c.subj = rightSubject(toks, i+2, s.to)
		c.end = c.subj.to
		return c, c.subj.kind != npNone
	}
	if i+2 < s.to && toks[i+1].is("by", "from") && !toks[i].capital() {
		// "rejected the claim by Lind that the plan was “reckless”", "a
		// warning from the harbour master that …": the agent owns what the
		// noun says, when its that-clause (or the quote) follows
		c := cue{at: i, verb: cueVerb{lemma: lemma, noun: true}, inverted: true}
		c.subj = rightSubject(toks, i+2, s.to)
		c.end = c.subj.to
		k := c.end
		if k < s.to && toks[k].text == "," {
			k++
		}
		if (c.subj.kind == npName || c.subj.kind == npRole) && k < s.to && toks[k].is("that") && ownsQuote(toks, k, s.to) {
			return c, true
		}
	}
	if !ownsQuote(toks, i+1, s.to) || i > s.from && determiners[toks[i-1].lower] && !toks[i-1].is("the") && possessivePronouns[toks[i-1].lower] == "" {
		return cue{}, false // "a claim", "this idea", "her post for …": no quotation it says
	}
	c := cue{at: i, verb: cueVerb{lemma: lemma, noun: true}, end: i + 1}
	if owner := speechOwner(toks, s, i); owner.kind != npNone {
		c.subj = owner
		return c, true
	}
	// "the notion that …": only a that-clause, only with "the" (not "said
	// in a statement that"), and only after an owned noun (inherit checks)
	c.participle = true
	k := i - 1
	for k > s.from && toks[k].kind == tWord && !determiners[toks[k].lower] && i-k < 3 {
		k--
	}
	return c, i+1 < s.to && toks[i+1].is("that") && k >= s.from && toks[k].is("the")
}

// speechNounLemma folds a plural speech noun: "remarks" → "remark".
func speechNounLemma(w string) string {
	if strings.HasSuffix(w, "s") && speechNouns[strings.TrimSuffix(w, "s")] {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// ownsQuote reports whether a speech noun ending before token from says
// what a quotation after it quotes: the quotation follows straight away,
// after a comma or colon ("Lind’s response … was simply, “No.”"), or in a
// that-clause ("Clarke's account that …", "advice to schools is that …"),
// with or without its "that".
func ownsQuote(toks []token, from, to int) bool {
	if from+1 < to && toks[from].text == "," && toks[from+1].is("that") {
		from++ // "a claim by the mayor, Petra Quist, that …"
	}
	if from < to && toks[from].kind == tQuote || introducesQuote(toks, from, to) {
		return true
	}
	if from+1 < to && toks[from].is("there", "it", "he", "she", "they", "we") && beForms[toks[from+1].lower] {
		// a that-clause without its "that": "the board's belief it was “…”"
		return quoteWithin(toks, from+2, to)
	}
	for k := from; k < to && k < from+6; k++ {
		if toks[k].is("that") {
			return quoteWithin(toks, k+1, to)
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// quoteWithin reports a quotation within reach after token from.
func quoteWithin(toks []token, from, to int) bool {
	for k := from; k < to && k < from+maxReach; k++ {
		if toks[k].kind == tQuote {
			return true
		}
	}
	return false
}

// speechOwner reads the owner of the speech noun at i: a possessive name
// ("Clarke's account", "The Public Health Office's advice"), a
// possessive pronoun ("her insistence") or a possessive role phrase ("the
// mayor's claim").
func speechOwner(toks []token, s sentence, i int) subject {
	if i == s.from {
		return subject{}
	}
	k := i - 1
	for k > s.from && toks[k].kind == tWord && !toks[k].possessive() && !toks[k].capital() && i-k < 3 && !determiners[toks[k].lower] {
		k-- // "Kettle's main argument", "the board's written advice"
	}
	p := toks[k]
	switch {
	case p.kind != tWord:
		return subject{}
	case possessivePronouns[p.lower] != "" && possessivePronouns[p.lower] != "it":
		return subject{kind: npPronoun, pronoun: possessivePronouns[p.lower], from: k, to: k + 1}
	case p.possessive() && isNameWord(p):
		start := nameRunLeft(toks, k+1, s.from)
		if start > s.from && toks[start-1].is("the") && orgHeads[strings.ToLower(p.bare())] {
			start-- // "The Public Health Office's"
		}
		np := peelName(toks, start, k+1)
		if !np.ok() {
			return subject{}
		}
		return subject{kind: npName, name: np, from: start, to: k + 1}
	case p.possessive():
		// "the mayor's claim", "the agency's guidance"
		sub := npEndingAt(toks, s.from, k+1)
		if sub.kind == npRole && !sub.org {
			// "the survey office's view": the body its kind names
			if head := strings.ToLower(p.bare()); orgHeads[head] && !roleNouns[head] {
				sub.head, sub.org, sub.quals = head, true, append(sub.quals, head)
			}
		}
		if sub.kind == npRole || sub.kind == npName {
			sub.anonPerson = false
			return sub
		}
	}
	return subject{}
}

// colonIntro reads a clause with no speech verb that introduces a
// quotation with a colon: "Her deputy, Lars Feng, was blunter: “…”",
// "The mayor was in no mood to wait: “…”". Its subject speaks.
func colonIntro(toks []token, s sentence, cues []cue) (cue, bool) {
	k := s.from
	for k+1 < s.to && !(toks[k].text == ":" && toks[k+1].kind == tQuote) {
		k++
	}
	if k+1 >= s.to || slices.ContainsFunc(cues, func(c cue) bool { return c.at <= k }) {
		return cue{}, false
	}
	sub := sentenceSubject(toks, s, mainClauseStart(toks, s))
	if sub.kind != npName && sub.kind != npPronoun && sub.kind != npRole || sub.to > k {
		return cue{}, false
	}
	return cue{at: k, verb: cueVerb{lemma: "colon"}, end: k, colon: true, subj: sub, noVerb: true}, true
}

// writingOwner reads "a Harbour Bank forecast", "the Institute's report":
// a writing named by its author, who speaks in it.
func writingOwner(toks []token, from, to int) subject {
	k := from
	if k < to && toks[k].is("a", "an", "the") {
		k++
	}
	end := k
	for end < to && end < k+6 && isNameWord(toks[end]) {
		end++ // "Kessler’s Ratings’": a name with a possessive inside
	}
	n := end
	for n < to && n < end+2 && toks[n].kind == tWord && !toks[n].capital() && !docNouns[toks[n].lower] && !speechNouns[speechNounLemma(toks[n].lower)] {
		n++ // "the Institute's annual survey"
	}
	if end == k || n >= to || !(docNouns[toks[n].lower] || speechNouns[speechNounLemma(toks[n].lower)]) {
		return subject{}
	}
	np := nameParts{from: k, to: end}
	for i := k; i < end; i++ {
		w := toks[i].text
		if i == end-1 {
			w = toks[i].bare()
		}
		np.words = append(np.words, w)
	}
	return subject{kind: npName, name: np, from: k, to: end}
}
