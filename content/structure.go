package content

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// rawDoc is a document's structure before quotes are found: what the
// format readers (plain text, Markdown) produce and the quote finder reads.
type rawDoc struct {
	title, subtitle string
	intro           []rawBlock
	sections        []rawSection
}

type rawSection struct {
	heading string
	blocks  []rawBlock
	// derived: brief made the section, the document has no heading here
	// (a transcript's exchange).
	derived bool
	// signed: the section is one person's statement under their name and
	// a role line (digest.go).
	signed bool
}

// rawBlock is a block of text with what the structure pass learnt about it.
type rawBlock struct {
	kind model.BlockKind
	text string
	// label is a transcript turn's speaker label ("MS. OKAFOR").
	label string
	// shape is what Markdown or the page said about the block besides
	// its text; zero for plain text.
	shape shape
}

// para is one paragraph of a plain-text document on its way to a block.
type para struct {
	text string
	// lines is how many source lines the paragraph had.
	lines int
	// list marks a bulleted line ("- item").
	list bool
	// kind and shape are what Markdown or a page said the paragraph is
	// (kind Paragraph and no shape for plain text). A code block, table,
	// block quote or footnote is kept as it is: the structure pass never
	// takes it for a heading (it has lines 2).
	kind  model.BlockKind
	shape shape
}

// block returns the paragraph as a block of the given kind, with its
// shape. A plain-text paragraph has none.
func (p para) block(kind model.BlockKind) rawBlock {
	return rawBlock{kind: kind, text: p.text, shape: p.shape}
}

// kept reports a paragraph the structure pass keeps as it is.
func (p para) kept() bool {
	switch p.kind {
	case model.QuoteBlock, model.CodeBlock, model.TableBlock, model.Footnote, model.Heading:
		return true
	}
	return false
}

var (
	// numberedHeading matches "1. Heading", "1) Heading", "#1 Heading",
	// "#1: Heading".
	numberedHeading = regexp.MustCompile(`^(?:#\s?(\d{1,5})[.:)]?|(\d{1,5})[A-Za-z]?[.)])\s+(\S.*)$`)
	bulletLine      = regexp.MustCompile(`^\s*(?:[-*•‣◦–]\s+)(\S.*)$`)
	leadInStart     = regexp.MustCompile(`^(?i)(here are|here's|here’s|here is|these are|below are|below is|the main points|key points|what we learned|five things|the takeaways)\b`)
	bylineLine      = regexp.MustCompile(`^(?:By|BY|Written by|Reporting by)\s+\p{Lu}`)
)

// splitParagraphs splits plain text into paragraphs on blank lines. Lines
// inside a paragraph are joined with spaces (hard-wrapped prose), except
// that bullets stay separate, and a document that puts each paragraph on
// its own long line without blank lines is split per line.
func splitParagraphs(text string) []para {
	var out []para
	for _, chunk := range splitBlank(text) {
		lines := strings.Split(chunk, "\n")
		long := 0
		for _, l := range lines {
			if utf8.RuneCountInString(l) > 100 {
				long++
			}
		}
		perLine := len(lines) > 1 && long*2 > len(lines)
		numbered := 0
		for _, l := range lines {
			if numberedHeading.MatchString(strings.TrimSpace(l)) {
				numbered++
			}
		}
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				out = append(out, para{text: cleanSpace(strings.Join(cur, " ")), lines: len(cur)})
				cur = nil
			}
		}
		for i, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			switch {
			case bulletLine.MatchString(l):
				flush()
				out = append(out, para{text: cleanSpace(bulletLine.FindStringSubmatch(l)[1]), lines: 1, list: true})
			case numbered >= 2 && numberedHeading.MatchString(l):
				// "1. …" lines one under another: a numbered list
				flush()
				out = append(out, para{text: cleanSpace(l), lines: 1, list: true})
			case perLine:
				flush()
				out = append(out, para{text: cleanSpace(l), lines: 1})
			case i == 0 && len(lines) > 1 && isHeadingLine(l):
				// "1. Heading" directly above its first paragraph.
				out = append(out, para{text: cleanSpace(l), lines: 1})
			default:
				cur = append(cur, l)
			}
		}
		flush()
	}
	return out
}

// splitBlank splits text on lines that are empty or only whitespace.
func splitBlank(text string) []string {
	var chunks []string
	var cur []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				chunks = append(chunks, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		chunks = append(chunks, strings.Join(cur, "\n"))
	}
	return chunks
}

// isHeadingLine reports whether a line that starts a multi-line chunk is a
// numbered heading sitting directly on top of its paragraph.
func isHeadingLine(l string) bool {
	m := numberedHeading.FindStringSubmatch(l)
	return m != nil && wordCount(m[3]) <= 16 && !endsSentence(m[3])
}

