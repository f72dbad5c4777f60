package content

// The page's headline: from <title> and the social-card tags, or the
// heading element that best matches them.

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
			if key == "og:url" && pg.base == nil {
				pg.setBase(content)
			}
		case atom.Base, atom.Link:
			// the page's own address, for its relative links:
			// <base href>, else <link rel="canonical">
			href, canonical := "", ch.DataAtom == atom.Base
			for _, a := range ch.Attr {
				switch a.Key {
				case "href":
					href = a.Val
				case "rel":
					canonical = canonical || strings.EqualFold(strings.TrimSpace(a.Val), "canonical")
				}
			}
			if canonical && (pg.base == nil || ch.DataAtom == atom.Base) {
				pg.setBase(href)
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
