package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// TestOneCellRunes checks runesWidth's shortcut against ansi.StringWidth
// for every rune it claims is one cell wide.
func TestOneCellRunes(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if oneCell(r) && ansi.StringWidth(string(r)) != 1 {
			t.Errorf("%U is %d cells, not 1", r, ansi.StringWidth(string(r)))
		}
	}
	for _, s := range []string{"plain", "“quoted” — dash…", "wide 漢字 and e\u0301", "tab\tx"} {
		if got, want := runesWidth([]rune(s)), ansi.StringWidth(s); got != want {
			t.Errorf("runesWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

// wrapBriefing has phrases the reader wraps at a reading width of 20:
// "gamma delta" three times (across a wrap, within a line, across again
// in a list item), and phrases broken in an aside and at a hyphen.
func wrapBriefing() model.Briefing {
	return buildBriefing("Wrap test", []string{"One"}, nil, [][]fxBlock{
		{para("alpha beta gamma delta epsilon zeta eta theta"), para("kappa gamma delta lambda")},
		{aside("(mu nu xi omicron pi rho sigma tau upsilon)"), {kind: model.ListItem, text: "phi chi psi gamma delta omega"},
			para("the so-called well-known cross-border arrangement")},
	})
}

// lineWith is the index of the one document line whose text is want.
func lineWith(t *testing.T, m Model, want string) int {
	t.Helper()
	for i, l := range m.doc.allLines() {
		if strings.TrimSpace(l.plain) == want {
			return i
		}
	}
	t.Fatalf("no line reads %q; the wrap this test relies on changed:\n%s", want, (&tester{t: t, m: m}).allDocText())
	return -1
}

func wrapTester(t *testing.T) *tester {
	m := New(wrapBriefing(), Options{Style: "dark", Width: 20})
	m.after = nil
	tt := &tester{t: t, m: m}
	tt.send(sizeMsg(120, 35))
	tt.m = renderAll(tt.m)
	return tt
}

func TestSearchAcrossWrappedLines(t *testing.T) {
	tt := wrapTester(t)
	first, second := lineWith(t, tt.m, "alpha beta gamma"), lineWith(t, tt.m, "delta epsilon zeta")
	within := lineWith(t, tt.m, "kappa gamma delta")
	item, itemNext := lineWith(t, tt.m, "• phi chi psi gamma"), lineWith(t, tt.m, "delta omega")
	tt.press("/")
	tt.typeText("gamma delta")
	tt.press("enter")
	s := tt.m.doc.search
	if s.total() != 3 || !strings.Contains(tt.statusLine(), "match 1/3") {
		t.Fatalf("%d matches, status %q; want 3", s.total(), tt.statusLine())
	}
	// the first match is drawn in two parts: "gamma" and "delta"
	type part struct {
		line  int
		text  string
		match int
	}
	var got []part
	for _, p := range searchParts(tt.m.doc) {
		got = append(got, part{p.line, ansi.Cut(tt.m.doc.line(p.line).plain, p.start, p.end), p.match})
	}
	want := []part{{first, "gamma", 0}, {second, "delta", 0}, {within, "gamma delta", 1}, {item, "gamma", 2}, {itemNext, "delta", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("match parts = %+v, want %+v", got, want)
	}
	// both parts of the current match carry the current style
	if on := s.on(tt.m.doc, second); len(on) != 1 || !on[0].current {
		t.Fatalf("the second part of match 1 is not current: %+v", on)
	}
	// n and N walk the matches in document order, wrapping
	var lines []int
	for _, k := range []string{"n", "n", "n", "N", "N"} {
		tt.press(k)
		lines = append(lines, tt.m.doc.search.currentLine(tt.m.doc))
	}
	if wantLines := []int{within, item, first, item, within}; !reflect.DeepEqual(lines, wantLines) {
		t.Fatalf("n n n N N visit lines %v, want %v", lines, wantLines)
	}
	if !strings.Contains(tt.statusLine(), "match 2/3") {
		t.Fatalf("status %q, want match 2/3", tt.statusLine())
	}
}

func TestSearchAcrossBarsAndHyphens(t *testing.T) {
	for _, c := range []struct{ query, first, next string }{
		{"omicron pi", "┃ (mu nu xi omicron", "┃ pi rho sigma tau"}, // the bar is not text
		{"well-known", "the so-called well-", "known cross-border"}, // a wrap at a hyphen adds no space
		{"Zeta Eta", "", ""}, // smart case: no match
	} {
		tt := wrapTester(t)
		tt.press("/")
		tt.typeText(c.query)
		s := tt.m.doc.search
		if c.first == "" {
			if s.total() != 0 {
				t.Fatalf("%q: %d matches, want none", c.query, s.total())
			}
			continue
		}
		a, b := lineWith(t, tt.m, c.first), lineWith(t, tt.m, c.next)
		parts := searchParts(tt.m.doc)
		if s.total() != 1 || len(parts) != 2 || parts[0].line != a || parts[1].line != b {
			t.Fatalf("%q: %d matches in parts %+v, want one on lines %d and %d", c.query, s.total(), parts, a, b)
		}
	}
}

// TestCellWidth checks cellWidth's shortcut against ansi.StringWidth for
// every character it counts as one cell, and for strings of them with
// escape sequences, wide and joining characters among them.
func TestCellWidth(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if frameCell(r) && ansi.StringWidth(string(r)) != 1 {
			t.Errorf("%U is %d cells, not 1", r, ansi.StringWidth(string(r)))
		}
	}
	for _, s := range []string{"", "plain", "\x1b[38;5;252m“quoted”\x1b[m — dash…", "│ box ╭─╮ ▌ ◂ →", "wide 漢字 and e\u0301",
		"\x1b]8;;https://e.org\x07link\x1b]8;;\x07", "\x1b]8;;https://e.org\x1b\\link\x1b]8;;\x1b\\", "tab\tx", "flag 🇫🇷", "◽◾", "bad \x1b[", "\x1bX"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
