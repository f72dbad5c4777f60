package content

import (
	"runtime"
	"strings"
	"sync"

	"github.com/briefreader/brief/model"
)

// Structure, last step: the document laid out for the attribution passes — every block in reading
// order with its quotation marks, tokens and sentences.

// blk is one block of the document with its quotes and tokens.
type blk struct {
	section, index int
	order          int // position in document order
	raw            rawBlock
	spans          []span
	toks           []token
	sents          []sentence
	// read is what the first pass read in each sentence.
	read   []sentRead
	quotes []*qc // one per span, same order
	// speakers are the speakers of this block's cues, in order, for
	// carrying a speaker to quotes that have no cue of their own.
	speakers []speakerAt
	// subject is the last person the block had as a sentence subject, and
	// subjectCue where the block names them.
	subject    *entity
	subjectCue model.Span
	// whole: the block is a block quotation without quote marks.
	whole bool
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
	tok     int // index of its tQuote token in b.toks
	kind    model.QuoteKind
	speaker *entity
	// governed: a cue decided this quote (even if its speaker is unnamed).
	governed bool
	rule     string
	conf     float64
	drop     bool
	// cue is the mention the attribution rests on, zero when none.
	cue model.Span
	// cands are the candidate speakers the quote was ranked among.
	cands []candidate
	// next is the continuation of this quotation in the following block.
	next, prev *qc
}

// newAttributor lays out the document's blocks in reading order and finds
// their quotations. The blocks are read apart from one another (quotation
// marks, tokens, sentences), so on a long document that work is shared
// out among the cores while this goroutine reads the header lines.
func newAttributor(d rawDoc) *attributor {
	a := &attributor{heads: make([]*blk, len(d.sections)+1), principals: map[*entity]bool{}}
	n, size := len(d.intro), 0
	for _, s := range d.sections {
		n += len(s.blocks) + 1
	}
	// One array for every block, headings included, rather than an
	// allocation each.
	all := make([]blk, 0, n)
	add := func(section int, blocks []rawBlock) {
		for i, rb := range blocks {
			all = append(all, blk{section: section, index: i, order: len(all), raw: rb})
			size += len(rb.text)
		}
	}
	add(0, d.intro)
	for i, s := range d.sections {
		if !s.derived {
			// a heading is read for the names in it, never for quotations
			all = append(all, blk{section: i + 1, index: -1, order: len(all), raw: rawBlock{text: s.heading}})
			size += len(s.heading)
		}
		add(i+1, s.blocks)
	}
	a.orders = len(all)
	a.blocks = make([]*blk, 0, len(all))
	for i := range all {
		if b := &all[i]; b.index == -1 {
			a.heads[b.section] = b
		} else {
			a.blocks = append(a.blocks, b)
		}
	}

	done := readBlocks(all, size)
	a.noteHeaders(d)
	<-done

	tz := newTokenizer()
	for i, b := range a.blocks {
		if blockQuotation(b.raw, b.spans, a.blocks[:i]) {
			// a block quotation without marks is one quote
			b.raw.kind, b.whole = model.QuoteBlock, true
			b.spans = []span{{open: 0, close: len(b.raw.text), start: 0, end: len(b.raw.text), double: true}}
			b.toks = tz.tokenize(b.raw.text, b.spans)
			b.sents = splitSentences(b.toks, b.raw.text, b.spans)
		}
		qcs := make([]qc, len(b.spans))
		b.quotes = make([]*qc, len(b.spans))
		for k := range b.spans {
			qcs[k] = qc{b: b, si: k, conf: 0}
			b.quotes[k] = &qcs[k]
		}
		for i, t := range b.toks {
			if t.kind == tQuote {
				b.quotes[t.q].tok = i
			}
		}
	}
	// A quotation left open at the end of a block and reopened at the
	// start of the next one runs over both.
	for i := 0; i+1 < len(a.blocks); i++ {
		b, n := a.blocks[i], a.blocks[i+1]
		if len(b.spans) == 0 || len(n.spans) == 0 || b.section != n.section {
			continue
		}
		last := len(b.spans) - 1
		if b.spans[last].unclosed && n.spans[0].open == 0 && startsWithOpenQuote(n.raw.text) {
			b.spans[last].continues = true
			b.quotes[last].next, n.quotes[0].prev = n.quotes[0], b.quotes[last]
		}
	}
	return a
}

// parallelBytes is the size of document from which its blocks are read on
// several cores: below it, starting goroutines costs more than it saves.
var parallelBytes = 256 << 10

// readBlocks finds each block's quotations, tokens and sentences — as if
// no block were a quotation without marks, which the caller settles in
// order afterwards — on as many goroutines as there are cores for a long
// document. The returned channel is closed when all are read.
func readBlocks(all []blk, size int) <-chan struct{} {
	done := make(chan struct{})
	workers := runtime.GOMAXPROCS(0)
	if size < parallelBytes || workers < 2 {
		readBlockRange(all)
		close(done)
		return done
	}
	// Contiguous runs of about equal text, one per worker.
	var wg sync.WaitGroup
	from, acc := 0, 0
	for i := range all {
		acc += len(all[i].raw.text)
		if acc >= size/workers || i == len(all)-1 {
			wg.Add(1)
			go func(part []blk) {
				defer wg.Done()
				readBlockRange(part)
			}(all[from : i+1])
			from, acc = i+1, 0
		}
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	return done
}

// readBlockRange reads the blocks of one run with a tokenizer of its own.
func readBlockRange(part []blk) {
	tz := newTokenizer()
	for i := range part {
		b := &part[i]
		if b.index >= 0 && b.raw.label == "" && b.raw.kind != model.CodeBlock {
			b.spans = findQuotes(b.raw.text) // code quotes nobody
		}
		b.toks = tz.tokenize(b.raw.text, b.spans)
		b.sents = splitSentences(b.toks, b.raw.text, b.spans)
	}
}

// blockQuotation reports whether a block is a quotation set off without
// quote marks: a Markdown block quote, or a paragraph after one that
// introduces it with a speech verb and a colon ("She wrote:").
func blockQuotation(rb rawBlock, spans []span, before []*blk) bool {
	if rb.label != "" || len(spans) > 0 || rb.kind == model.ListItem || rb.kind == model.Aside {
		return false
	}
	if rb.kind == model.QuoteBlock {
		return true
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
	return len(findCues(prev.toks, last)) > 0 && prev.toks[last.to-1].text == ":"
}
