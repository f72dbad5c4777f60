package content

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// shape is what Markdown and web pages say about a block besides its
// words: the author's inline spans over its text, its list number, what
// it is nested in, a code block's language, a table's grid, a footnote's
// label. Plain text has none.
type shape struct {
	inlines []model.Inline
	level   int
	ordered bool
	number  int
	nest    []model.Container
	lang    string
	table   *model.Table
	note    string
	// labelInlines are a turn's spans over its label and mark as the
	// author wrote them ("**MS. PARK:**"), for writing them back.
	labelInlines []model.Inline
	// labelAlone: the turn's label stands on a line of its own.
	labelAlone bool
	// listStart marks a list's first item.
	listStart bool
	// box numbers, from 1 in document order, the Markdown block quote a
	// block is part of (its paragraphs, and the lists and headings quoted
	// in it), 0 outside any: the pieces of one box are one quotation.
	box int32
	// lineCuts are where lines after a paragraph's first start that open
	// with a candidate label ("ana: …" on the third line), recorded while
	// reading and dropped by splitLines, which decides from all of them
	// whether the lines are turns.
	lineCuts []int32
}

// ref returns the shape for a rawBlock: nil when it says nothing.
func (sh shape) ref() *shape {
	if sh.inlines == nil && sh.level == 0 && !sh.ordered && sh.number == 0 && sh.nest == nil &&
		sh.lang == "" && sh.table == nil && sh.note == "" && sh.labelInlines == nil && !sh.listStart && !sh.labelAlone && sh.box == 0 && sh.lineCuts == nil {
		return nil
	}
	return &sh
}

// val returns a rawBlock's shape; the zero shape for nil.
func (sh *shape) val() shape {
	if sh == nil {
		return shape{}
	}
	return *sh
}

// modelBlock returns the block as the model keeps it, without quotes.
func (rb rawBlock) modelBlock() model.Block {
	sh := rb.shape.val()
	return model.Block{
		Kind: rb.kind, Text: rb.text, Label: rb.label, LabelMark: rb.labelMark,
		Inlines: sh.inlines, Level: sh.level, Ordered: sh.ordered, Number: sh.number,
		Nest: sh.nest, Lang: sh.lang, Table: sh.table, Note: sh.note, LabelInlines: sh.labelInlines,
		ListStart: sh.listStart, LabelAlone: sh.labelAlone,
	}
}

// richText builds a block's plain text and its inline spans together.
// White space is folded as cleanSpace folds it, except the newlines of
// hard line breaks; a span starts at the first character written after it
// opens, so that the spaces around emphasis never belong to it.
type richText struct {
	// foldNewlines reads newlines as spaces, as HTML does; else a
	// newline is a hard line break, as in Markdown's text.
	foldNewlines bool
	sb           strings.Builder
	space        bool // a space is due before the next character
	inlines      []model.Inline
	// lazy are open spans (indexes into inlines) whose start waits for
	// the next character; cells likewise for table cells.
	lazy []int
	// cells are table cells, each [start, end); start -1 until the
	// cell's first character.
	cells     [][2]int
	lazyCells []int
	// breaks are where the lines after a line break start (soft or
	// hard), shifted by finish as the text is.
	breaks []int
}

// write appends text, folding white space.
func (t *richText) write(s string) {
	if len(s) > 4<<10 {
		// a long text gets its room at once, not by doubling and copying
		// what was written (a paragraph of megabytes was three copies)
		t.sb.Grow(len(s))
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isFoldSpace(r) {
				if t.sb.Len() > 0 {
					t.space = true
				}
			} else {
				t.char(r) // an invalid byte as U+FFFD, as ranging over s would
			}
			i += size
			continue
		}
		switch {
		case c == '\n' && !t.foldNewlines:
			t.newline()
			i++
		case writeSpace(c):
			if t.sb.Len() > 0 {
				t.space = true
			}
			i++
		default:
			// A run of other ASCII characters: the first settles the space
			// and the waiting spans, the rest are copied as they are.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !writeSpace(s[j]) {
				j++
			}
			t.char(rune(c))
			t.sb.WriteString(s[i+1 : j])
			i = j
		}
	}
}

