package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
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

// Widths at which the layout changes, and the sizes it keeps.
const (
	wideWidth   = 120 // outline, document and speakers
	mediumWidth = 80  // the outline (or a rail of its numbers) and the document
	// minReadCols is the reading column kept from 80 columns up: what a
	// pager gives, less a few columns for the outline's rail.
	minReadCols = 70
	// docChrome is the document pane's border and margins around the
	// reading column.
	docChrome = 4
	// sideMin and the maxima bound the side panes' widths; between them
	// a pane is as wide as its content.
	sideMin = 18
	// speakersFair and outlineFair are what the side panes keep, where
	// they can, when the document needs room: most names, and the start
	// of most headings.
	speakersFair = 20
	outlineFair  = 26
	outlineMax   = 40
	speakersMax  = 36
	// speakersNames is as wide as the speakers pane keeps for names whole
	// (with their counts) before the outline gives way, and outlineTight
	// what the outline gives way to for them: the names are what one
	// filters by; a heading is whole in the status bar.
	speakersNames = 28
	outlineTight  = 24
	// wideOutlineMax and wideSpeakersMax bound the side panes when the
	// document has more room than its text takes.
	wideOutlineMax  = 64
	wideSpeakersMax = 44
	// drawerMin and drawerMax bound a side pane drawn over the document.
	drawerMin = 28
	drawerMax = 60
)

// column is a pane's place on screen; w == 0 when the pane is hidden.
type column struct{ x, w int }

// sideWants is how wide the side panes would like to be for their
// content (outlineModel.want, speakersModel.want).
type sideWants struct {
	outline, speakers int
	// roles is how wide the speakers pane would like to be to show their
	// roles whole too: it takes columns only the document cannot use, or
	// opens as wide over the document
	roles  int
	digits int // of the highest point number, for the rail
	read   int // the reading width asked for (Options.Width)
}

// paneLayout is where every pane goes at one size.
type paneLayout struct {
	height                      int // of the panes, above the status bar
	outline, document, speakers column
	// rail: the outline shows only point numbers, to leave the document
	// its reading column.
	rail bool
	// drawer is the side pane drawn over the document's left edge (the
	// focused one, where the layout has no room for it beside the
	// document), or paneCount for none. The document keeps its place and
	// width, so that it does not reflow when the focus moves.
	drawer pane
}

