package ui

import (
	"reflect"
	"strings"
	"testing"

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

func TestWrapLabel(t *testing.T) {
	for _, c := range []struct {
		label string
		w, n  int
		want  []string
	}{
		{"Intro", 10, 3, []string{"Intro"}},
		{"3. The minister's ceasefire on tariffs", 15, 4, []string{"3. The", "   minister's", "   ceasefire on", "   tariffs"}},
		{"3. The minister's ceasefire on tariffs", 15, 2, []string{"3. The", "   minister's …"}},
		{" 9. Her one regret", 18, 3, []string{" 9. Her one regret"}},
		{"10. Their lives today and then", 16, 3, []string{"10. Their lives", "    today and", "    then"}},
		// too narrow for the indent: the text keeps the width
		{"10. Their relationships today", 11, 3, []string{"10. Their", "relationshi", "ps today"}},
		{"Supercalifragilistic words", 8, 2, []string{"Supercal", "ifragil…"}},
	} {
		got := wrapLabel(c.label, c.w, c.n)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("wrapLabel(%q, %d, %d) = %q, want %q", c.label, c.w, c.n, got, c.want)
		}
		for _, l := range got {
			if len([]rune(l)) > c.w {
				t.Errorf("wrapLabel(%q, %d): line %q is too wide", c.label, c.w, l)
			}
		}
	}
}

// TestOutlineShowsWholeHeadings checks that where the outline has room
// every heading is drawn whole, wrapped rather than cut.
func TestOutlineShowsWholeHeadings(t *testing.T) {
	b := fixture()
	tt := newTester(t, b, 80, 24)
	l := layout(80, 24, tt.m.focus)
	var outline []string
	for _, line := range strings.Split(tt.screen(), "\n")[1 : l.height-1] {
		rs := []rune(line)
		outline = append(outline, strings.Trim(string(rs[l.outline.x+1:l.outline.x+l.outline.w-1]), " ▌0123456789"))
	}
	text := words(strings.Join(outline, " "))
	if strings.Contains(text, "…") {
		t.Fatalf("a heading is cut:\n%s", strings.Join(outline, "\n"))
	}
	for _, s := range b.Sections {
		if !strings.Contains(text, s.Heading) {
			t.Errorf("the outline lacks %q: %s", s.Heading, text)
		}
	}
}

// TestSpeakerRolesWrap checks that names and roles too long for the pane
// wrap to a second line instead of being cut, and that a speaker without
// a role takes no line for it.
func TestSpeakerRolesWrap(t *testing.T) {
	b := fixture()
	b.Speakers[3].Role = ""
	tt := newTester(t, b, 120, 35)
	// "Riverside Growers Union" wraps, and has no role
	want := map[string]int{"reyk": 2, "dahl": 2, "okafor": 3, "farmers": 2}
	sp := tt.m.speakers
	for i, it := range sp.items {
		if h := sp.heights()[i]; h != want[it.id] {
			t.Errorf("%s (role %q) takes %d lines, want %d", it.name, it.role, h, want[it.id])
		}
	}
	if s := tt.screen(); !strings.Contains(s, "Chair of the Valley") || !strings.Contains(s, "  Council ") ||
		!strings.Contains(s, "  Union ") || strings.Contains(s, "…") {
		t.Fatalf("a long name or role is not wrapped whole:\n%s", s)
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

// TestCachedHeightsFollowTheSize checks that the heights the side panes
// keep between frames are those of their current size, through resizes
// and a filter.
func TestCachedHeightsFollowTheSize(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	for _, sz := range [][2]int{{80, 24}, {130, 12}, {60, 40}, {120, 3}, {120, 35}} {
		tt.send(sizeMsg(sz[0], sz[1]))
		if sz == [2]int{130, 12} {
			tt.press("s", "enter")
		}
		sp, o := tt.m.speakers, tt.m.outline
		if got, want := sp.heights(), sp.measure(); !reflect.DeepEqual(got, want) {
			t.Errorf("%v: speakers' heights %v, want %v", sz, got, want)
		}
		if got, want := o.labels(), o.wrapLabels(); !reflect.DeepEqual(got, want) {
			t.Errorf("%v: outline labels %q, want %q", sz, got, want)
		}
		checkSize(t, tt.m.View().Content, sz[0], sz[1])
	}
}
