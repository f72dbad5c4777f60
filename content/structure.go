package content

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
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
	// headingInlines are the author's spans over heading (a link, emphasis)
	// where Markdown gave the heading any.
	headingInlines []model.Inline
	blocks         []rawBlock
	// derived: brief made the section, the document has no heading here
	// (a transcript's exchange).
	derived bool
	// signed: the section is one person's statement under their name and
	// a role line (digest.go).
	signed bool
	// level is the heading's level where the document gives one ("###"
	// is 3), 0 where it does not (a plain-text heading line).
	level int
}

// rawBlock is a block of text with what the structure pass learnt about it.
type rawBlock struct {
	kind model.BlockKind
	text string
	// label is a transcript turn's speaker label ("MS. OKAFOR").
	label string
	// labelMark is what the author wrote between the label and the words
	// (":", "."), "" when nothing but space or a line break.
	labelMark string
	// answer marks an interview's answer that has no label of its own:
	// the paragraphs after a question turn ("Q: …"), shown as written,
	// spoken by the person the interview is with.
	answer bool
	// asked marks an interview's question set apart in bold, without a
	// label: the interviewer's, unnamed.
	asked bool
	// by is the label of the speaker of an unlabelled question or answer
	// whose first exchange was labelled ("HARBOUR NEWS", "Ana Lind").
	by string
	// inline is the label a turn opens with in its own text, without a
	// colon ("ANA Thank you …"): shown as written, the turn's words after it.
	inline string
	// shape is what Markdown or the page said about the block besides
	// its text; nil for plain text. (A pointer: a long briefing has
	// hundreds of thousands of blocks, most of them with no shape, and
	// a whole shape in each was a sixth of the parse's memory.)
	shape *shape
}

// turn reports a transcript turn: a labelled one, or an interview's
// answer without a label.
func (b *rawBlock) turn() bool { return b.label != "" || b.answer || b.asked || b.inline != "" }

// speakerLabel returns a turn's label, shown apart or inline.
func (b *rawBlock) speakerLabel() string {
	if b.inline != "" {
		return b.inline
	}
	return b.label
}

// para is one paragraph of a plain-text document on its way to a block.
type para struct {
	text string
	// lines is how many source lines the paragraph had.
	lines int
	// list marks a bulleted line ("- item").
	list bool
	// firstLine is the length of the first line in text when the
	// paragraph had two or more ("Ana B. Lind" over "Tarrow Shipping -
	// Chief Executive", "Ana Lind" over her turn's words), else 0.
	firstLine int32
	// secondLine is where the second line ends in text when the
	// paragraph had three lines or more and a short first one ("Ana B.
	// Lind" over "Tarrow Shipping - Chief Executive" over her words),
	// else 0.
	secondLine int32
	// kind and shape are what Markdown or a page said the paragraph is
	// (kind Paragraph and no shape for plain text). A code block, table,
	// block quote or footnote is kept as it is: the structure pass never
	// takes it for a heading (it has lines 2). shape is nil when it says
	// nothing (read it with val): most paragraphs have none, and paragraph
	// arrays are copied whole a few times per document, which a whole
	// shape in each made three times larger.
	kind  model.BlockKind
	shape *shape
	// bullet is the mark of a bulleted line of plain text ("-", "•"):
	// a list item run into a transcript's turn keeps it in its text.
	bullet string
	// handle is the speaker's handle that opens a scribe's turn ("sk" of
	// "sk: any news?"), "" for other paragraphs (splitScribeTurns).
	handle string
	// stray: text of a scribe's paragraph before its first turn ("->
	// https://…"), which no turn runs on into.
	stray bool
}

// block returns the paragraph as a block of the given kind, with its
// shape. A plain-text paragraph has none.
func (p para) block(kind model.BlockKind) rawBlock {
	return rawBlock{kind: kind, text: p.text, shape: p.shape.val().ref()}
}

// kept reports a paragraph the structure pass keeps as it is.
func (p para) kept() bool {
	switch p.kind {
	case model.QuoteBlock, model.CodeBlock, model.TableBlock, model.Footnote, model.Heading, model.Rule:
		return true
	}
	return false
}

var (
	// numberedHeading matches "1. Heading", "1) Heading", "#1 Heading",
	// "#1: Heading".
	numberedHeading = lazyRE(`^(?:#\s?(\d{1,5})[.:)]?|(\d{1,5})[A-Za-z]?[.)])\s+(\S.*)$`)
	bulletLine      = lazyRE(`^\s*(?:[-*•‣◦–]\s+)(\S.*)$`)
	leadInStart     = lazyRE(`^(?i)(here are|here's|here’s|here is|these are|below are|below is|the main points|key points|what we learned|five things|the takeaways)\b`)
	bylineLine      = lazyRE(`^(?:By|BY|Written by|Reporting by)\s+\p{Lu}`)
)

