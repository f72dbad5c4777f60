package content

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// exportMarkdown parses src as format and returns its Markdown export.
func exportMarkdown(t *testing.T, name, src string, f Format) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, Parse(name, src, f)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The Markdown export keeps the author's Markdown: task boxes unescaped,
// footnote labels as written, transcript labels bold only where the author
// set them bold, and two lists in a row apart.
func TestWriteMarkdownAsWritten(t *testing.T) {
	src := "# Sync\n\nNotes.\n\n## Tasks\n\n- [ ] write the memo\n- [x] book the room\n\n" +
		"Steps:\n\n1. one\n2. two\n\n- apple\n- pear\n\n  1. nested\n\n" +
		"A claim[^source] and another[^2].\n\n[^source]: The note.\n[^2]: Second.\n"
	md := exportMarkdown(t, "t.md", src, Markdown)
	for _, want := range []string{
		"- [ ] write the memo\n- [x] book the room\n",
		"1. one\n2. two\n\n- apple\n- pear\n  1. nested\n",
		"A claim[^source] and another[^2].",
		"[^source]: The note.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, `\[`) {
		t.Errorf("export escapes a task box:\n%s", md)
	}
	b := Parse("t.md", src, Markdown)
	var notes []string
	for n := 0; n <= len(b.Sections); n++ {
		for _, bl := range b.Blocks(n) {
			if bl.Kind == model.Footnote {
				notes = append(notes, bl.Note)
			}
		}
	}
	if strings.Join(notes, ",") != "source,2" {
		t.Errorf("footnote labels %q, want source,2 as written", notes)
	}

	plain := "BRIEFING\n\nMS. VARGA: Good morning. We begin.\n\nQ: Will the fares rise?\n\n" +
		"MS. VARGA: Not this year.\n\nQ: And next year?\n\nMS. VARGA: We will see.\n"
	md = exportMarkdown(t, "t.txt", plain, Plain)
	if !strings.Contains(md, "\nMS. VARGA: Good morning.") || strings.Contains(md, "**") {
		t.Errorf("plain-text labels should be written plain:\n%s", md)
	}
	bold := "# Briefing\n\n**MR. REYES:** We will vote on Friday.\n\n**MS. VARGA**: We will wait.\n\n" +
		"**MR. REYES:** Then we vote.\n\n**MS. VARGA**: So be it.\n"
	md = exportMarkdown(t, "t.md", bold, Markdown)
	for _, want := range []string{"**MR. REYES:** We will vote", "**MS. VARGA**: We will wait."} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks the author's label %q:\n%s", want, md)
		}
	}
}
