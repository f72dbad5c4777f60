package content

import (
	"strings"

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
// their quotations.
func newAttributor(d rawDoc) *attributor {
	a := &attributor{heads: make([]*blk, len(d.sections)+1), principals: map[*entity]bool{}}
	tz := newTokenizer()
	add := func(section int, blocks []rawBlock) {
		for i, rb := range blocks {
			b := &blk{section: section, index: i, order: a.orders, raw: rb}
			a.orders++
			if rb.label == "" && rb.kind != model.CodeBlock {
				b.spans = findQuotes(rb.text) // code quotes nobody
			}
			if blockQuotation(rb, b.spans, a.blocks) {
				// a block quotation without marks is one quote
				b.raw.kind, b.whole = model.QuoteBlock, true
				b.spans = []span{{open: 0, close: len(rb.text), start: 0, end: len(rb.text), double: true}}
			}
			b.quotes = make([]*qc, len(b.spans))
			for k := range b.spans {
				b.quotes[k] = &qc{b: b, si: k, conf: 0}
			}
			b.toks = tz.tokenize(rb.text, b.spans)
			for i, t := range b.toks {
				if t.kind == tQuote {
					b.quotes[t.q].tok = i
				}
			}
			b.sents = splitSentences(b.toks, rb.text, b.spans)
			a.blocks = append(a.blocks, b)
		}
	}
	add(0, d.intro)
	for i, s := range d.sections {
		if s.derived {
			add(i+1, s.blocks)
			continue
		}
		// a heading is read for the names in it, never for quotations
		h := &blk{section: i + 1, index: -1, order: a.orders, raw: rawBlock{text: s.heading}}
		a.orders++
		h.toks = tz.tokenize(s.heading, nil)
		h.sents = splitSentences(h.toks, s.heading, nil)
		a.heads[i+1] = h
		add(i+1, s.blocks)
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
	a.noteHeaders(d)
	return a
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
