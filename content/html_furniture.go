package content

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dekWords name the standfirst box under a headline.
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
