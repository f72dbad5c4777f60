package ui

import (
	"maps"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// The document renders what the reader sees, at once, and a little around
// it in the background; nothing else. A unit on screen is rendered while
// the message that brought it there is handled, waiting for it up to
// syncWait, so that a key or the first screen shows text rather than
// placeholders; the units a screen above and a few screens below are
// rendered by commands, one at a time, nearest first; renderings far from
// the reader are dropped once they hold more than keptBytes of text. Once
// that is done the reader does nothing until the next key.

// maxInflight bounds the Glamour renders running at once: one per core
// here, so that a large document neither starves the event loop nor
// allocates hundreds of megabytes at once; and the units around the
// screen are rendered one at a time, so that a core stays free for the
// keys. A render past its deadline keeps its slot until it ends: Glamour
// cannot be stopped, and starting another would only slow both.
const maxInflight, maxAhead = 2, 1

// syncWait is how long handling a message waits for the units it brought
// on screen to render; a unit slower than that is drawn when it is done.
var syncWait = 60 * time.Millisecond

// lookBehind and lookAhead are how many screens above and below the pane
// are rendered ahead of the reader.
const lookBehind, lookAhead = 1, 3

// keptBytes bounds the text of the units kept rendered, so that reading a
// long document through does not keep all of it rendered in memory.
var keptBytes = 2 << 20

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
	m = m.store(msg.id, msg.blocks, msg.plain)
	m, cmd := m.schedule()
	return m, tea.Batch(msg.late, cmd)
}

// store keeps a unit's rendering and lays the unit out, unless it is for
// another width or style (stale: dropped) or is plain text where
// Glamour's is cached. The model's maps must be its own.
func (m documentModel) store(id unitKey, blocks []renderedBlock, plain bool) documentModel {
	_, cached := m.cache[id]
	if id.key != m.key || plain && cached && !m.plain[id] || id.unit < 0 || id.unit >= len(m.units) {
		return m
	}
	m.cache[id] = blocks
	if plain {
		m.plain[id] = true
	} else {
		delete(m.plain, id)
	}
	return m.relayUnit(id.unit)
}

// wanted lists the units to render, nearest first: the ones on screen
// (and the one holding a pinned quote or match), then those a screen
// above and a few below, each not rendered (or drawn as plain text),
// shown, and not being rendered.
func (m documentModel) wanted() (onScreen, ahead []int) {
	if m.width <= 0 || m.height <= 0 || len(m.lay.starts) != len(m.units)+1 {
		return nil, nil
	}
	need := func(i int) bool {
		id := unitKey{i, m.key}
		_, cached := m.cache[id]
		return (!cached || m.plain[id]) && !m.inflight[id] && !m.plainPending[id] && m.visible(m.units[i].section)
	}
	a, b := m.unitsIn(m.offset, m.offset+m.height)
	for i := a; i < b; i++ {
		if need(i) {
			onScreen = append(onScreen, i)
		}
	}
	if p := m.pinnedUnit(); p >= 0 && (p < a || p >= b) && need(p) {
		onScreen = append(onScreen, p)
	}
	lo, hi := m.unitsIn(m.offset-lookBehind*m.height, m.offset+(1+lookAhead)*m.height)
	// below first, since that is where reading goes
	for i := b; i < hi; i++ {
		if need(i) {
			ahead = append(ahead, i)
		}
	}
	for i := a - 1; i >= lo; i-- {
		if need(i) {
			ahead = append(ahead, i)
		}
	}
	return onScreen, ahead
}

// pinnedUnit is the unit the anchor waits for: the one holding the quote
// or search match the reader jumped to, -1 for none.
func (m documentModel) pinnedUnit() int {
	switch {
	case m.anchor.quote >= 0 && m.anchor.quote < len(m.b.Quotes):
		q := m.b.Quotes[m.anchor.quote]
		if m.visible(q.Section) {
			return m.unitOf(q.Section, q.Block, q.Start)
		}
	case m.anchor.match:
		if u, _, ok := m.search.currentUnit(); ok {
			return u
		}
	}
	return -1
}

