package ui

import (
	"errors"
	"fmt"
	"hash/fnv"
	"image/color"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// memPlaces keeps places in memory, as store.Places does on disk.
type memPlaces struct {
	mu     sync.Mutex
	places map[string]model.Place
	hashes map[string]string
	open   map[string]string
	fail   error // every Put fails with it
}

func newMemPlaces() *memPlaces {
	return &memPlaces{places: map[string]model.Place{}, hashes: map[string]string{}, open: map[string]string{}}
}

func (p *memPlaces) Get(id, hash string) (model.Place, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pl, ok := p.places[id]
	if ok && p.hashes[id] != hash {
		return model.Place{Section: pl.Section, Quote: -1}, true
	}
	return pl, ok
}

func (p *memPlaces) Put(id, hash string, pl model.Place) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return p.fail
	}
	p.places[id], p.hashes[id] = pl, hash
	return nil
}

func (p *memPlaces) Progress(id string) model.Progress {
	p.mu.Lock()
	defer p.mu.Unlock()
	pl, ok := p.places[id]
	switch {
	case !ok:
		return model.Unread
	case pl.Done:
		return model.Read
	}
	return model.Started
}

func (p *memPlaces) Shelf(key string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.open[key]
}

func (p *memPlaces) PutShelf(key, id string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return p.fail
	}
	p.open[key] = id
	return nil
}

// day is three invented briefings: Tomas Reyk is quoted in the first and
// the third, Anja Dahl in the first and the second.
func day() map[string]model.Briefing {
	reyk := model.Speaker{ID: "reyk", Name: "Tomas Reyk", Role: "Governor", Aliases: []string{"Reyk"}}
	dahl := model.Speaker{ID: "anja-dahl", Name: "Anja Dahl", Role: "Water Minister", Aliases: []string{"Dahl"}}
	return map[string]model.Briefing{
		"a.txt": fixture(),
		"b.txt": buildBriefing("Dam budget agreed", []string{"Money for the sluices", "A review in spring"},
			[]model.Speaker{dahl},
			[][]fxBlock{{para("The budget passed.")},
				{para("“The sluices come first,” Dahl said.", qt("The sluices come first,", "anja-dahl"))},
				{para("A review follows in spring. See https://example.org/review and file:///etc/passwd.")}}),
		"c.txt": buildBriefing("Storm on the valley", []string{"Sandbags", "Schools", "Roads"},
			[]model.Speaker{reyk},
			[][]fxBlock{{para("A storm is coming.")},
				{para("“Fill them today,” Reyk said.", qt("Fill them today,", "reyk"))},
				{para("Schools stay open.")},
				{para("“Stay off the dam road,” Reyk said.", qt("Stay off the dam road,", "reyk"))}}),
	}
}

// sameNameVoices matches speakers by display name: enough for the shelf's
// tests (content.Voices does the real matching).
func sameNameVoices(bs []*model.Briefing) []model.Voice {
	var out []model.Voice
	at := map[string]int{}
	for i, b := range bs {
		if b == nil {
			continue
		}
		counts := b.QuoteCounts()
		for _, s := range b.Speakers {
			k, ok := at[s.Name]
			if !ok {
				k = len(out)
				at[s.Name] = k
				out = append(out, model.Voice{Name: s.Name, Role: s.Role})
			}
			out[k].In = append(out[k].In, model.Appearance{Briefing: i, Speaker: s.ID, Quotes: counts[s.ID]})
		}
	}
	return out
}

// appTester drives an App as the runtime would, recording what was
// loaded, copied and opened.
type appTester struct {
	t      *testing.T
	a      App
	docs   map[string]model.Briefing
	loads  []string
	clips  []string
	opened []string
	quit   bool
	mu     sync.Mutex
}

