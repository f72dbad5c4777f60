package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/model"
)

func TestOutlineListsIntroAndPoints(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	if got, want := tt.outlineSections(), []int{0, 1, 2, 3, 4, 5}; !reflect.DeepEqual(got, want) {
		t.Fatalf("outline sections = %v, want %v", got, want)
	}
	s := tt.screen()
	for _, want := range []string{"Talking points", "Intro", "1. A truce", "5. Next steps", "Speakers", "Tomas Reyk", "Governor of"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	// counts: point 2 has three quotes
	if it := tt.m.outline.items[2]; it.count != 3 {
		t.Errorf("point 2 count = %d, want 3", it.count)
	}
}

func TestDigitBringsHeadingToTop(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	for _, n := range []string{"3", "1", "5", "2"} {
		tt.press(n)
		if got := tt.docTop(); !strings.HasPrefix(got, n+". ") {
			t.Fatalf("after %s the document starts with %q", n, got)
		}
		if !strings.Contains(tt.statusLine(), "point "+n+"/5") {
			t.Fatalf("after %s status = %q", n, tt.statusLine())
		}
		if tt.m.outline.current != int(n[0]-'0') {
			t.Fatalf("after %s the outline highlights point %d", n, tt.m.outline.current)
		}
	}
	tt.press("9")
	if !tt.m.status.isError || !strings.Contains(tt.statusLine(), "no point 9") {
		t.Fatalf("9 of 5 points: status = %q", tt.statusLine())
	}
}

func TestNextAndPreviousPoint(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	var got []int
	for i := 0; i < 6; i++ { // one more than there are points: stays on 5
		tt.press("]")
		got = append(got, tt.m.doc.currentSection())
	}
	tt.press("[", "[")
	got = append(got, tt.m.doc.currentSection())
	if want := []int{1, 2, 3, 4, 5, 5, 3}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sections = %v, want %v", got, want)
	}
}

func TestScrollKeys(t *testing.T) {
	tt := newTester(t, fixture(), 100, 20)
	tt.press("j", "j", "down")
	if tt.m.doc.offset != 3 {
		t.Fatalf("offset after 3 down = %d", tt.m.doc.offset)
	}
	tt.press("k")
	if tt.m.doc.offset != 2 {
		t.Fatalf("offset after up = %d", tt.m.doc.offset)
	}
	tt.press("space")
	page := tt.m.doc.height - 1
	if tt.m.doc.offset != 2+page {
		t.Fatalf("offset after page down = %d, want %d", tt.m.doc.offset, 2+page)
	}
	tt.press("b", "d")
	if tt.m.doc.offset != 2+tt.m.doc.height/2 {
		t.Fatalf("offset after page up, half down = %d", tt.m.doc.offset)
	}
	tt.press("G")
	if tt.m.doc.offset != tt.m.doc.maxOffset() || !strings.Contains(tt.statusLine(), "100%") {
		t.Fatalf("G: offset %d of %d, status %q", tt.m.doc.offset, tt.m.doc.maxOffset(), tt.statusLine())
	}
	tt.press("g")
	if tt.m.doc.offset != 0 || !strings.Contains(tt.statusLine(), " 0%") {
		t.Fatalf("g: offset %d, status %q", tt.m.doc.offset, tt.statusLine())
	}
}

func TestFocusCyclesAndOutlineEnter(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	if tt.m.focus != documentPane {
		t.Fatalf("initial focus %v", tt.m.focus)
	}
	tt.press("tab")
	if tt.m.focus != speakersPane {
		t.Fatalf("tab: focus %v", tt.m.focus)
	}
	tt.press("tab")
	if tt.m.focus != outlinePane {
		t.Fatalf("tab tab: focus %v", tt.m.focus)
	}
	tt.press("shift+tab")
	if tt.m.focus != speakersPane {
		t.Fatalf("shift+tab: focus %v", tt.m.focus)
	}
	tt.press("shift+tab", "shift+tab") // outline
	tt.press("j", "j", "j", "enter")
	if tt.m.doc.currentSection() != 3 || !strings.HasPrefix(tt.docTop(), "3. ") {
		t.Fatalf("outline enter on row 3: section %d, top %q", tt.m.doc.currentSection(), tt.docTop())
	}
	if tt.m.doc.offset != 3*0+tt.m.doc.startOf(3) {
		t.Fatalf("offset %d, want start of point 3 (%d)", tt.m.doc.offset, tt.m.doc.startOf(3))
	}
	// j in the outline moves the cursor, not the document
	off := tt.m.doc.offset
	tt.press("j")
	if tt.m.doc.offset != off || tt.m.outline.list.cursor != 4 {
		t.Fatalf("j in outline: offset %d→%d cursor %d", off, tt.m.doc.offset, tt.m.outline.list.cursor)
	}
}

