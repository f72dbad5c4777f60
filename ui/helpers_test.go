package ui

import (
	"image/color"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// renderAll renders every unit the document wants, synchronously, and
// feeds the results through Update as the commands would.
func renderAll(m Model) Model {
	for i := 0; i < 100000; i++ {
		var id *unitKey
		for ui, u := range m.doc.units {
			k := unitKey{ui, m.doc.key}
			if _, ok := m.doc.cache[k]; !ok && m.doc.visible(u.section) {
				id = &k
				break
			}
		}
		if id == nil {
			return m
		}
		msg := unitRenderedMsg{id: *id, blocks: renderUnit(m.b, m.doc.names, m.doc.units[id.unit], id.key)}
		mm, _ := m.Update(msg)
		m = mm.(Model)
	}
	return m
}

// tester drives a Model the way the runtime does: every command a message
// returns is run and its message fed back, so child-to-root messages
// (a chosen point, speaker or quote) and renders all happen.
type tester struct {
	t    *testing.T
	m    Model
	quit bool
}

func newTester(t *testing.T, b model.Briefing, w, h int) *tester {
	t.Helper()
	m := New(b, Options{Style: "dark"})
	m.after = nil // no timers in unit tests
	tt := &tester{t: t, m: m}
	tt.send(tea.WindowSizeMsg{Width: w, Height: h})
	tt.m = renderAll(tt.m)
	return tt
}

func (tt *tester) send(msg tea.Msg) {
	tt.t.Helper()
	mm, cmd := tt.m.Update(msg)
	tt.m = mm.(Model)
	tt.run(cmd, 0)
}

func (tt *tester) run(cmd tea.Cmd, depth int) {
	tt.t.Helper()
	if cmd == nil || depth > 20 {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		tt.t.Fatal("a command did not return")
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			tt.run(c, depth+1)
		}
	case tea.QuitMsg:
		tt.quit = true
	default:
		mm, next := tt.m.Update(msg)
		tt.m = mm.(Model)
		tt.run(next, depth+1)
	}
}

// keyMsg builds the key press a terminal would send for a key name.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends key presses.
func (tt *tester) press(keys ...string) {
	tt.t.Helper()
	for _, k := range keys {
		tt.send(keyMsg(k))
	}
}

// typeText sends each character as a key press.
func (tt *tester) typeText(s string) {
	tt.t.Helper()
	for _, r := range s {
		tt.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is the view without styling.
func (tt *tester) screen() string { return ansi.Strip(tt.m.View().Content) }

// statusLine is the bottom line of the screen.
func (tt *tester) statusLine() string {
	lines := strings.Split(tt.screen(), "\n")
	return lines[len(lines)-1]
}

// docTop is the first line of the document pane's text.
func (tt *tester) docTop() string {
	return strings.TrimSpace(strings.SplitN(ansi.Strip(tt.m.doc.view(tt.m.st)), "\n", 2)[0])
}

// docText is the document pane's visible text.
func (tt *tester) docText() string { return ansi.Strip(tt.m.doc.view(tt.m.st)) }

// allDocText is the whole laid-out document's text.
func (tt *tester) allDocText() string {
	var sb strings.Builder
	for _, l := range tt.m.doc.allLines() {
		sb.WriteString(l.plain)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// outlineSections lists the talking points in the outline.
func (tt *tester) outlineSections() []int {
	var out []int
	for _, it := range tt.m.outline.items {
		out = append(out, it.section)
	}
	return out
}

// checkSize asserts the view is exactly w × h cells.
func checkSize(t *testing.T, content string, w, h int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) != h {
		t.Fatalf("%d×%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("%d×%d: line %d is %d cells wide: %q", w, h, i, got, ansi.Strip(l))
		}
	}
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

var lipglossWhite = color.White

// searchParts lists every part of every match of the document's search
// in the units laid out, in document order, with their lines and match
// numbers counted over the whole document.
func searchParts(d documentModel) []lineMatch {
	var out []lineMatch
	before := 0
	for i := range d.units {
		if um, ok := d.search.laid[i]; ok && um.lines {
			for _, p := range um.parts {
				p.line += d.lay.starts[i]
				p.match += before
				out = append(out, p)
			}
		}
		before += d.search.countOf(i)
	}
	return out
}

// patientRenders makes the reader wait for the units on screen however
// long they take to render (syncWait), so that a test of what is drawn
// does not depend on the machine's speed (the race detector is slow).
func patientRenders(t *testing.T) {
	t.Helper()
	saved := syncWait
	syncWait = time.Minute
	t.Cleanup(func() { syncWait = saved })
}

// darkTheme is the dark theme, as the model holds it.
func darkTheme() *theme {
	st := newStyles(true)
	return &st
}
