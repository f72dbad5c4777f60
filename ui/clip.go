package ui

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/briefreader/brief/model"
)

// quoteAtCursor is the quote the reader is on: the one picked in the
// quotes view when it is open, else the quote jumped to while it is on
// screen, else the first quote on screen (the filtered speaker's first,
// when filtering). ok is false when no quote is in view.
func (m Model) quoteAtCursor() (int, bool) {
	if m.overlay == quotesOverlay {
		if q, ok := m.quotes.selected(); ok {
			return q, true
		}
	}
	d := m.doc
	top, bottom := d.offset, d.offset+max(d.height, 1)
	if q := d.anchor.quote; q >= 0 {
		if l, ok := d.quoteLine(q); ok && l >= top && l < bottom {
			return q, true
		}
	}
	best, bestLine, bestOwn := -1, 0, false
	a, b := d.unitsIn(top, bottom)
	for i := a; i < b; i++ {
		s, ok := d.lay.segs[i]
		if !ok {
			continue
		}
		for q, rel := range s.quotes {
			l := d.lay.starts[i] + rel
			if l < top || l >= bottom || q >= len(m.b.Quotes) {
				continue
			}
			own := m.filter != "" && m.b.Quotes[q].Speaker == m.filter
			better := best < 0 || own && !bestOwn || own == bestOwn && (l < bestLine || l == bestLine && q < best)
			if better {
				best, bestLine, bestOwn = q, l, own
			}
		}
	}
	return best, best >= 0
}

// quoteClip is a quote as copied: “words” — Name, role, Title.
func quoteClip(b *model.Briefing, q model.Quote) string {
	text := strings.TrimSpace(oneLine(q.Text))
	// the comma belongs to the sentence that carried the quote
	text = strings.TrimSuffix(text, ",")
	parts := []string{}
	if s, ok := b.Speaker(q.Speaker); ok {
		parts = append(parts, oneLine(s.Name))
		if r := oneLine(s.Role); r != "" {
			parts = append(parts, r)
		}
	} else {
		parts = append(parts, "unattributed")
	}
	if t := oneLine(b.Title); t != "" {
		parts = append(parts, t)
	}
	return "“" + text + "” — " + strings.Join(parts, ", ")
}

// sectionMarkdown is talking point n (0 for the intro) as Markdown: its
// heading and its blocks as the document gives them, block quotes and
// list items marked as such.
func sectionMarkdown(b *model.Briefing, n int) string {
	var sb strings.Builder
	if n >= 1 && n <= len(b.Sections) {
		fmt.Fprintf(&sb, "## %d. %s\n", n, oneLine(b.Sections[n-1].Heading))
	} else if t := oneLine(b.Title); t != "" {
		fmt.Fprintf(&sb, "# %s\n", t)
	}
	for _, bl := range b.Blocks(n) {
		text := strings.TrimSpace(bl.Text)
		if text == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		switch bl.Kind {
		case model.QuoteBlock:
			if bl.Label != "" {
				text = bl.Label + bl.LabelMark + " " + text
			}
			sb.WriteString(prefixEach(text, "> "))
		case model.ListItem:
			sb.WriteString(prefixEach(text, "- ", "  "))
		default:
			sb.WriteString(text)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// prefixEach prefixes the first line with first and the others with rest
// (first again when rest is not given).
func prefixEach(s, first string, rest ...string) string {
	r := first
	if len(rest) > 0 {
		r = rest[0]
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = first + l
		} else {
			lines[i] = r + l
		}
	}
	return strings.Join(lines, "\n")
}

// linkPattern finds web links written out in a document's text.
var linkPattern = regexp.MustCompile(`(?i)\b(?:https?://|mailto:)[^\s<>"“”‘’()\[\]{}]+`)

// sectionLinks lists the web and mail links of talking point n, each
// once. Only http, https and mailto links are offered: a
// document is untrusted, and other schemes can start other programs.
func sectionLinks(b *model.Briefing, n int) []string {
	texts := []string{}
	if n >= 1 && n <= len(b.Sections) {
		texts = append(texts, b.Sections[n-1].Heading)
	}
	for _, bl := range b.Blocks(n) {
		texts = append(texts, bl.Text)
	}
	var out []string
	seen := map[string]bool{}
	add := func(l string) {
		if u, err := url.Parse(l); err == nil && safeScheme(u.Scheme) && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	// the document's own links first (Markdown's [text](url), a web
	// page's <a>), in order, then addresses written out in the text
	for _, bl := range b.Blocks(n) {
		for _, in := range bl.Links() {
			add(strings.TrimSpace(in.URL))
		}
	}
	for _, t := range texts {
		for _, l := range linkPattern.FindAllString(t, -1) {
			add(strings.TrimRight(l, ".,;:!?'’"))
		}
	}
	return out
}

func safeScheme(s string) bool {
	s = strings.ToLower(s)
	return s == "http" || s == "https" || s == "mailto"
}

// selected is the quote under the quotes view's cursor.
func (m quotesModel) selected() (int, bool) {
	if m.list.cursor < 0 || m.list.cursor >= len(m.quotes) {
		return 0, false
	}
	return m.quotes[m.list.cursor], true
}