func TestSpeakersEnterFilters(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("tab") // speakers, most quoted first: Reyk (3), Dahl (3), …
	tt.press("j", "enter")
	if tt.m.filter != "dahl" {
		t.Fatalf("filter = %q, want dahl", tt.m.filter)
	}
}

func TestPickerFiltersBySpeaker(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("s")
	if tt.m.overlay != pickerOverlay || !strings.Contains(tt.screen(), "Filter by speaker") {
		t.Fatalf("s did not open the picker:\n%s", tt.screen())
	}
	tt.typeText("dahl")
	tt.press("enter")
	if tt.m.overlay != noOverlay || tt.m.filter != "dahl" {
		t.Fatalf("overlay %v filter %q", tt.m.overlay, tt.m.filter)
	}
	if got, want := tt.outlineSections(), []int{0, 1, 3, 5}; !reflect.DeepEqual(got, want) {
		t.Fatalf("filtered outline = %v, want %v", got, want)
	}
	for _, it := range tt.m.outline.items[1:] {
		if it.count != 1 {
			t.Errorf("point %d shows %d quotes by Dahl, want 1", it.section, it.count)
		}
	}
	if st := tt.statusLine(); !strings.Contains(st, "speaker: Anja Dahl · 3 quotes in 3 points") {
		t.Fatalf("status = %q", st)
	}
	var shown []int
	for s := range tt.m.doc.firstUnit {
		if tt.m.doc.visible(s) {
			shown = append(shown, s)
		}
	}
	if !reflect.DeepEqual(shown, []int{0, 1, 3, 5}) {
		t.Fatalf("document shows sections %v", shown)
	}
	if strings.Contains(tt.allDocText(), "Farmers push back") {
		t.Fatal("the filtered document still shows point 2")
	}
	// a point the speaker is not quoted in cannot be jumped to
	tt.press("2")
	if !tt.m.status.isError {
		t.Fatal("2 while filtered to Dahl should report an error")
	}
	tt.press("esc")
	if tt.m.filter != "" || len(tt.outlineSections()) != 6 {
		t.Fatalf("esc: filter %q outline %v", tt.m.filter, tt.outlineSections())
	}
}

func TestPickerMatchesAliases(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("s")
	tt.typeText("union")
	if len(tt.m.picker.matches) == 0 || tt.m.picker.matches[0].item.id != "farmers" {
		t.Fatalf("union matched %+v", tt.m.picker.matches)
	}
	tt.press("esc")
	if tt.m.overlay != noOverlay || tt.m.filter != "" {
		t.Fatalf("esc in picker: overlay %v filter %q", tt.m.overlay, tt.m.filter)
	}
	tt.press("s")
	tt.typeText("zzzz")
	tt.press("enter")
	if tt.m.overlay != pickerOverlay || tt.m.filter != "" {
		t.Fatal("enter with no match must not filter or close")
	}
}

// TestPickerMatchesAsLookup checks that the picker lists exactly the
// speakers model.MatchSpeakers finds (the matching --speaker uses), best
// first: surnames, role words, prefixes, any case.
func TestPickerMatchesAsLookup(t *testing.T) {
	b := fixture()
	for _, q := range []string{"governor", "MINISTER", "okafor", "lowm", "ch", "an", "valley council"} {
		tt := newTester(t, b, 120, 35)
		tt.press("s")
		tt.typeText(q)
		var got, want []string
		for _, m := range tt.m.picker.matches {
			got = append(got, m.item.id)
		}
		for _, m := range b.MatchSpeakers(q) {
			want = append(want, m.Speaker.ID)
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("picker %q lists %v, want %v", q, got, want)
		}
	}
}

func TestFilterHighlightsAndDimsQuotes(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	st := tt.m.st
	sgr := func(s lipgloss.Style) string { return strings.SplitN(s.Render("x"), "x", 2)[0] }
	line := func(word string) docLine {
		for _, l := range tt.m.doc.allLines() {
			if strings.Contains(l.plain, word) {
				return l
			}
		}
		t.Fatalf("no line with %q", word)
		return docLine{}
	}
	dahl, reyk := line("is not a treaty"), line("keep the")
	if s := styleLine(dahl, st, overlay{}); !strings.Contains(s, sgr(st.Quote)) {
		t.Fatalf("unfiltered quote lacks the quote style: %q", s)
	}
	tt.m.filter = "dahl"
	if s := styleLine(dahl, st, overlay{filter: "dahl"}); !strings.Contains(s, sgr(st.QuoteHighlight)) {
		t.Fatalf("Dahl's quote is not highlighted: %q", s)
	}
	if s := styleLine(reyk, st, overlay{filter: "dahl"}); !strings.Contains(s, sgr(st.QuoteDim)) || strings.Contains(s, sgr(st.QuoteHighlight)) {
		t.Fatalf("Reyk's quote is not dimmed: %q", s)
	}
}

