package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Tests of what a reader meets in the first minutes: the command line,
// number keys, keys from less and vim, dialogs that q closes, help that
// fits, the quotes view, and the edges (no speakers, no colour).

// numbered is a briefing with n talking points, one quote in each.
func numbered(n int) model.Briefing {
	headings := make([]string, n)
	sections := [][]fxBlock{{para("An intro about the harbour.")}}
	for i := range n {
		headings[i] = fmt.Sprintf("Point number %d about the berths and the night shift", i+1)
		sections = append(sections, []fxBlock{para(fmt.Sprintf("“Say %d,” Varn said.", i+1), qt(fmt.Sprintf("Say %d,", i+1), "varn"))})
	}
	return buildBriefing("Many points", headings, []model.Speaker{{ID: "varn", Name: "Olek Varn", Role: "Union steward"}}, sections)
}

func TestCommandLine(t *testing.T) {
	b := fixture()
	b.Speakers = append(b.Speakers, model.Speaker{ID: "dahlberg", Name: "Anja Dahlberg", Role: "Mayor"})
	tt := newTester(t, b, 120, 35)
	tt.press(":")
	tt.typeText("3")
	if !strings.Contains(tt.statusLine(), ":3") {
		t.Fatalf("the command line is not in the status bar: %q", tt.statusLine())
	}
	tt.press("enter")
	if tt.m.doc.currentSection() != 3 || tt.m.commanding {
		t.Fatalf(":3 went to point %d (command line open %v)", tt.m.doc.currentSection(), tt.m.commanding)
	}
	tt.press(":")
	tt.typeText("speaker reyk")
	tt.press("enter")
	if tt.m.filter != "reyk" {
		t.Fatalf(":speaker reyk: filter %q", tt.m.filter)
	}
	tt.press(":")
	tt.typeText("speaker ANJA")
	tt.press("enter")
	if tt.m.filter != "reyk" || !tt.m.status.isError || !strings.Contains(tt.statusLine(), "Anja Dahl or Anja Dahlberg") {
		t.Fatalf(":speaker ANJA: filter %q, status %q", tt.m.filter, tt.statusLine())
	}
	tt.press(":")
	tt.typeText("speaker")
	tt.press("enter")
	if tt.m.filter != "" {
		t.Fatalf(":speaker alone left the filter %q", tt.m.filter)
	}
	tt.press(":")
	tt.typeText("frobnicate")
	tt.press("enter")
	if !tt.m.status.isError || !strings.Contains(tt.statusLine(), "try :12") {
		t.Fatalf("unknown command: %q", tt.statusLine())
	}
	tt.press(":", "esc")
	if tt.m.commanding || tt.quit {
		t.Fatal("esc did not close the command line")
	}
	tt.press(":", "q", "enter")
	if !tt.quit {
		t.Fatal(":q did not quit")
	}
}

func TestDigitsMakePointNumbers(t *testing.T) {
	tt := newTester(t, numbered(12), 80, 24)
	tt.press("1")
	if tt.m.doc.currentSection() != 1 || tt.m.count != "1" || !strings.Contains(tt.statusLine(), "1…") {
		t.Fatalf("1: point %d, count %q, status %q", tt.m.doc.currentSection(), tt.m.count, tt.statusLine())
	}
	tt.press("2")
	if tt.m.doc.currentSection() != 12 || tt.m.count != "" {
		t.Fatalf("1 2: point %d, count %q", tt.m.doc.currentSection(), tt.m.count)
	}
	tt.press("1", "enter") // enter ends the number
	if tt.m.doc.currentSection() != 1 || tt.m.count != "" {
		t.Fatalf("1 enter: point %d, count %q", tt.m.doc.currentSection(), tt.m.count)
	}
	tt.press("1")
	tt.send(countExpiredMsg{id: tt.m.countID}) // a moment later
	tt.press("2")
	if tt.m.doc.currentSection() != 2 {
		t.Fatalf("1, a pause, 2: point %d", tt.m.doc.currentSection())
	}
	tt.press("0")
	if tt.m.doc.currentSection() != 0 {
		t.Fatalf("0: point %d, want the intro", tt.m.doc.currentSection())
	}
	tt.press("1", "j") // another key ends the number and acts
	if tt.m.count != "" {
		t.Fatalf("j left the count %q", tt.m.count)
	}
	// in a briefing of fewer than ten points a digit never waits
	tt = newTester(t, fixture(), 80, 24)
	tt.press("3", "5")
	if tt.m.doc.currentSection() != 5 || tt.m.count != "" {
		t.Fatalf("3 5 in five points: point %d, count %q", tt.m.doc.currentSection(), tt.m.count)
	}
}

