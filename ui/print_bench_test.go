package ui_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/internal/briefgen"
	"github.com/briefreader/brief/ui"
)

// BenchmarkPrintGenerated measures printing a generated 2 MB briefing
// (internal/briefgen: many short talking points, as scripts/bench's
// documents), parsed once outside the loop: the print path alone, units
// rendered on every core and written in order. notty is what a pipe gets;
// dark adds the styling of every line.
func BenchmarkPrintGenerated(b *testing.B) {
	for _, c := range []struct {
		name, path, style string
		gen               func(int) []byte
	}{
		{"txt-notty", "briefing.txt", "notty", briefgen.Plain},
		{"md-notty", "briefing.md", "notty", briefgen.Markdown},
		{"md-dark", "briefing.md", "dark", briefgen.Markdown},
	} {
		b.Run(c.name, func(b *testing.B) {
			data := c.gen(2_000_000)
			br, err := content.Read(c.path, bytes.NewReader(data), content.Auto)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := ui.Print(io.Discard, br, 80, c.style); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
