package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// TestViewIsExactlyTheTerminalSize checks every size from 20×6 up, with
// each dialog open, plus sizes too small to be useful: none may panic and
// the view must be exactly w × h.
func TestViewIsExactlyTheTerminalSize(t *testing.T) {
	sizes := [][2]int{{1, 1}, {2, 2}, {5, 3}, {19, 5}}
	for w := 20; w <= 130; w += 11 {
		for h := 6; h <= 40; h += 7 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	sizes = append(sizes, [2]int{79, 24}, [2]int{80, 24}, [2]int{119, 35}, [2]int{120, 35}, [2]int{240, 70})
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		tt := newTester(t, fixture(), w, h)
		for _, keys := range [][]string{nil, {"3"}, {"tab"}, {"tab", "tab"}, {"s"}, {"esc", `"`}, {"esc", "?"}, {"esc", "/", "c"}} {
			tt.press(keys...)
			checkSize(t, tt.m.View().Content, w, h)
		}
	}
}

// TestViewSizeWhileRendering checks the exact size before any section has
// rendered (placeholders: here no render runs) and across resizes.
func TestViewSizeWhileRendering(t *testing.T) {
	m := New(fixture(), Options{Style: "dark"})
	m.after = nil
	m.doc.glamour = nil
	for _, sz := range [][2]int{{120, 35}, {20, 6}, {80, 24}, {33, 9}} {
		mm, _ := m.Update(teaSize(sz[0], sz[1]))
		m = mm.(Model)
		checkSize(t, m.View().Content, sz[0], sz[1])
		if !strings.Contains(ansi.Strip(m.View().Content), "rendering…") && sz[0] >= 33 {
			t.Fatalf("%v: no placeholder before rendering", sz)
		}
	}
}

func TestGoldenViews(t *testing.T) {
	for _, sz := range [][2]int{{120, 35}, {80, 24}, {50, 16}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			tt := newTester(t, fixture(), sz[0], sz[1])
			tt.press("2")
			content := tt.m.View().Content
			checkSize(t, content, sz[0], sz[1])
			golden.RequireEqual(t, []byte(ansi.Strip(content)))
		})
	}
}

func TestGoldenFilteredAndSearching(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("s")
	tt.typeText("reyk")
	tt.press("enter", "/")
	tt.typeText("treaty")
	tt.press("enter")
	content := tt.m.View().Content
	checkSize(t, content, 120, 35)
	golden.RequireEqual(t, []byte(ansi.Strip(content)))
}

// TestLongDocumentRendersWhatIsSeen checks that a long document renders
// what is on screen before the frame is drawn, a little around it in the
// background, and nothing else; a jump renders where it lands.
func TestLongDocumentRendersWhatIsSeen(t *testing.T) {
	patientRenders(t)
	b := generateBriefing(400<<10, 12)
	m := New(b, Options{Style: "dark"})
	m.after = nil
	mm, _ := m.Update(teaSize(120, 35))
	m = mm.(Model)
	onScreen := func() {
		t.Helper()
		checkSize(t, m.View().Content, 120, 35)
		if s := ansi.Strip(m.View().Content); strings.Contains(s, "rendering…") {
			t.Fatalf("placeholders on screen:\n%s", s)
		}
	}
	onScreen()
	rendered := func() int {
		size := 0
		for id := range m.doc.cache {
			size += m.doc.units[id.unit].size
		}
		return size
	}
	if n := rendered(); n > 64<<10 {
		t.Fatalf("%d bytes of %d rendered after the first size", n, 400<<10)
	}
	if n := len(m.doc.inflight); n > maxInflight {
		t.Fatalf("%d renders in flight, want at most %d", n, maxInflight)
	}
	// jump to the last point: it is drawn at once
	mm, _ = m.Update(keyMsg("9"))
	m = mm.(Model)
	if m.doc.currentSection() != 9 {
		t.Fatalf("9: section %d", m.doc.currentSection())
	}
	onScreen()
	mm, _ = m.Update(keyMsg("G"))
	m = mm.(Model)
	onScreen()
	if n := rendered(); n > 128<<10 {
		t.Fatalf("%d bytes of %d rendered after two jumps", n, 400<<10)
	}
}

func teaSize(w, h int) tea.WindowSizeMsg { return sizeMsg(w, h) }

// generateBriefing makes a briefing of about size bytes with n talking
// points, each paragraph quoting one of three speakers.
func generateBriefing(size, n int) model.Briefing {
	speakers := []model.Speaker{
		{ID: "a", Name: "Mara Quill", Role: "Harbour master"},
		{ID: "b", Name: "Olek Varn", Role: "Union steward"},
		{ID: "c", Name: "Ines Tarro", Role: "Port economist"},
	}
	words := strings.Fields("the tide came in slowly while the council argued over berth fees and the night shift waited for news of the vote on dredging")
	var secs [][]fxBlock
	secs = append(secs, []fxBlock{para("A long generated briefing for measuring the render path.")})
	headings := make([]string, n)
	per := size / n
	for s := 0; s < n; s++ {
		headings[s] = fmt.Sprintf("Generated point about berth %d", s+1)
		var blocks []fxBlock
		for used, i := 0, 0; used < per; i++ {
			var sb strings.Builder
			for w := 0; w < 60; w++ {
				sb.WriteString(words[(i*7+w*3+s)%len(words)])
				sb.WriteByte(' ')
			}
			q := fmt.Sprintf("We will decide on berth %d by %d", s+1, i)
			sp := speakers[(s+i)%3]
			text := sb.String() + "“" + q + ",” " + sp.Name + " said."
			if i%5 == 4 {
				blocks = append(blocks, aside("("+sb.String()+")"))
			} else {
				blocks = append(blocks, para(text, qt(q, sp.ID)))
			}
			used += len(text)
		}
		secs = append(secs, blocks)
	}
	return buildBriefing("Generated harbour briefing", headings, speakers, secs)
}

