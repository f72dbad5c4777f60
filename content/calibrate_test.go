package content

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Calibration: the evidence weights (unnamed, bare-label, one-word) and
// attributeMargin in resolve_features.go are fitted, not set by hand, in
// two steps.
//
// Measure: run the resolver, without its calibration, over documents with
// gold, and record for every quote it gave a speaker the rule, the margin,
// the evidence features and whether the speaker was right. The sets are
// the repository's (fixtures, and the shared corpus and patterns) and any
// set directory with gold/ given on the command line; DIR=BIN measures
// another build's export of it instead, so that the rules can be judged
// by the binary that first saw a set, before anyone tuned on it:
//
//	go test ./content -run TestCalibrate -v -args -calibrate=repo,/path/setA,/path/setA=/path/old/brief
//
// writes the counts (no text) to testdata/calibration.json, fits, prints
// the trade-off curve and, with -calibrate.write, writes the fitted values
// into resolve_features.go.
//
// Fit: try every evidence weight in fitWeights and every threshold in
// fitMargins; a quote keeps its speaker when its margin plus its evidence
// weights reaches the threshold. Keep the values that make the most of
// right − targetOdds × wrong on the measured sets (a wrong speaker costs
// as much as targetOdds right ones: attribute only where precision is at
// least 95 %), among those that keep every floor set at its floors. The
// fit reads only testdata/calibration.json, so TestCalibration repeats it
// on every test run and fails when the code's values are not its result.
var (
	calibrateSets  = flag.String("calibrate", "", "measure these sets (repo, DIR or DIR=BIN, comma-separated) into "+calibrationFile+" and fit")
	calibrateWrite = flag.Bool("calibrate.write", false, "write the fitted values into resolve_features.go")
)

const calibrationFile = "testdata/calibration.json"

// targetOdds is what a wrong speaker costs in right ones: 19 is the odds
// of a speaker precision of 95 %.
const targetOdds = 19

// floors are the least attributed-correctly and speaker precision (in %)
// the fit may leave each repository set with; the fixtures may lose no
// speaker they get right (TestFixtureFloor), which lossless marks.
var floors = map[string][2]float64{
	"corpus":   {98, 99},
	"patterns": {95, 99},
	"fixtures": {lossless, 100},
}

const lossless = -1

var (
	fitWeights = []float64{0, -0.5, -1, -1.5, -2, -2.5, -3, -3.5, -4, -5, -6, -7, -8, -10}
	fitMargins = []float64{1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5}
	// fitted are the evidence features the fit sets.
	fitted = []feature{fUnnamed, fBareLabel, fOneWord, fCommonWord, fBodyAnswer}
)

// calibration is the measurement the fit reads.
type calibration struct {
	Command string   `json:"command"`
	Sets    []calSet `json:"sets"`
}

// calSet is one measured set: its quotes in gold, and its attributed
// quotes counted by rule, evidence feature and margin.
type calSet struct {
	Name string   `json:"name"`
	Gold int      `json:"gold"`
	Rows []calRow `json:"rows"`
}

type calRow struct {
	Rule   string  `json:"rule"`
	Flag   string  `json:"flag,omitempty"`
	Margin float64 `json:"margin"`
	Right  int     `json:"right"`
	Wrong  int     `json:"wrong"`
}

// recordFlag names a record's evidence feature: the one its rule names,
// or for an older build's export, which names none, the one read from the
// export as evidence() reads it from the entity (as far as the export
// shows: it does not say which names are bodies').
func recordFlag(r quoteRecord) string {
	if !r.Given || len(r.Feats) == 0 {
		return ""
	}
	for _, f := range fitted {
		if slices.Contains(r.Feats[1:], f.String()) {
			return f.String()
		}
	}
	if !r.Other {
		return ""
	}
	label := r.Feats[0] == fLabel.String()
	switch {
	case r.Speaker == anonymousName:
		if !label {
			return fUnnamed.String()
		}
	case r.Feats[0] == fAnswer.String() && acronymIn(r.Speaker):
		return fBodyAnswer.String()
	case nameWords(r.Speaker) != 1:
	case label:
		if r.Fuller {
			return fBareLabel.String()
		}
	case r.Lower:
		return fCommonWord.String()
	case r.Fuller:
		return fOneWord.String() // a body's one-word name counts too: the export does not say which it is
	}
	return ""
}

