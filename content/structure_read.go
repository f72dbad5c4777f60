package content

import (
	"slices"
	"sync/atomic"

	"github.com/briefreader/brief/model"
)

// Structure, read ahead: each block's quotation marks, tokens, sentences,
// and the cues and main clause of each sentence depend on the block alone,
// so they are read before the attribution passes need them — on every
// core for a long document, in runs of blocks handed out in order, while
// the first pass works through the runs already read. What does depend on
// the blocks before (a paragraph that is a quotation because the one
// before introduced it with a colon; a quotation running on from the
// block before) is settled in order as run takes each block.

// parallelBytes is the size of document from which its blocks are read on
// several cores: below it, starting goroutines costs more than it saves.
var parallelBytes = 256 << 10

// runBytes is about how much text one run of blocks holds.
const runBytes = 32 << 10

// runsAhead is how many runs per core may be read and not yet taken: what
// is read ahead (a sentence's subject phrase is 200 bytes) stays bounded
// however long the document.
const runsAhead = 4

// blockReader reads a document's blocks ahead of the attribution passes.
type blockReader struct {
	all  []blk
	runs []blockRun
	// next is the next run for a worker to take.
	next atomic.Int64
	// waited: runs [0, waited) are read (the attribution goroutine's
	// cursor); settled: the body blocks before it are settled.
	waited, settled int
	// tz tokenizes again the blocks found to be quotations.
	tz *tokenizer
	// keeper keeps the tokens of the blocks read last in full; heads is
	// the last section whose heading it was given.
	keeper *tokenKeeper
	heads  int
	// ahead holds a token for each run read or being read and not yet
	// waited for.
	ahead chan struct{}
}

// blockRun is a run of blocks, all[from:to], read by one worker; done is
// closed when it is.
type blockRun struct {
	from, to int
	done     chan struct{}
}

// readBlocks starts reading the blocks: on as many goroutines as there are
// cores for a long document, else at once on this one.
func readBlocks(all []blk, heads []*blk, size int) *blockReader {
	r := &blockReader{all: all, tz: newTokenizer(), keeper: newTokenKeeper()}
	for i := range all {
		all[i].keeper = r.keeper
	}
	for _, h := range heads {
		if h != nil {
			h.keeper = r.keeper
		}
	}
	workers := workers()
	if size < parallelBytes || workers < 2 {
		readBlockRange(all, heads, r.tz)
		return r
	}
	for from, acc, i := 0, 0, 0; i < len(all); i++ {
		acc += len(all[i].raw.text)
		if acc >= runBytes || i == len(all)-1 {
			r.runs = append(r.runs, blockRun{from: from, to: i + 1, done: make(chan struct{})})
			from, acc = i+1, 0
		}
	}
	r.ahead = make(chan struct{}, runsAhead*workers)
	for range min(workers, len(r.runs)) {
		go func() {
			startWorker()
			tz := newTokenizer()
			for {
				// Runs are taken in order after a place ahead, so the run
				// the attribution goroutine waits for always has one.
				r.ahead <- struct{}{}
				k := int(r.next.Add(1)) - 1
				if k >= len(r.runs) {
					<-r.ahead
					return
				}
				run := r.runs[k]
				readBlockRange(all[run.from:run.to], heads, tz)
				close(run.done)
			}
		}()
	}
	return r
}

// readBlockRange reads blocks in order with the tokenizer given, a
// section's heading before its first block.
func readBlockRange(part []blk, heads []*blk, tz *tokenizer) {
	for i := range part {
		b := &part[i]
		// only a first block looks for its heading: the first pass lets a
		// heading go (nil) once read, while later blocks are read ahead
		if b.index == 0 {
			if h := heads[b.section]; h != nil {
				readBlock(h, tz)
			}
		}
		if b.index >= 0 && !b.raw.turn() && b.raw.kind != model.CodeBlock {
			b.spans = findQuotes(b.raw.text) // code quotes nobody
		}
		readBlock(b, tz)
	}
}