// TestRenderedLinesFitTheReadingWidth checks that no rendered line is
// wider than the width it was rendered for: a wider one would be cut.
func TestRenderedLinesFitTheReadingWidth(t *testing.T) {
	for _, b := range []model.Briefing{fixture(), generateBriefing(40<<10, 3), hostileBriefing()} {
		names := newDocIndex(&b)
		for _, w := range []int{12, 31, 64, 100} {
			for _, style := range []string{"dark", "notty"} {
				for _, u := range planUnits(&b) {
					for _, rb := range renderUnit(&b, names, u, renderKey{width: w, style: style}) {
						for _, l := range rb.lines {
							if got := ansi.StringWidth(l.plain); got > w {
								t.Fatalf("%s at %d: line of %d cells: %q", style, w, got, l.plain)
							}
						}
					}
				}
			}
		}
	}
}

func TestStaleRendersAreDropped(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	old := tt.m.doc.key
	// a resize changes the key; a result for the old key arriving late
	// must not replace the new layout
	mm, _ := tt.m.Update(sizeMsg(70, 30))
	m := mm.(Model)
	if m.doc.key == old {
		t.Fatal("resize did not change the render key")
	}
	stale := unitRenderedMsg{id: unitKey{1, renderKey{width: 3, style: "dark"}}, blocks: []renderedBlock{{block: 0, lines: []docLine{{text: "STALE", plain: "STALE"}}}}}
	mm, _ = m.Update(stale)
	m = mm.(Model)
	if _, ok := m.doc.cache[stale.id]; ok {
		t.Fatal("a stale result was cached")
	}
	for _, l := range m.doc.allLines() {
		if l.plain == "STALE" {
			t.Fatal("a stale result was laid out")
		}
	}
}

// TestResizeRendersTheScreen checks that a new width drops the renderings
// at the old one and draws the screen at the new one at once.
func TestResizeRendersTheScreen(t *testing.T) {
	patientRenders(t)
	tt := newTester(t, fixture(), 120, 35)
	old := tt.m.doc.key
	tt.send(sizeMsg(70, 30))
	if tt.m.doc.key == old {
		t.Fatal("the second size must change the reading width")
	}
	for id := range tt.m.doc.cache {
		if id.key != tt.m.doc.key {
			t.Fatalf("a rendering at width %d is kept at width %d", id.key.width, tt.m.doc.key.width)
		}
	}
	if s := ansi.Strip(tt.m.View().Content); strings.Contains(s, "rendering…") {
		t.Fatalf("placeholders after a resize:\n%s", s)
	}
}

func TestBackgroundPicksStyle(t *testing.T) {
	m := New(fixture(), Options{})
	if m.Init() == nil {
		t.Fatal("with no --style the reader must ask for the background")
	}
	m.after = nil
	mm, _ := m.Update(sizeMsg(100, 30))
	mm, _ = mm.(Model).Update(tea.BackgroundColorMsg{Color: lipglossWhite})
	m = mm.(Model)
	if m.isDark || m.doc.key.style != "light" {
		t.Fatalf("light background: isDark %v style %q", m.isDark, m.doc.key.style)
	}
	// an explicit style wins over the background
	m = New(fixture(), Options{Style: "notty"})
	if m.Init() != nil {
		t.Fatal("an explicit style must not query the terminal")
	}
	mm, _ = m.Update(tea.BackgroundColorMsg{Color: lipglossWhite})
	if got := mm.(Model).doc.key.style; got != "notty" {
		t.Fatalf("style %q, want notty", got)
	}
}

// TestEmptyAndFlatBriefings covers documents with nothing, or with no
// talking points and no speakers: every key works and nothing panics.
func TestEmptyAndFlatBriefings(t *testing.T) {
	flat := buildBriefing("", nil, nil, [][]fxBlock{{para("Only one paragraph, and “a quote” by nobody.", qt("a quote", ""))}})
	for _, b := range []model.Briefing{{}, flat} {
		for _, sz := range [][2]int{{120, 35}, {50, 10}, {20, 6}} {
			tt := newTester(t, b, sz[0], sz[1])
			for _, k := range []string{"j", "G", "]", "[", "3", "tab", "enter", "tab", "enter", "tab", "s", "x", "enter", "esc", `"`, "enter", "e", "/", "o", "enter", "n", "N", "esc", "?", "esc"} {
				tt.press(k)
				checkSize(t, tt.m.View().Content, sz[0], sz[1])
			}
			if tt.m.keys.Point.Enabled() || tt.m.keys.Picker.Enabled() {
				t.Fatal("point and picker keys must be disabled without points and speakers")
			}
		}
	}
}
