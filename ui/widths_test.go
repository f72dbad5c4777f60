package ui

import (
	"strings"
	"testing"

	"github.com/briefreader/brief/model"

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
	if row, want := xansi.Strip(o.row(&st, it, false)), "  1. Interest cost… 1"; row != want {
		t.Errorf("outline row %q, want %q", row, want)
	}
	it.heading = "Interest cost" // fits: two blanks before the count
	if row, want := xansi.Strip(o.row(&st, it, false)), "  1. Interest cost  1"; row != want {
		t.Errorf("whole heading row %q, want %q", row, want)
	}
	s := speakersModel{width: 19, height: 1, items: []speakerItem{{id: "a", name: "Jeffrey Frankelson", count: 2}}}
	if row, want := xansi.Strip(s.view(&st, false)), "  Jeffrey Franke… 2"; row != want {
		t.Errorf("speakers row %q, want %q", row, want)
	}
}

// TestTwoListsInARowStayTwo: a list right after another (a numbered list
// then a bulleted one) is printed with a blank line between them, as the
// author's two lists; the items of each stay tight, and a nested list's
// first item stays right under its parent.
func TestTwoListsInARowStayTwo(t *testing.T) {
	item := func(text string, ordered bool, n int, start bool, nest ...model.Container) model.Block {
		return model.Block{Kind: model.ListItem, Text: text, Ordered: ordered, Number: n, ListStart: start, Nest: nest}
	}
	b := model.Briefing{Title: "Lists", Intro: []model.Block{
		item("one", true, 1, true), item("two", true, 2, false),
		item("apple", false, 0, true), item("pear", false, 0, false),
		item("stone", false, 0, true, model.InListItem),
	}}
	var sb strings.Builder
	if err := Print(&sb, b, 60, "notty"); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(xansi.Strip(sb.String()), "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	out := strings.Join(lines, "\n")
	if !strings.Contains(out, "2. two\n\n") || !strings.Contains(out, "apple\n") || strings.Contains(out, "one\n\n") {
		t.Errorf("two lists in a row:\n%s", out)
	}
	if i := strings.Index(out, "pear\n"); i < 0 || strings.Contains(out, "pear\n\n") {
		t.Errorf("a nested list is not right under its parent:\n%s", out)
	}
}

// TestDialogsShowNoTextBesideThem: on the rows a dialog (the speaker
// picker, help, the quotes view) covers, nothing of the panes under it
// shows beside it but their frames: no ends of the document's lines at
// its right edge, no cut headings or names at its left. (At these sizes
// the dialog reaches every pane.)
func TestDialogsShowNoTextBesideThem(t *testing.T) {
	for _, size := range [][2]int{{110, 30}, {120, 40}, {80, 24}, {100, 30}} {
		for _, key := range []string{"s", "?", `"`} {
			tt := newTester(t, fixture(), size[0], size[1])
			tt.press(key)
			w := tt.m.dialogWidth()
			if key == "?" {
				w, _, _ = tt.m.helpBox()
			}
			x := (size[0] - w) / 2
			lines := strings.Split(tt.screen(), "\n")
			for r, line := range lines[1 : len(lines)-2] {
				cells := []rune(line)
				if len(cells) != size[0] || !strings.ContainsRune("╭│╰", cells[x]) || !strings.ContainsRune("╮│╯", cells[x+w-1]) {
					continue // not a row of the dialog
				}
				beside := string(cells[:x]) + string(cells[x+w:])
				if strings.Trim(beside, " │┃╭╮╰╯─━") != "" {
					t.Errorf("%dx%d %q: row %d shows %q beside the dialog:\n%s", size[0], size[1], key, r+1, beside, tt.screen())
					break
				}
			}
		}
	}
}

// TestHeadingLinkIsShown: a talking point's heading draws its link as a
// paragraph does — numbered, the point's first reference listed under it.
func TestHeadingLinkIsShown(t *testing.T) {
	h := "The harbour deal is signed"
	b := model.Briefing{Title: "Notes", Sections: []model.Section{
		{Number: 1, Heading: h, HeadingInlines: []model.Inline{{Kind: model.Link, Start: 4, End: 16, URL: "https://example.org/deal"}},
			Blocks: []model.Block{{Kind: model.Paragraph, Text: "See the minutes.",
				Inlines: []model.Inline{{Kind: model.Link, Start: 8, End: 15, URL: "https://example.org/minutes"}}}}},
	}}
	var sb strings.Builder
	if err := Print(&sb, b, 60, "notty"); err != nil {
		t.Fatal(err)
	}
	out := xansi.Strip(sb.String())
	for _, want := range []string{"1. The harbour deal[1] is signed", "minutes[2]", "[1] https://example.org/deal", "[2] https://example.org/minutes"} {
		if !strings.Contains(out, want) {
			t.Errorf("print lacks %q:\n%s", want, out)
		}
	}
}

// TestFitLinesOpensNoLineWithABlank: a line Glamour left too wide ("…
// abcde ---", its dashes hung past the width) is wrapped again without a
// blank opening the new line.
func TestFitLinesOpensNoLineWithABlank(t *testing.T) {
	long := strings.Repeat("word ", 15) + "abcde ---"
	for _, l := range []string{long, "\x1b[38;5;252m" + long + "\x1b[m"} {
		got := fitLines([]string{l}, 80)
		if len(got) != 2 || xansi.Strip(got[1]) != "---" {
			t.Errorf("fitLines(%q) = %q", l, got)
		}
	}
}

// TestOutlineKeepsHeadingLevels: every heading is a talking point, and a
// point the author set a level deeper is indented under the one above it,
// relative to the document's shallowest points; a briefing whose points
// have no level of their own is not indented.
func TestOutlineKeepsHeadingLevels(t *testing.T) {
	st := newStyles(true).withoutColour()
	b := model.Briefing{Sections: []model.Section{
		{Number: 1, Heading: "Budget", Level: 2},
		{Number: 2, Heading: "Capital", Level: 3},
		{Number: 3, Heading: "Cranes", Level: 6},
		{Number: 4, Heading: "Staffing", Level: 2},
	}}
	o := newOutline(&b, "", outlineModel{}).setSize(30, 10, false)
	o.current = -1
	want := []string{"  1. Budget", "  2.   Capital", "  3.       Cranes", "  4. Staffing"}
	for i, w := range want {
		if row := strings.TrimRight(xansi.Strip(o.row(&st, o.items[i+1], false)), " "); row != w {
			t.Errorf("row %d %q, want %q", i+1, row, w)
		}
	}
	if w := o.want(); w < len("  3.       Cranes")+3 {
		t.Errorf("the pane wants %d columns, less than its indented rows", w)
	}
	for i := range b.Sections {
		b.Sections[i].Level = 0
	}
	o = newOutline(&b, "", outlineModel{}).setSize(30, 10, false)
	o.current = -1
	if row := strings.TrimRight(xansi.Strip(o.row(&st, o.items[2], false)), " "); row != "  2. Capital" {
		t.Errorf("a point with no level is indented: %q", row)
	}
}
