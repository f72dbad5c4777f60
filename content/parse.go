// Package content turns documents into model.Briefing values: it reads and
// sanitizes them, detects their format, finds the talking points, the
// quotes and who said them. It imports model and nothing else of brief's.
package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Format is a document format.
type Format int

// The formats brief reads.
const (
	// Auto detects the format from the name and the text.
	Auto Format = iota
	// Plain is plain text: paragraphs separated by blank lines.
	Plain
	// Markdown is CommonMark with headings, lists and block quotes.
	Markdown
	// HTML is a saved web page; brief reads its article text.
	HTML
)

// Parse builds a briefing from text. name becomes the briefing's Source.
// Both are sanitized first (a no-op scan for clean text), so no caller can
// let a control sequence into the model. Parse never fails: text it cannot
// structure becomes intro paragraphs.
func Parse(name, text string, f Format) model.Briefing {
	name, text = SanitizeLine(name), Sanitize(text)
	var fm frontMatter
	if f != HTML {
		fm, text = splitFrontMatter(text)
	}
	var d rawDoc
	switch f {
	case Markdown:
		d = parseMarkdown(text)
	case HTML:
		d = parseHTML(text)
	default:
		d = parsePlain(text)
	}
	a := newAttributor(d)
	a.run()
	b := a.build(name, d)
	b.Date = fm.date
	if b.Date.IsZero() && f != HTML {
		b.Date = datelineOf(text)
	}
	if b.Title == "" {
		b.Title = fm.title
	}
	return b
}

// newAttributor lays out the document's blocks in reading order and finds
// their quotations.
func newAttributor(d rawDoc) *attributor {
	a := &attributor{}
	add := func(section int, blocks []rawBlock) {
		for i, rb := range blocks {
			b := &blk{section: section, index: i, order: len(a.blocks), raw: rb}
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
			b.toks = tokenize(rb.text, b.spans)
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
	a.noteHeadline(d.title)
	return a
}

// noteHeadline creates the entities the headline names: they are the
// likelier owners of an ambiguous surname later on.
func (a *attributor) noteHeadline(title string) {
	toks := tokenize(title, nil)
	for i := 0; i < len(toks); i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, len(toks))
		start := i
		for start < end && (sentenceStarters[toks[start].lower] || introWords[toks[start].lower]) {
			start++
		}
		// Headlines capitalise every word: "Remarks by President Lind
		// Before Marine Departure" has a name only up to "Before".
		for k := start + 1; k < end; k++ {
			if sentenceStarters[toks[k].lower] || introWords[toks[k].lower] {
				end = k
				break
			}
		}
		np := peelName(toks, start, end)
		i = end - 1
		if (len(np.words) >= 2 || np.title != "" && len(np.words) == 1) && looksLikePersonName(np.words) {
			// "Remarks by Vice President Harris": a titled surname counts too
			e := a.lookup(np.words, true)
			e.inTitle = true
			a.note(e, np, np.String())
			e.mentions--
		}
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

// run attributes every quotation in reading order.
func (a *attributor) run() {
	for _, b := range a.blocks {
		if b.raw.label != "" {
			a.attributeTurn(b)
			continue
		}
		for _, s := range b.sents {
			a.registerMentions(b, s)
			a.attributeSentence(b, s)
		}
	}
	a.propagate()
}
