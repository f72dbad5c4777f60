package content

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The ranking weights of the feature table (resolve_features.go) are set by
// hand (the evidence weights are fitted: calibrate_test.go).
// TestWeights is the repeatable check on them:
//
//	go test ./content -run TestWeights -v
//
// prints, over the fixtures and (when they are here) the shared corpus
// and patterns, how often each feature decided a quote and how many
// speakers come out right and wrong; with BRIEF_WEIGHTS=ablate it also
// scores every feature at zero, half and one and a half times its weight,
// and fails if any of those gets more speakers right without getting more
// wrong — a sign the table should be set again.

// weightDoc is one document with its answer key.
type weightDoc struct {
	path string
	gold goldDoc
}

// weightDocs returns the fixtures and the shared sets' documents with
// their gold.
func weightDocs(t *testing.T) []weightDoc {
	var docs []weightDoc
	for _, name := range goldNames(t) {
		if p, ok := fixturePath(name); ok {
			docs = append(docs, weightDoc{p, readGold(t, name)})
		}
	}
	for _, set := range []string{"corpus", "patterns"} {
		for _, p := range sharedDocs(t, set) {
			name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
			g, err := readGoldFile(filepath.Join(filepath.Dir(p), "gold", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, weightDoc{p, g})
		}
	}
	// BRIEF_WEIGHTS_SETS adds set directories with gold/ (comma-separated)
	for _, d := range statsDocs(t, os.Getenv("BRIEF_WEIGHTS_SETS")) {
		docs = append(docs, weightDoc{d.path, d.gold})
	}
	return docs
}

// weightScore is how the table does on the documents: speakers right,
// wrong (a speaker other than the gold one) and the quotes each feature
// appears in the deciding rule of.
type weightScore struct {
	right, wrong int
	fired        [numFeatures]int
}

func scoreWeights(t *testing.T, docs []weightDoc) weightScore {
	var ws weightScore
	byName := map[string]feature{}
	for f := range numFeatures {
		byName[weights[f].name] = f
	}
	for _, d := range docs {
		b, err := Load(d.path)
		if err != nil {
			t.Fatalf("%s: %v", d.path, err)
		}
		ex := NewExport(b)
		s := scoreDoc(d.gold, ex)
		ws.right += s.SpkOK
		ws.wrong += len(s.Wrong)
		for _, q := range ex.Quotes {
			for _, f := range ruleFeatures(q.Rule) {
				if k, ok := byName[f]; ok {
					ws.fired[k]++
				}
			}
		}
	}
	return ws
}

// ruleFeatures returns the feature names of a quote's rule: "after “said”
// +pronoun (margin 5.8)" → after, pronoun.
func ruleFeatures(rule string) []string {
	rule, _, _ = strings.Cut(rule, " (")
	var out []string
	for i, part := range strings.Split(rule, " +") {
		if i == 0 {
			part, _, _ = strings.Cut(part, " ")
		}
		out = append(out, part)
	}
	return out
}

func TestWeights(t *testing.T) {
	docs := weightDocs(t)
	base := scoreWeights(t, docs)
	t.Logf("%d documents: %d speakers right, %d wrong", len(docs), base.right, base.wrong)
	t.Logf("%-14s %7s %7s", "feature", "weight", "decided")
	for f := range numFeatures {
		t.Logf("%-14s %7.1f %7d", weights[f].name, weights[f].w, base.fired[f])
	}
	if os.Getenv("BRIEF_WEIGHTS") != "ablate" {
		return
	}
	t.Logf("%-14s %7s %13s %13s %13s", "feature", "weight", "×0 right/wrong", "×0.5", "×1.5")
	for f := range numFeatures {
		w := weights[f].w
		line := ""
		for _, k := range []float64{0, 0.5, 1.5} {
			weights[f].w = w * k
			s := scoreWeights(t, docs)
			line += strings.Repeat(" ", 5) + signed(s.right-base.right) + "/" + signed(s.wrong-base.wrong) +
				" (" + signed(s.right-base.right-targetOdds*(s.wrong-base.wrong)) + ")"
			if s.right > base.right && s.wrong <= base.wrong {
				t.Errorf("%s at %.2f gets %d more right and no more wrong: set the table again", weights[f].name, w*k, s.right-base.right)
			}
		}
		weights[f].w = w
		t.Logf("%-14s %7.1f %s", weights[f].name, w, line)
	}
}

func signed(n int) string { return fmt.Sprintf("%+d", n) }

// readGoldFile reads an answer key of a shared set.
func readGoldFile(path string) (goldDoc, error) {
	var g goldDoc
	data, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(data, &g)
	}
	return g, err
}
