package ui

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// asyncRunner runs commands concurrently, as Bubble Tea does, and feeds their
// messages to the model one at a time: a render held back must not hold
// back the others.
type asyncRunner struct {
	t    *testing.T
	m    Model
	msgs chan tea.Msg
}

func newRuntime(t *testing.T, m Model) *asyncRunner {
	return &asyncRunner{t: t, m: m, msgs: make(chan tea.Msg, 64)}
}

func (r *asyncRunner) send(msg tea.Msg) {
	mm, cmd := r.m.Update(msg)
	r.m = mm.(Model)
	r.start(cmd)
}

func (r *asyncRunner) start(cmd tea.Cmd) {
	if cmd != nil {
		go func() { r.msgs <- cmd() }()
	}
}

// until handles messages until cond holds, calling check after each.
func (r *asyncRunner) until(what string, cond func(Model) bool, check func(Model)) {
	r.t.Helper()
	timeout := time.After(20 * time.Second)
	for !cond(r.m) {
		select {
		case msg := <-r.msgs:
			switch msg := msg.(type) {
			case nil:
			case tea.BatchMsg:
				for _, c := range msg {
					r.start(c)
				}
			default:
				r.send(msg)
				if check != nil {
					check(r.m)
				}
			}
		case <-timeout:
			r.t.Fatalf("%s: not reached", what)
		}
	}
}

// heldRenders replaces Glamour with one that waits for release, and
// shortens the deadline: every render misses it.
func heldRenders(t *testing.T, m *Model) (release func()) {
	t.Helper()
	saved := renderDeadline
	renderDeadline = time.Millisecond
	t.Cleanup(func() { renderDeadline = saved })
	ch := make(chan struct{})
	m.doc.glamour = func(b *model.Briefing, names docIndex, u unit, key renderKey) []renderedBlock {
		<-ch
		return renderUnit(b, names, u, key)
	}
	return func() { close(ch) }
}

func allCached(m Model) bool {
	for i, u := range m.doc.units {
		if _, ok := m.doc.cache[unitKey{i, m.doc.key}]; !ok && m.doc.visible(u.section) {
			return false
		}
	}
	return true
}

// plainNow counts the units of the current width and style drawn plain.
func plainNow(m Model) int {
	n := 0
	for id := range m.doc.plain {
		if id.key == m.doc.key {
			n++
		}
	}
	return n
}

func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestSlowRenderFallsBackToPlainText(t *testing.T) {
	m := New(fixture(), Options{Style: "dark"})
	m.after = nil
	release := heldRenders(t, &m)
	r := newRuntime(t, m)
	r.send(sizeMsg(120, 35))
	bounded := func(m Model) {
		if n := len(m.doc.inflight); n > maxInflight {
			t.Fatalf("%d Glamour renders at once, want at most %d", n, maxInflight)
		}
	}
	r.until("plain text for every unit", allCached, bounded)

	m = r.m
	checkSize(t, m.View().Content, 120, 35)
	if len(m.doc.late) == 0 || len(m.doc.plain) != len(m.doc.units) {
		t.Fatalf("%d renders late, %d of %d units plain", len(m.doc.late), len(m.doc.plain), len(m.doc.units))
	}
	var all strings.Builder
	for _, l := range m.doc.allLines() {
		if l.placeholder {
			t.Fatalf("a placeholder is left: %q", l.plain)
		}
		if w := ansi.StringWidth(l.plain); w > m.doc.key.width {
			t.Fatalf("plain line of %d cells at width %d: %q", w, m.doc.key.width, l.plain)
		}
		all.WriteString(l.plain + "\n")
	}
	text := words(all.String())
	for _, want := range []string{"Valley water talks end in a truce", "3. The minister's ceasefire on tariffs",
		"“We will keep the sluices open through the dry months,” Reyk said.", "Quotas drop by a tenth for small farms.",
		"OKAFOR-LIND: The council will publish"} {
		if !strings.Contains(text, want) {
			t.Errorf("plain text lacks %q", want)
		}
	}
	// quote spans, bars and bullets as in Glamour's rendering
	tt := &tester{t: t, m: m}
	quoted, barred, bulleted := false, false, false
	for _, l := range m.doc.allLines() {
		for _, sp := range l.spans {
			if sp.kind == spanQuote && sp.speaker == "dahl" && strings.Contains(l.plain, "treaty") {
				quoted = true
			}
		}
		barred = barred || strings.HasPrefix(l.plain, "┃ ") && strings.Contains(l.plain, "sluices decide")
		bulleted = bulleted || strings.HasPrefix(l.plain, "• Quotas")
	}
	if !quoted || !barred || !bulleted {
		t.Fatalf("plain text: quote span %v, aside bar %v, bullet %v:\n%s", quoted, barred, bulleted, tt.allDocText())
	}

	release()
	r.until("Glamour's results", func(m Model) bool {
		return len(m.doc.inflight) == 0 && len(m.doc.plain) == 0 && allCached(m)
	}, bounded)
	want := newTester(t, fixture(), 120, 35)
	if got, want := (&tester{t: t, m: r.m}).allDocText(), want.allDocText(); got != want {
		t.Fatalf("after the late results the document is not Glamour's:\n%s\nwant:\n%s", got, want)
	}
}

