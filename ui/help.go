package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// suspendHelp is said under the keys: ctrl+z is the terminal's, handled
// before the key bindings (signals.go), so it has no binding to list.
const suspendHelp = "ctrl+z suspends brief; fg brings it back."

// helpState is the help dialog's scroll position. The lines themselves
// are laid out from the keyMap on every frame, at the box's width.
type helpState struct {
	offset int
}

func newHelpState() helpState { return helpState{} }

// helpLines lays out the enabled bindings of a context in as many columns
// as fit in w: every key the reader answers to, straight from the keyMap,
// then a note on the mouse.
func helpLines(st *theme, groups [][]key.Binding, w int) []string {
	var keys, descs []string
	kw, dw := 0, 0
	for _, g := range groups {
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			keys, descs = append(keys, b.Help().Key), append(descs, b.Help().Desc)
			kw, dw = max(kw, ansi.StringWidth(b.Help().Key)), max(dw, ansi.StringWidth(b.Help().Desc))
		}
	}
	kw = min(kw, max(w/3, 1))
	colW := kw + 2 + dw
	cols := max(1, min((w+3)/(colW+3), len(keys)))
	if cols == 1 {
		colW = w
	}
	var lines []string
	if cols == 1 {
		// one column: a description too long for the box wraps under
		// itself rather than losing its end ("filter by title, fi…")
		dw := max(w-kw-2, 1)
		for i := range keys {
			for j, d := range wrapWords(descs[i], dw) {
				k := ""
				if j == 0 {
					k = ellipsis(keys[i], kw)
				}
				lines = append(lines, fit(st.Help.FullKey.Render(fit(k, kw))+"  "+st.Help.FullDesc.Render(d), w))
			}
		}
		return appendMouseHelp(st, lines, w)
	}
	rows := (len(keys) + cols - 1) / cols
	for r := 0; r < rows; r++ {
		var sb strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(keys) {
				break
			}
			if c > 0 {
				sb.WriteString("   ")
			}
			d := ellipsis(descs[i], max(colW-kw-2, 1))
			sb.WriteString(st.Help.FullKey.Render(fit(ellipsis(keys[i], kw), kw)) + "  " + st.Help.FullDesc.Render(fit(d, colW-kw-2)))
		}
		lines = append(lines, fit(sb.String(), w))
	}
	return appendMouseHelp(st, lines, w)
}

// appendMouseHelp adds the note on the mouse and ctrl+z under the keys.
func appendMouseHelp(st *theme, lines []string, w int) []string {
	lines = append(lines, "")
	for _, l := range wrapWords(mouseHelp+" "+suspendHelp, w) {
		lines = append(lines, fit(st.Muted.Render(l), w))
	}
	return lines
}

// helpView is the window of help lines that fits h rows at the state's
// offset, and the footer that says where it is, short enough for a box w
// wide.
func (hs helpState) view(lines []string, h, w int) ([]string, string) {
	off := min(hs.offset, max(len(lines)-h, 0))
	end := min(off+h, len(lines))
	if off == 0 && end == len(lines) {
		return lines, "q or esc closes"
	}
	arrows := ""
	if off > 0 {
		arrows += "↑"
	}
	if end < len(lines) {
		arrows += "↓"
	}
	footer := fmt.Sprintf("%s %d–%d of %d · j/k scroll · q closes", arrows, off+1, end, len(lines))
	if ansi.StringWidth(footer) > w-6 { // the corners and a blank each side
		footer = fmt.Sprintf("%s %d–%d/%d · j/k · q closes", arrows, off+1, end, len(lines))
	}
	return lines[off:end], footer
}

// scroll moves the help by a key's worth of lines; false when msg is not
// a movement key.
func (hs helpState) scroll(msg tea.KeyPressMsg, k keyMap, total, h int) (helpState, bool) {
	page := max(h-1, 1)
	d := 0
	switch {
	case key.Matches(msg, k.Down):
		d = 1
	case key.Matches(msg, k.Up):
		d = -1
	case key.Matches(msg, k.PageDown):
		d = page
	case key.Matches(msg, k.PageUp):
		d = -page
	case key.Matches(msg, k.HalfDown):
		d = max(h/2, 1)
	case key.Matches(msg, k.HalfUp):
		d = -max(h/2, 1)
	case key.Matches(msg, k.Top):
		d = -total
	case key.Matches(msg, k.Bottom):
		d = total
	default:
		return hs, false
	}
	hs.offset = min(max(hs.offset+d, 0), max(total-h, 0))
	return hs, true
}
