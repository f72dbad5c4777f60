package content

import (
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Structure: minutes written as bullets — "* Rod: working on the build", "- _ana:_ I agree" — each
// item one turn of the person its label names. A list item stays a list item, its label in its text.

// maxBulletLabels is how many different labels bulletTurns looks up
// elsewhere in the document, so that the search stays linear.
const maxBulletLabels = 16

// bulletTurns returns, for each paragraph, the label that opens it when it
// is a list item and the list items are a record's turns ("Rod:" of "*
// Rod: working on the build"), else "". turns are the paragraphs' turns
// (nil when none). A label is a first name in title case or a word the
// author set in italics or bold with its colon ("_ana:_"). Bullets like
// "* Cost: $5" or "* **Note:** …" are everywhere, so the labels must be
// known as people's: a paragraph turn's label, the first word of a full
// name the document gives outside the turns ("Rod Vagg" in a roster), or
// a line of its own ("- ana" in a list of attendees). The items are turns
// when two such labels open three items or more; then an item whose
// first name is not known elsewhere ("Brian:") is a turn too, when two
// or more of its list's labels, and two in three, are known.
func bulletTurns(paras []para, turns []*turn) []string {
	labels := make([]string, len(paras))
	n := 0
	for i, p := range paras {
		if p.list && (p.kind == model.ListItem || p.kind == model.Paragraph) {
			if l := bulletLabel(p); l != "" {
				labels[i] = l
				n++
			}
		}
	}
	if n < 3 {
		return nil
	}
	known := knownLabels(paras, turns, labels)
	sure, kinds := 0, map[string]bool{}
	for _, l := range labels {
		if l != "" && known[bulletName(l)] {
			sure++
			kinds[bulletName(l)] = true
		}
	}
	if len(kinds) < 2 || sure < 3 {
		return nil
	}
	// a first name known nowhere else ("Brian:") is a turn in a list of
	// turns: a run of list items whose labels are known two in three
	for from := 0; from < len(paras); {
		to := from + 1
		for to < len(paras) && paras[to].list == paras[from].list {
			to++
		}
		run, all := 0, 0
		for _, l := range labels[from:to] {
			if l != "" {
				all++
				if known[bulletName(l)] {
					run++
				}
			}
		}
		for i := from; i < to; i++ {
			if l := labels[i]; l != "" && !known[bulletName(l)] && (run < 2 || 3*run < 2*all || !loneName(bulletName(l))) {
				labels[i] = ""
			}
		}
		from = to
	}
	return labels
}

// bulletLabel returns the label opening a list item with its colon
// ("Rod:"), or "": a first name in title case, or one word set in
// italics or bold with the colon ("_ana:_", "**Ana**:"), followed by words.
func bulletLabel(p para) string {
	colon := strings.IndexByte(p.text, ':')
	if colon < 2 || colon > 40 || strings.TrimSpace(p.text[colon+1:]) == "" || !strings.HasPrefix(p.text[colon+1:], " ") {
		return ""
	}
	label := p.text[:colon]
	if loneName(label) {
		return p.text[:colon+1]
	}
	if strings.ContainsAny(label, " \t/") || !strings.ContainsFunc(label, unicode.IsLetter) {
		return ""
	}
	if w := strings.ToLower(label); notLabels[w] || headerFields[w] || anonymousLabels[w] || roleLabelWords[w] {
		return ""
	}
	for _, in := range p.shape.inlines {
		if (in.Kind == model.Emphasis || in.Kind == model.Strong) && in.Start == 0 && (in.End == colon || in.End == colon+1) {
			return p.text[:colon+1]
		}
	}
	return ""
}

// bulletName is a bullet's label without its colon.
func bulletName(label string) string { return strings.TrimSuffix(label, ":") }

// knownLabels returns which of the bullets' labels (without their
// colons) the document knows as people's: a paragraph turn's label, the
// first word of a full name outside the turns, or a line of its own.
func knownLabels(paras []para, turns []*turn, labels []string) map[string]bool {
	known := map[string]bool{}
	turnLabels := map[string]bool{}
	for _, t := range turns {
		if t != nil && t.label != "" {
			turnLabels[normLabel(t.label)] = true
		}
	}
	lines := map[string]bool{}
	for _, p := range paras {
		if p.list && !strings.ContainsAny(p.text, " :") {
			lines[strings.ToLower(p.text)] = true // "- ana" in a list of attendees
		}
	}
	outside := turns
	if outside == nil {
		outside = make([]*turn, len(paras))
	}
	looked := 0
	for _, l := range labels {
		name := bulletName(l)
		if _, seen := known[name]; l == "" || seen {
			continue
		}
		if looked++; looked > maxBulletLabels {
			break
		}
		known[name] = turnLabels[normLabel(name)] || lines[strings.ToLower(name)] ||
			loneName(name) && namedOutsideTurnsAs(paras, outside, name, true)
	}
	return known
}
