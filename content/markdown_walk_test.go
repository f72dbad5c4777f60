package content

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// spanText is what a test expects of an inline span: its kind, its text
// and its URL or note.
type spanText struct {
	kind   model.InlineKind
	text   string
	target string
}

func spansOf(bl model.Block) []spanText {
	var out []spanText
	for _, in := range bl.Inlines {
		target := in.URL
		if in.Kind == model.NoteRef {
			target = in.Note
		}
		out = append(out, spanText{in.Kind, bl.Text[in.Start:in.End], target})
	}
	return out
}

func findBlock(t *testing.T, b model.Briefing, kind model.BlockKind, prefix string) model.Block {
	t.Helper()
	for n := 0; n <= len(b.Sections); n++ {
		for _, bl := range b.Blocks(n) {
			if bl.Kind == kind && strings.HasPrefix(bl.Text, prefix) {
				return bl
			}
		}
	}
	t.Fatalf("no %s block starting %q", kind, prefix)
	return model.Block{}
}

// TestMarkdownKeepsWhatTheAuthorWrote reads the Markdown fixture and checks
// each construct arrives in the model: emphasis, links with their URLs, a
// table's grid and alignment, a list's numbers, nesting, code, a footnote.
func TestMarkdownKeepsWhatTheAuthorWrote(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(docsDir, "memo-ferry-timetable.md"))
	if err != nil {
		t.Fatal(err)
	}
	b := Parse("memo", string(data), Markdown)

	header := findBlock(t, b, model.Paragraph, "To:")
	if header.Text != "To: Route planning group\nFrom: Oskar Lindqvist-Mbeki, timetable office\nDate: Friday 3 October" {
		t.Errorf("hard line breaks: %q", header.Text)
	}
	lead := findBlock(t, b, model.Paragraph, "This memo")
	want := []spanText{
		{model.Emphasis, "winter", ""},
		{model.Strong, "open", ""},
		{model.Link, "planning portal", "https://example.org/skarholm/board-papers"},
		{model.Link, "Skarholm Pilots' Association", "https://example.net/pilots/tides"},
	}
	if got := spansOf(lead); !slices.Equal(got, want) {
		t.Errorf("lead spans\n got %+v\nwant %+v", got, want)
	}

	tb := findBlock(t, b, model.TableBlock, "Route")
	if tb.Table == nil || tb.Table.Header != 1 || len(tb.Table.Rows) != 4 {
		t.Fatalf("table grid: %+v", tb.Table)
	}
	if got := tb.Table.Align; !slices.Equal(got, []model.Align{model.AlignLeft, model.AlignCenter, model.AlignRight, model.AlignDefault}) {
		t.Errorf("alignments %v", got)
	}
	var cells []string
	for _, c := range tb.Table.Rows[3] {
		cells = append(cells, tb.Text[c.Start:c.End])
	}
	if !slices.Equal(cells, []string{"Veld–Ansel Point", "6", "4", "no Sunday service"}) {
		t.Errorf("last row %q", cells)
	}

	var numbers []int
	for _, bl := range b.Sections[1].Blocks {
		if bl.Kind == model.ListItem {
			if !bl.Ordered {
				t.Errorf("item %q not ordered", bl.Text)
			}
			numbers = append(numbers, bl.Number)
		}
	}
	if !slices.Equal(numbers, []int{3, 4, 5}) {
		t.Errorf("list numbers %v, want 3 4 5", numbers)
	}
	if got := spansOf(findBlock(t, b, model.ListItem, "A second deckhand")); !slices.Equal(got, []spanText{{model.InlineCode, "ANSEL-2", ""}}) {
		t.Errorf("code span %+v", got)
	}

	nested := findBlock(t, b, model.ListItem, "Single tickets")
	if nested.Ordered || !slices.Equal(nested.Nest, []model.Container{model.InListItem}) {
		t.Errorf("nested item: ordered %v nest %v", nested.Ordered, nested.Nest)
	}
	quote := findBlock(t, b, model.QuoteBlock, "A rise of one crown")
	if !slices.Equal(quote.Nest, []model.Container{model.InListItem, model.InListItem}) {
		t.Errorf("quote in the nested item: nest %v", quote.Nest)
	}
	code := findBlock(t, b, model.CodeBlock, "fare_single")
	if code.Text != "fare_single = 34   # crowns, today\nfare_winter = 36   # crowns, proposed" ||
		!slices.Equal(code.Nest, []model.Container{model.InListItem, model.InListItem, model.InQuote}) {
		t.Errorf("code in the quote: %q nest %v", code.Text, code.Nest)
	}
	if got := spansOf(findBlock(t, b, model.ListItem, "Family tickets")); !slices.Equal(got, []spanText{{model.Strikethrough, "Family tickets", ""}}) {
		t.Errorf("strikethrough %+v", got)
	}
	if fenced := findBlock(t, b, model.CodeBlock, "timetable show"); fenced.Lang != "sh" || len(fenced.Nest) != 0 {
		t.Errorf("fenced code: lang %q nest %v", fenced.Lang, fenced.Nest)
	}

	if blocks := b.Sections[0].Blocks; blocks[len(blocks)-1].Kind != model.Rule || blocks[len(blocks)-1].Text != "" {
		t.Errorf("the rule closing the first point: %+v", blocks[len(blocks)-1])
	}

	ref := findBlock(t, b, model.Paragraph, "Harbour master")
	if got := spansOf(ref); len(got) != 1 || got[0].kind != model.NoteRef || got[0].target != "1" ||
		ref.Inlines[0].Start != len(ref.Text) {
		t.Errorf("footnote reference %+v in %q", ref.Inlines, ref.Text)
	}
	note := findBlock(t, b, model.Footnote, "The other two options")
	if note.Note != "1" {
		t.Errorf("footnote label %q", note.Note)
	}
	for _, q := range b.Quotes {
		if q.Speaker == "" {
			t.Errorf("quote %q unattributed", q.Text)
		}
	}
}

