package ui_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/ansi"
)

// codeMemo has a fenced block with lines wider than any column tried: one
// at the block's left edge, one indented by the code itself with a tab.
const codeMemo = "# Code memo\n\n## Setup\n\nBefore the code.\n\n```go\n" +
	"func main() { fmt.Println(\"" + "0123456789" + "0123456789" + "0123456789" + "0123456789" + "\") } // then a comment that runs well past the edge TAILONE\n" +
	"\tif err := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout); err != nil { log.Fatal(err) } // TAILTWO\n" +
	"short()\n```\n\nAfter the code.\n"

// TestLongCodeLinesKeepTheirIndent prints a code block whose lines are
// wider than the column: each line's continuation is indented as the line
// is (the block's margin and the code's own indent) instead of starting
// at the left edge, nothing is cut off and no line is wider than the
// column — printed in every style, and in the reader.
func TestLongCodeLinesKeepTheirIndent(t *testing.T) {
	b := content.Parse("code.md", codeMemo, content.Markdown)
	code := b.Sections[0].Blocks[1].Text
	for _, style := range ui.StyleNames() {
		mark := "↪ "
		if style == "ascii" {
			mark = "> "
		}
		for _, width := range []int{50, 80} {
			var out bytes.Buffer
			if err := ui.Print(&out, b, width, style); err != nil {
				t.Fatal(err)
			}
			text := trimLines(ansi.Strip(out.String()))
			_, rest, _ := strings.Cut(text, "Before the code.\n")
			block, _, _ := strings.Cut(rest, "After the code.")
			lines := strings.Split(strings.Trim(block, "\n"), "\n")
			var printed strings.Builder
			indent := -1 // the indent of the line being continued
			for _, l := range lines {
				if ansi.StringWidth(l) > width {
					t.Errorf("%s at %d: a line %d cells wide: %q", style, width, ansi.StringWidth(l), l)
				}
				if strings.Contains(l, "\t") {
					t.Errorf("%s at %d: a tab reaches the terminal: %q", style, width, l)
				}
				lead := len(l) - len(strings.TrimLeft(l, " "))
				switch {
				case strings.Contains(l, "if err") && lead < indent+4:
					t.Errorf("%s at %d: the tab-indented line is indented %d, the block %d: %q", style, width, lead, indent, l)
					indent = lead
				case strings.Contains(l, "func main"), strings.Contains(l, "if err"), strings.Contains(l, "short()"):
					indent = lead // a line of the code starts
				case lead < indent || lead == 0:
					t.Errorf("%s at %d: a continuation line indented %d, its line %d: %q", style, width, lead, indent, l)
				default:
					// a continuation says so
					rest, ok := strings.CutPrefix(l[lead:], mark)
					if !ok {
						t.Errorf("%s at %d: a continuation line without %q: %q", style, width, mark, l)
					}
					l = rest
				}
				printed.WriteString(strings.Join(strings.Fields(l), ""))
			}
			if want := strings.Join(strings.Fields(code), ""); printed.String() != want {
				t.Errorf("%s at %d: the code printed is\n%s\nwant\n%s", style, width, printed.String(), want)
			}
		}
	}
	// the reader lays the block out as print does: the continuations
	// stand right of the code's left edge
	screen := ansi.Strip(ui.ScreenAfter(t, b, 80, 40))
	left, tails := -1, 0
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "func main"); i >= 0 {
			left = ansi.StringWidth(l[:i])
		}
		for _, tail := range []string{"TAILONE", "TAILTWO"} {
			if i := strings.Index(l, tail); i >= 0 && left >= 0 {
				tails++
				if col := firstWordCol(l, i); col < left {
					t.Errorf("reader: a continuation starts at column %d, left of the code's %d:\n%s", col, left, screen)
				}
			}
		}
	}
	if left < 0 || tails != 2 {
		t.Errorf("reader: the code's lines are not all on screen:\n%s", screen)
	}
}

// firstWordCol is the column where the run of text holding byte i of the
// line starts: after the last run of two spaces (or a pane's border) before it.
func firstWordCol(l string, i int) int {
	j := strings.LastIndex(l[:i], "  ")
	if k := strings.LastIndex(l[:i], "│"); k > j {
		j = k + len("│") - 2
	}
	return ansi.StringWidth(l[:j+2])
}

// trimLines drops the spaces that pad each line.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