func newAppTester(t *testing.T, s Shelf, docs map[string]model.Briefing, w, h int) *appTester {
	t.Helper()
	at := &appTester{t: t, docs: docs}
	if s.Load == nil {
		s.Load = func(path string) (model.Briefing, string, error) {
			at.mu.Lock()
			at.loads = append(at.loads, path)
			at.mu.Unlock()
			b, ok := at.docs[path]
			if !ok {
				return model.Briefing{}, "", errors.New(path + ": no such file")
			}
			b.Source = path
			h := fnv.New64a()
			for _, sec := range b.Sections {
				h.Write([]byte(sec.Heading))
			}
			return b, fmt.Sprintf("%x-%d", h.Sum64(), len(b.Quotes)), nil
		}
	}
	if s.Voices == nil {
		s.Voices = sameNameVoices
	}
	s.Open = func(link string) error { at.opened = append(at.opened, link); return nil }
	at.a = NewApp(s, Options{Style: "dark"})
	at.a.after = nil
	at.run(at.a.Init(), 0)
	at.send(tea.WindowSizeMsg{Width: w, Height: h})
	return at
}

func (at *appTester) send(msg tea.Msg) {
	at.t.Helper()
	m, cmd := at.a.Update(msg)
	at.a = m.(App)
	at.run(cmd, 0)
}

func (at *appTester) run(cmd tea.Cmd, depth int) {
	at.t.Helper()
	if cmd == nil || depth > 40 {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		at.t.Fatal("a command did not return")
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			at.run(c, depth+1)
		}
	case tea.QuitMsg:
		at.quit = true
	default:
		// the clipboard's message is Bubble Tea's own: read it by its text
		if t := fmt.Sprintf("%T", msg); strings.HasSuffix(t, "setClipboardMsg") {
			at.clips = append(at.clips, fmt.Sprint(msg))
			return
		}
		if strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.") {
			return // other runtime messages (background colour, exec)
		}
		m, next := at.a.Update(msg)
		at.a = m.(App)
		at.run(next, depth+1)
	}
}

func (at *appTester) press(keys ...string) {
	at.t.Helper()
	for _, k := range keys {
		at.send(keyMsg(k))
	}
}

func (at *appTester) typeText(s string) {
	at.t.Helper()
	for _, r := range s {
		at.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (at *appTester) screen() string { return ansi.Strip(at.a.View().Content) }

func (at *appTester) statusLine() string {
	lines := strings.Split(at.screen(), "\n")
	return lines[len(lines)-1]
}

func shelfOf(library bool, places Places, paths ...string) Shelf {
	s := Shelf{Library: library, Key: "day", Places: places, Workers: 1}
	for _, p := range paths {
		s.Docs = append(s.Docs, Doc{Path: p, ID: "/" + p})
	}
	return s
}

func TestLibraryListsOpensAndGoesBack(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), day(), 120, 30)
	scr := at.screen()
	for _, want := range []string{"Library · 3 briefings", "Valley water talks end in a truce", "Dam budget agreed", "Storm on the valley", "5 pts", "2 pts"} {
		if !strings.Contains(scr, want) {
			t.Errorf("library lacks %q:\n%s", want, scr)
		}
	}
	checkSize(t, at.a.View().Content, 120, 30)
	at.press("j", "enter")
	if !at.a.reading || at.a.open != 1 || !strings.Contains(at.screen(), "Money for the sluices") {
		t.Fatalf("enter did not open the second briefing:\n%s", at.screen())
	}
	at.press("}")
	if at.a.open != 2 {
		t.Errorf("} opened entry %d, want 2", at.a.open)
	}
	at.press("}")
	if at.a.open != 2 || !strings.Contains(at.statusLine(), "last briefing") {
		t.Errorf("} past the last: open %d, status %q", at.a.open, at.statusLine())
	}
	at.press("{", "{")
	if at.a.open != 0 {
		t.Errorf("{ { opened entry %d, want 0", at.a.open)
	}
	at.press(":")
	at.typeText("n")
	at.press("enter")
	if at.a.open != 1 {
		t.Errorf(":n opened entry %d, want 1", at.a.open)
	}
	at.press(":")
	at.typeText("p")
	at.press("enter")
	if at.a.open != 0 {
		t.Errorf(":p opened entry %d, want 0", at.a.open)
	}
	at.press("esc")
	if at.a.reading || !strings.Contains(at.screen(), "Library") {
		t.Errorf("esc did not go back to the library")
	}
	// what was opened shows as started
	if at.a.entries[0].progress != model.Started || at.a.entries[1].progress != model.Started {
		t.Errorf("progress = %v %v", at.a.entries[0].progress, at.a.entries[1].progress)
	}
	at.press("q")
	if !at.quit {
		t.Error("q did not quit the library")
	}
}

