package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestTraceRank(t *testing.T) {
	path := os.Getenv("BRIEF_TRACE")
	if path == "" {
		t.Skip()
	}
	grep := os.Getenv("BRIEF_GREP")
	data, _ := os.ReadFile(path)
	d := parsePlain(string(data))
	if strings.HasSuffix(path, ".md") {
		d = parseMarkdown(string(data))
	}
	a := newAttributor(d)
	texts := map[int]string{}
	for _, b := range a.blocks {
		texts[b.order] = b.raw.text
	}
	last := ""
	traceRank = func(an anaphor, e *entity, s float64) {
		txt := texts[an.para]
		if grep != "" && !strings.Contains(txt, grep) {
			return
		}
		key := fmt.Sprint(an.para, an.tok)
		if key != last {
			fmt.Printf("para %d tok %d sent %d g=%c: %.90q\n", an.para, an.tok, an.sent, max(an.gender, '-'), txt)
			last = key
		}
		fmt.Printf("     %-25s %.1f\n", e.name(), s)
	}
	defer func() { traceRank = nil }()
	a.run()
	b := a.build("x", d)
	for _, q := range b.Quotes {
		if grep == "" || strings.Contains(q.Text, grep) || true {
			fmt.Printf("%-20s %-40s %.60q\n", b.SpeakerName(q.Speaker), q.Rule, q.Text)
		}
	}
}
