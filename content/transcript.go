package content

import (
	"regexp"
	"strings"

	"github.com/briefreader/brief/model"
)

// turnLabel matches a transcript speaker label at the start of a paragraph:
// "MS. OKAFOR:", "THE PRESIDENT:", "Q:", "Q " (a question from the floor),
// "SECRETARY LINDQVIST:" or, in interview transcripts, "Dana Whitfield:".
var turnLabel = regexp.MustCompile(`^(Q|A|(?:[\p{Lu}][\p{Lu}\p{M}.'’\-]*)(?: [\p{Lu}][\p{Lu}\p{M}.'’\-]*){0,4}|(?:\p{Lu}[\p{Ll}\p{M}'’\-]+\.? )?\p{Lu}[\p{Ll}\p{M}'’\-]+(?: \p{Lu}[\p{Ll}\p{M}'’\-]+)?)(?:\s*:\s+|\s*:$|\s+\((?:[^)]{1,40})\)\s*:\s+)`)

// questionTurn matches a reporter's question that has no colon: "Q Why …".
var questionTurn = regexp.MustCompile(`^Q\.?\s+\S`)

// turn is a labelled paragraph.
type turn struct {
	label string
	// text is the paragraph after the label.
	text string
}

// parseTurn splits a labelled paragraph.
func parseTurn(p string) (turn, bool) {
	if m := turnLabel.FindStringSubmatchIndex(p); m != nil {
		label := p[m[2]:m[3]]
		if strings.ToUpper(label) == label || isProperLabel(label) {
			return turn{label: label, text: strings.TrimSpace(p[m[1]:])}, true
		}
	}
	if questionTurn.MatchString(p) {
		return turn{label: "Q", text: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "Q"), "."))}, true
	}
	return turn{}, false
}

// isProperLabel accepts a title-case label only when it looks like a name
// (two words, or an honorific and a name), not a run-in heading ("Note:").
func isProperLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if sentenceStarters[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// findTurns decides whether the paragraphs are a transcript: at least three
// labelled turns by at least two labels, with at least one label in capitals
// or a "Q", or each of two title-case labels used twice. It returns the
// turn of every labelled paragraph (nil for others), or nil when the
// document is not a transcript.
func findTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	count := 0
	labels := map[string]int{}
	upper := false
	for i, p := range paras {
		if p.list {
			continue
		}
		if t, ok := parseTurn(p.text); ok {
			turns[i] = &t
			count++
			labels[normLabel(t.label)]++
			if t.label == strings.ToUpper(t.label) {
				upper = true
			}
		}
	}
	if count < 3 || len(labels) < 2 {
		return nil
	}
	if !upper {
		repeated := 0
		for _, n := range labels {
			if n >= 2 {
				repeated++
			}
		}
		if repeated < 2 {
			return nil
		}
	}
	return turns
}

// closingLine reports a short line in capitals that ends a turn rather than
// continuing it: "END 1:48 P.M.", "# # #".
func closingLine(p string) bool {
	if wordCount(p) > 6 {
		return false
	}
	return strings.ToUpper(p) == p
}

func normLabel(l string) string { return strings.ToUpper(strings.TrimRight(l, ". ")) }

// buildTranscript makes one quote-block per turn: the labelled paragraph and
// the unlabelled paragraphs after it, joined by blank lines. Paragraphs
// before the first turn are the intro (with a title when the first one is
// headline-shaped); numbered headings still start talking points.
func buildTranscript(paras []para, turns []*turn) rawDoc {
	var d rawDoc
	roles := make([]paraRole, len(paras))
	headings := make([]string, len(paras))
	first := markTitle(paras, roles)
	markNumbered(paras, roles, headings, first)
	cur := &d.intro
	open := -1 // index in *cur of the turn that takes continuation paragraphs
	for i, p := range paras {
		switch {
		case roles[i] == roleTitle:
			d.title = p.text
		case roles[i] == roleSubtitle:
			d.subtitle = p.text
		case roles[i] == roleHeading:
			d.sections = append(d.sections, rawSection{heading: headings[i]})
			cur = &d.sections[len(d.sections)-1].blocks
			open = -1
		case turns[i] != nil:
			*cur = append(*cur, rawBlock{kind: model.QuoteBlock, text: turns[i].text, label: turns[i].label})
			open = len(*cur) - 1
		case open >= 0 && !closingLine(p.text):
			(*cur)[open].text += "\n\n" + p.text
		default:
			*cur = append(*cur, rawBlock{kind: model.Paragraph, text: p.text})
			open = -1 // text after a closing line is no longer the turn's
		}
	}
	return d
}
