package content

import (
	"slices"
	"strings"
)

// Organisations by kind: "the bank" is the bank the text named
// ("Brightwater Capital", "the investment house Brightwater Capital"),
// "the agency" the Water Safety Authority, "the study" whoever published
// it. A body's kind comes from what the text calls it or from the head of
// its name; a kind noun refers back to the most salient body of a kind it
// accepts.

// nounKind returns the kind a noun names, "" when it names none.
func nounKind(noun string) string { return bodyKinds[noun] }

// entityKind returns the kind of a body: what the text called it, else
// the kind of the last word of its name that has one ("Brightwater
// Capital" is finance, "Skyvale Air" an airline).
func entityKind(e *entity) string {
	if k := bodyKinds[e.kind]; k != "" {
		return k
	}
	for i := len(e.lw) - 1; i >= 0; i-- {
		if i > 0 {
			if k := bodyKinds[e.lw[i-1]+" "+e.lw[i]]; k != "" {
				return k
			}
		}
		if k := bodyKinds[e.lw[i]]; k != "" {
			return k
		}
	}
	return ""
}

// kindFits reports whether a body of kind have answers to a noun of kind
// want.
func kindFits(want, have string) bool {
	return want != "" && (want == have || slices.Contains(kindAccepts[want], have))
}

// resolveOrg finds the body a noun such as "the bank" or "the company"
// refers to: the most recent one whose name has that word ("the
// ministry" for the Ministry of Water), else the most salient body of a
// kind the noun accepts, by a clear margin. A writing ("the study", "the
// article") is its author's.
func (r *resolver) resolveOrg(head string) *entity {
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		e := r.events[i].ent
		if e.org && slices.Contains(e.lw, head) {
			return e
		}
	}
	if e := r.agencyAcronym(head); e != nil {
		return e
	}
	if docNouns[head] {
		return r.docAuthor()
	}
	if countryNouns[head] {
		return r.recentCountry()
	}
	want := nounKind(head)
	if want == "" {
		return nil
	}
	e, _ := r.rankBody(want)
	return e
}

// agencyHeads are the nouns an agency's acronym often hides: "the
// bureau" of the FBI, "the agency" of the EPA.
var agencyHeads = setOf(`bureau agency service commission administration authority department`)

// agencyAcronym returns the one body named lately by an acronym with the
// head noun's initial after its first letter — "a bureau spokesperson"
// after "the FHB" — and no body of that head named in full; nil when none
// or several fit.
func (r *resolver) agencyAcronym(head string) *entity {
	if !agencyHeads[head] {
		return nil
	}
	initial := strings.ToUpper(head[:1])
	var found *entity
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		e := r.events[i].ent
		if !e.org || len(e.words) != 1 || !isAcronym(e.words[0]) || len(e.words[0]) < 3 || !strings.Contains(e.words[0][1:], initial) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// rankBody returns the most salient body of a kind, by the salience
// weights of people, and its margin; nil when none leads clearly.
func (r *resolver) rankBody(want string) (*entity, float64) {
	w := antecedentWeights
	scores := map[*entity]float64{}
	var order []*entity
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := r.events[i]
		if !ev.ent.org || !kindFits(want, entityKind(ev.ent)) {
			continue
		}
		s := w.mention
		if ev.subject {
			s += w.subject
		}
		if ev.spoke {
			s += w.spoke
		}
		if _, ok := scores[ev.ent]; !ok {
			order = append(order, ev.ent)
		}
		scores[ev.ent] += s * pow(w.decay, r.sentNo-ev.sent)
	}
	return leader(order, scores)
}

// leader returns the entity with the highest score and its margin over
// the next, nil when the margin is below the weights' thresholds.
func leader(order []*entity, scores map[*entity]float64) (*entity, float64) {
	var best *entity
	bestScore, second := 0.0, 0.0
	for _, e := range order {
		switch s := scores[e]; {
		case best == nil || s > bestScore:
			second, best, bestScore = bestScore, e, s
		case s > second:
			second = s
		}
	}
	margin := bestScore - second
	if best == nil || margin < antecedentWeights.minMargin || margin < antecedentWeights.minRatio*bestScore {
		return nil, margin
	}
	return best, margin
}

// recentCountry is the country most recently the subject of a sentence:
// "the government" after "Israel said …".
func (r *resolver) recentCountry() *entity {
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := r.events[i]
		if ev.ent.org && ev.subject && len(ev.ent.words) == 1 && countries[ev.ent.last()] {
			return ev.ent
		}
	}
	return nil
}

// docAuthor is whoever published the writing a sentence spoke of last —
// "A study by the Marlow Institute found …", "the Harbour Times ran a
// profile" — within the last blocks; nil when the text did not say.
func (r *resolver) docAuthor() *entity {
	for i := len(r.docs) - 1; i >= 0; i-- {
		if d := r.docs[i]; r.sentNo-d.sent <= 4 {
			return d.author
		}
	}
	return nil
}

