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
	lowerKnown(labels, known, paras)
	sure, kinds := 0, map[string]bool{}
	for _, l := range labels {
		if l != "" && known[bulletName(l)] {
			sure++
			kinds[bulletName(l)] = true
		}
	}
	if len(kinds) < 2 || sure < 3 {
		return repeatBullets(paras, labels)
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
	if loneName(label) || lowerLabel(label) || fullNameLabel(label) {
		return p.text[:colon+1]
	}
	if strings.ContainsAny(label, " \t/") || !strings.ContainsFunc(label, unicode.IsLetter) {
		return ""
	}
	if w := strings.ToLower(label); notLabels[w] || headerFields[w] || anonymousLabels[w] || roleLabelWords[w] {
		return ""
	}
	for _, in := range p.shape.val().inlines {
		if (in.Kind == model.Emphasis || in.Kind == model.Strong) && in.Start == 0 && (in.End == colon || in.End == colon+1) {
			return p.text[:colon+1]
		}
	}
	return ""
}

// lowerLabel reports a label in lower case of one to three words, perhaps
// with a comment after a comma: a note-taker's "martin duke", "md",
// "ana lind, port engineer" — not a run-in word the lexicon knows.
func lowerLabel(label string) bool {
	head := labelHead(label)
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 3 || len(head) > 30 || !scribeHandle(words[0]) || len(words) == 1 && len(head) < 2 {
		return false
	}
	for _, r := range head {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

// fullNameLabel reports a label that is a person's name in full, in title
// case ("Mike Ruiz", "Ana Lind, port engineer"): a note-taker writes the
// same name in either case.
func fullNameLabel(label string) bool {
	words := strings.Fields(labelHead(label))
	return len(words) >= 2 && len(words) <= 3 && lowerLabel(strings.ToLower(label)) && isLabel(label)
}

// lowerKnown marks the lower-case bullet labels, and full names in any
// case, known as a note-taker's speakers: two of them recur over six
// items or more, one of them a name in full, and a third of those items
// speak (in the first person, or asking), as a run of "pros:" and "cons:"
// or a change log's "fix:" and "feat:" does not.
func lowerKnown(labels []string, known map[string]bool, paras []para) {
	uses, items, spoken := map[string]int{}, 0, 0
	for i, l := range labels {
		if l != "" && lowerLabel(strings.ToLower(bulletName(l))) && !loneName(bulletName(l)) {
			uses[strings.ToLower(labelHead(bulletName(l)))]++
			items++
			if t := paras[i].text[len(l):]; firstPerson(t) || strings.Contains(t, "?") {
				spoken++
			}
		}
	}
	recurring, full := 0, false
	for name, n := range uses {
		if n >= 2 {
			recurring++
			full = full || strings.Contains(name, " ")
		}
	}
	if recurring < 2 || !full || items < minScribeTurns || 3*spoken < items {
		return // (a person written in full, "martin duke", shows the labels are people)
	}
	for _, l := range labels {
		if name := bulletName(l); l != "" && (lowerLabel(name) || fullNameLabel(name)) {
			known[name] = true
		}
	}
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

// repeatBullets keeps the labels of list items that no other part of the
// document names when they pass repeatGate as turns do ("- **Wren
// Halloway:** I think …" and "- **Dagny Ost:** Why …", each twice,
// taking turns, speaking), else nil.
func repeatBullets(paras []para, labels []string) []string {
	var cands []lineCand
	for i, l := range labels {
		if l != "" {
			if c, ok := candAt(paras[i], 0, i); ok {
				cands = append(cands, c)
			}
		}
	}
	keys := repeatGate(cands)
	if keys == nil {
		return nil
	}
	for i, l := range labels {
		if c, ok := candAt(paras[i], 0, i); l != "" && (!ok || !keys[c.key]) {
			labels[i] = ""
		}
	}
	return labels
}
