package ui

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// blockRef names a block: block b of section s (0 for the intro), or its
// heading (the briefing's title for section 0) when b is blockHeading.
type blockRef struct{ section, block int }

// cueMark is where the document names a quote's speaker, in the block
// that holds the mention.
type cueMark struct {
	start, end int
	speaker    string
}

// docIndex is what the reader looks up per block while it renders, built
// once per briefing in passes linear in its size: a document can quote
// thousands of speakers, and asking the model per quote or per block
// would be quadratic.
type docIndex struct {
	// display is the name shown for a speaker (Speaker.Name on one line),
	// "" for an unknown ID.
	display map[string]string
	// cues are the mentions that name a speaker, by the block that holds
	// them: content says where each quote's cue is (model.Quote.Cue).
	cues map[blockRef][]cueMark
	// tags are, per block, the speakers of its quotes whose cue does not
	// name them near the quote (it is a pronoun or a role, or further
	// back than the paragraph before): the reader can show them under
	// the block, never in the text.
	tags map[blockRef][]string
	// firstLink is, per block with links, the number of its first link
	// that gets a reference; numbers run per talking point.
	firstLink map[blockRef]int
	// links are each talking point's referenced links, in order.
	links map[int][]model.Inline
	// lastBlock is each talking point's last block with text, after which
	// its link references are listed.
	lastBlock map[int]int
}

func newDocIndex(b *model.Briefing) docIndex {
	ix := docIndex{
		display: make(map[string]string, len(b.Speakers)),
		cues:    map[blockRef][]cueMark{}, tags: map[blockRef][]string{},
		firstLink: map[blockRef]int{}, links: map[int][]model.Inline{}, lastBlock: map[int]int{},
	}
	for id, name := range b.SpeakerNames() {
		ix.display[id] = oneLine(name)
	}
	nameWords := map[string]map[string]bool{}
	for _, s := range b.Speakers {
		nameWords[s.ID] = wordSet(s.Name + " " + s.FullName)
	}
	for _, q := range b.Quotes {
		if q.Speaker == "" || ix.display[q.Speaker] == "" {
			continue
		}
		here := blockRef{q.Section, q.Block}
		c := q.Cue
		named := false // the reader sees the speaker named by the cue, near the quote
		if c.Valid() && !c.Label && cueFits(b, c) {
			ref := blockRef{c.Section, c.Block}
			ix.cues[ref] = append(ix.cues[ref], cueMark{c.Start, c.End, q.Speaker})
			near := ref == here || ref.section == here.section && ref.block == here.block-1
			named = near && namesSpeaker(cueText(b, c), nameWords[q.Speaker])
		}
		if named || q.Kind == model.Turn {
			continue // a turn's label says who speaks; the speakers pane has the name
		}
		if tags := ix.tags[here]; len(tags) == 0 || tags[len(tags)-1] != q.Speaker {
			ix.tags[here] = append(tags, q.Speaker)
		}
	}
	for n := 0; n <= len(b.Sections); n++ {
		ix.lastBlock[n] = -1
		if n > 0 {
			// the heading's links are the point's first
			s := b.Sections[n-1]
			for _, in := range s.HeadingInlines {
				if in.Kind == model.Link && referenced(s.Heading, in) {
					if _, ok := ix.firstLink[blockRef{n, blockHeading}]; !ok {
						ix.firstLink[blockRef{n, blockHeading}] = len(ix.links[n]) + 1
					}
					ix.links[n] = append(ix.links[n], in)
				}
			}
		}
		for i, bl := range b.Blocks(n) {
			if strings.TrimSpace(bl.Text) != "" {
				ix.lastBlock[n] = i
			}
			first := true
			for _, in := range bl.Inlines {
				if in.Kind != model.Link || !referenced(bl.Text, in) {
					continue
				}
				if first {
					ix.firstLink[blockRef{n, i}] = len(ix.links[n]) + 1
					first = false
				}
				ix.links[n] = append(ix.links[n], in)
			}
		}
	}
	return ix
}

// wordSet is the lower-case words of s.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), notWordRune) {
		out[w] = true
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// namesSpeaker reports whether a cue says who the speaker is: a word of
// their name, not a pronoun or a role ("she", "the minister"). It runs
// for every quote of a document, so it makes no set of the cue's words.
func namesSpeaker(cue string, name map[string]bool) bool {
	for w := range strings.FieldsFuncSeq(cue, notWordRune) {
		if len(w) > 1 && (name[w] || name[strings.ToLower(w)]) {
			return true
		}
	}
	return false
}

// cueText is the text a cue that fits marks.
func cueText(b *model.Briefing, c model.Span) string {
	switch {
	case c.Block == blockHeading && c.Section == 0:
		return b.Title[c.Start:c.End]
	case c.Block == blockHeading:
		return b.Sections[c.Section-1].Heading[c.Start:c.End]
	}
	return b.Blocks(c.Section)[c.Block].Text[c.Start:c.End]
}

// name is the display name of the speaker with the given ID, "" when the
// ID is empty or unknown.
func (ix docIndex) name(id string) string { return ix.display[id] }

// cueFits reports whether a cue's span lies inside the text it names, on
// character boundaries: a parser bug must not crash the reader.
func cueFits(b *model.Briefing, c model.Span) bool {
	var text string
	switch {
	case c.Block == blockHeading && c.Section == 0:
		text = b.Title
	case c.Block == blockHeading:
		if c.Section < 1 || c.Section > len(b.Sections) {
			return false
		}
		text = b.Sections[c.Section-1].Heading
	default:
		blocks := b.Blocks(c.Section)
		if c.Block < 0 || c.Block >= len(blocks) {
			return false
		}
		text = blocks[c.Block].Text
	}
	return spanFits(text, c.Start, c.End)
}

// spanFits reports whether [s, e) is a non-empty stretch of text on
// character boundaries.
func spanFits(text string, s, e int) bool {
	return s >= 0 && e <= len(text) && s < e && utf8.RuneStart(text[s]) && (e == len(text) || utf8.RuneStart(text[e]))
}

// referenced reports whether a link gets a numbered reference: one whose
// text does not already show where it goes (a bare address does).
func referenced(text string, in model.Inline) bool {
	if in.URL == "" || in.Start < 0 || in.End > len(text) || in.Start > in.End {
		return false
	}
	shown := strings.TrimSpace(text[in.Start:in.End])
	target := strings.TrimPrefix(in.URL, "mailto:")
	if shown == target || shown == in.URL {
		return false
	}
	for _, p := range []string{"https://", "http://"} {
		target = strings.TrimPrefix(target, p)
		shown = strings.TrimPrefix(shown, p)
	}
	return strings.TrimSuffix(shown, "/") != strings.TrimSuffix(target, "/")
}

// hyperlinkable reports whether a URL may become a terminal hyperlink:
// http, https or mailto, with nothing in it that could end the escape
// sequence or hide what it is.
func hyperlinkable(u string) bool {
	if u == "" || len(u) > 2048 || strings.ContainsFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f || isUnsafeRune(r) }) {
		return false
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != "" || p.Path != ""
	}
	return false
}
