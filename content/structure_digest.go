package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Digests of signed statements: a round-up in which each section is one
// contributor's outlook — a heading with their name, a line with their
// role ("Chief economist, Harbour Bank – Lindhaven"), then their own
// paragraphs without quote marks. Each such body is one statement of the
// person the heading names, as a transcript turn is its label's.

// joinStatements makes one quotation block of a statement quoted without
// quote marks over several paragraphs: "Ana Ruiz, the ambassador, said:"
// and then paragraphs in the first person with no marks of their own. The
// paragraph after the colon always belongs to it; each one after it must
// speak in the first person, and a live blog's time stamp ends it.
func joinStatements(d *rawDoc) {
	d.intro = joinStatementBlocks(d.intro)
	for i := range d.sections {
		d.sections[i].blocks = joinStatementBlocks(d.sections[i].blocks)
	}
}

// maxStatement bounds how many paragraphs one statement joins.
const maxStatement = 8

func joinStatementBlocks(blocks []rawBlock) []rawBlock {
	for i := 0; i+2 < len(blocks); i++ {
		if !introducesStatement(blocks[i]) || !unmarkedParagraph(blocks[i+1]) {
			continue
		}
		j := i + 2
		for j < len(blocks) && j-i <= maxStatement && unmarkedParagraph(blocks[j]) && firstPerson(blocks[j].text) {
			j++
		}
		if j-(i+1) < 2 {
			continue
		}
		joined := statementBlock(blocks[i+1 : j])
		blocks = append(blocks[:i+1], append([]rawBlock{joined}, blocks[j:]...)...)
	}
	return blocks
}

// statementBlock joins a statement's paragraphs into one quotation block,
// each keeping the author's spans: emphasis, links, code.
func statementBlock(paras []rawBlock) rawBlock {
	var text string
	var sh shape
	for _, b := range paras {
		text, sh = joinShape(text, sh, "\n\n", b.text, shape{inlines: b.shape.val().inlines})
	}
	return rawBlock{kind: model.QuoteBlock, text: text, shape: shape{inlines: sh.inlines}.ref()}
}

// introducesStatement reports a paragraph that ends with a speech verb and
// a colon: "Idris Pellow, an official with the agency, said:".
func introducesStatement(b rawBlock) bool {
	t := strings.TrimSpace(b.text)
	if b.kind != model.Paragraph || b.label != "" || !strings.HasSuffix(t, ":") || len(findQuotes(t)) > 0 {
		return false
	}
	toks := tokenize(t, nil)
	sents := splitSentences(toks, t, nil)
	if len(sents) == 0 {
		return false
	}
	return len(findCues(toks, sents[len(sents)-1])) > 0
}

// unmarkedParagraph reports a paragraph of prose without quotation marks
// (a stray closing mark at its end aside) or a time stamp.
func unmarkedParagraph(b rawBlock) bool {
	if b.kind != model.Paragraph || b.label != "" {
		return false
	}
	t := strings.TrimSpace(b.text)
	if f := strings.Fields(t); len(f) > 0 && timeStamp.MatchString(f[0]) {
		return false
	}
	for _, sp := range findQuotes(t) {
		if !sp.unclosed || sp.open < len(t)-3 {
			return false
		}
	}
	return true
}

// firstPerson reports text that speaks in the first person.
func firstPerson(text string) bool {
	for _, t := range tokenize(text, nil) {
		if t.kind == tWord && firstPersonWords[t.lower] {
			return true
		}
	}
	return false
}

// signStatements merges the bodies of signed sections into one quotation
// block each, when at least two sections of the document are signed.
func signStatements(d *rawDoc) {
	var signed []int
	for i, s := range d.sections {
		if signedSection(s) {
			signed = append(signed, i)
		}
	}
	if len(signed) < 2 {
		return
	}
	for _, i := range signed {
		s := &d.sections[i]
		s.blocks = append(s.blocks[:1:1], statementBlock(s.blocks[1:]))
		s.signed = true
	}
}

// signedSection reports a section whose heading names one person, whose
// first block is a role line and whose other blocks are paragraphs
// without quotation marks.
func signedSection(s rawSection) bool {
	if s.derived || len(s.blocks) < 2 || !roleLine(s.blocks[0]) {
		return false
	}
	if r := readLine(s.heading, false); !r.only || !credible(r.people[0]) {
		return false
	}
	for _, b := range s.blocks[1:] {
		if b.kind != model.Paragraph || b.label != "" || len(findQuotes(b.text)) > 0 {
			return false
		}
	}
	return true
}

// roleLine reports a short line that says what someone is: "Chief
// economist, Harbour Bank – Lindhaven", "Professor of history, Lenmark
// University".
func roleLine(b rawBlock) bool {
	t := strings.TrimSpace(b.text)
	if b.kind != model.Paragraph || wordCount(t) > 15 {
		return false
	}
	f := strings.Fields(t)
	abbreviated := len(f) > 0 && isAbbreviation(strings.TrimSuffix(f[len(f)-1], ".")) // "Valhalla, N.Y."
	if b.kind != model.Paragraph || wordCount(t) > 15 || strings.HasSuffix(trimClosers(t), ".") && !abbreviated ||
		strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",;:–—-")
		if roleNouns[w] || titleWords[w] || agentSuffix(w) {
			return true
		}
	}
	return false
}
