package ui

import (
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