// splitParagraphs splits plain text into paragraphs on blank lines. Lines
// inside a paragraph are joined with spaces (hard-wrapped prose), except
// that bullets stay separate, and a document that puts each paragraph on
// its own long line without blank lines is split per line.
func splitParagraphs(text string) []para {
	chunks := splitBlank(text)
	workers := workers()
	if len(text) < parallelBytes || workers < 2 || len(chunks) < 2*workers {
		return appendParagraphs(make([]para, 0, len(chunks)), chunks)
	}
	// Each chunk is read alone: a long document's are read on every core,
	// in runs joined in order.
	outs := make([][]para, workers)
	var wg sync.WaitGroup
	for k := range workers {
		part := chunks[k*len(chunks)/workers : (k+1)*len(chunks)/workers]
		wg.Go(func() { startWorker(); outs[k] = appendParagraphs(make([]para, 0, len(part)), part) })
	}
	wg.Wait()
	return slices.Concat(outs...)
}

// appendParagraphs appends the paragraphs of chunks (text between blank
// lines) to out.
func appendParagraphs(out []para, chunks []string) []para {
	var lines, cur []string // reused from chunk to chunk
	for _, chunk := range chunks {
		lines = appendLines(lines[:0], chunk)
		if h, ok := underlined(lines); ok {
			// "Heading" over (or between) a line of "---" or "===": the
			// line alone, for the structure pass to take as a heading
			out = append(out, para{text: cleanSpace(h), lines: 1})
			continue
		}
		perLine, head := lineParagraphs(lines)
		numbered := 0
		for _, l := range lines {
			if isNumberedHeading(strings.TrimSpace(l)) {
				numbered++
			}
		}
		cur = cur[:0]
		flush := func() {
			if len(cur) > 0 {
				p := para{text: cleanJoin(cur), lines: len(cur)}
				var cuts []int32
				if len(cur) >= 2 {
					cuts = plainLineCuts(p.text, cur)
				}
				if cuts = foldedCuts(p.text, nil, cuts); cuts != nil {
					p.shape = &shape{lineCuts: cuts}
				}
				if first := cleanSpace(cur[0]); len(cur) >= 2 && len(first) < len(p.text) && p.text[:len(first)] == first {
					p.firstLine = int32(len(first))
					if len(cur) >= 3 && len(first) <= maxLabel {
						second := cleanSpace(cur[1])
						if end := len(first) + 1 + len(second); end < len(p.text) && p.text[len(first)+1:end] == second {
							p.secondLine = int32(end)
						}
					}
				}
				out = append(out, p)
				cur = cur[:0]
			}
		}
		for i, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			switch {
			case (len(lines) == 1 || perLine) && isRuleLine(l):
				// a line of its own drawn across the page: "---", "* * *"
				flush()
				out = append(out, para{lines: 2, kind: model.Rule})
			case len(lines) > 1 && fieldLine(l):
				// "Host: Ana Lind" over "Guest: Piet Varga": a header's
				// fields, one a line, never run into one another
				flush()
				out = append(out, para{text: cleanSpace(l), lines: 1})
			case isBulletLine(l):
				flush()
				item := bulletLine.FindStringSubmatch(l)[1]
				out = append(out, para{text: cleanSpace(item), lines: 1, list: true, bullet: strings.TrimSpace(l[:len(l)-len(item)])})
			case numbered >= 2 && isNumberedHeading(l):
				// "1. …" lines one under another: a numbered list
				flush()
				out = append(out, para{text: cleanSpace(l), lines: 1, list: true})
			case perLine && i >= head:
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

// lineParagraphs reports a chunk whose lines are paragraphs of their own:
// most of them long and ending a sentence (long lines that mostly stop
// mid-sentence are one paragraph wrapped by hand, as a PDF's text is).
// head is how many lines at its start stay together: a name over its
// company and role, labelling the turn below.
func lineParagraphs(lines []string) (perLine bool, head int) {
	long, ended := 0, 0
	for _, l := range lines {
		if len(l) > 100 && utf8.RuneCountInString(l) > 100 {
			long++
			if t := trimClosers(strings.TrimSpace(l)); endsSentence(t) || strings.HasSuffix(t, "?") {
				ended++
			}
		}
	}
	perLine = len(lines) > 1 && long*2 > len(lines) && ended*2 >= long
	if perLine && len(lines) > 2 && labelPair(lines[0], lines[1]) {
		head = 2
	}
	return perLine, head
}

// fieldLine reports a line that is a header's field: a field's word and
// a colon ("Host:", "Date:", "Guest:") and a value after it.
func fieldLine(l string) bool {
	i := strings.IndexByte(l[:min(len(l), 16)], ':')
	return i > 0 && i+2 < len(l) && l[i+1] == ' ' && headerFields[strings.ToLower(l[:i])]
}

// labelPair reports two lines that are a name over its company and role
// ("Ana Lind" over "Tarrow Shipping - CFO"), as a call's transcript labels
// a turn.
func labelPair(name, aff string) bool {
	name, aff = cleanSpace(name), cleanSpace(aff)
	return len(name) <= 60 && nameOverAffiliation(para{text: name + " " + aff, lines: 2, firstLine: int32(len(name))}) != ""
}

// isRuleLine reports a thematic break as Markdown writes one, which plain
// text uses too: three or more of one of "-", "*" or "_", nothing else but
// spaces ("---", "***", "* * *"). Under a line of text, dashes underline a
// heading instead: the caller sees only lines standing alone.
func isRuleLine(l string) bool {
	if l == "" || l[0] != '-' && l[0] != '*' && l[0] != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case l[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// underlined returns the one line of text of a chunk whose other lines
// underline it (or overline it) with "-", "=" or another rule: a heading
// as plain text sets one off.
func underlined(lines []string) (string, bool) {
	if len(lines) < 2 || len(lines) > 3 {
		return "", false
	}
	text := ""
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case isRuleLine(l) || len(l) >= 3 && strings.Trim(l, "=") == "":
		case text == "" && l != "":
			text = l
		default:
			return "", false
		}
	}
	return text, text != ""
}

// appendLines appends the lines of s (split on "\n") to dst.
func appendLines(dst []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// isNumberedHeading reports whether numberedHeading matches s.
func isNumberedHeading(s string) bool {
	_, _, _, ok := matchNumbered(s)
	return ok
}

// numberedHeadingMatch is numberedHeading.FindStringSubmatch(s): the
// whole line, the number after "#", the number of "1." or "1)", and the
// heading.
func numberedHeadingMatch(s string) []string {
	hash, num, rest, ok := matchNumbered(s)
	if !ok {
		return nil
	}
	return []string{s, hash, num, rest}
}

// matchNumbered matches numberedHeading by hand — every line of a plain
// document and every heading is tried against it, and the expression cost
// more than the rest of the structure pass: "#" (a space), up to five
// digits, one of ".:)" or nothing; or up to five digits, a letter or
// nothing, and "." or ")"; then white space and the heading, which holds
// no newline. hash or num is the number, as the expression's groups.
func matchNumbered(s string) (hash, num, rest string, ok bool) {
	// \s in the expression
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	// the end of the run of digits at i
	digits := func(i int) int {
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i
	}
	i := 0
	switch {
	case s != "" && s[0] == '#':
		i = 1
		if i < len(s) && isSpace(s[i]) {
			i++
		}
		j := digits(i)
		if j == i || j-i > 5 {
			return "", "", "", false
		}
		hash, i = s[i:j], j
		if i < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == ')') {
			i++
		}
	case s != "" && '0' <= s[0] && s[0] <= '9':
		j := digits(0)
		if j > 5 {
			return "", "", "", false
		}
		num, i = s[:j], j
		if i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			i++
		}
		if i == len(s) || s[i] != '.' && s[i] != ')' {
			return "", "", "", false
		}
		i++
	default:
		return "", "", "", false
	}
	j := i
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	if j == i || j == len(s) || strings.IndexByte(s[j:], '\n') >= 0 {
		return "", "", "", false
	}
	return hash, num, s[j:], true
}

// isBulletLine reports whether bulletLine matches s, without running the
// expression on lines whose first mark after any spaces is no bullet.
func isBulletLine(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++ // \s in the expression
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '-', '*', '•', '‣', '◦', '–':
		return bulletLine.MatchString(s)
	}
	return false
}

// splitBlank splits text on lines that are empty or only whitespace. The
// chunks are stretches of text itself (lines joined by the "\n" that
// separated them), not copies.
func splitBlank(text string) []string {
	var chunks []string
	start, end := -1, 0 // the current chunk
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		if j >= 0 {
			lineEnd = i + j
		}
		if blankLine(text[i:lineEnd]) {
			if start >= 0 {
				chunks = append(chunks, text[start:end])
				start = -1
			}
		} else {
			if start < 0 {
				start = i
			}
			end = lineEnd
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	if start >= 0 {
		chunks = append(chunks, text[start:end])
	}
	return chunks
}

// blankLine reports whether s is empty or only white space
// (strings.TrimSpace(s) == "").
func blankLine(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s[i:]) == ""
		case c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r':
			return false
		}
	}
	return true
}

