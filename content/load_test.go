package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/briefreader/brief/model"
)

func TestDecode(t *testing.T) {
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xff, 0xfe)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	utf16be := func(s string) []byte {
		b := []byte{0xfe, 0xff}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr error
	}{
		{"UTF-8", []byte("Talks\nend"), "Talks\nend", nil},
		{"UTF-8 BOM", []byte("\xef\xbb\xbfTalks"), "Talks", nil},
		{"CRLF", []byte("a\r\nb"), "a\nb", nil},
		{"UTF-16LE with BOM", utf16le("Šárka said “ne”\r\n北京 𝄞", true), "Šárka said “ne”\n北京 𝄞", nil},
		{"UTF-16BE with BOM", utf16be("Šárka said “ne”\r\n𝄞"), "Šárka said “ne”\n𝄞", nil},
		{"UTF-16LE odd trailing byte", append(utf16le("ab", true), 'c'), "ab\uFFFD", nil},
		{"UTF-16LE unpaired surrogate", append(utf16le("a", true), 0x00, 0xd8, 'b', 0), "a\uFFFDb", nil},
		{"UTF-16LE control sanitized", utf16le("a\x1b[2Jb", true), "a\uFFFD[2Jb", nil},
		{"a short text with a stray control", []byte("hi\x07"), "hi\uFFFD", nil},
		{"UTF-16 without BOM is binary", utf16le("hello", false), "", ErrBinary},
		{"UTF-16LE with a NUL character", utf16le("a\x00b", true), "", ErrBinary},
		{"NUL byte", []byte("text\x00more"), "", ErrBinary},
		{"mostly invalid UTF-8", bytes.Repeat([]byte{0x80, 0xff, 0xfe, 'a'}, 100), "", ErrBinary},
		{"mostly control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x1b}, 100), "", ErrBinary},
		{"PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", ErrBinary},
		{"Latin-1 accents are text", []byte(strings.Repeat("Le caf\xe9 est ferm\xe9 ce soir. ", 20)), strings.Repeat("Le café est fermé ce soir. ", 20), nil},
		{"Windows-1252", []byte("Caf\xe9 is open, said Zo\xe9 Lind.\r\n\x93We sail at dawn\x85\x94 \x80 5\x96 \xa9\n"), "Café is open, said Zoé Lind.\n“We sail at dawn…” € 5– ©\n", nil},
		{"UTF-8 with a stray byte stays UTF-8", []byte("Zoé and Aurélie met at the café \xe9 on Friday"), "Zoé and Aurélie met at the café \uFFFD on Friday", nil},
		{"Windows-1252 with an escape is not decoded", []byte("Caf\xe9 \x1b[2J open"), "Caf\uFFFD \uFFFD[2J open", nil},
		{"UTF-8 by its byte-order mark, bytes damaged", []byte("\xef\xbb\xbfCaf\xe9 is open, Zo\xe9 said."), "Caf\uFFFD is open, Zo\uFFFD said.", nil},
		{"a byte Windows-1252 leaves undefined", []byte("Caf\xe9 \x81 open"), "Caf\uFFFD \uFFFD open", nil},
		{"invalid UTF-8 and controls is still binary", bytes.Repeat([]byte{0xe9, 0x01, 0xfe, 'a', 0x02}, 100), "", ErrBinary},
		{"a few escapes are text", []byte(strings.Repeat("plain words here \x1b[1mbold\x1b[0m and more words ", 10)), strings.Repeat("plain words here \uFFFD[1mbold\uFFFD[0m and more words ", 10), nil},
		{"empty", nil, "", ErrEmpty},
		{"only a BOM", []byte("\xef\xbb\xbf"), "", ErrEmpty},
		{"only a UTF-16 BOM", []byte{0xff, 0xfe}, "", ErrEmpty},
		{"white space", []byte(" \t\r\n\n  \u00a0\u2003\n"), "", ErrEmpty},
		{"bidi controls only", []byte("\u202e\u2066\n"), "", ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Decode error = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Decode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: large to stat, no disk used, never read.
	if err := f.Truncate(MaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name    string
		path    string
		wantErr error
	}{
		{"missing", filepath.Join(dir, "nope.txt"), ErrNotExist},
		{"missing directory in path", filepath.Join(dir, "no", "such.txt"), ErrNotExist},
		{"directory", dir, ErrIsDir},
		{"binary", write("bin.txt", []byte("ELF\x00\x01\x02")), ErrBinary},
		{"empty", write("empty.txt", nil), ErrEmpty},
		{"blank", write("blank.md", []byte("\n\n   \n")), ErrEmpty},
		{"too large", huge, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Load(%s) error = %v, want %v", tt.path, err, tt.wantErr)
			}
			// One line, naming the file once, then the problem.
			want := tt.path + ": " + tt.wantErr.Error()
			if err.Error() != want {
				t.Errorf("error = %q, want %q", err.Error(), want)
			}
		})
	}
}

func TestLoadPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(p, []byte("text"), 0o000); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); !errors.Is(err, ErrPermission) {
		t.Fatalf("error = %v, want %v", err, ErrPermission)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name    string
		r       io.Reader
		wantErr error
	}{
		{"too large", io.LimitReader(repeatReader('a'), MaxSize+1), ErrTooLarge},
		{"read failure", iotestErrReader{}, errBoom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("-", tt.r, Auto)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error = %v, want %v", err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "-: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is not one line naming stdin", err)
			}
		})
	}
}

func TestReadAtSizeLimit(t *testing.T) {
	b, err := Read("-", io.LimitReader(repeatReader('a'), MaxSize), Plain)
	if err != nil {
		t.Fatalf("a document of exactly MaxSize bytes: %v", err)
	}
	checkBriefing(t, b)
}

func TestDocErrorSanitizesName(t *testing.T) {
	name := "evil\x1b]0;pwned\x07\nname.txt"
	_, err := Load(name)
	if err == nil {
		t.Fatal("no error for a missing file")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\x1b\x07\n") {
		t.Errorf("error %q carries control characters from the name", msg)
	}
}

func TestReadSource(t *testing.T) {
	for _, name := range []string{"-", "notes.txt", "dir/memo.md", "bad\x1b[2J.txt"} {
		b, err := Read(name, strings.NewReader("Title\n\nSome text."), Auto)
		if err != nil {
			t.Fatal(err)
		}
		if want := SanitizeLine(name); b.Source != want {
			t.Errorf("Source = %q, want %q", b.Source, want)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             Format
	}{
		{"md extension", "memo.md", "plain words", Markdown},
		{"markdown extension, any case", "MEMO.MARKDOWN", "plain words", Markdown},
		{"txt extension wins over syntax", "notes.txt", "# Heading\n\n[a](http://x)", Plain},
		{"stdin prose", "-", "Talks end\n\nThe mayor met the union.\n\n1. No deal\n\nMore text.", Plain},
		{"stdin ATX heading", "-", "Intro\n\n## First point\n\nText.", Markdown},
		{"indented ATX heading", "-", "   # Title\n\nText.", Markdown},
		{"unknown extension with link", "memo.eml", "See [the report](https://example.org/r).", Markdown},
		{"link with title", "-", `See [the report](https://example.org/r "Report").`, Markdown},
		{"code fence", "-", "Text\n\n```\ncode\n```", Markdown},
		{"three bullets", "-", "Points:\n\n- one\n- two\n* three", Markdown},
		{"one bullet is not enough", "-", "Points:\n\n- one\n\nMore prose.", Plain},
		{"hashtag is not a heading", "-", "#Harbour is trending\n#1 priority", Plain},
		{"seven hashes is not a heading", "-", "####### no", Plain},
		{"brackets without a link", "-", "He said [sic] (twice).", Plain},
		{"no extension", "README", "# Title", Markdown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.file, tt.text); got != tt.want {
				t.Errorf("Detect(%q, %q) = %v, want %v", tt.file, tt.text, got, tt.want)
			}
		})
	}
}

func TestReadMalformed(t *testing.T) {
	tests := []struct{ name, text string }{
		{"unterminated straight quote", `The mayor said "we will never stop talking and then the text just ends`},
		{"unterminated curly quote across paragraphs", "“First paragraph opens.\n\n“Second one too.\n\nThird has none.\n\n1. Point\n\n“Still open"},
		{"stray closing marks", "” ’ » said nobody. ”Odd” quotes„ here“."},
		{"nested marks", "“He said ‘she said “they said ‘no’” today’ again”, he said."},
		{"only quote marks", strings.Repeat("\"", 1001)},
		{"numbered lines only", strings.Repeat("1.\n", 500)},
		{"deep markdown nesting", strings.Repeat("> ", 300) + "deep" + "\n" + strings.Repeat("  ", 300) + "- item"},
		{"replacement characters", strings.Repeat("\uFFFD", 1000)},
	}
	for _, tt := range tests {
		for _, f := range []Format{Plain, Markdown, Auto} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, f), func(t *testing.T) {
				b, err := Read("-", strings.NewReader(tt.text), f)
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				checkBriefing(t, b)
			})
		}
	}
}

