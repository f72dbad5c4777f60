package store

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

func sample() model.Briefing {
	return model.Briefing{Title: "Harbour talks", Source: "a.txt",
		Sections: []model.Section{{Number: 1, Heading: "No deal", Blocks: []model.Block{{Text: "“Not yet,” Varga said.", Quotes: []int{0}}}}},
		Speakers: []model.Speaker{{ID: "varga", Name: "Ilse Varga", Aliases: []string{"Varga"}}},
		Quotes:   []model.Quote{{Text: "Not yet,", Speaker: "varga", Section: 1, Start: 3, End: 11}}}
}

func TestCacheRoundTrip(t *testing.T) {
	c := NewCache(filepath.Join(t.TempDir(), "cache"), "build-1")
	sum := SumOf([]byte("the document"))
	if _, err := c.Get(sum, "a.txt"); err == nil {
		t.Fatal("empty cache hit")
	}
	if err := c.Put(sum, "a.txt", sample()); err != nil {
		t.Fatal(err)
	}
	b, err := c.Get(sum, "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Harbour talks" || len(b.Quotes) != 1 || b.Quotes[0].Speaker != "varga" || b.Sections[0].Blocks[0].Text != sample().Sections[0].Blocks[0].Text {
		t.Errorf("round trip = %+v", b)
	}
	// another extension (another format), another build: other keys
	if _, err := c.Get(sum, "a.md"); err == nil {
		t.Error("hit for another extension")
	}
	if _, err := NewCache(c.Dir(), "build-2").Get(sum, "a.txt"); err == nil {
		t.Error("hit for another build")
	}
}

func TestCacheRejectsCorruptEntries(t *testing.T) {
	c := NewCache(t.TempDir(), "b")
	sum := SumOf([]byte("doc"))
	corruptions := map[string]func([]byte) []byte{
		"flipped byte": func(d []byte) []byte { d[len(d)-3] ^= 0x40; return d },
		"truncated":    func(d []byte) []byte { return d[:len(d)/2] },
		"empty":        func([]byte) []byte { return nil },
		"other format": func(d []byte) []byte { return append([]byte("brief-cache 9\n"), d[len(magic):]...) },
	}
	for name, corrupt := range corruptions {
		if err := c.Put(sum, "a.txt", sample()); err != nil {
			t.Fatal(err)
		}
		p := c.path(sum, "a.txt")
		data, _ := os.ReadFile(p)
		if err := os.WriteFile(p, corrupt(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Get(sum, "a.txt"); err == nil {
			t.Errorf("%s: corrupt entry trusted", name)
		}
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s: corrupt entry left in place", name)
		}
	}
}

func TestPlaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "places.json")
	p, err := OpenPlaces(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Get("/a.txt", "h1"); ok {
		t.Fatal("empty store has a place")
	}
	pl := model.Place{Section: 3, Line: 4, Quote: 7, Filter: "varga", Furthest: 3}
	if err := p.Put("/a.txt", "h1", pl); err != nil {
		t.Fatal(err)
	}
	if err := p.PutShelf("lib", "/a.txt"); err != nil {
		t.Fatal(err)
	}
	// a second process reads what the first wrote
	q, err := OpenPlaces(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := q.Get("/a.txt", "h1"); !ok || got != pl {
		t.Errorf("place = %+v %v, want %+v", got, ok, pl)
	}
	if q.Shelf("lib") != "/a.txt" || q.Progress("/a.txt") != model.Started || q.Progress("/b.txt") != model.Unread {
		t.Errorf("shelf %q progress %v", q.Shelf("lib"), q.Progress("/a.txt"))
	}
	// the document changed: the point stays, the line and quote go
	if got, _ := q.Get("/a.txt", "h2"); got.Section != 3 || got.Line != 0 || got.Quote != -1 {
		t.Errorf("changed document's place = %+v", got)
	}
	// reading to the end is remembered, and is not undone by going back
	_ = q.Put("/a.txt", "h1", model.Place{Section: 5, Furthest: 5, Done: true, Quote: -1})
	_ = q.Put("/a.txt", "h1", model.Place{Section: 1, Furthest: 1, Quote: -1})
	if got, _ := q.Get("/a.txt", "h1"); !got.Done || got.Furthest != 5 || q.Progress("/a.txt") != model.Read {
		t.Errorf("progress lost: %+v", got)
	}
	// two stores writing keep each other's entries
	_ = p.Put("/b.txt", "hb", model.Place{Section: 1, Quote: -1})
	r, _ := OpenPlaces(path)
	if _, ok := r.Get("/a.txt", "h1"); !ok {
		t.Error("the other store's place was lost")
	}
	if _, ok := r.Get("/b.txt", "hb"); !ok {
		t.Error("the new place was not written")
	}
}

func TestPlacesCorruptOrUnwritableIsAWarning(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "places.json")
	os.WriteFile(path, []byte("{not json"), 0o644)
	p, err := OpenPlaces(path)
	if err == nil || !strings.Contains(err.Error(), "corrupt") || p == nil {
		t.Fatalf("corrupt file: err = %v", err)
	}
	if err := p.Put("/a.txt", "h", model.Place{Quote: -1}); err != nil {
		t.Fatalf("a corrupt file is not rewritten: %v", err)
	}
	if _, err := OpenPlaces(path); err != nil {
		t.Errorf("rewritten file does not read back: %v", err)
	}
	// a path under a file cannot be written
	blocked := filepath.Join(path, "sub", "places.json")
	p, _ = OpenPlaces(blocked) // may warn: the path cannot even be read
	if p == nil {
		t.Fatal("no store for an unreadable path")
	}
	if err := p.Put("/a.txt", "h", model.Place{Quote: -1}); err == nil {
		t.Error("unwritable store reported no error")
	} else if _, ok := p.Get("/a.txt", "h"); !ok {
		t.Error("unwritable store forgot the place in memory")
	}
}

// TestCacheRoundTripChunks puts a briefing whose lists span several
// chunks (sections of no block and of more than a chunk of blocks, values
// whose fields are zero after ones whose fields are not) and gets back
// exactly what was put.
func TestCacheRoundTripChunks(t *testing.T) {
	var b model.Briefing
	b.Title, b.Source = "Long", "long.md"
	b.Intro = []model.Block{{Text: "intro", Quotes: []int{1}}, {Text: "plain"}}
	q := 0
	for s := range 3*chunkLen + 7 {
		sec := model.Section{Number: s + 1, Heading: fmt.Sprint("point ", s+1), Derived: s%5 == 0}
		n := s % 4
		if s == 10 {
			n = 2*chunkLen + 3 // one section across chunks
		}
		for k := range n {
			bl := model.Block{Text: fmt.Sprint("block ", s, " ", k), Label: ""}
			if k%2 == 0 {
				bl.Quotes, bl.Label = []int{q}, "MS. PARK"
				b.Quotes = append(b.Quotes, model.Quote{Text: fmt.Sprint("quote ", q), Speaker: "park", Section: s + 1})
				q++
			}
			sec.Blocks = append(sec.Blocks, bl)
		}
		b.Sections = append(b.Sections, sec)
	}
	for i := range chunkLen + 1 {
		b.Speakers = append(b.Speakers, model.Speaker{ID: fmt.Sprint("s", i), Name: fmt.Sprint("Speaker ", i)})
	}
	c := NewCache(t.TempDir(), "b")
	sum := SumOf([]byte("long"))
	if err := c.Put(sum, "long.md", b); err != nil {
		t.Fatal(err)
	}
	got, err := c.Get(sum, "long.md")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Fatalf("round trip differs: %d sections, %d quotes, %d speakers (want %d, %d, %d)",
			len(got.Sections), len(got.Quotes), len(got.Speakers), len(b.Sections), len(b.Quotes), len(b.Speakers))
	}
	// a section's blocks are its own
	got.Sections[0].Blocks = append(got.Sections[0].Blocks, model.Block{Text: "x"})
	if got.Sections[1].Blocks[0].Text != b.Sections[1].Blocks[0].Text {
		t.Error("appending to a section's blocks wrote over the next section's")
	}
}
