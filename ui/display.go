package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	gansi "charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/model"
)

// spanKind says how a stretch of displayed text is styled on top of
// Glamour's rendering.
type spanKind int

const (
	// spanQuote is the text of a quote.
	spanQuote spanKind = iota
	// spanName is the mention that names a quote's speaker (its cue), or
	// a transcript turn's label.
	spanName
	// spanSubtitle is the briefing's standfirst.
	spanSubtitle
	// spanTurn is the words of a transcript turn: plain text, but
	// highlighted or dimmed under a speaker filter like a quote.
	spanTurn
	// spanEmph, spanStrong, spanCode and spanStrike are the author's
	// emphasis, strong emphasis, code and strikethrough.
	spanEmph
	spanStrong
	spanCode
	spanStrike
	// spanLink is a link's text; textSpan.url is where it goes.
	spanLink
	// spanRef is brief's reference mark after a link ("[2]"), or a
	// footnote's mark.
	spanRef
	// spanURL is a link's address in a talking point's references.
	spanURL
	// spanTag is brief's annotation naming the speaker of quotes whose
	// cue is elsewhere.
	spanTag
	// spanDerived is the heading brief gave a unit the document does not
	// head (a transcript's exchange).
	spanDerived
)

// textSpan marks bytes [start, end) of a display text.
type textSpan struct {
	start, end int
	kind       spanKind
	// quote indexes Briefing.Quotes for spanQuote and spanTurn, -1
	// otherwise.
	quote int
	// speaker is the speaker ID a quote or name belongs to, "" if none.
	speaker string
	// url is a link's target (spanLink, spanURL).
	url string
}

// display is one block's text as the reader shows it: the document's
// text, with brief's marks for links and footnotes, the list marker or
// turn label before it, the author's inline styles as marks where the
// style has no colour ("*winter*"), and the spans to style. It never adds
// words to the author's text.
type display struct {
	text string
	// lead is how many bytes at the start of text are the list marker,
	// drawn by Glamour from the Markdown rather than encoded as text.
	lead  int
	spans []textSpan
}

// validQuotes returns the block's quotes whose offsets are usable, sorted
// by start and without overlaps. A parser bug must not crash the reader or
// mis-slice a multi-byte character, so bad offsets are skipped.
func validQuotes(b *model.Briefing, bl model.Block) []int {
	var out []int
	for _, qi := range bl.Quotes {
		if qi < 0 || qi >= len(b.Quotes) {
			continue
		}
		if q := b.Quotes[qi]; spanFits(bl.Text, q.Start, q.End) {
			out = append(out, qi)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return b.Quotes[out[i]].Start < b.Quotes[out[j]].Start })
	kept := out[:0]
	end := -1
	for _, qi := range out {
		if b.Quotes[qi].Start >= end {
			kept = append(kept, qi)
			end = b.Quotes[qi].End
		}
	}
	return kept
}

// insertion is text brief puts into a block's display at an offset of
// the block's text: an inline style's mark (or an empty mark, to place
// the span), a link's reference, a footnote's mark.
type insertion struct {
	at int
	// phase orders insertions at one offset: the closing marks of the
	// spans that end there, then references, then the opening marks.
	phase, seq int
	text       string
	inline     int // index in the block's inlines, -1 for none
	kind       spanKind
}

const (
	phaseClose = iota
	phaseRef
	phaseOpen
)

// newDisplay builds the display of block ref of the briefing, for a
// Glamour style.
func newDisplay(b *model.Briefing, ref blockRef, bl model.Block, ix docIndex, style string) display {
	return newDisplayIn(b, ref, bl, ix, style, 0, len(bl.Text))
}

// newDisplayIn builds the display of the bytes [a, z) of a block's text,
// a part of a long block drawn as a unit of its own: the quotes, cues and
// inline spans that fall in it, cut at its ends; the list marker or turn
// label only with the first part, link numbers counting on from the
// links before it.
func newDisplayIn(b *model.Briefing, ref blockRef, bl model.Block, ix docIndex, style string, a, z int) display {
	quotes := validQuotes(b, bl)
	var w displayWriter
	if a == 0 {
		w.lead(b, bl, quotes, style)
	}
	d := display{lead: w.leadLen}
	inl := bl.NestedInlines()
	link := ix.firstLink[ref]
	text := bl.Text
	whole := a == 0 && z == len(text)
	if !whole {
		if link > 0 {
			for _, in := range inl {
				if in.Start < a && in.Kind == model.Link && referenced(text, in) {
					link++
				}
			}
		}
		inl = clipInlines(inl, a, z, len(text))
		text = text[a:z]
	}
	ins := insertions(text, inl, link, style)

	// the offsets of the text that quotes and cues need in the display
	type span struct {
		start, end int
		kind       spanKind
		qi         int
		speaker    string
	}
	var spans []span
	for _, qi := range quotes {
		q := b.Quotes[qi]
		kind := spanQuote
		if q.Kind == model.Turn {
			kind = spanTurn
		}
		spans = append(spans, span{q.Start, q.End, kind, qi, q.Speaker})
	}
	for _, c := range ix.cues[ref] {
		if spanFits(bl.Text, c.start, c.end) {
			spans = append(spans, span{c.start, c.end, spanName, -1, c.speaker})
		}
	}
	var need []int
	kept := spans[:0]
	for _, sp := range spans {
		s, e := max(sp.start, a)-a, min(sp.end, z)-a
		if s >= e {
			continue
		}
		sp.start, sp.end = s, e
		kept = append(kept, sp)
		need = append(need, s, e)
	}
	slices.Sort(need)
	at := w.text(text, inl, ins, slices.Compact(need))
	for _, sp := range kept {
		w.spans = append(w.spans, textSpan{start: at[sp.start], end: at[sp.end], kind: sp.kind, quote: sp.qi, speaker: sp.speaker})
	}
	d.text, d.spans = w.sb.String(), w.spans
	return d
}

