package content

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints how brief reads a document, quote by quote, with the rule
// that attributed each: a tool for studying the parser, not a check.
//
//	BRIEF_DUMP=path/to/doc.txt go test -run TestDump -v ./content
func TestDump(t *testing.T) {
	path := os.Getenv("BRIEF_DUMP")
	if path == "" {
		t.Skip("set BRIEF_DUMP to a document path")
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("title: %q\nsubtitle: %q\n", b.Title, b.Subtitle)
	for _, s := range b.Sections {
		fmt.Printf("section %d: %s\n", s.Number, s.Heading)
	}
	for _, q := range b.Quotes {
		fmt.Printf("%2d %-24s %-12s %-7s %.2f | %.80s\n", q.Section, b.SpeakerName(q.Speaker), q.Rule, q.Kind, q.Confidence, q.Text)
	}
	for _, s := range b.Speakers {
		fmt.Printf("speaker %-24s role=%q aliases=%q quotes=%d\n", s.Name, s.Role, s.Aliases, b.QuoteCount(s.ID))
	}
}
