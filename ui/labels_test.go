package ui_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/ansi"
)

// TestTurnLabelsAsWritten prints a transcript whose labels end in a
// colon, a full stop or nothing, and checks each turn reads as the author
// wrote it: brief puts no colon of its own after a label.
func TestTurnLabelsAsWritten(t *testing.T) {
	src := "FERRY BRIEFING\n\nMS. VARGA: Good morning. Two things today.\n\nQ. Will the night sailings come back?\n\n" +
		"MS. VARGA: In March.\n\nQ Are fares going up?\n\nMS. VARGA: Not this year.\n"
	b := content.Parse("t.txt", src, content.Plain)
	for _, style := range ui.StyleNames() {
		var out bytes.Buffer
		if err := ui.Print(&out, b, 80, style); err != nil {
			t.Fatal(err)
		}
		text := ansi.Strip(out.String())
		for _, want := range []string{"MS. VARGA: Good morning.", "Q. Will the night", "Q Are fares going up?", "MS. VARGA: Not this year."} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q is not printed as written:\n%s", style, want, text)
			}
		}
		for _, added := range []string{"Q: ", "Q.:", "VARGA::"} {
			if strings.Contains(text, added) {
				t.Errorf("%s: printed %q, which the author did not write:\n%s", style, added, text)
			}
		}
	}
	screen := ansi.Strip(ui.ScreenAfter(t, b, 100, 30))
	if !strings.Contains(screen, "Q Are fares going up?") || strings.Contains(screen, "Q: ") {
		t.Errorf("the reader adds to a label:\n%s", screen)
	}
}
