package content

import (
	"time"

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
	return parseSanitized(SanitizeLine(name), Sanitize(text), f)
}

// parseSanitized is Parse of a name and text already sanitized (Decode's
// text is): the scan that would find them clean is not made again over a
// document of megabytes.
func parseSanitized(name, text string, f Format) model.Briefing {
	var fm frontMatter
	var dateline time.Time
	if f != HTML {
		fm, text = splitFrontMatter(text)
		// read now, so that a Markdown document's text, which its blocks
		// do not share, need not be kept to the end of the parse
		dateline = datelineOf(text)
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
	signStatements(&d)
	joinStatements(&d)
	d.compact()
	a := newAttributor(d)
	a.run()
	b := a.build(name, d)
	b.Date = fm.date
	if b.Date.IsZero() {
		b.Date = dateline
	}
	if b.Title == "" {
		b.Title = fm.title
	}
	return b
}

// compact moves the document's blocks into one array of their exact size,
// and its sections into another: appended section by section, their
// arrays had room to spare (up to as much again, and an allocation per
// section), and they are kept to the end of the parse, tens of bytes for
// each of a long briefing's hundred thousand blocks. Nothing points into
// the old arrays yet: the attribution passes take the blocks' addresses.
func (d *rawDoc) compact() {
	n := len(d.intro)
	for _, s := range d.sections {
		n += len(s.blocks)
	}
	all := make([]rawBlock, 0, n)
	move := func(b []rawBlock) []rawBlock {
		if len(b) == 0 {
			return b
		}
		from := len(all)
		all = append(all, b...)
		return all[from:len(all):len(all)]
	}
	d.intro = move(d.intro)
	if len(d.sections) == 0 {
		return
	}
	sections := make([]rawSection, len(d.sections))
	copy(sections, d.sections)
	for i := range sections {
		sections[i].blocks = move(sections[i].blocks)
	}
	d.sections = sections
}
