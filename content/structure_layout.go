package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Structure, last step: the document laid out for the attribution passes — every block in reading
// order with its quotation marks, tokens and sentences.

// blk is one block of the document with its quotes and tokens. A long
// briefing has hundreds of thousands, all alive to the end of the parse:
// the small fields share words at the end.
type blk struct {
	section, index int
	order          int // position in document order
	// raw is the block as the structure pass made it: the document's own,
	// which settle may make a quotation block.
	raw   *rawBlock
	spans []span
	// kept are the block's tokens while they are kept; read them with
	// tokens(), which makes them again when they were let go
	// (tokens_kept.go). ntoks is how many there are.
	kept   []token
	keeper *tokenKeeper
	sents  []sentence
	quotes []*qc // one per span, same order
	// speakers are the speakers of this block's cues, in order, for
	// carrying a speaker to quotes that have no cue of their own.
	speakers []speakerAt
	// subject is the last person the block had as a sentence subject;
	// where the block names them is subjectCue().
	subject *entity
	// ahead is what was read ahead of the first pass in each sentence
	// (structure_read.go), nil once the pass is done with the block.
	ahead *readAhead
	ntoks int32
	// subjFrom, subjTo: subjectCue's bytes in the block, when subjSet.
	subjFrom, subjTo int32
	subjSet          bool
	// whole: the block is a block quotation without quote marks.
	whole bool
	// settled: the block is ready for the attribution passes
	// (blockReader.settle).
	settled bool
}

// subjectCue is where the block names its subject (b.subject): a span of
// the block's text, the zero span when not known.
func (b *blk) subjectCue() model.Span {
	if !b.subjSet {
		return model.Span{}
	}
	return model.Span{Section: b.section, Block: b.index, Start: int(b.subjFrom), End: int(b.subjTo)}
}

// setSubjectCue records where the block names its subject: sp is a span
// of the block's own text (tokenSpan), or the zero span.
func (b *blk) setSubjectCue(sp model.Span) {
	b.subjSet = sp != model.Span{}
	b.subjFrom, b.subjTo = int32(sp.Start), int32(sp.End)
}

// sentRead is what the first pass read in a sentence: its speech cues and
// where its main clause starts.
type sentRead struct {
	cues []cue
	main int
}

type speakerAt struct {
	tok int
	ent *entity
	cue model.Span
}

// qc is a quotation being attributed.
type qc struct {
	b       *blk
	si      int // span index in b.spans
	tok     int // index of its tQuote token in b.tokens()
	kind    model.QuoteKind
	speaker *entity
	// governed: a cue decided this quote (even if its speaker is unnamed);
	// drop: the quote is no quotation after all, left out of the model.
	governed, drop bool
	rule           string
	conf           float64
	// cue is the mention the attribution rests on, zero when none.
	cue model.Span
	// rank is how the quote's candidates were ranked, nil until they are
	// (decide): most of a long document's quotations wait for the second
	// pass while the first holds the most memory.
	rank *ranking
	// next is the continuation of this quotation in the following block.
	next, prev *qc
}

// ranking is how a quote's candidates were ranked.
type ranking struct {
	// cands are the candidate speakers the quote was ranked among; win is
	// the one the ranking chose and margin its lead, which the calibration
	// weighs again (resolve_calibration.go).
	cands  []candidate
	win    candidate
	margin float64
}

// candidates returns the candidates the quote was ranked among.
func (q *qc) candidates() []candidate {
	if q.rank == nil {
		return nil
	}
	return q.rank.cands
}

// winner returns the candidate the ranking chose, the zero candidate
// before there was one.
func (q *qc) winner() candidate {
	if q.rank == nil {
		return candidate{}
	}
	return q.rank.win
}

// margin returns the winner's lead over the next speaker's best.
func (q *qc) margin() float64 {
	if q.rank == nil {
		return 0
	}
	return q.rank.margin
}

