package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
