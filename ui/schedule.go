package ui

import (
	"sort"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// maxInflight bounds the Glamour renders running at once: one per core
// here, so a 1 MB document neither starves the event loop nor allocates
// hundreds of megabytes at once. A render past its deadline keeps its
// slot until it ends: Glamour cannot be stopped, and starting another
// would only slow both.
const maxInflight = 2

// renderDeadline is how long a unit may take in Glamour before the reader
// shows it as plain wrapped text instead (SAFETY.md: a hostile or huge
// document must not leave the reader blank). Glamour's result replaces the
// plain text when it comes. A variable so that tests can shorten it.
var renderDeadline = 2 * time.Second

// renderFunc renders a unit; documentModel.glamour is renderUnit except in
// tests, which hold it back to play a slow render.
type renderFunc func(b *model.Briefing, names docIndex, u unit, key renderKey) []renderedBlock

// unitRenderedMsg reports that a unit has been rendered.
type unitRenderedMsg struct {
	id     unitKey
	blocks []renderedBlock
	// plain is set when blocks are plain text (plainUnit), because Glamour
	// missed its deadline or because no render slot was free.
	plain bool
	// late, set when Glamour missed its deadline, waits for its result.
	late tea.Cmd
}

// rendered stores a unit's rendering if it is still wanted, and asks for
// the next units.
func (m documentModel) rendered(msg unitRenderedMsg) (documentModel, tea.Cmd) {
	m = m.own()
	switch {
	case msg.late != nil: // Glamour still runs and keeps its slot
		m.late[msg.id] = true
	case msg.plain:
		delete(m.plainPending, msg.id)
	default:
		delete(m.inflight, msg.id)
		delete(m.late, msg.id)
	}
	_, cached := m.cache[msg.id]
	// anything for another width or style is stale: drop it; and plain
	// text never replaces Glamour's
	if msg.id.key == m.key && !(msg.plain && cached && !m.plain[msg.id]) {
		m.cache[msg.id] = msg.blocks
		if msg.plain {
			m.plain[msg.id] = true
		} else {
			delete(m.plain, msg.id)
		}
		m = m.relayUnit(msg.id.unit)
	}
	m, cmd := m.schedule()
	return m, tea.Batch(msg.late, cmd)
}

// schedule starts render commands for the visible units that are missing,
// nearest to the unit at the top of the pane first, keeping at most
// maxInflight Glamour renders running, so that units far from the reader
// take a slot only when none nearer needs one. When every slot is held by a render past its deadline, the
// missing units get plain text meanwhile; units shown as plain text get
// Glamour again once a slot is free. It returns the model with the
// renders it started marked in flight.
func (m documentModel) schedule() (documentModel, tea.Cmd) {
	if m.key.width <= 0 || m.height <= 0 {
		return m, nil
	}
	var want []int
	for i, u := range m.units {
		id := unitKey{i, m.key}
		_, cached := m.cache[id]
		if (!cached || m.plain[id]) && !m.inflight[id] && !m.plainPending[id] && m.visible(u.section) {
			want = append(want, i)
		}
	}
	here := m.unitAtLine(m.offset)
	missing := func(i int) bool { _, ok := m.cache[unitKey{i, m.key}]; return !ok }
	sort.SliceStable(want, func(i, j int) bool {
		if a, b := missing(want[i]), missing(want[j]); a != b {
			return a // text where there is none before Glamour where there is plain text
		}
		return distance(want[i], here) < distance(want[j], here)
	})
	var cmds []tea.Cmd
	owned := false
	for _, i := range want {
		id := unitKey{i, m.key}
		start := len(m.inflight) < maxInflight
		plain := !start && missing(i) && len(m.late) == len(m.inflight) && len(m.plainPending) < maxInflight
		if (start || plain) && !owned {
			m, owned = m.own(), true
		}
		switch {
		case start:
			m.inflight[id] = true
			cmds = append(cmds, renderCmd(m.glamour, m.b, m.names, m.units[i], id))
		case plain:
			m.plainPending[id] = true
			cmds = append(cmds, plainCmd(m.b, m.names, m.units[i], id))
		}
	}
	return m, tea.Batch(cmds...)
}

// distance orders units around the reader's: the ones below first, since
// that is where reading goes.
func distance(u, here int) int {
	if u >= here {
		return 2 * (u - here)
	}
	return 2*(here-u) + 1
}

// renderCmd renders a unit with Glamour off the event loop. Past
// renderDeadline it reports plain text instead, with a command that
// delivers Glamour's result when it ends.
func renderCmd(render renderFunc, b *model.Briefing, names docIndex, u unit, id unitKey) tea.Cmd {
	return func() tea.Msg {
		done := make(chan renderResult, 1)
		go func() { done <- renderGuarded(render, b, names, u, id.key) }()
		timer := time.NewTimer(renderDeadline)
		defer timer.Stop()
		select {
		case r := <-done:
			return r.msg(id)
		case <-timer.C:
		}
		return unitRenderedMsg{id: id, blocks: plainUnit(b, names, u, id.key), plain: true,
			late: func() tea.Msg { return (<-done).msg(id) }}
	}
}

// plainCmd renders a unit as plain text off the event loop.
func plainCmd(b *model.Briefing, names docIndex, u unit, id unitKey) tea.Cmd {
	return func() tea.Msg {
		return unitRenderedMsg{id: id, blocks: plainUnit(b, names, u, id.key), plain: true}
	}
}