// newAttributor lays out the document's blocks in reading order and
// starts reading them (blockReader): quotation marks, tokens, sentences,
// and the cues each sentence holds, on every core for a long document,
// while this goroutine reads the header lines. run takes each block as it
// is ready.
func newAttributor(d rawDoc) *attributor {
	a := &attributor{heads: make([]*blk, len(d.sections)+1), headed: make([]bool, len(d.sections)+1), principals: map[*entity]bool{}}
	n, size := len(d.intro), 0
	for _, s := range d.sections {
		n += len(s.blocks)
	}
	// One array for the body's blocks rather than an allocation each; a
	// section's heading is a block of its own (headBlock), gone once the
	// first pass has read it — a long briefing has tens of thousands.
	all := make([]blk, 0, n)
	order := 0
	add := func(section int, blocks []rawBlock) {
		for i := range blocks {
			all = append(all, blk{section: section, index: i, order: order, raw: &blocks[i]})
			order++
			size += len(blocks[i].text)
		}
	}
	add(0, d.intro)
	for i, s := range d.sections {
		if !s.derived {
			a.headed[i+1] = true
			// a heading is read for the names in it, never for quotations,
			// and only before its section's first block: a section without
			// blocks has its place in the order but is never read
			if len(s.blocks) > 0 {
				h := &headBlock{raw: rawBlock{text: s.heading}}
				h.blk = blk{section: i + 1, index: -1, order: order, raw: &h.raw}
				a.heads[i+1] = &h.blk
				size += len(s.heading)
			}
			order++
		}
		add(i+1, s.blocks)
	}
	a.orders = order
	a.blocks = make([]*blk, len(all))
	for i := range all {
		a.blocks[i] = &all[i]
	}
	for _, b := range a.blocks {
		if _, bracket := sourceLine(b.raw); bracket {
			a.bracketCredits++
		}
	}
	a.reader = readBlocks(all, a.heads, size)
	a.noteHeaders(d)
	return a
}

// headBlock is a section heading laid out for the first pass, with the
// raw block that holds its text.
type headBlock struct {
	blk
	raw rawBlock
}

// blockQuotation reports whether a block is a quotation set off without
// quote marks: the first piece of a Markdown block quote — a paragraph,
// or the first item of a list quoted in it — or a page's block quote (not one
// wholly in brackets, a stage direction), or a paragraph in the first
// person after one that introduces it with a speech verb and a colon
// ("She wrote:"). Without marks, only the first person shows that the
// words are the speaker's own: a third-person paragraph after "Our editor
// explains:" or "He has spoken to the manager:" is the writer's reporting.
// Quote marks inside a block quote that a line introduces ("Ana shared:")
// are nested in it, the person's own quoting ("the poll asked “which
// app?”"), unless the block opens with one: then the marks set off the
// speech ("> “We are ready,” said Ana Lind.").
func blockQuotation(rb rawBlock, spans []span, before []*blk) bool {
	if rb.turn() || rb.kind == model.Aside {
		return false
	}
	if box := rb.shape.boxOf(); box != 0 && (rb.kind == model.QuoteBlock || rb.kind == model.ListItem) {
		if strings.TrimSpace(stageDirection.ReplaceAllString(rb.text, "")) == "" {
			return false // "> (laughter)", "> [video plays]": a recording's stage direction
		}
		if !firstPiece(before, box) {
			return false
		}
		if len(spans) == 0 {
			return true
		}
		lead := boxLead(before, box)
		return lead != nil && introduces(lead) && !startsWithOpenQuote(strings.TrimSpace(rb.text))
	}
	if len(spans) > 0 || rb.kind == model.ListItem {
		return false
	}
	if rb.kind == model.QuoteBlock {
		return strings.TrimSpace(stageDirection.ReplaceAllString(rb.text, "")) != ""
	}
	if len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	if len(prev.sents) == 0 {
		return false
	}
	if !strings.HasSuffix(strings.TrimSpace(prev.raw.text), ":") || prev.raw.kind != model.Paragraph {
		return false
	}
	last := prev.sents[len(prev.sents)-1]
	return len(findCues(prev.tokens(), last)) > 0 && prev.tokens()[last.to-1].text == ":" && firstPerson(rb.text)
}
