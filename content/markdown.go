package content

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/briefreader/brief/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mdPara is one block of a Markdown document on its way to a block.
type mdPara struct {
	para
	// level is the heading level, 0 for other blocks.
	level int
}

// parseMarkdown reads a Markdown briefing. A leading level-1 heading is the
// title; every other heading outside a list or a block quote is a talking
// point, whatever its level (a newsletter's "## Department" and the
// "### Item" under it are both points a reader jumps to), and keeps its
// level.
// A Markdown document without headings is structured like plain text.
func parseMarkdown(src string) rawDoc {
	d := defuseMarkdown(src)
	// goldmark only reads its source (it makes strings of it without a
	// copy, as this makes the source of the string): a document of
	// megabytes is not copied once more for it
	source := unsafe.Slice(unsafe.StringData(d.src), len(d.src))
	paras := d.restore(parseMarkdownBlocks(source))
	hasHeadings := false
	for _, p := range paras {
		if p.level > 0 {
			hasHeadings = true
		}
	}
	if !hasHeadings {
		plain := make([]para, len(paras))
		for i, p := range paras {
			plain[i] = p.para
		}
		return structurePlain(plain)
	}
	return assembleMarkdown(paras)
}

// markdownParser reads CommonMark with GitHub's tables, strikethrough,
// autolinks and task lists, and footnotes: what the documents brief reads
// are written in, and what Glamour shows.
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

func assembleMarkdown(paras []mdPara) rawDoc {
	paras = splitScribeMarkdown(splitLinesMarkdown(paras))
	var d rawDoc
	if len(paras) > 0 && paras[0].level == 1 {
		d.title = paras[0].text
		paras = paras[1:]
	}
	turns, bullets := markdownTurns(paras, d.title)
	if turns == nil && bullets == nil && titleOnly(d.title, paras) {
		return plainUnderTitle(d.title, paras)
	}
	cur := &d.intro
	open := -1   // index in *cur of the turn that takes continuation paragraphs
	head := -1   // index in paras of the label heading over the open turn
	deepest := 1 // the level of the last heading: a bold subhead is under it
	// settle keeps a label heading with no words under it as the heading
	// it is: a turn of no words would not be shown, and its label lost
	settle := func() {
		if open >= 0 && head >= 0 && (*cur)[open].text == "" {
			b := paras[head].block(model.Heading)
			sh := b.shape.val()
			sh.level = paras[head].level
			b.shape = &sh
			(*cur)[open] = b
		}
		head = -1
	}
	for i, p := range paras {
		if p.level > 0 && turns != nil && turns[i] != nil {
			// "### Ana Lind:": a label alone on its line, its words below
			settle()
			*cur = append(*cur, headingTurn(p, turns[i].label))
			open, head = len(*cur)-1, i
			continue
		}
		if p.level == 0 && p.kind == model.Paragraph && turns != nil {
			if t := turns[i]; t != nil && !t.aside {
				b, continued := mdTurnBlock(p, t)
				*cur = append(*cur, b)
				open = -1
				if continued {
					open = len(*cur) - 1
				}
				continue
			}
			// a label heading's first paragraph is its turn's words even
			// when it reads as a closing line ("OK."): else the label
			// would stand over nothing and be lost
			if open >= 0 && turns[i] == nil && !p.stray && ((*cur)[open].text == "" || !closingLine(p.text)) {
				continueTurn(&(*cur)[open], p.para)
				continue
			}
		}
		settle()
		open = -1 // a heading, a list or a closing line ends the turn
		switch {
		case p.level > 0:
			s := pointSection(p)
			s.level = p.level
			d.sections = append(d.sections, s)
			cur = &d.sections[len(d.sections)-1].blocks
			deepest = p.level
		case boldSubhead(paras, i):
			// "**Governor's Race**" over the items of the race: a point
			// under the heading before it
			s := pointSection(p) // the bold kept as the author set it
			s.level = min(deepest+1, 6)
			d.sections = append(d.sections, s)
			cur = &d.sections[len(d.sections)-1].blocks
		case bullets != nil && bullets[i] != "":
			b := p.block(model.ListItem)
			b.inline = bullets[i] // "* Rod: working on …": Rod's turn, shown as written
			*cur = append(*cur, b)
		default:
			*cur = appendAsides(*cur, p.para)
		}
	}
	settle()
	return d
}

