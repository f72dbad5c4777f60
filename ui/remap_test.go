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

// TestKeyScopesNameActions checks that the scopes in which keys must not
// clash name real actions, each once (helps are unique where they are
// used to find names).
func TestKeyScopesNameActions(t *testing.T) {
	acts := KeyActions()
	for _, sc := range keyScopes() {
		seen := map[string]bool{}
		for _, a := range sc.actions {
			if !slices.Contains(acts, a) || seen[a] {
				t.Errorf("%s: action %q unknown or twice (%q)", sc.where, a, sc.actions)
			}
			seen[a] = true
		}
	}
}

func TestFindKeyClash(t *testing.T) {
	if c, ok := FindKeyClash(nil); ok {
		t.Errorf("the defaults clash: %+v", c)
	}
	cases := []struct {
		keys  map[string][]string
		clash bool
		key   string
		pair  [2]string
	}{
		{map[string][]string{"next_point": {"J", "]"}, "copy_quote": {"c"}}, false, "", [2]string{}},
		{map[string][]string{"next_point": {"x"}, "quit": {"x"}}, true, "x", [2]string{"quit", "next_point"}},
		{map[string][]string{"next_point": {"n"}}, true, "n", [2]string{"next_point", "next_match"}},
		{map[string][]string{"copy_quote": {"j"}}, true, "j", [2]string{"down", "copy_quote"}},
		{map[string][]string{"next_point": {"5"}}, true, "5", [2]string{"next_point", "point"}},
		// a swap is no clash
		{map[string][]string{"next_match": {"m"}, "next_point": {"n"}}, false, "", [2]string{}},
		// keys of different dialogs do not meet
		{map[string][]string{"quote_filter": {"s"}}, false, "", [2]string{}},
		// the library's list
		{map[string][]string{"filter_docs": {"q"}}, true, "q", [2]string{"quit", "filter_docs"}},
	}
	for _, c := range cases {
		got, ok := FindKeyClash(c.keys)
		if ok != c.clash || ok && (got.Key != c.key || got.Actions != c.pair) {
			t.Errorf("FindKeyClash(%v) = %+v, %v; want %q between %v", c.keys, got, ok, c.key, c.pair)
		}
	}
}
