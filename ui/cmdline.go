package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// The ":" command line, as in less and vim: ":12" goes to point 12,
// ":speaker NAME" filters by a speaker (":speaker" alone clears the
// filter), ":q" quits. It reads in the status bar, like the search.

// countExpiredMsg ends a typed point number ("1" waiting for a second
// digit) after a moment, so that a later digit starts a new number.
type countExpiredMsg struct{ id int }

// countTTL is how long a digit waits for the next one.
const countTTL = 1500 * time.Millisecond

// startCommand opens the command line.
func (m Model) startCommand() (Model, tea.Cmd) {
	m.commanding = true
	m.cmdInput.SetValue("")
	return m, m.cmdInput.Focus()
}

// handleCommandKey edits the command line; enter runs it.
func (m Model) handleCommandKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Interrupt):
		return m, tea.Quit
	case key.Matches(msg, k.InputCancel):
		m.commanding = false
		m.cmdInput.Blur()
		return m, nil
	case key.Matches(msg, k.InputConfirm):
		m.commanding = false
		m.cmdInput.Blur()
		return m.runCommand(m.cmdInput.Value())
	case msg.Code == tea.KeyBackspace && m.cmdInput.Value() == "":
		// backspace over the ":" closes the line, as in vim
		m.commanding = false
		m.cmdInput.Blur()
		return m, nil
	}
	var cmd tea.Cmd
	m.cmdInput, cmd = m.cmdInput.Update(msg)
	return m, cmd
}

// runCommand runs a command typed after ":".
func (m Model) runCommand(line string) (Model, tea.Cmd) {
	line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), ":"))
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	if n, err := strconv.Atoi(name); err == nil && arg == "" {
		return m.gotoPoint(n).scheduled()
	}
	switch strings.ToLower(name) {
	case "":
		return m, nil
	case "q", "q!", "quit", "exit", "wq", "x":
		return m, tea.Quit
	case "n", "next", "p", "prev", "previous":
		return m.stepBriefing(strings.HasPrefix(strings.ToLower(name), "n"))
	case "speaker", "sp", "s", "filter":
		return m.filterByName(arg)
	case "help", "h":
		m.overlay = helpOverlay
		m.help = newHelpState()
		return m, nil
	}
	return m.setStatus(fmt.Sprintf("no command %q · try :12, :speaker NAME, :n, :q", oneLine(line)), true)
}

// filterByName filters by the speaker a name matches, as --speaker does;
// "" clears the filter.
func (m Model) filterByName(name string) (Model, tea.Cmd) {
	if name == "" {
		if m.filter == "" {
			return m.setStatus("no filter to clear · :speaker NAME filters", false)
		}
		return m.setFilter("")
	}
	s, cands, ok := m.b.LookupSpeaker(name)
	switch {
	case ok:
		return m.setFilter(s.ID)
	case len(cands) > 1:
		return m.setStatus(fmt.Sprintf("%q could be %s", oneLine(name), candidateNames(cands)), true)
	case len(m.b.Speakers) == 0:
		return m.setStatus("no quoted speakers in this document", true)
	}
	return m.setStatus(fmt.Sprintf("no speaker %q · s lists them", oneLine(name)), true)
}

// candidateNames lists ambiguous matches: "Ilse Varga, Ben Quill or Dora Quill".
func candidateNames(cands []model.SpeakerMatch) string {
	names := make([]string, len(cands))
	for i, c := range cands {
		names[i] = oneLine(c.Speaker.Name)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// typeDigit handles a digit outside dialogs: it goes to that point at
// once, and when the briefing has points with more digits it waits a
// moment for the next one, so that 1 then 2 reaches point 12 (enter ends
// the number early). 0 on its own goes to the intro.
func (m Model) typeDigit(d rune) (Model, tea.Cmd) {
	m.count += string(d)
	n, _ := strconv.Atoi(m.count)
	m = m.gotoPoint(n)
	var cmds []tea.Cmd
	m, cmd := m.scheduled()
	cmds = append(cmds, cmd)
	if n == 0 || n*10 > len(m.b.Sections) {
		m.count = "" // no point has more digits
		return m, tea.Batch(cmds...)
	}
	m.countID++
	if m.after != nil {
		cmds = append(cmds, m.after(countTTL, countExpiredMsg{id: m.countID}))
	}
	return m, tea.Batch(cmds...)
}

// scheduled asks for the renders the document now needs.
func (m Model) scheduled() (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.doc, cmd = m.doc.schedule()
	return m, cmd
}
