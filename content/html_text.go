package content

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
