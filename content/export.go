package content

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/briefreader/brief/model"
)

// Export is the JSON shape of `brief export --format json`, documented in
// README.md. Fields may be added later, never renamed or removed, and every
// array is written as [] rather than null when empty.
type Export struct {
	// Title is the document's headline, "" when it has none.
	Title string `json:"title"`
	// Source is the path read, "-" for stdin or "sample".
	Source string `json:"source"`
	// Sections are the talking points in document order: the document's
	// own, never the units brief derived.
	Sections []ExportSection `json:"sections"`
	// Units are the units brief derived where the document has no heading
	// (a transcript's exchanges), named by brief.
	Units []ExportSection `json:"units"`
	// Speakers are everyone quoted, in order of first quote.
	Speakers []ExportSpeaker `json:"speakers"`
	// Quotes are all quotes in document order.
	Quotes []ExportQuote `json:"quotes"`
	// Links are the document's links in document order.
	Links []ExportLink `json:"links"`
}

// ExportSection is one talking point in an export.
type ExportSection struct {
	// Number counts talking points from 1.
	Number int `json:"number"`
	// Heading is the heading without its list number.
	Heading string `json:"heading"`
	// Quotes is how many quotes the talking point holds.
	Quotes int `json:"quotes"`
}

// ExportSpeaker is one speaker in an export.
type ExportSpeaker struct {
	// ID is the speaker's identifier, stable within one export and unique
	// even when two speakers share a display name.
	ID string `json:"id"`
	// Name is the display name.
	Name string `json:"name"`
	// Role is what the document says the speaker is, "" if nothing.
	Role string `json:"role"`
	// Aliases are the other forms of the name the document uses.
	Aliases []string `json:"aliases"`
	// Quotes is how many quotes are attributed to the speaker.
	Quotes int `json:"quotes"`
}

// ExportQuote is one quote in an export.
type ExportQuote struct {
	// Text is the words inside the quote marks.
	Text string `json:"text"`
	// Speaker is the speaker's display name, "" when unattributed.
	Speaker string `json:"speaker"`
	// SpeakerID is the speaker's ID, "" when unattributed.
	SpeakerID string `json:"speaker_id"`
	// Section is the talking point's number, 0 before the first.
	Section int `json:"section"`
	// Unit is the number of the unit brief derived that holds the quote
	// (a transcript's exchange), 0 when none does.
	Unit int `json:"unit"`
	// Kind is "direct", "partial" or "turn".
	Kind string `json:"kind"`
	// Rule says how the speaker was chosen: the deciding cue and the
	// features that weighed for it ("after: said ← name …"), "" when no
	// rule attributed the quote.
	Rule string `json:"rule"`
	// Confidence is the margin by which the chosen speaker beat the next
	// candidate, from 0 (unattributed) to 1.
	Confidence float64 `json:"confidence"`
	// Cue is where the document names the speaker, omitted when it names
	// nobody (a quote-only paragraph carrying on the one before).
	Cue *ExportCue `json:"cue,omitempty"`
}

// ExportCue is the mention a quote's attribution rests on.
type ExportCue struct {
	// Section and Block locate the text as Quote.Cue does: block -1 is the
	// section's heading (the title for section 0).
	Section int `json:"section"`
	Block   int `json:"block"`
	// Start and End are byte offsets in that text; Label says they index
	// the turn's label ("THE MAYOR") rather than its words.
	Start int  `json:"start"`
	End   int  `json:"end"`
	Label bool `json:"label,omitempty"`
	// Text is the mention itself ("Lind", "she", "the former governor").
	Text string `json:"text"`
}