// readBlock tokenizes a block whose quotation spans are known, splits it
// into sentences, and reads each sentence's cues and main clause.
func readBlock(b *blk, tz *tokenizer) {
	toks := tz.tokenize(b.raw.text, b.spans)
	b.kept, b.ntoks = toks, int32(len(toks))
	b.sents = splitSentences(toks, b.raw.text, b.spans)
	b.ahead = nil
	if b.raw.turn() {
		return // turns are read for their labels
	}
	// one allocation for the block's sentences, not one per kind of
	// thing read: a long document has hundreds of thousands of blocks
	r := &readAhead{sents: make([]sentAhead, len(b.sents)), cued: b.index >= 0}
	for k, s := range b.sents {
		sa := &r.sents[k]
		sa.clause = mainClauseStart(toks, s)
		sa.lead = sentenceSubject(toks, s, sa.clause)
		sa.names = nameRuns(toks, s)
		if r.cued { // headings are read for names, not for cues
			sa.found = findCues(toks, s)
		}
	}
	b.ahead = r
}

// readAhead is what is read ahead of the first pass in a block: for
// each sentence, its cues as findCues finds them (for a block of the body,
// cued), where its main clause starts, its subject phrase
// (sentenceSubject) and its name runs (nameRuns). Each is handed out
// once; what was handed out is marked taken.
type readAhead struct {
	sents []sentAhead
	cued  bool
}

// sentAhead is what is read ahead in one sentence.
type sentAhead struct {
	clause int
	lead   subject
	names  []nameRun
	found  []cue
	// led, named, cuesTaken: lead, names, found were handed out
	led, named, cuesTaken bool
}

// ready settles the body blocks up to and including b, in order, waiting
// for them to be read.
func (a *attributor) ready(b *blk) {
	r := a.reader
	for !b.settled && r.settled < len(a.blocks) {
		a.settle(a.blocks[r.settled], r.settled)
		r.settled++
	}
}

// settleAll settles every block, headings included: after it nothing
// reads the blocks any more.
func (a *attributor) settleAll() {
	r := a.reader
	for r.settled < len(a.blocks) {
		a.settle(a.blocks[r.settled], r.settled)
		r.settled++
	}
	r.wait(len(r.all) - 1)
	a.keepHeadings(len(a.heads) - 1)
}

// keepHeadings hands the keeper the headings of the sections up to
// section n: they are read, and the keeper may let their tokens go.
func (a *attributor) keepHeadings(n int) {
	r := a.reader
	for ; r.heads < n; r.heads++ {
		if h := a.heads[r.heads+1]; h != nil {
			r.keeper.keep(h)
		}
	}
}

// wait returns once block all[i] and every block before it are read.
func (r *blockReader) wait(i int) {
	for r.waited < len(r.runs) && r.runs[r.waited].from <= i {
		<-r.runs[r.waited].done
		r.waited++
		<-r.ahead
	}
}

