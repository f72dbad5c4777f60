// Package model holds brief's picture of a briefing: its talking points
// (sections), the blocks of text under them, the quotes found in those
// blocks and the people or organisations who said them.
//
// The package is pure data plus queries. It does no I/O and knows nothing of
// terminals, so that the parser (package content) and the reader (package
// ui) can meet here without knowing each other.
package model

import "time"

// Briefing is one parsed document.
type Briefing struct {
	// Title is the document's headline, "" when it has none.
	Title string
	// Subtitle is the standfirst (dek) printed under the headline, if any.
	Subtitle string
	// Source names where the document came from: a path, "-" for stdin, or
	// "sample" for the built-in briefing.
	Source string
	// Date is the date the document gives itself (front matter, a
	// "Date:" line), the zero time when it gives none.
	Date time.Time
	// Intro holds the blocks before the first talking point, including the
	// lead-in line ("Here are the main points from the talks:").
	Intro []Block
	// Sections are the talking points in document order.
	Sections []Section
	// Speakers are everyone quoted at least once, in order of first quote.
	Speakers []Speaker
	// Quotes are all quotes in document order.
	Quotes []Quote
}

// Section is one talking point.
type Section struct {
	// Number counts talking points from 1 in document order, whatever
	// numbering (or none) the document used.
	Number int
	// Heading is the heading text without its list number ("1.", "#1").
	Heading string
	// HeadingInlines are the author's spans over Heading — a link,
	// emphasis, code — as Block.Inlines are over a block's text.
	HeadingInlines []Inline
	// Level is the heading's level where the document gives one (2 for
	// "##", 3 for "###" or <h3>), 0 where it does not (a plain-text
	// heading line, a derived unit). Every heading is a talking point;
	// a deeper one is a point inside the shallower one before it, which
	// an outline may show indented.
	Level int
	// Blocks are the paragraphs, asides, list items and block quotes under
	// the heading.
	Blocks []Block
	// Derived marks a unit brief made where the document has no heading:
	// one exchange of a transcript (a question and its answers), named
	// from the header's list of subjects or the question's first words.
	// The reader lists it like a talking point but shows its heading as
	// brief's, not the author's; exports keep the document's own talking
	// points apart from it.
	Derived bool
}

// BlockKind says what kind of text a block is.
type BlockKind int

// The kinds of block.
const (
	// Paragraph is ordinary running text.
	Paragraph BlockKind = iota
	// Aside is an explainer in parentheses: "(This means …)".
	Aside
	// ListItem is one item of a bulleted or numbered list that is not a
	// talking point.
	ListItem
	// QuoteBlock is a block quotation, or one speaker's turn in a
	// transcript. The paragraphs of one block quotation are one block,
	// separated by a blank line; what else the quotation holds (a list,
	// code) are blocks of their own nested in it (Block.Nest).
	QuoteBlock
	// Heading is a sub-heading inside a talking point (Block.Level).
	Heading
	// CodeBlock is fenced or indented code: Text is the code verbatim,
	// its lines ending in newlines, and Block.Lang its language if the
	// fence names one. It holds no quotations.
	CodeBlock
	// TableBlock is a table: Text holds its cells, Block.Table their
	// grid.
	TableBlock
	// Footnote is the text of a footnote (Block.Note), kept where the
	// document's footnotes end up: after the last talking point.
	Footnote
	// Rule is a thematic break the author drew between blocks: "---",
	// "***" or "___" in Markdown, <hr> in a web page, a line of only
	// dashes, stars or underscores between paragraphs of plain text. Its
	// Text is empty: the author wrote no words there.
	Rule
)

var blockKindNames = [...]string{"paragraph", "aside", "list item", "quote block", "heading", "code", "table", "footnote", "rule"}

// String returns the kind's name as used in exports: "paragraph", "aside",
// "list item", "quote block", "heading", "code", "table", "footnote" or
// "rule".
func (k BlockKind) String() string {
	if k < 0 || int(k) >= len(blockKindNames) {
		return "unknown"
	}
	return blockKindNames[k]
}

