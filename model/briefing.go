// Package model holds brief's picture of a briefing: its talking points
// (sections), the blocks of text under them, the quotes found in those
// blocks and the people or organisations who said them.
//
// The package is pure data plus queries. It does no I/O and knows nothing of
// terminals, so that the parser (package content) and the reader (package
// ui) can meet here without knowing each other.
package model

// Briefing is one parsed document.
type Briefing struct {
	// Title is the document's headline, "" when it has none.
	Title string
	// Subtitle is the standfirst (dek) printed under the headline, if any.
	Subtitle string
	// Source names where the document came from: a path, "-" for stdin, or
	// "sample" for the built-in briefing.
	Source string
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
	// transcript.
	QuoteBlock
)

var blockKindNames = [...]string{"paragraph", "aside", "list item", "quote block"}

// String returns the kind's name as used in exports: "paragraph", "aside",
// "list item" or "quote block".
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
// section's heading, and for section 0 the briefing's title.
type Span struct {
	Section, Block int
	Start, End     int
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