// settle makes body block i ready for the attribution passes: read (with
// the headings before it), made one quotation if it is a quotation set off
// without marks, given its quotes, and linked to a quotation running on
// from the block before.
func (a *attributor) settle(b *blk, i int) {
	r := a.reader
	r.wait(i)
	if blockQuotation(*b.raw, b.spans, a.blocks[:i]) || a.creditedExcerpt(i) {
		// a block quotation without marks is one quote (a quoted list
		// keeps its items); a Markdown block quote's is its first paragraph
		if b.raw.kind == model.Paragraph {
			b.raw.kind = model.QuoteBlock
		}
		b.whole = true
		end := runOnCredit(b.raw.text) // an embedded post's credit is not its words
		b.spans = []span{{open: 0, close: end, start: 0, end: end, double: true}}
		if b.raw.shape.boxOf() != 0 {
			b.spans = firstParagraph(b.raw.text)
		}
		readBlock(b, r.tz)
	}
	qcs := make([]qc, len(b.spans))
	b.quotes = make([]*qc, len(b.spans))
	for k := range b.spans {
		qcs[k] = qc{b: b, si: k, conf: 0}
		b.quotes[k] = &qcs[k]
	}
	if len(b.spans) > 0 { // only a span makes a quotation token
		for k, t := range b.tokens() {
			if t.kind == tQuote {
				b.quotes[t.q].tok = k
			}
		}
	}
	// A quotation left open at the end of a block and reopened at the
	// start of the next one runs over both.
	if i > 0 {
		p := a.blocks[i-1]
		// the first pass is done with the block before and its heading
		p.dropReadAhead()
		if h := a.heads[p.section]; h != nil {
			h.dropReadAhead()
		}
		if len(p.spans) > 0 && len(b.spans) > 0 && p.section == b.section {
			last := len(p.spans) - 1
			if p.spans[last].unclosed && b.spans[0].open == 0 && startsWithOpenQuote(b.raw.text) {
				p.spans[last].continues = true
				p.quotes[last].next, b.quotes[0].prev = b.quotes[0], p.quotes[last]
			}
		}
	}
	b.settled = true
	a.keepHeadings(b.section)
	r.keeper.keep(b)
}

// sentenceIndex returns the index of s among the block's sentences, -1 if
// it is not one of them.
func (b *blk) sentenceIndex(s sentence) int {
	k, ok := slices.BinarySearchFunc(b.sents, s.from, func(t sentence, from int) int { return t.from - from })
	if !ok || b.sents[k] != s {
		return -1
	}
	return k
}

// cuesOf returns findCues(b.tokens(), s), read ahead when it was; the cues
// are the caller's to change.
func (b *blk) cuesOf(s sentence) []cue {
	if r := b.ahead; r != nil && r.cued {
		if k := b.sentenceIndex(s); k >= 0 && k < len(r.sents) && !r.sents[k].cuesTaken {
			r.sents[k].cuesTaken = true
			if c := r.sents[k].found; len(c) > 0 {
				return c
			}
			return nil
		}
	}
	return findCues(b.tokens(), s)
}

// clause returns where sentence k's main clause starts
// (mainClauseStart), read ahead.
func (b *blk) clause(k int) int {
	if r := b.ahead; r != nil && k < len(r.sents) {
		return r.sents[k].clause
	}
	return mainClauseStart(b.tokens(), b.sents[k])
}

// leadOf returns sentenceSubject(b.tokens(), s, m), read ahead when it was.
func (b *blk) leadOf(s sentence, m int) subject {
	if r := b.ahead; r != nil {
		if k := b.sentenceIndex(s); k >= 0 && k < len(r.sents) && !r.sents[k].led && r.sents[k].clause == m {
			r.sents[k].led = true
			return r.sents[k].lead
		}
	}
	return sentenceSubject(b.tokens(), s, m)
}

// nameRunsOf returns nameRuns(b.tokens(), s), read ahead when it was.
func (b *blk) nameRunsOf(s sentence) []nameRun {
	if r := b.ahead; r != nil {
		if k := b.sentenceIndex(s); k >= 0 && k < len(r.sents) && !r.sents[k].named {
			r.sents[k].named = true
			return r.sents[k].names
		}
	}
	return nameRuns(b.tokens(), s)
}

// dropReadAhead lets go of what was read ahead for the first pass.
func (b *blk) dropReadAhead() { b.ahead = nil }

// readHeadings reads each section's heading for the people it names
// (readLine; the zero lineRead for a section brief derived), on every
// core for a document with many: a long briefing has thousands of points,
// and their headings are read before the first pass can start.
func readHeadings(sections []rawSection) []lineRead {
	reads := make([]lineRead, len(sections))
	parallelFor(len(sections), 256, func(from, to int) {
		for i := from; i < to; i++ {
			if !sections[i].derived {
				reads[i] = readLine(sections[i].heading, false)
			}
		}
	})
	return reads
}
