package content

import (
	"strings"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Structure: one speaker's label under several marks — a record typed in haste writes "LIND:",
// "LIND-" and "LIND -" for the same turns. Once a transcript's labels are known, a paragraph that
// opens with one of them and a dash is a turn too.

// labelMarks are the marks other than a colon that may end a label a
// transcript already uses: a hyphen or a dash, glued to the label or not.
var labelMarks = []string{"-", "–", "—"}

// otherMarks makes turns of the paragraphs that open with a label the
// transcript's turns use (or a questioner's, "Question"), ended by a dash
// instead of a colon: "Lind- We will", "Reporter – Why?". turns are the
// turns found; they are returned with those added.
func otherMarks(paras []para, turns []*turn) []*turn {
	known := map[string]bool{}
	for _, t := range turns {
		if t != nil && !t.field && !t.aside && !t.answer && !t.asked && t.label != "" {
			known[normLabel(t.label)] = true
		}
	}
	if len(known) < 2 {
		return turns
	}
	for i, p := range paras {
		if turns[i] != nil || p.list || p.kind != model.Paragraph {
			continue
		}
		label, text, ok := dashLabel(p.text)
		if end := trimClosers(text); ok && (known[normLabel(label)] || questionerLabel(label)) &&
			(endsSentence(end) || strings.HasSuffix(end, "?") || wordCount(text) > 8) {
			// ("Lind - harbour master" in a list of those present is no turn)
			turns[i] = &turn{label: label, text: text}
		}
	}
	return turns
}

// dashLabel splits a paragraph that opens with one to four words and a
// dash, glued or spaced ("Lind- We", "Lind - We", "Lind – We"): the
// label and the words after it.
func dashLabel(p string) (label, text string, ok bool) {
	head := p[:min(len(p), maxInducedLabel+4)]
	for _, m := range labelMarks {
		i := strings.Index(head, m)
		if i <= 0 {
			continue
		}
		after := i + len(m)
		if after >= len(p) || p[after] != ' ' {
			continue // "Ruiz-Okafor" is one name
		}
		label = strings.TrimRight(p[:i], " ")
		if r, _ := utf8.DecodeLastRuneInString(label); label == "" || !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127) {
			continue
		}
		if words := strings.Fields(label); len(words) > 4 || !inducedLabel(label) {
			continue
		}
		return label, strings.TrimSpace(p[after:]), true
	}
	return "", "", false
}
