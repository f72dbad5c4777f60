package content

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Rule statistics: how often each rule of the resolver gives a quote a
// speaker, and how often that speaker is right, on documents with gold.
// The quotes are matched to the gold and the speakers compared as
// /work/shared/eval/score does (scoreDoc); a quote given no speaker is an
// abstention. "Unknown" counts as a speaker, as the script counts it.
//
//	go test ./content -run TestRuleStats -v -args -rulestats=repo
//	go test ./content -run TestRuleStats -v -args \
//	    -rulestats=/path/setA,/path/setB -rulestats.bin=/path/old/brief -rulestats.by=rule-band
//
// -rulestats takes set directories, each holding documents and a gold/
// directory of answer keys ("repo" stands for the fixtures, the shared
// corpus and the shared patterns); -rulestats.bin scores another build's
// `export --format json` instead of the code under test, so that a rule
// can be measured by the binary that first saw a set, before anyone tuned
// on it; -rulestats.base=BIN compares BIN (say, main before a change)
// with the code under test set by set, and -rulestats.seen names the sets
// looked at while designing the change: the comparison totals the sets not
// seen apart, which is what the change is worth on text nobody tuned it to;
// -rulestats.by groups by the rule that proposed the speaker
// (rule), every feature of it (features), the margin (band), rule and
// margin (rule-band), the set (set), set and rule (set-rule), the family
// of document (family: spoken or prose) or family and rule (family-rule).
// A document is spoken when at least half of the quotes its export finds
// are transcript turns.
var (
	statsSets = flag.String("rulestats", "", "comma-separated set directories with gold/ to measure per rule (repo: fixtures, corpus, patterns)")
	statsBin  = flag.String("rulestats.bin", "", "measure this brief binary's export instead of the code under test")
	statsBy   = flag.String("rulestats.by", "rule", "group by rule, features, band, rule-band, set, set-rule, family or family-rule")
	statsBase = flag.String("rulestats.base", "", "also measure this brief binary's export and compare it with the code under test, set by set")
	statsSeen = flag.String("rulestats.seen", "", "comma-separated names of the sets looked at while designing the change: the comparison totals the others apart")
)

// quoteRecord is one gold quote that the export found: the rule that
// decided it and whether its speaker is right.
type quoteRecord struct {
	Set, Doc string
	// Rule is the export's rule field; Feats its features, the proposing
	// one first; Margin the margin it reports (0 when none).
	Rule   string
	Feats  []string
	Margin float64
	// Given: the export gave a speaker; Right: the gold's; Unknown: the
	// gold speaker is "Unknown".
	Given, Right, Unknown bool
	// Speaker, Gold and Cue are the speaker given, the gold one and the
	// words the attribution rests on, for reading the errors.
	Speaker, Gold, Cue string
	// Fuller: the speaker's name is one word that the document also
	// writes as the first word of a longer name.
	Fuller bool
	// Lower: the document also writes that one word in lower case.
	Lower bool
	// Other: exported by another build (-rulestats.bin).
	Other bool
	// Spoken: the document is a spoken record (most of the quotes its
	// export finds are transcript turns).
	Spoken bool
}

// statsDoc is a document of a set with its answer key.
type statsDoc struct {
	set, path string
	gold      goldDoc
}

// statsSetDocs lists a set directory's documents that have gold.
func statsSetDocs(t testing.TB, dir string) []statsDoc {
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Fatalf("%s: no gold/*.json", dir)
	}
	var docs []statsDoc
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		for _, ext := range []string{".txt", ".md", ".html"} {
			if p := filepath.Join(dir, name+ext); fileExists(p) {
				gd, err := readGoldFile(g)
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, statsDoc{filepath.Base(dir), p, gd})
				break
			}
		}
	}
	return docs
}

// statsRepoDocs are the repository's fixtures and, when they are here, the
// shared corpus and patterns.
func statsRepoDocs(t testing.TB) []statsDoc {
	var docs []statsDoc
	for _, name := range goldNames(t) {
		if p, ok := fixturePath(name); ok {
			docs = append(docs, statsDoc{"fixtures", p, readGold(t, name)})
		}
	}
	for _, set := range []string{"corpus", "patterns"} {
		if dir := filepath.Join(sharedDir(), set); fileExists(filepath.Join(dir, "gold")) {
			docs = append(docs, statsSetDocs(t, dir)...)
		}
	}
	return docs
}

// statsDocs expands a comma-separated list of sets.
func statsDocs(t testing.TB, sets string) []statsDoc {
	var docs []statsDoc
	for _, s := range strings.Split(sets, ",") {
		switch s = strings.TrimSpace(s); s {
		case "":
		case "repo":
			docs = append(docs, statsRepoDocs(t)...)
		default:
			docs = append(docs, statsSetDocs(t, s)...)
		}
	}
	return docs
}

