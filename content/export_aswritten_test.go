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

// TestNameOverRoleLabelsAsWritten: an earnings call's label of a name set
// over its company and role is kept as written, its line break and all —
// never joined with a "--" the author did not write — and still names the
// speaker.
func TestNameOverRoleLabelsAsWritten(t *testing.T) {
	src := "Q2 Tarrow Shipping Earnings Call\n\nPRESENTATION\n\nOperator\n\nGood day, and welcome.\n\n" +
		"Ana B. Lind\nTarrow Shipping Ltd - CEO & Director\n\nThank you. Revenue grew 12%.\n\n" +
		"Teo Brandt\nTarrow Shipping Ltd - CFO\n\nMargins were 18%.\n\nOperator\n\nNext question.\n\n" +
		"Mira J. Okonjo\nHarbour Capital, Research Division - Analyst\n\nHow much came from price?\n\n" +
		"Ana B. Lind\nTarrow Shipping Ltd - CEO & Director\n\nAbout half of it.\n"
	b := Parse("call.txt", src, Plain)
	labels := 0
	for n := 0; n <= len(b.Sections); n++ {
		for _, bl := range b.Blocks(n) {
			if strings.Contains(bl.Label, "--") {
				t.Errorf("label %q has a dash the author did not write", bl.Label)
			}
			if strings.HasPrefix(bl.Label, "Ana B. Lind\n") {
				labels++
			}
		}
	}
	if labels != 2 {
		t.Errorf("%d turns labelled 'Ana B. Lind' over her role, want 2", labels)
	}
	counts, hers := b.QuoteCounts(), -1
	for _, s := range b.Speakers {
		if s.ID == "ana-b-lind" {
			hers = counts[s.ID]
		}
	}
	if hers != 2 {
		t.Errorf("Ana B. Lind has %d turns, want 2: %v", hers, b.Speakers)
	}
	md := exportMarkdown(t, "call.txt", src, Plain)
	if !strings.Contains(md, "\nAna B. Lind\nTarrow Shipping Ltd - CEO & Director\n\nThank you.") ||
		!strings.Contains(md, "\nOperator\n\nGood day, and welcome.") {
		t.Errorf("export does not keep the label as written:\n%s", md)
	}
}

// TestHeadingLinksKept: a talking point's heading keeps the author's link
// and emphasis: in the model, the Markdown export and the JSON links.
func TestHeadingLinksKept(t *testing.T) {
	src := "# Harbour notes\n\nIntro.\n\n## 1. The [harbour deal](https://example.org/deal) is *signed*\n\n" +
		"“It is done,” Ana Lind said.\n\n## 2. Next\n\nMore.\n"
	b := Parse("t.md", src, Markdown)
	if len(b.Sections) != 2 || b.Sections[0].Heading != "The harbour deal is signed" {
		t.Fatalf("sections %+v", b.Sections)
	}
	md := exportMarkdown(t, "t.md", src, Markdown)
	if !strings.Contains(md, "## 1. The [harbour deal](https://example.org/deal) is *signed*\n") {
		t.Errorf("export drops the heading's link or emphasis:\n%s", md)
	}
	if got := PointMarkdown(b, 1); !strings.HasPrefix(got, "## 1. The [harbour deal](https://example.org/deal) is *signed*\n") {
		t.Errorf("the point copied as Markdown drops its heading's link:\n%s", got)
	}
	links := exportLinks(b)
	if len(links) != 1 || links[0].URL != "https://example.org/deal" || links[0].Text != "harbour deal" || links[0].Section != 1 {
		t.Errorf("links %+v", links)
	}
}

// TestTwoBulletListsStayTwo: two bulleted lists in a row (the author's
// "*" then "-") stay two when the export is read again: the second takes
// the other bullet, and exporting the export changes nothing.
func TestTwoBulletListsStayTwo(t *testing.T) {
	src := "# T\n\n* one\n\n- two\n- three\n\n1. a\n\n1) b\n\nText.\n\n- x\n"
	md := exportMarkdown(t, "t.md", src, Markdown)
	if !strings.Contains(md, "- one\n\n* two\n* three\n\n1. a\n\n1) b\n") {
		t.Errorf("lists in a row:\n%s", md)
	}
	if again := exportMarkdown(t, "t.md", md, Markdown); again != md {
		t.Errorf("the export read again differs:\n%s\nfirst:\n%s", again, md)
	}
}

// TestPointHeadingLevelsKept: every heading is a talking point, and a
// point the author wrote one level deeper ("### Capital" under "## Budget")
// is exported and copied at the author's level, not raised to "##".
func TestPointHeadingLevelsKept(t *testing.T) {
	src := "# Memo\n\n## Budget\n\nIntro.\n\n### Capital\n\nMore.\n\n#### Cranes\n\nLess.\n\n## Staffing\n\nText.\n"
	b := Parse("m.md", src, Markdown)
	if len(b.Sections) != 4 {
		t.Fatalf("sections %+v", b.Sections)
	}
	md := exportMarkdown(t, "m.md", src, Markdown)
	for _, want := range []string{"\n## 1. Budget\n", "\n### 2. Capital\n", "\n#### 3. Cranes\n", "\n## 4. Staffing\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q:\n%s", want, md)
		}
	}
	if got := PointMarkdown(b, 2); !strings.HasPrefix(got, "### 2. Capital\n") {
		t.Errorf("the point copied as Markdown is not at the author's level:\n%s", got)
	}
	plain := Parse("m.txt", "Memo\n\nBudget\n\nIntro text here.\n", Plain)
	for _, s := range plain.Sections {
		if s.HeadingMarks() != "##" {
			t.Errorf("a point with no level of its own is written %q, want ##", s.HeadingMarks())
		}
	}
}
