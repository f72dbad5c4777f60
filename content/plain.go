package content

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// paraRole is what the structure pass decided a plain-text paragraph is.
type paraRole int

const (
	roleBody paraRole = iota
	roleTitle
	roleSubtitle
	roleHeading
	roleList
)

// parsePlain finds the structure of a plain-text briefing: title,
// standfirst, intro, lead-in and talking points, numbered or not.
func parsePlain(text string) rawDoc {
	return structurePlain(trimRules(splitParagraphs(text)))
}

// trimRules drops the rules of plain text that separate nothing: before
// the first paragraph, after the last, and all but one of a run.
func trimRules(paras []para) []para {
	out := paras[:0]
	for _, p := range paras {
		if p.kind == model.Rule && (len(out) == 0 || out[len(out)-1].kind == model.Rule) {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 0 && out[len(out)-1].kind == model.Rule {
		out = out[:len(out)-1]
	}
	return out
}

// structurePlain finds the structure in paragraphs of plain text.
func structurePlain(paras []para) rawDoc {
	paras = splitScribeTurns(splitLines(paras))
	turns := findTurns(paras)
	bullets := bulletTurns(paras, turns)
	if turns != nil {
		return buildTranscript(paras, turns, bullets)
	}
	roles := make([]paraRole, len(paras))
	headings := make([]string, len(paras))
	for i, p := range paras {
		if p.list {
			roles[i] = roleList
		}
	}
	first := markTitle(paras, roles)
	if !markNumbered(paras, roles, headings, first) {
		markUnnumbered(paras, roles, headings, first)
	}
	return assemble(paras, roles, headings, bullets)
}

// markTitle marks the headline and the standfirst under it, and returns
// the index of the first paragraph after them.
func markTitle(paras []para, roles []paraRole) int {
	if len(paras) < 2 {
		return 0
	}
	t := paras[0]
	if t.lines != 1 || t.list || wordCount(t.text) > 25 || strings.HasSuffix(trimClosers(t.text), ".") ||
		isNumberedHeading(t.text) {
		return 0
	}
	roles[0] = roleTitle
	if len(paras) > 2 {
		s := paras[1]
		if s.lines == 1 && !s.list && !endsSentence(s.text) && wordCount(s.text) >= 10 &&
			!isNumberedHeading(s.text) && !strings.HasSuffix(trimClosers(s.text), "?") && lineSpans(s.shape.val()) {
			roles[1] = roleSubtitle
			return 2
		}
	}
	return 1
}

// lineSpans reports a paragraph whose spans a standfirst or a talking
// point's heading can show: emphasis at most. One with a link, code or a
// footnote stays a paragraph, so that nothing its author wrote is lost
// (a standfirst and a heading are lines of text).
func lineSpans(sh shape) bool {
	for _, in := range sh.inlines {
		if in.Kind != model.Emphasis && in.Kind != model.Strong {
			return false
		}
	}
	return true
}

// markNumbered looks for talking points numbered 1, 2, 3 … each followed by
// body text. It reports whether at least two were found; numbered lines
// that do not continue the sequence stay list items.
func markNumbered(paras []para, roles []paraRole, headings []string, from int) bool {
	type cand struct{ i, n int }
	var cands []cand
	for i := from; i < len(paras); i++ {
		p := paras[i]
		if p.lines != 1 || p.list {
			continue
		}
		m := numberedHeadingMatch(p.text)
		if m == nil || wordCount(m[3]) > 25 {
			continue
		}
		num := m[1]
		if num == "" {
			num = m[2]
		}
		n, _ := strconv.Atoi(num)
		cands = append(cands, cand{i, n})
	}
	// Numbered lines next to each other are a list, not talking points.
	var alone []cand
	for k, c := range cands {
		prevAdj := k > 0 && cands[k-1].i == c.i-1
		nextAdj := k+1 < len(cands) && cands[k+1].i == c.i+1
		if prevAdj || nextAdj || c.i+1 >= len(paras) {
			roles[c.i] = roleList
			continue
		}
		alone = append(alone, c)
	}
	// The rest count as talking points when they follow a sequence: 1, 2,
	// 3 …, tolerating a skipped number and a numbering that starts again
	// at 1 (a briefing in two parts).
	var seq []cand
	last := 0
	for _, c := range alone {
		// "5A." after "5." is an inserted point
		if c.n == 1 || last > 0 && c.n >= last && c.n <= last+2 {
			seq = append(seq, c)
			last = c.n
		}
	}
	if len(seq) < 2 {
		for _, c := range alone {
			roles[c.i] = roleList
		}
		return false
	}
	for _, c := range alone {
		roles[c.i] = roleList
	}
	for _, c := range seq {
		roles[c.i] = roleHeading
		headings[c.i] = strings.TrimSpace(numberedHeadingMatch(paras[c.i].text)[3])
	}
	return true
}

// markUnnumbered marks short unpunctuated lines between body paragraphs as
// headings ("Palestinians react", "What happens next?").
func markUnnumbered(paras []para, roles []paraRole, headings []string, from int) {
	seenHeading := false
	var marked []int
	blog := stampedEntries(paras) >= minStampedEntries
	stacks := stackedHeadings(paras, from)
	stacked := stacks >= 2
	for i := from; i < len(paras); i++ {
		p := paras[i]
		if roles[i] != roleBody || !headingShaped(p) || i+1 >= len(paras) || !lineSpans(p.shape.val()) {
			continue
		}
		next := paras[i+1]
		credited := i+2 < len(paras) && creditUnder(next)
		over := stacked && stackTop(paras, i)
		if next.list && i+2 >= len(paras) || !next.list && headingShaped(next) && !nameOverRole(p, next) && !credited && !over ||
			next.kind == model.Rule {
			// a line over a rule ends what it follows: it heads nothing
			continue
		}
		if blog && stampedEntry(next.text) {
			// In a live blog whose entries open with their time, the
			// stamp starts the next entry: the line before it ends the
			// last one (a photo's caption), it heads nothing.
			continue
		}
		if bylineLine.MatchString(p.text) || boilerplate.MatchString(p.text) || publishedAt(p.text) || runsOn(p.text, next.text) ||
			strings.ContainsAny(p.text, "\"“”") && hasCueWord(p.text) || quotedSentence(p.text) {
			// '"Wait a minute," Ruiz said.' is a quoted paragraph, not a heading
			continue
		}
		// Before the first talking point, "Here are the main points" is
		// the lead-in, not a heading.
		if !seenHeading && leadInStart.MatchString(p.text) {
			continue
		}
		roles[i] = roleHeading
		headings[i] = p.text
		seenHeading = true
		marked = append(marked, i)
		if nameOverRole(p, next) || credited {
			// the role line under a name, the byline or the photo's credit
			// under a headline, is the section's first paragraph
			i++
		}
	}
	if stacks == 1 && len(marked) >= 3 {
		marked = markPartHeading(paras, roles, headings, from, marked)
	}
	// A lone one-word "heading" is more likely debris ("Advertisement")
	// than structure.
	if len(marked) == 1 && wordCount(paras[marked[0]].text) < 2 {
		roles[marked[0]] = roleBody
	}
	markConversational(paras, roles, headings, marked)
}

// stackTop reports a heading line over another one that heads body text:
// a speaker's name over the title of their talk, a kicker over a
// headline ("Ana Lind" / "Why ferries run late" / "When the …").
func stackTop(paras []para, i int) bool {
	if i+2 >= len(paras) {
		return false
	}
	p, next, body := paras[i], paras[i+1], paras[i+2]
	if strings.HasSuffix(trimClosers(p.text), "?") || strings.ContainsAny(lastRuneOf(p.text), "-–—") {
		return false // a question, or words cut off ("About whether - - -"): speech, no heading
	}
	return headingShaped(p) && headingShaped(next) && !nameOverRole(p, next) &&
		!creditUnder(next) && !creditUnder(p) && !bylineLine.MatchString(p.text) && !boilerplate.MatchString(p.text) &&
		!body.list && !headingShaped(body) && wordCount(body.text) >= 12
}

// lastRuneOf returns the last character of s, trailing space aside.
func lastRuneOf(s string) string {
	s = strings.TrimSpace(s)
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// stackedHeadings counts the heading lines over another heading line
// (stackTop) after the headline: where a document does it twice or more,
// each line is a talking point — the first over no text of its own.
func stackedHeadings(paras []para, from int) int {
	n := 0
	for i := from; i < len(paras); i++ {
		if stackTop(paras, i) {
			n++
		}
	}
	return n
}

// markPartHeading marks the one heading line over another in a document
// of three talking points or more: the heading of a part over its first
// entry ("Every case so far" over "Harbour Times fake author (May)"). It
// needs four words: a shorter line there may be a kicker or a caption.
func markPartHeading(paras []para, roles []paraRole, headings []string, from int, marked []int) []int {
	for i := from; i+1 < len(paras); i++ {
		if roles[i] == roleBody && roles[i+1] == roleHeading && stackTop(paras, i) && wordCount(paras[i].text) >= 4 {
			roles[i], headings[i] = roleHeading, paras[i].text
			k := sort.SearchInts(marked, i)
			return slices.Insert(marked, k, i)
		}
	}
	return marked
}

// quotedSentence reports a line that is one quotation ending a sentence
// inside its marks (“Will you publish the figures?”): somebody's words,
// not a heading.
func quotedSentence(t string) bool {
	t = strings.TrimSpace(t)
	sp := findQuotes(t)
	if len(sp) != 1 || sp[0].open != 0 || sp[0].close+len(lastRuneOf(t)) != len(t) {
		return false
	}
	return strings.ContainsAny(lastRuneOf(t[sp[0].start:sp[0].end]), "?!.…")
}

// creditUnder reports a line that credits the story or the photo under a
// headline: a byline ("By Tove Rask") or a photographer and agency
// ("Jonas Eik/Harbour Photo"). The headline over it is a talking point.
func creditUnder(p para) bool {
	return p.lines == 1 && !p.list && (bylineLine.MatchString(p.text) || photoCredit.MatchString(p.text))
}

// photoCredit matches a photo's credit line: a photographer or agency, a
// slash, an agency ("Jonas Eik/Harbour Photo", "(Port Authority / Pool)").
var photoCredit = lazyRE(`^\(?\p{Lu}[\p{L}\p{M}.’'\- ]{0,40}/ ?\p{Lu}[\p{L}\p{M}.&’'\- ]{0,40}\)?$`)

// minStampedEntries is how many paragraphs must open with a time stamp
// for a document to be read as a live blog of stamped entries.
const minStampedEntries = 3

// stampedEntries counts the paragraphs that open with a time stamp and
// go on with text: "14.07 An official has cast doubt on …".
func stampedEntries(paras []para) int {
	n := 0
	for _, p := range paras {
		if stampedEntry(p.text) {
			n++
		}
	}
	return n
}

// stampedEntry reports a paragraph that opens with a time stamp followed
// by its entry's text on the same line.
func stampedEntry(t string) bool {
	f, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	return ok && timeStamp.MatchString(f) && wordCount(rest) > 0
}

// markConversational marks the conversational subheads of a question-led
// explainer ("What happens next?" … "But that did not last."): once a
// document has two question headings, a one-sentence line of at most nine
// words between body paragraphs, with no quotation or speech verb, is a
// heading too.
func markConversational(paras []para, roles []paraRole, headings []string, marked []int) {
	questions := 0
	for _, i := range marked {
		if strings.HasSuffix(trimClosers(paras[i].text), "?") {
			questions++
		}
	}
	if questions < 2 {
		return
	}
	for i := marked[0] + 1; i+1 < len(paras); i++ {
		p := paras[i]
		if roles[i] != roleBody || roles[i-1] == roleHeading || roles[i+1] != roleBody || p.lines != 1 || p.list {
			continue
		}
		t := p.text
		if wordCount(t) > 9 || !strings.HasSuffix(t, ".") || strings.Count(t, ". ") > 0 || !conversationalOpeners[strings.ToLower(strings.Fields(t)[0])] ||
			strings.ContainsAny(t, "\"“”‘«0123456789") || hasCueWord(t) || wordCount(paras[i+1].text) < 12 {
			continue
		}
		roles[i] = roleHeading
		headings[i] = t
	}
}

// conversationalOpeners start the chatty subheads of explainers ("But that
// did not last.", "That is not the whole story, though.").
var conversationalOpeners = setOf(`but and so that this it there which now still yet then or`)

// hasCueWord reports whether text contains a speech verb form.
func hasCueWord(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if _, ok := cueForms[strings.Trim(w, ".,;:!?")]; ok {
			return true
		}
	}
	return false
}

// boilerplate matches web-page debris that looks like a heading.
var boilerplate = lazyRE(`(?i)^(advertisement|story continues|related|read more|share this|sign up|subscribe|watch|listen|photo|image|video|credit|getty|reuters|ap photo)\b`)

// assemble turns marked paragraphs into the document structure.
// bullets are the labels of list items that are turns (bulletTurns).
func assemble(paras []para, roles []paraRole, headings []string, bullets []string) rawDoc {
	var d rawDoc
	cur := &d.intro
	for i, p := range paras {
		switch roles[i] {
		case roleTitle:
			d.title = p.text
		case roleSubtitle:
			d.subtitle = p.text
		case roleHeading:
			d.sections = append(d.sections, rawSection{heading: headings[i]})
			cur = &d.sections[len(d.sections)-1].blocks
		case roleList:
			b := listBlock(p)
			if bullets != nil {
				b.inline = bullets[i] // "- Rod: working on …": Rod's turn, shown as written
			}
			*cur = append(*cur, b)
		default:
			*cur = appendAsides(*cur, p)
		}
	}
	return d
}

// numberedItem matches a numbered list line of plain text: "3. Text".
var numberedItem = lazyRE(`^(\d{1,9})\. +(\S.*)$`)

// listBlock makes a list item of a list paragraph. In plain text a
// numbered line keeps its number as the item's, not as text, so that it
// reads "3." as a list item, as the author numbered it.
func listBlock(p para) rawBlock {
	b := p.block(model.ListItem)
	if sh := p.shape.val(); p.kind != model.Paragraph || len(sh.inlines) > 0 || sh.ordered {
		return b
	}
	if m := numberedItem.FindStringSubmatch(p.text); m != nil {
		n, _ := strconv.Atoi(m[1])
		sh := b.shape.val()
		sh.ordered, sh.number = true, n
		b.text, b.shape = m[2], &sh
	}
	return b
}

// appendAsides appends p to out as blocks, making explainer asides blocks
// of their own: a paragraph wholly in parentheses, or a whole sentence in
// parentheses at a sentence start ("(This means …) The rest.").
func appendAsides(out []rawBlock, p para) []rawBlock {
	if p.kind != model.Paragraph {
		return append(out, p.block(p.kind))
	}
	text := p.text
	add := func(kind model.BlockKind, from, to int) {
		if t, sh := cutShape(text, p.shape.val(), from, to); t != "" {
			out = append(out, rawBlock{kind: kind, text: t, shape: sh.ref()})
		}
	}
	last := 0
	for _, as := range findAsides(text) {
		add(model.Paragraph, last, as[0])
		add(model.Aside, as[0], as[1])
		last = as[1]
	}
	add(model.Paragraph, last, len(text))
	return out
}

// findAsides returns the byte spans of the parenthesised sentences that
// start a sentence and end one, outermost only, in one pass: the brackets
// are paired as they come, so an unclosed "(" costs nothing. Only the
// outermost pairs count, so the depth and where the outermost "(" opened
// are all the pairing needs (a stack of every "(" was 8 bytes for each of
// the millions in a page of "[a](" debris).
func findAsides(s string) [][2]int {
	if strings.IndexByte(s, '(') < 0 {
		return nil // most paragraphs: one fast scan
	}
	var out [][2]int
	depth, outer := 0, 0
	last := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '(':
			if depth == 0 {
				outer = j
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			i := outer
			if depth > 0 || i < last {
				continue
			}
			// Only the few bytes before "(" matter (spaces, closers, a full
			// stop); a bounded window keeps long paragraphs linear.
			if i > 0 && !sentenceBoundaryBefore(s[max(last, i-64):i]) {
				continue
			}
			inner := s[i+1 : j]
			if wordCount(inner) >= 5 && startsUpper(inner) && endsSentenceInside(inner) {
				out = append(out, [2]int{i, j + 1})
				last = j + 1
			}
		}
	}
	return out
}

func sentenceBoundaryBefore(s string) bool {
	t := strings.TrimRight(s, " ")
	if len(t) == len(s) {
		return false // "(" glued to a word
	}
	t = trimClosers(t)
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func endsSentenceInside(s string) bool {
	t := trimClosers(s)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func startsUpper(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// nameOverRole reports a heading that names a person above a line giving
// their role ("Ana Ruiz" over "Chief economist, Harbour Bank – Lindhaven"):
// the name is the heading, the role line its first paragraph.
func nameOverRole(p, next para) bool {
	if !roleLine(rawBlock{kind: model.Paragraph, text: next.text}) {
		return false
	}
	r := readLine(p.text, false)
	return r.only && credible(r.people[0])
}

// publishedAt reports a line that is only the date a document was
// published, with its year and perhaps its time ("March 4, 2021, 9:15
// AM", "Tuesday 4 March 2021 09.15 GMT"): a dateline, not a talking point.
// A live blog's entries are stamped with times, never with the year.
func publishedAt(t string) bool {
	m := publishedLine.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return false
	}
	for _, w := range m[1:] {
		if w != "" && !calendarWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return true
}

// publishedLine matches a date with its year and an optional time; the
// groups are its words, which must be the calendar's.
var publishedLine = lazyRE(`^(?:(\p{L}+),?\s+)?(?:(\p{L}+\.?)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(\p{L}+\.?)),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?$`)
