package content

import (
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads a saved web page: the article's headline, standfirst,
// subheadings, paragraphs, list items and block quotes, in order, without
// the page's navigation, scripts and furniture. The blocks are then
// structured like Markdown (or like plain text when the page has no
// subheadings).
//
// Finding the article takes a few linear passes (see readPage): mark
// furniture by element, class, id, role, aria-label and hiding; choose the
// headline (the <h1> most like the page's <title> and og:title); count
// text and link text per element; take the smallest ancestor of the
// headline that holds most of the text after it; and read that from the
// headline on (htmlCollector), dropping link boxes, captions and debris.
func parseHTML(src string) rawDoc {
	root, err := html.Parse(strings.NewReader(capNesting(src)))
	if err != nil {
		return parsePlain(src)
	}
	pg := readPage(root)
	title, blocks := pg.extract()
	subtitle := ""
	if len(blocks) > 0 && blocks[0].subtitle {
		subtitle, blocks = blocks[0].text, blocks[1:]
	}
	if len(blocks) == 0 && title == "" {
		return rawDoc{}
	}
	paras := make([]mdPara, 0, len(blocks)+2)
	hasHeadings := false
	for _, b := range blocks {
		paras = append(paras, b.mdPara)
		hasHeadings = hasHeadings || b.level > 0
	}
	if hasHeadings {
		if title != "" {
			paras = append([]mdPara{{para: para{text: title, lines: 1}, level: 1}}, paras...)
		}
		d := assembleMarkdown(paras)
		d.subtitle = subtitle
		return d
	}
	// No subheadings: the plain-text structure pass may still find
	// talking points (numbered lines, transcript turns). It sees the
	// headline first, as in a plain briefing; the page's own headline and
	// standfirst are restored afterwards.
	plain := make([]para, 0, len(paras)+1)
	if title != "" {
		plain = append(plain, para{text: title, lines: 1})
	}
	for _, p := range paras {
		plain = append(plain, p.para)
	}
	d := structurePlain(plain)
	if title != "" {
		if len(d.intro) > 0 && d.intro[0].label == "" && d.intro[0].text == title {
			d.intro = d.intro[1:] // the pass did not take it for a title
		}
		d.title = title
	}
	if subtitle != "" {
		if d.subtitle != "" {
			// The pass took the first paragraph for a standfirst; the
			// page had its own.
			d.intro = append([]rawBlock{{kind: model.Paragraph, text: d.subtitle}}, d.intro...)
		}
		d.subtitle = subtitle
	}
	return d
}

// htmlBlock is one block read from a page, with what the collector learnt
// about it.
type htmlBlock struct {
	mdPara
	// bold marks a short paragraph set wholly in bold: a subheading.
	bold bool
	// subtitle marks the standfirst under the headline.
	subtitle bool
}

// extract returns the page's title and the article's blocks.
func (pg *page) extract() (string, []htmlBlock) {
	title := ""
	if pg.headline != nil {
		title = cleanText(flatText(pg, pg.headline, false))
	}
	if title == "" {
		title = pg.metaTitle()
	}
	c := &htmlCollector{pg: pg, title: title}
	region := pg.region()
	c.started = pg.headline == nil || !pg.onPath[region]
	c.container(region, model.Paragraph)
	if c.bodyCount == 0 {
		// Nothing after the headline passed the filters: read the whole
		// page rather than show an empty briefing.
		body := pg.body()
		c = &htmlCollector{pg: pg, title: title, started: true, lenient: true}
		c.container(body, model.Paragraph)
	}
	return title, finishBlocks(c.out)
}

// finishBlocks drops headings with nothing under them ("Related stories"
// over a dropped list), gives bold subheadings a level, drops blocks
// repeated back to back and trailing debris ("Continue reading").
func finishBlocks(in []htmlBlock) []htmlBlock {
	out := make([]htmlBlock, 0, len(in))
	for _, b := range in {
		if n := len(out); n > 0 && out[n-1].text == b.text {
			continue
		}
		out = append(out, b)
	}
	out = dropEmptyHeadings(out)
	realHeadings := false
	for _, b := range out {
		realHeadings = realHeadings || b.level > 0
	}
	for i := range out {
		if out[i].bold && !realHeadings {
			// Among <h2> subheads a bold line is a lower-level label,
			// kept as text.
			out[i].level = 2
		}
	}
	out = dropEmptyHeadings(out)
	out = dropTailBoxes(out)
	for len(out) > 0 {
		last := out[len(out)-1]
		if last.level > 0 || last.kind == model.Paragraph && wordCount(last.text) <= 4 && !endsSentence(last.text) &&
			!strings.HasSuffix(trimClosers(last.text), "?") {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}

// dropTailBoxes cuts the article after its last long paragraph at a
// heading over nothing but short list items: "Related topics" over tags,
// "About this story" over date and author lines.
func dropTailBoxes(in []htmlBlock) []htmlBlock {
	last := -1
	for i, b := range in {
		if b.level == 0 && b.kind == model.Paragraph && wordCount(b.text) >= 20 {
			last = i
		}
	}
	for i := last + 1; i < len(in); i++ {
		if in[i].level == 0 {
			continue
		}
		short := 0
		for _, b := range in[i+1:] {
			if b.level > 0 {
				break
			}
			if b.kind != model.ListItem || wordCount(b.text) > 8 {
				short = -1
				break
			}
			short++
		}
		if short >= 2 {
			return in[:i]
		}
	}
	return in
}

// dropEmptyHeadings drops each heading that has no text block under it
// before the next heading of its level or higher.
func dropEmptyHeadings(in []htmlBlock) []htmlBlock {
	kept := in[:0]
	for i, b := range in {
		if b.level > 0 {
			empty := true
			for _, nb := range in[i+1:] {
				if nb.level == 0 {
					empty = false
					break
				}
				if nb.level <= b.level {
					break
				}
			}
			if empty {
				continue
			}
		}
		kept = append(kept, b)
	}
	return kept
}

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
	case atom.Li:
		if inf.block {
			c.container(n, model.ListItem)
		} else {
			c.leaf(n, model.ListItem)
		}
	case atom.Blockquote:
		if c.started {
			c.quote(n)
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
	t := cleanText(s.all())
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
	c.add(n, t, level, model.Paragraph, false)
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
		c.add(n, t, 0, model.Paragraph, false)
	}
}

// quote emits a block quotation as one block.
func (c *htmlCollector) quote(n *html.Node) {
	var s segmenter
	s.inline(c.pg, n)
	t := cleanText(s.all())
	if t != "" && (c.lenient || s.linkShare() <= 0.5) {
		c.add(n, t, 0, model.QuoteBlock, false)
	}
}

// emitText filters one paragraph of inline text and emits it.
func (c *htmlCollector) emitText(n *html.Node, p textRun, kind model.BlockKind) {
	t := cleanText(p.text)
	if t == "" || t == c.title {
		return
	}
	words := wordCount(t)
	if !c.lenient {
		if p.link*2 > p.n {
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
	c.add(n, t, 0, kind, bold)
}

// add appends a block; the first one after the headline may be the
// standfirst.
func (c *htmlCollector) add(n *html.Node, t string, level int, kind model.BlockKind, bold bool) {
	b := htmlBlock{mdPara: mdPara{para: para{text: t, lines: 1, list: kind == model.ListItem}, level: level, kind: kind}, bold: bold}
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

// cleanText turns extracted text into a block's text: HTML white space
// collapsed, control characters made visible.
func cleanText(s string) string {
	return cleanSpace(Sanitize(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\f' || r == '\t' {
			return ' '
		}
		return r
	}, s)))
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

// segment is a stretch of inline text between line breaks.
type segment struct {
	sb strings.Builder
	// n counts visible characters; bold and link count those set in bold
	// and inside links.
	n, bold, link int
	img           bool
	// breaks is how many <br> came before the segment.
	breaks int
}

// segmenter gathers inline text, split at <br>.
type segmenter struct {
	segs         []segment
	breaks       int
	boldD, linkD int
}

func (s *segmenter) reset() { *s = segmenter{} }

func (s *segmenter) cur() *segment {
	if len(s.segs) == 0 || s.breaks > 0 {
		s.segs = append(s.segs, segment{breaks: s.breaks})
		s.breaks = 0
	}
	return &s.segs[len(s.segs)-1]
}

func (s *segmenter) text(t string) {
	n := visibleCount(t)
	if n == 0 {
		if len(s.segs) > 0 && s.breaks == 0 {
			s.segs[len(s.segs)-1].sb.WriteByte(' ')
		}
		return
	}
	g := s.cur()
	g.sb.WriteString(t)
	g.n += n
	if s.boldD > 0 {
		g.bold += n
	}
	if s.linkD > 0 {
		g.link += n
	}
}

// inline adds the content of n (an inline element, or a leaf block read
// as a whole).
func (s *segmenter) inline(pg *page, n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		s.node(pg, ch)
	}
}

// node adds one node: text, a line break, an image or an element's
// content.
func (s *segmenter) node(pg *page, n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		s.text(n.Data)
	case n.Type != html.ElementNode || pg.skipped(n):
	case n.DataAtom == atom.Br:
		s.breaks++
	case n.DataAtom == atom.Img:
		if len(s.segs) > 0 && s.breaks == 0 {
			s.segs[len(s.segs)-1].img = true
		} else {
			s.cur().img = true
		}
	default:
		bold := n.DataAtom == atom.B || n.DataAtom == atom.Strong
		link := n.DataAtom == atom.A
		if bold {
			s.boldD++
		}
		if link {
			s.linkD++
		}
		if !isInline(n) {
			s.text(" ")
		}
		s.inline(pg, n)
		if !isInline(n) {
			s.text(" ")
		}
		if bold {
			s.boldD--
		}
		if link {
			s.linkD--
		}
	}
}

// textRun is one paragraph of inline text with its character counts.
type textRun struct {
	text          string
	n, bold, link int
	img           bool
}

// paragraphs joins segments into paragraphs. A double <br> always breaks
// a paragraph; a single one does between two long lines of which the
// first ends a sentence (prose laid out with <br>), and otherwise is a
// space (an address, a verse, a byline under a photo).
func (s *segmenter) paragraphs() []textRun {
	var out []textRun
	for i := range s.segs {
		g := &s.segs[i]
		if g.n == 0 {
			continue
		}
		t := g.sb.String()
		if len(out) > 0 {
			prev := &out[len(out)-1]
			split := g.breaks >= 2 || g.breaks == 1 && prev.n >= 40 && g.n >= 40 && endsSentence(strings.TrimSpace(prev.text))
			if !split {
				prev.text += " " + t
				prev.n += g.n
				prev.bold += g.bold
				prev.link += g.link
				prev.img = prev.img || g.img
				continue
			}
		}
		out = append(out, textRun{text: t, n: g.n, bold: g.bold, link: g.link, img: g.img})
	}
	return out
}

// all returns the text of every segment, <br> as a space.
func (s *segmenter) all() string {
	var sb strings.Builder
	for i := range s.segs {
		sb.WriteString(s.segs[i].sb.String())
		sb.WriteByte(' ')
	}
	return sb.String()
}

// linkShare is the fraction of the text inside links.
func (s *segmenter) linkShare() float64 {
	n, l := 0, 0
	for i := range s.segs {
		n += s.segs[i].n
		l += s.segs[i].link
	}
	if n == 0 {
		return 0
	}
	return float64(l) / float64(n)
}

// visibleCount counts the characters of t that are not white space.
func visibleCount(t string) int {
	n := 0
	for _, r := range t {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

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

// readHead collects the page's titles from <title> and the Open Graph and
// Twitter card tags.
func (pg *page) readHead(head *html.Node) {
	for ch := head.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		switch ch.DataAtom {
		case atom.Title:
			if ch.FirstChild != nil {
				pg.titles = append(pg.titles, ch.FirstChild.Data)
			}
		case atom.Meta:
			key, content := "", ""
			for _, a := range ch.Attr {
				switch a.Key {
				case "property", "name":
					key = strings.ToLower(a.Val)
				case "content":
					content = a.Val
				}
			}
			if key == "og:title" || key == "twitter:title" {
				pg.titles = append(pg.titles, content)
			}
		}
	}
}

// metaTitle is the title when the page has no headline element: og:title
// or <title>, without the site's name.
func (pg *page) metaTitle() string {
	best := ""
	for _, t := range pg.titles {
		t = cleanText(t)
		parts := splitTitle(t)
		long := parts[0]
		for _, p := range parts[1:] {
			if wordCount(p) > wordCount(long) {
				long = p
			}
		}
		if wordCount(long) > wordCount(best) {
			best = long
		}
	}
	return best
}

// splitTitle splits "Headline | Section | Site" at its separators.
func splitTitle(t string) []string {
	parts := []string{t}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{t}
	}
	return out
}

// chooseHeadline picks the <h1> most like the page's title (a page with
// several <h1>s uses one for the site's logo, or carries the next story
// too), else an <h2> that matches it well, else the first <h1> of three
// words or more.
func (pg *page) chooseHeadline(h1s, h2s []*html.Node) *html.Node {
	var titles [][]string
	for _, t := range pg.titles {
		for _, p := range append(splitTitle(t), t) {
			if w := headlineWords(p); len(w) > 0 {
				titles = append(titles, w)
			}
		}
	}
	best := func(cands []*html.Node, min float64) *html.Node {
		var found *html.Node
		score := min
		for _, h := range cands {
			hw := headlineWords(flatText(pg, h, false))
			for _, tw := range titles {
				if s := dice(hw, tw); s > score {
					found, score = h, s
				}
			}
		}
		return found
	}
	if h := best(h1s, 0.5); h != nil {
		return h
	}
	if h := best(h2s, 0.6); h != nil {
		return h
	}
	for _, h := range h1s {
		if wordCount(cleanText(flatText(pg, h, false))) >= 3 {
			return h
		}
	}
	return nil
}

// headlineWords lower-cases s and splits it into words of letters and digits.
func headlineWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// dice is the Dice coefficient of two word lists: 1 for the same words, 0
// for none in common.
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	in := map[string]int{}
	for _, w := range b {
		in[w]++
	}
	common := 0
	for _, w := range a {
		if in[w] > 0 {
			in[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
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

var dekWords = setOf(`dek standfirst subhead subheadline subtitle summary excerpt lede intro strapline deck
description`)

// hardAtoms never hold article text.
var hardAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Select: true, atom.Button: true, atom.Input: true,
	atom.Textarea: true, atom.Figure: true, atom.Figcaption: true, atom.Picture: true, atom.Head: true,
}

// softAtoms are page furniture by their tag; like furniture named by
// class, they stay when they hold the headline or most of the page.
var softAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Dialog: true, atom.Menu: true,
}

// furnitureExact and furniturePrefix are the words of class and id names
// that mark page furniture, matched against each word of the name
// ("c-social-buttons" → c, social, buttons; "bannerAd" → banner, ad).
var furnitureExact = setOf(`ad ads aside bio btn button crumbs cta date dates icon meta modal overlay
posted prev print pubdate published rail share skip social tag tags toolbar tools updated`)

var furniturePrefix = strings.Fields(`ads advert author avatar banner breadcrumb byline caption comment
consent contributor cookie copyright credit disclaimer disqus follow footer gdpr header keyword login logo
masthead menu metadata mostpopular mostread nav newsletter next outbrain pager pagination player popular
popup promo recommend register related search share sharing sidebar signin signup social sponsor subscri
taboola teaser timestamp tooltip topic trending widget writer`)

// layoutWords mark furniture only when no word says "article": a layout
// column can be named "l-sidebar-fixed l-article-body".
var layoutWords = setOf(`aside rail side sidebar widget`)

// articleWords name the article's own containers.
var articleWords = setOf(`article articlebody body content entry main story`)

// furnitureRoles and furnitureLabels are ARIA roles and words of
// aria-label values that mark furniture.
var furnitureRoles = setOf(`navigation banner contentinfo complementary search menu menubar toolbar dialog
alertdialog tablist`)

var furnitureLabels = []string{"share", "social", "navigation", "breadcrumb", "menu", "related", "advert",
	"sponsor", "comment", "footer", "newsletter"}

// textAtoms hold running text: inside them a link or <span> named like
// furniture ("textTag", "date") is part of a sentence, and only hiding
// removes it.
var textAtoms = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.Blockquote: true, atom.Dd: true,
	atom.Dt: true, atom.Td: true, atom.Pre: true, atom.Address: true}

// furniture reports how an element is marked as furniture by its tag,
// attributes, class and id, and whether the mark is strong (comments).
// inText says the element is inline within running text: then only marks
// that hide it count.
func furniture(n *html.Node, inText bool) (int8, bool) {
	if hardAtoms[n.DataAtom] {
		return markHard, false
	}
	mark := markNone
	if softAtoms[n.DataAtom] {
		mark = markSoft
	}
	layout, article, strong := false, false, false
	for _, a := range n.Attr {
		val := strings.ToLower(a.Val)
		switch a.Key {
		case "hidden":
			mark = markSoft
		case "aria-hidden":
			if val == "true" {
				mark = markSoft
			}
		case "style":
			v := strings.ReplaceAll(val, " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				mark = markSoft
			}
		case "role":
			if furnitureRoles[val] {
				mark = markSoft
			}
			article = article || val == "main" || val == "article"
		case "aria-label":
			for _, w := range furnitureLabels {
				if strings.Contains(val, w) {
					mark = markSoft
				}
			}
		case "itemprop":
			article = article || val == "articlebody" || val == "text"
		case "class", "id":
			if hiddenName(val) {
				mark = markSoft
			}
			for _, t := range nameTokens(a.Val) {
				switch {
				case articleWords[t]:
					article = true
				case layoutWords[t]:
					layout = true
				case inText:
				case furnitureExact[t] || hasAnyPrefix(t, furniturePrefix):
					mark = markSoft
					strong = strong || strings.HasPrefix(t, "comment") || t == "disqus"
				}
			}
		}
	}
	if layout && !article && !inText {
		mark = markSoft
	}
	if inText && softAtoms[n.DataAtom] {
		mark = markNone
	}
	return mark, strong
}

// hiddenName reports class names that hide an element from sight:
// "hidden", "sr-only", "visually-hidden", but not the responsive
// "hidden-xs" (hidden on small screens only).
func hiddenName(v string) bool {
	for _, w := range []string{"sr-only", "sr_only", "screen-reader", "screenreader", "visually-hidden", "visuallyhidden", "offscreen"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	for _, f := range strings.Fields(v) {
		if f == "hidden" || f == "is-hidden" || f == "u-hidden-text" {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// nameTokens splits a class or id value into lower-case words at
// punctuation and at camelCase humps.
func nameTokens(v string) []string {
	var out []string
	var cur []rune
	prevLower := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range v {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				flush()
			}
			cur = append(cur, unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

// inlineAtoms are the elements that flow within a line of text.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.Acronym: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Big: true, atom.Br: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true,
	atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Img: true, atom.Ins: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Nobr: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true,
	atom.Output: true, atom.Ruby: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Picture: true,
}

// isInline reports an element that flows within a line; unknown custom
// elements count as blocks.
func isInline(n *html.Node) bool {
	return inlineAtoms[n.DataAtom]
}

// isLeaf reports elements read as one block of text.
func isLeaf(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote,
		atom.Dt, atom.Dd, atom.Address:
		return true
	}
	return false
}

// maxNesting is the deepest element nesting passed to the HTML parser.
// x/net/html's tree builder scans its stack of open elements for many
// tags, so its time grows with the square of the depth: 50,000 nested
// <div>s took 40 s. Real pages nest a few dozen deep.
const maxNesting = 256

// capNesting drops start and end tags nested deeper than maxNesting,
// keeping their text. Elements usually left open (<p>, <li>, <td>) and
// void elements do not count towards the depth.
func capNesting(src string) string {
	if !nestingOver(src, nil) {
		return src
	}
	var sb strings.Builder
	sb.Grow(len(src))
	nestingOver(src, &sb)
	return sb.String()
}

// nestingOver tokenizes src, reports whether its nesting goes past
// maxNesting and, when out is given, writes src to it without the tags
// past that depth.
func nestingOver(src string, out *strings.Builder) bool {
	z := html.NewTokenizer(strings.NewReader(src))
	depth, over := 0, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return over
		}
		keep := true
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			if uncounted[atom.Lookup(name)] {
				break
			}
			if tt == html.StartTagToken {
				depth++
				keep = depth <= maxNesting
			} else if depth > 0 {
				keep = depth <= maxNesting
				depth--
			}
			if !keep {
				over = true
				if out == nil {
					return true
				}
			}
		}
		if keep && out != nil {
			out.Write(z.Raw())
		}
	}
}

// uncounted are elements that close themselves, or are usually left for
// the parser to close, and so do not deepen nesting.
var uncounted = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Option: true, atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true, atom.Caption: true, atom.Rb: true,
	atom.Rt: true, atom.Rp: true, atom.Html: true, atom.Head: true, atom.Body: true,
}