// docRef is a writing the text attributes to an author.
type docRef struct {
	author *entity
	sent   int
}

// noteWritings records who wrote the writings a sentence names: "a study
// by the Marlow Institute", "the Institute's report", "the Harbour Times
// ran a long profile".
func (a *attributor) noteWritings(b *blk, s sentence, from int) {
	if !a.bodyAmong(b, from) {
		return // no author to find (writer): no word need be looked up
	}
	toks := b.tokens()
	for i := s.from; i < s.to; i++ {
		if toks[i].kind != tWord || !docNouns[toks[i].lower] {
			continue
		}
		if e := a.writer(b, s, i, from); e != nil {
			a.docs = append(a.docs, docRef{author: e, sent: a.sentNo})
		}
	}
}

// bodyAmong reports whether the mentions from index from on name a body
// in block b, the only authors writer finds.
func (a *attributor) bodyAmong(b *blk, from int) bool {
	for _, ev := range a.events[from:] {
		if ev.para == b.order && ev.ent.org {
			return true
		}
	}
	return false
}

// writer finds the author of the writing at token i among the bodies the
// sentence mentions (events from index from on).
func (a *attributor) writer(b *blk, s sentence, i, from int) *entity {
	toks := b.tokens()
	for k := from; k < len(a.events); k++ {
		ev := a.events[k]
		if ev.para != b.order || !ev.ent.org {
			continue
		}
		switch {
		case ev.tok > i && ev.tok <= i+3 && toks[i+1].is("by", "from", "of"):
			return ev.ent // "a study by the Marlow Institute"
		case ev.tok < i && ev.tok >= i-2 && toks[i-1].possessive():
			return ev.ent // "the Institute's report"
		case ev.tok < i && !ev.oblique && publishedBetween(toks, ev.tok, i):
			return ev.ent // "the Harbour Times ran a long profile"
		}
	}
	return nil
}

// publishedBetween reports a publishing verb between tokens from and to.
func publishedBetween(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if publishVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// orgKind returns the kind noun that ends a role phrase ("weekly news
// magazine", "the investment house"), or "".
func orgKind(role string) string {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return ""
	}
	for _, w := range f {
		if functionWord[w] {
			return "" // "economist at Pellmore Capital" describes a person
		}
	}
	last := f[len(f)-1]
	if len(f) > 1 && bigBodies[last] {
		// "banking giant", "oil major": the word before says the kind
		last, f = f[len(f)-2], f[:len(f)-1]
	}
	if len(f) > 1 && bodyKinds[f[len(f)-2]+" "+last] != "" {
		return f[len(f)-2] + " " + last
	}
	if bodyKinds[last] != "" || genericOrgNouns[last] {
		return last
	}
	return ""
}

// pow is x to the power n, 1 for n ≤ 0.
func pow(x float64, n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= x
	}
	return p
}

// descriptorKind reads the kind a description before a name gives it:
// "the investment house Brightwater Capital", "the weekly magazine
// Der Spiegel". It returns the kind noun, "" when there is none, and
// where the description starts.
func descriptorKind(toks []token, start, floor int) (string, int) {
	k := start - 1
	for k >= floor && k > start-5 && toks[k].kind == tWord && !toks[k].capital() && !toks[k].is("the", "a", "an") && !prepositions[toks[k].lower] {
		k--
	}
	// "the investment house …", "at US banking giant …", "by lender …"
	opens := k >= floor && (toks[k].is("the", "a", "an") || prepositions[toks[k].lower] || demonyms[toks[k].lower] || countries[toks[k].lower])
	if k < floor || k == start-1 || !opens {
		return "", 0
	}
	return orgKind(joinTokens(toks, k+1, start)), k + 1
}

// qualsFit reports whether the words before a body's head ("the survey
// office", "the foreign ministry") fit body e: each is one of its words,
// or says only how near or high it sits ("the same agency", "the central
// bank").
func qualsFit(e *entity, quals []string, head string) bool {
	for _, q := range quals {
		q = strings.ToLower(stripPossessive(q)) // "the users' group"
		if q != head && !plainBodyModifiers[q] && !slices.ContainsFunc(e.lw, func(w string) bool { return stripPossessive(w) == q }) {
			return false
		}
	}
	return true
}

// namesBody reports whether the words before a body's head name a body
// of their own ("the South African delegation", "the foreign ministry"):
// more than the head and the modifiers every body of its kind may take,
// and a word that names — capitalised, a nationality or a portfolio. "The
// ruling party" describes a body the text may have named; it names none.
func namesBody(quals []string, head string) bool {
	names := false
	for _, q := range quals {
		l := strings.ToLower(q)
		if l == head || plainBodyModifiers[l] {
			continue
		}
		if !startsUpper(q) && !demonyms[l] && !portfolioWords[l] {
			return false
		}
		names = true
	}
	return names
}