// headingTurn is the turn a label heading opens: "### Ana Lind:" is
// written bold by the export; "### Ana Lind", a name without a colon, is
// kept a heading of its level over the turn's words.
func headingTurn(p mdPara, label string) rawBlock {
	if !strings.HasSuffix(strings.TrimSpace(p.text), ":") {
		return rawBlock{kind: model.QuoteBlock, label: label, shape: shape{level: p.level}.ref()}
	}
	// the heading sets the label apart: the export writes it bold
	lab := shape{labelInlines: []model.Inline{{Kind: model.Strong, End: len(label) + 1}}, labelAlone: true}
	return rawBlock{kind: model.QuoteBlock, label: label, labelMark: ":", shape: lab.ref()}
}

// pointSection is the talking point a heading opens: its text without its
// number, with the author's link or emphasis in it.
func pointSection(p mdPara) rawSection {
	h := p.text
	if m := numberedHeadingMatch(h); m != nil {
		h = m[3]
	}
	s := rawSection{heading: h}
	if sh := p.shape.val(); sh.inlines != nil && strings.HasSuffix(p.text, h) {
		if text, cut := cutShape(p.text, sh, len(p.text)-len(h), len(p.text)); text == h {
			s.headingInlines = cut.inlines
		}
	}
	return s
}

// titleOnly reports a Markdown document headed by its title alone: its
// talking points are lines, as in plain text ("Smoke over the quay" over
// its byline), when it is no interview.
func titleOnly(title string, paras []mdPara) bool {
	return title != "" && !slices.ContainsFunc(paras, func(p mdPara) bool { return p.level > 0 })
}

// plainUnderTitle structures a Markdown document whose only heading is
// its title as plain text is structured, under that title.
func plainUnderTitle(title string, paras []mdPara) rawDoc {
	plain := make([]para, 0, len(paras)+1)
	plain = append(plain, para{text: title, lines: 1})
	for _, p := range paras {
		plain = append(plain, p.para)
	}
	d := structurePlain(plain)
	if len(d.intro) > 0 && d.intro[0].label == "" && d.intro[0].text == title {
		d.intro = d.intro[1:] // the pass did not take it for a title
	}
	d.title = title
	return d
}

// boldSubhead reports a paragraph of a Markdown document with headings
// that is one short line set wholly in bold, over text that is not such
// a line ("**Governor's Race**", "**Web**"): a subhead, a talking point.
// A bold line that asks or labels ("**Q: Will the port close?**",
// "**Ana Lind:**") or runs on as a sentence is no subhead; nor is one of a
// run of bold lines (a list set in bold).
func boldSubhead(paras []mdPara, i int) bool {
	p := paras[i]
	if p.level > 0 || p.kind != model.Paragraph || !wholly(p.para, model.Strong) || wordCount(p.text) > maxSubheadWords ||
		!headingShaped(p.para) || strings.ContainsAny(p.text, ":?") {
		return false
	}
	if i+1 >= len(paras) {
		return false
	}
	n := paras[i+1]
	return n.level == 0 && !(n.kind == model.Paragraph && wholly(n.para, model.Strong)) &&
		!(i > 0 && paras[i-1].level == 0 && paras[i-1].kind == model.Paragraph && wholly(paras[i-1].para, model.Strong))
}

// maxSubheadWords is the longest bold line read as a subhead.
const maxSubheadWords = 8

// wholly reports a paragraph whose whole text is in one span of kind k.
func wholly(p para, k model.InlineKind) bool {
	for _, in := range p.shape.val().inlines {
		if in.Kind == k && in.Start == 0 && in.End == len(p.text) {
			return true
		}
	}
	return false
}

