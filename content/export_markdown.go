package content

import (
	"bufio"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// ExportLink is one link in an export.
type ExportLink struct {
	// Text is the linked text as the document shows it.
	Text string `json:"text"`
	// URL is where the link goes, as the document gives it.
	URL string `json:"url"`
	// Section is the talking point's number, 0 before the first.
	Section int `json:"section"`
}

// headingMarkdown is a talking point's heading as the author wrote it:
// its link or emphasis kept, on one line.
func headingMarkdown(s model.Section) string {
	if h := oneLine(s.Heading); h != s.Heading || len(s.HeadingInlines) == 0 {
		return escapeInline(h)
	}
	return inlineMarkdown(s.Heading, s.HeadingInlines)
}

// exportLinks lists the briefing's links in document order, a talking
// point's heading's before its blocks'.
func exportLinks(b model.Briefing) []ExportLink {
	out := []ExportLink{}
	for n := 0; n <= len(b.Sections); n++ {
		if n > 0 {
			s := b.Sections[n-1]
			for _, x := range s.HeadingInlines {
				if x.Kind == model.Link && validInlines(s.Heading, []model.Inline{x}) {
					out = append(out, ExportLink{Text: s.Heading[x.Start:x.End], URL: x.URL, Section: n})
				}
			}
		}
		for _, bl := range b.Blocks(n) {
			for _, x := range bl.Inlines {
				if x.Kind == model.Link && validInlines(bl.Text, []model.Inline{x}) {
					out = append(out, ExportLink{Text: bl.Text[x.Start:x.End], URL: x.URL, Section: n})
				}
			}
		}
	}
	return out
}

// mdWriter writes blocks as CommonMark with GitHub's tables and
// strikethrough: the author's emphasis, code, links, lists with their
// numbers, nesting, tables and footnotes, so that the export reads back as
// the document was written.
type mdWriter struct {
	w *bufio.Writer
	// markers are the widths of the list markers last written at each
	// depth of nesting, which the blocks inside those items are indented
	// by.
	markers []int
	started bool
	prevIn  bool // the block before was in a list
	// prevDepth is the nesting depth of the last list item written, -1
	// after a block outside any list.
	prevDepth int
	// alt marks, per depth, a list written with the other bullet, and
	// ordered one of numbers.
	alt, ordered []bool
	// prevNest is the containers of the block before.
	prevNest []model.Container
}

// write writes one block, separated from the one before.
func (m *mdWriter) write(bl model.Block) {
	if strings.TrimSpace(bl.Text) == "" && bl.Kind != model.Rule {
		return
	}
	inList := bl.Kind == model.ListItem || containsList(bl.Nest)
	fresh := m.started && inList && m.prevIn && m.newList(bl)
	if m.started && !(inList && m.prevIn && bl.Kind == model.ListItem && !fresh) {
		// a blank line, except between the items of a list (tight)
		sep := bl.Nest
		if bl.Kind == model.QuoteBlock && bl.Label == "" && len(m.prevNest) > len(bl.Nest) &&
			slices.Equal(m.prevNest[:len(bl.Nest)+1], append(slices.Clip(bl.Nest), model.InQuote)) {
			// the quote's text after what it holds (a nested quote, a
			// list, code) goes on in the same quote
			sep = m.prevNest[:len(bl.Nest)+1]
		}
		m.w.WriteString(strings.TrimRight(m.prefix(sep), " ") + "\n")
	}
	m.started, m.prevIn, m.prevNest = true, inList, bl.Nest
	if bl.Kind == model.ListItem {
		m.prevDepth = len(bl.Nest)
	} else if !inList {
		m.prevDepth = -1
	}
	pre := m.prefix(bl.Nest)
	switch {
	case bl.Kind == model.QuoteBlock && bl.Label != "":
		m.turn(pre, bl)
	case bl.Kind == model.QuoteBlock:
		m.lines(pre+"> ", pre+"> ", inlineMarkdown(bl.Text, bl.Inlines))
	case bl.Kind == model.ListItem:
		m.item(pre, bl, fresh)
	case bl.Kind == model.Heading:
		m.lines(pre+strings.Repeat("#", min(max(bl.Level, 3), 6))+" ", pre, inlineMarkdown(oneLine(bl.Text), bl.Inlines))
	case bl.Kind == model.CodeBlock:
		fence := codeFence(bl.Text)
		m.w.WriteString(pre + fence + bl.Lang + "\n")
		for _, l := range strings.Split(bl.Text, "\n") {
			m.w.WriteString(strings.TrimRight(pre+l, " ") + "\n")
		}
		m.w.WriteString(pre + fence + "\n")
	case bl.Kind == model.TableBlock && bl.Table != nil:
		m.table(pre, bl)
	case bl.Kind == model.Rule:
		m.w.WriteString(pre + "---\n")
	case bl.Kind == model.Footnote:
		m.lines(pre+"[^"+bl.Note+"]: ", pre+"    ", inlineMarkdown(bl.Text, bl.Inlines))
	default:
		m.lines(pre, pre, inlineMarkdown(bl.Text, bl.Inlines))
	}
}

// turn writes a transcript turn, its label as the author wrote it:
// "MS. PARK:" in plain text, "**MS. PARK:**" where Markdown set it in
// bold, over its words where it stood on a line of its own.
func (m *mdWriter) turn(pre string, bl model.Block) {
	head := oneLine(bl.Label) + bl.LabelMark
	in := bl.LabelInlines
	if head != bl.Label+bl.LabelMark {
		in = nil
	}
	if bl.Level > 0 {
		// a heading that names the speaker ("### Ana Lind"), kept a
		// heading over the turn's words
		m.lines(pre+strings.Repeat("#", min(max(bl.Level, 3), 6))+" ", pre, inlineMarkdown(oneLine(bl.Label), nil)+"\n\n"+inlineMarkdown(bl.Text, bl.Inlines))
		return
	}
	if strings.Contains(bl.Label, "\n") {
		// a name over its company and role, its words a paragraph below
		var ls []string
		for _, l := range strings.Split(bl.Label, "\n") {
			ls = append(ls, escapeLineStart(escapeInline(oneLine(l))))
		}
		m.lines(pre, pre, strings.Join(ls, "\n")+"\n\n"+inlineMarkdown(bl.Text, bl.Inlines))
		return
	}
	sep := " "
	if bl.LabelAlone {
		sep = "\n\n" // the label over its words, as the author set it
	}
	m.lines(pre, pre, escapeLineStart(inlineMarkdown(head, in))+sep+inlineMarkdown(bl.Text, bl.Inlines))
}

// item writes a list item with its marker; fresh marks a list's first
// item right after another list at its depth.
func (m *mdWriter) item(pre string, bl model.Block, fresh bool) {
	depth := len(bl.Nest)
	for len(m.markers) <= depth {
		m.markers = append(m.markers, 2)
		m.alt, m.ordered = append(m.alt, false), append(m.ordered, false)
	}
	if bl.ListStart {
		// a list right after another of its kind at its depth takes the
		// other bullet ("*", ")"), or Markdown would read the two as one
		m.alt[depth] = fresh && m.ordered[depth] == bl.Ordered && !m.alt[depth]
	}
	m.ordered[depth] = bl.Ordered
	marker := "- "
	switch {
	case bl.Ordered && m.alt[depth]:
		marker = strconv.Itoa(bl.Number) + ") "
	case bl.Ordered:
		marker = strconv.Itoa(bl.Number) + ". "
	case m.alt[depth]:
		marker = "* "
	}
	m.markers[depth] = len(marker)
	m.lines(pre+marker, pre+strings.Repeat(" ", len(marker)), taskMarkdown(inlineMarkdown(bl.Text, bl.Inlines)))
}

// taskMarkdown writes a task list item's box ("[ ] ", "[x] ") as the
// author wrote it, not escaped into text: the item's Markdown starts with
// the box brief read.
func taskMarkdown(md string) string {
	for _, box := range []string{`\[ \] `, `\[x\] `, `\[X\] `} {
		if rest, ok := strings.CutPrefix(md, box); ok {
			return strings.ReplaceAll(box, `\`, "") + rest
		}
	}
	return md
}

// newList reports a list's first item after the items of another list
// at its depth or deeper: two lists, which a blank line keeps apart (a
// nested list's first item goes on under its parent's, tight).
func (m *mdWriter) newList(bl model.Block) bool {
	return bl.ListStart && len(bl.Nest) <= m.prevDepth
}

// prefix is what starts each line of a block nested in containers: the
// indent of each enclosing list item, "> " for each enclosing quote.
func (m *mdWriter) prefix(nest []model.Container) string {
	var sb strings.Builder
	for i, c := range nest {
		if c == model.InQuote {
			sb.WriteString("> ")
			continue
		}
		w := 2
		if i < len(m.markers) {
			w = m.markers[i]
		}
		sb.WriteString(strings.Repeat(" ", w))
	}
	return sb.String()
}

// lines writes Markdown text, first before its first line and rest before
// the others; a blank line (between paragraphs) keeps rest without its
// trailing spaces.
func (m *mdWriter) lines(first, rest, text string) {
	for i, l := range strings.Split(text, "\n") {
		p := rest
		if i == 0 {
			p = first
		}
		if l == "" {
			p = strings.TrimRight(p, " ")
		}
		m.w.WriteString(p + l + "\n")
	}
}

// table writes a table as a GitHub table: a header row (the first row when
// the table has none), the alignment row, the body.
func (m *mdWriter) table(pre string, bl model.Block) {
	t := bl.Table
	cols := len(t.Align)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 || len(t.Rows) == 0 {
		return
	}
	row := func(cells []model.Cell) {
		var sb strings.Builder
		sb.WriteString(pre + "|")
		for c := range cols {
			text := ""
			if c < len(cells) && cells[c].Start >= 0 && cells[c].End <= len(bl.Text) && cells[c].Start <= cells[c].End {
				text = cellMarkdown(bl, cells[c])
			}
			sb.WriteString(" " + text + " |")
		}
		m.w.WriteString(sb.String() + "\n")
	}
	header := max(t.Header, 1)
	for _, r := range t.Rows[:min(header, len(t.Rows))] {
		row(r)
	}
	var sb strings.Builder
	sb.WriteString(pre + "|")
	for c := range cols {
		a := model.AlignDefault
		if c < len(t.Align) {
			a = t.Align[c]
		}
		sb.WriteString(map[model.Align]string{model.AlignDefault: " --- |", model.AlignLeft: " :--- |",
			model.AlignCenter: " :---: |", model.AlignRight: " ---: |"}[a])
	}
	m.w.WriteString(sb.String() + "\n")
	for _, r := range t.Rows[min(header, len(t.Rows)):] {
		row(r)
	}
}

// cellMarkdown is one cell's Markdown: its text with its spans, pipes in
// it escaped (the table's own pipes never are).
func cellMarkdown(bl model.Block, c model.Cell) string {
	var in []model.Inline
	for _, x := range bl.Inlines {
		if x.Start >= c.Start && x.End <= c.End {
			x.Start, x.End = x.Start-c.Start, x.End-c.Start
			in = append(in, x)
		}
	}
	md := inlineMarkdown(oneLine(bl.Text[c.Start:c.End]), in)
	if oneLine(bl.Text[c.Start:c.End]) != bl.Text[c.Start:c.End] {
		md = inlineMarkdown(oneLine(bl.Text[c.Start:c.End]), nil)
	}
	return strings.ReplaceAll(strings.ReplaceAll(md, `\|`, "|"), "|", `\|`)
}

// containsList reports whether a block is inside a list item.
func containsList(nest []model.Container) bool {
	for _, c := range nest {
		if c == model.InListItem {
			return true
		}
	}
	return false
}

// inlineMarkdown writes text with its inline spans as Markdown: the text
// escaped where it would read as syntax, the spans as emphasis, code,
// strikethrough, links and footnote references. A hard line break is a
// backslash before the newline; a blank line stays a paragraph break.
// Where "*" could not open or close emphasis around the text it marks
// (CommonMark's flanking rules), the HTML tag is written instead.
func inlineMarkdown(text string, inl []model.Inline) string {
	marks := inlineMarks(model.Block{Text: text, Inlines: inl}.NestedInlines())
	var sb strings.Builder
	pos, lineStart := 0, true
	plain := func(to int) {
		for pos < to {
			nl := strings.IndexByte(text[pos:to], '\n')
			end := to
			if nl >= 0 {
				end = pos + nl
			}
			s := escapeInline(text[pos:end])
			if lineStart {
				s = escapeLineStart(s)
			}
			sb.WriteString(s)
			if s != "" {
				lineStart = false
			}
			pos = end
			if nl >= 0 {
				// a lone newline is a hard break; more are a paragraph break
				n := len(text[pos:to]) - len(strings.TrimLeft(text[pos:to], "\n"))
				if n > 1 {
					sb.WriteString("\n\n")
				} else {
					sb.WriteString("\\\n")
				}
				pos += n
				lineStart = true
			}
		}
	}
	for _, mk := range marks {
		if mk.in.Kind == model.InlineCode {
			if !mk.close {
				plain(mk.at)
				sb.WriteString(codeSpan(text[mk.in.Start:mk.in.End]))
				pos, lineStart = mk.in.End, false
			}
			continue
		}
		if mk.at < pos {
			continue // inside code
		}
		plain(mk.at)
		sb.WriteString(delimiter(text, mk.in, mk.close))
		lineStart = false
	}
	plain(len(text))
	return sb.String()
}

// inlineMark is where a span opens or closes.
type inlineMark struct {
	at    int
	close bool
	seq   int
	in    model.Inline
}

// inlineMarks lists where the spans open and close, in writing order: at
// one offset, closing marks (innermost first), then opening ones; a
// footnote reference is one closing mark.
func inlineMarks(inl []model.Inline) []inlineMark {
	var marks []inlineMark
	for i, x := range inl {
		if x.Kind == model.NoteRef {
			marks = append(marks, inlineMark{at: x.Start, close: true, seq: len(inl) + i, in: x})
			continue
		}
		marks = append(marks, inlineMark{at: x.Start, seq: i, in: x}, inlineMark{at: x.End, close: true, seq: -i, in: x})
	}
	before := func(a, b inlineMark) bool {
		if a.at != b.at {
			return a.at < b.at
		}
		if a.close != b.close {
			return a.close
		}
		return a.seq < b.seq
	}
	// an insertion sort: stable, and the marks are nearly in order already
	for i := 1; i < len(marks); i++ {
		for j := i; j > 0 && before(marks[j], marks[j-1]); j-- {
			marks[j], marks[j-1] = marks[j-1], marks[j]
		}
	}
	return marks
}

// delimiter is the Markdown that opens or closes a span.
func delimiter(text string, x model.Inline, closing bool) string {
	switch x.Kind {
	case model.NoteRef:
		return "[^" + x.Note + "]"
	case model.Link:
		if !closing && x.Image {
			return "!["
		}
		if !closing {
			return "["
		}
		u := x.URL
		if strings.ContainsAny(u, " ()<>") {
			u = "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
		}
		return "](" + u + ")"
	}
	marks := map[model.InlineKind][3]string{
		model.Emphasis:      {"*", "<em>", "</em>"},
		model.Strong:        {"**", "<strong>", "</strong>"},
		model.Strikethrough: {"~~", "<del>", "</del>"},
	}[x.Kind]
	if flanks(text, x) {
		return marks[0]
	}
	if closing {
		return marks[2]
	}
	return marks[1]
}

// flanks reports whether "*" before and after the span would open and
// close emphasis: not next to white space inside, and where the text
// inside starts or ends with punctuation, with space or punctuation
// outside.
func flanks(text string, x model.Inline) bool {
	if x.End <= x.Start {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[x.Start:])
	last, _ := utf8.DecodeLastRuneInString(text[:x.End])
	before, after := ' ', ' '
	if x.Start > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:x.Start])
	}
	if x.End < len(text) {
		after, _ = utf8.DecodeRuneInString(text[x.End:])
	}
	open := !unicode.IsSpace(first) && (!isMdPunct(first) || unicode.IsSpace(before) || isMdPunct(before))
	closeOK := !unicode.IsSpace(last) && (!isMdPunct(last) || unicode.IsSpace(after) || isMdPunct(after))
	return open && closeOK
}

func isMdPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// codeSpan writes code with a backtick fence longer than any run in it.
func codeSpan(code string) string {
	fence := strings.Repeat("`", longestBackticks(code)+1)
	if strings.HasPrefix(code, "`") || strings.HasSuffix(code, "`") || strings.HasPrefix(code, " ") && strings.HasSuffix(code, " ") {
		code = " " + code + " "
	}
	return fence + code + fence
}

// codeFence is a fence for a code block longer than any backtick run in
// it.
func codeFence(code string) string {
	return strings.Repeat("`", max(3, longestBackticks(code)+1))
}

// longestBackticks is the longest run of backticks in s.
func longestBackticks(s string) int {
	run, longest := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}