func TestLibraryParsesNearestFirst(t *testing.T) {
	docs := map[string]model.Briefing{}
	var paths []string
	for i := range 9 {
		p := fmt.Sprintf("%d.txt", i)
		docs[p] = fixture()
		paths = append(paths, p)
	}
	places := newMemPlaces()
	places.open["day"] = "/6.txt" // the library was left reading 6.txt
	at := newAppTester(t, shelfOf(true, places, paths...), docs, 100, 30)
	want := []string{"6.txt", "7.txt", "5.txt", "8.txt", "4.txt", "3.txt", "2.txt", "1.txt", "0.txt"}
	if strings.Join(at.loads, " ") != strings.Join(want, " ") {
		t.Errorf("parse order %q, want %q", at.loads, want)
	}
	if !at.a.reading || at.a.open != 6 {
		t.Errorf("the briefing left open did not reopen: reading %v, open %d", at.a.reading, at.a.open)
	}
}

func TestLibraryFilterBySpeakerAndQuotesAcross(t *testing.T) {
	places := newMemPlaces()
	at := newAppTester(t, shelfOf(true, places, "a.txt", "b.txt", "c.txt"), day(), 120, 30)
	at.press("/")
	at.typeText("reyk")
	at.press("enter")
	scr := at.screen()
	if strings.Contains(scr, "Dam budget agreed") || !strings.Contains(scr, "Storm on the valley") {
		t.Fatalf("filter by a speaker kept the wrong briefings:\n%s", scr)
	}
	if !strings.Contains(scr, "2 quotes") {
		t.Errorf("rows do not count the speaker's quotes:\n%s", scr)
	}
	at.press("A")
	scr = at.screen()
	if !at.a.acrossOpen || !strings.Contains(scr, "Tomas Reyk · 5 quotes in 2 briefings") || !strings.Contains(scr, "Fill them today") || !strings.Contains(scr, "We will keep the sluices open") {
		t.Fatalf("quotes across briefings:\n%s", scr)
	}
	at.press("esc", "enter")
	if !at.a.reading || at.a.reader.filter != "reyk" {
		t.Errorf("a briefing opened from a list filtered by Reyk: reading %v, filter %q", at.a.reading, at.a.reader.filter)
	}
	at.press("esc", "esc", "esc")
	if at.a.acrossOpen || at.a.lib.query != "" {
		t.Errorf("esc did not close the quotes and clear the filter")
	}
}

// TestQuotesAcrossWrapInFull checks that the quotes across briefings are
// shown whole, wrapped, as the quotes view of one briefing shows them,
// and that a quote before the first talking point says "intro".
func TestQuotesAcrossWrapInFull(t *testing.T) {
	docs := day()
	long := "We will keep the sluices open all winter, and every farmer on the lower valley will have the water the agreement promised, week by week"
	c := docs["c.txt"]
	c.Quotes = append([]model.Quote(nil), c.Quotes...)
	c.Quotes[0].Text = long
	c.Quotes[0].Section = 0
	docs["c.txt"] = c
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), docs, 80, 24)
	at.press("/")
	at.typeText("reyk")
	at.press("enter", "A")
	if !at.a.acrossOpen {
		t.Fatalf("A did not open the quotes across briefings:\n%s", at.screen())
	}
	checkSize(t, at.a.View().Content, 80, 24)
	for range 5 {
		if strings.Contains(strings.Join(strings.Fields(boxText(at.screen())), " "), long) {
			break
		}
		at.press("j")
	}
	scr := at.screen()
	if !strings.Contains(strings.Join(strings.Fields(boxText(scr)), " "), long) {
		t.Errorf("the long quote is not shown whole:\n%s", scr)
	}
	if !strings.Contains(scr, "Storm on the valley · intro") {
		t.Errorf("the quote before the first point does not say intro:\n%s", scr)
	}
}

