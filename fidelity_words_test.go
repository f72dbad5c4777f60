package main

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fidelityWords splits text into words: runs of letters, marks and digits.
func fidelityWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

var (
	// brief's marks in printed text: a link's reference "[2]", a footnote's "[^1]"
	printedRef = regexp.MustCompile(`\[\^?\d+\]`)
	// a talking point's heading as printed or exported: "## 3. …"
	numberedHeading = regexp.MustCompile(`^#{1,6} (\d+)\. `)
	// a reference line under a talking point: "[2] https://…"
	printedRefLine = regexp.MustCompile(`^\[\d+\] \S+$`)
	// a tag brief adds with --tags: "[brief: Ana Lind]"
	printedTag = regexp.MustCompile(`^\[brief: [^\]]*\]$`)
	// a heading's number in the document: "3. ", "#3 ", "## 3. "
	authorNumber = regexp.MustCompile(`^\s*(?:#+\s*)?#?\s?\d{1,2}[A-Za-z]?[.:)]?\s+`)
	// brief's number before an exported point's heading (a sub-heading's
	// own number is escaped, "1\. …", and read alike)
	exportedNumber = regexp.MustCompile(`^\s*\d+\\?\.\s+`)
	// a tag of HTML inside Markdown
	htmlTag = regexp.MustCompile(`<!--[\s\S]*?-->|</?[A-Za-z][^>]*>`)
)

// authorWords are the words of a document as its reader sees them: the
// text of Markdown and HTML without their markup, link targets or a
// heading number brief prints its own of.
func authorWords(src, ext string, b model.Briefing) []string {
	switch ext {
	case ".md":
		return markdownWords(stripFrontMatter(src), false)
	case ".html", ".htm":
		return htmlWords(src)
	}
	headings := map[string]bool{}
	for _, h := range sectionHeadings(b) {
		headings[h] = true
	}
	var ws []string
	for _, line := range strings.Split(src, "\n") {
		if m := authorNumber.FindString(line); m != "" && headings[headingKey(line[len(m):])] {
			line = line[len(m):]
		}
		ws = append(ws, fidelityWords(line)...)
	}
	return ws
}

// stripFrontMatter drops a YAML or TOML front matter block but its title,
// which brief shows.
func stripFrontMatter(src string) string {
	for _, fence := range []string{"---", "+++"} {
		if !strings.HasPrefix(src, fence+"\n") {
			continue
		}
		lines := strings.Split(src, "\n")
		for i := 1; i < len(lines) && i <= 60; i++ {
			if strings.TrimSpace(lines[i]) == fence {
				title := ""
				for _, l := range lines[1:i] {
					if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "title" {
						title = v
					} else if k, v, ok := strings.Cut(l, "="); ok && strings.TrimSpace(k) == "title" {
						title = v
					}
				}
				return title + "\n" + strings.Join(lines[i+1:], "\n")
			}
		}
	}
	return src
}

var fidelityMarkdown = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

// markdownWords are the words a reader of Markdown sees: text, code, the
// text of inline and block HTML without its tags, image descriptions; not
// link targets or footnote marks. exported drops the numbers brief puts
// before its points' headings.
func markdownWords(src string, exported bool) []string {
	source := []byte(src)
	doc := fidelityMarkdown.Parser().Parse(text.NewReader(source))
	var buf bytes.Buffer
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				buf.WriteByte('\n')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			var h bytes.Buffer
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				h.Write(nodeText(c, source))
			}
			line := h.String()
			if exported {
				if m := exportedNumber.FindString(line); m != "" {
					line = line[len(m):]
				}
			} else if m := authorNumber.FindString(line); m != "" {
				line = line[len(m):]
			}
			buf.WriteString(line + "\n")
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			buf.WriteString(html.UnescapeString(string(n.Segment.Value(source))))
			if n.SoftLineBreak() || n.HardLineBreak() {
				buf.WriteByte(' ')
			}
		case *ast.String:
			buf.Write(n.Value)
		case *ast.AutoLink:
			buf.Write(n.Label(source))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				line := string(seg.Value(source))
				if _, ok := n.(*ast.HTMLBlock); ok {
					line = html.UnescapeString(htmlTag.ReplaceAllString(line, " "))
				}
				buf.WriteString(line + "\n")
			}
		case *east.FootnoteLink, *east.FootnoteBacklink:
			return ast.WalkSkipChildren, nil
		case *ast.ListItem:
			// an ordered item's number is the author's, as the reader sees it
			if l, ok := n.Parent().(*ast.List); ok && l.IsOrdered() {
				k := 0
				for c := l.FirstChild(); c != nil && c != ast.Node(n); c = c.NextSibling() {
					k++
				}
				buf.WriteString(strconv.Itoa(l.Start+k) + " ")
			}
		}
		return ast.WalkContinue, nil
	})
	return fidelityWords(buf.String())
}