// measureSet counts one set's records.
func measureSet(name string, docs []statsDoc, recs []quoteRecord) calSet {
	s := calSet{Name: name}
	for _, d := range docs {
		s.Gold += len(d.gold.Quotes)
	}
	idx := map[calRow]int{}
	for _, r := range recs {
		if !r.Given {
			continue
		}
		k := calRow{Rule: r.Feats[0], Flag: recordFlag(r), Margin: math.Round(r.Margin*10) / 10}
		i, ok := idx[k]
		if !ok {
			i = len(s.Rows)
			idx[k] = i
			s.Rows = append(s.Rows, k)
		}
		if r.Right {
			s.Rows[i].Right++
		} else {
			s.Rows[i].Wrong++
		}
	}
	slices.SortFunc(s.Rows, func(a, b calRow) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Flag, b.Flag), cmp.Compare(a.Margin, b.Margin))
	})
	return s
}

// fit is one setting of the calibrated values.
type fit struct {
	w      map[string]float64
	margin float64
}

// tally is what a fit leaves a set with.
type tally struct{ right, wrong int }

func (f fit) apply(s calSet) tally {
	var t tally
	for _, r := range s.Rows {
		if r.Margin+f.w[r.Flag] >= f.margin-1e-9 {
			t.right += r.Right
			t.wrong += r.Wrong
		}
	}
	return t
}

// holds reports whether a fit keeps every floor set at its floors.
func (f fit) holds(c calibration) bool {
	for _, s := range c.Sets {
		fl, ok := floors[s.Name]
		if !ok {
			continue
		}
		t := f.apply(s)
		if fl[0] == lossless && t.right < (fit{margin: math.Inf(-1)}).apply(s).right {
			return false
		}
		if pct(t.right, s.Gold) < fl[0] || pct(t.right, t.right+t.wrong) < fl[1] {
			return false
		}
	}
	return true
}

// utility is right − targetOdds × wrong over the sets that are not floor
// sets.
func (f fit) utility(c calibration) (u, right int) {
	for _, s := range c.Sets {
		if _, ok := floors[s.Name]; ok {
			continue
		}
		t := f.apply(s)
		u += t.right - targetOdds*t.wrong
		right += t.right
	}
	return u, right
}

// fitCalibration searches the grid. Ties go to the fit met first: weights
// nearer zero, then the lower threshold.
func fitCalibration(c calibration) fit {
	var best fit
	bestU, bestRight, found := 0, 0, false
	n := len(fitWeights)
	for k := range int(math.Pow(float64(n), float64(len(fitted)))) {
		w := map[string]float64{}
		for i, f := range fitted {
			w[f.String()] = fitWeights[k/int(math.Pow(float64(n), float64(i)))%n]
		}
		for _, m := range fitMargins {
			f := fit{w, m}
			if !f.holds(c) {
				continue
			}
			u, right := f.utility(c)
			if !found || u > bestU || (u == bestU && right > bestRight) {
				best, bestU, bestRight, found = f, u, right, true
			}
		}
	}
	return best
}

// curve prints, for the fitted weights, every threshold's precision and
// attributed-correctly on each set and on all the measured sets that are
// not floor sets together.
func curve(c calibration, f fit) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-9s %-22s", "threshold", "released (prec/attr)")
	for _, s := range c.Sets {
		fmt.Fprintf(&sb, " %13s", clip(s.Name, 13))
	}
	sb.WriteByte('\n')
	for _, m := range append([]float64{0}, fitMargins...) {
		g := fit{f.w, m}
		var all tally
		gold := 0
		row := ""
		for _, s := range c.Sets {
			t := g.apply(s)
			row += fmt.Sprintf(" %6.1f/%6.1f", pct(t.right, t.right+t.wrong), pct(t.right, s.Gold))
			if _, ok := floors[s.Name]; !ok {
				all.right, all.wrong, gold = all.right+t.right, all.wrong+t.wrong, gold+s.Gold
			}
		}
		mark := " "
		if m == f.margin {
			mark = "*"
		}
		fmt.Fprintf(&sb, "%s%8.1f %10.1f/%10.1f%s\n", mark, m, pct(all.right, all.right+all.wrong), pct(all.right, gold), row)
	}
	return sb.String()
}

