package content

import (
	"strings"
	"testing"
)

// A memo saved as "ANSI" on Windows reads as its author wrote it: accents,
// curly quotes and dashes, and its quotes attributed to the names spelt
// with them — in the whole document and in its start.
func TestWindows1252Document(t *testing.T) {
	para := "\x93We sail at dawn,\x94 said Zo\xe9 Lind, the harbour master. The caf\xe9 \x96 and the quay \x96 stay open.\r\n\r\n"
	data := []byte(strings.Repeat(para, 40))
	b, err := ParseBytes("memo.txt", data, Auto)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Speakers) != 1 || b.Speakers[0].Name != "Zoé Lind" {
		t.Fatalf("speakers = %+v, want Zoé Lind", b.Speakers)
	}
	if len(b.Quotes) != 40 || b.Quotes[0].Text != "We sail at dawn," || b.Quotes[0].Speaker != b.Speakers[0].ID {
		t.Fatalf("quotes = %d, first %+v", len(b.Quotes), b.Quotes[0])
	}
	head, whole, err := ParseHead("memo.txt", data, Auto, 512)
	if err != nil || whole {
		t.Fatalf("ParseHead: whole %v, err %v", whole, err)
	}
	first := b.Blocks(0)[0].Text
	if got := head.Blocks(0)[0].Text; got != first || !strings.Contains(got, "café – and the quay –") {
		t.Errorf("the start's first block = %q, the whole's %q", got, first)
	}
}

// BenchmarkDecode decodes a long UTF-8 document (one scan tells it is
// clean UTF-8) and the same text saved as Windows-1252.
func BenchmarkDecode(b *testing.B) {
	utf := strings.Repeat("“We sail at dawn,” said Zoé Lind, the harbour master. The café – and the quay – stay open.\n\n", 20000)
	legacy := strings.Repeat("\x93We sail at dawn,\x94 said Zo\xe9 Lind, the harbour master. The caf\xe9 \x96 and the quay \x96 stay open.\n\n", 20000)
	for _, bm := range []struct{ name, doc string }{{"utf-8", utf}, {"windows-1252", legacy}} {
		b.Run(bm.name, func(b *testing.B) {
			data := []byte(bm.doc)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
