package content

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sampleMustBeExact makes TestGold fail unless the built-in sample parses
// perfectly: every gold quote found and none given a wrong speaker. The
// parser is being written right now and finds nothing yet, so this is off;
// the lead flips it to true when the parser lands.
const sampleMustBeExact = true

const (
	goldDir = "testdata/gold"
	docsDir = "testdata/docs"
	// sampleGoldName is the gold file scored against Sample() rather than
	// against a document under docsDir.
	sampleGoldName = "sample"
	// unknownSpeaker is what gold files call an unnamed speaker.
	unknownSpeaker = "Unknown"
)

// goldDoc is one answer key, in the format of /work/shared/corpus/gold.
type goldDoc struct {
	Title    string      `json:"title"`
	Sections []string    `json:"sections"`
	Quotes   []goldQuote `json:"quotes"`
	Speakers []string    `json:"speakers"`
}

type goldQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Section int    `json:"section"`
}

// DocScore is how one document's extraction compares with its gold file;
// the fields mirror the counts of the shared eval script.
type DocScore struct {
	Name                     string
	SecGold, SecPred, SecHit int
	QGold, QPred, QHit       int
	// SpkOK counts matched quotes whose speaker names the gold person;
	// SpkGiven those that were given any speaker; SecOK those placed under
	// the right talking point.
	SpkOK, SpkGiven, SecOK int
	Misses                 []string
	WrongSpeakers          []string
	// Misattributed lists matched quotes with a speaker that is not the gold
	// one. Unlike WrongSpeakers it accepts an unattributed quote where the
	// gold says "Unknown": an anonymous source should stay unattributed, and
	// the eval script counts that as wrong only because "" is not "Unknown".
	Misattributed []string
	// Wrong lists matched quotes given a speaker other than the gold one:
	// an unattributed quote is missing a speaker, not a wrong one.
	Wrong []string
	// Pairs are the matched quotes: index of the gold quote, index of the
	// predicted one (rulestats_test.go reads each pair's rule).
	Pairs [][2]int
}

// goldNames returns the names of the gold files, sorted.
func goldNames(t testing.TB) []string {
	t.Helper()
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		t.Fatalf("reading %s: %v", goldDir, err)
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".json"); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func readGold(t testing.TB, name string) goldDoc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(goldDir, name+".json"))
	if err != nil {
		t.Fatalf("reading gold %s: %v", name, err)
	}
	var g goldDoc
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("gold %s: %v", name, err)
	}
	return g
}

// fixturePath finds the document for a gold file, as the eval script does.
func fixturePath(name string) (string, bool) {
	for _, ext := range []string{".txt", ".md"} {
		p := filepath.Join(docsDir, name+ext)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
	}
	return "", false
}

// ScoreFixtures parses the built-in sample and every fixture that has a gold
// file, scores each against its gold and logs a table like the shared eval
// script's. Run it with `go test -run TestGold -v ./content`.
func ScoreFixtures(t testing.TB) []DocScore {
	t.Helper()
	var scores []DocScore
	for _, name := range goldNames(t) {
		var pred Export
		if name == sampleGoldName {
			pred = NewExport(Sample())
		} else {
			path, ok := fixturePath(name)
			if !ok {
				continue
			}
			b, err := Load(path)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			pred = NewExport(b)
		}
		s := scoreDoc(readGold(t, name), pred)
		s.Name = name
		scores = append(scores, s)
	}
	var tot DocScore
	tot.Name = "TOTAL"
	for _, s := range scores {
		t.Log(scoreLine(s))
		for _, m := range s.Misses {
			t.Logf("    missed: %q", m)
		}
		for _, w := range s.WrongSpeakers {
			t.Logf("    speaker: %s", w)
		}
		tot.SecGold, tot.SecPred, tot.SecHit = tot.SecGold+s.SecGold, tot.SecPred+s.SecPred, tot.SecHit+s.SecHit
		tot.QGold, tot.QPred, tot.QHit = tot.QGold+s.QGold, tot.QPred+s.QPred, tot.QHit+s.QHit
		tot.SpkOK, tot.SpkGiven, tot.SecOK = tot.SpkOK+s.SpkOK, tot.SpkGiven+s.SpkGiven, tot.SecOK+s.SecOK
	}
	t.Log(scoreLine(tot))
	t.Logf("TOTAL speaker_precision=%.1f attributed_correctly=%.1f%% (of all gold quotes)",
		pct(tot.SpkOK, tot.SpkGiven), pct(tot.SpkOK, tot.QGold))
	return scores
}

