package content

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
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
