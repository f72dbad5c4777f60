package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlCollector walks the article region in document order and turns it
// into blocks.
type htmlCollector struct {
	pg    *page
	title string
	out   []htmlBlock
	// started is set once the headline has been passed: what comes before
	// it is page furniture or kickers.
	started bool
	// done ends the walk at a second story's headline.
	done bool
	// bodyCount counts paragraphs and list items emitted.
	bodyCount int
	// lenient keeps link-heavy containers (the fallback pass).
	lenient bool
	run     segmenter
	runNode *html.Node
	runKind model.BlockKind
	// lists are the lists being read, innermost last; item is the list
	// item being read, nil outside lists.
	lists []htmlList
	item  *htmlItem
}

// container reads the children of n: inline content gathers into runs
// (text in a <div> with no <p>, or <br>-separated lines); block children
// are read in turn.
func (c *htmlCollector) container(n *html.Node, kind model.BlockKind) {
	for ch := n.FirstChild; ch != nil && !c.done; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			if c.started {
				c.startRun(n, kind)
				c.run.text(ch.Data)
			}
		case ch.Type != html.ElementNode || c.pg.skipped(ch):
		case ch == c.pg.headline:
			c.flush()
			c.started = true
		case isInline(ch) && !c.pg.info[ch].block:
			if c.started {
				c.startRun(n, kind)
				c.run.node(c.pg, ch)
			}
		default:
			c.flush()
			c.block(ch)
		}
	}
	c.flush()
}

func (c *htmlCollector) startRun(n *html.Node, kind model.BlockKind) {
	if c.runNode == nil {
		c.runNode, c.runKind = n, kind
		c.run.reset()
	}
}

// flush emits the pending inline run as paragraphs.
func (c *htmlCollector) flush() {
	if c.runNode == nil {
		return
	}
	for _, s := range c.run.paragraphs() {
		c.emitText(c.runNode, s, c.runKind)
	}
	c.runNode = nil
}

// block reads one block-level element.
func (c *htmlCollector) block(n *html.Node) {
	inf := c.pg.info[n]
	if !c.started && !c.pg.onPath[n] {
		return // before the headline: kickers, breadcrumbs, menus
	}
	if c.started && !c.lenient && !isLeaf(n) && inf.linkHeavy() && !c.pg.onPath[n] {
		// A box of links: menus, "related stories", tag lists.
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if c.started {
			c.heading(n)
		}
	case atom.P, atom.Dt, atom.Dd, atom.Address:
		c.leaf(n, model.Paragraph)
	case atom.Pre:
		c.leafPre(n)
	case atom.Ul, atom.Ol, atom.Menu:
		c.list(n)
	case atom.Li:
		c.listItem(n, inf.block)
	case atom.Table:
		if !c.started || !c.dataTable(n) {
			c.container(n, model.Paragraph)
		}
	case atom.Blockquote:
		if c.started {
			c.quote(n)
		}
	case atom.Hr:
		if c.started {
			c.out = append(c.out, htmlBlock{mdPara: mdPara{para: para{lines: 2, kind: model.Rule}}})
		}
	default:
		c.container(n, model.Paragraph)
	}
}

// heading emits a subheading, or ends the article at a second story's
// headline: pages that load the next story below the first repeat the
// whole layout, <h1> and all, inside a wrapper of its own.
func (c *htmlCollector) heading(n *html.Node) {
	if n.DataAtom == atom.H1 && c.bodyCount > 0 && !hasParagraphChild(c.pg, n.Parent) {
		c.done = true
		return
	}
	var s segmenter
	s.inline(c.pg, n)
	t := cleanText(plainOf(s.all()))
	if t == "" || t == c.title || s.linkShare() > 0.5 {
		return
	}
	level := 2
	switch n.DataAtom {
	case atom.H3:
		level = 3
	case atom.H4, atom.H5, atom.H6:
		level = 4
	}
	c.add(n, t, shape{}, level, model.Paragraph, false)
}

// leaf emits a paragraph-like element, split where the page separates
// paragraphs with <br><br>.
func (c *htmlCollector) leaf(n *html.Node, kind model.BlockKind) {
	if !c.started {
		return
	}
	var s segmenter
	s.inline(c.pg, n)
	for _, p := range s.paragraphs() {
		c.emitText(n, p, kind)
	}
}

// leafPre emits preformatted text with its line breaks.
func (c *htmlCollector) leafPre(n *html.Node) {
	if !c.started {
		return
	}
	t := Sanitize(strings.TrimSpace(flatText(c.pg, n, true)))
	if t != "" {
		c.add(n, t, shape{}, 0, model.Paragraph, false)
	}
}

// quote emits a block quotation as one block, and a quotation quoted in
// it (a <blockquote> inside) as a block nested in it, between the text
// around it.
func (c *htmlCollector) quote(n *html.Node) { c.quoteIn(n, 0) }