// TestInlinesValid checks over every fixture and corpus document that
// inline spans and table cells lie inside their block's text on character
// boundaries, in order, and that quote offsets are still exact: the
// model's promise to the reader.
func TestInlinesValid(t *testing.T) {
	for _, path := range allDocs(t) {
		b, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		for n := 0; n <= len(b.Sections); n++ {
			for i, bl := range b.Blocks(n) {
				if !validInlines(bl.Text, bl.Inlines) {
					t.Errorf("%s: block %d/%d has spans outside its text: %+v", path, n, i, bl.Inlines)
				}
				if !slices.IsSortedFunc(bl.Inlines, func(a, b model.Inline) int { return a.Start - b.Start }) {
					t.Errorf("%s: block %d/%d spans out of order", path, n, i)
				}
				if bl.Table != nil {
					for _, row := range bl.Table.Rows {
						for _, c := range row {
							if c.Start < 0 || c.End > len(bl.Text) || c.Start > c.End {
								t.Errorf("%s: cell %+v outside %d bytes", path, c, len(bl.Text))
							}
						}
					}
				}
			}
		}
		for _, q := range b.Quotes {
			bl, ok := b.BlockOf(q)
			if !ok || bl.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote %q offsets do not match its block", path, q.Text)
			}
		}
	}
}

// allDocs lists the fixture documents and, when present, the corpus.
func allDocs(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{docsDir, "testdata/html", filepath.Join(sharedDir(), "corpus")} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			switch filepath.Ext(e.Name()) {
			case ".txt", ".md", ".html", ".htm":
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no documents")
	}
	return out
}

// TestMarkdownExportRoundTrip writes each Markdown fixture back out as
// Markdown and reads it again: every block comes back with its kind, text,
// spans, list number, nesting, table and footnote, and the export has the
// table's rows as "| … |" lines and the links as "](https://…)".
func TestMarkdownExportRoundTrip(t *testing.T) {
	for _, name := range []string{"memo-ferry-timetable.md", "memo-substation-upgrade.md"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(docsDir, name))
			if err != nil {
				t.Fatal(err)
			}
			b := Parse(name, string(data), Markdown)
			var buf strings.Builder
			bw := bufio.NewWriter(&buf)
			if err := WriteMarkdown(bw, b); err != nil {
				t.Fatal(err)
			}
			bw.Flush()
			md := buf.String()
			for _, l := range b.Sections {
				for _, bl := range l.Blocks {
					for _, x := range bl.Links() {
						if want := "](" + x.URL + ")"; !strings.Contains(md, want) {
							t.Errorf("export lacks the link %q", want)
						}
					}
					if bl.Kind == model.TableBlock && !strings.Contains(md, "| Skarholm–Veld | 14 | 11 | fewer late boats |") {
						t.Errorf("export lacks the table row:\n%s", md)
					}
				}
			}
			if strings.Contains(md, `\|`) {
				t.Errorf("export escapes a pipe:\n%s", md)
			}
			again := Parse(name, md, Markdown)
			for n := 0; n <= len(b.Sections); n++ {
				got, want := again.Blocks(n), b.Blocks(n)
				if n > 0 && again.Sections[n-1].Heading != b.Sections[n-1].Heading {
					t.Errorf("heading %d: %q, want %q", n, again.Sections[n-1].Heading, b.Sections[n-1].Heading)
				}
				if len(got) != len(want) {
					t.Fatalf("section %d: %d blocks, want %d\n%s", n, len(got), len(want), md)
				}
				for i := range want {
					g, w := got[i], want[i]
					g.Quotes, w.Quotes = nil, nil
					if !reflect.DeepEqual(g, w) {
						t.Errorf("section %d block %d:\n got %+v\nwant %+v", n, i, g, w)
					}
				}
			}
		})
	}
}

// TestMarkdownTurnsKeepSpans checks an interview written in Markdown keeps
// the author's emphasis and links in its turns, over the paragraphs a turn
// runs on to.
func TestMarkdownTurnsKeepSpans(t *testing.T) {
	src := "# Interview\n\nIntro line.\n\n**Q:** Will the *late* boat stay?\n\n" +
		"**Ana Lind:** Yes, see [the plan](https://example.org/plan).\n\nIt is **final**.\n\n**Q:** Thanks.\n\n**Ana Lind:** Bye.\n"
	b := Parse("iv.md", src, Markdown)
	q := findBlock(t, b, model.QuoteBlock, "Will the")
	if q.Label != "Q" || !slices.Equal(spansOf(q), []spanText{{model.Emphasis, "late", ""}}) {
		t.Errorf("question %q %+v", q.Label, spansOf(q))
	}
	a := findBlock(t, b, model.QuoteBlock, "Yes, see")
	want := []spanText{{model.Link, "the plan", "https://example.org/plan"}, {model.Strong, "final", ""}}
	if a.Label != "Ana Lind" || a.Text != "Yes, see the plan.\n\nIt is final." || !slices.Equal(spansOf(a), want) {
		t.Errorf("answer %q %q %+v", a.Label, a.Text, spansOf(a))
	}
}
