package content

import (
	"os"
	"slices"
	"testing"

	"github.com/briefreader/brief/model"
)

// TestHTMLKeepsWhatTheAuthorWrote reads a saved page and checks it fills
// the same model as Markdown: emphasis, code, strikethrough and links as
// spans, a numbered list with its start and a list nested in an item, a
// table of data as a grid with its header row, a block quote's emphasis.
func TestHTMLKeepsWhatTheAuthorWrote(t *testing.T) {
	data, err := os.ReadFile("testdata/html/shapes.html")
	if err != nil {
		t.Fatal(err)
	}
	b := Parse("shapes.html", string(data), HTML)
	if b.Title != "Ferry board keeps the late boat" {
		t.Errorf("title %q", b.Title)
	}
	lead := findBlock(t, b, model.Paragraph, "The harbour board")
	want := []spanText{{model.Emphasis, "last", ""}, {model.Strong, "three-hour", ""}, {model.Link, "its agenda", "https://example.org/agenda"}}
	if got := spansOf(lead); !slices.Equal(got, want) {
		t.Errorf("lead spans\n got %+v\nwant %+v", got, want)
	}
	// a relative link resolved against the page's canonical address
	papers := findBlock(t, b, model.Paragraph, "The board's papers")
	if got := spansOf(papers); !slices.Equal(got, []spanText{{model.Link, "board's papers", "https://example.org/papers/board-2026-10.pdf"}}) {
		t.Errorf("relative link %+v", got)
	}
	var numbers []int
	var nested []string
	for _, bl := range b.Intro {
		if bl.Kind != model.ListItem {
			continue
		}
		if bl.Ordered {
			numbers = append(numbers, bl.Number)
		} else if slices.Equal(bl.Nest, []model.Container{model.InListItem}) {
			nested = append(nested, bl.Text)
		}
	}
	if !slices.Equal(numbers, []int{3, 4, 5}) || !slices.Equal(nested, []string{"Passes keep their price.", "Single tickets may rise."}) {
		t.Errorf("list numbers %v, nested items %q", numbers, nested)
	}
	if got := spansOf(findBlock(t, b, model.ListItem, "A WX-45")); !slices.Equal(got, []spanText{{model.InlineCode, "WX-45", ""}}) {
		t.Errorf("code %+v", got)
	}
	if got := spansOf(findBlock(t, b, model.ListItem, "Fares are")); !slices.Equal(got, []spanText{{model.Strikethrough, "frozen", ""}}) {
		t.Errorf("strikethrough %+v", got)
	}
	tb := findBlock(t, b, model.TableBlock, "Route")
	if tb.Table == nil || tb.Table.Header != 1 || len(tb.Table.Rows) != 3 {
		t.Fatalf("table %+v", tb.Table)
	}
	var last []string
	for _, c := range tb.Table.Rows[2] {
		last = append(last, tb.Text[c.Start:c.End])
	}
	if !slices.Equal(last, []string{"Veld–Ansel Point", "6", "4"}) || !slices.Equal(spansOf(tb), []spanText{{model.Strong, "4", ""}}) {
		t.Errorf("last row %q spans %+v", last, spansOf(tb))
	}
	if got := spansOf(findBlock(t, b, model.QuoteBlock, "We will not")); !slices.Equal(got, []spanText{{model.Emphasis, "anyone", ""}}) {
		t.Errorf("quote spans %+v", got)
	}
}
