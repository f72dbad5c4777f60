package ui

// listState is a cursor and a scroll offset over n rows of equal height.
type listState struct {
	cursor, offset int
}

// move moves the cursor by d rows (clamped to n rows) and scrolls so that
// it stays in a window of rows rows.
func (l listState) move(d, n, rows int) listState {
	return l.set(l.cursor+d, n, rows)
}

// set puts the cursor on row i.
func (l listState) set(i, n, rows int) listState {
	l.cursor = min(max(i, 0), max(n-1, 0))
	rows = max(rows, 1)
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+rows {
		l.offset = l.cursor - rows + 1
	}
	l.offset = min(l.offset, max(n-rows, 0))
	return l
}