// writeSpace reports the ASCII bytes write folds as white space.
func writeSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// lineEnd writes a line break (a soft one's space, a hard one's "\n")
// and notes that a new line starts with the next character written.
func (t *richText) lineEnd(brk string) {
	t.write(brk)
	if n := t.sb.Len(); n > 0 {
		if t.space {
			n++
		}
		t.breaks = append(t.breaks, n)
	}
}

// newline writes a hard line break: never at the start, never two in a
// row, and without the spaces before it.
func (t *richText) newline() {
	t.space = false
	if s := t.sb.String(); s != "" && !strings.HasSuffix(s, "\n") && !strings.HasSuffix(s, "\t") {
		t.sb.WriteByte('\n')
	}
}

// char writes one character that is not white space.
func (t *richText) char(r rune) {
	if t.space {
		t.sb.WriteByte(' ')
		t.space = false
	}
	at := t.sb.Len()
	for _, i := range t.lazy {
		t.inlines[i].Start, t.inlines[i].End = at, at
	}
	t.lazy = t.lazy[:0]
	for _, i := range t.lazyCells {
		t.cells[i] = [2]int{at, at}
	}
	t.lazyCells = t.lazyCells[:0]
	t.sb.WriteRune(r)
}

// verbatim appends text as it is: code, whose spaces and lines matter.
func (t *richText) verbatim(s string) {
	for _, r := range s {
		if r == '\n' || r == '\t' || r == ' ' {
			t.flushLazy()
			t.sb.WriteRune(r)
			continue
		}
		t.char(r)
	}
}

// verbatimText appends text already folded (a cell's finished text) as
// it is, starting any waiting spans and cells at its first character.
func (t *richText) verbatimText(s string) {
	if s == "" {
		return
	}
	t.space = false
	r, _ := utf8.DecodeRuneInString(s)
	t.char(r)
	t.sb.WriteString(s[utf8.RuneLen(r):])
}

// flushLazy starts the waiting spans here, for verbatim white space.
func (t *richText) flushLazy() {
	at := t.sb.Len()
	for _, i := range t.lazy {
		t.inlines[i].Start, t.inlines[i].End = at, at
	}
	t.lazy = t.lazy[:0]
}

// separate writes a separator that is not part of any cell or span: the
// tab between cells, the newline between rows.
func (t *richText) separate(sep byte) {
	t.space = false
	if t.sb.Len() > 0 {
		t.sb.WriteByte(sep)
	}
}

// open starts a span of the given kind; close(i) ends it.
func (t *richText) open(kind model.InlineKind, url string) int {
	t.inlines = append(t.inlines, model.Inline{Kind: kind, Start: -1, End: -1, URL: url})
	i := len(t.inlines) - 1
	t.lazy = append(t.lazy, i)
	return i
}

// close ends span i at the last character written.
func (t *richText) close(i int) {
	if k := slices.Index(t.lazy, i); k >= 0 {
		t.lazy = slices.Delete(t.lazy, k, k+1) // nothing written: an empty span
		return
	}
	t.inlines[i].End = t.sb.Len()
}

// noteRef marks a footnote reference right after the last character.
func (t *richText) noteRef(note string) {
	at := t.sb.Len()
	t.inlines = append(t.inlines, model.Inline{Kind: model.NoteRef, Start: at, End: at, Note: note})
}

// openCell starts a table cell; closeCell ends the last one.
func (t *richText) openCell() {
	t.cells = append(t.cells, [2]int{-1, -1})
	t.lazyCells = append(t.lazyCells, len(t.cells)-1)
}

func (t *richText) closeCell() {
	i := len(t.cells) - 1
	if k := slices.Index(t.lazyCells, i); k >= 0 {
		t.lazyCells = slices.Delete(t.lazyCells, k, k+1)
		at := t.sb.Len()
		t.cells[i] = [2]int{at, at} // an empty cell
		return
	}
	t.cells[i][1] = t.sb.Len()
}

// len is how many bytes have been written.
func (t *richText) len() int { return t.sb.Len() }