func scoreLine(s DocScore) string {
	return fmt.Sprintf("%-28s sections %d/%d (pred %d)  quotes recall %5.1f%% precision %5.1f%%  speaker %5.1f%%  section %5.1f%%",
		s.Name, s.SecHit, s.SecGold, s.SecPred, pct(s.QHit, s.QGold), pct(s.QHit, s.QPred),
		pct(s.SpkOK, s.QHit), pct(s.SecOK, s.QHit))
}

// pct is the eval script's pct: 100 when there is nothing to count.
func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// TestGold scores the sample and the development fixtures. Only the sample
// can fail it, and only once sampleMustBeExact is on; TestFixtureFloor
// holds the fixtures to their recorded scores.
func TestGold(t *testing.T) {
	scores := ScoreFixtures(t)
	i := slices.IndexFunc(scores, func(s DocScore) bool { return s.Name == sampleGoldName })
	if i < 0 {
		t.Fatalf("no score for the sample: %s/%s.json missing?", goldDir, sampleGoldName)
	}
	s := scores[i]
	exact := s.QHit == s.QGold && len(s.Misattributed) == 0
	if !sampleMustBeExact {
		t.Logf("sample exact: %v (not enforced until sampleMustBeExact is true)", exact)
		return
	}
	if !exact {
		t.Errorf("built-in sample: quote recall %d/%d, %d with a wrong speaker\nmissed: %q\nwrong: %q",
			s.QHit, s.QGold, len(s.Misattributed), s.Misses, s.Misattributed)
	}
}

// scoreDoc ports score_doc of /work/shared/eval/score: greedy heading
// matching, then each gold quote (in order) takes the unused predicted quote
// that matches its text best.
func scoreDoc(g goldDoc, p Export) DocScore {
	var s DocScore
	var ps []string
	for _, sec := range p.Sections {
		if n := normText(sec.Heading); n != "" {
			ps = append(ps, n)
		}
	}
	s.SecGold, s.SecPred = len(g.Sections), len(ps)
	usedSec := map[int]bool{}
	for _, h := range g.Sections {
		gn := normText(h)
		for i, pn := range ps {
			if !usedSec[i] && textMatch(gn, pn) >= 0.75 {
				s.SecHit++
				usedSec[i] = true
				break
			}
		}
	}
	s.QGold, s.QPred = len(g.Quotes), len(p.Quotes)
	used := map[int]bool{}
	for gi, gq := range g.Quotes {
		best, bi := 0.0, -1
		for pi, pq := range p.Quotes {
			if used[pi] {
				continue
			}
			if m := textMatch(gq.Text, pq.Text); m > best {
				best, bi = m, pi
			}
		}
		if bi < 0 {
			s.Misses = append(s.Misses, clip(gq.Text, 60))
			continue
		}
		used[bi] = true
		s.Pairs = append(s.Pairs, [2]int{gi, bi})
		pq := p.Quotes[bi]
		s.QHit++
		if pq.Section == gq.Section {
			s.SecOK++
		}
		if strings.TrimSpace(pq.Speaker) != "" {
			s.SpkGiven++
		}
		if speakerMatch(pq.Speaker, gq.Speaker) {
			s.SpkOK++
			continue
		}
		w := fmt.Sprintf("%q gold=%q got=%q", clip(gq.Text, 40), gq.Speaker, pq.Speaker)
		s.WrongSpeakers = append(s.WrongSpeakers, w)
		if !(gq.Speaker == unknownSpeaker && strings.TrimSpace(pq.Speaker) == "") {
			s.Misattributed = append(s.Misattributed, w)
		}
		if strings.TrimSpace(pq.Speaker) != "" {
			s.Wrong = append(s.Wrong, w)
		}
	}
	return s
}