func TestLessAndVimKeys(t *testing.T) {
	tt := newTester(t, generateBriefing(40<<10, 6), 100, 30)
	h := tt.m.doc.height
	tt.press("ctrl+f")
	if tt.m.doc.offset != h-1 {
		t.Fatalf("ctrl+f: offset %d, want %d", tt.m.doc.offset, h-1)
	}
	tt.press("ctrl+b")
	if tt.m.doc.offset != 0 {
		t.Fatalf("ctrl+b: offset %d", tt.m.doc.offset)
	}
	tt.press("ctrl+d")
	if tt.m.doc.offset != h/2 {
		t.Fatalf("ctrl+d: offset %d, want %d", tt.m.doc.offset, h/2)
	}
	tt.press("ctrl+u")
	if tt.m.doc.offset != 0 {
		t.Fatalf("ctrl+u: offset %d", tt.m.doc.offset)
	}
	for _, c := range []struct {
		key  string
		want pane
	}{{"h", outlinePane}, {"h", outlinePane}, {"l", documentPane}, {"right", speakersPane}, {"right", speakersPane}, {"left", documentPane}} {
		tt.press(c.key)
		if tt.m.focus != c.want {
			t.Fatalf("%s: focus %v, want %v", c.key, tt.m.focus, c.want)
		}
	}
}

func keyPress(code rune, mod tea.KeyMod) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: code, Mod: mod}
}

func TestQClosesDialogs(t *testing.T) {
	tt := newTester(t, fixture(), 80, 24)
	tt.press("?", "q")
	if tt.quit || tt.m.overlay != noOverlay {
		t.Fatalf("q in help: quit %v, overlay %v", tt.quit, tt.m.overlay)
	}
	tt.press(`"`, "q")
	if tt.quit || tt.m.overlay != noOverlay {
		t.Fatalf("q in the quotes view: quit %v, overlay %v", tt.quit, tt.m.overlay)
	}
	tt.press(`"`, "/")
	tt.typeText("quota")
	if tt.quit || tt.m.overlay != quotesOverlay || tt.m.quotes.input.Value() != "quota" {
		t.Fatal("q in the quotes filter must be typed")
	}
	tt.press("ctrl+c")
	if !tt.quit {
		t.Fatal("ctrl+c in a dialog did not quit")
	}
}

func TestUnknownKeySaysWhere(t *testing.T) {
	tt := newTester(t, fixture(), 80, 24)
	tt.press("x")
	if st := tt.statusLine(); !strings.Contains(st, "? for help") {
		t.Fatalf("x: status %q", st)
	}
	tt.send(keyPress(tea.KeyF5, 0))
	if st := tt.statusLine(); !strings.Contains(st, "f5") || !strings.Contains(st, "? for help") {
		t.Fatalf("f5: status %q", st)
	}
	tt.press("n") // no search: says so rather than nothing
	if st := tt.statusLine(); !strings.Contains(st, "/ to search") {
		t.Fatalf("n without a search: status %q", st)
	}
	tt.send(keyPress(tea.KeyLeftShift, 0))
	if st := tt.statusLine(); !strings.Contains(st, "/ to search") {
		t.Fatalf("a modifier alone changed the status: %q", st)
	}
}

