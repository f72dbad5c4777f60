package content

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/briefreader/brief/model"
)

// PointMarkdown is talking point n of b (0 for the intro, under the
// briefing's title) as WriteMarkdown writes it: "## N. Heading" (with the author's
// own heading level) and its
// blocks, with the author's emphasis, links, lists and tables. The reader
// copies it to the clipboard.
func PointMarkdown(b model.Briefing, n int) string {
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	switch {
	case n >= 1 && n <= len(b.Sections) && !b.Sections[n-1].Derived:
		fmt.Fprintf(w, "%s %d. %s\n\n", b.Sections[n-1].HeadingMarks(), n, headingMarkdown(b.Sections[n-1]))
	case n == 0 && b.Title != "":
		fmt.Fprintf(w, "# %s\n\n", escapeInline(oneLine(b.Title)))
	}
	writeMarkdownBlocks(w, b.Blocks(n))
	w.Flush()
	return strings.TrimRight(sb.String(), "\n") + "\n"
}
