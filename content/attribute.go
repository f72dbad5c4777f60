package content

import (
	"sort"

	"github.com/briefreader/brief/model"
)

// Attribution runs in two passes over a laid-out document (see doc.go): the first reads every
// sentence into the entity table, the second gives each quotation its candidate speakers and ranks
// them.

// attributor holds one document's attribution: its blocks, entity table and
// the state its passes carry from block to block.
type attributor struct {
	resolver
	// initialsFit: a turn label of initials fitted a person of the table.
	initialsFit bool
	// labelFull maps the surname and the forename of each turn label that
	// names a person in full to that name ("lind" → Ana Lind), for the
	// labels that shorten it; labelPeople is the person each name of a
	// label was found to be, so that one label is always one person.
	labelFull map[string][]string
	// offices are the offices the text gives people (entities_offices.go),
	// read once when a label first asks.
	offices struct {
		read bool
		list []officeGiven
	}
	labelPeople map[string]*entity
	// labelOffices maps an office a label gave with a name in brackets
	// ("The First Minister (Piet Varga)") to that person.
	labelOffices map[string]*entity
	// askers are the people an interview's questions are given to by
	// name, who are not the interviewee.
	askers map[*entity]bool
	// blocks are the body's blocks in reading order; heads the section
	// headings as blocks (heads[n] for section n, nil for the intro).
	blocks []*blk
	heads  []*blk
	// headed[n]: section n has a heading its author wrote (heads[n] is
	// let go once read, and a section without blocks has none).
	headed []bool
	// reader reads the blocks ahead of the passes; run takes each block
	// from it when ready (structure_read.go).
	reader *blockReader
	// orders numbers blocks and headings in reading order.
	orders int
	// anon is the entity for unnamed speakers, made when first needed.
	anon *entity
	// headingSpeakers are the people section headings name, by section
	// number; the zero value where a heading names nobody alone.
	headingSpeakers []headingSpeaker
	// digest: whether the headings name the speakers (speakerHeadings),
	// once known.
	digest struct{ known, yes bool }
	// principals are the people who answered under labels of their own.
	principals map[*entity]bool
	// calledOn is the reporter a transcript's last answerer called on, and
	// where; lastQ the last question turn, which a greeting may name
	// afterwards.
	calledOn    *entity
	calledOnCue model.Span
	lastQ       *qc
	// answerer is the person an interview's unlabelled answers are by,
	// once asked for (interviewee).
	answerer struct {
		asked bool
		ent   *entity
	}
	// firstTurn is where the first transcript turn is, once seen.
	firstTurn struct {
		seen  bool
		order int
	}
	// bracketCredits counts the lines that credit the excerpt above them
	// in brackets ("[ Harbour Tech ]"): a roundup has two or more.
	bracketCredits int
	// at is the index in blocks of the block the first pass reads.
	at int
	// lastSubjectEnd is the token after the last subject name registered,
	// to join names coordinated with it ("Okoro and Varga met").
	lastSubjectEnd int
}

// run attributes every quotation in two passes. The first reads the
// whole document into the entity table: every name, the pronouns and
// role nouns that open clauses, the speech cues with the entities their
// subjects stand for, and the transcript turns' labels. The second gives
// each quotation its candidate speakers — from its sentence's cues, else
// from its context — and ranks them.
func (a *attributor) run() {
	// what the first pass read for the second, kept only for the blocks
	// with quotations: most blocks have none
	var reads []blockRead
	for i, b := range a.blocks {
		a.ready(b)
		a.at = i
		a.learnHandles(b.raw.text)
		if h := a.heads[b.section]; h != nil && b.index == 0 {
			a.readHeading(h)
			// read: nothing reads the heading's block again
			a.heads[b.section] = nil
		}
		if b.raw.turn() {
			a.attributeTurn(b)
			continue
		}
		read := make([]sentRead, len(b.sents))
		for k, s := range b.sents {
			r := &read[k]
			r.main = b.clause(k)
			a.registerMentions(b, s, r.main)
			if r.cues = a.readCues(b, s, r.main); !b.quoteIn(s) {
				// claim reads a sentence's cues only for its quotations
				r.cues = nil
			}
		}
		if len(b.quotes) > 0 {
			reads = append(reads, blockRead{b, read})
		}
	}
	a.settleAll()
	if afterFirstPass != nil {
		afterFirstPass()
	}
	for k := range reads {
		b, read := reads[k].b, reads[k].read
		if len(b.quotes) == 0 {
			continue
		}
		for j, s := range b.sents {
			a.claim(b, s, read[j].cues, read[j].main)
		}
		// claimed: the cues the first pass kept for the block go now,
		// not alive still while build makes the model
		reads[k] = blockRead{}
	}
	a.propagate()
	a.withhold()
}

// afterFirstPass, when set, is called once the first pass is done, when a
// parse holds the most: BenchmarkLiveHeap measures the heap there.
var afterFirstPass func()

// blockRead is what the first pass read in a block with quotations, for
// the second.
type blockRead struct {
	b    *blk
	read []sentRead
}

// quoteIn reports whether sentence s has a quotation of the block's. The
// quotes are in token order: a search, so that a block of thousands of
// sentences and quotations stays linear.
func (b *blk) quoteIn(s sentence) bool {
	k := sort.Search(len(b.quotes), func(k int) bool { return b.quotes[k].tok >= s.from })
	return k < len(b.quotes) && b.quotes[k].tok < s.to
}

// readHeading records the names a section's heading mentions, marked as
// such: "Quist went on the attack" makes Quist the likelier one "the
// former judge" in the section's first sentence stands for.
func (a *attributor) readHeading(h *blk) {
	from := len(a.events)
	for k, s := range h.sents {
		a.registerMentions(h, s, h.clause(k))
	}
	for i := from; i < len(a.events); i++ {
		a.events[i].heading = true
	}
}
