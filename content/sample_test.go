package content

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestSampleExportGolden pins the whole JSON export of the built-in
// sample: every section, speaker (with role and aliases) and quote (with
// speaker, section and kind). TestGold checks the quotes against a hand
// annotation; this catches every other change. After a deliberate change,
// review the diff and run: go test ./content -run TestSampleExportGolden -update
func TestSampleExportGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Sample()); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}

// TestSampleMarkdownGolden pins `brief export --format markdown` of the
// sample.
func TestSampleMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, Sample()); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}
