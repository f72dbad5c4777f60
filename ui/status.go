package ui

import (
	"fmt"
	"strings"
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
	case s.total() == 0:
		return "/" + oneLine(s.query) + " · no match"
	}
	return fmt.Sprintf("/%s · match %d/%d", oneLine(s.query), s.current+1, s.total())
}

// statusView draws the bottom line: position, filter, search and messages
// on the left, the help hint on the right. When they do not fit, the
// least useful go first: scroll percentage, then position.
func (m Model) statusView() string {
	st := m.st
	type segment struct {
		text     string
		priority int
	}
	var segs []segment
	add := func(p int, s string) { segs = append(segs, segment{s, p}) }
	// no title: the document pane's frame and the window already show it
	if m.searching {
		add(9, st.StatusKey.Render("/")+st.Status.Render(m.searchInput.View()))
	}
	n := len(m.b.Sections)
	if cur := m.doc.currentSection(); cur > 0 {
		add(2, st.Status.Render(fmt.Sprintf("point %d/%d", cur, n)))
	} else {
		add(2, st.Status.Render(fmt.Sprintf("intro · %s", plural(n, "point"))))
	}
	add(1, st.Status.Render(fmt.Sprintf("%d%%", m.doc.scrollPercent())))
	if m.filter != "" {
		add(5, st.StatusKey.Render(m.filterSummary()))
	}
	if s := m.searchSummary(); s != "" && !m.searching {
		add(6, st.Status.Render(s))
	} else if m.searching && m.doc.search.query != "" {
		add(8, st.Status.Render(fmt.Sprintf("match %d/%d", min(m.doc.search.current+1, m.doc.search.total()), m.doc.search.total())))
	}
	if m.status.text != "" {
		style := st.StatusInfo
		if m.status.isError {
			style = st.StatusError
		}
		add(7, style.Render(m.status.text))
	}
	right := st.Status.Render(" ? help ")
	avail := m.width - ansi.StringWidth(right)
	if avail < 20 {
		right, avail = "", m.width
	}
	sep := st.Status.Render(" · ")
	join := func() string {
		parts := make([]string, len(segs))
		for i, s := range segs {
			parts[i] = s.text
		}
		return st.Status.Render(" ") + strings.Join(parts, sep)
	}
	for len(segs) > 1 && ansi.StringWidth(join()) > avail {
		low := 0
		for i, s := range segs {
			if s.priority < segs[low].priority {
				low = i
			}
		}
		segs = append(segs[:low], segs[low+1:]...)
	}
	return fitStyled(st, join(), avail) + right
}

// fitStyled fits s to w cells, padding with the status background.
func fitStyled(st Styles, s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + st.Status.Render(fit("", w-ansi.StringWidth(s)))
}
