package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// segment is a stretch of inline text between line breaks.
type segment struct {
	rt richText
	// n counts visible characters; bold and link count those set in bold
	// and inside links.
	n, bold, link int
	img           bool
	// breaks is how many <br> came before the segment.
	breaks int
}

// segmenter gathers inline text, split at <br>, with the author's inline
// styles and links as spans.
type segmenter struct {
	segs         []segment
	breaks       int
	boldD, linkD int
	// open are the spans of the elements being read, each with its
	// index in the current segment's spans: a <br> inside <em> ends the
	// span in one segment and starts it again in the next.
	open []openSpan
}

type openSpan struct {
	kind model.InlineKind
	url  string
	idx  int
}

func (s *segmenter) reset() { *s = segmenter{} }

func (s *segmenter) cur() *segment {
	if len(s.segs) == 0 || s.breaks > 0 {
		if len(s.segs) > 0 {
			prev := &s.segs[len(s.segs)-1].rt
			for _, o := range s.open {
				prev.close(o.idx)
			}
		}
		s.segs = append(s.segs, segment{breaks: s.breaks, rt: richText{foldNewlines: true}})
		s.breaks = 0
		g := &s.segs[len(s.segs)-1]
		for i, o := range s.open {
			s.open[i].idx = g.rt.open(o.kind, o.url)
		}
	}
	return &s.segs[len(s.segs)-1]
}

func (s *segmenter) text(t string) {
	n := visibleCount(t)
	if n == 0 {
		if len(s.segs) > 0 && s.breaks == 0 {
			s.segs[len(s.segs)-1].rt.write(" ")
		}
		return
	}
	g := s.cur()
	g.rt.write(Sanitize(t))
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
		kind, url, styled := inlineStyle(pg, n)
		if styled {
			s.open = append(s.open, openSpan{kind: kind, url: url, idx: s.cur().rt.open(kind, url)})
		}
		s.inline(pg, n)
		if styled {
			o := s.open[len(s.open)-1]
			s.open = s.open[:len(s.open)-1]
			s.segs[len(s.segs)-1].rt.close(o.idx)
		}
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

// inlineStyle is the span an element makes: emphasis, strong, code,
// strikethrough, or a link to its href.
func inlineStyle(pg *page, n *html.Node) (model.InlineKind, string, bool) {
	switch n.DataAtom {
	case atom.Em, atom.I:
		return model.Emphasis, "", true
	case atom.Strong, atom.B:
		return model.Strong, "", true
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return model.InlineCode, "", true
	case atom.S, atom.Del, atom.Strike:
		return model.Strikethrough, "", true
	case atom.A:
		for _, a := range n.Attr {
			if a.Key == "href" && a.Namespace == "" {
				if raw := strings.TrimSpace(a.Val); raw != "" && !strings.HasPrefix(raw, "#") {
					u := SanitizeLine(pg.linkTarget(raw))
					return model.Link, u, true
				}
			}
		}
	}
	return 0, "", false
}

// textRun is one paragraph of inline text with its spans and character
// counts.
type textRun struct {
	text          string
	shape         shape
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
		t, inl := g.rt.finish()
		sh := shape{inlines: inl}
		if len(out) > 0 {
			prev := &out[len(out)-1]
			split := g.breaks >= 2 || g.breaks == 1 && prev.n >= 40 && g.n >= 40 && endsSentence(strings.TrimSpace(prev.text))
			if !split {
				at := len(prev.text) + 1
				prev.text, prev.shape = joinShape(prev.text, prev.shape, " ", t, sh)
				if _, ok := labelAt(t, 0, inl); ok && at < len(prev.text) {
					// a line that may open a turn ("Ana Lind: …<br>Piet
					// Varga: …"): splitLines decides
					prev.shape.lineCuts = append(prev.shape.lineCuts, int32(at))
				}
				prev.n += g.n
				prev.bold += g.bold
				prev.link += g.link
				prev.img = prev.img || g.img
				continue
			}
		}
		out = append(out, textRun{text: t, shape: sh, n: g.n, bold: g.bold, link: g.link, img: g.img})
	}
	for i := range out {
		out[i].shape.lineCuts = foldedCuts(out[i].text, out[i].shape.inlines, out[i].shape.lineCuts)
	}
	return out
}

// all returns the text of every segment, <br> as a space, with its spans.
func (s *segmenter) all() (string, shape) {
	var text string
	var sh shape
	for i := range s.segs {
		if t, inl := s.segs[i].rt.finish(); t != "" {
			text, sh = joinShape(text, sh, " ", t, shape{inlines: inl})
		}
	}
	return text, sh
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
	for i := 0; i < len(t); {
		if c := t[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') { // unicode.IsSpace below U+0080
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			n++
		}
		i += size
	}
	return n
}
