package ui

import (
	"strings"
	"testing"
)

// TestStatusShortensBeforeDropping checks that a narrow status bar keeps
// the filter's name and the search's count in shorter forms rather than
// dropping them or cutting them off.
func TestStatusShortensBeforeDropping(t *testing.T) {
	for _, c := range []struct {
		w          int
		want, lack []string
	}{
		{120, []string{"intro · 5 points", "speaker: Anja Dahl · 3 quotes in 3 points", "/ceasefire · match 1/5"}, nil},
		{60, []string{"speaker: Anja Dahl", "/ceasefire · match 1/5"}, []string{"quotes in", "intro"}},
		{44, []string{"Anja Dahl", "/ceasefire · match 1/5"}, []string{"speaker:"}},
		{30, []string{"/ceasefire 1/5"}, []string{"…"}},
	} {
		tt := newTester(t, fixture(), c.w, 20)
		tt.press("s")
		tt.typeText("dahl")
		tt.press("enter", "/")
		tt.typeText("ceasefire")
		tt.press("enter")
		st := tt.statusLine()
		for _, w := range c.want {
			if !strings.Contains(st, w) {
				t.Errorf("%d columns: status %q lacks %q", c.w, st, w)
			}
		}
		for _, l := range c.lack {
			if strings.Contains(st, l) {
				t.Errorf("%d columns: status %q has %q", c.w, st, l)
			}
		}
	}
}