// clip shortens s to n runes, as the script's s[:n] does.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// normText ports the script's norm: NFKC, lower case, curly single quotes to
// ', every run of characters other than word characters, ' and space to one
// space, then whitespace collapsed. Python's \w is Unicode letters, numbers
// and underscore, not Go's ASCII-only \w, hence the explicit test.
func normText(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	s = strings.Map(func(r rune) rune {
		if r == '\'' || r == ' ' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func toks(s string) []string { return strings.Fields(normText(s)) }

// textMatch ports text_match: 1 for equal normalised text, 0.9 when the
// shorter is inside the longer and at least 60% of its length (in runes,
// as Python counts), else the token Jaccard index if it is at least 0.75.
func textMatch(a, b string) float64 {
	ta, tb := toks(a), toks(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	na, nb := strings.Join(ta, " "), strings.Join(tb, " ")
	if na == nb {
		return 1
	}
	short, long := na, nb
	if utf8.RuneCountInString(na) > utf8.RuneCountInString(nb) {
		short, long = nb, na
	}
	if strings.Contains(long, short) && float64(utf8.RuneCountInString(short)) >= 0.6*float64(utf8.RuneCountInString(long)) {
		return 0.9
	}
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, w := range ta {
		sa[w] = true
	}
	for _, w := range tb {
		sb[w] = true
	}
	inter := 0
	for w := range sa {
		if sb[w] {
			inter++
		}
	}
	j := float64(inter) / float64(len(sa)+len(sb)-inter)
	if j >= 0.75 {
		return j
	}
	return 0
}

// speakerTitles are the words the script ignores when comparing names.
var speakerTitles = strings.Fields(`mr mrs ms dr sir president vice prime minister pm chancellor chief
secretary senator sen rep representative governor gov king queen prince general gen
the us uk former foreign defence defense state first lady`)

func nameToks(s string) []string {
	var out []string
	for _, w := range toks(s) {
		if !slices.Contains(speakerTitles, w) {
			out = append(out, w)
		}
	}
	return out
}

// speakerMatch ports speaker_match: the same name once titles are dropped,
// or the same surname with one name's tokens a subset of the other's.
func speakerMatch(pred, gold string) bool {
	p, g := nameToks(pred), nameToks(gold)
	if len(p) == 0 || len(g) == 0 {
		return normText(pred) == normText(gold) && normText(gold) != ""
	}
	if slices.Equal(p, g) {
		return true
	}
	return p[len(p)-1] == g[len(g)-1] && (subset(p, g) || subset(g, p))
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// TestScorePortAgreesWithScript pins the Go port to values computed with
// /work/shared/eval/score's own text_match and speaker_match.
func TestScorePortAgreesWithScript(t *testing.T) {
	texts := []struct {
		a, b string
		want float64
	}{
		{"We’ll give them “good” protection,", "we'll give them good protection", 1},
		{"the first line of defence", "He said the first line of defence", 0.9},
		{"first line of defence today now", "first line of defence", 0.9},
		{"a b c d e f g h", "a b c d e f g x", 7.0 / 9},
		{"a b c d", "a b c x", 0},
		{"\ufb01nal «offer»", "final offer", 1}, // NFKC folds the ligature
		{"", "x", 0},
		{"Ünïcode_ok 2²", "ünïcode_ok 22", 1},
	}
	for _, c := range texts {
		if got := textMatch(c.a, c.b); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("textMatch(%q, %q) = %v, script says %v", c.a, c.b, got, c.want)
		}
	}
	speakers := []struct {
		pred, gold string
		want       bool
	}{
		{"Mabry", "Declan Mabry", true},
		{"Harbour Minister Kasimir Dovrey", "Kasimir Dovrey", true},
		{"President Feld", "Oriane Feld", true},
		{"", unknownSpeaker, false},
		{unknownSpeaker, unknownSpeaker, true},
		{"Ministry of Finance", "Ministry of Finance", true},
		{"Anna Mabry", "Declan Mabry", false},
		{"Declan", "Declan Mabry", false},
		{"the minister", "Kasimir Dovrey", false},
		{"President", "President", true},
	}
	for _, c := range speakers {
		if got := speakerMatch(c.pred, c.gold); got != c.want {
			t.Errorf("speakerMatch(%q, %q) = %v, script says %v", c.pred, c.gold, got, c.want)
		}
	}
}

// TestGoldFilesMatchDocuments checks every answer key against its document,
// so that an edit to the sample or a fixture that is not carried into its
// gold file fails here: the title is the first line, each heading is a line
// of the document (after an optional "1." or "##"), each quote's text occurs
// verbatim outside headings, in order, under the heading its section names,
// and speakers lists the quotes' speakers in order of first quote.
func TestGoldFilesMatchDocuments(t *testing.T) {
	names := goldNames(t)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			doc := sampleText
			if name != sampleGoldName {
				path, ok := fixturePath(name)
				if !ok {
					t.Fatalf("gold %s has no document in %s", name, docsDir)
				}
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				doc = string(data)
			}
			checkGold(t, readGold(t, name), doc)
		})
	}
	entries, err := os.ReadDir(docsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())); !slices.Contains(names, n) {
			t.Errorf("%s/%s has no gold file", docsDir, e.Name())
		}
	}
}

