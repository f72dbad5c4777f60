package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func wheel(x, y int, b tea.MouseButton) tea.MouseWheelMsg {
	return tea.MouseWheelMsg{X: x, Y: y, Button: b}
}

func click(x, y int) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

// find returns the cell where text first appears on screen in columns
// [x0, x1), so that tests click where the reader drew something.
func (tt *tester) find(text string, x0, x1 int) (int, int) {
	tt.t.Helper()
	for y, line := range strings.Split(tt.screen(), "\n") {
		rs := []rune(line)
		seg := string(rs[min(x0, len(rs)):min(x1, len(rs))])
		if i := strings.Index(seg, text); i >= 0 {
			return x0 + len([]rune(seg[:i])), y
		}
	}
	tt.t.Fatalf("%q is not on screen in columns %d–%d:\n%s", text, x0, x1, tt.screen())
	return 0, 0
}

func TestWheelScrollsTheDocument(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	x := l.document.x + l.document.w/2
	tt.send(wheel(x, 10, tea.MouseWheelDown))
	tt.send(wheel(x, 10, tea.MouseWheelDown))
	if tt.m.doc.offset != 2*wheelLines {
		t.Fatalf("two notches down: offset %d, want %d", tt.m.doc.offset, 2*wheelLines)
	}
	tt.send(wheel(x, 10, tea.MouseWheelUp))
	if tt.m.doc.offset != wheelLines {
		t.Fatalf("one notch up: offset %d, want %d", tt.m.doc.offset, wheelLines)
	}
	// over the outline, the speakers or the status bar the document stays
	for _, at := range [][2]int{{l.outline.x + 3, 10}, {l.speakers.x + 3, 10}, {x, 34}} {
		tt.send(wheel(at[0], at[1], tea.MouseWheelDown))
		if tt.m.doc.offset != wheelLines {
			t.Fatalf("wheel at %v scrolled the document to %d", at, tt.m.doc.offset)
		}
	}
	if tt.m.focus != documentPane {
		t.Fatalf("the wheel moved the focus to %v", tt.m.focus)
	}
	// the top and the bottom hold
	for i := 0; i < 100; i++ {
		tt.send(wheel(x, 10, tea.MouseWheelDown))
	}
	if tt.m.doc.offset != tt.m.doc.maxOffset() || !strings.Contains(tt.statusLine(), "100%") {
		t.Fatalf("wheel to the end: offset %d of %d", tt.m.doc.offset, tt.m.doc.maxOffset())
	}
}

// TestWheelScrollsSideLists uses a screen too short for the lists: each
// notch scrolls the list under the pointer by one row, and the outline
// keeps the scroll while the reader stays in the same talking point.
func TestWheelScrollsSideLists(t *testing.T) {
	tt := newTester(t, fixture(), 120, 7)
	l := layout(120, 7, tt.m.focus, tt.m.wants)
	if !strings.Contains(tt.screen(), "Intro") {
		t.Fatalf("the outline does not start with the intro:\n%s", tt.screen())
	}
	tt.send(wheel(l.outline.x+3, 3, tea.MouseWheelDown))
	if tt.m.outline.list.offset != 1 || strings.Contains(tt.screen(), "Intro") {
		t.Fatalf("outline offset %d after a notch:\n%s", tt.m.outline.list.offset, tt.screen())
	}
	tt.send(sizeMsg(120, 7)) // any other message: the scroll stays
	tt.press("j")            // the document moves within the intro
	if tt.m.outline.list.offset != 1 {
		t.Fatalf("the outline jumped back to offset %d", tt.m.outline.list.offset)
	}
	tt.press("4") // a new point: the outline follows the reader
	o := tt.m.outline
	if c := o.list; c.cursor != 4 || c.cursor < c.offset || c.cursor >= c.offset+fits(o.heights(), c.offset, o.height) {
		t.Fatalf("outline %+v does not show point 4", c)
	}

	before := tt.screen()
	tt.send(wheel(l.speakers.x+3, 3, tea.MouseWheelDown))
	if tt.m.speakers.list.offset != 1 || tt.screen() == before {
		t.Fatalf("speakers offset %d after a notch", tt.m.speakers.list.offset)
	}
	for i := 0; i < 10; i++ {
		tt.send(wheel(l.speakers.x+3, 3, tea.MouseWheelDown))
	}
	sp := tt.m.speakers
	if want := lastOffset(sp.heights(), sp.height); sp.list.offset != want || want == 0 {
		t.Fatalf("speakers scrolled to %d, want the last window %d", tt.m.speakers.list.offset, want)
	}
	// focused, the wheel drags the cursor along so enter acts on a row
	// in view
	tt.press("tab")
	tt.send(wheel(l.speakers.x+3, 3, tea.MouseWheelUp))
	tt.send(wheel(l.speakers.x+3, 3, tea.MouseWheelUp))
	sp = tt.m.speakers
	if c := sp.list; c.cursor < c.offset || c.cursor >= c.offset+fits(sp.heights(), c.offset, sp.height) {
		t.Fatalf("focused speakers: cursor %d outside the window at %d", sp.list.cursor, sp.list.offset)
	}
}