// mdTurnBlock makes the block of a paragraph that is a turn, and whether
// the paragraphs after it continue it (not after a question set in bold:
// its answer is a turn of its own).
func mdTurnBlock(p mdPara, t *turn) (rawBlock, bool) {
	if t.answer || t.inline || t.asked {
		b := p.block(model.Paragraph)
		b.answer, b.asked, b.by = t.answer, t.asked, t.by
		if t.inline {
			b.inline = t.label
		}
		return b, !t.asked
	}
	return turnBlock(p.para, t), true
}

// continueTurn adds a paragraph to the turn before it, or gives a label
// alone on its line its first words.
func continueTurn(o *rawBlock, p para) {
	if o.text == "" {
		// the label's own spans stay ("**Question**:" alone on its line)
		lab := o.shape.val()
		// (and a label heading its level)
		o.text, o.shape = p.text, shape{inlines: p.shape.val().inlines, labelInlines: lab.labelInlines, labelAlone: lab.labelAlone, level: lab.level}.ref()
		return
	}
	var sh shape
	o.text, sh = joinShape(o.text, o.shape.val(), "\n\n", p.text, shape{inlines: p.shape.val().inlines})
	sh.level = o.shape.val().level
	o.shape = sh.ref()
}

// markdownTurns finds an interview's turns in Markdown: "**Q:** …" /
// "**Ana Ruiz:** …" labels, or questions set apart — headings ("### Will
// the port close?") or bold paragraphs, mixed — over unlabelled answers
// (qaTurns, which reads the title); nil for no interview.
// bullets are the labels of list items that are turns (bulletTurns).
func markdownTurns(paras []mdPara, title string) (turns []*turn, bullets []string) {
	plain := make([]para, len(paras))
	for i, p := range paras {
		plain[i] = p.para
		if p.level > 0 || p.kind != model.Paragraph {
			plain[i].list = true // only paragraphs can be turns
		}
	}
	if turns = headingLabels(paras); turns == nil {
		turns = findTurns(plain)
	}
	if turns == nil {
		turns = headingNames(paras)
	}
	if turns == nil {
		levels := make([]int, len(paras))
		for i, p := range paras {
			levels[i] = p.level
		}
		turns = qaTurns(plain, levels, title)
	}
	for i, p := range paras {
		plain[i].list = p.kind == model.ListItem
	}
	return turns, bulletTurns(plain, turns)
}

// blockLines returns the source lines of a block node, joined.
func blockLines(n ast.Node, src []byte) []byte {
	var b []byte
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// htmlFragmentText returns the text of an HTML fragment, entities
// resolved, without the contents of script and style elements.
func htmlFragmentText(b []byte) string {
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(b))
	skip := 0 // depth inside script or style
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return sb.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if !inlineAtoms[a] {
				sb.WriteByte(' ') // a block tag separates words; <b> does not
			}
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		}
	}
}

// walkMarkdown flattens the document's blocks in reading order. Each
// top-level block is read apart from the others, so a long document's are
// read on every core, in runs whose results are joined in order.
func walkMarkdown(root ast.Node, source []byte) []mdPara {
	nodes := make([]ast.Node, 0, root.ChildCount())
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		nodes = append(nodes, n)
	}
	notes := footnoteLabels(root, source)
	workers := workers()
	if len(source) < parallelBytes || workers < 2 || len(nodes) < 2*workers {
		w := mdWalker{src: source, out: make([]mdPara, 0, len(nodes)), notes: notes}
		for _, n := range nodes {
			w.block(n, nil)
		}
		return w.out
	}
	outs := make([][]mdPara, workers)
	var wg sync.WaitGroup
	for k := range workers {
		from := k * len(nodes) / workers
		part := nodes[from : (k+1)*len(nodes)/workers]
		wg.Go(func() {
			startWorker()
			w := mdWalker{src: source, out: make([]mdPara, 0, len(part)), notes: notes,
				// the block quotes of a part are numbered after its first
				// node's index: no two parts' numbers meet (shape.box)
				boxes: int32(from)}
			for _, n := range part {
				w.block(n, nil)
			}
			outs[k] = w.out
		})
	}
	wg.Wait()
	return slices.Concat(outs...)
}
