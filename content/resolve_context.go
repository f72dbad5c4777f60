package content

import (
	"sort"
	"strings"

	"github.com/briefreader/brief/model"
)

// Resolve: the candidates a quotation without a cue of its own has from its context.

// propagate gives quotations without a cue of their own candidate
// speakers from their context, then drops fragments that no cue claimed
// (scare quotes):
//   - the parts of a quotation that runs over several paragraphs share one
//     speaker;
//   - a block quotation is by whoever its credit line or the paragraph
//     introducing it names;
//   - a quotation in a paragraph whose other sentences name a speaker takes
//     that speaker (the one before it, else the one after it);
//   - a paragraph that is only a quotation carries on the speaker of the
//     paragraph before.
func (a *attributor) propagate() {
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.prev == nil && q.next != nil {
				continueQuotation(q)
			}
		}
	}
	var last lastSpoken // the last speaker of the blocks before
	for i, b := range a.blocks {
		for k, q := range b.quotes {
			if q.drop || q.governed || q.kind == model.Turn {
				continue
			}
			if q.kind == model.Partial && !b.whole && b.fragment(q) {
				q.drop, q.rule = true, "unclaimed fragment"
				continue
			}
			q.decide(a.contextCandidates(i, k, last))
			if q.speaker == nil && q.kind == model.Partial {
				q.drop, q.rule = true, "unclaimed fragment"
			}
		}
		last = last.after(b, i)
	}
}

// fragment reports a partial quotation short enough to be a scare quote
// or a phrase the writer borrows: a clause of eight words or more that
// ends a sentence inside its marks is what somebody said.
func (b *blk) fragment(q *qc) bool {
	sp := b.spans[q.si]
	text := strings.TrimSpace(b.raw.text[sp.start:sp.end])
	return wordCount(text) < minSpokenClause || !endsSentenceInside(text)
}

// minSpokenClause is the fewest words of a partial quotation that is
// taken for speech without a cue of its own.
const minSpokenClause = 8

// continueQuotation gives every part of a quotation over several
// paragraphs the speaker of its first part that a cue decided.
func continueQuotation(q *qc) {
	var owner *qc
	for c := q; c != nil; c = c.next {
		if c.governed && c.speaker != nil {
			owner = c
			break
		}
	}
	if owner == nil {
		return
	}
	for c := q; c != nil; c = c.next {
		if !c.governed {
			c.governed, c.drop = true, false
			c.decide([]candidate{{ent: owner.speaker, cue: owner.cue, feats: []feature{fContinued}}})
		}
	}
}

// lastSpoken is who the blocks read so far leave speaking: the speaker a
// quote-only paragraph carries on, and the subject of a paragraph without
// quotations that came between.
type lastSpoken struct {
	ent *entity
	// block is the index of the last block with a speaker, section the
	// section of the last block read.
	block, section int
	// interrupted: a paragraph without quotations came after the speaker.
	interrupted bool
	// subject is the person the last paragraph without quotations was
	// about ("The senator pressed again."), at block subjectBlock.
	subject      *entity
	subjectBlock int
}

// after updates the last speaker with block i.
func (l lastSpoken) after(b *blk, i int) lastSpoken {
	if i == 0 {
		l.block, l.subjectBlock = -10, -10
	}
	l.section = b.section
	switch e, _ := lastSpeaker(b); {
	case e != nil:
		return lastSpoken{ent: e, block: i, section: b.section, subjectBlock: -10}
	case b.raw.kind == model.Aside:
	case len(b.quotes) == 0:
		l.interrupted = true
		l.subject, l.subjectBlock = b.subject, i
	}
	return l
}

