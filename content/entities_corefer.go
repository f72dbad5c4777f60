package content

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// Coreference: who a pronoun or a description ("he", "the former
// governor") stands for. Every person mentioned before it gathers
// salience from each of their mentions — more for a subject or a speaker,
// less for an object of a preposition, one of a pair or someone
// introduced as another's relation — halved for every sentence back (the
// salience of Lappin and Leass). The most salient person who agrees
// wins, but only by a clear margin; pairs and bodies never stand for
// "he" or "she".

// anaphor is a pronoun or description to resolve.
type anaphor struct {
	// gender is 'm' or 'f' for he and she, 0 when any person will do.
	gender byte
	// para and tok place it; sent is its sentence's number.
	para, tok, sent int
	// fits, when set, admits only the people a description fits.
	fits func(*entity) bool
	// notLast: a reply verb ("replied", "answered"): whoever spoke last
	// is not who answers.
	notLast bool
	// window is how many blocks back mentions count.
	window int
	// learning: the anaphor only teaches its antecedent's gender, so weak
	// entities of unknown gender count.
	learning bool
	// sameSection: only mentions in the anaphor's section count (a
	// description guessed from salience does not reach over a heading).
	sameSection bool
	section     int
}

// rankPerson returns the person an anaphor most likely stands for, and
// the margin by which they beat the next; nil when no one agrees or the
// lead is too small to trust.
func (r *resolver) rankPerson(an anaphor) (*entity, float64) {
	sal := r.salience(an)
	best, margin := sal.leader(an)
	if best != nil && best.id == describedID {
		return best.stand, margin // the unnamed source, or nobody brief can name
	}
	return best, margin
}

// salient is what the mentions before an anaphor say about the people
// it may stand for.
type salient struct {
	scores map[*entity]float64
	order  []*entity
	// later: named later in the anaphor's own sentence ("he labelled
	// Marsh": he is not Marsh).
	later map[*entity]bool
	// last spoke last before the anaphor; latest was its last subject.
	last, latest *entity
	// pairedIn is, for each entity whose latest mention before the
	// anaphor was as one of a pair ("Lund and Strand"), that sentence.
	pairedIn map[*entity]int
}

// salience gathers the salience of everyone mentioned in the blocks before
// an anaphor who agrees with it.
func (r *resolver) salience(an anaphor) salient {
	w := antecedentWeights
	sal := salient{scores: map[*entity]float64{}, later: map[*entity]bool{}, pairedIn: map[*entity]int{}}
	// the events up to the anaphor's block: in the second pass the table
	// holds the whole document
	lo := sort.Search(len(r.events), func(i int) bool { return r.events[i].para > an.para }) - 1
	for i := lo; i >= 0 && i > lo-maxLookback; i-- {
		ev := r.events[i]
		if an.para-ev.para > an.window {
			break
		}
		if ev.after(an.para, an.tok) {
			if ev.sent == an.sent {
				sal.later[ev.ent] = true
			}
			continue
		}
		if !r.agrees(ev.ent, an) || an.sameSection && ev.section != an.section {
			continue
		}
		if sal.last == nil && ev.spoke {
			sal.last = ev.ent
		}
		if sal.latest == nil && ev.subject && !ev.owned {
			sal.latest = ev.ent
		}
		if _, ok := sal.scores[ev.ent]; !ok {
			sal.order = append(sal.order, ev.ent)
			if ev.pair {
				sal.pairedIn[ev.ent] = ev.sent + 1 // 0: not paired
			}
		}
		// an entity is as salient as its most salient mention, plus a
		// little for every other: a chain of mentions keeps a topic alive
		s := mentionWeight(ev, an) * math.Pow(w.decay, float64(max(0, an.sent-ev.sent)))
		if old := sal.scores[ev.ent]; s > old {
			sal.scores[ev.ent] = s + w.chain*old
		} else {
			sal.scores[ev.ent] = old + w.chain*s
		}
	}
	return sal
}

// mentionWeight is the salience one mention lends its entity, before the
// decay with distance.
func mentionWeight(ev event, an anaphor) float64 {
	w := antecedentWeights
	s := w.mention
	for _, f := range []struct {
		on bool
		w  float64
	}{
		{ev.subject, w.subject}, {ev.spoke, w.spoke}, {ev.oblique, w.oblique},
		{!ev.subject && !ev.oblique && !ev.possessor, w.object}, {ev.pair, w.pair}, {ev.owned, w.owned},
		{ev.heading, w.heading}, {ev.sent == an.sent, w.same}, {ev.addressed, w.asked},
	} {
		if f.on {
			s += f.w
		}
	}
	return s
}