func TestSpeakerNamesEmphasised(t *testing.T) {
	b := fixture()
	ix := newDocIndex(&b)
	ref := func(s, bl int) blockRef { return blockRef{s, bl} }
	// "the minister said": content's cue is the name span, exactly
	d := newDisplay(&b, ref(1, 2), b.Sections[0].Blocks[2], ix, "dark")
	if !hasSpan(d, spanName, "the minister") || hasSpan(d, spanName, "Dahl") {
		t.Fatalf("the cue is not the name span: %+v in %q", d.spans, d.text)
	}
	// the unnamed spokesperson's quote gets no name
	d = newDisplay(&b, ref(3, 2), b.Sections[2].Blocks[2], ix, "dark")
	if hasSpan(d, spanName, "") || !hasSpan(d, spanQuote, "overdue") {
		t.Fatalf("unattributed quote: %+v in %q", d.spans, d.text)
	}
	// a transcript turn: the label names the speaker, and its words are
	// a turn, not a styled quote
	d = newDisplay(&b, ref(4, 0), b.Sections[3].Blocks[0], ix, "dark")
	if !strings.HasPrefix(d.text, "OKAFOR-LIND: ") || !hasSpan(d, spanName, "OKAFOR-LIND") || !hasSpan(d, spanTurn, "") || hasSpan(d, spanQuote, "") {
		t.Fatalf("turn label: %+v in %q", d.spans, d.text)
	}
	// the display never has words the block has not
	for n := 0; n <= len(b.Sections); n++ {
		for i, bl := range b.Blocks(n) {
			if d := newDisplay(&b, ref(n, i), bl, ix, "dark"); bl.Label == "" && d.text[d.lead:] != bl.Text {
				t.Errorf("display of %q is %q", bl.Text, d.text)
			}
		}
	}
}

// TestTagsNotInserted checks that a quote whose cue does not name its
// speaker ("he") gets brief's annotation under its block, not words in its
// text, and that the annotation can be hidden.
func TestTagsNotInserted(t *testing.T) {
	b := buildBriefing("", nil, []model.Speaker{{ID: "r", Name: "Tomas Reyk", Aliases: []string{"Reyk"}}},
		[][]fxBlock{{
			para("Reyk spoke first about the dam."),
			para("“Nothing will change,” he told the farmers.", qc("Nothing will change,", "r", "he")),
		}})
	ix := newDocIndex(&b)
	if got := ix.tags[blockRef{0, 1}]; len(got) != 1 || got[0] != "r" {
		t.Fatalf("tags %v", got)
	}
	d := newDisplay(&b, blockRef{0, 1}, b.Intro[1], ix, "dark")
	if d.text != b.Intro[1].Text {
		t.Fatalf("display %q differs from the text", d.text)
	}
	tt := newTester(t, b, 100, 20)
	if !strings.Contains(tt.screen(), "◂ Tomas Reyk") {
		t.Fatalf("no tag in the view:\n%s", tt.screen())
	}
	tt.press("t")
	if strings.Contains(tt.screen(), "Tomas Reyk") {
		t.Fatalf("the tag stays after t:\n%s", tt.screen())
	}
	var out strings.Builder
	if err := Print(&out, b, 80, "notty"); err != nil || strings.Contains(out.String(), "Tomas Reyk") {
		t.Fatalf("print added the speaker's name (%v):\n%s", err, out.String())
	}
	out.Reset()
	if err := Print(&out, b, 80, "notty", WithTags()); err != nil || !strings.Contains(out.String(), "[brief: Tomas Reyk]") {
		t.Fatalf("print with tags (%v):\n%s", err, out.String())
	}
}

func hasSpan(d display, k spanKind, text string) bool {
	for _, s := range d.spans {
		if s.kind == k && (text == "" || d.text[s.start:s.end] == text) {
			return true
		}
	}
	return false
}

