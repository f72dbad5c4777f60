package ui

import (
	"fmt"

	"github.com/briefreader/brief/model"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCombiningMarksStayOnTheirLetter renders a word longer than the width
// written with combining accents: no line may start with a mark torn from
// its letter, and no text may be lost.
func TestCombiningMarksStayOnTheirLetter(t *testing.T) {
	word := strings.Repeat("e\u0301a\u0300", 20) // "éà" decomposed, 40 letters
	b := buildBriefing("", nil, nil, [][]fxBlock{{para("Before " + word + " after.")}})
	for _, w := range []int{12, 17, 23} {
		blocks := renderUnit(&b, newDocIndex(&b), planUnits(&b)[0], renderKey{width: w, style: "dark"})
		var all strings.Builder
		for _, rb := range blocks {
			for _, l := range rb.lines {
				plain := ansi.Strip(l.text)
				if r := []rune(strings.TrimLeft(plain, " ")); len(r) > 0 && (r[0] == '\u0301' || r[0] == '\u0300') {
					t.Errorf("width %d: line starts with a mark: %q", w, plain)
				}
				all.WriteString(strings.ReplaceAll(plain, " ", ""))
			}
		}
		if want := "Before" + word + "after."; all.String() != want {
			t.Errorf("width %d: text changed:\n got %q\nwant %q", w, all.String(), want)
		}
	}
}

// TestTablesFitAnyWidth lays a table out at widths from roomy to too
// narrow for a grid: no line is wider than the width, and every cell's
// words are there.
func TestTablesFitAnyWidth(t *testing.T) {
	var sb strings.Builder
	var cells []model.Cell
	for c := range 6 {
		if c > 0 {
			sb.WriteByte('\t')
		}
		start := sb.Len()
		fmt.Fprintf(&sb, "column%d heading", c)
		cells = append(cells, model.Cell{Start: start, End: sb.Len()})
	}
	b := buildBriefing("", nil, nil, [][]fxBlock{{{kind: model.TableBlock, text: sb.String()}}})
	b.Intro[0].Table = &model.Table{Header: 1, Rows: [][]model.Cell{cells}}
	for _, w := range []int{120, 40, 23, 12} {
		blocks := renderUnit(&b, newDocIndex(&b), planUnits(&b)[0], renderKey{width: w, style: "dark"})
		var all strings.Builder
		for _, l := range blocks[0].lines {
			if got := ansi.StringWidth(l.text); got > w {
				t.Errorf("width %d: a line of %d cells: %q", w, got, l.plain)
			}
			all.WriteString(l.plain + " ")
		}
		for c := range 6 {
			if !strings.Contains(strings.Join(strings.Fields(all.String()), " "), fmt.Sprintf("column%d", c)) {
				t.Errorf("width %d: column %d lost:\n%s", w, c, all.String())
			}
		}
	}
}