// Block is one paragraph-like unit of text.
type Block struct {
	// Kind says how the block reads: paragraph, aside, list item or
	// quote block.
	Kind BlockKind
	// Text is the block's sanitized text. Quote offsets index into it.
	Text string
	// Quotes indexes Briefing.Quotes: the quotes inside this block, in
	// order of their start offsets.
	Quotes []int
	// Label is the turn label of a transcript turn ("MS. PARK"), "" otherwise.
	Label string
	// LabelMark is what the author wrote between the label and the turn's
	// words: ":" in "MS. PARK: …", "." in "Q. …", "" when nothing but
	// space or a line break. The reader draws it, never a mark of its own.
	LabelMark string
	// Inlines are what the author did to stretches of Text: emphasis,
	// strong, code, strikethrough, links and footnote references, in
	// order of their start, an enclosing span before those inside it.
	// Text itself is plain: no Markdown or HTML syntax is left in it.
	Inlines []Inline
	// Level is a Heading's level as the document gives it (2 for "##").
	Level int
	// Ordered marks an item of a numbered list; Number is then the
	// number the document gives the item ("3." in a list that starts at
	// 3). Both are zero for a bulleted item and for other kinds.
	Ordered bool
	Number  int
	// ListStart marks the first item of a list, so that two lists one
	// after the other read as two (a blank line between them), not one.
	ListStart bool
	// Nest lists the containers the block sits in, outermost first: an
	// item of a nested list is in one list item, code quoted inside a
	// list item is in a list item and a block quote. A QuoteBlock is a
	// block quote itself; Nest holds only what encloses that.
	Nest []Container
	// Lang is a CodeBlock's language, "" when the document names none.
	Lang string
	// Table is a TableBlock's grid, nil for other kinds.
	Table *Table
	// Note is a Footnote's label as the author wrote it ("1" for [^1],
	// "source" for [^source]), matching the Note of the references to it.
	Note string
	// LabelInlines are the author's spans over Label+LabelMark ("**" around
	// "MS. PARK:" in Markdown), nil when the label was written plain.
	LabelInlines []Inline
	// LabelAlone marks a turn whose label stands on a line of its own
	// over its words ("Operator", then the turn's paragraphs), as an
	// earnings call is written; the reader draws it before the words all
	// the same, an export writes it as written.
	LabelAlone bool
}

// Container is a block that holds other blocks: a list item or a block
// quote.
type Container int

// The containers.
const (
	// InListItem is inside a list item: drawn indented under its marker.
	InListItem Container = iota
	// InQuote is inside a block quote: drawn behind its bar.
	InQuote
)

// InlineKind says what an inline span does to its text.
type InlineKind int

// The kinds of inline span.
const (
	// Emphasis is emphasised (italic) text.
	Emphasis InlineKind = iota
	// Strong is strongly emphasised (bold) text.
	Strong
	// InlineCode is code inside running text.
	InlineCode
	// Strikethrough is struck-out text.
	Strikethrough
	// Link is the text of a link, Inline.URL its target.
	Link
	// NoteRef is a reference to a footnote (Inline.Note). It covers no
	// text: Start == End is where the reference stands.
	NoteRef
)

var inlineKindNames = [...]string{"emphasis", "strong", "code", "strikethrough", "link", "note"}

// String returns "emphasis", "strong", "code", "strikethrough", "link" or
// "note".
func (k InlineKind) String() string {
	if k < 0 || int(k) >= len(inlineKindNames) {
		return "unknown"
	}
	return inlineKindNames[k]
}

// Inline is one span of a block's text as the author styled or linked it:
// bytes [Start, End) of Block.Text.
type Inline struct {
	Kind       InlineKind
	Start, End int
	// URL is a Link's target as the document gives it (sanitized, but
	// of any scheme: the reader decides what it makes clickable).
	URL string
	// Image marks a Link that is an image the document shows: its text
	// is the image's description, URL the picture.
	Image bool
	// Note is a NoteRef's footnote label.
	Note string
}

// Align is a table column's alignment.
type Align int

