package ui

// listState is a cursor and a scroll offset over n rows of equal height.
type listState struct {
	cursor, offset int
	// free is set when the wheel scrolled the window away from the cursor:
	// the cursor may stay out of view until it moves, or the list would
	// jump back at the next frame.
	free bool
}

// move moves the cursor by d rows (clamped to n rows) and scrolls so that
// it stays in a window of rows rows.
func (l listState) move(d, n, rows int) listState {
	return l.set(l.cursor+d, n, rows)
}

// set puts the cursor on row i and scrolls it into view, unless the wheel
// scrolled the window and the cursor stays where it was.
func (l listState) set(i, n, rows int) listState {
	i = min(max(i, 0), max(n-1, 0))
	rows = max(rows, 1)
	if !l.free || i != l.cursor {
		l.cursor, l.free = i, false
		if l.cursor < l.offset {
			l.offset = l.cursor
		}
		if l.cursor >= l.offset+rows {
			l.offset = l.cursor - rows + 1
		}
	}
	l.offset = max(min(l.offset, n-rows), 0)
	return l
}

// scroll moves the window by d rows. With drag the cursor is pulled into
// the window, so that enter acts on a row the reader can see; without,
// it stays on its row.
func (l listState) scroll(d, n, rows int, drag bool) listState {
	rows = max(rows, 1)
	l.offset = max(min(l.offset+d, n-rows), 0)
	if drag {
		l.cursor = max(min(l.cursor, l.offset+rows-1, n-1), l.offset, 0)
		l.free = false
		return l
	}
	l.free = l.cursor < l.offset || l.cursor >= l.offset+rows
	return l
}