// TestNAfterASearchWithoutMatches checks that n after a search that
// found nothing says so, not that there is no search, and that a new
// search drops the message about the last one.
func TestNAfterASearchWithoutMatches(t *testing.T) {
	tt := newTester(t, fixture(), 100, 24)
	tt.press("/")
	tt.typeText("zzqx")
	tt.press("enter", "n")
	st := tt.statusLine()
	if strings.Contains(st, "no search") || !strings.Contains(st, `no match for "zzqx"`) {
		t.Fatalf("n after a search without matches: status %q", st)
	}
	tt.press("/")
	if st := tt.statusLine(); strings.Contains(st, "zzqx") {
		t.Fatalf("a new search still shows the last one's message: %q", st)
	}
}

func TestNoSpeakersSaysWhy(t *testing.T) {
	b := fixture()
	b.Speakers = nil
	for i := range b.Quotes {
		b.Quotes[i].Speaker = ""
	}
	tt := newTester(t, b, 120, 35)
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	lines := strings.Split(tt.screen(), "\n")
	pane := func(i int) string {
		rs := []rune(lines[i])
		return string(rs[l.speakers.x+1 : l.speakers.x+l.speakers.w-1])
	}
	text := words(pane(1) + " " + pane(2) + " " + pane(3) + " " + pane(4))
	if !strings.HasPrefix(pane(1), "  No quoted") || !strings.HasPrefix(text, "No quoted speakers no quote here") {
		t.Fatalf("the empty state is not aligned with the names:\n%q\n%q", pane(1), pane(2))
	}
	tt.press("s")
	if tt.m.overlay != noOverlay || !strings.Contains(tt.statusLine(), "no quoted speakers") {
		t.Fatalf("s with no speakers: overlay %v, status %q", tt.m.overlay, tt.statusLine())
	}
}

func TestFilterToggleAndCounts(t *testing.T) {
	b := fixture()
	b.Quotes[0].Section = 0 // Reyk's first quote, moved to the intro
	b.Intro[0].Quotes = []int{0}
	tt := newTester(t, fixture(), 120, 35)
	tt.press("tab", "enter") // the speakers pane: Reyk
	if tt.m.filter != "reyk" || !strings.Contains(tt.statusLine(), "3 quotes in 3 points") {
		t.Fatalf("filter %q, status %q", tt.m.filter, tt.statusLine())
	}
	tt.press("enter")
	if tt.m.filter != "" || !strings.Contains(tt.statusLine(), "filter cleared") {
		t.Fatalf("enter on the filtered speaker: filter %q, status %q", tt.m.filter, tt.statusLine())
	}
	// quotes in the intro are not counted as a point
	tt.m.b.Quotes[0].Section = 0
	tt.press("enter")
	if st := tt.statusLine(); !strings.Contains(st, "in the intro and 2 points") {
		t.Fatalf("status %q", st)
	}
}

func TestSearchSaysNoMatchWhileTyping(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("/")
	tt.typeText("zqzq")
	if st := tt.statusLine(); !strings.Contains(st, "no match") || strings.Contains(st, "0/0") {
		t.Fatalf("typing: %q", st)
	}
	tt.press("enter")
	if st := tt.statusLine(); !strings.Contains(st, "no match") {
		t.Fatalf("after enter: %q", st)
	}
}

// TestHelpFitsOrScrolls opens help with a search active at every size
// from 40×12 up: the box fits the screen, and q and esc are on it or
// reached by scrolling; q closes it.
func TestHelpFitsOrScrolls(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {50, 14}, {60, 20}, {80, 24}, {100, 30}, {120, 35}, {200, 50}} {
		tt := newTester(t, fixture(), sz[0], sz[1])
		tt.press("/")
		tt.typeText("truce")
		tt.press("enter", "?")
		seen := map[string]bool{}
		for range 60 {
			checkSize(t, tt.m.View().Content, sz[0], sz[1])
			for _, l := range strings.Split(tt.screen(), "\n") {
				for _, part := range strings.Split(l, "│") {
					if f := strings.Fields(part); len(f) > 1 {
						seen[f[0]] = true
					}
				}
			}
			tt.press("j")
		}
		for _, k := range []string{"q", "esc", "?", "G/end"} {
			if !seen[k] {
				t.Errorf("%v: help never shows %q", sz, k)
			}
		}
		tt.press("q")
		if tt.m.overlay != noOverlay || tt.quit {
			t.Errorf("%v: q in help: overlay %v, quit %v", sz, tt.m.overlay, tt.quit)
		}
	}
}