// NewExport converts a briefing to its export shape.
func NewExport(b model.Briefing) Export {
	e := Export{
		Title:    b.Title,
		Source:   b.Source,
		Sections: make([]ExportSection, 0, len(b.Sections)),
		Units:    []ExportSection{},
		Speakers: make([]ExportSpeaker, 0, len(b.Speakers)),
		Quotes:   make([]ExportQuote, 0, len(b.Quotes)),
	}
	// Count once rather than asking the model per section and speaker,
	// which would be quadratic in long transcripts.
	perSection := map[int]int{}
	for _, q := range b.Quotes {
		perSection[q.Section]++
	}
	perSpeaker, names := b.QuoteCounts(), b.SpeakerNames()
	// The document's own sections and brief's units are numbered apart.
	own, unit := make([]int, len(b.Sections)+1), make([]int, len(b.Sections)+1)
	for _, s := range b.Sections {
		own[s.Number] = own[s.Number-1]
		if s.Derived {
			e.Units = append(e.Units, ExportSection{Number: len(e.Units) + 1, Heading: s.Heading, Quotes: perSection[s.Number]})
			unit[s.Number] = len(e.Units)
			continue
		}
		e.Sections = append(e.Sections, ExportSection{Number: len(e.Sections) + 1, Heading: s.Heading, Quotes: perSection[s.Number]})
		own[s.Number] = len(e.Sections)
	}
	for _, s := range b.Speakers {
		aliases := append(make([]string, 0, len(s.Aliases)), s.Aliases...)
		e.Speakers = append(e.Speakers, ExportSpeaker{ID: s.ID, Name: s.Name, Role: s.Role, Aliases: aliases, Quotes: perSpeaker[s.ID]})
	}
	for _, q := range b.Quotes {
		eq := ExportQuote{Text: q.Text, Speaker: names[q.Speaker], SpeakerID: q.Speaker,
			Kind: q.Kind.String(), Rule: q.Rule, Confidence: q.Confidence}
		if q.Section > 0 && q.Section < len(own) {
			eq.Section, eq.Unit = own[q.Section], unit[q.Section]
		}
		if text, ok := CueText(b, q.Cue); ok {
			eq.Cue = &ExportCue{Section: q.Cue.Section, Block: q.Cue.Block, Start: q.Cue.Start, End: q.Cue.End, Label: q.Cue.Label, Text: text}
		}
		e.Quotes = append(e.Quotes, eq)
	}
	e.Links = exportLinks(b)
	return e
}

// CueText returns the text a cue span marks, and false when the span is
// not valid or points outside the briefing.
func CueText(b model.Briefing, c model.Span) (string, bool) {
	if !c.Valid() || c.Start < 0 || c.Section < 0 || c.Section > len(b.Sections) {
		return "", false
	}
	var text string
	switch {
	case c.Block == -1 && c.Section == 0:
		text = b.Title
	case c.Block == -1:
		text = b.Sections[c.Section-1].Heading
	default:
		blocks := b.Blocks(c.Section)
		if c.Block < 0 || c.Block >= len(blocks) {
			return "", false
		}
		text = blocks[c.Block].Text
		if c.Label {
			text = blocks[c.Block].Label
		}
	}
	if c.End > len(text) {
		return "", false
	}
	return text[c.Start:c.End], true
}

// WriteJSON writes the briefing's export as indented JSON, as encoding/json
// would with two spaces of indent and no HTML escaping. Control characters
// come out as \u escapes, never raw.
func WriteJSON(w io.Writer, b model.Briefing) error {
	return writeExports(w, []Export{NewExport(b)}, false)
}

// WriteMarkdown writes the briefing as clean CommonMark meant for reuse:
// the title as "# Title", the subtitle in italics, the intro, one
// "## N. Heading" per talking point with its paragraphs, asides, list items,
// block quotes, code, tables, rules and footnotes. Quote marks stay in the
// text where the document had them. Document text is escaped only where it
// would otherwise be read as Markdown syntax, so it reads as it was written.
// It adds no words of brief's to the author's (WriteSpeakersMarkdown does,
// when asked).
func WriteMarkdown(w io.Writer, b model.Briefing) error {
	bw := bufio.NewWriter(w)
	if b.Title != "" {
		fmt.Fprintf(bw, "# %s\n\n", escapeInline(oneLine(b.Title)))
	}
	if b.Subtitle != "" {
		fmt.Fprintf(bw, "*%s*\n\n", escapeInline(oneLine(b.Subtitle)))
	}
	writeMarkdownBlocks(bw, b.Intro)
	for _, s := range b.Sections {
		if !s.Derived { // brief's name for a unit is not the author's heading
			fmt.Fprintf(bw, "%s %d. %s\n\n", s.HeadingMarks(), s.Number, headingMarkdown(s))
		}
		writeMarkdownBlocks(bw, s.Blocks)
	}
	return bw.Flush()
}

// SpeakersHeading heads the list WriteSpeakersMarkdown writes: it says
// the list is brief's, not the document's.
const SpeakersHeading = "## Speakers (listed by brief)"

