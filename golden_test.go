package main

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// settle feeds msg to the reader and then every message its commands
// produce, as Bubble Tea would, until none is left: every render done.
// The reader opens without timers (they come from keys), so every command
// returns promptly.
func settle(t *testing.T, m tea.Model, msg tea.Msg) tea.Model {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			t.Fatal("the reader does not settle")
		}
		var cmd tea.Cmd
		m, cmd = m.Update(queue[0])
		queue = append(queue[1:], runCmd(cmd)...)
	}
	return m
}

// runCmd runs a command and returns the messages it produced.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// TestGoldenViews keeps the reader's first screen, as text, for three
// shapes of document (the built-in sample, a press-briefing transcript and
// a Markdown memo) at three terminal sizes: 80×24 (the outline a rail of
// numbers beside a 70-column reading column), 120×35 and 200×50 (three
// panes). Run with -update after a deliberate change, and read the diff.
func TestGoldenViews(t *testing.T) {
	docs := []struct {
		name string
		load func() (model.Briefing, error)
	}{
		{"sample", func() (model.Briefing, error) { return content.Sample(), nil }},
		{"transcript", func() (model.Briefing, error) { return content.Load("examples/ferry-briefing.txt") }},
		{"markdown", func() (model.Briefing, error) { return content.Load("examples/library-memo.md") }},
	}
	for _, d := range docs {
		b, err := d.load()
		if err != nil {
			t.Fatal(err)
		}
		for _, sz := range [][2]int{{80, 24}, {120, 35}, {200, 50}} {
			t.Run(fmt.Sprintf("%s-%dx%d", d.name, sz[0], sz[1]), func(t *testing.T) {
				m := settle(t, ui.New(b, ui.Options{Style: "dark"}), tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				view := ansi.Strip(m.View().Content)
				golden.RequireEqual(t, []byte(view))
			})
		}
	}
}
