package content

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// TestMarkdownShapesRoundTrip exports Markdown of shapes the fixtures do
// not hold and checks the export writes them as the author did and reads
// back as the same blocks, and that exporting again changes nothing.
func TestMarkdownShapesRoundTrip(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // in the export
	}{
		{"a quote going on after a quote inside it",
			"# M\n\n> Outer.\n>\n> > Inner.\n>\n> Outer again.\n",
			[]string{"> Outer.\n>\n> > Inner.\n>\n> Outer again.\n"}},
		{"a quote going on after its list and code",
			"# M\n\n> Said:\n>\n> - one\n> - two\n>\n> ```\n> x = 1\n> ```\n>\n> Done.\n",
			[]string{"> - one\n> - two\n>\n> ```\n> x = 1\n> ```\n>\n> Done.\n"}},
		{"two quotes one after the other stay two",
			"# M\n\n> First.\n\n> Second.\n",
			[]string{"> First.\n\n> Second.\n"}},
		{"images",
			"# M\n\n![A ferry at the quay](https://example.org/ferry.jpg)\n\nAn inline ![icon](icon.png) and a [link](https://example.org/).\n",
			[]string{"![A ferry at the quay](https://example.org/ferry.jpg)", "An inline ![icon](icon.png) and a [link](https://example.org/)."}},
		{"hard line breaks",
			"# M\n\nTo: the board  \nFrom: the office\\\nDate: Friday\n",
			[]string{"To: the board\\\nFrom: the office\\\nDate: Friday\n"}},
		{"a heading inside a list item",
			"# M\n\n- Item one\n\n  ### Inside\n\n  Text under it.\n- Item two\n",
			[]string{"- Item one\n\n  ### Inside\n\n  Text under it.\n- Item two\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Parse("m.md", tt.src, Markdown)
			var first, second bytes.Buffer
			if err := WriteMarkdown(&first, b); err != nil {
				t.Fatal(err)
			}
			md := first.String()
			for _, w := range tt.want {
				if !strings.Contains(md, w) {
					t.Errorf("export lacks %q:\n%s", w, md)
				}
			}
			again := Parse("m.md", md, Markdown)
			if !reflect.DeepEqual(again.Intro, b.Intro) || !reflect.DeepEqual(again.Sections, b.Sections) {
				t.Errorf("read back:\n got %+v\nwant %+v\n%s", again.Intro, b.Intro, md)
			}
			if err := WriteMarkdown(&second, again); err != nil {
				t.Fatal(err)
			}
			if second.String() != md {
				t.Errorf("exported again:\n%s\nfirst:\n%s", second.String(), md)
			}
		})
	}
}

// TestHTMLQuoteInQuote checks a web page's quotation quoted inside another
// is a block quote nested in it, between the outer quote's text before and
// after it, not run into one line with it.
func TestHTMLQuoteInQuote(t *testing.T) {
	page := "<html><body><article><h1>Harbour talks end</h1>" +
		"<p>The board met for five hours on Thursday and agreed the new table, the harbour master said.</p>" +
		"<blockquote><p>“We held off as long as we could,” said Ingrid Solvik, the harbour master.</p>" +
		"<blockquote><p>Any rise must wait for spring.</p></blockquote><p>That was the letter we answered.</p></blockquote>" +
		"<p>The union will vote on Friday on whether to accept the offer that the port made.</p></article></body></html>"
	b := Parse("page.html", page, HTML)
	var got []string
	for _, bl := range b.Intro {
		if bl.Kind == model.QuoteBlock {
			got = append(got, fmt.Sprintf("%d:%s", len(bl.Nest), bl.Text))
		}
	}
	want := []string{"0:“We held off as long as we could,” said Ingrid Solvik, the harbour master.",
		"1:Any rise must wait for spring.", "0:That was the letter we answered."}
	if !slices.Equal(got, want) {
		t.Errorf("quotes %q, want %q", got, want)
	}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "> “We held off as long as we could,” said Ingrid Solvik, the harbour master.\n>\n> > Any rise must wait for spring.\n>\n> That was the letter we answered.\n") {
		t.Errorf("export:\n%s", buf.String())
	}
}

// TestLabelMarks checks each turn keeps the mark its author put after the
// label, in plain text and in Markdown, and export writes it back.
func TestLabelMarks(t *testing.T) {
	src := "FERRY BRIEFING\n\nMS. VARGA: Good morning. Two things today.\n\nQ. Will the night sailings come back?\n\n" +
		"MS. VARGA: In March.\n\nQ Are fares going up?\n\nMS. VARGA: Not this year.\n"
	want := []string{"MS. VARGA|:", "Q|.", "MS. VARGA|:", "Q|", "MS. VARGA|:"}
	marks := func(b model.Briefing) []string {
		var got []string
		for n := 0; n <= len(b.Sections); n++ {
			for _, bl := range b.Blocks(n) {
				if bl.Label != "" {
					got = append(got, bl.Label+"|"+bl.LabelMark)
				}
			}
		}
		return got
	}
	b := Parse("t.txt", src, Plain)
	if got := marks(b); !slices.Equal(got, want) {
		t.Errorf("plain text: %q, want %q", got, want)
	}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"\nMS. VARGA: Good morning.", "\nQ. Will the night", "\nQ Are fares going up?"} { // as written: no bold the author did not set
		if !strings.Contains(buf.String(), w) {
			t.Errorf("export lacks %q:\n%s", w, buf.String())
		}
	}
	md := Parse("t.md", "# Briefing\n\n**MR. REYES:** We will vote on Friday.\n\n**MS. VARGA:** We will wait.\n\n**MR. REYES:** Then we vote.\n\n**MS. VARGA:** So be it.\n", Markdown)
	if got := marks(md); !slices.Equal(got, []string{"MR. REYES|:", "MS. VARGA|:", "MR. REYES|:", "MS. VARGA|:"}) {
		t.Errorf("markdown: %q", got)
	}
}
