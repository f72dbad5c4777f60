package content

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlList is a list being read: whether it is numbered, and the number
// its next item gets.
type htmlList struct {
	ordered bool
	next    int
	items   int // items read so far
}

// htmlItem is a list item being read: its marker, what it is nested in,
// and whether its first block (the one beside the marker) is out.
type htmlItem struct {
	ordered bool
	first   bool // the list's first item
	number  int
	nest    []model.Container
	emitted bool
	parent  *htmlItem
}

// list reads a <ul> or <ol>, numbering an <ol> from its start.
func (c *htmlCollector) list(n *html.Node) {
	l := htmlList{ordered: n.DataAtom == atom.Ol, next: 1}
	if v, ok := attrInt(n, "start"); ok {
		l.next = v
	}
	c.lists = append(c.lists, l)
	c.container(n, model.Paragraph)
	c.lists = c.lists[:len(c.lists)-1]
}

// listItem reads an <li>: its first block is the item, numbered in an
// <ol> (a value attribute renumbers it); what else it holds is nested in
// it.
func (c *htmlCollector) listItem(n *html.Node, blocks bool) {
	it := &htmlItem{parent: c.item}
	if len(c.lists) > 0 {
		l := &c.lists[len(c.lists)-1]
		if v, ok := attrInt(n, "value"); ok {
			l.next = v
		}
		it.ordered, it.number, it.first = l.ordered, l.next, l.items == 0
		l.next++
		l.items++
	}
	if c.item != nil {
		it.nest = append(slices.Clip(c.item.nest), model.InListItem)
	}
	c.flush()
	c.item = it
	if blocks {
		c.container(n, model.ListItem)
	} else {
		c.leaf(n, model.ListItem)
	}
	c.flush()
	c.item = it.parent
}

// placeInList gives a block read inside a list item its place: the
// item's first paragraph is the item, with its number; later blocks sit
// nested in the item.
func (c *htmlCollector) placeInList(kind model.BlockKind, sh shape, level int) (model.BlockKind, shape) {
	it := c.item
	if it == nil || level > 0 {
		if kind == model.ListItem && it == nil {
			sh.ordered, sh.number = false, 0
		}
		return kind, sh
	}
	if !it.emitted && (kind == model.ListItem || kind == model.Paragraph) {
		it.emitted = true
		sh.ordered, sh.nest, sh.listStart = it.ordered, it.nest, it.first
		if it.ordered {
			sh.number = it.number
		}
		return model.ListItem, sh
	}
	sh.nest = append(slices.Clip(it.nest), model.InListItem)
	if kind == model.ListItem {
		kind = model.Paragraph
	}
	return kind, sh
}

// attrInt reads an integer attribute.
func attrInt(n *html.Node, key string) (int, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			v, err := strconv.Atoi(strings.TrimSpace(a.Val))
			return v, err == nil && v >= 0 && v < 1e9
		}
	}
	return 0, false
}

// dataTable reads a table of data as a table block and reports whether
// it was one: at least two rows of at most maxCols cells, none holding a
// block of its own (a table laid out for the page, with paragraphs and
// boxes in its cells, is read as the text it holds).
func (c *htmlCollector) dataTable(n *html.Node) bool {
	rows, caption, ok := c.tableRows(n)
	if !ok || len(rows) < 2 {
		return false
	}
	cols, ok := c.tableCols(rows)
	if !ok || cols < 2 || cols > maxCols {
		return false
	}
	c.flush()
	if caption != nil {
		c.leaf(caption, model.Paragraph)
	}
	c.gridBlock(rows, cols)
	return true
}

// tableRows returns a table's rows (through thead, tbody and tfoot) and
// its caption; ok is false when it holds anything else.
func (c *htmlCollector) tableRows(n *html.Node) (rows []*html.Node, caption *html.Node, ok bool) {
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode || c.pg.skipped(ch) {
				continue
			}
			switch ch.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if !walk(ch) {
					return false
				}
			case atom.Tr:
				rows = append(rows, ch)
			case atom.Caption:
				caption = ch
			case atom.Colgroup, atom.Col:
			default:
				return false
			}
		}
		return true
	}
	ok = walk(n)
	return rows, caption, ok
}

// tableCols returns how many cells the widest row has; ok is false when a
// row holds anything but cells of inline content.
func (c *htmlCollector) tableCols(rows []*html.Node) (cols int, ok bool) {
	for _, r := range rows {
		k := 0
		for cell := r.FirstChild; cell != nil; cell = cell.NextSibling {
			if cell.Type != html.ElementNode {
				continue
			}
			if cell.DataAtom != atom.Td && cell.DataAtom != atom.Th || !inlineOnly(c.pg, cell) {
				return 0, false
			}
			k++
		}
		cols = max(cols, k)
	}
	return cols, true
}

// gridBlock adds the table block of rows: each cell's text and spans, the
// header rows (all th, or in thead) counted from the top.
func (c *htmlCollector) gridBlock(rows []*html.Node, cols int) {
	var t richText
	t.foldNewlines = true
	grid := &model.Table{}
	var rowCells [][2]int
	header := true
	for ri, r := range rows {
		if ri > 0 {
			t.separate('\n')
		}
		from := len(t.cells)
		allTh := c.gridRow(&t, r)
		if header && (allTh || r.Parent != nil && r.Parent.DataAtom == atom.Thead) {
			grid.Header++
		} else {
			header = false
		}
		rowCells = append(rowCells, [2]int{from, len(t.cells)})
	}
	text, inl := t.finish()
	if strings.TrimSpace(text) == "" {
		return
	}
	for _, r := range rowCells {
		row := make([]model.Cell, 0, r[1]-r[0])
		for _, cl := range t.cells[r[0]:r[1]] {
			row = append(row, model.Cell{Start: cl[0], End: cl[1]})
		}
		grid.Rows = append(grid.Rows, row)
	}
	grid.Align = make([]model.Align, cols)
	b := htmlBlock{mdPara: mdPara{para: para{text: text, lines: 2, kind: model.TableBlock, shape: &shape{inlines: inl, table: grid}}}}
	if c.item != nil {
		b.shape.nest = append(slices.Clip(c.item.nest), model.InListItem)
	}
	c.out = append(c.out, b)
	c.bodyCount++
}

// gridRow writes row r's cells into t, tab-separated, and reports whether
// every cell is a header cell.
func (c *htmlCollector) gridRow(t *richText, r *html.Node) (allTh bool) {
	allTh = true
	k := 0
	for cell := r.FirstChild; cell != nil; cell = cell.NextSibling {
		if cell.Type != html.ElementNode {
			continue
		}
		if k > 0 {
			t.separate('\t')
		}
		k++
		allTh = allTh && cell.DataAtom == atom.Th
		var s segmenter
		s.inline(c.pg, cell)
		text, sh := s.all()
		t.openCell()
		base := t.len()
		t.verbatimText(text)
		for _, x := range sh.inlines {
			x.Start, x.End = x.Start+base, x.End+base
			t.inlines = append(t.inlines, x)
		}
		t.closeCell()
	}
	return allTh
}

// maxCols bounds the columns of a table read as a grid.
const maxCols = 16

// inlineOnly reports whether an element holds only inline content (one
// paragraph at most), as the cells of a table of data do.
func inlineOnly(pg *page, n *html.Node) bool {
	paras := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || pg.skipped(ch) || isInline(ch) {
			continue
		}
		if ch.DataAtom == atom.P && paras == 0 && inlineOnly(pg, ch) {
			paras++
			continue
		}
		return false
	}
	return true
}