// contextCandidates offers the speakers a quote without a cue may have
// from its context: the block quotation's credit, the paragraph's
// speaker, the heading's person, the speaker a quote-only paragraph
// carries on and the subject of the paragraph just before it.
func (a *attributor) contextCandidates(i, k int, last lastSpoken) []candidate {
	b := a.blocks[i]
	var out []candidate
	if b.whole {
		if e, cue := a.blockQuoteSpeaker(i); e != nil {
			return append(out, candidate{ent: e, cue: cue, feats: []feature{fBlockQuote}})
		}
	}
	if sa, ok := speakerNear(b, quoteToken(b, k)); ok {
		return append(out, candidate{ent: sa.ent, cue: sa.cue, feats: []feature{fParagraph}})
	}
	if h := a.headingSpeakers[b.section]; headingPerson(h.ent) && a.speakerHeadings() {
		out = append(out, candidate{ent: h.ent, cue: h.cue, feats: []feature{fHeading}})
	}
	if b.subject != nil && b.subjectCue().Start < b.spans[b.quotes[k].si].open && ownSentence(b, k) {
		// "Ruiz shrugged. “We'll see.”": the person the paragraph is about
		out = append(out, candidate{ent: b.subject, cue: b.subjectCue(), feats: []feature{fSubjectCarry}})
	}
	if !quoteOnly(b) {
		return out
	}
	if e := a.answerer.ent; e != nil && a.firstTurn.seen && b.order < a.firstTurn.order {
		// a quotation standing alone above an interview's first question:
		// a pull quote of the interviewee
		out = append(out, candidate{ent: e, feats: []feature{fPullQuote}})
	}
	if last.ent != nil {
		c := candidate{ent: last.ent, feats: []feature{fCarryOver}}
		if last.ent.org && last.ent.id >= 0 {
			c.feats = append(c.feats, fCarriedBody)
		}
		if last.section != b.section {
			c.feats = append(c.feats, fNewSection)
		}
		if last.interrupted {
			c.feats = append(c.feats, fInterrupted)
		}
		out = append(out, c)
	}
	if last.subject != nil && last.subjectBlock == i-1 {
		out = append(out, candidate{ent: last.subject, feats: []feature{fSubjectCarry}})
	}
	return out
}

// ownSentence reports a quotation that is a sentence of its own, after
// the start of its paragraph.
func ownSentence(b *blk, k int) bool {
	t := b.quotes[k].tok
	for _, s := range b.sents {
		if t >= s.from && t < s.to {
			return s.from > 0 && quoteOnlySentence(b.tokens(), s)
		}
	}
	return false
}

func quoteToken(b *blk, k int) int { return b.quotes[k].tok }

// speakerNear returns the speaker of the nearest cue before token i in the
// block, else the first one after it.
func speakerNear(b *blk, i int) (speakerAt, bool) {
	// b.speakers is in token order: find the first at or after i.
	k := sort.Search(len(b.speakers), func(k int) bool { return b.speakers[k].tok >= i })
	if k > 0 {
		return b.speakers[k-1], true
	}
	if k < len(b.speakers) {
		return b.speakers[k], true
	}
	return speakerAt{}, false
}

// lastSpeaker returns the block's last speaker: of its last attributed
// quote or its last cue, whichever comes later.
func lastSpeaker(b *blk) (*entity, model.Span) {
	var e *entity
	var cue model.Span
	pos := -1
	for _, s := range b.speakers {
		if s.tok > pos {
			e, pos, cue = s.ent, s.tok, s.cue
		}
	}
	for k, q := range b.quotes {
		if q.speaker != nil && !q.drop {
			if t := quoteToken(b, k); t > pos {
				e, pos, cue = q.speaker, t, q.cue
			}
		}
	}
	return e, cue
}

// quoteOnly reports whether a block is (almost) only quotation: quotes
// cover at least two thirds of its text.
func quoteOnly(b *blk) bool {
	n := 0
	for _, sp := range b.spans {
		n += sp.close - sp.open
	}
	return n*3 >= len(strings.TrimSpace(b.raw.text))*2
}

// speakerHeadings reports whether the document's headings name its
// speakers, as a "who said what" digest's do: more than half of the
// headings the author wrote name one person alone, whom the document
// shows to be a person (headingPerson). Title-case topic headings read as
// names ("Red Flags", "Open Doors") name nobody the text says is a
// person, and a section's quotes are not its topic's.
func (a *attributor) speakerHeadings() bool {
	if !a.digest.known {
		named, all := 0, 0
		for n, headed := range a.headed {
			if headed {
				all++
				named += btoi(headingPerson(a.headingSpeakers[n].ent))
			}
		}
		a.digest.known, a.digest.yes = true, 2*named > all
	}
	return a.digest.yes
}

// headingPerson reports whether a heading's name is someone the document
// says is a person: it gives them a role or title ("Mayor of Tarrow, Ines
// Albright"; a role line under the heading) or calls them he or she.
func headingPerson(e *entity) bool {
	return e != nil && (e.role != "" || e.title != "" || e.gender != 0)
}
