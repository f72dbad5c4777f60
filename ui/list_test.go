package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

func TestListWithRowsOfDifferentHeights(t *testing.T) {
	hs := []int{1, 3, 2, 3, 1, 2} // 12 lines
	const h = 5
	if got := fits(hs, 0, h); got != 2 {
		t.Fatalf("fits from 0 = %d, want 2 (1+3 lines)", got)
	}
	if got := fits([]int{7}, 0, h); got != 1 {
		t.Fatalf("a row taller than the pane must still fit once, got %d", got)
	}
	if got := lastOffset(hs, h); got != 4 { // 1+2 lines; 3 more would be 6
		t.Fatalf("lastOffset = %d, want 4", got)
	}
	var l listState
	for _, c := range []struct {
		to, cursor, offset int
	}{
		{2, 2, 1}, // 3+2 lines: rows 1 and 2
		{3, 3, 2}, // 2+3
		{5, 5, 4}, // clamped to the last window
		{0, 0, 0},
		{99, 5, 4},
		{-3, 0, 0},
	} {
		l = l.set(c.to, hs, h)
		if l.cursor != c.cursor || l.offset != c.offset {
			t.Fatalf("set(%d) = cursor %d offset %d, want %d %d", c.to, l.cursor, l.offset, c.cursor, c.offset)
		}
	}
	for y, want := range []int{0, 1, 1, 1, 2, 2} { // row 0 is one line, row 1 three, row 2 two
		if got := l.rowAt(y, hs); got != want {
			t.Fatalf("rowAt(%d) = %d, want %d", y, got, want)
		}
	}
	if got := l.rowAt(99, hs); got != -1 {
		t.Fatalf("rowAt past the end = %d", got)
	}
	// the wheel: free scrolling keeps the cursor, dragging pulls it along
	l = listState{}.scroll(2, hs, h, false)
	if l.offset != 2 || l.cursor != 0 || !l.free {
		t.Fatalf("scroll without drag: %+v", l)
	}
	if l = l.set(0, hs, h); l.offset != 2 {
		t.Fatalf("setting the same cursor after a scroll moved the window: %+v", l)
	}
	if l = l.set(1, hs, h); l.offset != 1 || l.free {
		t.Fatalf("moving the cursor must bring it into view: %+v", l)
	}
	if l = (listState{}).scroll(3, hs, h, true); l.cursor != 3 || l.offset != 3 {
		t.Fatalf("scroll with drag: %+v", l)
	}
}

func TestWrapWords(t *testing.T) {
	for _, c := range []struct {
		text string
		w    int
		want []string
	}{
		{"Intro", 10, []string{"Intro"}},
		{"no quote here names who said it", 12, []string{"no quote", "here names", "who said it"}},
		{"Supercalifragilistic words", 8, []string{"Supercal", "ifragili", "stic", "words"}},
		{"", 5, []string{""}},
		{"宋美玲宋美玲", 5, []string{"宋美", "玲宋", "美玲"}},
		{"宋", 1, []string{"宋"}},
	} {
		got := wrapWords(c.text, c.w)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("wrapWords(%q, %d) = %q, want %q", c.text, c.w, got, c.want)
		}
	}
}

