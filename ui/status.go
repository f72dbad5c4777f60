package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
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

// filterForms is the filter in the status bar, longest first:
// "speaker: NAME · k quotes in m points", "speaker: NAME", "NAME". The
// intro is not a talking point: quotes there are "in the intro".
func (m Model) filterForms() []string {
	name := m.names.name(m.filter)
	k := m.b.QuoteCount(m.filter)
	pts, intro := 0, false
	for _, s := range m.b.SectionsWith(m.filter) {
		if s == 0 {
			intro = true
		} else {
			pts++
		}
	}
	where := plural(pts, "point")
	switch {
	case intro && pts == 0:
		where = "the intro"
	case intro:
		where = "the intro and " + where
	}
	return []string{
		fmt.Sprintf("speaker: %s · %s in %s", name, plural(k, "quote"), where),
		"speaker: " + name,
		name,
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// searchForms is the search in the status bar, longest first:
// "/query · match i/n", "/query i/n", "i/n"; or "/query · no match",
// "no match" — the words the search shows while it is typed, too.
func (m Model) searchForms() []string {
	s := m.doc.search
	q := "/" + oneLine(s.query)
	switch {
	case s.query == "":
		return nil
	case s.total() == 0:
		return []string{q + " · no match", "no match"}
	}
	n := fmt.Sprintf("%d/%d", s.current()+1, s.total())
	return []string{q + " · match " + n, q + " " + n, n}
}

// statusSegment is one part of the status bar in the forms it can take,
// longest first, and how much it matters.
type statusSegment struct {
	forms    []string // already styled
	priority int
}

// statusView draws the bottom line: position, filter, search and messages
// on the left, the help hint on the right. When they do not fit, the
// least useful part takes a shorter form or goes: the scroll percentage
// first, then the position, then the filter's counts and name, then the
// search's words; a message stays.
func (m Model) statusView() string {
	st := m.st
	var segs []statusSegment
	add := func(p int, style lipgloss.Style, forms ...string) {
		for i, f := range forms {
			forms[i] = style.Render(f)
		}
		segs = append(segs, statusSegment{forms, p})
	}
	// no title: the document pane's frame and the window already show it
	switch {
	case m.searching:
		segs = append(segs, statusSegment{[]string{st.StatusKey.Render("/") + st.Status.Render(m.searchInput.View())}, 9})
	case m.commanding:
		segs = append(segs, statusSegment{[]string{st.StatusKey.Render(":") + st.Status.Render(m.cmdInput.View())}, 9})
	case m.count != "":
		n, _ := strconv.Atoi(m.count)
		add(9, st.StatusKey, fmt.Sprintf("%s… then %d–%d or enter", m.count, n*10, min(n*10+9, len(m.b.Sections))), m.count+"…")
	}
	// the row under the cursor in full, where the pane may cut it
	switch m.focus {
	case outlinePane:
		if t := m.outline.statusText(); t != "" {
			add(4, st.Status, t)
		}
	case speakersPane:
		if t := m.speakers.statusText(); t != "" {
			add(4, st.Status, t)
		}
	}
	n := len(m.b.Sections)
	if cur := m.doc.currentSection(); n == 0 {
		add(2, st.Status, "no talking points")
	} else if cur > 0 {
		add(2, st.Status, fmt.Sprintf("point %d/%d", cur, n), fmt.Sprintf("%d/%d", cur, n))
	} else {
		add(2, st.Status, fmt.Sprintf("intro · %s", plural(n, "point")), "intro")
	}
	add(1, st.Status, fmt.Sprintf("%d%%", m.doc.scrollPercent()))
	if m.partial && m.toEnd && m.place() == m.endAt {
		add(3, st.Status, "reading the rest… (then to the end)", "reading…")
	} else if m.partial {
		add(3, st.Status, "reading the rest…", "reading…")
	}
	if m.filter != "" {
		add(5, st.StatusKey, m.filterForms()...)
	}
	if forms := m.searchForms(); forms != nil && !m.searching {
		add(6, st.Status, forms...)
	} else if m.searching && m.doc.search.query != "" {
		if t := m.doc.search.total(); t > 0 {
			add(8, st.Status, fmt.Sprintf("match %d/%d", m.doc.search.current()+1, t))
		} else {
			add(8, st.Status, "no match")
		}
	}
	if m.status.text != "" {
		style := st.StatusInfo
		if m.status.isError {
			style = st.StatusError
		}
		add(7, style, m.status.text)
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
			parts[i] = s.forms[0]
		}
		return st.Status.Render(" ") + strings.Join(parts, sep)
	}
	for len(segs) > 0 && (len(segs) > 1 || len(segs[0].forms) > 1) && ansi.StringWidth(join()) > avail {
		low := 0
		for i, s := range segs {
			if s.priority < segs[low].priority {
				low = i
			}
		}
		if len(segs[low].forms) > 1 {
			segs[low].forms = segs[low].forms[1:]
			continue
		}
		segs = append(segs[:low], segs[low+1:]...)
	}
	return fitStyled(st, join(), avail) + right
}

// fitStyled fits s to w cells, padding with the status background.
func fitStyled(st *theme, s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + st.Status.Render(fit("", w-ansi.StringWidth(s)))
}