func TestClickOutlineRowGoesToPoint(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	x, y := tt.find("3. The minis", l.outline.x, l.outline.x+l.outline.w)
	tt.send(click(x, y))
	if tt.m.doc.currentSection() != 3 || !strings.HasPrefix(tt.docTop(), "3. ") {
		t.Fatalf("click on point 3: section %d, top %q", tt.m.doc.currentSection(), tt.docTop())
	}
	if tt.m.focus != outlinePane || tt.m.outline.list.cursor != 3 {
		t.Fatalf("focus %v, outline cursor %d", tt.m.focus, tt.m.outline.list.cursor)
	}
	// anywhere on the row, the count too
	x, y = tt.find("2. Farmers", l.outline.x, l.outline.x+l.outline.w)
	tt.send(click(l.outline.x+l.outline.w-3, y))
	if tt.m.doc.currentSection() != 2 {
		t.Fatalf("click on point 2's count: section %d", tt.m.doc.currentSection())
	}
	// a click in the document focuses it and leaves the position
	off := tt.m.doc.offset
	tt.send(click(l.document.x+5, 5))
	if tt.m.focus != documentPane || tt.m.doc.offset != off {
		t.Fatalf("click in the document: focus %v, offset %d→%d", tt.m.focus, off, tt.m.doc.offset)
	}
}

func TestClickSpeakerFilters(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	x, y := tt.find("Water Minister", l.speakers.x, l.speakers.x+l.speakers.w) // Dahl's role line
	tt.send(click(x, y))
	if tt.m.filter != "dahl" || !strings.Contains(tt.statusLine(), "speaker: Anja Dahl") {
		t.Fatalf("click on Dahl's role: filter %q, status %q", tt.m.filter, tt.statusLine())
	}
	x, y = tt.find("Tomas Reyk", l.speakers.x, l.speakers.x+l.speakers.w)
	tt.send(click(x, y))
	if tt.m.filter != "reyk" {
		t.Fatalf("click on Reyk: filter %q", tt.m.filter)
	}
	// below the last speaker nothing happens but the focus
	tt.send(click(l.speakers.x+3, 30))
	if tt.m.filter != "reyk" || tt.m.focus != speakersPane {
		t.Fatalf("click below the list: filter %q focus %v", tt.m.filter, tt.m.focus)
	}
	// right and middle clicks do nothing
	tt.send(tea.MouseClickMsg{X: l.outline.x + 5, Y: 5, Button: tea.MouseRight})
	if tt.m.focus != speakersPane {
		t.Fatal("a right click moved the focus")
	}
}

// TestClicksWaitForDialogs checks that a dialog or the search input keeps
// clicks from acting on the panes under it, and that the wheel scrolls the
// dialog's list instead.
func TestClicksWaitForDialogs(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	tt.press(`"`)
	tt.send(click(l.outline.x+5, 3))
	if tt.m.overlay != quotesOverlay || tt.m.focus != documentPane {
		t.Fatalf("click under the quotes view: overlay %v focus %v", tt.m.overlay, tt.m.focus)
	}
	tt.send(wheel(60, 15, tea.MouseWheelDown))
	tt.send(wheel(60, 15, tea.MouseWheelDown))
	if tt.m.quotes.list.cursor != 2 || tt.m.doc.offset != 0 {
		t.Fatalf("wheel in the quotes view: cursor %d, document offset %d", tt.m.quotes.list.cursor, tt.m.doc.offset)
	}
	tt.press("esc", "/")
	tt.typeText("truce")
	x, y := tt.find("Tomas Reyk", l.speakers.x, l.speakers.x+l.speakers.w)
	tt.send(click(x, y))
	if tt.m.filter != "" || !tt.m.searching {
		t.Fatalf("click while typing a search: filter %q searching %v", tt.m.filter, tt.m.searching)
	}
}

func TestClickInNarrowLayout(t *testing.T) {
	tt := newTester(t, fixture(), 60, 20)
	tt.press("tab", "tab") // the outline, alone on screen
	x, y := tt.find("4. What the council", 0, 60)
	tt.send(click(x, y))
	if tt.m.doc.currentSection() != 4 || tt.m.focus != documentPane {
		t.Fatalf("narrow click: section %d, focus %v", tt.m.doc.currentSection(), tt.m.focus)
	}
	tt.press("tab") // the speakers
	x, y = tt.find("Peter Okafor-Lind", 0, 60)
	tt.send(click(x, y))
	if tt.m.filter != "okafor" || tt.m.focus != documentPane {
		t.Fatalf("narrow click on a speaker: filter %q, focus %v", tt.m.filter, tt.m.focus)
	}
}

// TestMouseKeepsTheViewExact clicks and scrolls over a grid of cells at
// several sizes, off-screen cells, frames and the status bar included:
// nothing panics and the view stays exactly the terminal's size.
func TestMouseKeepsTheViewExact(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {20, 6}, {60, 20}, {80, 24}, {120, 35}} {
		w, h := sz[0], sz[1]
		tt := newTester(t, fixture(), w, h)
		for y := -1; y <= h; y += 3 {
			for x := -1; x <= w; x += 6 {
				tt.send(wheel(x, y, tea.MouseWheelDown))
				tt.send(click(x, y))
				checkSize(t, tt.m.View().Content, w, h)
				tt.send(wheel(x, y, tea.MouseWheelUp))
			}
		}
		if tt.m.View().MouseMode != tea.MouseModeCellMotion {
			t.Fatal("the view does not ask for the mouse")
		}
	}
}
