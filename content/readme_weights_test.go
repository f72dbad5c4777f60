package content

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestREADMEWeightsTable keeps the README's table of ranking features
// ("How brief decides who said a quote") in step with the weights the
// code ranks by: every feature listed once, with its weight.
func TestREADMEWeightsTable(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip(err)
	}
	row := regexp.MustCompile("^\\s*\\| ((?:`[a-z-]+`(?:, )?)+) \\| .* \\| (−?[0-9.]+) \\|$")
	name := regexp.MustCompile("`([a-z-]+)`")
	listed := map[string]float64{}
	for _, line := range strings.Split(string(data), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		w, err := strconv.ParseFloat(strings.Replace(m[2], "−", "-", 1), 64)
		if err != nil {
			t.Fatalf("README: %q: %v", line, err)
		}
		for _, n := range name.FindAllStringSubmatch(m[1], -1) {
			listed[n[1]] = w
		}
	}
	for f := range numFeatures {
		w, ok := listed[weights[f].name]
		switch {
		case !ok:
			t.Errorf("README: feature %q (weight %g) is not in the table", weights[f].name, weights[f].w)
		case w != weights[f].w:
			t.Errorf("README: feature %q has weight %g, the code %g", weights[f].name, w, weights[f].w)
		}
		delete(listed, weights[f].name)
	}
	for n := range listed {
		t.Errorf("README: feature %q is in the table but not in resolve_features.go", n)
	}
	m := regexp.MustCompile("`attributeMargin`, which is\\s+\\*\\*([0-9.]+)\\*\\*").FindSubmatch(data)
	if m == nil {
		t.Fatal("README: no \"`attributeMargin`, which is **N**\"")
	}
	if w, _ := strconv.ParseFloat(string(m[1]), 64); w != attributeMargin {
		t.Errorf("README: attributeMargin is %s, the code %g", m[1], attributeMargin)
	}
}
