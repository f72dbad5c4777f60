package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/store"
)

// TestLoaderFirst checks what the reader opens a file on: a short one
// whole (and cached, so that the shelf's load does not parse it again), a
// long one's start with the hash of all its bytes, its errors before the
// screen changes.
func TestLoaderFirst(t *testing.T) {
	dir := t.TempDir()
	ld := loader{cache: store.NewCache(filepath.Join(dir, "cache"), "test")}
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var sb strings.Builder
	sb.WriteString("Harbour talks in Tessaly\n\n")
	for i := 1; sb.Len() < 4*firstHead; i++ {
		fmt.Fprintf(&sb, "%d. Berth %d\n\n“We will dredge berth %d,” Mara Quill said.\n\n", i, i, i)
	}
	long := write("long.txt", sb.String())
	b, partial, hash, wait, err := ld.first(long)
	wait()
	whole, wholeHash, _ := ld.load(long)
	if err != nil || !partial || hash() != wholeHash || len(b.Sections) == 0 || len(b.Sections) >= len(whole.Sections) {
		t.Fatalf("long file: partial %v, hash %q (whole %q), %d of %d points, err %v", partial, hash(), wholeHash,
			len(b.Sections), len(whole.Sections), err)
	}
	short := write("short.txt", "Notes\n\n1. One\n\nA line.\n\n2. Two\n\nAnother line.\n")
	b, partial, hash, wait, err = ld.first(short)
	if err != nil || partial || len(b.Sections) != 2 {
		t.Fatalf("short file: partial %v, %d points, err %v", partial, len(b.Sections), err)
	}
	wait() // the short file's entry is written in the background
	data, _ := os.ReadFile(short)
	if _, err := ld.cache.Get(store.SumOf(data), short); err != nil || hash() != store.SumOf(data).String() {
		t.Fatalf("the short file is not cached under its hash: %v", err)
	}
	bad := write("bad.txt", sb.String()+"\x00")
	if _, _, _, _, err := ld.first(bad); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Fatalf("binary data past the start: %v", err)
	}
}

// TestLateHash checks the places the reader gets while a long document's
// hash is still being taken: a document with no place saved opens without
// asking for the hash; one with a place, and every save, use the hash.
func TestLateHash(t *testing.T) {
	places, err := store.OpenPlaces(filepath.Join(t.TempDir(), "places.json"))
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	p := lateHash{Places: places, id: "/doc.txt", hash: func() string { asked++; return "h1" }}
	if _, ok := p.Get("/doc.txt", ""); ok || asked != 0 {
		t.Fatalf("a document read for the first time: place found %v, hash asked %d times, want neither", ok, asked)
	}
	if err := p.Put("/doc.txt", "", model.Place{Section: 3, Quote: 2}); err != nil {
		t.Fatal(err)
	}
	if asked != 1 {
		t.Fatalf("a save asked for the hash %d times, want 1", asked)
	}
	if pl, ok := places.Get("/doc.txt", "h1"); !ok || pl.Section != 3 || pl.Quote != 2 {
		t.Fatalf("the place was not saved under the hash: %+v %v", pl, ok)
	}
	if pl, ok := p.Get("/doc.txt", ""); !ok || pl.Quote != 2 || asked != 2 {
		t.Fatalf("a saved place: %+v %v, hash asked %d times (want the place whole, hash asked)", pl, ok, asked)
	}
	// another document's place is its own
	if _, ok := p.Get("/other.txt", ""); ok || asked != 2 {
		t.Fatalf("another document: found %v, hash asked %d times", ok, asked)
	}
}
