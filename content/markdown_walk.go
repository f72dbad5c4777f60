package content

import (
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/briefreader/brief/model"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// mdWalker flattens a Markdown document into blocks in reading order,
// each with its inline spans and the containers it sits in: what the
// author wrote, so that the reader can show it as written.
type mdWalker struct {
	src []byte
	out []mdPara
	// notes are the footnotes' labels as the author wrote them ("note" for
	// [^note]) by goldmark's index, which is all a reference carries.
	notes map[int]string
	// boxes counts the block quotes read; box is the one being read, 0
	// outside any (shape.box).
	boxes, box int32
	// breaks is the line starts' buffer, reused from paragraph to
	// paragraph (richText.breaks).
	breaks []int
}

// footnoteLabels maps each footnote's index to its label as written, read
// from the document's list of footnotes (goldmark puts it last).
func footnoteLabels(root ast.Node, src []byte) map[int]string {
	var notes map[int]string
	for n := root.LastChild(); n != nil; n = n.PreviousSibling() {
		list, ok := n.(*east.FootnoteList)
		if !ok {
			continue
		}
		for f := list.FirstChild(); f != nil; f = f.NextSibling() {
			if fn, ok := f.(*east.Footnote); ok && len(fn.Ref) > 0 {
				if notes == nil {
					notes = map[int]string{}
				}
				notes[fn.Index] = SanitizeLine(string(fn.Ref))
			}
		}
		break
	}
	return notes
}

// noteLabel is the label of footnote index i as the author wrote it, or
// its number when the label is unknown.
func (w *mdWalker) noteLabel(i int) string {
	if l, ok := w.notes[i]; ok && l != "" {
		return l
	}
	return strconv.Itoa(i)
}

// block reads one block node nested in the given containers.
func (w *mdWalker) block(n ast.Node, nest []model.Container) {
	switch n := n.(type) {
	case *ast.Heading:
		if len(nest) > 0 {
			// a heading inside a list or quote is no talking point
			p := w.inline(n, model.Heading, nest)
			sh := p.shape.val()
			sh.level = n.Level
			p.lines, p.shape = 2, sh.ref()
			w.add(mdPara{para: p})
			return
		}
		w.add(mdPara{para: w.inline(n, model.Paragraph, nest), level: n.Level})
	case *ast.Paragraph, *ast.TextBlock:
		w.add(mdPara{para: w.inline(n, model.Paragraph, nest)})
	case *ast.List:
		w.list(n, nest)
	case *ast.Blockquote:
		w.quote(n, nest)
	case *ast.FencedCodeBlock:
		lang := ""
		if n.Info != nil {
			lang = codeLanguage(string(n.Info.Segment.Value(w.src)))
		}
		w.code(n, lang, nest)
	case *ast.CodeBlock:
		w.code(n, "", nest)
	case *ast.ThematicBreak:
		w.rule(nest)
	case *ast.HTMLBlock:
		if hrOnly(blockLines(n, w.src)) {
			w.rule(nest)
			return
		}
		// Raw HTML in Markdown ("<div>The council voted.</div>") keeps its
		// visible text; tags, comments, scripts and styles are dropped.
		var t richText
		t.write(Sanitize(htmlFragmentText(blockLines(n, w.src))))
		w.finish(&t, model.Paragraph, nest, shape{})
	case *east.Table:
		w.table(n, nest)
	case *east.FootnoteList:
		for f := n.FirstChild(); f != nil; f = f.NextSibling() {
			if fn, ok := f.(*east.Footnote); ok {
				w.footnote(fn, nest)
			}
		}
	}
}

// add appends a block unless it has no text.
func (w *mdWalker) add(p mdPara) {
	if p.text != "" {
		if w.box != 0 {
			sh := p.shape.val()
			sh.box = w.box
			p.shape = sh.ref()
		}
		w.out = append(w.out, p)
	}
}

// rule adds a thematic break: a block without text.
func (w *mdWalker) rule(nest []model.Container) {
	w.out = append(w.out, mdPara{para: para{lines: 2, kind: model.Rule, shape: shape{nest: slices.Clip(nest)}.ref()}})
}

// hrOnly reports raw HTML that is nothing but rules: "<hr>", "<hr/>".
func hrOnly(b []byte) bool {
	f := strings.Fields(strings.ToLower(string(b)))
	if len(f) == 0 {
		return false
	}
	for i, t := range f {
		switch {
		case t == "<hr>" || t == "<hr/>":
		case t == "<hr" && i+1 < len(f) && f[i+1] == "/>":
		case t == "/>" && i > 0 && f[i-1] == "<hr":
		default:
			return false
		}
	}
	return true
}

// finish turns built text into a block of the given kind.
func (w *mdWalker) finish(t *richText, kind model.BlockKind, nest []model.Container, sh shape) {
	s, inl := t.finish()
	sh.inlines, sh.nest = inl, slices.Clip(nest)
	w.add(mdPara{para: para{text: s, lines: strings.Count(s, "\n") + 1, list: kind == model.ListItem, kind: kind, shape: sh.ref()}})
}

// inline returns a block's inline content as a paragraph of the given
// kind.
func (w *mdWalker) inline(n ast.Node, kind model.BlockKind, nest []model.Container) para {
	t := richText{breaks: w.breaks[:0]}
	t.sb.Grow(min(sourceLen(n), 64<<10))
	w.inlines(&t, n)
	s, inl := t.finish()
	w.breaks = t.breaks[:0]
	// a paragraph with line breaks is as many lines: no headline
	return para{text: s, lines: strings.Count(s, "\n") + 1, list: kind == model.ListItem, kind: kind,
		shape: shape{inlines: inl, nest: slices.Clip(nest), lineCuts: lineCuts(s, t.breaks, inl)}.ref()}
}

// sourceLen is how many bytes of the source a block's lines take: about
// the most its text can take once its markup is read, so that the text of
// a paragraph is built in one buffer rather than in one doubled and copied
// as it grows (a paragraph of megabytes, most of it markup, still grows:
// its text may be a fraction of it).
func sourceLen(n ast.Node) int {
	lines, total := n.Lines(), 0
	for i := range lines.Len() {
		s := lines.At(i)
		total += s.Stop - s.Start
	}
	return total
}

// list reads a list: each item's first paragraph is the list item, with
// its number in a numbered list; what else the item holds (more
// paragraphs, a nested list, a block quote, code) follows nested in it.
func (w *mdWalker) list(l *ast.List, nest []model.Container) {
	inner := append(slices.Clip(nest), model.InListItem)
	number := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if first {
					p := w.inline(c, model.ListItem, nest)
					sh := p.shape.val()
					sh.ordered, sh.number = l.IsOrdered(), number
					sh.listStart = item == l.FirstChild()
					if !l.IsOrdered() {
						sh.number = 0
					}
					p.shape = sh.ref()
					w.add(mdPara{para: p})
				} else {
					w.add(mdPara{para: w.inline(c, model.Paragraph, inner)})
				}
			default:
				w.block(c, inner)
			}
			first = false
		}
		number++
	}
}

