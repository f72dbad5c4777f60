package model

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Speaker returns the speaker with the given ID.
func (b *Briefing) Speaker(id string) (Speaker, bool) {
	for _, s := range b.Speakers {
		if s.ID == id {
			return s, true
		}
	}
	return Speaker{}, false
}

// SpeakerName returns the display name of the speaker with the given ID, or
// "" when the ID is empty or unknown.
func (b *Briefing) SpeakerName(id string) string {
	if s, ok := b.Speaker(id); ok {
		return s.Name
	}
	return ""
}

// SpeakerByAlias finds a speaker by any form of their name: the display
// name, the full name, an alias or the ID, compared case-insensitively.
func (b *Briefing) SpeakerByAlias(name string) (Speaker, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Speaker{}, false
	}
	for _, s := range b.Speakers {
		if strings.EqualFold(s.ID, name) || strings.EqualFold(s.Name, name) || strings.EqualFold(s.FullName, name) {
			return s, true
		}
		for _, a := range s.Aliases {
			if strings.EqualFold(a, name) {
				return s, true
			}
		}
	}
	return Speaker{}, false
}

// QuotesBy returns the quotes attributed to the speaker with the given ID,
// in document order.
func (b *Briefing) QuotesBy(id string) []Quote {
	var out []Quote
	for _, q := range b.Quotes {
		if q.Speaker == id && id != "" {
			out = append(out, q)
		}
	}
	return out
}

// QuoteCount returns how many quotes the speaker with the given ID has.
func (b *Briefing) QuoteCount(id string) int {
	n := 0
	for _, q := range b.Quotes {
		if q.Speaker == id && id != "" {
			n++
		}
	}
	return n
}

// SectionsWith returns the numbers of the talking points in which the
// speaker is quoted, ascending. 0 stands for the intro.
func (b *Briefing) SectionsWith(id string) []int {
	var out []int
	for _, q := range b.Quotes {
		if q.Speaker != id || id == "" {
			continue
		}
		if len(out) == 0 || out[len(out)-1] != q.Section {
			out = append(out, q.Section)
		}
	}
	return out
}

// QuotesIn returns the quotes under talking point n (0 for the intro), in
// document order.
func (b *Briefing) QuotesIn(n int) []Quote {
	var out []Quote
	for _, q := range b.Quotes {
		if q.Section == n {
			out = append(out, q)
		}
	}
	return out
}

// Blocks returns the blocks of talking point n, or the intro for n == 0.
// It returns nil for a number with no talking point.
func (b *Briefing) Blocks(n int) []Block {
	if n == 0 {
		return b.Intro
	}
	if n < 1 || n > len(b.Sections) {
		return nil
	}
	return b.Sections[n-1].Blocks
}

// BlockOf returns the block that holds quote q.
func (b *Briefing) BlockOf(q Quote) (Block, bool) {
	blocks := b.Blocks(q.Section)
	if q.Block < 0 || q.Block >= len(blocks) {
		return Block{}, false
	}
	return blocks[q.Block], true
}

// SpeakersByQuotes returns the speakers ordered by quote count, most quoted
// first; ties keep the order of first quote.
func (b *Briefing) SpeakersByQuotes() []Speaker {
	counts := b.QuoteCounts()
	out := append([]Speaker(nil), b.Speakers...)
	sort.SliceStable(out, func(i, j int) bool { return counts[out[i].ID] > counts[out[j].ID] })
	return out
}

// QuoteCounts returns how many quotes each speaker ID has, in one pass:
// for callers that need every speaker's count.
func (b *Briefing) QuoteCounts() map[string]int {
	counts := make(map[string]int, len(b.Speakers))
	for _, q := range b.Quotes {
		if q.Speaker != "" {
			counts[q.Speaker]++
		}
	}
	return counts
}

// SpeakerNames returns every speaker's display name by ID, for callers
// that name many quotes. Should two speakers share an ID, the first wins,
// as in Speaker and SpeakerName.
func (b *Briefing) SpeakerNames() map[string]string {
	names := make(map[string]string, len(b.Speakers))
	for _, s := range b.Speakers {
		if _, dup := names[s.ID]; !dup {
			names[s.ID] = s.Name
		}
	}
	return names
}

// NestedInlines returns the block's inline spans that lie inside its text
// on character boundaries and nest, in order: what a reader or writer can
// turn into marks that open and close properly. A span that would cross
// the end of one enclosing it is left out, as is one that does not fit
// the text, so that a parser bug cannot break what is drawn or written.
func (b Block) NestedInlines() []Inline {
	var out []Inline
	var ends []int // the ends of the spans still open
	for _, x := range b.Inlines {
		if x.Start < 0 || x.End > len(b.Text) || x.Start > x.End ||
			x.Start < len(b.Text) && !utf8.RuneStart(b.Text[x.Start]) || x.End < len(b.Text) && !utf8.RuneStart(b.Text[x.End]) {
			continue
		}
		for len(ends) > 0 && ends[len(ends)-1] <= x.Start {
			ends = ends[:len(ends)-1]
		}
		if len(ends) > 0 && x.End > ends[len(ends)-1] {
			continue
		}
		if x.End > x.Start {
			ends = append(ends, x.End)
		}
		out = append(out, x)
	}
	return out
}

// HeadingMarks is the Markdown heading mark a talking point is written
// with: the author's own level ("###" for a point written "### …"), so
// that a sub-point is shown and exported as the author set it, and "##"
// where the document gives none (a plain-text heading line, a derived
// unit), as brief has always written points.
func (s Section) HeadingMarks() string {
	return strings.Repeat("#", min(max(s.Level, 2), 6))
}
