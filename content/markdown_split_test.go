package content

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/briefreader/brief/internal/briefgen"
	"github.com/yuin/goldmark/text"
)

// wholeMarkdownBlocks parses source whole, as parseMarkdownBlocks does
// when it cannot cut it.
func wholeMarkdownBlocks(source []byte) []mdPara {
	return walkMarkdown(markdownParser.Parser().Parse(text.NewReader(source)), source)
}

// checkParts fails unless source parsed in parts gives the blocks it
// gives parsed whole.
func checkParts(t *testing.T, name string, source []byte) {
	t.Helper()
	defer func(n int) { parallelBytes = n }(parallelBytes)
	parallelBytes = 1 // short documents are cut too
	whole := numberBoxes(wholeMarkdownBlocks(source))
	for _, size := range []int{1, 10, 100, len(source) / 3} {
		cuts := markdownParts(source, size)
		if cuts == nil {
			continue
		}
		var got []mdPara
		for k, from := range cuts {
			to := len(source)
			if k+1 < len(cuts) {
				to = cuts[k+1]
			}
			part := wholeMarkdownBlocks(source[from:to:to])
			for i := range part {
				// each part numbers its block quotes apart, as
				// parseMarkdownBlocks's parts do (shape.box)
				if b := part[i].shape.boxOf(); b != 0 {
					sh := *part[i].shape
					sh.box = b + int32(k)<<20
					part[i].shape = &sh
				}
			}
			got = append(got, part...)
		}
		got = numberBoxes(got)
		if (len(got) > 0 || len(whole) > 0) && !reflect.DeepEqual(got, whole) {
			for i := range min(len(got), len(whole)) {
				if !reflect.DeepEqual(got[i], whole[i]) {
					t.Fatalf("%s in parts of %d bytes: block %d is %+v, whole %+v", name, size, i, got[i], whole[i])
				}
			}
			t.Fatalf("%s in parts of %d bytes: %d blocks, whole %d", name, size, len(got), len(whole))
		}
	}
}

// TestMarkdownParts checks that Markdown cut before headings parses as it
// does whole, on the Markdown in testdata and generated briefings, and
// that what may reach across a cut keeps a document whole.
func TestMarkdownParts(t *testing.T) {
	var docs []string
	for _, glob := range []string{"testdata/docs/*.md", "../examples/*.md", "../examples/day/*.md"} {
		m, _ := filepath.Glob(glob)
		for _, path := range m {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(data))
		}
	}
	docs = append(docs, string(briefgen.Markdown(100_000)))
	tricky := "# T\n\nIntro *a\n## not cut inside a list?\n- item\n# B\n> quote\n# C\n| a | b |\n|---|---|\n| 1 | 2 |\n# D\nPara\n===\n# E\n* x\n  # indented heading in an item\n#F not a heading\n#\n# G\n"
	docs = append(docs, tricky, strings.Repeat(tricky, 5))
	for i, doc := range docs {
		checkParts(t, docs[i][:min(30, len(doc))], []byte(doc))
	}
	for _, whole := range []string{
		"# A\n\n```\n# B\n```\n", "# A\n\n<!--\n# B\n-->\n", "# A\n\n[x]\n\n# B\n\n[x]: /u\n",
		"# A\n\nNote[^1].\n\n# B\n\n[^1]: n\n", "# A\n\n> [x]: /u\n\n# B\n[x]\n", "# A\n\n[multi\nline]: /u\n# B\n",
	} {
		defer func(n int) { parallelBytes = n }(parallelBytes)
		parallelBytes = 1
		if cuts := markdownParts([]byte(whole), 1); cuts != nil {
			t.Errorf("%q cut at %v: it must be parsed whole", whole, cuts)
		}
	}
}

// FuzzMarkdownParts checks on any Markdown that a document cut into parts
// parses as it does whole.
func FuzzMarkdownParts(f *testing.F) {
	for _, s := range []string{"# A\ntext\n# B\nmore", "# A\n- a\n# B\n> q\n# C", "a *b\n# c* d\n# e", "# A\n| a |\n|---|\n# B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParts(t, "fuzz", []byte(Sanitize(s)))
	})
}