func TestQuotesViewWrapsCountsFiltersAndMarks(t *testing.T) {
	b := fixture()
	long := "The council will publish the flow figures every week, and anyone can check them."
	tt := newTester(t, b, 80, 24)
	tt.press(`"`)
	screen := tt.screen()
	if !strings.Contains(screen, fmt.Sprintf("Quotes · 1/%d", len(b.Quotes))) {
		t.Fatalf("no i/n in the title:\n%s", screen)
	}
	tt.press("/")
	tt.typeText("flow figures")
	if len(tt.m.quotes.quotes) != 1 || !strings.Contains(tt.screen(), "1/1 (") {
		t.Fatalf("the filter kept %d quotes:\n%s", len(tt.m.quotes.quotes), tt.screen())
	}
	if got := words(boxText(tt.screen())); !strings.Contains(got, long) {
		t.Fatalf("the quote is not shown whole: %s", got)
	}
	tt.press("enter") // keeps the filter
	tt.press("enter") // shows the quote
	q := tt.m.quotes.quotes[0]
	if tt.m.overlay != noOverlay || tt.m.flash != q {
		t.Fatalf("after enter: overlay %v, flash %d", tt.m.overlay, tt.m.flash)
	}
	marked := 0
	for _, l := range strings.Split(ansi.Strip(tt.m.docView()), "\n") {
		if strings.HasPrefix(l, "▌") {
			marked++
		}
	}
	if marked == 0 {
		t.Fatalf("the quote is not marked:\n%s", ansi.Strip(tt.m.docView()))
	}
	tt.send(flashExpiredMsg{id: tt.m.flashID})
	if tt.m.flash != -1 || strings.Contains(ansi.Strip(tt.m.docView()), "▌") {
		t.Fatal("the mark stays after its time")
	}
}

// boxText is the text inside a screen's dialog box, rows joined.
func boxText(screen string) string {
	var sb strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "│ "); i >= 0 {
			sb.WriteString(l[i:] + " ")
		}
	}
	return strings.NewReplacer("│", " ").Replace(sb.String())
}

func TestFileNamedHeadlineOnce(t *testing.T) {
	b := fixture()
	b.Source = "/some/where/valley-talks.md"
	tt := newTester(t, b, 120, 35)
	v := tt.m.View()
	if !strings.Contains(v.WindowTitle, "valley-talks.md") || strings.Contains(v.WindowTitle, "/some/") {
		t.Fatalf("window title %q", v.WindowTitle)
	}
	s := tt.screen()
	if !strings.Contains(strings.Split(s, "\n")[0], "valley-talks.md") {
		t.Fatalf("the document pane's title does not name the file:\n%s", s)
	}
	if n := strings.Count(s, b.Title); n != 1 {
		t.Fatalf("the headline is on screen %d times", n)
	}
}