// TestSidePanesOneLineEach checks that every heading, name and role takes
// one line, cut with "…" where the pane is too narrow, and that the full
// text of the row under the cursor is in the status bar.
func TestSidePanesOneLineEach(t *testing.T) {
	b := fixture()
	b.Sections[2].Heading = "The minister's ceasefire on tariffs, and what the council makes of it"
	tt := newTester(t, b, 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	screen := strings.Split(tt.screen(), "\n")
	rows := 0
	for _, line := range screen[1 : l.height-1] {
		rs := []rune(line)
		if seg := strings.TrimSpace(string(rs[l.outline.x+1 : l.outline.x+l.outline.w-1])); seg != "" {
			rows++
		}
	}
	if rows != len(b.Sections)+1 {
		t.Errorf("the outline takes %d lines for %d points and the intro", rows, len(b.Sections))
	}
	if !strings.Contains(tt.screen(), "3. The minister") || !strings.Contains(tt.screen(), "…") {
		t.Errorf("the long heading is not cut on one line:\n%s", tt.screen())
	}
	tt.press("shift+tab", "j", "j", "j")
	if st := tt.statusLine(); !strings.Contains(st, "what the council makes of it") {
		t.Errorf("the status bar does not show the heading in full: %q", st)
	}
	want := map[string]int{"reyk": 2, "dahl": 2, "okafor": 2, "farmers": 1}
	for i, it := range tt.m.speakers.items {
		if h := tt.m.speakers.heights()[i]; h != want[it.id] {
			t.Errorf("%s (role %q) takes %d lines, want %d", it.name, it.role, h, want[it.id])
		}
	}
	tt.press("shift+tab", "j", "j")
	if st := tt.statusLine(); !strings.Contains(st, "Chair of the Valley Council") {
		t.Errorf("the status bar does not show the speaker's role in full: %q", st)
	}
}

// TestListCursorIsDrawnWhereItIs checks that the row drawn as selected in
// the focused outline and speakers panes is the one enter acts on: the
// frame must not put the outline's cursor back on the point being read.
func TestListCursorIsDrawnWhereItIs(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	cursor := tt.m.st.Cursor.Render("\x00")
	cursor = cursor[:strings.Index(cursor, "\x00")] // the style's opening SGR
	drawnAt := func(label string) bool {
		for _, line := range strings.Split(tt.m.View().Content, "\n") {
			if strings.Contains(ansi.Strip(line), label) {
				return strings.Contains(line, cursor)
			}
		}
		t.Fatalf("%q is not on screen", label)
		return false
	}
	tt.press("shift+tab", "j", "j")
	if it := tt.m.outline.items[tt.m.outline.list.cursor]; it.section != 2 {
		t.Fatalf("the outline cursor is on point %d, want 2", it.section)
	}
	if !drawnAt("2. Farmers") || drawnAt("Intro") {
		t.Error("the outline's cursor is not drawn on point 2")
	}
	tt.press("shift+tab", "j")
	if !drawnAt("Anja Dahl") || drawnAt("Tomas Reyk") {
		t.Error("the speakers' cursor is not drawn on the second speaker")
	}
}

// TestSidePanesFollowTheSize checks the side panes' sizes through
// resizes and a filter: their lists are laid out for the size drawn.
func TestSidePanesFollowTheSize(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	for _, sz := range [][2]int{{80, 24}, {130, 12}, {60, 40}, {120, 3}, {120, 35}} {
		tt.send(sizeMsg(sz[0], sz[1]))
		if sz == [2]int{130, 12} {
			tt.press("s", "enter")
		}
		l := layout(sz[0], sz[1], tt.m.focus, tt.m.wants)
		if _, h := sideInner(l.outline.w, l.height); l.outline.w > 0 && tt.m.outline.height != h {
			t.Errorf("%v: outline laid out for %d lines, drawn in %d", sz, tt.m.outline.height, h)
		}
		checkSize(t, tt.m.View().Content, sz[0], sz[1])
	}
}

// TestLibraryColumnsPutTheTitleFirst checks the library's row layout: a
// wider terminal never shows less of a title (the file column comes in
// only when the titles keep enough room), and on a wide one the file
// column stays next to the longest title rather than at the far right.
func TestLibraryColumnsPutTheTitleFirst(t *testing.T) {
	titles := []string{
		"Harbour talks end without a deal: eleven things we learned", // 58
		"Storm preparations: readout of the emergency meeting",
		"Ferry fares rise",
	}
	var es []entry
	for i, title := range titles {
		es = append(es, entry{doc: Doc{Path: "p", Name: fmt.Sprintf("day/%d-a-file-name.txt", i)}, b: &model.Briefing{Title: title}})
	}
	longest := ansi.StringWidth(titles[0])
	prev := 0
	for w := 60; w <= 220; w++ {
		c := newLibrary(len(es), darkTheme()).setSize(w, 20).columns(es)
		if c.title < prev {
			t.Errorf("at %d columns the title gets %d, at %d it got %d", w, c.title, w-1, prev)
		}
		prev = c.title
		if c.title > longest {
			t.Errorf("at %d columns the title column is %d wide, its longest title %d", w, c.title, longest)
		}
		if c.file > 0 && c.title < min(longest, libTitleFair) {
			t.Errorf("at %d columns the file column leaves the title %d", w, c.title)
		}
	}
	if c := newLibrary(len(es), darkTheme()).setSize(200, 20).columns(es); c.file == 0 || c.title != longest {
		t.Errorf("at 200 columns: title %d (want %d), file %d", c.title, longest, c.file)
	}
}

// TestLibraryShowsFilesWhenTitlesRepeat: briefings that share a title
// (a daily "Morning briefing") are told apart by their files at 80
// columns, where distinct titles keep the whole row.
func TestLibraryShowsFilesWhenTitlesRepeat(t *testing.T) {
	title := "Harbour talks end without a deal: eleven things we learned"
	var es []entry
	for _, day := range []string{"monday", "tuesday"} {
		es = append(es, entry{doc: Doc{Path: day + ".txt"}, b: &model.Briefing{Title: title}})
	}
	l := newLibrary(len(es), darkTheme()).setSize(80, 10)
	l = l.refilter(es, nil)
	view := ansi.Strip(l.view(darkTheme(), es, nil, len(es), ""))
	for _, f := range []string{"monday.txt", "tuesday.txt"} {
		if !strings.Contains(view, f) {
			t.Errorf("two briefings titled alike, no %q at 80 columns:\n%s", f, view)
		}
	}
	es[1].b = &model.Briefing{Title: "Storm preparations: readout of the emergency meeting"}
	if c := l.columns(es); c.file != 0 {
		t.Errorf("distinct titles at 80 columns: a file column of %d cuts them", c.file)
	}
}

// TestSpeakersShowRolesWhereTheDocumentLeavesRoom checks that roles
// widen the speakers pane only with columns the document cannot use: on
// a wide screen a role is shown whole rather than cut beside empty
// margins, and at 120 the reading column keeps its width.
func TestSpeakersShowRolesWhereTheDocumentLeavesRoom(t *testing.T) {
	b := fixture()
	b.Speakers[0].Role = "Governor of Lowmere and the basin board" // 39
	tt := newTester(t, b, 200, 50)
	role := b.Speakers[0].Role
	if !strings.Contains(tt.screen(), role) {
		t.Errorf("at 200 columns the role is cut:\n%s", tt.screen())
	}
	tt.send(sizeMsg(120, 35))
	if l := layout(120, 35, tt.m.focus, tt.m.wants); l.document.w < minReadCols+docChrome {
		t.Errorf("at 120 columns the document has %d columns", l.document.w)
	}
	tt.send(sizeMsg(100, 30))
	tt.press("l") // the speakers open over the document
	if l := layout(100, 30, tt.m.focus, tt.m.wants); l.drawer != speakersPane || l.speakers.w < 2+len(role)+3 {
		t.Errorf("at 100 columns the speakers' drawer is %d wide (drawer %v)", l.speakers.w, l.drawer)
	}
}

// TestWideLayoutKeepsNamesWhole: at 120 columns the speakers pane keeps
// names of 15 characters whole, with their count, beside the
// 70-column reading column: the outline gives way for them, down to
// outlineTight (headings of 14 characters), and no further than the
// names need.
func TestWideLayoutKeepsNamesWhole(t *testing.T) {
	// "  Renske Arvidss 4", the blank and the frame: the pane wants two
	// blanks before the count, a cut name takes one of them
	names := 2 + 15 + 1 + 1 + 1 + 2
	l := layout(120, 35, documentPane, sideWants{outline: 40, speakers: names + 1, roles: 40, read: 100})
	if l.speakers.w < names || l.document.w < minReadCols+docChrome || l.outline.w < outlineTight {
		t.Errorf("at 120 columns: outline %d, document %d, speakers %d (names want %d)", l.outline.w, l.document.w, l.speakers.w, names)
	}
	l = layout(120, 35, documentPane, sideWants{outline: 40, speakers: names + 4, roles: 40, read: 100})
	if l.outline.w < outlineTight {
		t.Errorf("long names at 120 columns: the outline gave way to %d, below %d", l.outline.w, outlineTight)
	}
	l = layout(120, 35, documentPane, sideWants{outline: 40, speakers: 20, roles: 40, read: 100})
	if l.outline.w < outlineFair {
		t.Errorf("short names at 120 columns: the outline gave way to %d", l.outline.w)
	}
}

// TestLibraryHeaderKeepsTheFilterWhole: with a speaker's filter kept, the
// header at 60 columns shows the query and how many briefings it shows,
// not cut ("(599 show").
func TestLibraryHeaderKeepsTheFilterWhole(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), day(), 60, 20)
	at.press("/")
	at.typeText("reyk")
	at.press("enter")
	head := strings.Split(at.screen(), "\n")[0]
	if !strings.Contains(head, "/reyk") || !strings.Contains(head, "(2 shown)") {
		t.Errorf("the library's header with a kept filter: %q", head)
	}
}