// leader adds what holds for a person as a whole — a known gender that
// agrees, being the last speaker when the verb answers, being the latest
// subject — and returns the most salient, with its lead over the next;
// nil when the lead is below the thresholds.
func (sal salient) leader(an anaphor) (*entity, float64) {
	w := antecedentWeights
	var best, second *entity
	bestScore, secondScore := math.Inf(-1), math.Inf(-1)
	for _, e := range sal.order {
		if sal.later[e] {
			continue
		}
		s := sal.scores[e]
		if an.gender != 0 && e.gender == an.gender {
			s += w.genderKnown
		}
		if an.notLast && e == sal.last {
			s += w.lastSpeaker
		}
		if e == sal.latest {
			s += w.latestSubject
		}
		if traceRank != nil {
			traceRank(an, e, s)
		}
		switch {
		case s > bestScore:
			second, secondScore = best, bestScore
			best, bestScore = e, s
		case s > secondScore:
			second, secondScore = e, s
		}
	}
	if best == nil || bestScore < w.minScore {
		return nil, 0
	}
	if p := sal.pairedIn[best]; p != 0 && second != nil && sal.pairedIn[second] == p {
		// "Lund and Strand spoke at the rally. “…,” she said": the pair
		// was named last, and nothing since tells which one speaks
		return nil, 0
	}
	margin := bestScore
	if second != nil {
		margin = bestScore - max(secondScore, 0)
	}
	if margin < w.minMargin || margin < w.minRatio*bestScore {
		return nil, margin
	}
	return best, margin
}

// agrees reports whether an entity may be what the anaphor stands for: a
// person (never a body, a pair or the unnamed), of its gender when both
// are known, not excluded, and fitting its description.
func (r *resolver) agrees(e *entity, an anaphor) bool {
	if e.org || e.id < 0 && e.id != describedID || slices.Contains(r.exclude, e) {
		return false
	}
	if an.gender != 0 && e.gender != 0 && e.gender != an.gender || e.weak && e.gender == 0 && !an.learning {
		return false
	}
	return an.fits == nil || an.fits(e)
}

// traceRank, when set (by a test), sees every candidate's final score.
var traceRank func(an anaphor, e *entity, score float64)

// learnPossessives reads the gender a possessive pronoun shows: "her
// deputy" after "Lindqvist's memo" tells that Lindqvist is a woman, and
// "Marta Ilves and her brother" that Marta is. Only a clear antecedent
// of unknown gender learns it.
func (a *attributor) learnPossessives(ctx sentenceCtx) {
	toks, s := ctx.b.tokens(), ctx.s
	for i := s.from; i < s.to; i++ {
		if toks[i].is("its") && i > ctx.lead.to {
			if !nameBetween(toks, ctx.lead.to, i) {
				a.learnBody(ctx) // "Vestoria also had its wells seized"
			}
			continue
		}
		if !toks[i].is("his", "her") {
			continue
		}
		g := pronounGender[possessivePronouns[toks[i].lower]]
		e, _ := a.rankPerson(anaphor{gender: g, para: ctx.b.order, tok: i, sent: a.sentNo, window: 1, learning: true})
		if e != nil && e.gender == 0 && !a.nearerPerson(e, g, ctx.b.order, s.from, i) {
			e.gender = g
		}
	}
}

// nearerPerson reports another person named between e's last mention
// and the possessive at tok in the same sentence who may have gender g: in "Vela had agreed to
// sing it, and Moreau knew in his bones …" the "his" may be Moreau's, so
// it teaches nothing about Vela. A gender learnt wrongly would bar the
// person from every later "she" of theirs.
func (a *attributor) nearerPerson(e *entity, g byte, para, from, tok int) bool {
	for i := len(a.events) - 1; i >= 0 && i >= len(a.events)-maxLookback; i-- {
		ev := a.events[i]
		if ev.para != para || ev.tok < from {
			return false
		}
		if ev.tok >= tok || ev.ent.org || ev.ent.id < 0 {
			continue
		}
		if ev.ent == e {
			return false
		}
		if ev.ent.gender == 0 || ev.ent.gender == g {
			return true
		}
	}
	return false
}

// nameBetween reports a name or a speech verb between a sentence's
// subject and a later "its": in "Lind said Varga could help Estmere end
// its blockade" the "its" is Estmere's, in a clause of its own, and says
// nothing of Lind.
func nameBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if isNameWord(toks[k]) || toks[k].kind == tWord && cueForms[toks[k].lower].lemma != "" {
			return true
		}
	}
	return false
}