// cleanSpace collapses runs of spaces (including no-break and other
// Unicode spaces) to one and repairs run-together sentences.
func cleanSpace(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if isFoldSpace(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return repairRunTogether(sb.String())
}

// repairRunTogether puts back the space missing between two sentences
// ("aircraft.The" → "aircraft. The"), leaving URLs and e-mail addresses
// alone.
//
// A sentence end is glued to the next sentence when a lower-case word of
// two or more letters, a full stop (or ! or ?) and maybe a closing quote
// are followed straight by a capital and a lower-case letter; "U.S.The"
// and decimals are left alone.
func repairRunTogether(s string) string {
	return insertSpaces(s, runTogetherCuts(s))
}

// runTogetherCuts returns the byte offsets, ascending, where
// repairRunTogether puts a space back.
func runTogetherCuts(s string) []int {
	var cuts []int
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// two lower-case letters before
		r1, n1 := utf8.DecodeLastRuneInString(s[:i])
		r2, _ := utf8.DecodeLastRuneInString(s[:i-n1])
		if !unicode.IsLower(r1) || !unicode.IsLower(r2) {
			continue
		}
		cut := i + 1
		if q, n := utf8.DecodeRuneInString(s[cut:]); strings.ContainsRune("”\"’'", q) {
			cut += n
		}
		u, nu := utf8.DecodeRuneInString(s[cut:])
		l, _ := utf8.DecodeRuneInString(s[cut+nu:])
		if !unicode.IsUpper(u) || !unicode.IsLower(l) || inURL(s, cut) {
			continue
		}
		cuts = append(cuts, cut)
	}
	return cuts
}

// inURL reports whether byte offset i is inside a whitespace-delimited
// token that looks like a URL or an e-mail address.
//
// Only a window of urlWindow bytes either side is searched, so a huge line
// with no spaces costs linear time overall rather than quadratic; a URL's
// scheme or "@" further away than that is not worth finding.
func inURL(s string, i int) bool {
	lo, hi := max(0, i-urlWindow), min(len(s), i+urlWindow)
	start := lo + strings.LastIndexAny(s[lo:i], " \t\n") + 1
	end := strings.IndexAny(s[i:hi], " \t\n")
	if end < 0 {
		end = hi - i
	}
	tok := s[start : i+end]
	return strings.Contains(tok, "://") || strings.Contains(tok, "www.") || strings.Contains(tok, "@")
}

// urlWindow bounds how far inURL looks for the edges of a token.
const urlWindow = 512

// wordCount counts space-separated words, stopping early past 64: callers
// only ask whether a line is short.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
			if n > 64 {
				return n
			}
		}
		in = !sp
	}
	return n
}

// trimClosers strips closing quote marks and brackets from the end.
func trimClosers(s string) string {
	return strings.TrimRight(s, "\"”’'»)] ")
}

// endsSentence reports whether text ends like a sentence: with a full stop,
// exclamation mark, comma, semicolon or colon, possibly inside quotes.
func endsSentence(s string) bool {
	s = trimClosers(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!,;:…", r)
}

// headingShaped reports whether a one-line paragraph could be an unnumbered
// heading: short, no sentence-final punctuation except a question mark, and
// starting with a capital, digit or quote mark.
func headingShaped(p para) bool {
	if p.lines != 1 || p.list {
		return false
	}
	t := p.text
	n := wordCount(t)
	question := strings.HasSuffix(trimClosers(t), "?")
	if n == 0 || n > 20 || (!question && n > 16) {
		return false
	}
	if endsSentence(t) {
		return false
	}
	lead := strings.TrimLeft(t, "\"“‘'«")
	quoted := len(lead) < len(t)
	if quoted {
		lead = strings.TrimLeft(lead, "….[] ") // “… prevent the evacuation” quotes a fragment
	}
	r, _ := utf8.DecodeRuneInString(lead)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(quoted && len(lead) < len(strings.TrimLeft(t, "\"“‘'«"))) {
		return false
	}
	// A pull quote with its credit ("“We will win.” — Ana Ruiz") is not a
	// heading.
	return !creditLine.MatchString(t)
}

// runsOn reports a paragraph that opens a quotation it leaves open, with
// the next paragraph taking it up: a quotation over paragraphs, never a
// heading.
func runsOn(p, next string) bool {
	if !strings.ContainsRune("\"“‘'«", firstRune(p)) || !startsWithOpenQuote(next) {
		return false
	}
	for _, sp := range findQuotes(p) {
		if sp.unclosed {
			return true
		}
	}
	return false
}

// creditLine matches a quotation followed by a dash and a name.
var creditLine = regexp.MustCompile(`^["“‘'«].*["”’'»]\s*(?:—|–|--|-)\s*\p{Lu}`)