// quote reads a block quote: its consecutive paragraphs are one
// QuoteBlock, separated by blank lines; a list, code or a nested quote
// inside it are blocks nested in it, between the paragraphs around them.
func (w *mdWalker) quote(q *ast.Blockquote, nest []model.Container) {
	if w.box == 0 {
		// a quote in a quote is part of the outer one's quotation
		w.boxes++
		w.box = w.boxes
		defer func() { w.box = 0 }()
	}
	inner := append(slices.Clip(nest), model.InQuote)
	var text string
	var sh shape
	flush := func() {
		if text != "" {
			sh.nest = slices.Clip(nest)
			w.add(mdPara{para: para{text: text, lines: 2, kind: model.QuoteBlock, shape: sh.ref()}})
		}
		text, sh = "", shape{}
	}
	for c := q.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			p := w.inline(c, model.Paragraph, nest)
			if p.text == "" {
				continue
			}
			text, sh = joinShape(text, sh, "\n\n", p.text, p.shape.val())
		default:
			flush()
			w.block(c, inner)
		}
	}
	flush()
}

// code reads a code block verbatim, without its final newline.
func (w *mdWalker) code(n ast.Node, lang string, nest []model.Container) {
	s := strings.TrimRight(Sanitize(string(blockLines(n, w.src))), "\n")
	if strings.TrimSpace(s) == "" {
		return
	}
	w.add(mdPara{para: para{text: s, lines: 2, kind: model.CodeBlock, shape: shape{lang: lang, nest: slices.Clip(nest)}.ref()}})
}

// codeLanguage returns the language a fence's info string names: its
// first word, if it looks like a language name.
func codeLanguage(info string) string {
	f := strings.Fields(info)
	if len(f) == 0 || len(f[0]) > 32 {
		return ""
	}
	for _, r := range f[0] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("+#.-_", r)) {
			return ""
		}
	}
	return f[0]
}

// table reads a table: its cells are stretches of one text, tab between
// cells and newline between rows.
func (w *mdWalker) table(tb *east.Table, nest []model.Container) {
	var t richText
	grid := &model.Table{}
	for _, a := range tb.Alignments {
		grid.Align = append(grid.Align, tableAlign(a))
	}
	var rows [][2]int // each row's range in t.cells
	for r := tb.FirstChild(); r != nil; r = r.NextSibling() {
		if _, head := r.(*east.TableHeader); head {
			grid.Header++
		}
		if len(rows) > 0 {
			t.separate('\n')
		}
		from := len(t.cells)
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if c != r.FirstChild() {
				t.separate('\t')
			}
			t.openCell()
			w.inlines(&t, c)
			t.closeCell()
		}
		rows = append(rows, [2]int{from, len(t.cells)})
	}
	s, inl := t.finish()
	if strings.TrimSpace(s) == "" {
		return
	}
	for _, r := range rows {
		row := make([]model.Cell, 0, r[1]-r[0])
		for _, c := range t.cells[r[0]:r[1]] {
			row = append(row, model.Cell{Start: c[0], End: c[1]})
		}
		grid.Rows = append(grid.Rows, row)
	}
	w.add(mdPara{para: para{text: s, lines: 2, kind: model.TableBlock,
		shape: shape{inlines: inl, table: grid, nest: slices.Clip(nest)}.ref()}})
}

