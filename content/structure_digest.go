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
		var texts []string
		for _, b := range s.blocks[1:] {
			texts = append(texts, b.text)
		}
		s.blocks = append(s.blocks[:1:1], rawBlock{kind: model.QuoteBlock, text: strings.Join(texts, "\n\n")})
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