func TestReaderQuotesAcrossJumpAndReopen(t *testing.T) {
	places := newMemPlaces()
	at := newAppTester(t, shelfOf(true, places, "a.txt", "b.txt", "c.txt"), day(), 120, 30)
	at.press("j", "j", "enter") // the storm briefing
	at.press("A")
	if at.a.acrossOpen || !strings.Contains(at.statusLine(), "filter by a speaker first") {
		t.Fatalf("a without a filter: %q", at.statusLine())
	}
	at.press("s")
	at.typeText("reyk")
	at.press("enter")
	if at.a.reader.filter != "reyk" {
		t.Fatalf("filter = %q", at.a.reader.filter)
	}
	at.press("A")
	if !at.a.acrossOpen || len(at.a.across.items) != 5 {
		t.Fatalf("across: open %v, %d items", at.a.acrossOpen, len(at.a.across.items))
	}
	// the cursor starts on the other briefing's first quote
	it := at.a.across.items[at.a.across.list.cursor]
	if it.entry != 0 {
		t.Fatalf("cursor on entry %d, want 0", it.entry)
	}
	at.press("j", "enter")
	want := at.a.across.items[1]
	if at.a.acrossOpen || at.a.open != 0 || at.a.reader.filter != "reyk" || at.a.reader.doc.anchor.quote != want.quote {
		t.Fatalf("jump: open %d filter %q anchor %d, want entry 0 quote %d", at.a.open, at.a.reader.filter, at.a.reader.doc.anchor.quote, want.quote)
	}
	q := day()["a.txt"].Quotes[want.quote].Text
	if !strings.Contains(at.screen(), q[:20]) {
		t.Errorf("the quote %q is not on screen:\n%s", q, at.screen())
	}
	at.press("q")
	at.a.saveNow()
	// a new run on the same shelf reopens there
	at2 := newAppTester(t, shelfOf(true, places, "a.txt", "b.txt", "c.txt"), day(), 120, 30)
	if !at2.a.reading || at2.a.open != 0 || at2.a.reader.filter != "reyk" || at2.a.reader.doc.anchor.quote != want.quote {
		t.Errorf("reopened: reading %v open %d filter %q quote %d", at2.a.reading, at2.a.open, at2.a.reader.filter, at2.a.reader.doc.anchor.quote)
	}
}

func TestPlaceSurvivesSwitching(t *testing.T) {
	places := newMemPlaces()
	at := newAppTester(t, shelfOf(true, places, "a.txt", "b.txt", "c.txt"), day(), 120, 30)
	at.press("enter", "4", "e")
	at.press("}", "{")
	r := at.a.reader
	if r.doc.currentSection() != 4 || r.doc.showAsides {
		t.Errorf("back in the first briefing at point %d, asides %v; want point 4, asides hidden", r.doc.currentSection(), r.doc.showAsides)
	}
}

func TestSingleDocumentHasNoLibrary(t *testing.T) {
	at := newAppTester(t, shelfOf(false, newMemPlaces(), "a.txt"), day(), 100, 30)
	if !at.a.reading || at.a.open != 0 {
		t.Fatal("a single document did not open at once")
	}
	at.press("esc", "}")
	if !at.a.reading || at.a.open != 0 {
		t.Error("esc or } left the single document")
	}
}

func TestReloadKeepsPlaceAndMarksNewPoints(t *testing.T) {
	docs := day()
	at := newAppTester(t, shelfOf(false, newMemPlaces(), "c.txt"), docs, 100, 30)
	at.press("2", "j")
	before := at.a.reader.doc.offset
	top := at.a.reader.doc.currentSection()
	b := docs["c.txt"]
	b.Sections = append(b.Sections, model.Section{Number: 4, Heading: "Power cuts", Blocks: []model.Block{{Text: "Expect cuts."}}})
	docs["c.txt"] = b
	at.send(changedMsg{id: "/c.txt"})
	r := at.a.reader
	if len(r.b.Sections) != 4 || !r.fresh[4] || len(r.fresh) != 1 {
		t.Fatalf("after the reload: %d points, fresh %v", len(r.b.Sections), r.fresh)
	}
	if r.doc.offset != before || r.doc.currentSection() != top {
		t.Errorf("position moved: offset %d→%d, point %d→%d", before, r.doc.offset, top, r.doc.currentSection())
	}
	if !strings.Contains(at.screen(), "+ 4. Power cuts") || !strings.Contains(at.statusLine(), "1 point new") {
		t.Errorf("new point not marked:\n%s", at.screen())
	}
	at.press("4")
	if len(at.a.reader.fresh) != 0 {
		t.Errorf("visiting the point left it marked: %v", at.a.reader.fresh)
	}
	// r with nothing changed says so
	at.press("r")
	if !strings.Contains(at.statusLine(), "no change on disk") {
		t.Errorf("r: %q", at.statusLine())
	}
}