// layout computes every pane's place for a w × h screen. Below 80 columns
// only the focused pane shows. From 80 the document keeps a reading
// column of minReadCols and the outline takes what is left: its headings
// when that is enough, else a rail of point numbers, which opens as a
// drawer over the document while it has focus (as the speakers pane
// does). From 120 all three panes show, the side panes as wide as their
// content within bounds.
func layout(w, h int, focus pane, want sideWants) paneLayout {
	l := paneLayout{height: max(h-1, 0), drawer: paneCount}
	switch {
	case w >= wideWidth:
		ow := min(max(want.outline, sideMin), outlineMax)
		sw := min(max(want.speakers, sideMin), speakersMax)
		// give back columns until the document has its reading column:
		// the speakers' down to what shows every name whole (within
		// reason), the outline's down to what shows the start of its
		// headings and then a little less, for the names; then the
		// speakers' down to what shows most names, and both to their least
		over := max(ow+sw-(w-(minReadCols+docChrome)), 0)
		give := func(width *int, least int) {
			cut := min(over, max(*width-least, 0))
			*width, over = *width-cut, over-cut
		}
		give(&sw, max(min(want.speakers, speakersNames), speakersFair))
		give(&ow, outlineFair)
		give(&ow, outlineTight)
		give(&sw, speakersFair)
		give(&sw, sideMin)
		give(&ow, sideMin)
		// columns the document cannot use (its text is at most want.read
		// wide) go to the side panes, up to their content
		if spare := w - ow - sw - (want.read + docChrome); spare > 0 {
			grow := min(spare, max(want.outline-ow, 0), wideOutlineMax-ow)
			ow, spare = ow+grow, spare-grow
			sw += min(spare, max(max(want.speakers, want.roles)-sw, 0), wideSpeakersMax-sw)
		}
		l.outline = column{0, ow}
		l.document = column{ow, w - ow - sw}
		l.speakers = column{w - sw, sw}
	case w >= mediumWidth:
		side := w - (minReadCols + docChrome)
		ow := min(max(want.outline, sideMin), outlineMax, side)
		if side < sideMin {
			// a rail of numbers; where even that would narrow the reading
			// column (three digits and more at 80 columns), none: the
			// outline opens as a drawer with focus, as on the rail
			l.rail, ow = true, railWidth(want.digits)
			if ow > side {
				ow = 0
			}
		}
		l.outline = column{0, ow}
		l.document = column{ow, w - ow}
		drawer := func(p pane, want int) column {
			l.drawer = p
			return column{0, min(max(want, drawerMin), drawerMax, w*2/3)}
		}
		switch {
		case focus == speakersPane:
			l.speakers = drawer(speakersPane, max(want.speakers, want.roles))
		case focus == outlinePane && l.rail:
			l.outline = drawer(outlinePane, want.outline)
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

// railWidth is the outline rail's width: a frame around a marker, the
// point numbers (two digits at least, so that the width does not change
// with the document) and a blank.
func railWidth(digits int) int { return max(digits, 2) + 4 }

// outlineRail reports whether the outline is drawn as a rail of numbers.
func (l paneLayout) outlineRail() bool { return l.rail && l.drawer != outlinePane }

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

// frameText is what a frame says besides its content: the title set into
// the top border and a note (a scroll hint) set into the bottom one. The
// note may give shorter forms after the first, each on a line of its own:
// the first that fits is drawn.
type frameText struct {
	title, footer string
}

// frame draws a border with a title around content, which must be exactly
// the inner size. The result is exactly w × h. The focused pane's border
// is in the accent colour, and without colour in heavy lines.
func frame(st *theme, ft frameText, content string, w, h int, focused bool) []string {
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
	bs, ts, bc := st.Border, st.PaneTitle, st.lines
	if focused {
		bs, ts, bc = st.FocusedBorder, st.FocusedTitle, st.focusLines
	}
	top := bs.Render(bc.tl) + setInto(bs, ts, ft.title, bc.h, w-2) + bs.Render(bc.tr)
	out := []string{fit(top, w)}
	side := bs.Render(bc.v)
	for _, b := range body {
		out = append(out, side+b+side)
	}
	bottom := bs.Render(bc.bl) + setInto(bs, st.Muted, ft.footer, bc.h, w-2) + bs.Render(bc.br)
	return append(out, fit(bottom, w))
}

// setInto draws a border line of w cells with text set into it: one
// line character, the text between blanks, the rest of the line. Text
// too long for the line is cut with "…"; on a line too short for blanks
// the text stands alone.
func setInto(line, text lipgloss.Style, s, h string, w int) string {
	if forms := strings.Split(s, "\n"); len(forms) > 1 {
		s = forms[len(forms)-1]
		for _, f := range forms {
			if ansi.StringWidth(f)+2 <= w-2 {
				s = f
				break
			}
		}
	}
	if s == "" || w <= 0 {
		return line.Render(strings.Repeat(h, max(w, 0)))
	}
	if w < 6 {
		t := ansi.Truncate(s, w, "")
		return text.Render(t) + line.Render(strings.Repeat(h, w-ansi.StringWidth(t)))
	}
	t := ansi.Truncate(" "+s+" ", w-2, "…")
	return line.Render(h) + text.Render(t) + line.Render(strings.Repeat(h, max(w-1-ansi.StringWidth(t), 0)))
}

// overlayBox draws a dialog box of exactly w × h with a title and footer.
func overlayBox(st *theme, ft frameText, body []string, w, h int) []string {
	iw, ih := inner(w, h)
	padded := make([]string, 0, ih)
	for i := 0; i < ih; i++ {
		line := ""
		if i < len(body) {
			line = body[i]
		}
		padded = append(padded, fit(" "+fit(line, max(iw-2, 0))+" ", iw))
	}
	return frame(st, ft, strings.Join(padded, "\n"), w, h, true)
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