// nodeText is the text of an inline node and its children.
func nodeText(n ast.Node, source []byte) []byte {
	switch n := n.(type) {
	case *ast.Text:
		return []byte(html.UnescapeString(string(n.Segment.Value(source))))
	case *ast.String:
		return n.Value
	case *ast.RawHTML:
		return nil
	case *ast.AutoLink:
		return n.Label(source)
	}
	var b bytes.Buffer
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.Write(nodeText(c, source))
	}
	return b.Bytes()
}

// printedWords are the words of printed output without brief's marks: its
// point numbers, link and footnote marks, the reference lines under a
// point, --tags lines and the names of the units it derives.
func printedWords(out string, b model.Briefing) []string {
	derived := derivedHeadings(b)
	var ws []string
	inRef := false
	for _, line := range strings.Split(out, "\n") {
		l := strings.TrimSpace(line)
		if inRef && l != "" && !strings.Contains(l, " ") && !printedRefLine.MatchString(l) {
			continue // a reference's address wrapped onto the next line
		}
		inRef = printedRefLine.MatchString(l)
		if inRef || printedTag.MatchString(l) {
			continue
		}
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			if _, name, ok := strings.Cut(l[1:len(l)-1], ". "); ok && derived[headingKey(name)] {
				continue
			}
		}
		if m := numberedHeading.FindString(l); m != "" {
			l = l[len(m):]
		}
		ws = append(ws, fidelityWords(printedRef.ReplaceAllString(l, " "))...)
	}
	return ws
}

// exportedWords are the words of exported Markdown as its reader sees them,
// without the numbers brief gives its points.
func exportedWords(out string, b model.Briefing) []string {
	return markdownWords(out, true)
}

// skippedHTML are elements whose text is no part of a page's article.
var skippedHTML = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Iframe: true, atom.Head: true,
}

// articleRoot is a page's <article> (the longest, when several), else its
// <body> (a <main> may leave out a page's title and the header of
// minutes, which are the author's too).
func articleRoot(doc *html.Node) *html.Node {
	var article, body *html.Node
	longest := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if l := len(htmlText(n)); l > longest {
					article, longest = n, l
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case article != nil:
		return article
	case body != nil:
		return body
	}
	return doc
}

