package content

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is a parsed web page with what the passes learnt about its
// elements.
type page struct {
	root *html.Node
	info map[*html.Node]*nodeInfo
	// titles are the page's own names for itself: <title>, og:title,
	// twitter:title.
	titles   []string
	headline *html.Node
	// onPath marks the headline and its ancestors.
	onPath map[*html.Node]bool
	// base is the page's own address, which its relative links are
	// resolved against; nil when the page does not say.
	base *url.URL
}

// setBase keeps u as the page's address if it is an absolute http(s) one.
func (pg *page) setBase(u string) {
	if b, err := url.Parse(strings.TrimSpace(u)); err == nil && (b.Scheme == "http" || b.Scheme == "https") && b.Host != "" {
		pg.base = b
	}
}

// linkTarget is a link's href as the reader can follow it: resolved
// against the page's address when it is relative and the page has one.
func (pg *page) linkTarget(href string) string {
	href = strings.TrimSpace(href)
	if pg == nil || pg.base == nil || href == "" {
		return href
	}
	u, err := url.Parse(href)
	if err != nil || u.IsAbs() {
		return href
	}
	return pg.base.ResolveReference(u).String()
}

// nodeInfo is what the passes know about one element.
type nodeInfo struct {
	// mark is why the element looks like page furniture: markNone,
	// markSoft (its class, id, role or tag says so), markHard (it can
	// never hold article text).
	mark int8
	// strong marks furniture that is dropped whatever its size
	// (comments).
	strong bool
	// skip is the final decision to leave the element out.
	skip bool
	// raw counts visible characters under the element, furniture
	// included; text and link count those outside skipped elements, and
	// in links; after counts non-link text after the headline.
	raw, text, link, after int
	// block reports a block-level element inside; img an image.
	block, img bool
}

const (
	markNone int8 = iota
	markSoft
	markHard
)

// linkHeavy reports an element whose text is mostly links and which holds
// little text of its own: a menu, a list of related stories.
func (inf *nodeInfo) linkHeavy() bool {
	return inf.text > 0 && inf.link*2 > inf.text && inf.text-inf.link < 300
}

// readPage runs the passes over a parsed page.
func readPage(root *html.Node) *page {
	pg := &page{root: root, info: map[*html.Node]*nodeInfo{}, onPath: map[*html.Node]bool{}}
	var h1s, h2s []*html.Node
	inText := 0 // open paragraph-like elements
	// Pass 1: furniture marks, raw text counts, headline candidates.
	traverse(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if p := pg.info[n.Parent]; p != nil {
				p.raw += visibleCount(n.Data)
			}
			return false
		case html.ElementNode:
		default:
			return true
		}
		inf := &nodeInfo{}
		pg.info[n] = inf
		if n.DataAtom == atom.Head {
			pg.readHead(n)
			inf.mark = markHard
			return false
		}
		inf.mark, inf.strong = furniture(n, inText > 0 && isInline(n))
		if inf.mark == markHard {
			return false
		}
		if textAtoms[n.DataAtom] {
			inText++
		}
		switch n.DataAtom {
		case atom.H1:
			h1s = append(h1s, n)
		case atom.H2:
			h2s = append(h2s, n)
		}
		return true
	}, func(n *html.Node) {
		if textAtoms[n.DataAtom] && pg.info[n] != nil && pg.info[n].mark != markHard {
			inText--
		}
		if inf, p := pg.info[n], pg.info[n.Parent]; inf != nil && p != nil {
			p.raw += inf.raw
			// An image counts even inside furniture (a link, a
			// <picture>): it tells a caption from a paragraph.
			p.img = p.img || inf.img || n.DataAtom == atom.Img || n.DataAtom == atom.Picture || n.DataAtom == atom.Figure
		}
	})
	pg.headline = pg.chooseHeadline(h1s, h2s)
	for a := pg.headline; a != nil; a = a.Parent {
		pg.onPath[a] = true
	}
	pg.count()
	return pg
}