func TestSearchFindsAndWraps(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("/")
	tt.typeText("ceasefire")
	if !tt.m.searching || tt.m.doc.search.total() != 6 {
		t.Fatalf("incremental search: searching %v, %d matches", tt.m.searching, tt.m.doc.search.total())
	}
	tt.press("enter")
	if st := tt.statusLine(); !strings.Contains(st, "match 1/6") {
		t.Fatalf("status = %q", st)
	}
	// the current match is on screen
	cur := tt.m.doc.search.currentLine(tt.m.doc)
	if cur < tt.m.doc.offset || cur >= tt.m.doc.offset+tt.m.doc.height {
		t.Fatalf("current match on line %d, pane shows %d+%d", cur, tt.m.doc.offset, tt.m.doc.height)
	}
	tt.press("n")
	if !strings.Contains(tt.statusLine(), "match 2/6") {
		t.Fatalf("n: %q", tt.statusLine())
	}
	tt.press("N", "N")
	if !strings.Contains(tt.statusLine(), "match 6/6") {
		t.Fatalf("N N wraps to the last: %q", tt.statusLine())
	}
	tt.press("n")
	if !strings.Contains(tt.statusLine(), "match 1/6") {
		t.Fatalf("n wraps to the first: %q", tt.statusLine())
	}
	tt.press("esc")
	if tt.m.doc.search.active() || strings.Contains(tt.statusLine(), "match") {
		t.Fatal("esc did not clear the search")
	}
}

func TestSearchSmartCase(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("/")
	tt.typeText("reyk")
	lower := tt.m.doc.search.total()
	tt.press("esc", "/")
	tt.typeText("REYK")
	upper := tt.m.doc.search.total()
	tt.press("esc", "/")
	tt.typeText("Reyk")
	exact := tt.m.doc.search.total()
	if lower == 0 || upper != 0 || exact == 0 || exact > lower {
		t.Fatalf("reyk %d, REYK %d, Reyk %d", lower, upper, exact)
	}
	tt.press("enter")
	tt.press("esc")
	tt.press("/")
	tt.typeText("nothing like this")
	tt.press("enter")
	if !strings.Contains(tt.statusLine(), "no match") {
		t.Fatalf("status = %q", tt.statusLine())
	}
}

func TestSearchComposesWithFilter(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("s")
	tt.typeText("dahl")
	tt.press("enter", "/")
	tt.typeText("ceasefire")
	tt.press("enter")
	// point 2 (two matches) and the headings are hidden or shown with the filter
	if n := tt.m.doc.search.total(); n != 5 {
		t.Fatalf("filtered search: %d matches, want 5", n)
	}
	st := tt.statusLine()
	if !strings.Contains(st, "speaker: Anja Dahl") || !strings.Contains(st, "match 1/5") {
		t.Fatalf("status = %q", st)
	}
	tt.press("esc") // clears the search first
	if tt.m.doc.search.active() || tt.m.filter != "dahl" {
		t.Fatal("first esc must clear the search and keep the filter")
	}
	tt.press("esc")
	if tt.m.filter != "" {
		t.Fatal("second esc must clear the filter")
	}
}

func TestQuotesViewJumpsToQuote(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press(`"`)
	if tt.m.overlay != quotesOverlay || len(tt.m.quotes.quotes) != len(tt.m.b.Quotes) {
		t.Fatalf("quotes view: overlay %v, %d quotes", tt.m.overlay, len(tt.m.quotes.quotes))
	}
	if s := tt.screen(); !strings.Contains(s, "— Tomas Reyk · 1. A truce over the Lowmere dam") {
		t.Fatalf("quotes view lacks speaker and point:\n%s", s)
	}
	tt.press("G", "k", "enter") // the second-to-last quote: Reyk in point 5
	want := len(tt.m.b.Quotes) - 2
	if tt.m.overlay != noOverlay || tt.m.focus != documentPane {
		t.Fatalf("after enter: overlay %v focus %v", tt.m.overlay, tt.m.focus)
	}
	line, _ := tt.m.doc.quoteLine(want)
	if line < tt.m.doc.offset || line >= tt.m.doc.offset+tt.m.doc.height {
		t.Fatalf("quote on line %d not in view %d+%d", line, tt.m.doc.offset, tt.m.doc.height)
	}
	if !strings.Contains(tt.docText(), "If the rain comes") {
		t.Fatalf("quote not visible:\n%s", tt.docText())
	}
}

func TestQuotesViewFollowsFilter(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("s")
	tt.typeText("okafor")
	tt.press("enter", `"`)
	if got := len(tt.m.quotes.quotes); got != 2 {
		t.Fatalf("quotes by Okafor-Lind: %d, want 2", got)
	}
	if !strings.Contains(tt.screen(), "Quotes by Peter Okafor-Lind") {
		t.Fatalf("title missing:\n%s", tt.screen())
	}
	tt.press("esc")
	if tt.m.overlay != noOverlay || tt.m.filter != "okafor" {
		t.Fatal("esc closes the quotes view before touching the filter")
	}
}