func TestFocusWithoutColour(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.send(tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	top := strings.Split(tt.screen(), "\n")[0]
	l := layout(120, 35, tt.m.focus, tt.m.wants)
	if rs := []rune(top); string(rs[l.document.x]) != "┏" || string(rs[l.outline.x]) != "╭" {
		t.Fatalf("no heavy frame on the focused document:\n%s", top)
	}
	tt.press("shift+tab")
	if rs := []rune(strings.Split(tt.screen(), "\n")[0]); string(rs[l.outline.x]) != "┏" {
		t.Fatal("the focused outline is not in heavy lines")
	}
	// the cursor row is reversed, which survives without colour
	if !strings.Contains(tt.m.View().Content, "\x1b[1;7m") && !strings.Contains(tt.m.View().Content, "\x1b[7;1m") {
		t.Fatalf("no reverse video for the cursor row")
	}
}

// TestOutlineScrollHint: more points than fit say so, with the position,
// on the rail and in the pane with headings.
func TestOutlineScrollHint(t *testing.T) {
	tt := newTester(t, numbered(40), 80, 24)
	last := strings.Split(tt.screen(), "\n")[22]
	if !strings.Contains(last, "↓") {
		t.Fatalf("the rail has no scroll hint: %q", last)
	}
	tt.press("4", "0")
	if s := strings.Split(tt.screen(), "\n"); !strings.Contains(s[22], "↑") || !strings.Contains(s[21], "40") {
		t.Fatalf("at point 40 the rail shows:\n%s", strings.Join(s, "\n"))
	}
	tt = newTester(t, numbered(40), 120, 24)
	if s := strings.Split(tt.screen(), "\n")[22]; !strings.Contains(s, "1–20 of 40 ↓") {
		t.Fatalf("no position in the outline's border: %q", s)
	}
}

// TestHelpDescriptionsAreWhole checks that on a narrow screen the help
// wraps a long description under itself rather than cutting it.
func TestHelpDescriptionsAreWhole(t *testing.T) {
	tt := newTester(t, fixture(), 40, 12)
	_, lines, _ := tt.m.helpBox()
	text := strings.Join(strings.Fields(ansi.Strip(strings.Join(lines, " "))), " ")
	for _, g := range tt.m.helpGroups(ctxDocument) {
		for _, b := range g {
			if d := b.Help().Desc; b.Enabled() && !strings.Contains(text, d) {
				t.Errorf("the help at 40 columns lacks %q whole:\n%s", d, strings.Join(lines, "\n"))
			}
		}
	}
}

// TestHelpFooterFitsItsBox checks that the scrolled help's footer says
// how to close it whole in a narrow box, rather than "q c…".
func TestHelpFooterFitsItsBox(t *testing.T) {
	tt := newTester(t, fixture(), 40, 12)
	tt.press("?")
	lines := strings.Split(tt.screen(), "\n")
	var bottom string
	for _, l := range lines {
		if strings.Contains(l, "scroll") || strings.Contains(l, "closes") || strings.Contains(l, "…─") {
			bottom = l
		}
	}
	if !strings.Contains(bottom, "q closes") {
		t.Errorf("the help's footer at 40 columns: %q", bottom)
	}
}

// TestQuotesFooterFitsItsBox checks that the quotes view's footer takes
// its short form at 40 columns rather than being cut.
func TestQuotesFooterFitsItsBox(t *testing.T) {
	tt := newTester(t, fixture(), 40, 12)
	tt.press(`"`)
	if scr := tt.screen(); !strings.Contains(scr, "q closes") {
		t.Errorf("the quotes view's footer at 40 columns:\n%s", scr)
	}
	tt.send(sizeMsg(120, 35))
	if scr := tt.screen(); !strings.Contains(scr, "enter shows it · / filters · q closes") {
		t.Errorf("the quotes view's footer at 120 columns:\n%s", scr)
	}
}

// TestTogglesSayWhenThereIsNothingToToggle checks that e and t in a
// briefing without asides or speaker tags say so, rather than claiming to
// have hidden something.
func TestTogglesSayWhenThereIsNothingToToggle(t *testing.T) {
	b := buildBriefing("Plain", []string{"One"}, nil, [][]fxBlock{{para("Nothing in brackets.")}, {para("No quotes either.")}})
	tt := newTester(t, b, 100, 24)
	tt.press("e")
	if st := tt.statusLine(); !strings.Contains(st, "has none") {
		t.Errorf("e without asides: %q", st)
	}
	tt.press("t")
	if st := tt.statusLine(); !strings.Contains(st, "none here") {
		t.Errorf("t without speaker tags: %q", st)
	}
	tt = newTester(t, fixture(), 100, 24)
	tt.press("e")
	if st := tt.statusLine(); strings.Contains(st, "none") {
		t.Errorf("e with asides: %q", st)
	}
}
