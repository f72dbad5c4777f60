package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// ruleBriefing has a rule between two paragraphs and one inside a list
// item.
func ruleBriefing() model.Briefing {
	return model.Briefing{Title: "Memo", Intro: []model.Block{
		{Kind: model.Paragraph, Text: "First."},
		{Kind: model.Rule},
		{Kind: model.Paragraph, Text: "Second."},
		{Kind: model.ListItem, Text: "An item."},
		{Kind: model.Rule, Nest: []model.Container{model.InListItem}},
	}}
}

// isRule reports a line that is nothing but a rule: a run of dashes or
// box-drawing lines, after an indent of indent cells.
func isRule(l string, indent int) bool {
	t := strings.TrimRight(l, " ")
	return len(t)-len(strings.TrimLeft(t, " ")) == indent && len(strings.TrimSpace(t)) >= 3 &&
		strings.Trim(strings.TrimSpace(t), "-─━_*") == ""
}

// TestRulesDrawn checks a rule the author drew is drawn as one, by Glamour
// and by the plain renderer that stands in for it, in every style: one
// line of rule where the block is, indented as its list item.
func TestRulesDrawn(t *testing.T) {
	b := ruleBriefing()
	ix := newDocIndex(&b)
	for _, style := range StyleNames() {
		key := renderKey{width: 60, style: style}
		for name, render := range map[string]func(*model.Briefing, docIndex, unit, renderKey) []renderedBlock{
			"glamour": renderUnit, "plain": plainUnit,
		} {
			found := 0
			for _, u := range planUnits(&b) {
				for _, rb := range render(&b, ix, u, key) {
					if rb.block != 1 && rb.block != 4 {
						continue
					}
					found++
					indent := 0
					if rb.block == 4 {
						indent = marksOf(style).levelIndent
					}
					var lines []string
					for _, l := range rb.lines {
						lines = append(lines, l.plain)
					}
					if len(lines) != 1 || !isRule(lines[0], indent) {
						t.Errorf("%s, %s: block %d drawn as %q", style, name, rb.block, lines)
					}
				}
			}
			if found != 2 {
				t.Errorf("%s, %s: %d rules drawn, want 2", style, name, found)
			}
		}
		var out bytes.Buffer
		if err := Print(&out, b, 60, style); err != nil {
			t.Fatal(err)
		}
		text := ansi.Strip(out.String())
		_, between, _ := strings.Cut(text, "First.")
		between, _, _ = strings.Cut(between, "Second.")
		if lines := strings.Fields(between); len(lines) != 1 || !isRule(lines[0], 0) {
			t.Errorf("%s: printed between the paragraphs: %q", style, between)
		}
	}
}