// WriteSpeakersMarkdown writes brief's list of the briefing's speakers,
// most quoted first, with their roles and quote counts, to follow
// WriteMarkdown's document: after a rule and under SpeakersHeading, so
// that it cannot be taken for the author's. It writes nothing for a
// briefing that quotes nobody.
func WriteSpeakersMarkdown(w io.Writer, b model.Briefing) error {
	speakers := b.SpeakersByQuotes()
	if len(speakers) == 0 {
		return nil
	}
	bw := bufio.NewWriter(w)
	counts := b.QuoteCounts()
	bw.WriteString("---\n\n" + SpeakersHeading + "\n\n")
	for _, s := range speakers {
		line := "**" + escapeInline(oneLine(s.Name)) + "**"
		if s.Role != "" {
			line += ", " + escapeInline(oneLine(s.Role))
		}
		fmt.Fprintf(bw, "- %s: %s\n", line, plural(counts[s.ID], "quote"))
	}
	bw.WriteString("\n")
	return bw.Flush()
}

func writeMarkdownBlocks(w *bufio.Writer, blocks []model.Block) {
	m := mdWriter{w: w}
	for _, bl := range blocks {
		m.write(bl)
	}
	if m.started {
		w.WriteString("\n")
	}
}

// plural returns "1 quote", "2 quotes".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// oneLine folds a multi-line string onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// prefixLines puts first before the first line of s and rest before each
// later one; blank lines get rest without its trailing spaces.
func prefixLines(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		if l == "" {
			p = strings.TrimRight(p, " ")
		}
		lines[i] = p + l
	}
	return strings.Join(lines, "\n")
}

// escapeBlock escapes a possibly multi-line block of text: inline syntax
// everywhere, and block syntax at the start of each line, where "# ", "> ",
// "- " or "1. " in prose would otherwise become a heading, quote or list.
// Runs of blank lines (paragraphs of one transcript turn) become one.
func escapeBlock(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, escapeLineStart(escapeInline(l)))
	}
	return strings.Join(out, "\n")
}

// escapeInline backslash-escapes the characters that start inline Markdown
// syntax (emphasis, code, links, HTML and entities), and only where they
// would: the author's "[unclear]", "A -> B" and "Q&A" stay as written. An
// underscore inside a word cannot start emphasis in CommonMark, so
// snake_case stays as it is; a bracket is syntax only as "](", "][", "]:"
// or a footnote's "[^"; "<" only before a tag or an autolink; "&" only in
// an entity (which Glamour would decode); ">" only at a line's start
// (escapeLineStart).
func escapeInline(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<&|") {
		return s
	}
	// a "]" that could close a link is escaped, and so is any "[" before
	// it, which it would otherwise leave unbalanced inside a link's text
	closing := -1
	for i := len(s) - 1; i >= 0 && closing < 0; i-- {
		if s[i] == ']' && bracketCloses(s, i) {
			closing = i
		}
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '|':
			sb.WriteByte('\\')
		case '[':
			if i+1 >= len(s) || s[i+1] == '^' || i < closing {
				sb.WriteByte('\\')
			}
		case ']':
			if bracketCloses(s, i) {
				sb.WriteByte('\\')
			}
		case '<':
			if i+1 >= len(s) || isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0 {
				sb.WriteByte('\\')
			}
		case '&':
			if entityAt(s[i:]) {
				sb.WriteByte('\\')
			}
		case '_':
			if i == 0 || i == len(s)-1 || !isWordByte(s[i-1]) || !isWordByte(s[i+1]) {
				sb.WriteByte('\\')
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// bracketCloses reports whether the "]" at s[i] could end a link's text
// or label: before "(", "[" or ":", or at the end of s, where a span the
// writer adds may follow.
func bracketCloses(s string, i int) bool {
	return i+1 >= len(s) || s[i+1] == '(' || s[i+1] == '[' || s[i+1] == ':'
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// entityAt reports whether s opens with an HTML entity or character
// reference ("&amp;", "&#27;", "&#x1b;"), which Markdown would decode.
func entityAt(s string) bool {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i-start < 32 && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return i > start && i < len(s) && s[i] == ';'
}

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte (non-ASCII, so probably a letter) character.
func isWordByte(c byte) bool {
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// escapeLineStart escapes a line that would open a block construct: an ATX
// heading, a block quote (already escaped inline), a bullet, an ordered
// list item, a thematic break or a setext underline.
func escapeLineStart(l string) string {
	if l == "" {
		return l
	}
	switch l[0] {
	case '#', '+', '-', '=', '~', '>':
		return "\\" + l
	}
	// "1. " or "1) " starts an ordered list.
	n := 0
	for n < len(l) && n < 10 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n > 0 && n < len(l) && (l[n] == '.' || l[n] == ')') {
		return l[:n] + "\\" + l[n:]
	}
	return l
}
