package ui

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestKeyActionsNameEveryBinding(t *testing.T) {
	acts := KeyActions()
	for _, want := range []string{"quit", "next_point", "prev_point", "search", "page_down"} {
		if !slices.Contains(acts, want) {
			t.Errorf("KeyActions lacks %q: %q", want, acts)
		}
	}
	for _, want := range []string{"next_doc", "copy_quote", "reload"} {
		if !slices.Contains(acts, want) {
			t.Errorf("KeyActions lacks the shelf's %q", want)
		}
	}
}

func TestRemap(t *testing.T) {
	k := defaultKeyMap().remap(map[string][]string{"next_point": {"J", "]"}, "quit": {"Q"}})
	press := func(s string) tea.KeyPressMsg {
		if s == "ctrl+c" {
			return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
		}
		return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
	}
	if !key.Matches(press("J"), k.NextPoint) || !key.Matches(press("]"), k.NextPoint) {
		t.Error("next_point is not on J and ]")
	}
	if key.Matches(press("q"), k.Quit) || !key.Matches(press("Q"), k.Quit) {
		t.Error("quit did not move from q to Q")
	}
	if !key.Matches(press("ctrl+c"), k.Quit) {
		t.Error("ctrl+c no longer quits")
	}
	if h := k.NextPoint.Help(); h.Key != "J/]" || h.Desc != "next point" {
		t.Errorf("help = %+v", h)
	}
}