// exportWith returns the export of a document: by the code under test
// when bin is "", else by running bin's `export --format json`.
func exportWith(bin, path string) (Export, error) {
	if bin == "" {
		b, err := Load(path)
		if err != nil {
			return Export{}, err
		}
		return NewExport(b), nil
	}
	var ex Export
	out, err := exec.Command(bin, "export", "--format", "json", path).Output()
	if err == nil {
		err = json.Unmarshal(out, &ex)
	}
	return ex, err
}

var marginRe = regexp.MustCompile(`\(margin (-?[0-9.]+)\)`)

// collectRecords exports every document and records each matched quote.
// A document whose export fails scores as empty, as in the script.
func collectRecords(t testing.TB, docs []statsDoc, bin string) []quoteRecord {
	var recs []quoteRecord
	for _, d := range docs {
		ex, err := exportWith(bin, d.path)
		if err != nil {
			t.Logf("%s: no usable export (%v)", d.path, err)
		}
		s := scoreDoc(d.gold, ex)
		spoken := spokenExport(ex)
		words := &docWords{fuller: map[string]bool{}, lower: map[string]bool{}}
		if text, err := os.ReadFile(d.path); err == nil {
			words.read(string(text))
		}
		for _, p := range s.Pairs {
			g, q := d.gold.Quotes[p[0]], ex.Quotes[p[1]]
			r := quoteRecord{
				Set: d.set, Doc: filepath.Base(d.path), Rule: q.Rule, Feats: ruleFeatures(q.Rule),
				Given: strings.TrimSpace(q.Speaker) != "", Right: speakerMatch(q.Speaker, g.Speaker),
				Unknown: g.Speaker == unknownSpeaker, Speaker: q.Speaker, Gold: g.Speaker,
				Fuller: words.fuller[foldName(q.Speaker)], Lower: words.lower[foldName(q.Speaker)], Other: bin != "",
				Spoken: spoken,
			}
			if q.Cue != nil {
				r.Cue = q.Cue.Text
			}
			if q.Rule == "" {
				r.Feats = nil
			}
			if m := marginRe.FindStringSubmatch(q.Rule); m != nil {
				r.Margin, _ = strconv.ParseFloat(m[1], 64)
			}
			recs = append(recs, r)
		}
	}
	return recs
}

// spokenExport reports whether at least half of an export's quotes are
// transcript turns: a spoken record, not prose.
func spokenExport(ex Export) bool {
	turns := 0
	for _, q := range ex.Quotes {
		turns += btoi(q.Kind == "turn")
	}
	return len(ex.Quotes) > 0 && 2*turns >= len(ex.Quotes)
}

// family names a record's family of document.
func (r quoteRecord) family() string {
	if r.Spoken {
		return "spoken"
	}
	return "prose"
}

// marginBand names the band of margins a record falls in.
func marginBand(m float64) string {
	for _, b := range []float64{1, 2, 3, 4, 5, 6, 8} {
		if m < b {
			return fmt.Sprintf("<%g", b)
		}
	}
	return "≥8"
}

// statsKey is the group a record counts in.
func statsKey(r quoteRecord, by string) string {
	rule := "(none)"
	if len(r.Feats) > 0 {
		rule = r.Feats[0]
	}
	switch by {
	case "features":
		if len(r.Feats) == 0 {
			return rule
		}
		rest := slices.Clone(r.Feats[1:])
		slices.Sort(rest)
		return strings.Join(append([]string{rule}, rest...), " +")
	case "band":
		return marginBand(r.Margin)
	case "rule-band":
		return rule + " " + marginBand(r.Margin)
	case "set":
		return r.Set
	case "set-rule":
		return r.Set + " " + rule
	case "family":
		return r.family()
	case "family-rule":
		return r.family() + " " + rule
	}
	return rule
}

// ruleCount is one row of the table.
type ruleCount struct {
	key                          string
	matched, given, right, wrong int
	// abstained: matched, given no speaker, and the gold names someone
	// (not "Unknown").
	abstained int
}

func countRules(recs []quoteRecord, by string) (rows []ruleCount, tot ruleCount) {
	idx := map[string]int{}
	tot.key = "TOTAL"
	for _, r := range recs {
		k := statsKey(r, by)
		i, ok := idx[k]
		if !ok {
			i = len(rows)
			idx[k] = i
			rows = append(rows, ruleCount{key: k})
		}
		for _, c := range []*ruleCount{&rows[i], &tot} {
			c.matched++
			switch {
			case r.Given && r.Right:
				c.given++
				c.right++
			case r.Given:
				c.given++
				c.wrong++
			case !r.Unknown:
				c.abstained++
			}
		}
	}
	slices.SortFunc(rows, func(a, b ruleCount) int {
		return cmp.Or(cmp.Compare(b.given, a.given), cmp.Compare(a.key, b.key))
	})
	return rows, tot
}