func TestCopyAndOpen(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt"), day(), 120, 30)
	at.press("enter", "1", "y")
	want := "“We will keep the sluices open through the dry months” — Tomas Reyk, Governor of Lowmere, Valley water talks end in a truce"
	if len(at.clips) != 1 || at.clips[0] != want {
		t.Errorf("y copied %q, want %q", at.clips, want)
	}
	at.press("Y")
	if len(at.clips) != 2 || !strings.HasPrefix(at.clips[1], "## 1. A truce over the Lowmere dam\n\n") || !strings.Contains(at.clips[1], "“A truce is not a treaty,”") {
		t.Errorf("Y copied %q", at.clips[len(at.clips)-1])
	}
	at.press("o")
	if len(at.opened) != 0 || !strings.Contains(at.statusLine(), "no link") {
		t.Errorf("o on a point without links: %q %q", at.opened, at.statusLine())
	}
	at.press("}", "2", "o", "o")
	// only the web link: file: is never handed to the opener
	if strings.Join(at.opened, " ") != "https://example.org/review https://example.org/review" {
		t.Errorf("opened %q", at.opened)
	}
	at.press("v")
	if !strings.Contains(at.statusLine(), "no editor") {
		t.Errorf("v without an editor: %q", at.statusLine())
	}
}

func TestPlacesThatCannotBeSavedAreAWarning(t *testing.T) {
	places := newMemPlaces()
	places.fail = errors.New("read-only file system")
	s := shelfOf(true, places, "a.txt", "b.txt")
	s.Warning = "places.json is corrupt: places start afresh"
	at := newAppTester(t, s, day(), 100, 30)
	if !strings.Contains(at.statusLine(), "corrupt") {
		t.Errorf("the warning is not shown: %q", at.statusLine())
	}
	at.press("enter", "}")
	if !at.a.reading || !strings.Contains(at.statusLine(), "places not saved: read-only") {
		t.Errorf("a failed save: reading %v, status %q", at.a.reading, at.statusLine())
	}
}

// TestWarningShowsWhenABriefingOpensAtStart checks that the warning about
// places that could not be read reaches the screen when the reader opens
// at once (one file, or a library reopening the briefing left open),
// where the library's own status line is never drawn.
func TestWarningShowsWhenABriefingOpensAtStart(t *testing.T) {
	for _, library := range []bool{false, true} {
		places := newMemPlaces()
		s := shelfOf(library, places, "a.txt", "b.txt")
		if library {
			places.open[s.Key] = s.Docs[1].ID
		}
		s.Warning = "places.json is corrupt: places start afresh"
		at := newAppTester(t, s, day(), 100, 30)
		if !at.a.reading {
			t.Fatalf("library %v: the reader did not open at start", library)
		}
		if !strings.Contains(at.statusLine(), "corrupt") {
			t.Errorf("library %v: the warning is not shown: %q", library, at.statusLine())
		}
		at.press("j")
		if strings.Contains(at.statusLine(), "corrupt") {
			t.Errorf("library %v: the warning outlives a key: %q", library, at.statusLine())
		}
	}
}

func TestUnreadableEntryShowsAnError(t *testing.T) {
	at := newAppTester(t, shelfOf(true, nil, "a.txt", "gone.txt"), day(), 100, 30)
	if !strings.Contains(at.screen(), "error") {
		t.Errorf("the unreadable entry is not marked:\n%s", at.screen())
	}
	at.press("j", "enter")
	if at.a.reading || !strings.Contains(at.statusLine(), "gone.txt: no such file") {
		t.Errorf("opening it: reading %v, status %q", at.a.reading, at.statusLine())
	}
}