func readCalibration(t testing.TB) calibration {
	var c calibration
	data, err := os.ReadFile(calibrationFile)
	if err == nil {
		err = json.Unmarshal(data, &c)
	}
	if err != nil {
		t.Fatalf("%s: %v", calibrationFile, err)
	}
	return c
}

// TestCalibrate measures the sets -calibrate names, fits, and with
// -calibrate.write writes the result into resolve_features.go.
func TestCalibrate(t *testing.T) {
	if *calibrateSets == "" {
		t.Skip("no -calibrate sets given")
	}
	c := calibration{Command: "go test ./content -run TestCalibrate -v -args -calibrate=" + calibrationSpec(*calibrateSets)}
	calibrating = true
	defer func() { calibrating = false }()
	for _, spec := range strings.Split(*calibrateSets, ",") {
		dir, bin, _ := strings.Cut(strings.TrimSpace(spec), "=")
		if dir == "repo" {
			byName := map[string][]statsDoc{}
			var names []string
			for _, d := range statsRepoDocs(t) {
				if byName[d.set] == nil {
					names = append(names, d.set)
				}
				byName[d.set] = append(byName[d.set], d)
			}
			for _, n := range names {
				c.Sets = append(c.Sets, measureSet(n, byName[n], collectRecords(t, byName[n], "")))
			}
			continue
		}
		docs := statsSetDocs(t, dir)
		name := filepath.Base(dir)
		if bin != "" {
			name += "@" + filepath.Base(bin)
		}
		c.Sets = append(c.Sets, measureSet(name, docs, collectRecords(t, docs, bin)))
	}
	data, _ := json.MarshalIndent(c, "", " ")
	if err := os.WriteFile(calibrationFile, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	f := fitCalibration(c)
	t.Logf("fit: %v, attributeMargin %g\n%s", f.w, f.margin, curve(c, f))
	if *calibrateWrite {
		writeCalibration(t, f)
	}
}

// calibrationSpec is the command line with paths as given, for the record.
func calibrationSpec(s string) string { return strings.ReplaceAll(s, " ", "") }

var calibratedRow = regexp.MustCompile(`(?m)^(\t(f[A-Za-z]+):\s+\{"[a-z-]+", )(-?[0-9.]+)(\},)$`)

// writeCalibration writes a fit between the calibration markers of
// resolve_features.go.
func writeCalibration(t *testing.T, f fit) {
	const path = "resolve_features.go"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(data), "calibration:")
	if len(parts) != 5 {
		t.Fatalf("%s: want two calibration:begin … calibration:end blocks", path)
	}
	parts[1] = calibratedRow.ReplaceAllStringFunc(parts[1], func(line string) string {
		m := calibratedRow.FindStringSubmatch(line)
		for _, ft := range fitted {
			if strings.Contains(line, `"`+ft.String()+`"`) {
				return m[1] + fmt.Sprint(f.w[ft.String()]) + m[4]
			}
		}
		return line
	})
	parts[3] = regexp.MustCompile(`attributeMargin = [0-9.]+`).ReplaceAllString(parts[3], fmt.Sprintf("attributeMargin = %.1f", f.margin))
	if err := os.WriteFile(path, []byte(strings.Join(parts, "calibration:")), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
	writeREADMECalibration(t, f)
}

// writeREADMECalibration writes a fit into the README's table of evidence
// features and its sentence on attributeMargin (TestREADMEWeightsTable
// reads them back).
func writeREADMECalibration(t *testing.T, f fit) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	text := string(data)
	for _, ft := range fitted {
		row := regexp.MustCompile("(?m)^(\\s*\\| `" + ft.String() + "` \\| .* \\| )(−?[0-9.]+)( \\|)$")
		w := strings.Replace(fmt.Sprint(f.w[ft.String()]), "-", "−", 1)
		text = row.ReplaceAllString(text, "${1}"+w+"${3}")
	}
	m := regexp.MustCompile("(`attributeMargin`, which is\\s+\\*\\*)[0-9.]+(\\*\\*)")
	text = m.ReplaceAllString(text, "${1}"+fmt.Sprint(f.margin)+"${2}")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// TestCalibration fits the committed measurement again and fails unless
// the code ranks with the result.
func TestCalibration(t *testing.T) {
	c := readCalibration(t)
	f := fitCalibration(c)
	t.Logf("%s\nfit: %v, attributeMargin %g\n%s", c.Command, f.w, f.margin, curve(c, f))
	for _, ft := range fitted {
		if got, want := weights[ft].w, f.w[ft.String()]; got != want {
			t.Errorf("%s weighs %g, the fit of %s gives %g: run TestCalibrate with -calibrate.write", ft, got, calibrationFile, want)
		}
	}
	if attributeMargin != f.margin {
		t.Errorf("attributeMargin is %g, the fit of %s gives %g: run TestCalibrate with -calibrate.write", attributeMargin, calibrationFile, f.margin)
	}
}

// TestFitCalibration checks the fit on invented measurements: it withholds
// a feature whose quotes are mostly wrong, keeps one whose quotes are
// right, and gives up a withholding that would take the corpus below its
// floor.
func TestFitCalibration(t *testing.T) {
	corpus := calSet{Name: "corpus", Gold: 100, Rows: []calRow{
		{Rule: "after", Margin: 6, Right: 97},
		{Rule: "after", Flag: "one-word", Margin: 6, Right: 2},
	}}
	fresh := calSet{Name: "fresh", Gold: 100, Rows: []calRow{
		{Rule: "after", Margin: 6, Right: 60},
		{Rule: "label", Flag: "bare-label", Margin: 8, Right: 2, Wrong: 20},
		{Rule: "after", Flag: "one-word", Margin: 6, Right: 5, Wrong: 5},
		{Rule: "after", Flag: "unnamed", Margin: 6, Right: 10},
	}}
	f := fitCalibration(calibration{Sets: []calSet{corpus, fresh}})
	if w := f.w["bare-label"]; 8+w >= f.margin {
		t.Errorf("bare-label %g with threshold %g keeps quotes that are wrong 10 times in 11", w, f.margin)
	}
	if w := f.w["unnamed"]; 6+w < f.margin {
		t.Errorf("unnamed %g with threshold %g withholds quotes that are all right", w, f.margin)
	}
	if w := f.w["one-word"]; 6+w < f.margin {
		t.Errorf("one-word %g with threshold %g takes the corpus below 98 %%", w, f.margin)
	}
	corpus.Rows[1].Right, corpus.Rows[0].Right = 0, 99
	corpus.Rows = append(corpus.Rows, calRow{Rule: "before", Margin: 5, Right: 1})
	f = fitCalibration(calibration{Sets: []calSet{corpus, fresh}})
	if w := f.w["one-word"]; 6+w >= f.margin {
		t.Errorf("one-word %g with threshold %g keeps quotes that are wrong half the time, though the corpus has none", w, f.margin)
	}
}

// TestRecordFlag checks that an older build's export counts as evidence()
// counts the code's own winners.
func TestRecordFlag(t *testing.T) {
	cases := []struct {
		r    quoteRecord
		want string
	}{
		{quoteRecord{Feats: []string{"before"}, Speaker: "Unknown"}, "unnamed"},
		{quoteRecord{Feats: []string{"label"}, Speaker: "Unknown"}, ""},
		{quoteRecord{Feats: []string{"answer"}, Speaker: "Port TLA Desk"}, "body-answer"},
		{quoteRecord{Feats: []string{"answer"}, Speaker: "Ana Lind"}, ""},
		{quoteRecord{Feats: []string{"label"}, Speaker: "Ana", Fuller: true}, "bare-label"},
		{quoteRecord{Feats: []string{"label"}, Speaker: "Ana", Lower: true}, ""},
		{quoteRecord{Feats: []string{"after"}, Speaker: "Models", Lower: true}, "common-word"},
		{quoteRecord{Feats: []string{"after"}, Speaker: "Ana", Fuller: true}, "one-word"},
		{quoteRecord{Feats: []string{"after"}, Speaker: "Ana Lind", Fuller: true}, ""},
		{quoteRecord{Feats: []string{"after", "one-word"}, Speaker: "Ana"}, "one-word"},
	}
	for _, c := range cases {
		c.r.Given, c.r.Other = true, true
		if got := recordFlag(c.r); got != c.want {
			t.Errorf("%v %q: %q, want %q", c.r.Feats, c.r.Speaker, got, c.want)
		}
	}
}
