package ui

import (
	"strings"
	"sync"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// theme holds every style the reader draws with, named by role. It is
// built by newStyles and rebuilt when the terminal reports its background.
type theme struct {
	Border, FocusedBorder   lipgloss.Style // pane frame, and the focused one's
	PaneTitle, FocusedTitle lipgloss.Style // title set into the frame
	Item                    lipgloss.Style // an outline or speaker row
	Current                 lipgloss.Style // the talking point being read
	Cursor                  lipgloss.Style // the selected row in a focused list
	Count                   lipgloss.Style // quote counts
	Muted                   lipgloss.Style // roles, hints, secondary text
	Filtered                lipgloss.Style // the speaker the filter is on
	Quote                   lipgloss.Style // a quote's words
	QuoteHighlight          lipgloss.Style // a quote by the filtered speaker
	QuoteDim                lipgloss.Style // a quote by anyone else while filtering
	Name                    lipgloss.Style // a speaker's name next to their quote
	NameHighlight           lipgloss.Style // the filtered speaker's name
	NameDim                 lipgloss.Style // other speakers' names while filtering
	TurnHighlight           lipgloss.Style // a transcript turn by the filtered speaker
	Subtitle                lipgloss.Style // the standfirst
	// the author's inline styles, as Glamour's style draws them
	Emph, Strong, Code, Strike, LinkText lipgloss.Style
	Ref                                  lipgloss.Style // brief's reference marks after links
	URL                                  lipgloss.Style // a link's address under its talking point
	Tag                                  lipgloss.Style // brief's annotation naming a speaker
	Derived                              lipgloss.Style // brief's heading of a unit the document does not head
	Match, CurrentMatch                  lipgloss.Style // search matches
	Placeholder                          lipgloss.Style // a section still rendering
	Status                               lipgloss.Style // the status bar
	StatusKey                            lipgloss.Style // labels in the status bar
	StatusInfo                           lipgloss.Style // transient messages
	StatusError                          lipgloss.Style // errors
	Help                                 help.Styles
	Input                                textinput.Styles
	Flash                                lipgloss.Style // the mark beside a quote just jumped to

	// lines and focusLines are the frame's characters for a pane and for
	// the focused pane: the same rounded lines in colour, where the
	// colour shows the focus, and heavy lines for the focused pane
	// without colour (NO_COLOR, TERM=dumb), where only their shape can.
	lines, focusLines borderChars
	// noColor is set when the terminal shows no colour: the cursor row is
	// then drawn in reverse video rather than on the accent colour.
	noColor bool
	// sgr memoizes runSGR: the sequences of the looks drawn so far, by
	// role and looks. Shared by the copies of a theme, which never change
	// its styles (one that does must start a new one).
	sgr *sync.Map
}

// borderChars are the characters of a frame.
type borderChars struct{ tl, tr, bl, br, h, v string }

var (
	roundLines = borderChars{"╭", "╮", "╰", "╯", "─", "│"}
	heavyLines = borderChars{"┏", "┓", "┗", "┛", "━", "┃"}
)

// newStyles builds the styles for a dark or light background.
func newStyles(isDark bool) theme {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	accent := ld(c("#3056D3"), c("#7D9CFF"))
	// the light border must stay visible on white: "#C6C9D2" all but
	// vanished on a laptop screen
	border := ld(c("#8E94A3"), c("#4B515C"))
	muted := ld(c("#6B7080"), c("#8A909C"))
	dim := ld(c("#A8ACB6"), c("#5C6370"))
	quote := ld(c("#8A5300"), c("#E5C07B"))
	name := ld(c("#1F6F5C"), c("#7FD1B9"))
	// Colours are picked to keep their tone when a 256-colour terminal
	// (xterm) approximates them: "#E8EAF0" became lavender there, and the
	// quote highlight "#3A3221" olive.
	bar := ld(c("#ECEAE4"), c("#1F2329"))
	text := ld(c("#1E2128"), c("#D7DAE0"))

	var s theme
	s.sgr = new(sync.Map)
	s.Border = lipgloss.NewStyle().Foreground(border)
	s.FocusedBorder = lipgloss.NewStyle().Foreground(accent)
	s.PaneTitle = lipgloss.NewStyle().Foreground(muted).Bold(true)
	s.FocusedTitle = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Item = lipgloss.NewStyle().Foreground(text)
	s.Current = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Cursor = lipgloss.NewStyle().Foreground(ld(c("#FFFFFF"), c("#101216"))).Background(accent).Bold(true)
	s.Count = lipgloss.NewStyle().Foreground(muted)
	s.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Filtered = lipgloss.NewStyle().Foreground(quote).Bold(true)
	s.Quote = lipgloss.NewStyle().Foreground(quote).Italic(true)
	s.QuoteHighlight = lipgloss.NewStyle().Foreground(quote).Background(ld(c("#FFF3D6"), c("#3A3530"))).Bold(true).Italic(true)
	s.QuoteDim = lipgloss.NewStyle().Foreground(dim).Italic(true)
	s.Name = lipgloss.NewStyle().Foreground(name).Bold(true)
	s.NameHighlight = lipgloss.NewStyle().Foreground(name).Bold(true).Underline(true)
	s.NameDim = lipgloss.NewStyle().Foreground(dim)
	s.TurnHighlight = lipgloss.NewStyle().Background(ld(c("#FFF3D6"), c("#3A3530")))
	s.Subtitle = lipgloss.NewStyle().Foreground(muted).Italic(true)
	gs := glamourStyle("dark", false)
	if !isDark {
		gs = glamourStyle("light", false)
	}
	s.Emph, s.Strong = cascade(gs.Emph), cascade(gs.Strong)
	s.Code, s.Strike = cascade(gs.Code.StylePrimitive), cascade(gs.Strikethrough)
	s.LinkText, s.URL = cascade(gs.LinkText).Underline(true), cascade(gs.Link)
	s.Ref = lipgloss.NewStyle().Foreground(muted)
	s.Tag = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Derived = lipgloss.NewStyle().Foreground(muted).Italic(true).Bold(true)
	s.Match = lipgloss.NewStyle().Foreground(ld(c("#101216"), c("#F0F0F0"))).Background(ld(c("#B9D1FF"), c("#34507A")))
	s.CurrentMatch = lipgloss.NewStyle().Foreground(c("#101216")).Background(ld(c("#FF9E3B"), c("#FFB86C"))).Bold(true)
	s.Placeholder = lipgloss.NewStyle().Foreground(dim).Italic(true)
	s.Status = lipgloss.NewStyle().Foreground(text).Background(bar)
	s.StatusKey = lipgloss.NewStyle().Foreground(accent).Background(bar).Bold(true)
	s.StatusInfo = lipgloss.NewStyle().Foreground(name).Background(bar)
	s.StatusError = lipgloss.NewStyle().Foreground(ld(c("#C0182B"), c("#FF6B7A"))).Background(bar).Bold(true)
	s.Flash = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Help = help.DefaultStyles(isDark)
	s.Input = textinput.DefaultStyles(isDark)
	s.lines, s.focusLines = roundLines, roundLines
	return s
}

// withoutColour adapts the styles to a terminal that shows no colour, so
// that what colour marks is still seen: the focused pane in heavy lines,
// the cursor row in reverse video.
func (s theme) withoutColour() theme {
	s.noColor = true
	s.sgr = new(sync.Map)
	s.focusLines = heavyLines
	s.Cursor = lipgloss.NewStyle().Reverse(true).Bold(true)
	return s
}

// paintID names the styles the side panes draw most rows in (paint).
type paintID int

const (
	paintItem paintID = iota
	paintCurrent
	paintCursor
	paintCount
	paintDerived
	paintMuted
	paintFiltered
)

func (s *theme) byID(id paintID) lipgloss.Style {
	switch id {
	case paintCurrent:
		return s.Current
	case paintCursor:
		return s.Cursor
	case paintCount:
		return s.Count
	case paintDerived:
		return s.Derived
	case paintMuted:
		return s.Muted
	case paintFiltered:
		return s.Filtered
	}
	return s.Item
}

// paint is the style's Render of a text of one line, with the style's
// sequence worked out once per theme: the panes' rows are drawn on every
// frame, and a lipgloss render each was a good part of a frame.
func (s *theme) paint(id paintID, text string) string {
	st := s.byID(id)
	if text == "" || s.sgr == nil || strings.ContainsAny(text, "\t\n\r") {
		return st.Render(text)
	}
	k := [2]int{-1 - int(id), -1}
	var on string
	if v, ok := s.sgr.Load(k); ok {
		on = v.(string)
	} else {
		on = sgrOf(st)
		s.sgr.Store(k, on)
	}
	if on == "" {
		return st.Render(text)
	}
	return on + text + "\x1b[m"
}
