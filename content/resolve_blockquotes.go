package content

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Resolve: whose a block quotation is — the line that introduces it, or
// the credit under it — and which piece of a block quote is its quote.
//
// Newsletters and digests set what people wrote in block quotes, each
// after a line that names them: "Ana Lind writes:", "[ana_l](…) shared:",
// "[Ana Lind](…) announces", "also [ana_l](…):". A block quote runs over
// paragraphs, lists and headings of its own; all of it is the person's,
// one quotation.

// boxOf returns the Markdown block quote a block is part of (shape.box),
// 0 for none.
func (sh *shape) boxOf() int32 {
	if sh == nil {
		return 0
	}
	return sh.box
}

// firstParagraph returns the span of a Markdown block quote's quotation:
// its first paragraph. A quotation over paragraphs is one quote, recorded
// by its first paragraph, as one whose marks open each paragraph is; the
// rest is shown as written, in the quote's box.
func firstParagraph(text string) []span {
	end := strings.Index(text, "\n\n")
	if end < 0 {
		end = len(text)
	}
	end = runOnCredit(text[:end])
	return []span{{open: 0, close: end, start: 0, end: end, double: true}}
}

// runOnCredit returns where the credit a page's embedded post runs on
// after its last sentence begins ("… this empty. — Maren Solberg
// (@tide_watcher) December 3, 2026"): a dash after the sentence's end,
// then a capital and no sentence of its own within maxCreditBytes; the
// text's length when there is none.
func runOnCredit(text string) int {
	i := strings.LastIndex(text, "—")
	if i < 1 || len(text)-i > maxCreditBytes {
		return len(text)
	}
	before, after := strings.TrimRight(text[:i], " "), strings.TrimSpace(text[i+len("—"):])
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?\"”") && !strings.HasSuffix(before, "”") ||
		!unicode.IsUpper(firstRune(after)) || strings.ContainsAny(after, ".!?") {
		return len(text)
	}
	return len(before)
}

// firstPiece reports whether block quote box has no piece with words
// before the end of before: a block quote is one quotation, whose quote
// is its first paragraph or list item (a heading quoted above them is
// not one).
func firstPiece(before []*blk, box int32) bool {
	for j := len(before) - 1; j >= 0 && before[j].raw.shape.boxOf() == box; j-- {
		if k := before[j].raw.kind; k == model.QuoteBlock || k == model.ListItem || k == model.Paragraph {
			return false
		}
	}
	return true
}

// boxLead returns the block before the first piece of block quote box,
// whose pieces end the blocks before; nil when there is none.
func boxLead(before []*blk, box int32) *blk {
	j := len(before) - 1
	for j >= 0 && before[j].raw.shape.boxOf() == box {
		j--
	}
	if j < 0 {
		return nil
	}
	return before[j]
}

// maxLeadWords is the longest line that introduces a block quote without
// a colon ("Ana Lind, the harbour master, announces").
const maxLeadWords = 12

// introduces reports a paragraph that introduces the block quotation
// after it: it ends with a colon ("She wrote:", "also [ana_l](…):"), or
// it is one short clause that ends on its speech verb ("Ana Lind
// announces", "[ana_l](…) says").
func introduces(p *blk) bool {
	if p.raw.kind != model.Paragraph && p.raw.kind != model.ListItem || p.raw.turn() || p.raw.shape.boxOf() != 0 || len(p.sents) == 0 {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(p.raw.text), ":") {
		return true // a list item too: "- Ana Lind put it plainly:"
	}
	toks := p.tokens()
	if p.raw.kind != model.Paragraph || len(p.sents) != 1 || len(p.spans) > 0 || len(toks) > maxLeadWords {
		return false
	}
	last := toks[len(toks)-1]
	if last.kind != tWord || last.capital() || cueForms[last.lower].lemma == "" || len(toks) < 2 {
		return false
	}
	// a verb that is as often a noun ("reports", "notes") only right
	// after its subject: a name, or a link ("[ana_l](…) reports"), not
	// "the latest reports"
	prev := toks[len(toks)-2]
	return !nounish[last.lower] || prev.capital() || linkEndsAt(p, int(prev.end))
}

// linkEndsAt reports a link of the block's that ends at byte end.
func linkEndsAt(p *blk, end int) bool {
	for _, in := range p.raw.shape.val().inlines {
		if in.Kind == model.Link && in.End == end {
			return true
		}
	}
	return false
}

