package content

import (
	"strings"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads a saved web page: the article's headline, headings,
// paragraphs, list items and block quotes, in order, without the page's
// navigation, scripts and boilerplate. The blocks are then structured like
// Markdown (or like plain text when the page has no subheadings).
func parseHTML(src string) rawDoc {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return parsePlain(src)
	}
	body := findArticle(root)
	var paras []mdPara
	collectHTML(body, &paras)
	if len(paras) == 0 {
		return rawDoc{}
	}
	// The page's <title> stands in when the article has no <h1>.
	if paras[0].level != 1 {
		if t := findFirst(root, atom.Title); t != nil {
			if title := cleanSpace(Sanitize(textOf(t))); title != "" {
				paras = append([]mdPara{{para: para{text: title, lines: 1}, level: 1}}, paras...)
			}
		}
	}
	hasHeadings := false
	for _, p := range paras[1:] {
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

// findArticle returns the element holding the article: <article> if there
// is exactly one, else <main>, else <body>, else the document.
func findArticle(root *html.Node) *html.Node {
	var articles []*html.Node
	walkHTML(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Article {
			articles = append(articles, n)
			return false
		}
		return true
	})
	if len(articles) == 1 {
		return articles[0]
	}
	if m := findFirst(root, atom.Main); m != nil {
		return m
	}
	if b := findFirst(root, atom.Body); b != nil {
		return b
	}
	return root
}

// skipped elements never hold article text.
var skippedAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Svg: true, atom.Figcaption: true,
	atom.Button: true, atom.Select: true, atom.Iframe: true, atom.Template: true, atom.Head: true,
}

// boilerplateClass matches class and id values of page furniture.
var boilerplateWords = []string{"comment", "related", "share", "newsletter", "promo", "advert", "social",
	"footer", "nav", "menu", "subscribe", "cookie", "sidebar", "byline", "caption", "breadcrumb", "sponsor"}

func isBoilerplate(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range boilerplateWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// collectHTML appends the text blocks under n in document order.
func collectHTML(n *html.Node, out *[]mdPara) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if skippedAtoms[c.DataAtom] || isBoilerplate(c) {
			continue
		}
		add := func(level int, kind model.BlockKind) {
			t := cleanSpace(Sanitize(textOf(c)))
			if t != "" {
				*out = append(*out, mdPara{para: para{text: t, lines: 1, list: kind == model.ListItem}, level: level, kind: kind})
			}
		}
		switch c.DataAtom {
		case atom.H1:
			add(1, model.Paragraph)
		case atom.H2:
			add(2, model.Paragraph)
		case atom.H3:
			add(3, model.Paragraph)
		case atom.H4, atom.H5, atom.H6:
			add(4, model.Paragraph)
		case atom.P, atom.Pre:
			add(0, model.Paragraph)
		case atom.Li:
			add(0, model.ListItem)
		case atom.Blockquote:
			add(0, model.QuoteBlock)
		default:
			collectHTML(c, out)
		}
	}
}

// textOf returns the text under a node, with <br> as a space and scripts
// left out.
func textOf(n *html.Node) string {
	var sb strings.Builder
	walkHTML(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			return false
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			sb.WriteByte(' ')
		}
		return true
	})
	return sb.String()
}

// walkHTML visits n and its descendants depth first; visit returns false
// to skip a node's children.
func walkHTML(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, visit)
	}
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walkHTML(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}
