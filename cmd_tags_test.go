package main

import (
	"strings"
	"testing"
)

// TestPrintAddsNoWordsButWithTags checks that printing adds no speaker's
// name the author did not write, and that --tags adds one only as a line
// marked as brief's.
func TestPrintAddsNoWordsButWithTags(t *testing.T) {
	doc := writeDoc(t, "tags.txt", []byte("Harbour talks\n\n"+
		"Ana Lind, the harbour master, opened the session on Tuesday morning.\n\n"+
		"“We will keep the late boat,” she told the room, to some applause from the floor.\n"))
	out, errOut, code := runBrief(t, "", doc)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Count(out, "Ana Lind") != 1 {
		t.Errorf("print added the speaker's name:\n%s", out)
	}
	out, _, _ = runBrief(t, "", "--tags", doc)
	if !strings.Contains(out, "[brief: Ana Lind]") || strings.Count(out, "Ana Lind") != 2 {
		t.Errorf("--tags did not add a marked tag:\n%s", out)
	}
}