// blockQuoteSpeaker finds who a block quotation is by: a dash line after
// it ("— Teodora Vask, chief engineer"), else the paragraph that
// introduces it (introduces): the user name or name it opens with as a
// link, else its speaker or subject. A line that ends with a colon may
// stand above a heading over the quotation ("Ana shared two updates:",
// "### Ferries", "> …"); one without stands right above it.
func (a *attributor) blockQuoteSpeaker(i int) (*entity, model.Span) {
	b := a.blocks[i]
	box := b.raw.shape.boxOf()
	end := i + 1
	for box != 0 && end < len(a.blocks) && a.blocks[end].raw.shape.boxOf() == box {
		end++
	}
	for box == 0 && end < len(a.blocks) && end < i+maxExcerptParagraphs && a.blocks[end].whole {
		end++ // the excerpt's other paragraphs, over its credit
	}
	credited := b // (a page's embed is one block, no Markdown box)
	if box != 0 {
		credited = a.blocks[end-1]
	}
	if e, cue := a.boxCredit(credited); e != nil {
		return e, cue
	}
	if end < len(a.blocks) {
		if e, cue := a.dashCredit(a.blocks[end]); e != nil {
			return e, cue
		}
		if e, cue := a.bracketCredit(a.blocks[end]); e != nil {
			return e, cue
		}
	}
	var p *blk
	if box != 0 {
		p = boxLead(a.blocks[:i], box)
	} else if i > 0 {
		p = a.blocks[i-1]
	}
	if p == nil || !introduces(p) || p.section != b.section && !strings.HasSuffix(strings.TrimSpace(p.raw.text), ":") {
		return nil, model.Span{}
	}
	if e, cue := a.linkSubject(p); e != nil {
		return e, cue
	}
	if l, cue := lastSpeaker(p); l != nil {
		return l, cue
	}
	return p.subject, p.subjectCue()
}

// dashCredit reads a credit line under a block quotation: "— Teodora
// Vask, chief engineer".
func (a *attributor) dashCredit(n *blk) (*entity, model.Span) {
	return a.dashCreditFrom(n, n.tokens(), 0)
}

// boxCredit reads the credit an embedded post carries as the last
// paragraph of its block quote: "> — Maren Solberg (@tide_watcher)
// December 3, 2026".
func (a *attributor) boxCredit(n *blk) (*entity, model.Span) {
	toks := n.tokens()
	if n.whole || len(toks) == 0 {
		// a quotation whole is not laid out in tokens: read its end
		from := max(0, len(n.raw.text)-maxCreditBytes)
		for from > 0 && !utf8.RuneStart(n.raw.text[from]) {
			from--
		}
		toks = tokenize(n.raw.text[from:], nil)
		for j := range toks {
			toks[j].start += int32(from)
			toks[j].end += int32(from)
		}
	}
	if k := strings.LastIndex(n.raw.text, "\n\n"); k >= 0 {
		first := sort.Search(len(toks), func(j int) bool { return int(toks[j].start) >= k+2 })
		if e, cue := a.dashCreditFrom(n, toks, first); e != nil {
			return e, cue
		}
	}
	// a page's embed runs the credit on after the post's last sentence:
	// "… this empty. — Maren Solberg (@tide_watcher) December 3, 2026"
	for j := len(toks) - 2; j > 0 && j >= len(toks)-maxCreditTokens; j-- {
		if toks[j].text == "—" && strings.ContainsAny(toks[j-1].text, ".!?”\"") {
			return a.dashCreditFrom(n, toks, j)
		}
	}
	return nil, model.Span{}
}

// maxCreditTokens is how far from a block quote's end a run-on credit
// may start.
const maxCreditTokens = 24

// maxCreditBytes is how much of a quotation's end boxCredit reads.
const maxCreditBytes = 240

// dashCreditFrom reads a dash credit that starts at token first.
func (a *attributor) dashCreditFrom(n *blk, toks []token, first int) (*entity, model.Span) {
	if len(toks) < first+2 || toks[first].kind != tPunct || !strings.ContainsAny(toks[first].text, "—–-") {
		return nil, model.Span{}
	}
	end := nameRunRight(toks, first+1, len(toks))
	if end <= first+1 {
		return nil, model.Span{}
	}
	np := peelName(toks, first+1, end)
	if !np.ok() {
		return nil, model.Span{}
	}
	cue := model.Span{}
	if f, t, ok := nameSpanIn(toks, first+1, end, np.words); ok {
		last := toks[t-1]
		cue = model.Span{Section: n.section, Block: n.index, Start: int(toks[f].start), End: int(last.start) + len(last.bare())}
	}
	return a.resolveName(np, true), cue
}

// linkSubject returns the person a lead-in names as a link at its start
// ("[ana_l](…) shared:", "also [Ana Lind](…):"): the link's text as
// written, a user name or a name, when the rest of the line is the
// clause it is the subject of.
func (a *attributor) linkSubject(p *blk) (*entity, model.Span) {
	var link model.Inline
	for _, in := range p.raw.shape.val().inlines {
		if in.Kind == model.Link && !in.Image {
			link = in
			break
		}
	}
	if link.End <= link.Start {
		return nil, model.Span{}
	}
	text := p.raw.text
	if before := strings.ToLower(strings.TrimSpace(text[:link.Start])); before != "" && !leadOpeners[before] {
		return nil, model.Span{}
	}
	after := strings.TrimSpace(text[link.End:])
	if wordCount(after) > maxLeadWords || after != ":" && !startsWithLower(after) && !strings.HasPrefix(after, ",") {
		return nil, model.Span{}
	}
	words := strings.Fields(text[link.Start:link.End])
	if !handleOrName(words) {
		return nil, model.Span{}
	}
	e := a.resolveWritten(words)
	if len(words) == 1 && !unicode.IsUpper(firstRune(words[0])) {
		e.handle = true
	}
	return e, model.Span{Section: p.section, Block: p.index, Start: link.Start, End: link.End}
}