// TestShelfKeysLeaveTheReadersAlone checks that the library's keys in the
// reader take no key the reader binds in its panes — but esc, which goes
// back to the library only when the reader has nothing left to close.
func TestShelfKeysLeaveTheReadersAlone(t *testing.T) {
	k := defaultKeyMap()
	owner := map[string]string{}
	for _, c := range []keyContext{ctxOutline, ctxDocument, ctxSpeakers} {
		for _, g := range k.groups(c) {
			for _, b := range g {
				for _, key := range b.Keys() {
					owner[key] = b.Help().Desc
				}
			}
		}
	}
	for _, b := range defaultShelfKeys().reader() {
		for _, key := range b.Keys() {
			if prev, ok := owner[key]; ok && key != "esc" {
				t.Errorf("%q is both the reader's %q and the library's %q", key, prev, b.Help().Desc)
			}
		}
	}
}

func TestLibraryViewFitsEverySize(t *testing.T) {
	for _, sz := range [][2]int{{120, 35}, {80, 24}, {60, 20}, {40, 10}} {
		at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), day(), sz[0], sz[1])
		checkSize(t, at.a.View().Content, sz[0], sz[1])
		at.press("/")
		at.typeText("dam")
		checkSize(t, at.a.View().Content, sz[0], sz[1])
		at.press("enter", "A")
		checkSize(t, at.a.View().Content, sz[0], sz[1])
	}
}

func TestReloadKeepsSearchAndFilter(t *testing.T) {
	docs := day()
	at := newAppTester(t, shelfOf(false, newMemPlaces(), "a.txt"), docs, 120, 30)
	at.press("s")
	at.typeText("dahl")
	at.press("enter", "/")
	at.typeText("ceasefire")
	at.press("enter")
	before := at.a.reader.doc.search.total()
	if before == 0 || at.a.reader.filter != "dahl" {
		t.Fatalf("setup: %d matches, filter %q", before, at.a.reader.filter)
	}
	b := docs["a.txt"]
	b.Sections = append([]model.Section(nil), b.Sections...) // a new parse: its own sections
	b.Sections[1].Heading += " (updated)"
	docs["a.txt"] = b
	at.press("r")
	r := at.a.reader
	if r.b.Sections[1].Heading != b.Sections[1].Heading {
		t.Fatal("r did not reload")
	}
	if r.filter != "dahl" || r.doc.search.query != "ceasefire" || r.doc.search.total() != before {
		t.Errorf("after the reload: filter %q, search %q with %d matches (was %d)", r.filter, r.doc.search.query, r.doc.search.total(), before)
	}
	if !r.fresh[2] || len(r.fresh) != 1 {
		t.Errorf("the changed point is not the one marked: %v", r.fresh)
	}
}

func TestLibraryHelpAndMouse(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), day(), 100, 30)
	at.press("?")
	if scr := at.screen(); !strings.Contains(scr, "Library keys") || !strings.Contains(scr, "filter by title, file or speaker") {
		t.Fatalf("? in the library:\n%s", scr)
	}
	checkSize(t, at.a.View().Content, 100, 30)
	at.press("x")
	if at.a.libHelp {
		t.Fatal("a key did not close the help")
	}
	// a click on the third row puts the cursor there; a second opens it
	click := tea.MouseClickMsg{Button: tea.MouseLeft, X: 10, Y: 3}
	at.send(click)
	if at.a.lib.current() != 2 || at.a.reading {
		t.Fatalf("click: cursor on %d, reading %v", at.a.lib.current(), at.a.reading)
	}
	at.send(click)
	if !at.a.reading || at.a.open != 2 {
		t.Errorf("second click: reading %v, open %d", at.a.reading, at.a.open)
	}
}

// TestLibraryHelpScrollsAndQClosesIt checks the library's help on a small
// screen: its last keys are reached by scrolling, and q closes it rather
// than quitting brief, as in the reader's help.
func TestLibraryHelpScrollsAndQClosesIt(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), day(), 40, 12)
	at.press("?")
	checkSize(t, at.a.View().Content, 40, 12)
	last := "reader's keys"
	if strings.Contains(at.screen(), last) || !strings.Contains(at.screen(), "j/k") {
		t.Fatalf("the help fits at 40×12, or says nothing of scrolling:\n%s", at.screen())
	}
	at.press("G")
	if !at.a.libHelp || !strings.Contains(at.screen(), last) {
		t.Fatalf("G did not scroll to the end of the help:\n%s", at.screen())
	}
	checkSize(t, at.a.View().Content, 40, 12)
	at.press("q")
	if at.quit || at.a.libHelp {
		t.Fatalf("q in the library's help: quit %v, help still open %v", at.quit, at.a.libHelp)
	}
}

