package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestTraceEvents(t *testing.T) {
	path := os.Getenv("BRIEF_EVENTS")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	d := parsePlain(string(data))
	if strings.HasSuffix(path, ".md") {
		d = parseMarkdown(string(data))
	}
	a := newAttributor(d)
	a.run()
	for _, ev := range a.events {
		fmt.Printf("para %2d tok %3d sent %3d %-30s subj=%v spoke=%v obl=%v poss=%v pair=%v owned=%v head=%v\n", ev.para, ev.tok, ev.sent, ev.ent.name(), ev.subject, ev.spoke, ev.oblique, ev.possessor, ev.pair, ev.owned, ev.heading)
	}
}
