package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Structure: transcripts whose labels are headings — "### Ana Lind:" on a line of its own over the
// paragraphs of her turn — as records that publish every meeting verbatim set them.

// minHeadingLabels is the fewest label headings that make a transcript.
const minHeadingLabels = 3

// headingLabels returns the turns of a Markdown transcript whose labels
// are headings ending in a colon ("### Ana Lind:", "## Interviewer:"),
// each over the paragraphs of its turn, or nil. They are labels when
// three such headings or more give two labels or more, one of them
// twice, and at least two in three of the headings of their level end so:
// a talking point's heading ("## Background:") is rare beside them.
func headingLabels(paras []mdPara) []*turn {
	turns := make([]*turn, len(paras))
	n, levels := 0, map[int][2]int{} // per level: headings, label headings
	labels := map[string]int{}
	for i, p := range paras {
		if p.level == 0 {
			continue
		}
		c := levels[p.level]
		c[0]++
		label, ok := strings.CutSuffix(strings.TrimSpace(p.text), ":")
		if ok && label != "" && !strings.Contains(label, ":") && (isLabel(label) || loneName(label)) {
			turns[i] = &turn{label: label}
			labels[normLabel(label)]++
			c[1]++
			n++
		}
		levels[p.level] = c
	}
	repeated := false
	for _, c := range labels {
		repeated = repeated || c >= 2
	}
	if n < minHeadingLabels || len(labels) < 2 || !repeated || !spokenUnder(paras, turns) {
		return nil
	}
	for i, t := range turns {
		if c := levels[paras[i].level]; t != nil && 3*c[1] < 2*c[0] {
			turns[i] = nil // a level of talking points, one of them ending in a colon
		}
	}
	return turns
}

// spokenUnder reports whether a third of the label headings at least have
// words under them that speak — in the first person, or asking — as
// turns do and a lesson's "Example:" over code does not.
func spokenUnder(paras []mdPara, turns []*turn) bool {
	n, spoken := 0, 0
	for i, t := range turns {
		if t == nil {
			continue
		}
		n++
		if j := i + 1; j < len(paras) && paras[j].level == 0 && (firstPerson(paras[j].text) || strings.Contains(paras[j].text, "?")) {
			spoken++
		}
	}
	return 3*spoken >= n
}

// headingNames returns the turns of a Markdown transcript whose labels
// are headings that name the speaker without a colon ("### Ana Lind" over
// her words, a reporter's name once over a question), read as the
// document's own labels are induced (induceTurns), or nil. Only headings
// may be such labels here, and one of them must recur: prose under
// headings that name people and tell of them ("Lind said") stays a
// document of talking points.
func headingNames(paras []mdPara) []*turn {
	seen, again := map[string]bool{}, false // first, cheaply
	for _, p := range paras {
		if p.level > 0 && !again && ownLineLabel(p.text) {
			again = seen[p.text]
			seen[p.text] = true
		}
	}
	if !again {
		return nil
	}
	plain := make([]para, len(paras))
	for i, p := range paras {
		plain[i] = p.para
		switch {
		case p.level > 0:
			plain[i].lines, plain[i].list = 1, false
		case p.kind != model.Paragraph:
			plain[i].list = true
		}
	}
	turns := induceTurns(plain)
	for i, t := range turns {
		if t != nil && (paras[i].level == 0 || t.text != "") {
			return nil // the form induced is no heading's
		}
	}
	return turns
}
