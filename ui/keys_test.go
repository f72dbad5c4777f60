package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// TestHelpCoversEveryBinding walks the help of every key context: each
// binding has keys and help text, no key is bound twice in one context, and
// every binding of the keyMap appears in some context's help.
func TestHelpCoversEveryBinding(t *testing.T) {
	k := defaultKeyMap()
	seen := map[string]bool{}
	for c := keyContext(0); c < ctxCount; c++ {
		owner := map[string]string{}
		for _, group := range k.groups(c) {
			for _, b := range group {
				h := b.Help()
				if len(b.Keys()) == 0 || h.Key == "" || h.Desc == "" {
					t.Errorf("%v: binding %+v lacks keys or help", c, h)
				}
				seen[h.Key+" "+h.Desc] = true
				if !b.Enabled() {
					continue
				}
				for _, key := range b.Keys() {
					if prev, dup := owner[key]; dup {
						t.Errorf("%v: %q is bound to both %q and %q", c, key, prev, h.Desc)
					}
					owner[key] = h.Desc
				}
			}
		}
	}
	for _, b := range allBindings(k) {
		if h := b.Help(); !seen[h.Key+" "+h.Desc] {
			t.Errorf("binding %q (%s) is in no context's help", h.Key, h.Desc)
		}
	}
}

// allBindings lists every field of the keyMap.
func allBindings(k keyMap) []key.Binding {
	return []key.Binding{k.Quit, k.Interrupt, k.Help, k.Command, k.NextPane, k.PrevPane, k.PaneLeft, k.PaneRight,
		k.NextPoint, k.PrevPoint, k.Point, k.Picker, k.Search, k.NextMatch, k.PrevMatch, k.Quotes, k.Asides, k.Tags, k.Back,
		k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom,
		k.GoToPoint, k.FilterSpeaker, k.PickerDown, k.PickerUp, k.PickerApply, k.PickerClose,
		k.QuoteJump, k.QuoteFilter, k.Close, k.InputConfirm, k.InputCancel}
}

// TestHelpNeverLies checks that bindings that cannot act are disabled and
// so left out of the help overlay.
func TestHelpNeverLies(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	if tt.m.keys.NextMatch.Enabled() || tt.m.keys.Back.Enabled() {
		t.Fatal("n and esc are enabled with no search and no filter")
	}
	tt.press("?")
	if s := tt.screen(); strings.Contains(s, "next match") {
		t.Fatal("help lists next match with no search")
	}
	tt.press("esc", "/")
	tt.typeText("truce")
	tt.press("enter")
	if !tt.m.keys.NextMatch.Enabled() || !tt.m.keys.Back.Enabled() {
		t.Fatal("n and esc are disabled during a search")
	}
	tt.press("?")
	if s := tt.screen(); !strings.Contains(s, "next match") {
		t.Fatalf("help lacks next match during a search:\n%s", s)
	}
}

func TestKeyContextNames(t *testing.T) {
	for c := keyContext(0); c < ctxCount; c++ {
		if c.String() == "unknown" {
			t.Errorf("context %d has no name", c)
		}
	}
	if ctxCount.String() != "unknown" || paneCount.String() != "unknown" {
		t.Error("sentinels must not have names")
	}
	// the panes' contexts share their numbers with the panes
	for p := pane(0); p < paneCount; p++ {
		if keyContext(p).String() != p.String() {
			t.Errorf("pane %v maps to context %v", p, keyContext(p))
		}
	}
}