// TestLateRenderForAnotherWidthIsDropped checks that Glamour's late
// result for a width the reader has left does not replace the plain text
// of the width in use.
func TestLateRenderForAnotherWidthIsDropped(t *testing.T) {
	m := New(fixture(), Options{Style: "dark"})
	m.after = nil
	release := heldRenders(t, &m)
	r := newRuntime(t, m)
	r.send(sizeMsg(120, 35))
	r.until("plain text", allCached, nil)
	old := r.m.doc.key
	r.send(sizeMsg(70, 30))
	r.until("plain text at the new width", allCached, nil)
	release()
	r.until("every render", func(m Model) bool { return len(m.doc.inflight) == 0 && plainNow(m) == 0 }, func(m Model) {
		for id := range m.doc.cache {
			if id.key == old && !m.doc.plain[id] {
				t.Fatalf("a late result for width %d was cached", old.width)
			}
		}
	})
	for _, l := range r.m.doc.allLines() {
		if ansi.StringWidth(l.plain) > r.m.doc.key.width {
			t.Fatalf("a line wider than %d: %q", r.m.doc.key.width, l.plain)
		}
	}
}

func TestPlainTextIsSafe(t *testing.T) {
	b := hostileBriefing()
	names := newDocIndex(&b)
	for _, style := range []string{"dark", "light", "notty", "ascii"} {
		for _, w := range []int{9, 40, 100} {
			for _, u := range planUnits(&b) {
				for _, rb := range plainUnit(&b, names, u, renderKey{width: w, style: style}) {
					for _, l := range rb.lines {
						assertOnlySGR(t, "plain "+style, l.text)
						if got := ansi.StringWidth(l.plain); got > w {
							t.Fatalf("%s at %d: line of %d cells: %q", style, w, got, l.plain)
						}
					}
				}
			}
		}
	}
}

// docState is a deep copy of what a document model keeps between
// messages about its renders.
type docState struct {
	cache                               map[unitKey][]renderedBlock
	plain, inflight, late, plainPending map[unitKey]bool
	starts                              []int
	segs                                map[int]segment
	src                                 []int32
}

func snapshot(d documentModel) docState {
	return docState{maps.Clone(d.cache), maps.Clone(d.plain), maps.Clone(d.inflight), maps.Clone(d.late),
		maps.Clone(d.plainPending), slices.Clone(d.lay.starts), maps.Clone(d.lay.segs), slices.Clone(d.search.src)}
}

// TestDroppedCopiesLeaveTheModelAlone checks that updating a copy of the
// reader and dropping the result, as a test probe or a filter does,
// leaves the model it was copied from as it was: renders, resizes,
// scrolling and filters must not reach it through shared maps.
func TestDroppedCopiesLeaveTheModelAlone(t *testing.T) {
	m := New(generateBriefing(200<<10, 6), Options{Style: "dark"})
	m.after = nil
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	first := unitKey{0, m.doc.key}
	m.doc.glamour = nil // no render runs: the probes only schedule them
	before := snapshot(m.doc)
	if len(before.cache) == 0 {
		t.Fatal("nothing rendered after the first size")
	}
	probes := [][]tea.Msg{
		{unitRenderedMsg{id: first, blocks: plainUnit(m.b, m.doc.names, m.doc.units[0], first.key)}},
		{unitRenderedMsg{id: first, blocks: plainUnit(m.b, m.doc.names, m.doc.units[0], first.key), plain: true}},
		{unitRenderedMsg{id: first, plain: true, late: func() tea.Msg { return nil }}},
		{keyMsg("G")}, {keyMsg("5"), keyMsg("]")}, {keyMsg("e")},
		{sizeMsg(70, 20), sizeMsg(90, 30), sizeMsg(60, 10), sizeMsg(100, 40)},
		{speakerChosenMsg{id: "b"}}, {quoteChosenMsg{quote: len(m.b.Quotes) - 1}},
		{tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 60, Y: 10}},
	}
	for _, msgs := range probes {
		probe := m
		for _, msg := range msgs {
			mm, _ := probe.Update(msg)
			probe = mm.(Model)
		}
		if after := snapshot(m.doc); !reflect.DeepEqual(after, before) {
			t.Fatalf("updating a dropped copy with %T changed the model: in flight %v, now %v; cached %d, now %d",
				msgs[0], before.inflight, after.inflight, len(before.cache), len(after.cache))
		}
	}
}

// TestRendersStartWhereTheReaderIs checks that in a talking point long
// enough to be rendered in many units, the units rendered first after a
// jump are those on screen, not the point's first ones: the scheduler
// measures nearness from the unit at the top of the pane.
func TestRendersStartWhereTheReaderIs(t *testing.T) {
	m := New(generateBriefing(400<<10, 1), Options{Style: "dark"})
	m.after = nil
	m.doc.glamour = nil // no render runs: the test delivers them
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	if n := len(m.doc.units); n < 8 {
		t.Fatalf("%d units: the point is not long enough for the test", n)
	}
	mm, _ = m.Update(keyMsg("G"))
	m = mm.(Model)
	first := maps.Clone(m.doc.inflight)
	for id := range first {
		mm, _ = m.Update(unitRenderedMsg{id: id, blocks: plainUnit(m.b, m.doc.names, m.doc.units[id.unit], id.key)})
		m = mm.(Model)
	}
	here := m.doc.unitAtLine(m.doc.offset)
	if here < len(m.doc.units)-2 {
		t.Fatalf("at the end the pane shows unit %d of %d", here, len(m.doc.units))
	}
	for id := range m.doc.inflight {
		if d := id.unit - here; d < -2 || d > 2 {
			t.Errorf("unit %d is rendered while the pane shows unit %d", id.unit, here)
		}
	}
	if len(m.doc.inflight) == 0 || !m.doc.inflight[unitKey{here, m.doc.key}] {
		t.Errorf("the unit on screen (%d) is not being rendered: %v", here, m.doc.inflight)
	}
}
