package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	if err != nil || !partial || hash != wholeHash || len(b.Sections) == 0 || len(b.Sections) >= len(whole.Sections) {
		t.Fatalf("long file: partial %v, hash %q (whole %q), %d of %d points, err %v", partial, hash, wholeHash,
			len(b.Sections), len(whole.Sections), err)
	}
	short := write("short.txt", "Notes\n\n1. One\n\nA line.\n\n2. Two\n\nAnother line.\n")
	b, partial, hash, wait, err = ld.first(short)
	if err != nil || partial || len(b.Sections) != 2 {
		t.Fatalf("short file: partial %v, %d points, err %v", partial, len(b.Sections), err)
	}
	wait() // the short file's entry is written in the background
	data, _ := os.ReadFile(short)
	if _, err := ld.cache.Get(store.SumOf(data), short); err != nil || hash != store.SumOf(data).String() {
		t.Fatalf("the short file is not cached under its hash: %v", err)
	}
	bad := write("bad.txt", sb.String()+"\x00")
	if _, _, _, _, err := ld.first(bad); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Fatalf("binary data past the start: %v", err)
	}
}
