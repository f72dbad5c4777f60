package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listState is a cursor and a scroll offset over the rows of a list drawn
// in h lines, rows given by their heights in lines: an outline row is as
// tall as its wrapped heading, a speaker as their name and role.
type listState struct {
	cursor, offset int
	// free is set when the wheel scrolled the window away from the cursor:
	// the cursor may stay out of view until it moves, or the list would
	// jump back at the next frame.
	free bool
}

// uniform is the heights of n rows of k lines.
func uniform(n, k int) []int {
	hs := make([]int, n)
	for i := range hs {
		hs[i] = k
	}
	return hs
}

// fits is how many rows from row from fit in h lines; at least one, so
// that a row taller than the pane still shows its top.
func fits(heights []int, from, h int) int {
	used, k := 0, 0
	for i := from; i < len(heights); i++ {
		if k > 0 && used+heights[i] > h {
			break
		}
		used += heights[i]
		k++
	}
	return k
}

// lastOffset is the offset that shows the end of the list.
func lastOffset(heights []int, h int) int {
	used := 0
	for i := len(heights) - 1; i >= 0; i-- {
		if used += heights[i]; used > h {
			return min(i+1, len(heights)-1)
		}
	}
	return 0
}

// move moves the cursor by d rows and scrolls so that it stays in view.
func (l listState) move(d int, heights []int, h int) listState {
	return l.set(l.cursor+d, heights, h)
}

// set puts the cursor on row i and scrolls it into view, unless the wheel
// scrolled the window and the cursor stays where it was.
func (l listState) set(i int, heights []int, h int) listState {
	i = max(min(i, len(heights)-1), 0)
	if !l.free || i != l.cursor {
		l.cursor, l.free = i, false
		l.offset = min(l.offset, l.cursor)
		// the least offset from the old one at which the cursor's row
		// is in view: walked back from the cursor over the rows that fit
		// with it, not forward a row at a time from the old offset (G on
		// an outline of 12,000 points counted its heights 12,000 times)
		if l.offset < l.cursor && l.offset+fits(heights, l.offset, h) <= l.cursor {
			o, used := l.cursor, heights[l.cursor]
			for o > l.offset && used+heights[o-1] <= h {
				o--
				used += heights[o]
			}
			l.offset = o
		}
	}
	l.offset = max(min(l.offset, lastOffset(heights, h)), 0)
	return l
}

// scroll moves the window by d rows. With drag the cursor is pulled into
// the window, so that enter acts on a row the reader can see; without,
// it stays on its row.
func (l listState) scroll(d int, heights []int, h int, drag bool) listState {
	l.offset = max(min(l.offset+d, lastOffset(heights, h)), 0)
	end := l.offset + fits(heights, l.offset, h) - 1
	if drag {
		l.cursor = max(min(l.cursor, end, len(heights)-1), l.offset, 0)
		l.free = false
		return l
	}
	l.free = l.cursor < l.offset || l.cursor > end
	return l
}

// page is how many rows a page key moves: the rows in view.
func (l listState) page(heights []int, h int) int {
	return max(fits(heights, l.offset, h), 1)
}

// rowAt is the row drawn on line y of the list's window, or -1.
func (l listState) rowAt(y int, heights []int) int {
	for i := l.offset; i < len(heights) && y >= 0; i++ {
		if y < heights[i] {
			return i
		}
		y -= heights[i]
	}
	return -1
}

// navigate moves the list for the keys every list pane shares: up, down,
// page, half page, top and bottom. It reports whether msg was one of them.
func (l listState) navigate(msg tea.KeyPressMsg, k keyMap, heights []int, h int) (listState, bool) {
	page := l.page(heights, h)
	switch {
	case key.Matches(msg, k.Down):
		return l.move(1, heights, h), true
	case key.Matches(msg, k.Up):
		return l.move(-1, heights, h), true
	case key.Matches(msg, k.PageDown):
		return l.move(page, heights, h), true
	case key.Matches(msg, k.PageUp):
		return l.move(-page, heights, h), true
	case key.Matches(msg, k.HalfDown):
		return l.move(max(page/2, 1), heights, h), true
	case key.Matches(msg, k.HalfUp):
		return l.move(-max(page/2, 1), heights, h), true
	case key.Matches(msg, k.Top):
		return l.set(0, heights, h), true
	case key.Matches(msg, k.Bottom):
		return l.set(len(heights)-1, heights, h), true
	}
	return l, false
}
