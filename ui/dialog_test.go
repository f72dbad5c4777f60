package ui

import (
	"fmt"
	"strings"
	"testing"
)

// boxLines returns the inside of the open dialog whose title starts with
// title, line by line, without its frame and the panes around it.
func boxLines(t *testing.T, screen, title string) []string {
	t.Helper()
	var out []string
	x, w := -1, 0
	for _, l := range strings.Split(screen, "\n") {
		rs := []rune(l)
		if i := strings.Index(l, "╭─ "+title); i >= 0 && x < 0 {
			x = len([]rune(l[:i]))
			w = len([]rune(l[i:strings.Index(l, "╮")]))
			continue
		}
		if x >= 0 {
			if rs[x] == '╰' {
				return out
			}
			out = append(out, string(rs[x+1:x+w]))
		}
	}
	t.Fatalf("no %q dialog on screen:\n%s", title, screen)
	return nil
}

// TestDialogPagesMoveByTheRowsShown checks that page down in the quotes
// view moves by as many quotes as the dialog shows, whatever the height,
// and that moving in the picker scrolls only when the cursor leaves the
// names shown.
func TestDialogPagesMoveByTheRowsShown(t *testing.T) {
	b := generateCrowd(30<<10, 4, 60, 120)
	for _, h := range []int{12, 24, 45} {
		tt := newTester(t, b, 120, h)
		tt.press(`"`)
		shown := 0
		for _, l := range boxLines(t, tt.screen(), "Quotes") {
			if strings.HasPrefix(l, " ▌ “") || strings.HasPrefix(l, "   “") {
				shown++
			}
		}
		tt.press("pgdown")
		if shown < 1 || tt.m.quotes.list.cursor != shown {
			t.Errorf("height %d: page down moved to quote %d with %d shown", h, tt.m.quotes.list.cursor, shown)
		}
		if !strings.Contains(strings.Join(boxLines(t, tt.screen(), "Quotes"), "\n"), " ▌ “") {
			t.Errorf("height %d: after page down the selected quote is not shown", h)
		}
		tt.send(sizeMsg(120, h+9)) // a resize sets the rows again
		q := tt.m.quotes
		page := q.list.page(q.hs, q.listRows())
		tt.press("pgup")
		if want := max(shown-page, 0); tt.m.quotes.list.cursor != want {
			t.Errorf("height %d: page up after a resize moved to quote %d, want %d", h+9, tt.m.quotes.list.cursor, want)
		}

		tt.press("esc", "s")
		names := 0
		for _, l := range boxLines(t, tt.screen(), "Filter by speaker")[2:] { // under the input and a blank
			if strings.TrimSpace(l) != "" {
				names++
			}
		}
		for range names - 1 {
			tt.press("down")
		}
		if first := boxLines(t, tt.screen(), "Filter by speaker")[2]; tt.m.picker.list.offset != 0 ||
			!strings.HasPrefix(first, " "+tt.m.picker.matches[0].item.name+" ") {
			t.Errorf("height %d: the picker scrolled (offset %d) with the cursor on the last of %d names shown",
				h+9, tt.m.picker.list.offset, names)
		}
		tt.press("down")
		if tt.m.picker.list.offset != 1 {
			t.Errorf("height %d: the picker did not scroll past the %d names shown", h+9, names)
		}
	}
}

// TestPickerSaysWhenNamesAreHidden: a picker with more names than it
// shows says where the cursor is among them in its title; one that shows
// them all says nothing.
func TestPickerSaysWhenNamesAreHidden(t *testing.T) {
	b := generateCrowd(30<<10, 4, 60, 120)
	tt := newTester(t, b, 120, 24)
	tt.press("s")
	n := len(tt.m.picker.matches)
	if tt.m.picker.rows >= n {
		t.Fatalf("the test wants more speakers (%d) than the picker shows (%d)", n, tt.m.picker.rows)
	}
	if want := fmt.Sprintf("Filter by speaker · 1/%d", n); !strings.Contains(tt.screen(), want) {
		t.Errorf("no %q in the picker's title:\n%s", want, tt.screen())
	}
	tt.press("down", "down")
	if want := fmt.Sprintf("Filter by speaker · 3/%d", n); !strings.Contains(tt.screen(), want) {
		t.Errorf("after two downs, no %q in the title", want)
	}
	// typing narrows the names to what fits: the title is plain again
	tt.press(strings.Split(tt.m.picker.matches[0].item.name, "")...)
	if len(tt.m.picker.matches) <= tt.m.picker.rows && strings.Contains(tt.screen(), "Filter by speaker · ") {
		t.Errorf("%d names, all shown, and still a position in the title", len(tt.m.picker.matches))
	}
}

// TestQuotesViewTakesTheWidth: at 80 columns the quotes view is as wide
// as the screen allows, so that a quote wraps at about the reading
// column's width rather than two thirds of it.
func TestQuotesViewTakesTheWidth(t *testing.T) {
	b := generateCrowd(30<<10, 4, 60, 120)
	for _, w := range []int{80, 120} {
		tt := newTester(t, b, w, 24)
		tt.press(`"`)
		lines := boxLines(t, tt.screen(), "Quotes")
		if got, want := len([]rune(lines[0]))+1, min(w-4, 90)-1; got < want {
			t.Errorf("at %d columns the quotes view is %d wide inside, want %d", w, got, want)
		}
	}
}