// clipInlines keeps the inline spans that overlap [a, z) of a text n
// bytes long, cut to it and counted from a. An empty one (a footnote's
// mark) goes with the part it starts in.
func clipInlines(inl []model.Inline, a, z, n int) []model.Inline {
	var out []model.Inline
	for _, in := range inl {
		s, e := max(in.Start, a), min(in.End, z)
		switch {
		case in.Start == in.End && (in.Start < a || in.Start > z || in.Start == z && z < n):
			continue
		case in.Start < in.End && s >= e:
			continue
		}
		in.Start, in.End = s-a, e-a
		out = append(out, in)
	}
	return out
}

// displayWriter builds a display's text and spans.
type displayWriter struct {
	sb      strings.Builder
	spans   []textSpan
	leadLen int
}

// lead writes what brief draws before a block's text: a turn's label, a
// list item's marker, a footnote's mark.
func (w *displayWriter) lead(b *model.Briefing, bl model.Block, quotes []int, style string) {
	switch {
	case bl.Label != "":
		speaker, kind := "", spanName
		for _, qi := range quotes {
			// the label names the speaker only when the turn rests on it: a
			// reporter who names themselves is not the "Q:" before them
			switch q := b.Quotes[qi]; {
			case q.Kind != model.Turn:
			case q.Cue.Valid() && !q.Cue.Label:
				kind = spanStrong // drawn as a label, no speaker's name
			default:
				speaker = q.Speaker
			}
		}
		label := oneLine(bl.Label)
		w.spans = append(w.spans, textSpan{start: 0, end: len(label), kind: kind, quote: -1, speaker: speaker})
		w.sb.WriteString(label + bl.LabelMark + " ") // the author's mark, or none
	case bl.Kind == model.ListItem:
		w.sb.WriteString(listMarker(bl, style))
		w.leadLen = w.sb.Len()
	case bl.Kind == model.Footnote:
		mark := noteMark(bl.Note, coloured(style))
		w.spans = append(w.spans, textSpan{start: 0, end: len(mark), kind: spanRef, quote: -1})
		w.sb.WriteString(mark + " ")
	}
}

// insertions lists what brief puts into a block's text, in order: the
// marks of its inline spans, its links' reference numbers from link on,
// its footnotes' marks.
func insertions(text string, inl []model.Inline, link int, style string) []insertion {
	colour := coloured(style)
	marks := marksOf(style).inline
	var ins []insertion
	for i, in := range inl {
		kind, ok := inlineSpanKind(in.Kind)
		if !ok {
			if in.Kind == model.NoteRef {
				ins = append(ins, insertion{at: in.Start, phase: phaseRef, seq: i, text: noteMark(in.Note, colour), inline: -1, kind: spanRef})
			}
			continue
		}
		m := marks[kind]
		ins = append(ins,
			insertion{at: in.Start, phase: phaseOpen, seq: i, text: m[0], inline: i, kind: kind},
			insertion{at: in.End, phase: phaseClose, seq: -i, text: m[1], inline: i, kind: kind})
		if in.Kind == model.Link && referenced(text, in) && link > 0 {
			ins = append(ins, insertion{at: in.End, phase: phaseRef, seq: i, text: "[" + strconv.Itoa(link) + "]", inline: -1, kind: spanRef})
			link++
		}
	}
	slices.SortStableFunc(ins, func(a, b insertion) int {
		if a.at != b.at {
			return a.at - b.at
		}
		if a.phase != b.phase {
			return a.phase - b.phase
		}
		return a.seq - b.seq
	})
	return ins
}