// schedule renders what the pane shows that is not rendered yet, waiting
// for it up to syncWait, and starts the renders of the units around it
// (see the top of this file). It returns the model with what it rendered
// laid out and the renders it started marked in flight.
func (m documentModel) schedule() (documentModel, tea.Cmd) {
	var cmds []tea.Cmd
	owned := false
	own := func() {
		if !owned {
			m, owned = m.own(), true
		}
	}
	deadline := time.Now().Add(syncWait)
	for round := 0; round < 8 && m.glamour != nil; round++ {
		onScreen, _ := m.wanted()
		onScreen = onScreen[:min(len(onScreen), maxInflight-len(m.inflight))]
		if len(onScreen) == 0 {
			break
		}
		own()
		jobs := make([]renderJob, len(onScreen))
		for k, i := range onScreen {
			jobs[k] = startRender(m.glamour, m.b, m.names, m.units[i], unitKey{i, m.key})
		}
		late := false
		for _, j := range jobs {
			r, ok := j.within(deadline)
			switch {
			case !ok: // drawn when it is done; meanwhile it holds a slot
				m.inflight[j.id] = true
				cmds = append(cmds, j.wait(m.b, m.names, m.units[j.id.unit]))
				late = true
			case r.err != nil:
				cmds = append(cmds, func() tea.Msg { return fatalMsg{r.err} })
			default:
				m = m.store(j.id, r.blocks, false)
			}
		}
		if late {
			break
		}
	}
	onScreen, ahead := m.wanted()
	for k, i := range append(onScreen, ahead...) {
		id := unitKey{i, m.key}
		limit := maxInflight
		if k >= len(onScreen) {
			limit = maxAhead
		}
		start := len(m.inflight) < limit
		_, cached := m.cache[id]
		plain := !start && !cached && len(m.late) == len(m.inflight) && len(m.plainPending) < maxInflight
		if start || plain {
			own()
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
	m = m.evict()
	return m, tea.Batch(cmds...)
}

// evict drops the renderings farthest from the reader while the units
// kept rendered hold more than keptBytes of text.
func (m documentModel) evict() documentModel {
	size := 0
	for id := range m.cache {
		size += m.units[id.unit].size
	}
	if size <= keptBytes {
		return m
	}
	here := m.unitAtLine(m.offset)
	lo, hi := m.unitsIn(m.offset-lookBehind*m.height, m.offset+(1+lookAhead)*m.height)
	ids := slices.Collect(maps.Keys(m.cache))
	slices.SortFunc(ids, func(a, b unitKey) int { return distance(b.unit, here) - distance(a.unit, here) })
	m = m.own()
	var gone []int
	for _, id := range ids {
		if size <= keptBytes || id.unit >= lo && id.unit < hi {
			break
		}
		delete(m.cache, id)
		delete(m.plain, id)
		size -= m.units[id.unit].size
		gone = append(gone, id.unit)
	}
	return m.forget(gone)
}

// distance orders units around the reader's: the ones below first, since
// that is where reading goes.
func distance(u, here int) int {
	if u >= here {
		return 2 * (u - here)
	}
	return 2*(here-u) + 1
}

// renderJob is a unit's render running on a goroutine of its own.
type renderJob struct {
	id   unitKey
	done chan renderResult
}

// startRender starts rendering a unit with Glamour.
func startRender(render renderFunc, b *model.Briefing, names docIndex, u unit, id unitKey) renderJob {
	done := make(chan renderResult, 1)
	go func() { done <- renderGuarded(render, b, names, u, id.key) }()
	return renderJob{id: id, done: done}
}

// within waits for the job's result until deadline; ok is false when it
// did not come.
func (j renderJob) within(deadline time.Time) (renderResult, bool) {
	select {
	case r := <-j.done:
		return r, true
	default:
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case r := <-j.done:
		return r, true
	case <-t.C:
		return renderResult{}, false
	}
}

// wait is the command that reports the job's result. Past renderDeadline
// it reports plain text instead, with a command that delivers Glamour's
// result when it ends.
func (j renderJob) wait(b *model.Briefing, names docIndex, u unit) tea.Cmd {
	return func() tea.Msg {
		timer := time.NewTimer(renderDeadline)
		defer timer.Stop()
		select {
		case r := <-j.done:
			return r.msg(j.id)
		case <-timer.C:
		}
		return unitRenderedMsg{id: j.id, blocks: plainUnit(b, names, u, j.id.key), plain: true,
			late: func() tea.Msg { return (<-j.done).msg(j.id) }}
	}
}

// renderCmd renders a unit with Glamour off the event loop, as wait does.
func renderCmd(render renderFunc, b *model.Briefing, names docIndex, u unit, id unitKey) tea.Cmd {
	return func() tea.Msg {
		return startRender(render, b, names, u, id).wait(b, names, u)()
	}
}

// plainCmd renders a unit as plain text off the event loop.
func plainCmd(b *model.Briefing, names docIndex, u unit, id unitKey) tea.Cmd {
	return func() tea.Msg {
		return unitRenderedMsg{id: id, blocks: plainUnit(b, names, u, id.key), plain: true}
	}
}
