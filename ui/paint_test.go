package ui

import "testing"

// TestPaintIsRender checks that paint draws a row exactly as the style's
// lipgloss render does, in every theme.
func TestPaintIsRender(t *testing.T) {
	texts := []string{"a", "▌ 3. ", "Heading with spaces  ", " 12", "Ilse Varga", "", "tab\there", "two\nlines", "naïve café 日本"}
	for _, st := range []theme{newStyles(true), newStyles(false), newStyles(true).withoutColour()} {
		for id := paintItem; id <= paintFiltered; id++ {
			for _, s := range texts {
				for range 2 { // drawn, then from what was worked out
					if got, want := st.paint(id, s), st.byID(id).Render(s); got != want {
						t.Errorf("paint(%d, %q) = %q, Render gives %q", id, s, got, want)
					}
				}
			}
		}
	}
}