func checkGold(t *testing.T, g goldDoc, doc string) {
	first, _, _ := strings.Cut(doc, "\n")
	if title := strings.TrimSpace(strings.TrimLeft(first, "#")); g.Title != "" && g.Title != title {
		t.Errorf("title %q, document's first line %q", g.Title, title)
	}
	type span struct{ start, end int }
	var heads []span
	pos := 0
	for _, h := range g.Sections {
		// a number, a Markdown heading's marks, or a bold subhead's
		re := regexp.MustCompile(`(?m)^(?:\d+[.)][ \t]+|#{1,6}[ \t]+)?(?:\*\*|__)?` + regexp.QuoteMeta(h) + `(?:\*\*|__)?[ \t]*$`)
		loc := re.FindStringIndex(doc[pos:])
		if loc == nil {
			t.Fatalf("heading %q is not a line of the document after byte %d", h, pos)
		}
		heads = append(heads, span{pos + loc[0], pos + loc[1]})
		pos += loc[1]
	}
	inHeading := func(at int) bool {
		return slices.ContainsFunc(heads, func(h span) bool { return at >= h.start && at < h.end })
	}
	var speakers []string
	pos = 0
	for i, q := range g.Quotes {
		if strings.TrimSpace(q.Text) == "" || strings.TrimSpace(q.Speaker) == "" {
			t.Errorf("quote %d has an empty text or speaker", i)
			continue
		}
		at := -1
		for from := pos; from < len(doc); {
			k := strings.Index(doc[from:], q.Text)
			if k < 0 {
				break
			}
			if !inHeading(from + k) {
				at = from + k
				break
			}
			from += k + 1
		}
		if at < 0 {
			t.Errorf("quote %d %q is not in the document after the previous quote", i, clip(q.Text, 50))
			continue
		}
		sec := 0
		for _, h := range heads {
			if h.start < at {
				sec++
			}
		}
		if sec != q.Section {
			t.Errorf("quote %d %q: section %d, document has it under %d", i, clip(q.Text, 50), q.Section, sec)
		}
		pos = at + len(q.Text)
		if !slices.Contains(speakers, q.Speaker) {
			speakers = append(speakers, q.Speaker)
		}
	}
	if !slices.Equal(speakers, g.Speakers) {
		t.Errorf("speakers %q, quotes give %q", g.Speakers, speakers)
	}
}

// TestScoreDocStrictCheck feeds the sample's own answer key back as a
// prediction: a perfect export must pass the strict sample check, an
// anonymous quote left unattributed must not count against it, and one
// wrong name must.
func TestScoreDocStrictCheck(t *testing.T) {
	g := readGold(t, sampleGoldName)
	var p Export
	for _, h := range g.Sections {
		p.Sections = append(p.Sections, ExportSection{Heading: h})
	}
	for _, q := range g.Quotes {
		spk := q.Speaker
		if spk == unknownSpeaker {
			spk = ""
		}
		p.Quotes = append(p.Quotes, ExportQuote{Text: q.Text, Speaker: spk, Section: q.Section})
	}
	s := scoreDoc(g, p)
	if s.QHit != s.QGold || s.SecHit != s.SecGold || s.SecOK != s.QHit || len(s.Misattributed) != 0 {
		t.Fatalf("perfect export scored %+v", s)
	}
	p.Quotes[0].Speaker = "Someone Else"
	if s := scoreDoc(g, p); len(s.Misattributed) != 1 {
		t.Errorf("one wrong speaker gave %d misattributed: %q", len(s.Misattributed), s.Misattributed)
	}
}