// TestAFileBackAsItWasClearsTheReloadError checks that when the open file
// goes (an editor saving by rename, a checkout) and comes back unchanged,
// the "not reloaded: no such file" error does not stay on screen.
func TestAFileBackAsItWasClearsTheReloadError(t *testing.T) {
	docs := day()
	s := shelfOf(false, newMemPlaces(), "a.txt")
	at := newAppTester(t, s, docs, 100, 30)
	kept := docs["a.txt"]
	delete(at.docs, "a.txt")
	at.send(changedMsg{id: s.Docs[0].ID})
	if !strings.Contains(at.statusLine(), "not reloaded: a.txt: no such file") {
		t.Fatalf("the file gone: status %q", at.statusLine())
	}
	at.docs["a.txt"] = kept
	at.send(changedMsg{id: s.Docs[0].ID})
	if st := at.statusLine(); strings.Contains(st, "no such file") || !strings.Contains(st, "back, unchanged") {
		t.Errorf("the file back as it was: status %q", st)
	}
}

// TestLibraryUnknownKeySaysWhere checks that a key the library does not
// know says so, with a pointer to help, as it does in the reader; esc with
// no filter to clear passes quietly.
func TestLibraryUnknownKeySaysWhere(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt"), day(), 100, 20)
	at.press("x")
	if st := at.statusLine(); !strings.Contains(st, "x does nothing here · ? for help") {
		t.Errorf("x in the library: status %q", st)
	}
	at = newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt"), day(), 100, 20)
	at.press("esc")
	if st := at.statusLine(); strings.Contains(st, "does nothing") {
		t.Errorf("esc in the library: status %q", st)
	}
}

// TestNextBriefingWithOneOpen: } and { with a single briefing say why
// they do nothing, as :n and :p do, rather than that the key is unknown.
func TestNextBriefingWithOneOpen(t *testing.T) {
	for _, k := range []string{"}", "{"} {
		at := newAppTester(t, shelfOf(false, newMemPlaces(), "a.txt"), day(), 100, 20)
		at.press(k)
		if st := at.statusLine(); !strings.Contains(st, "only one briefing is open") {
			t.Errorf("%s with one briefing: status %q", k, st)
		}
	}
}

func TestSectionLinksTakeTheDocumentsLinks(t *testing.T) {
	b := model.Briefing{Sections: []model.Section{{Number: 1, Heading: "Links", Blocks: []model.Block{{
		Text:    "Read the report and the vote, or https://example.org/plain.",
		Inlines: []model.Inline{{Kind: model.Link, Start: 9, End: 15, URL: "https://example.org/report"}, {Kind: model.Link, Start: 24, End: 28, URL: "javascript:alert(1)"}},
	}}}}}
	got := sectionLinks(&b, 1)
	if strings.Join(got, " ") != "https://example.org/report https://example.org/plain" {
		t.Errorf("links = %q", got)
	}
}

// TestWheelScrollsTheShelfsDialogs checks that the wheel scrolls the quotes
// across briefings and the library's help, not the document under them.
func TestWheelScrollsTheShelfsDialogs(t *testing.T) {
	docs := day()
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt", "c.txt"), docs, 60, 12)
	at.press("enter", "s")
	at.typeText("reyk")
	at.press("enter", "A")
	if !at.a.acrossOpen {
		t.Fatal("setup: the quotes across briefings did not open")
	}
	docAt, before := at.a.reader.doc.offset, at.a.across.list.offset
	wheel := tea.MouseWheelDown
	if before > 0 {
		wheel = tea.MouseWheelUp
	}
	at.send(tea.MouseWheelMsg{Button: wheel, X: 30, Y: 5})
	if at.a.across.list.offset == before || at.a.reader.doc.offset != docAt {
		t.Errorf("the wheel over the quotes across briefings: their offset %d (was %d), the document's %d (was %d)", at.a.across.list.offset, before, at.a.reader.doc.offset, docAt)
	}
	at.press("esc", "esc", "esc")
	if at.a.reading {
		t.Fatalf("esc did not go back to the library")
	}
	at.press("?")
	at.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 30, Y: 5})
	if !at.a.libHelp || at.a.libHelpAt.offset == 0 {
		t.Errorf("the wheel over the library's help: open %v, offset %d", at.a.libHelp, at.a.libHelpAt.offset)
	}
}