// count is pass 2: the final skip decisions, then text, link text and
// text after the headline per element.
func (pg *page) count() {
	rawAll := 0
	if inf := pg.info[pg.body()]; inf != nil {
		rawAll = inf.raw
	}
	links, pastHeadline := 0, false
	traverse(pg.root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			p := pg.info[n.Parent]
			if p == nil {
				return false
			}
			c := visibleCount(n.Data)
			p.text += c
			if links > 0 {
				p.link += c
			} else if pastHeadline {
				p.after += c
			}
			return false
		case html.ElementNode:
		default:
			return true
		}
		inf := pg.info[n]
		switch {
		case inf.mark == markHard:
			inf.skip = !pg.onPath[n]
		case inf.mark == markSoft:
			// Furniture is dropped unless it holds the headline, or most
			// of the page's text (a share bar left unclosed around the
			// article, a layout column named "sidebar"), or is the
			// standfirst beside the headline ("teaser-text").
			inf.skip = !pg.onPath[n] && (inf.strong || inf.raw*2 <= rawAll) && !pg.standfirstBox(n)
		}
		if inf.skip {
			return false
		}
		if n.DataAtom == atom.A {
			links++
		}
		return true
	}, func(n *html.Node) {
		inf := pg.info[n]
		if inf == nil {
			return
		}
		if n.DataAtom == atom.A && !inf.skip {
			links--
		}
		if n == pg.headline {
			pastHeadline = true
		}
		p := pg.info[n.Parent]
		if p == nil || inf.skip {
			return
		}
		p.text += inf.text
		p.link += inf.link
		p.after += inf.after
		p.block = p.block || inf.block || !isInline(n)
	})
}

// traverse visits n and its descendants in document order without
// recursion, so that nesting depth cannot exhaust the stack. enter
// returns false to skip a node's children; leave follows every enter.
func traverse(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			leave(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// region returns the element to read the article from: the smallest
// ancestor of the headline holding at least half of the page's text after
// it. Without a headline it is the page's single <article>, or else the
// element that holds most of the page's text, found by walking down from
// <body> while one child holds three quarters of it.
func (pg *page) region() *html.Node {
	body := pg.body()
	if h, inf := pg.headline, pg.info[body]; h != nil && inf != nil {
		if total := inf.after; total > 0 {
			for a := h.Parent; a != nil; a = a.Parent {
				if inf := pg.info[a]; inf != nil && inf.after*2 >= total {
					return a
				}
			}
		}
	}
	nonLink := func(n *html.Node) int {
		inf := pg.info[n]
		if inf == nil || inf.skip {
			return 0
		}
		return inf.text - inf.link
	}
	total := nonLink(body)
	var articles []*html.Node
	traverse(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || pg.skipped(n) {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom == atom.Article && nonLink(n)*3 >= total {
			articles = append(articles, n)
			return false
		}
		return true
	}, func(*html.Node) {})
	if len(articles) == 1 {
		return articles[0]
	}
	n := body
	for {
		var next *html.Node
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type == html.ElementNode && !isLeaf(ch) && nonLink(ch)*4 >= total*3 && total > 0 {
				next = ch
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
}

// body returns <body>, or the document if there is none.
func (pg *page) body() *html.Node {
	var found *html.Node
	traverse(pg.root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return false
		}
		return n.Type == html.DocumentNode || n.DataAtom == atom.Html
	}, func(*html.Node) {})
	if found == nil {
		return pg.root
	}
	return found
}

// skipped reports an element left out of the article.
func (pg *page) skipped(n *html.Node) bool {
	inf := pg.info[n]
	return inf == nil || inf.skip || inf.mark == markHard
}

// contains reports whether a is n or one of its ancestors.
func (pg *page) contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// captionBox reports whether n is, or sits in, a small box with an image
// and no other text: a photo with its caption.
func (pg *page) captionBox(n *html.Node, chars int) bool {
	for i, p := 0, n; i < 3 && p != nil; i, p = i+1, p.Parent {
		inf := pg.info[p]
		if inf == nil || inf.text > chars+20 {
			return false
		}
		if inf.img {
			return true
		}
	}
	return false
}

// nearHeadline reports whether n shares the headline's header block: its
// parent or grandparent.
func (pg *page) nearHeadline(n *html.Node) bool {
	h := pg.headline
	for i, a := 0, h.Parent; i < 2 && a != nil; i, a = i+1, a.Parent {
		if pg.contains(a, n) {
			return true
		}
	}
	return false
}

// standfirstBox reports an element beside the headline named like a
// standfirst, where "teaser" means the standfirst too.
func (pg *page) standfirstBox(n *html.Node) bool {
	if pg.headline == nil {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			for _, t := range nameTokens(a.Val) {
				if dekWords[t] || t == "teaser" {
					return pg.nearHeadline(n)
				}
			}
		}
	}
	return false
}

// dekLike reports whether n or one of its two nearest ancestors is named
// like a standfirst.
func (pg *page) dekLike(n *html.Node) bool {
	for i := 0; i < 3 && n != nil; i, n = i+1, n.Parent {
		for _, a := range n.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			for _, t := range nameTokens(a.Val) {
				if dekWords[t] {
					return true
				}
			}
		}
	}
	return false
}