// handleOrName reports a link's words that can name who wrote something:
// a user name ("ana_l", "f0x", "Half-Shot"), or up to four capitalised
// words ("Ana Lind") — not "this post", "here", "the report".
func handleOrName(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if len(words) == 1 {
		w := strings.ToLower(strings.TrimPrefix(words[0], "@")) // "@ana_l" too
		return !functionWord[w] && !docNouns[w] && !leadOpeners[w] && !linkWords[w] && unicode.IsLetter(firstRune(w))
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// startsWithLower reports text that opens with a small letter: the verb
// of a lead-in after its subject ("shared:", "hit us late with …:").
func startsWithLower(s string) bool { return unicode.IsLower(firstRune(s)) }

// Roundups quote reviews and statements without marks, each excerpt a
// paragraph or a few with its source on the line under it: "[ Harbour
// Tech ]", "— Sigrid Fosse, commuter".

// maxExcerptParagraphs is the most paragraphs one credit line stands
// under.
const maxExcerptParagraphs = 3

// creditedExcerpt reports a paragraph that is an excerpt its source is
// credited under: one of at most maxExcerptParagraphs paragraphs above a
// credit line, in the same section, none of them introducing anything. A
// source in brackets counts only in a roundup of them (two or more): a
// lone "[Map]" is a caption.
func (a *attributor) creditedExcerpt(i int) bool {
	b := a.blocks[i]
	if !plainParagraph(b.raw) {
		return false
	}
	for j := i + 1; j < len(a.blocks) && j <= i+maxExcerptParagraphs; j++ {
		n := a.blocks[j]
		if n.section != b.section {
			return false
		}
		if name, bracket := sourceLine(n.raw); name != "" {
			return !bracket || a.bracketCredits >= 2
		}
		if !plainParagraph(n.raw) {
			return false
		}
	}
	return false
}

// plainParagraph reports a paragraph of running text that can be part of
// an excerpt: not a turn, list, quote or source line, and not a line that
// introduces what follows ("Here is what the critics say:").
func plainParagraph(rb *rawBlock) bool {
	if rb.kind != model.Paragraph || rb.turn() || rb.shape.boxOf() != 0 {
		return false
	}
	t := strings.TrimSpace(rb.text)
	if name, _ := sourceLine(rb); name != "" || strings.HasSuffix(t, ":") {
		return false
	}
	return wordCount(t) >= minExcerptWords
}

// minExcerptWords is the fewest words of an excerpt's paragraph: a
// shorter line over a source is a caption or a heading.
const minExcerptWords = 8

// sourceLine returns the source a line credits, alone on its line under
// what it said: in brackets ("[ Harbour Tech ]") or after a dash ("—
// Sigrid Fosse, commuter"), a name of at most six words; "" for none.
func sourceLine(rb *rawBlock) (name string, bracket bool) {
	if rb.kind != model.Paragraph || rb.turn() || len(rb.text) > 120 || strings.Contains(rb.text, "\n") {
		return "", false
	}
	t := strings.TrimSpace(rb.text)
	if inner, ok := strings.CutPrefix(t, "["); ok {
		if inner, ok = strings.CutSuffix(inner, "]"); ok && !strings.ContainsAny(inner, "[]") {
			inner = strings.TrimSpace(inner)
			if w := wordCount(inner); w >= 1 && w <= 6 && unicode.IsUpper(firstRune(inner)) && !boilerplate.MatchString(inner) && !mediaLabel.MatchString(inner) {
				return inner, true
			}
		}
		return "", false
	}
	for _, dash := range []string{"—", "–", "--"} {
		if rest, ok := strings.CutPrefix(t, dash); ok {
			rest = strings.TrimSpace(rest)
			head, _, _ := strings.Cut(rest, ",")
			if w := wordCount(head); w >= 1 && w <= 6 && unicode.IsUpper(firstRune(head)) && !endsSentence(rest) {
				return head, false
			}
		}
	}
	return "", false
}

// mediaLabel matches what a page shows in brackets in place of a picture
// or a widget ("[ Map ]", "[Chart: fares since 2020]"): no source.
var mediaLabel = lazyRE(`(?i)^(map|chart|graph|graphic|figure|fig\.|table|gallery|embed|interactive|slideshow|infographic|caption|animation|audio|podcast|poll|quiz|tweet|instagram|facebook|youtube)\b`)

// bracketCredit reads a source in brackets under an excerpt, as written:
// "[ Tom's Guide ]" is the outlet "Tom's Guide".
func (a *attributor) bracketCredit(n *blk) (*entity, model.Span) {
	name, bracket := sourceLine(n.raw)
	if !bracket || a.bracketCredits < 2 {
		return nil, model.Span{}
	}
	e := a.resolveWritten(strings.Fields(name))
	at := strings.Index(n.raw.text, name)
	return e, model.Span{Section: n.section, Block: n.index, Start: at, End: at + len(name)}
}