func (c *htmlCollector) quoteIn(n *html.Node, depth int) {
	var s segmenter
	flush := func() {
		t, sh := cleanRun(s.all())
		if t != "" && (c.lenient || s.linkShare() <= 0.5) {
			c.add(n, t, sh, 0, model.QuoteBlock, false)
			for range depth {
				last := &c.out[len(c.out)-1]
				sh := last.shape.val()
				sh.nest = append(slices.Clip(sh.nest), model.InQuote)
				last.shape = sh.ref()
			}
		}
		s.reset()
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Blockquote && !c.pg.skipped(ch) && depth < maxQuoteDepth {
			flush()
			c.quoteIn(ch, depth+1)
			continue
		}
		s.node(c.pg, ch)
	}
	flush()
}

// maxQuoteDepth is how deep quotations quoted in quotations are kept
// apart; deeper ones are read into the one around them.
const maxQuoteDepth = 8

// emitText filters one paragraph of inline text and emits it.
func (c *htmlCollector) emitText(n *html.Node, p textRun, kind model.BlockKind) {
	t, sh := cleanRun(p.text, p.shape)
	if t == "" || t == c.title {
		return
	}
	words := wordCount(t)
	if !c.lenient {
		if p.link*2 > p.n && !citedAddress(t) {
			return // a link on its own line: "Read more", a teaser title
		}
		if words <= 40 && (p.img || c.pg.captionBox(n, p.n)) {
			return // an image caption or credit
		}
		if words <= 30 && (strings.HasPrefix(t, "©") || strings.HasPrefix(t, "Copyright ©")) {
			return // the publisher's copyright line
		}
	}
	bold := kind == model.Paragraph && p.bold == p.n && words <= 15 && !strings.HasSuffix(t, ":")
	c.add(n, t, sh, 0, kind, bold)
}

// citedAddress reports a line that is an address or a reference in one
// word ("https://example.org/notes.html", "owner/repo#448"): a source
// the author cites on a line of its own, which no menu or teaser reads as.
func citedAddress(t string) bool {
	return !strings.ContainsFunc(t, unicode.IsSpace) && strings.ContainsAny(t, "/#") &&
		strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// add appends a block; the first one after the headline may be the
// standfirst.
func (c *htmlCollector) add(n *html.Node, t string, sh shape, level int, kind model.BlockKind, bold bool) {
	kind, sh = c.placeInList(kind, sh, level)
	b := htmlBlock{mdPara: mdPara{para: para{text: t, lines: 1, list: kind == model.ListItem, kind: kind, shape: sh.ref()}, level: level}, bold: bold}
	if len(c.out) == 0 && c.bodyCount == 0 && c.pg.headline != nil && wordCount(t) <= 60 && kind == model.Paragraph &&
		(level > 0 && c.pg.nearHeadline(n) || c.pg.dekLike(n) || c.pg.standfirstBox(n)) {
		b.subtitle, b.level, b.bold = true, 0, false
	}
	if level == 0 && !bold && !b.subtitle {
		c.bodyCount++
	}
	c.out = append(c.out, b)
}

// hasParagraphChild reports whether n has a <p> child of body length: the
// mark of a body column, as against a story's header block with its
// one-line byline.
func hasParagraphChild(pg *page, n *html.Node) bool {
	if n == nil {
		return false
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.DataAtom == atom.P && ch.Type == html.ElementNode && pg.info[ch] != nil && pg.info[ch].text >= 80 {
			return true
		}
	}
	return false
}

// cleanRun is a run's text and spans as a block keeps them. The run was
// folded and sanitized as it was read; should cleaning still change it,
// the text wins and the spans go.
func cleanRun(t string, sh shape) (string, shape) {
	if c := cleanText(t); c != t {
		return c, shape{}
	}
	return t, sh
}

// plainOf drops a run's spans.
func plainOf(t string, _ shape) string { return t }

// cleanText turns extracted text into a block's text: HTML white space
// collapsed, control characters made visible.
func cleanText(s string) string {
	// mapped only where Map would change something: a line break, or an
	// invalid byte (each becomes U+FFFD)
	if !utf8.ValidString(s) || strings.IndexFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\f' || r == '\t' }) >= 0 {
		s = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\f' || r == '\t' {
				return ' '
			}
			return r
		}, s)
	}
	return cleanSpace(Sanitize(s))
}

// flatText returns the text under n, furniture left out; pre keeps line
// breaks (and turns <br> into one).
func flatText(pg *page, n *html.Node, pre bool) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			switch {
			case ch.Type == html.TextNode:
				sb.WriteString(ch.Data)
			case ch.Type != html.ElementNode || pg.skipped(ch):
			case ch.DataAtom == atom.Br:
				if pre {
					sb.WriteByte('\n')
				} else {
					sb.WriteByte(' ')
				}
			default:
				if !isInline(ch) {
					sb.WriteByte(' ')
				}
				walk(ch)
			}
		}
	}
	walk(n)
	return sb.String()
}