func tableAlign(a east.Alignment) model.Align {
	switch a {
	case east.AlignLeft:
		return model.AlignLeft
	case east.AlignCenter:
		return model.AlignCenter
	case east.AlignRight:
		return model.AlignRight
	}
	return model.AlignDefault
}

// footnote reads a footnote's text as one block, its paragraphs
// separated by blank lines, labelled as the author labelled it.
func (w *mdWalker) footnote(fn *east.Footnote, nest []model.Container) {
	note := w.noteLabel(fn.Index)
	var text string
	var sh shape
	for c := fn.FirstChild(); c != nil; c = c.NextSibling() {
		p := w.inline(c, model.Paragraph, nest)
		if p.text == "" {
			continue
		}
		text, sh = joinShape(text, sh, "\n\n", p.text, p.shape.val())
	}
	if text == "" {
		return
	}
	sh.note, sh.nest = note, slices.Clip(nest)
	w.add(mdPara{para: para{text: text, lines: 2, kind: model.Footnote, shape: sh.ref()}})
}

// inlines writes the inline content of n: text with entities resolved,
// emphasis, code, links and footnote references as spans.
func (w *mdWalker) inlines(t *richText, n ast.Node) {
	if n.Type() == ast.TypeBlock && n.FirstChild() == nil && n.Lines().Len() > 0 {
		writeBytes(t, blockLines(n, w.src))
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.inlineNode(t, c)
	}
}

// writeBytes writes text goldmark gives as bytes, sanitized, reading them
// in place rather than copying them into a string first: write copies
// what it keeps, and the bytes (the source, which is a string's, or what
// goldmark made of it) are never written to. A Markdown document's text
// was copied once more in these strings, all of it garbage at once.
func writeBytes(t *richText, b []byte) {
	t.write(Sanitize(unsafe.String(unsafe.SliceData(b), len(b))))
}

func (w *mdWalker) inlineNode(t *richText, c ast.Node) {
	switch c := c.(type) {
	case *ast.Text:
		v := c.Segment.Value(w.src)
		if !c.IsRaw() {
			v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
		}
		writeBytes(t, v)
		switch {
		case c.HardLineBreak():
			t.lineEnd("\n")
		case c.SoftLineBreak():
			t.lineEnd(" ")
		}
	case *ast.String:
		writeBytes(t, c.Value)
	case *ast.CodeSpan:
		i := t.open(model.InlineCode, "")
		for g := c.FirstChild(); g != nil; g = g.NextSibling() {
			switch g := g.(type) {
			case *ast.Text:
				writeBytes(t, g.Segment.Value(w.src))
			case *ast.String:
				writeBytes(t, g.Value)
			}
		}
		t.close(i)
	case *ast.Emphasis:
		kind := model.Emphasis
		if c.Level >= 2 {
			kind = model.Strong
		}
		i := t.open(kind, "")
		w.inlines(t, c)
		t.close(i)
	case *east.Strikethrough:
		i := t.open(model.Strikethrough, "")
		w.inlines(t, c)
		t.close(i)
	case *ast.Link:
		i := t.open(model.Link, SanitizeLine(string(c.Destination)))
		w.inlines(t, c)
		t.close(i)
	case *ast.Image:
		// an image is its description, linked to the picture
		i := t.open(model.Link, SanitizeLine(string(c.Destination)))
		t.inlines[i].Image = true
		w.inlines(t, c)
		t.close(i)
	case *ast.AutoLink:
		u := SanitizeLine(string(c.URL(w.src)))
		target := u
		if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
			target = "mailto:" + u
		}
		i := t.open(model.Link, target)
		t.write(u)
		t.close(i)
	case *east.FootnoteLink:
		t.noteRef(w.noteLabel(c.Index))
	case *east.FootnoteBacklink:
	case *east.TaskCheckBox:
		if c.IsChecked {
			t.write("[x] ")
		} else {
			t.write("[ ] ")
		}
	case *ast.RawHTML:
		// inline tags carry no text, but a line break is one
		if l := c.Segments; l.Len() > 0 {
			seg := l.At(0)
			tag := strings.ToLower(string(seg.Value(w.src)))
			if strings.HasPrefix(tag, "<br") {
				t.write("\n")
			}
		}
	default:
		w.inlines(t, c)
	}
}