// htmlText is the text of a page's node, without its furniture.
func htmlText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skippedHTML[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Li && n.Parent != nil && n.Parent.DataAtom == atom.Ol:
			b.WriteString(" " + strconv.Itoa(itemNumber(n)) + " ")
		case n.Type == html.ElementNode && n.DataAtom == atom.Img:
			for _, a := range n.Attr {
				if a.Key == "alt" {
					b.WriteString(" " + a.Val + " ")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

// htmlWords are the words of a saved page's article.
func htmlWords(src string) []string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return fidelityWords(src)
	}
	return fidelityWords(htmlText(articleRoot(doc)))
}

// authorShapes counts a document's headings, list items, table cells,
// emphasis, quotes, code, links and rules.
func authorShapes(src, ext string) map[string]int {
	switch ext {
	case ".md":
		return markdownShapes(stripFrontMatter(src))
	case ".html", ".htm":
		return htmlShapes(src)
	}
	return map[string]int{}
}

// wholeHeading reports emphasis that is all of a heading's words but for
// the number brief writes before a talking point's heading.
func wholeHeading(h *ast.Heading, e *ast.Emphasis, source []byte) bool {
	all := strings.TrimSpace(string(nodeText(h, source)))
	if _, rest, ok := strings.Cut(all, ". "); ok && strings.TrimLeft(all[:strings.Index(all, ". ")], "0123456789") == "" {
		all = rest
	}
	return all == strings.TrimSpace(string(nodeText(e, source)))
}

// markdownShapes counts the shapes of a Markdown text.
func markdownShapes(src string) map[string]int {
	source := []byte(src)
	doc := fidelityMarkdown.Parser().Parse(text.NewReader(source))
	shapes := map[string]int{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			// a transcript's label set as a heading ("### Ana Lind:") is a
			// turn's label, which brief may write as "**Ana Lind:**"
			if strings.HasSuffix(strings.TrimSpace(string(nodeText(n, source))), ":") {
				shapes["turn label"]++
			} else {
				shapes["heading"]++
			}
		case *ast.Emphasis:
			if h, ok := n.Parent().(*ast.Heading); ok {
				// a heading's emphasis is drawn as the heading, unless it is
				// the whole heading: a bold line brief made a talking point
				// ("**Governor's Race**" → "## 2. **Governor's Race**")
				if !wholeHeading(h, n, source) {
					return ast.WalkContinue, nil
				}
			}
			if k := n.Parent().Kind(); (k == ast.KindParagraph || k == ast.KindTextBlock) && n.PreviousSibling() == nil && labelSpan(n, source) {
				shapes["turn label"]++ // "*Ana:*", "**Ana:**", "**Ana**:", "_**Ana:**_"
				return ast.WalkSkipChildren, nil
			} else {
				shapes["emphasis level "+strconv.Itoa(n.Level)]++
			}
		case *ast.List:
			if n.IsOrdered() {
				shapes["ordered list from "+strconv.Itoa(n.Start)]++
			}
		case *ast.ListItem:
			shapes["list item"]++
		case *east.TableCell:
			shapes["table cell"]++
		case *ast.CodeSpan:
			shapes["code span"]++
		case *ast.Text:
			if n.HardLineBreak() {
				shapes["line break"]++
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			shapes["code block"]++
		case *ast.Blockquote:
			shapes["block quote"]++
		case *ast.Link:
			shapes["link"]++
		case *ast.ThematicBreak:
			shapes["rule"]++
		case *east.Strikethrough:
			shapes["strikethrough"]++
		case *east.Footnote:
			shapes["footnote"]++
		}
		return ast.WalkContinue, nil
	})
	return shapes
}

// htmlShapes counts the same shapes in a saved page's article.
func htmlShapes(src string) map[string]int {
	shapes := map[string]int{}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return shapes
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skippedHTML[n.DataAtom] {
				return
			}
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if !underHeadline(n) {
					shapes["heading"]++
				}
			case atom.Li:
				shapes["list item"]++
			case atom.Td, atom.Th:
				shapes["table cell"]++
			case atom.Blockquote:
				shapes["block quote"]++
			case atom.Pre:
				shapes["code block"]++
			case atom.Hr:
				shapes["rule"]++
			case atom.A:
				for _, a := range n.Attr {
					if a.Key == "href" && strings.HasPrefix(a.Val, "http") && strings.TrimSpace(htmlText(n)) != "" {
						shapes["link"]++
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(articleRoot(doc))
	return shapes
}

// itemNumber is the number a list item of an ordered list shows.
func itemNumber(li *html.Node) int {
	start := 1
	for _, a := range li.Parent.Attr {
		if v, err := strconv.Atoi(a.Val); a.Key == "start" && err == nil {
			start = v
		}
	}
	for c := li.Parent.FirstChild; c != nil && c != li; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			start++
		}
	}
	return start
}

// labelSpan reports emphasis that is a turn's label: its text ends in a
// colon, or the text after it starts with one.
func labelSpan(n ast.Node, source []byte) bool {
	if strings.HasSuffix(strings.TrimSpace(string(nodeText(n, source))), ":") {
		return true
	}
	next := n.NextSibling()
	return next != nil && strings.HasPrefix(string(nodeText(next, source)), ":")
}

// underHeadline reports a heading right under the page's <h1>: its
// subtitle or dateline, which brief shows as the standfirst.
func underHeadline(n *html.Node) bool {
	p := n.PrevSibling
	for p != nil && p.Type != html.ElementNode {
		p = p.PrevSibling
	}
	return p != nil && p.DataAtom == atom.H1
}
