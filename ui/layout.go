package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// pane is one of the reader's three panes.
type pane int

const (
	outlinePane pane = iota
	documentPane
	speakersPane
	paneCount // sentinel
)

var paneNames = [...]string{"outline", "document", "speakers"}

// String names the pane.
func (p pane) String() string {
	if p < 0 || p >= paneCount {
		return "unknown"
	}
	return paneNames[p]
}

// Widths at which the layout changes.
const (
	wideWidth   = 120 // outline, document and speakers
	mediumWidth = 80  // a side pane and the document
)

// column is a pane's place on screen; w == 0 when the pane is hidden.
type column struct{ x, w int }

// paneLayout is where every pane goes at one size.
type paneLayout struct {
	height                      int // of the panes, above the status bar
	outline, document, speakers column
}

// layout computes every pane's place for a w × h screen. Below 80 columns
// only the focused pane shows; from 80 the document and one side pane
// (the outline unless the speakers have focus); from 120 all three.
func layout(w, h int, focus pane) paneLayout {
	l := paneLayout{height: max(h-1, 0)}
	switch {
	case w >= wideWidth:
		side := min(max(w*22/100, 24), 40)
		l.outline = column{0, side}
		l.document = column{side, w - 2*side}
		l.speakers = column{w - side, side}
	case w >= mediumWidth:
		side := mediumSide(w)
		l.document = column{side, w - side}
		if focus == speakersPane {
			l.speakers = column{0, side}
		} else {
			l.outline = column{0, side}
		}
	default:
		full := column{0, w}
		switch focus {
		case outlinePane:
			l.outline = full
		case speakersPane:
			l.speakers = full
		default:
			l.document = full
		}
	}
	return l
}

// sideWidth is the width of the outline and speakers panes at width w, for
// sizing them even while hidden.
func sideWidth(w int) int {
	switch {
	case w >= wideWidth:
		return min(max(w*22/100, 24), 40)
	case w >= mediumWidth:
		return mediumSide(w)
	}
	return w
}

// mediumSide is the side pane's width from 80 to 119 columns: 26 to 34,
// wide enough that headings wrap at words, while the document keeps a
// reading width of 52 columns or more.
func mediumSide(w int) int { return min(max(w*3/10, 26), 34) }

// docWidth is the document pane's width at width w.
func docWidth(w int) int {
	switch {
	case w >= wideWidth:
		return w - 2*sideWidth(w)
	case w >= mediumWidth:
		return w - sideWidth(w)
	}
	return w
}

// inner returns the content size of a framed pane of w × h.
func inner(w, h int) (int, int) {
	if w < 3 || h < 3 {
		return max(w, 0), max(h, 0) // too small for a frame: no frame
	}
	return w - 2, h - 2
}

// sideInner is the content size of a side pane: the frame's inner size
// less a column on the right, so counts do not touch the border.
func sideInner(w, h int) (int, int) {
	iw, ih := inner(w, h)
	return max(iw-1, 0), ih
}

// frame draws a rounded border with a title around content, which must be
// exactly the inner size. The result is exactly w × h.
func frame(st theme, title, content string, w, h int, focused bool) []string {
	iw, ih := inner(w, h)
	lines := strings.Split(content, "\n")
	body := make([]string, ih)
	for i := range body {
		if i < len(lines) {
			body[i] = fit(lines[i], iw)
		} else {
			body[i] = fit("", iw)
		}
	}
	if iw == w { // no room for a frame
		return body
	}
	bs, ts := st.Border, st.PaneTitle
	if focused {
		bs, ts = st.FocusedBorder, st.FocusedTitle
	}
	t := ansi.Truncate(" "+title+" ", max(w-4, 0), "…")
	top := bs.Render("╭─") + ts.Render(t) + bs.Render(strings.Repeat("─", max(w-3-ansi.StringWidth(t), 0))+"╮")
	out := []string{fit(top, w)}
	side := bs.Render("│")
	for _, b := range body {
		out = append(out, side+b+side)
	}
	out = append(out, bs.Render("╰"+strings.Repeat("─", w-2)+"╯"))
	return out
}

// overlayBox draws a dialog box of exactly w × h with a title.
func overlayBox(st theme, title string, body []string, w, h int) []string {
	iw, ih := inner(w, h)
	padded := make([]string, 0, ih)
	for i := 0; i < ih; i++ {
		line := ""
		if i < len(body) {
			line = body[i]
		}
		padded = append(padded, fit(" "+fit(line, max(iw-2, 0))+" ", iw))
	}
	return frame(st, title, strings.Join(padded, "\n"), w, h, true)
}

// splice draws box over base at column x, row y; base lines must be as
// wide as the screen.
func splice(base []string, box []string, x, y int) []string {
	for i, b := range box {
		r := y + i
		if r < 0 || r >= len(base) {
			continue
		}
		bw := ansi.StringWidth(b)
		line := base[r]
		lw := ansi.StringWidth(line)
		base[r] = ansi.Cut(line, 0, x) + b + ansi.Cut(line, x+bw, lw)
	}
	return base
}