// isHeadingLine reports whether a line that starts a multi-line chunk is a
// numbered heading sitting directly on top of its paragraph.
func isHeadingLine(l string) bool {
	m := numberedHeadingMatch(l)
	return m != nil && wordCount(m[3]) <= 16 && !endsSentence(m[3])
}

// cleanSpace collapses runs of spaces (including no-break and other
// Unicode spaces) to one and repairs run-together sentences. Text that
// needs neither comes back as it is, not copied.
func cleanSpace(s string) string {
	if !spaced(s) {
		var f spaceFolder
		f.sb.Grow(len(s))
		f.write(s)
		s = f.sb.String()
	}
	return repairRunTogether(s)
}

// cleanJoin is cleanSpace(strings.Join(parts, " ")) with one copy rather
// than two.
func cleanJoin(parts []string) string {
	if len(parts) == 1 {
		return cleanSpace(parts[0])
	}
	n := len(parts) - 1
	for _, p := range parts {
		n += len(p)
	}
	var f spaceFolder
	f.sb.Grow(n)
	for i, p := range parts {
		if i > 0 {
			f.space = true
		}
		f.write(p)
	}
	return repairRunTogether(f.sb.String())
}

// spaced reports whether s is as cleanSpace would leave its spaces: valid
// UTF-8 with no space at either end and no space but single ' ' bytes
// between words.
func spaced(s string) bool {
	prev := true // as if after a space: s may not start with one
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII with no
		// two spaces in a row. The mask has the top bit of every space
		// byte set (and of a byte just above one, at times: never less
		// than the spaces), so a word it passes has none in a row.
		for i+8 <= len(s) {
			w := load64(s, i)
			x := w ^ 0x2020202020202020
			sp := (x - 0x0101010101010101) & ^x & 0x8080808080808080
			if !printableASCII(w) || sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
				break
			}
			prev = s[i+7] == ' '
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' {
				if prev || c == '\t' {
					return false
				}
				prev = true
			} else {
				prev = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isFoldSpace(r) {
			return false
		}
		prev = false
		i += size
	}
	return !prev || s == ""
}

