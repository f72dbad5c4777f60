package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// statusTTL is how long an info message stays in the status bar.
const statusTTL = 4 * time.Second

// status is a transient message in the status bar.
type status struct {
	text    string
	isError bool
	id      int
}

// statusExpiredMsg reports that the message with this id has had its time.
type statusExpiredMsg struct{ id int }

// setStatus shows a message. Info messages expire after statusTTL; errors
// stay until the next key.
func (m Model) setStatus(text string, isError bool) (Model, tea.Cmd) {
	m.status = status{text: oneLine(text), isError: isError, id: m.status.id + 1}
	if isError || m.after == nil {
		return m, nil
	}
	return m, m.after(statusTTL, statusExpiredMsg{id: m.status.id})
}

// filterSummary is "speaker: NAME · k quotes in m points".
func (m Model) filterSummary() string {
	k := m.b.QuoteCount(m.filter)
	pts := len(m.b.SectionsWith(m.filter))
	return fmt.Sprintf("speaker: %s · %s in %s", oneLine(m.b.SpeakerName(m.filter)), plural(k, "quote"), plural(pts, "point"))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// searchSummary is "/query · match i/n".
func (m Model) searchSummary() string {
	s := m.doc.search
	switch {
	case s.query == "":
		return ""
	case len(s.matches) == 0:
		return "/" + oneLine(s.query) + " · no match"
	}
	return fmt.Sprintf("/%s · match %d/%d", oneLine(s.query), s.current+1, len(s.matches))
}

// statusView draws the bottom line: title, position, filter, search and
// messages on the left, the help hint on the right.
func (m Model) statusView() string {
	st := m.st
	sep := st.Status.Render(" · ")
	var left string
	add := func(s string) {
		if left != "" {
			left += sep
		}
		left += s
	}
	if m.searching {
		add(st.StatusKey.Render("/") + st.Status.Render(m.searchInput.View()))
	} else if t := oneLine(m.b.Title); t != "" {
		add(st.StatusKey.Render(ellipsis(t, 32)))
	} else {
		add(st.StatusKey.Render("brief"))
	}
	n := len(m.b.Sections)
	if cur := m.doc.currentSection(); cur > 0 {
		add(st.Status.Render(fmt.Sprintf("point %d/%d", cur, n)))
	} else {
		add(st.Status.Render(fmt.Sprintf("intro · %s", plural(n, "point"))))
	}
	add(st.Status.Render(fmt.Sprintf("%d%%", m.doc.scrollPercent())))
	if m.filter != "" {
		add(st.StatusKey.Render(m.filterSummary()))
	}
	if s := m.searchSummary(); s != "" && !m.searching {
		add(st.Status.Render(s))
	} else if m.searching && m.doc.search.query != "" {
		add(st.Status.Render(fmt.Sprintf("match %d/%d", min(m.doc.search.current+1, len(m.doc.search.matches)), len(m.doc.search.matches))))
	}
	if m.status.text != "" {
		if m.status.isError {
			add(st.StatusError.Render(m.status.text))
		} else {
			add(st.StatusInfo.Render(m.status.text))
		}
	}
	right := st.Status.Render(" ? help ")
	rw := ansi.StringWidth(right)
	if m.width <= rw+10 {
		return fitStyled(st, " "+left, m.width)
	}
	return fitStyled(st, " "+left, m.width-rw) + right
}

// fitStyled fits s to w cells, padding with the status background.
func fitStyled(st Styles, s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + st.Status.Render(fit("", w-ansi.StringWidth(s)))
}
