package content

import (
	"strings"
	"testing"
)

func TestPointMarkdown(t *testing.T) {
	b := Parse("memo.md", "# Memo\n\nIntro line.\n\n## One\n\nSee *the* [report](https://example.org/r).\n\n## Two\n\n- a\n- b\n", Markdown)
	got := PointMarkdown(b, 1)
	if !strings.HasPrefix(got, "## 1. One\n\n") || !strings.Contains(got, "[report](https://example.org/r)") || !strings.Contains(got, "*the*") {
		t.Errorf("point 1 = %q", got)
	}
	if strings.Contains(got, "Two") {
		t.Errorf("point 1 runs into point 2: %q", got)
	}
	if intro := PointMarkdown(b, 0); !strings.HasPrefix(intro, "# Memo\n\nIntro line.") {
		t.Errorf("intro = %q", intro)
	}
}