// TestReadHugeSingleLine reads a 10 MB document with no line break at all,
// the shape of a minified or mangled file. It checks that the parse ends
// and is well formed; how fast it is belongs to BenchmarkRead.
func TestReadHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB parse skipped in -short mode")
	}
	b, err := Read("big.txt", bytes.NewReader(hugeLine(10<<20)), Auto)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	checkBriefing(t, b)
}

// TestWriteHugeLine writes the 10 MB test document to $BRIEF_HUGE_LINE, for
// timing the real binary by hand:
//
//	BRIEF_HUGE_LINE=/tmp/big.txt go test -run TestWriteHugeLine ./content
//	time brief export /tmp/big.txt >/dev/null
func TestWriteHugeLine(t *testing.T) {
	out := os.Getenv("BRIEF_HUGE_LINE")
	if out == "" {
		t.Skip("set BRIEF_HUGE_LINE to a path to write the 10 MB document")
	}
	if err := os.WriteFile(out, hugeLine(10<<20), 0o644); err != nil {
		t.Fatal(err)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Talks end\n\nThe mayor met the union.\n\n1. No deal\n\n“Not yet,” Varga said.",
		"# Title\n\n## 1. Point\n\n> “Quoted,” she said.\n\n- item “x”",
		"MS. PARK: Good morning.\n\nQ: Is there a deal?\n\nMS. PARK: No.",
		`He said "unterminated`, "“‘nested “deep” marks’”", "\xff\xfe\x1b\x00", "\ufeff\r\n\r\n",
	} {
		f.Add([]byte(s), uint8(0))
	}
	formats := []Format{Auto, Plain, Markdown}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		done := make(chan struct{})
		var b model.Briefing
		var err error
		go func() {
			defer close(done)
			b, err = Read("-", bytes.NewReader(data), formats[int(format)%len(formats)])
		}()
		// A hang detector, not a speed test: no input this small should
		// take anywhere near this long.
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Read did not return within 10s on %d bytes", len(data))
		}
		if err != nil {
			return
		}
		checkBriefing(t, b)
		checkSafe(t, b.Title)
		for n := 0; n <= len(b.Sections); n++ {
			for _, bl := range b.Blocks(n) {
				checkSafe(t, bl.Text)
			}
		}
	})
}

// BenchmarkRead parses generated 1 MB and 2 MB briefings (paragraphs of
// reported speech with quotes and speech verbs) and a 10 MB document with
// no line break. The 2 MB briefing is the yardstick for attribution: parse
// plus attribution must stay linear, so its time per byte should match the
// 1 MB one's.
func BenchmarkRead(b *testing.B) {
	for _, bm := range []struct {
		name string
		doc  []byte
	}{
		{"briefing-1MB", briefingDoc(1 << 20)},
		{"briefing-2MB", briefingDoc(2 << 20)},
		{"one-line-10MB", hugeLine(10 << 20)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.doc)))
			for b.Loop() {
				if _, err := Read("bench.txt", bytes.NewReader(bm.doc), Auto); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestHTMLWithoutArticle checks that a web page with no article text (only
// navigation and scripts, or a title over nothing) is an error naming the
// page, not an empty briefing; a page with text still reads.
func TestHTMLWithoutArticle(t *testing.T) {
	pages := map[string]string{
		"furniture only": `<!doctype html><html><head><title>Port news</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><script>var x = "quoted"</script><footer>© Dunmore Post</footer></body></html>`,
		"title only":     `<!doctype html><html><head><title>Port news</title></head><body></body></html>`,
	}
	for name, page := range pages {
		_, err := Read("page.html", strings.NewReader(page), Auto)
		var de *DocError
		if !errors.Is(err, ErrNoArticle) || !errors.As(err, &de) || de.Name != "page.html" {
			t.Errorf("%s: error %v, want page.html: %v", name, err, ErrNoArticle)
		}
	}
	ok := `<!doctype html><html><head><title>Port news</title></head><body><article><h1>Cranes idle</h1><p>The cranes stood still all week, the harbour master said.</p></article></body></html>`
	if b, err := Read("page.html", strings.NewReader(ok), Auto); err != nil || !hasText(b) {
		t.Errorf("a page with an article: %v, %+v", err, b)
	}
}