// spaceFolder writes text with every run of spaces as one ' ', none at
// the start and none at the end.
type spaceFolder struct {
	sb strings.Builder
	// space is a run of spaces waiting for the next word.
	space bool
}

func (f *spaceFolder) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' {
			f.space = true
			i++
			continue
		}
		var j int
		if c < utf8.RuneSelf {
			j = i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && s[j] != ' ' && s[j] != '\t' {
				j++
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isFoldSpace(r) {
				f.space = true
				i += size
				continue
			}
			j = i + size
			if r == utf8.RuneError && size == 1 {
				f.flushSpace()
				f.sb.WriteRune(r) // as ranging over the string would
				i = j
				continue
			}
		}
		f.flushSpace()
		f.sb.WriteString(s[i:j])
		i = j
	}
}

func (f *spaceFolder) flushSpace() {
	if f.space && f.sb.Len() > 0 {
		f.sb.WriteByte(' ')
	}
	f.space = false
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
	i := 0
	// Eight bytes at a time: a word starts at each byte that is no space
	// after one that is (or after the start, unless in a word already).
	for ; i+8 <= len(s) && n <= 64; i += 8 {
		w := load64(s, i)
		sp := zeroBytes(w^0x2020202020202020) | zeroBytes(w^0x0909090909090909) | zeroBytes(w^0x0a0a0a0a0a0a0a0a)
		after := sp << 8
		if !in {
			after |= 0x80
		}
		n += bits.OnesCount64(^sp & after & 0x8080808080808080)
		in = sp>>63 == 0
	}
	if n > 64 {
		return 65 // as the loop below returns on the 65th
	}
	for ; i < len(s); i++ {
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

// zeroBytes returns w with the top bit of each of its zero bytes set and
// every other bit clear (exactly: no borrow runs from byte to byte).
func zeroBytes(w uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((w&low7 + low7) | w | low7)
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
	long := 0
	if n > 16 && stampedHeadline.MatchString(t) {
		long = 8 // "7:03 p.m.: …" a live blog's entry headline, after its time, runs longer
	}
	if n == 0 || n > 20+long || (!question && n > 16+long) {
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
var creditLine = lazyRE(`^["“‘'«].*["”’'»]\s*(?:—|–|--|-)\s*\p{Lu}`)
