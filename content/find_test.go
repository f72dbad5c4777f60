package content

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func touch(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Title\n\nText.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	touch(t, dir, "b.md", "a.txt", "c.html", "notes.json", ".hidden.txt", "sub/d.txt", "sub/deeper/e.md", ".git/f.txt")
	rel := func(ps []string) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i], _ = filepath.Rel(dir, p)
		}
		return out
	}
	got, err := Find([]string{dir}, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.txt", "b.md", "c.html"}; !slices.Equal(rel(got), want) {
		t.Errorf("Find(dir) = %q, want %q", rel(got), want)
	}
	got, _ = Find([]string{dir}, true)
	if want := []string{"a.txt", "b.md", "c.html", "sub/d.txt", "sub/deeper/e.md"}; !slices.Equal(rel(got), want) {
		t.Errorf("Find(dir, recursive) = %q, want %q", rel(got), want)
	}
	// argument order; a file named explicitly counts whatever its name;
	// a document named twice is listed once
	got, _ = Find([]string{filepath.Join(dir, "notes.json"), dir, filepath.Join(dir, "a.txt")}, false)
	if want := []string{"notes.json", "a.txt", "b.md", "c.html"}; !slices.Equal(rel(got), want) {
		t.Errorf("Find(file, dir, file) = %q, want %q", rel(got), want)
	}
	_, err = Find([]string{filepath.Join(dir, "nope.txt")}, false)
	if !errors.Is(err, ErrNotExist) {
		t.Errorf("missing path: err = %v", err)
	}
}

func TestFrontMatter(t *testing.T) {
	cases := []struct {
		name, text, title, body string
		date                    string
	}{
		{"yaml", "---\ntitle: Ferry talks\ndate: 2026-11-02\n---\n# Heading\n", "Ferry talks", "# Heading\n", "2026-11-02"},
		{"toml", "+++\ntitle = \"Budget\"\ndate = 2026-03-01T10:00:00Z\n+++\nText\n", "Budget", "Text\n", "2026-03-01"},
		{"no close", "---\ntitle: x\n\nText\n", "", "---\ntitle: x\n\nText\n", ""},
		{"none", "Text\n---\nMore\n", "", "Text\n---\nMore\n", ""},
	}
	for _, c := range cases {
		fm, body := splitFrontMatter(c.text)
		if fm.title != c.title || body != c.body {
			t.Errorf("%s: title %q body %q, want %q %q", c.name, fm.title, body, c.title, c.body)
		}
		if got := dateString(fm.date); got != c.date {
			t.Errorf("%s: date %q, want %q", c.name, got, c.date)
		}
	}
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func TestParseDates(t *testing.T) {
	b := Parse("memo.md", "---\ndate: 2026-11-02\ntitle: From the matter\n---\n\nIntro line.\n\n## One\n\nText.\n", Markdown)
	if dateString(b.Date) != "2026-11-02" || b.Title != "From the matter" {
		t.Errorf("date %v title %q", b.Date, b.Title)
	}
	for _, s := range append(b.Intro, b.Sections[0].Blocks...) {
		if s.Text == "date: 2026-11-02" || s.Text == "title: From the matter" {
			t.Errorf("front matter shown as text: %q", s.Text)
		}
	}
	b = Parse("readout.txt", "Readout of the harbour meeting\nDate: 3 November 2026\n\nThe council met.\n", Plain)
	if dateString(b.Date) != "2026-11-03" {
		t.Errorf("dateline: %v", b.Date)
	}
}