func statsTable(recs []quoteRecord, by string) string {
	rows, tot := countRules(recs, by)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-34s %7s %6s %6s %6s %9s %9s\n", by, "matched", "given", "right", "wrong", "abstained", "precision")
	for _, c := range append(rows, tot) {
		fmt.Fprintf(&sb, "%-34s %7d %6d %6d %6d %9d %8.1f%%\n", c.key, c.matched, c.given, c.right, c.wrong, c.abstained, pct(c.right, c.given))
	}
	return sb.String()
}

// TestRuleStats prints the per-rule table for the sets -rulestats names
// (nothing without it).
func TestRuleStats(t *testing.T) {
	if *statsSets == "" {
		t.Skip("no -rulestats sets given")
	}
	docs := statsDocs(t, *statsSets)
	recs := collectRecords(t, docs, *statsBin)
	gold := 0
	for _, d := range docs {
		gold += len(d.gold.Quotes)
	}
	_, tot := countRules(recs, "rule")
	t.Logf("%d documents, %d gold quotes: quote recall %.1f%%, speaker precision %.1f%%, attributed correctly %.1f%%\n%s",
		len(docs), gold, pct(tot.matched, gold), pct(tot.right, tot.given), pct(tot.right, gold), statsTable(recs, *statsBy))
	if *statsBase != "" {
		seen := map[string]bool{}
		for _, n := range strings.Split(*statsSeen, ",") {
			seen[filepath.Base(strings.TrimSpace(n))] = true
		}
		t.Logf("before: %s; after: the code under test\n%s", *statsBase, compareSets(docs, collectRecords(t, docs, *statsBase), recs, seen))
	}
	if out := os.Getenv("BRIEF_RULESTATS_DUMP"); out != "" {
		data, _ := json.Marshal(recs)
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// setScore is one set's speakers, as the eval script counts them.
type setScore struct{ gold, given, right int }

func (s setScore) String() string {
	return fmt.Sprintf("%5.1f%% %5.1f%% %4d", pct(s.right, s.given), pct(s.right, s.gold), s.given-s.right)
}

func (s setScore) add(o setScore) setScore {
	return setScore{s.gold + o.gold, s.given + o.given, s.right + o.right}
}

// compareSets prints, for each set, the speaker precision, attributed
// correctly and wrong speakers before (base) and after (now), then the
// totals of the sets not seen and of all.
func compareSets(docs []statsDoc, base, now []quoteRecord, seen map[string]bool) string {
	var order []string
	before, after := map[string]*setScore{}, map[string]*setScore{}
	for _, d := range docs {
		if before[d.set] == nil {
			order = append(order, d.set)
			before[d.set], after[d.set] = &setScore{}, &setScore{}
		}
		before[d.set].gold += len(d.gold.Quotes)
		after[d.set].gold += len(d.gold.Quotes)
	}
	for _, side := range []struct {
		recs []quoteRecord
		m    map[string]*setScore
	}{{base, before}, {now, after}} {
		for _, r := range side.recs {
			if s := side.m[r.Set]; s != nil && r.Given {
				s.given++
				s.right += btoi(r.Right)
			}
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s %-21s    %-21s\n", "set", "before: prec attr wrong", "after: prec attr wrong")
	var unseenB, unseenA, allB, allA setScore
	for _, n := range order {
		b, a := *before[n], *after[n]
		mark := ""
		if seen[n] {
			mark = " (seen)"
		} else {
			unseenB, unseenA = unseenB.add(b), unseenA.add(a)
		}
		allB, allA = allB.add(b), allA.add(a)
		fmt.Fprintf(&sb, "%-10s %-21s -> %-21s%s\n", n, b, a, mark)
	}
	fmt.Fprintf(&sb, "%-10s %-21s -> %-21s\n%-10s %-21s -> %-21s\n", "NOT SEEN", unseenB, unseenA, "ALL", allB, allA)
	return sb.String()
}

// TestCompareSets checks the set-by-set comparison on invented records:
// the sets seen are marked and left out of the NOT SEEN total.
func TestCompareSets(t *testing.T) {
	docs := []statsDoc{{set: "setX", gold: goldDoc{Quotes: make([]goldQuote, 4)}}, {set: "setY", gold: goldDoc{Quotes: make([]goldQuote, 2)}}}
	rec := func(set string, right bool) quoteRecord { return quoteRecord{Set: set, Given: true, Right: right} }
	base := []quoteRecord{rec("setX", true), rec("setX", false), rec("setY", false)}
	now := []quoteRecord{rec("setX", true), rec("setY", true), rec("setY", true)}
	out := compareSets(docs, base, now, map[string]bool{"setY": true})
	for _, want := range []string{
		"setX        50.0%  25.0%    1    -> 100.0%  25.0%    0",
		"(seen)",
		"NOT SEEN    50.0%  25.0%    1    -> 100.0%  25.0%    0",
		"ALL         33.3%  16.7%    2    -> 100.0%  50.0%    0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("comparison lacks %q:\n%s", want, out)
		}
	}
}
