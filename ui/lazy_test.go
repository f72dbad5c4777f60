package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// The reader renders what is seen and a little around it, nothing else;
// these tests check that what it does not render still counts: search,
// long blocks, the end of the document.

// renderedBytes is the text of the units the document keeps rendered.
func renderedBytes(d documentModel) int {
	n := 0
	for id := range d.cache {
		n += d.units[id.unit].size
	}
	return n
}

// TestReaderGoesIdle checks that once the screen and the units around it
// are rendered, no render is running or asked for: a long document is
// not rendered through in the background.
func TestReaderGoesIdle(t *testing.T) {
	b := generateBriefing(600<<10, 12)
	tt := &tester{t: t, m: New(b, Options{Style: "dark"})}
	tt.m.after = nil
	tt.send(sizeMsg(120, 35)) // runs every command and what it brings
	if n := len(tt.m.doc.inflight) + len(tt.m.doc.plainPending); n != 0 {
		t.Fatalf("%d renders still running", n)
	}
	if _, cmd := tt.m.doc.schedule(); cmd != nil {
		t.Fatal("the settled reader still asks for renders")
	}
	if n := renderedBytes(tt.m.doc); n > 64<<10 {
		t.Fatalf("%d of %d bytes rendered before any key", n, 600<<10)
	}
}

// TestSearchFindsWhatIsNotRendered checks that a search counts the
// matches of units not rendered yet, that n goes to one and shows it
// (rendering its unit), and that the counts read from the briefing's text
// are those found on the rendered lines.
func TestSearchFindsWhatIsNotRendered(t *testing.T) {
	patientRenders(t)
	b := generateBriefing(400<<10, 12)
	tt := &tester{t: t, m: New(b, Options{Style: "dark"})}
	tt.m.after = nil
	tt.send(sizeMsg(120, 35))
	tt.press("/")
	tt.typeText("about berth 11")
	tt.press("enter")
	// the heading of point 11, far below
	if s := tt.m.doc.search; s.total() != 1 {
		t.Fatalf("%d matches of %q, want 1", s.total(), s.query)
	}
	screen := tt.docText()
	if !strings.Contains(screen, "Generated point about berth 11") || tt.m.doc.currentSection() != 11 && !strings.Contains(screen, "11. Generated") {
		t.Fatalf("the match is not on screen (point %d):\n%s", tt.m.doc.currentSection(), screen)
	}
	if l := tt.m.doc.search.currentLine(tt.m.doc); l < tt.m.doc.offset || l >= tt.m.doc.offset+tt.m.doc.height {
		t.Fatalf("current match on line %d, the pane shows %d+%d", l, tt.m.doc.offset, tt.m.doc.height)
	}

	// the counts of the briefing's text are the rendered lines' counts
	for _, doc := range []model.Briefing{fixture(), b, wrapBriefing()} {
		m := New(doc, Options{Style: "dark", Width: 40})
		m.after = nil
		m.doc.glamour = nil // nothing is rendered
		mm, _ := m.Update(sizeMsg(100, 30))
		m = mm.(Model)
		all := renderAll(m)
		for _, q := range []string{"the", "tide came", "Reyk", "gamma delta", "well-known", "berth 1", "t", "ceasefire", "OKAFOR-LIND:"} {
			src, lines := newSearch(m.doc, q), newSearch(all.doc, q)
			if len(src.laid) != 0 || len(lines.laid) != len(all.doc.units) {
				t.Fatalf("%d and %d units searched on their lines", len(src.laid), len(lines.laid))
			}
			if src.count != lines.count {
				t.Errorf("%q: %d matches in the text, %d on the rendered lines", q, src.count, lines.count)
			}
		}
	}
}

// TestLongBlockIsRenderedInParts checks that a block longer than a unit
// is cut into units at white space: the first screen renders its start
// only, the parts follow one another with no blank line between them, and
// all of them together hold the block's words.
func TestLongBlockIsRenderedInParts(t *testing.T) {
	patientRenders(t)
	var sb strings.Builder
	for i := 0; sb.Len() < 100<<10; i++ {
		fmt.Fprintf(&sb, "Sentence %d of one long paragraph. ", i)
	}
	text := strings.TrimSpace(sb.String())
	b := buildBriefing("One paragraph", nil, nil, [][]fxBlock{{para("Before it."), para(text), para("After it.")}})
	m := New(b, Options{Style: "dark"})
	m.after = nil
	mm, _ := m.Update(sizeMsg(100, 30))
	m = mm.(Model)
	parts := 0
	for _, u := range m.doc.units {
		if u.part() {
			parts++
			if u.size > unitBytes+unitBytes/2 {
				t.Errorf("a part of %d bytes", u.size)
			}
		}
	}
	if parts < 10 {
		t.Fatalf("%d parts for a %d-byte block", parts, len(text))
	}
	if n := renderedBytes(m.doc); n > 40<<10 {
		t.Fatalf("%d bytes rendered for the first screen", n)
	}
	all := renderAll(m)
	var lines []string
	for _, l := range all.doc.allLines() {
		lines = append(lines, strings.TrimSpace(l.plain))
		if w := ansi.StringWidth(l.plain); w > all.doc.key.width {
			t.Fatalf("a line of %d cells at width %d", w, all.doc.key.width)
		}
	}
	doc := strings.Join(lines, "\n")
	from, to := strings.Index(doc, "Sentence 0 "), strings.Index(doc, "\n\nAfter it.")
	if from < 0 || to < from {
		t.Fatalf("the paragraph is not between the blocks around it:\n%s", doc)
	}
	if i := strings.Index(doc[from:to], "\n\n"); i >= 0 {
		t.Fatalf("a blank line inside the paragraph, after %q", doc[from+max(i-40, 0):from+i])
	}
	words := strings.Fields(doc[from:to])
	if got := strings.Join(words, " "); got != text {
		t.Fatalf("the parts do not read as the paragraph: %d words, want %d", len(words), len(strings.Fields(text)))
	}
}

// TestRenderingsFarAwayAreDropped checks that reading a long document
// through keeps at most keptBytes of it rendered, and that coming back
// renders again what was dropped.
func TestRenderingsFarAwayAreDropped(t *testing.T) {
	patientRenders(t)
	saved := keptBytes
	keptBytes = 64 << 10
	t.Cleanup(func() { keptBytes = saved })
	b := generateBriefing(600<<10, 12)
	tt := &tester{t: t, m: New(b, Options{Style: "dark"})}
	tt.m.after = nil
	tt.send(sizeMsg(120, 35))
	top := tt.docText()
	for range 60 {
		tt.press("pgdown")
		if n := renderedBytes(tt.m.doc); n > keptBytes+2*unitBytes {
			t.Fatalf("%d bytes kept rendered, want about %d", n, keptBytes)
		}
	}
	tt.press("g")
	if got := tt.docText(); got != top {
		t.Fatalf("back at the top, the screen differs:\n%s\nwant:\n%s", got, top)
	}
}