// TestLibraryHintFitsTheWidth checks that the library's key hint takes a
// shorter form on a narrow screen rather than being cut mid-word (on
// rows whose titles fit: a cut one puts the row in the status bar).
func TestLibraryHintFitsTheWidth(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "b.txt", "c.txt"), day(), 40, 12)
	if st := at.statusLine(); !strings.Contains(st, "? help · q quit") || strings.Contains(st, "…") {
		t.Errorf("the library's hint at 40 columns: %q", st)
	}
}

// TestNewBriefingInTheFolderIsListed: a document that appears in the
// library's folders is listed after the others and parsed, once however
// often it is reported; while reading, the status bar says so and }
// reaches it.
func TestNewBriefingInTheFolderIsListed(t *testing.T) {
	docs := day()
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt"), docs, 120, 30)
	at.send(addedMsg{doc: Doc{Path: "c.txt", ID: "/c.txt"}})
	scr := at.screen()
	for _, want := range []string{"Library · 3 briefings", "Storm on the valley", "3 pts", "new briefing: c.txt"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after c.txt appeared, the library lacks %q:\n%s", want, scr)
		}
	}
	at.send(addedMsg{doc: Doc{Path: "c.txt", ID: "/c.txt"}})
	if len(at.a.entries) != 3 {
		t.Errorf("c.txt reported twice: %d entries", len(at.a.entries))
	}

	at.press("enter")
	docs["d.txt"] = docs["c.txt"]
	at.send(addedMsg{doc: Doc{Path: "d.txt", ID: "/d.txt"}})
	if !at.a.reading || !strings.Contains(at.statusLine(), "new briefing: d.txt") {
		t.Errorf("while reading: status %q", at.statusLine())
	}
	at.press("}", "}", "}")
	if at.a.open != 3 {
		t.Errorf("} three times reached entry %d, want the new one (3)", at.a.open)
	}
}

// TestLibraryWithoutColourMarksTheCursor: on a terminal without colour
// the library's cursor row is in reverse video, as the reader's is (its
// colour was all that marked it), and with colour it is not.
func TestLibraryWithoutColourMarksTheCursor(t *testing.T) {
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "b.txt"), day(), 100, 20)
	at.send(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	if at.a.st.Cursor.GetReverse() {
		t.Errorf("with colour the cursor row is in reverse video")
	}
	at.send(tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	if !at.a.st.Cursor.GetReverse() {
		t.Errorf("without colour the library's cursor row is not in reverse video")
	}
	at.send(tea.BackgroundColorMsg{Color: color.White})
	if !at.a.st.Cursor.GetReverse() {
		t.Errorf("the background's answer undid the reverse video")
	}
}

// TestLibraryStatusShowsACutRow: at 80 columns the status bar shows the
// row under the cursor when the list cuts its title — file · title —
// and why a file cannot be read; a row shown whole leaves the key hints.
func TestLibraryStatusShowsACutRow(t *testing.T) {
	docs := day()
	long := docs["c.txt"]
	long.Title = "Storm on the valley: a readout of the emergency meeting of the water board"
	docs["long.txt"] = long
	at := newAppTester(t, shelfOf(true, newMemPlaces(), "a.txt", "long.txt", "missing.txt"), docs, 80, 20)
	if st := at.statusLine(); !strings.Contains(st, "enter open") {
		t.Errorf("on a whole row: status %q, want the key hints", st)
	}
	at.press("j")
	if st := at.statusLine(); !strings.Contains(st, "long.txt · Storm on the valley: a readout") || !strings.Contains(st, "? help") {
		t.Errorf("on a cut row: status %q", st)
	}
	at.press("j")
	if st := at.statusLine(); !strings.Contains(st, "missing.txt · no such file") {
		t.Errorf("on a file that failed: status %q", st)
	}
}