// text writes the block's text with the insertions, adding the inline
// spans, and returns where each offset in need (ascending) landed in the
// display: after the marks that close there, before those that open.
func (w *displayWriter) text(text string, inl []model.Inline, ins []insertion, need []int) map[int]int {
	at := make(map[int]int, len(need))
	open := make([]int, len(inl)) // display start of each inline span
	k, j := 0, 0
	for pos := 0; ; {
		for k < len(ins) && ins[k].at == pos && ins[k].phase == phaseClose {
			w.sb.WriteString(ins[k].text)
			if i := ins[k].inline; i >= 0 {
				w.spans = append(w.spans, textSpan{start: open[i], end: w.sb.Len(), kind: ins[k].kind, quote: -1, url: inl[i].URL})
			}
			k++
		}
		for j < len(need) && need[j] == pos {
			at[pos] = w.sb.Len()
			j++
		}
		for k < len(ins) && ins[k].at == pos {
			if ins[k].inline >= 0 {
				open[ins[k].inline] = w.sb.Len()
			} else {
				w.spans = append(w.spans, textSpan{start: w.sb.Len(), end: w.sb.Len() + len(ins[k].text), kind: ins[k].kind, quote: -1})
			}
			w.sb.WriteString(ins[k].text)
			k++
		}
		if pos >= len(text) {
			return at
		}
		next := len(text)
		if k < len(ins) {
			next = min(next, ins[k].at)
		}
		if j < len(need) {
			next = min(next, need[j])
		}
		w.sb.WriteString(text[pos:next])
		pos = next
	}
}

// headingDisplay is the display of a heading or title: its text with the
// cues that fall in it.
func headingDisplay(text string, ref blockRef, ix docIndex) display {
	d := display{text: text}
	for _, c := range ix.cues[ref] {
		// the heading's text is shown folded onto one line: a cue keeps
		// its place only when folding changed nothing before it
		if spanFits(text, c.start, c.end) {
			d.spans = append(d.spans, textSpan{start: c.start, end: c.end, kind: spanName, quote: -1, speaker: c.speaker})
		}
	}
	return d
}

// inlineSpanKind maps an inline span to how it is drawn.
func inlineSpanKind(k model.InlineKind) (spanKind, bool) {
	switch k {
	case model.Emphasis:
		return spanEmph, true
	case model.Strong:
		return spanStrong, true
	case model.InlineCode:
		return spanCode, true
	case model.Strikethrough:
		return spanStrike, true
	case model.Link:
		return spanLink, true
	}
	return 0, false
}

// styleMarks is what brief takes from a Glamour style to lay out the
// author's text as Glamour would: the marks around each inline style ("*"
// and "**" where the style has no colour to show emphasis with, a
// no-break space either side of code in the coloured styles), the list
// markers and the indent of a nested list. It is worked out once per
// style: a document has thousands of blocks.
type styleMarks struct {
	inline      map[spanKind][2]string
	item, enum  string // a bullet; what follows an item's number
	levelIndent int
	marker      lipgloss.Style // how a list marker is drawn
}

var marksByStyle sync.Map // style name → *styleMarks

func marksOf(style string) *styleMarks {
	if m, ok := marksByStyle.Load(style); ok {
		return m.(*styleMarks)
	}
	st := glamourStyle(style, false)
	mk := func(p gansi.StylePrimitive) [2]string {
		return [2]string{p.BlockPrefix + p.Prefix, p.Suffix + p.BlockSuffix}
	}
	m := &styleMarks{
		inline: map[spanKind][2]string{
			spanEmph: mk(st.Emph), spanStrong: mk(st.Strong), spanCode: mk(st.Code.StylePrimitive),
			spanStrike: mk(st.Strikethrough), spanLink: {},
		},
		item: st.Item.BlockPrefix, enum: st.Enumeration.BlockPrefix, levelIndent: int(st.List.LevelIndent),
		marker: cascade(st.Document.StylePrimitive, st.Item),
	}
	marksByStyle.Store(style, m)
	return m
}

// listMarker is the marker Glamour draws before a list item: its number
// in a numbered list, the style's bullet otherwise.
func listMarker(bl model.Block, style string) string {
	m := marksOf(style)
	if bl.Ordered {
		return strconv.Itoa(bl.Number) + m.enum
	}
	return m.item
}

// noteMark is a footnote's mark: its number in superscript digits where
// the terminal has colour (and so Unicode), "[^n]" otherwise.
func noteMark(note string, colour bool) string {
	if !colour {
		return "[^" + note + "]"
	}
	var sb strings.Builder
	for _, r := range note {
		if r >= '0' && r <= '9' {
			sb.WriteString(superscripts[r-'0'])
		} else {
			return "[^" + note + "]"
		}
	}
	return sb.String()
}

var superscripts = [...]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// markdownText encodes display text for Glamour so that none of it is read
// as Markdown or HTML. Every ASCII punctuation character becomes a numeric
// character reference, which Glamour decodes exactly once: backslash
// escapes cannot be used because Glamour prints the backslash of most of
// them, and "&" itself must be encoded or the document's own "&#27;" would
// be decoded into a live escape. Leading blanks are trimmed from each line
// so that no line becomes an indented code block.
func markdownText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	lineStart := true
	for _, r := range s {
		switch {
		case r == '\n':
			sb.WriteByte('\n')
			lineStart = true
			continue
		case lineStart && (r == ' ' || r == '\t'):
			continue
		case r == '\t':
			sb.WriteByte(' ')
		case r < 0x80 && unicode.IsPunct(r) || r < 0x80 && unicode.IsSymbol(r):
			sb.WriteString("&#")
			sb.WriteString(strconv.Itoa(int(r)))
			sb.WriteByte(';')
		default:
			sb.WriteRune(r)
		}
		lineStart = false
	}
	return sb.String()
}
