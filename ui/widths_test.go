package ui

import (
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
)

// TestRailNeverNarrowsTheReadingColumn: from 80 columns up the reading
// column stays minReadCols whatever the number of talking points; where
// a rail of their numbers would take it (three digits and more at 80),
// the outline is hidden and opens as a drawer with focus.
func TestRailNeverNarrowsTheReadingColumn(t *testing.T) {
	for _, w := range []int{80, 81, 85, 100, 119} {
		for _, digits := range []int{1, 2, 3, 5} {
			want := sideWants{outline: 40, speakers: 24, roles: 30, digits: digits, read: 100}
			l := layout(w, 24, documentPane, want)
			if read := l.document.w - docChrome; read < minReadCols {
				t.Errorf("%d columns, %d-digit points: reading column %d (outline %d)", w, digits, read, l.outline.w)
			}
			if o := layout(w, 24, outlinePane, want); o.outline.w == 0 || o.document != l.document {
				t.Errorf("%d columns, %d digits: the focused outline is %d wide, document %v→%v", w, digits, o.outline.w, l.document, o.document)
			}
		}
	}
}

// TestCutRowsUseTheirWidth: a heading or a name that must be cut takes a
// column of the two blanks before its count, so that a narrow side pane
// shows a character more of it, and the row stays as wide as the pane.
func TestCutRowsUseTheirWidth(t *testing.T) {
	st := newStyles(true).withoutColour()
	o := outlineModel{width: 21, digits: 1, current: -1}
	it := outlineItem{section: 1, heading: "Interest costs are about to soar", count: 1}
	if row, want := xansi.Strip(o.row(st, it, false)), "  1. Interest cost… 1"; row != want {
		t.Errorf("outline row %q, want %q", row, want)
	}
	it.heading = "Interest cost" // fits: two blanks before the count
	if row, want := xansi.Strip(o.row(st, it, false)), "  1. Interest cost  1"; row != want {
		t.Errorf("whole heading row %q, want %q", row, want)
	}
	s := speakersModel{width: 19, height: 1, items: []speakerItem{{id: "a", name: "Jeffrey Frankelson", count: 2}}}
	if row, want := xansi.Strip(s.view(st, false)), "  Jeffrey Franke… 2"; row != want {
		t.Errorf("speakers row %q, want %q", row, want)
	}
}
