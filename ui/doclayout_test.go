package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/briefreader/brief/model"
)

// currentMatch says where the current search match is: its unit, the
// text of its line and its first cell; ok is false when there is none.
func currentMatch(d documentModel) (unit int, line string, col int, ok bool) {
	l := d.search.currentLine(d)
	if l < 0 {
		return 0, "", 0, false
	}
	for _, p := range d.search.on(d, l) {
		if p.current {
			return d.unitAtLine(l), d.line(l).plain, p.start, true
		}
	}
	return 0, "", 0, false
}

// TestRelayUnitMatchesRebuild delivers every unit's rendering in a random
// order and checks, after each, that laying out only that unit again gives
// the document a full layout gives: the same lines, talking point starts,
// quote lines, offset and search matches; and that the current match
// stays the same one unless it was in the unit laid out.
func TestRelayUnitMatchesRebuild(t *testing.T) {
	untitled := fixture()
	untitled.Title, untitled.Intro = "", nil // the top unit renders to nothing
	docs := map[string]model.Briefing{"fixture": fixture(), "untitled": untitled, "long": generateBriefing(200<<10, 6)}
	type setup struct {
		name   string
		keys   []string
		filter string
	}
	setups := []setup{
		{name: "plain"},
		{name: "search", keys: []string{"/", "t", "h", "enter"}},
		{name: "point 3, search", keys: []string{"3", "/", "a", "n", "enter", "n", "n"}},
		{name: "no asides, bottom", keys: []string{"e", "G", "/", "o", "u", "enter"}},
		{name: "filtered", keys: []string{"/", "a", "enter"}, filter: "dahl"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for name, b := range docs {
		for _, su := range setups {
			t.Run(name+"/"+su.name, func(t *testing.T) {
				m := New(b, Options{Style: "dark"})
				m.after = nil
				m.doc.glamour = nil // renders are delivered by the test
				mm, _ := m.Update(sizeMsg(100, 30))
				m = mm.(Model)
				if su.filter != "" && name != "long" {
					m, _ = m.setFilter(su.filter)
				}
				for _, k := range su.keys {
					mm, _ := m.Update(keyMsg(k))
					m = mm.(Model)
				}
				order := rng.Perm(len(m.doc.units))
				for step, i := range order {
					id := unitKey{i, m.doc.key}
					msg := unitRenderedMsg{id: id, blocks: plainUnit(m.b, m.doc.names, m.doc.units[i], id.key)}
					if name != "long" {
						msg.blocks = renderUnit(m.b, m.doc.names, m.doc.units[i], id.key)
					}
					cu, cl, cc, had := currentMatch(m.doc)
					got, _ := m.doc.rendered(msg)
					want := got.rebuild()
					what := fmt.Sprintf("step %d, unit %d", step, i)
					if !reflect.DeepEqual(got.lay, want.lay) {
						t.Fatalf("%s: the layout differs from a full one (%d lines, want %d)", what, got.total(), want.total())
					}
					n := 0
					for k, l := range got.allLines() {
						if k != n || !reflect.DeepEqual(got.line(k), l) {
							t.Fatalf("%s: line %d is numbered %d", what, n, k)
						}
						n++
					}
					if n != got.total() {
						t.Fatalf("%s: %d lines, want %d", what, n, got.total())
					}
					if got.offset != want.offset {
						t.Fatalf("%s: offset %d, want %d", what, got.offset, want.offset)
					}
					for q := range m.b.Quotes {
						gl, gok := got.quoteLine(q)
						wl, wok := want.quoteLine(q)
						if gl != wl || gok != wok {
							t.Fatalf("%s: quote %d on line %d %v, want %d %v", what, q, gl, gok, wl, wok)
						}
					}
					if !reflect.DeepEqual(got.search.laid, want.search.laid) || got.search.count != want.search.count {
						t.Fatalf("%s: %d matches in %d units, want %d in %d", what, got.search.count, len(got.search.laid),
							want.search.count, len(want.search.laid))
					}
					if nu, nl, nc, ok := currentMatch(got); had && cu != i && (!ok || nu != cu || nl != cl || nc != cc) {
						t.Fatalf("%s: the current match moved from unit %d cell %d of %q to unit %d cell %d of %q",
							what, cu, cc, cl, nu, nc, nl)
					}
					m.doc = got
				}
				if len(m.doc.search.query) > 0 && m.doc.search.total() == 0 {
					t.Fatalf("the search %q found nothing: the test searches for nothing", m.doc.search.query)
				}
			})
		}
	}
}