// finish returns the text, trimmed and with run-together sentences
// repaired, with its spans moved to match and empty ones dropped, in
// order of start (an enclosing span first).
func (t *richText) finish() (string, []model.Inline) {
	s := t.sb.String()
	end := len(strings.TrimRight(s, " \n\t"))
	s = s[:end]
	cuts := runTogetherCuts(s)
	s = insertSpaces(s, cuts)
	var out []model.Inline
	for _, in := range t.inlines {
		if in.Start < 0 || in.Start > end {
			continue
		}
		in.End = min(in.End, end)
		if in.End <= in.Start && in.Kind != model.NoteRef {
			continue
		}
		in.Start, in.End = shiftStart(in.Start, cuts), shiftEnd(in.End, cuts)
		if in.Kind == model.NoteRef {
			in.Start = in.End
		}
		out = append(out, in)
	}
	sortInlines(out)
	for i, c := range t.cells {
		c[0], c[1] = min(max(c[0], 0), end), min(max(c[1], 0), end)
		c[1] = max(c[1], c[0])
		t.cells[i] = [2]int{shiftStart(c[0], cuts), shiftEnd(c[1], cuts)}
	}
	for i, b := range t.breaks {
		t.breaks[i] = shiftStart(min(b, end), cuts)
	}
	return s, out
}

// sortInlines orders spans by start, the longer of two with one start
// first, so that an enclosing span comes before those inside it.
func sortInlines(in []model.Inline) {
	slices.SortStableFunc(in, func(a, b model.Inline) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}

// insertSpaces puts a space before each of the byte offsets cuts
// (ascending).
func insertSpaces(s string, cuts []int) string {
	if len(cuts) == 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + len(cuts))
	last := 0
	for _, c := range cuts {
		sb.WriteString(s[last:c])
		sb.WriteByte(' ')
		last = c
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// shiftStart moves a span's start past the spaces inserted at or before
// it; shiftEnd moves its end past those inserted inside it or before.
func shiftStart(at int, cuts []int) int {
	n, _ := slices.BinarySearch(cuts, at+1)
	return at + n
}

func shiftEnd(at int, cuts []int) int {
	n, _ := slices.BinarySearch(cuts, at)
	return at + n
}

// isFoldSpace reports the spaces cleanSpace folds into one: space, tab,
// no-break space and the other Unicode spaces of a line.
func isFoldSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r >= '\u2000' && r <= '\u200a' || r == '\u202f' || r == '\u205f' || r == '\u3000'
}

// cutShape returns bytes [from, to) of a block's text, with the spaces at
// both ends trimmed, and its spans clipped to that stretch and moved to
// match. Spans that fall outside it are dropped.
func cutShape(text string, sh shape, from, to int) (string, shape) {
	for from < to && (text[from] == ' ' || text[from] == '\n' || text[from] == '\t') {
		from++
	}
	for to > from && (text[to-1] == ' ' || text[to-1] == '\n' || text[to-1] == '\t') {
		to--
	}
	out := sh
	out.inlines = nil
	for _, in := range sh.inlines {
		s, e := max(in.Start, from), min(in.End, to)
		if e < s || e == s && in.Kind != model.NoteRef || in.Kind == model.NoteRef && (in.Start < from || in.Start > to) {
			continue
		}
		in.Start, in.End = s-from, e-from
		out.inlines = append(out.inlines, in)
	}
	return text[from:to], out
}

// joinShape appends text b with its spans after text a, separated by
// sep; an empty a takes b as it is, without the separator.
func joinShape(a string, as shape, sep, b string, bs shape) (string, shape) {
	if a == "" {
		return b, bs
	}
	off := len(a) + len(sep)
	out := as
	out.inlines = slices.Clone(as.inlines)
	for _, in := range bs.inlines {
		in.Start += off
		in.End += off
		out.inlines = append(out.inlines, in)
	}
	return a + sep + b, out
}

// validInlines reports whether every span lies inside text on character
// boundaries: the parser's promise to the reader, checked by tests.
func validInlines(text string, in []model.Inline) bool {
	for _, x := range in {
		if x.Start < 0 || x.End > len(text) || x.Start > x.End ||
			x.Start < len(text) && !utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End]) {
			return false
		}
	}
	return true
}