func TestAsidesToggle(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	const aside = "sluices decide"
	if !strings.Contains(tt.allDocText(), aside) {
		t.Fatal("aside not shown at start")
	}
	tt.press("e")
	if strings.Contains(tt.allDocText(), aside) {
		t.Fatal("e did not hide asides")
	}
	tt.press("e")
	if !strings.Contains(tt.allDocText(), aside) {
		t.Fatal("e did not show asides again")
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		tt := newTester(t, fixture(), 80, 24)
		tt.press(k)
		if !tt.quit {
			t.Fatalf("%s did not quit", k)
		}
	}
	// q is text in the picker; ctrl+c still quits
	tt := newTester(t, fixture(), 80, 24)
	tt.press("s", "q")
	if tt.quit || tt.m.picker.input.Value() != "q" {
		t.Fatal("q in the picker must be typed")
	}
	tt.press("ctrl+c")
	if !tt.quit {
		t.Fatal("ctrl+c in the picker did not quit")
	}
}

func TestHelpOverlay(t *testing.T) {
	tt := newTester(t, fixture(), 120, 35)
	tt.press("?")
	s := tt.screen()
	for _, want := range []string{"Keys", "next point", "pick a speaker", "show/hide asides"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	tt.press("?")
	if tt.m.overlay != noOverlay {
		t.Fatal("? did not close help")
	}
}

func TestNarrowShowsFocusedPaneOnly(t *testing.T) {
	tt := newTester(t, fixture(), 60, 20)
	if s := tt.screen(); strings.Contains(s, "Talking points") || strings.Contains(s, "Speakers") {
		t.Fatalf("narrow view shows side panes:\n%s", s)
	}
	tt.press("tab")
	if s := tt.screen(); !strings.Contains(s, "Speakers") || !strings.Contains(s, "Tomas Reyk") {
		t.Fatalf("tab in narrow view did not show speakers:\n%s", s)
	}
	tt.press("tab")
	if s := tt.screen(); !strings.Contains(s, "Talking points") {
		t.Fatalf("second tab did not show the outline:\n%s", s)
	}
	tt.press("j", "j", "enter")
	if tt.m.focus != documentPane || tt.m.doc.currentSection() != 2 {
		t.Fatalf("enter in narrow outline: focus %v section %d", tt.m.focus, tt.m.doc.currentSection())
	}
}

// TestMediumKeepsTheReadingColumn checks that from 80 to 119 columns
// the document keeps a reading column of minReadCols: the outline is a
// rail of point numbers, and the focused side pane opens as a drawer over
// the document without reflowing it.
func TestMediumKeepsTheReadingColumn(t *testing.T) {
	for _, w := range []int{80, 90, 100, 119} {
		tt := newTester(t, fixture(), w, 30)
		read := tt.m.doc.key.width
		if read < minReadCols {
			t.Fatalf("%d columns: reading width %d", w, read)
		}
		s := tt.screen()
		if strings.Contains(s, "Speakers") {
			t.Fatalf("%d columns: the speakers show without focus:\n%s", w, s)
		}
		for n := 1; n <= 5; n++ {
			if !strings.Contains(s, fmt.Sprintf(" %d ", n)) && !strings.Contains(s, fmt.Sprintf(" %d. ", n)) {
				t.Fatalf("%d columns: point %d not in the outline:\n%s", w, n, s)
			}
		}
		tt.press("tab")
		s = tt.screen()
		if !strings.Contains(s, "Speakers") || !strings.Contains(s, "Tomas Reyk") || tt.m.doc.key.width != read {
			t.Fatalf("%d columns, speakers focused (reading width %d):\n%s", w, tt.m.doc.key.width, s)
		}
		tt.press("tab")
		s = tt.screen()
		if !strings.Contains(s, "Talking points") || !strings.Contains(s, "1. A truce over the Lowmere dam") || tt.m.doc.key.width != read {
			t.Fatalf("%d columns, outline focused (reading width %d):\n%s", w, tt.m.doc.key.width, s)
		}
		// a drawer closes on enter, so that the reader sees the point; an
		// outline beside the document keeps the focus
		want := outlinePane
		if layout(w, 30, outlinePane, tt.m.wants).drawer == outlinePane {
			want = documentPane
		}
		tt.press("j", "j", "enter")
		if tt.m.focus != want || tt.m.doc.currentSection() != 2 {
			t.Fatalf("%d columns: enter in the outline: focus %v, point %d", w, tt.m.focus, tt.m.doc.currentSection())
		}
	}
}
