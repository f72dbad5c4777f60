package content

import (
	"bytes"
	"strings"

	"github.com/briefreader/brief/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mdPara is one block of a Markdown document reduced to plain text.
type mdPara struct {
	para
	// level is the heading level, 0 for other blocks.
	level int
	kind  model.BlockKind
}

// parseMarkdown reads a Markdown briefing. A leading level-1 heading is the
// title; headings of the shallowest remaining level are the talking points.
// A Markdown document without headings is structured like plain text.
func parseMarkdown(src string) rawDoc {
	source := []byte(defuseMarkdown(src))
	root := goldmark.New().Parser().Parse(text.NewReader(source))
	var paras []mdPara
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		paras = appendMarkdownBlock(paras, n, source)
	}
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

func assembleMarkdown(paras []mdPara) rawDoc {
	var d rawDoc
	if len(paras) > 0 && paras[0].level == 1 {
		d.title = paras[0].text
		paras = paras[1:]
	}
	top := 0
	for _, p := range paras {
		if p.level > 0 && (top == 0 || p.level < top) {
			top = p.level
		}
	}
	// An interview in Markdown: "**Q:** …" / "**Ana Ruiz:** …" turns.
	plain := make([]para, len(paras))
	for i, p := range paras {
		plain[i] = p.para
		if p.level > 0 || p.kind != model.Paragraph {
			plain[i].list = true // only paragraphs can be turns
		}
	}
	turns := findTurns(plain)
	cur := &d.intro
	open := -1 // index in *cur of the turn that takes continuation paragraphs
	for i, p := range paras {
		if p.level == 0 && p.kind == model.Paragraph && turns != nil {
			if t := turns[i]; t != nil {
				*cur = append(*cur, rawBlock{kind: model.QuoteBlock, text: t.text, label: t.label})
				open = len(*cur) - 1
				continue
			}
			if open >= 0 && !closingLine(p.text) {
				(*cur)[open].text += "\n\n" + p.text
				continue
			}
		}
		open = -1 // a heading, a list or a closing line ends the turn
		switch {
		case p.level == top && top > 0:
			h := p.text
			if m := numberedHeading.FindStringSubmatch(h); m != nil {
				h = m[3]
			}
			d.sections = append(d.sections, rawSection{heading: h})
			cur = &d.sections[len(d.sections)-1].blocks
		case p.level > 0:
			*cur = append(*cur, rawBlock{kind: model.Paragraph, text: p.text})
		case p.kind == model.Paragraph:
			*cur = append(*cur, splitAsides(p.text)...)
		default:
			*cur = append(*cur, rawBlock{kind: p.kind, text: p.text})
		}
	}
	return d
}

// appendMarkdownBlock flattens one block node into paragraphs.
func appendMarkdownBlock(out []mdPara, n ast.Node, src []byte) []mdPara {
	add := func(level int, kind model.BlockKind, s string) {
		s = cleanSpace(Sanitize(s))
		if s != "" {
			out = append(out, mdPara{para: para{text: s, lines: 1, list: kind == model.ListItem}, level: level, kind: kind})
		}
	}
	switch n := n.(type) {
	case *ast.Heading:
		add(n.Level, model.Paragraph, inlineText(n, src))
	case *ast.Paragraph, *ast.TextBlock:
		add(0, model.Paragraph, inlineText(n, src))
	case *ast.List:
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			var parts []string
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if _, nested := c.(*ast.List); nested {
					for _, p := range appendMarkdownBlock(nil, c, src) {
						parts = append(parts, p.text)
					}
					continue
				}
				parts = append(parts, inlineText(c, src))
			}
			add(0, model.ListItem, strings.Join(parts, " "))
		}
	case *ast.Blockquote:
		var parts []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			for _, p := range appendMarkdownBlock(nil, c, src) {
				parts = append(parts, p.text)
			}
		}
		add(0, model.QuoteBlock, strings.Join(parts, " "))
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		add(0, model.Paragraph, string(blockLines(n, src)))
	case *ast.HTMLBlock:
		// Raw HTML in Markdown ("<div>The council voted.</div>") keeps its
		// visible text; tags, comments, scripts and styles are dropped.
		add(0, model.Paragraph, htmlFragmentText(blockLines(n, src)))
	}
	return out
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

// inlineText returns the plain text of a node's inline content: link text
// without the URL, emphasis without its marks, entities resolved.
func inlineText(n ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := c.Segment.Value(src)
				if !c.IsRaw() {
					v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
				}
				sb.Write(v)
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte(' ')
				}
			case *ast.String:
				sb.Write(c.Value)
			case *ast.AutoLink:
				sb.Write(c.URL(src))
			case *ast.RawHTML:
				// inline HTML tags carry no text worth keeping
			default:
				walk(c)
			}
		}
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 && n.FirstChild() == nil {
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(src))
		}
		return sb.String()
	}
	walk(n)
	return sb.String()
}
