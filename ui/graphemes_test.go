package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// clusters splits s into grapheme clusters.
func clusters(s string) []string {
	var out []string
	for s != "" {
		c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		out = append(out, c)
		s = s[len(c):]
	}
	return out
}

// TestWrapKeepsGraphemeClusters checks that no wrap, Glamour's or brief's,
// breaks a line inside a grapheme cluster: combining marks after an ASCII
// letter, Hangul syllables in jamo, Thai and Devanagari marks, emoji with
// a skin tone or a variation selector, flags, keycaps and ZWJ families,
// each in a word far longer than the line, at several widths.
func TestWrapKeepsGraphemeClusters(t *testing.T) {
	units := []string{"e\u0301", "q\u0301\u0323", "\u1100\u1161\u11a8", "\u0e01\u0e49", "\u263a\ufe0f",
		"\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "\U0001F469\u200d\U0001F469\u200d\U0001F467",
		"\u0915\u094d\u0937\u093f", "1\ufe0f\u20e3"}
	var blocks []fxBlock
	for _, u := range units {
		blocks = append(blocks, para("ab"+strings.Repeat(u, 30)+" end."))
	}
	b := buildBriefing("", nil, nil, [][]fxBlock{blocks})
	for _, w := range []int{20, 23, 31} {
		for _, style := range []string{"dark", "notty"} {
			var lines []string
			for _, rb := range renderUnit(&b, newDocIndex(&b), planUnits(&b)[0], renderKey{width: w, style: style}) {
				for _, l := range rb.lines {
					lines = append(lines, strings.TrimSpace(ansi.Strip(l.text)))
				}
			}
			for i := 0; i+1 < len(lines); i++ {
				a, c := clusters(lines[i]), clusters(lines[i+1])
				if len(a) == 0 || len(c) == 0 {
					continue
				}
				if joined := a[len(a)-1] + c[0]; len(clusters(joined)) == 1 {
					t.Errorf("width %d, %s: a line break splits the cluster %q", w, style, joined)
				}
			}
		}
	}
}