// The alignments of a column.
const (
	// AlignDefault leaves the column to the reader: left for text.
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Table is the grid of a TableBlock. Its cells are stretches of the
// block's Text, in which the cells of a row are separated by tabs and the
// rows by newlines, so that quotes and searches see the words in reading
// order.
type Table struct {
	// Align is each column's alignment; a row may have fewer cells.
	Align []Align
	// Header is how many of the first rows are header rows: 1 in
	// Markdown, 0 or more in a web page.
	Header int
	// Rows are the table's rows, each a list of cells.
	Rows [][]Cell
}

// Cell is one table cell: bytes [Start, End) of the block's Text.
type Cell struct{ Start, End int }

// Links returns the block's links in order.
func (b Block) Links() []Inline {
	var out []Inline
	for _, in := range b.Inlines {
		if in.Kind == Link {
			out = append(out, in)
		}
	}
	return out
}

// QuoteKind classifies a quotation.
type QuoteKind int

// The kinds of quote.
const (
	// Direct is a full quotation: a sentence or clause in quote marks.
	Direct QuoteKind = iota
	// Partial is a fragment quoted inside reported speech ("the “first
	// line of defence”") or a characterisation ("called him a “fraud”").
	Partial
	// Turn is one speaker's turn in a transcript.
	Turn
)

var quoteKindNames = [...]string{"direct", "partial", "turn"}

// String returns "direct", "partial" or "turn".
func (k QuoteKind) String() string {
	if k < 0 || int(k) >= len(quoteKindNames) {
		return "unknown"
	}
	return quoteKindNames[k]
}

// Quote is one quotation and who said it.
type Quote struct {
	// Text is the words inside the quote marks.
	Text string
	// Speaker is the ID of the speaker in Briefing.Speakers, "" when no
	// rule could attribute the quote with confidence.
	Speaker string
	// Section is the talking point the quote is under: 0 for the intro,
	// otherwise Section.Number.
	Section int
	// Block indexes the blocks of that section (or of the intro).
	Block int
	// Start and End are byte offsets of Text within the block's Text.
	Start, End int
	// Kind says whether the quote is direct, partial or a transcript turn.
	Kind QuoteKind
	// Confidence of the attribution, from 0 (unattributed) to 1.
	Confidence float64
	// Rule names the attribution rule that chose the speaker, for
	// debugging and for measuring the rules ("said-after", "colon", …).
	Rule string
	// Cue is where the document names the quote's speaker: the mention
	// (name, alias, pronoun, role noun or transcript label) that the
	// attribution rests on. The reader highlights exactly that span;
	// it is the zero Span when the quote is unattributed or the text
	// names nobody (a quote-only paragraph carrying on).
	Cue Span
}

// Span is a stretch of a block's text: bytes [Start, End) of the Text of
// block Block of section Section (0 for the intro). Block -1 means the
// section's heading, and for section 0 the briefing's title. When Label is
// set the bytes are those of the block's Label instead: a transcript turn
// whose speaker is named by its label ("THE MAYOR").
type Span struct {
	Section, Block int
	Start, End     int
	Label          bool
}

// Valid reports whether the span marks any text.
func (s Span) Valid() bool { return s.End > s.Start }

// Attributed reports whether the quote has a speaker.
func (q Quote) Attributed() bool { return q.Speaker != "" }

// SpeakerKind says whether a speaker is a person or an organisation.
type SpeakerKind int

// The kinds of speaker.
const (
	// Person is a named individual.
	Person SpeakerKind = iota
	// Organisation is a body speaking as one: a government, a company, a
	// campaign, "the Kremlin".
	Organisation
)

// String returns "person" or "organisation".
func (k SpeakerKind) String() string {
	if k == Organisation {
		return "organisation"
	}
	return "person"
}

// Speaker is a person or organisation quoted in the briefing.
type Speaker struct {
	// ID is stable within one briefing and is what quotes refer to.
	ID string
	// Name is the display name: the fullest form of the name the document
	// gives ("Ana Lind"), its noble style when it uses one ("Ana Ruiz,
	// Duchess of Lorn"), or title and surname when that is all it gives
	// ("Ms. Okafor").
	Name string
	// FullName is Name with the title the document gives the speaker
	// ("Chancellor Ana Lind"); it equals Name when there is none.
	FullName string
	// Role is what the document says the speaker is ("German Chancellor"),
	// "" when it says nothing.
	Role string
	// Aliases are the other forms the document uses for the speaker
	// ("Lind", "the chancellor"), without Name itself.
	Aliases []string
	// Kind says whether the speaker is a person or an organisation.
	Kind SpeakerKind
}