// learnBody reads "its" after a sentence's subject as the subject's: a
// name of one word that the document never gives a person — no forename,
// title, role or gender — is an organisation ("Vestoria also had its
// wells seized"), which "a company spokesperson" may speak for.
func (a *attributor) learnBody(ctx sentenceCtx) {
	if ctx.lead.kind != npName || len(ctx.lead.name.words) != 1 {
		return
	}
	e := a.lookup(ctx.lead.name.words, false)
	if e == nil && speakerName(ctx.lead.name.words) && !lexiconWord(ctx.lead.name.words[0]) {
		e = a.lookup(ctx.lead.name.words, true)
		a.note(e, ctx.lead.name, ctx.lead.name.String())
		a.mention(e, ctx.b.order, ctx.lead.from, true)
	}
	if e != nil && !e.org && len(e.words) == 1 && e.title == "" && e.role == "" && e.gender == 0 {
		e.org = true
	}
}

// noteDescription records a description a person was resolved from ("the
// former education minister") as a form of theirs, and as their role when
// the text gave them none.
func (a *attributor) noteDescription(b *blk, sub subject, e *entity) {
	if e == nil || e.org || sub.kind != npRole || sub.head == "year-old" || sub.anonPerson {
		return
	}
	from := sub.from
	if b.tokens()[from].is("the", "a", "an") {
		from++
	}
	if from >= sub.to {
		return
	}
	e.forms["the "+strings.ToLower(joinTokens(b.tokens(), from, sub.to))] = true
	if e.role == "" && !personNouns[sub.head] { // "the woman" is no role
		a.setRole(e, joinTokens(b.tokens(), from, sub.to))
	}
}

// described reports a subject that describes a person brief could not
// resolve: "the retired colonel", not "the company" nor "a spokesman".
func described(sub subject) bool {
	return sub.kind == npRole && !sub.org && !sub.anonPerson && !pointsBack(sub.head) && (roleNouns[sub.head] || titleWords[sub.head])
}

// describedPerson is the stand-in entity for a person a description
// names without a name.
func (a *attributor) describedPerson(b *blk, sub subject) *entity {
	text := strings.ToLower(joinTokens(b.tokens(), sub.from, sub.to))
	head := sub.head
	if head == "" && sub.to > sub.from {
		head = b.tokens()[sub.to-1].lower // "a man told her": a man, whom "she" never means
	}
	return &entity{id: describedID, words: []string{text}, lw: []string{text}, gender: genderOf(head), forms: map[string]bool{}}
}

// describedPerson resolves a description no one's role fits — "the former
// prime minister" when the text never said who was one — to the most
// salient person whose role does not contradict it, if they lead clearly.
// The text has then told us their role.
func (r *resolver) describedPerson(head string, para, tok int) *entity {
	if !roleNouns[head] && !titleWords[head] || r.noGuess {
		return nil // "the pair", "the simplest reason": no description of a person
	}
	// "Denver was told by the moderator": a description is not someone
	// its own sentence names before it
	named := r.namedInSentence(para)
	an := anaphor{gender: genderOf(head), para: para, tok: tok, sent: r.sentNo, window: 3, notLast: r.reply,
		fits: func(e *entity) bool { return !roleConflict(e, head) && !slices.Contains(named, e) }, section: r.section, sameSection: true}
	e, margin := r.rankPerson(an)
	if e == nil || margin < antecedentWeights.minDescribed {
		return nil
	}
	return e
}

// namedInSentence returns the entities the sentence being read has
// mentioned so far in block para.
func (r *resolver) namedInSentence(para int) []*entity {
	var named []*entity
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := r.events[i]
		if ev.para != para || ev.sent != r.sentNo {
			break
		}
		named = append(named, ev.ent)
	}
	return named
}

// roleConflict reports an entity whose known role names another office or
// job than head: a singer is not "the judge".
func roleConflict(e *entity, head string) bool {
	other := false
	for _, f := range e.roleFacts() {
		f = strings.TrimSuffix(f, ".")
		if f == head || kin(f, head) {
			return false
		}
		if (roleNouns[f] || titleWords[f]) && !honorifics[f] && !genericHeads[f] && !compoundTitle[f] {
			other = true
		}
	}
	return other
}

// kin reports two role nouns one person may be described by: an advocate
// is a lawyer (roleKin).
func kin(a, b string) bool {
	return slices.Contains(roleKin[a], b) || slices.Contains(roleKin[b], a)
}
