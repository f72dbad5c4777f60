package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
)

// fidelityDirs names folders of real documents to check on request
// (-fidelity.dirs or $BRIEF_FIDELITY_DIRS, separated by the path list
// separator): the check reports every document's lost and added words and
// lost shapes, and fails on any.
var fidelityDirs = flag.String("fidelity.dirs", "", "folders of documents for TestFidelityOfDirectories")

// TestFidelityOfFixtures checks that brief shows its own fixtures as their
// authors wrote them: printed (plain and with --tags) and exported as
// Markdown, every word of the document comes out in order, no word comes
// out that the document lacks (brief's marked tags, point numbers and link
// references aside), and headings, lists, tables, emphasis, quotes, code,
// links and rules keep their number.
func TestFidelityOfFixtures(t *testing.T) {
	var paths []string
	for _, glob := range []string{"testdata/fidelity/*", "content/testdata/docs/*"} {
		found, _ := filepath.Glob(glob)
		paths = append(paths, found...)
	}
	if len(paths) == 0 {
		t.Fatal("no fixtures")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			r := checkFidelity(t, p)
			if !r.clean() {
				t.Error(r)
			}
		})
	}
}

// TestFidelityOfDirectories is TestFidelityOfFixtures over the documents
// (.txt, .md, .html) of the folders given by -fidelity.dirs or
// $BRIEF_FIDELITY_DIRS, with a summary of lost and added words at the end.
func TestFidelityOfDirectories(t *testing.T) {
	dirs := *fidelityDirs
	if dirs == "" {
		dirs = os.Getenv("BRIEF_FIDELITY_DIRS")
	}
	if dirs == "" {
		t.Skip("no folders: set -fidelity.dirs or BRIEF_FIDELITY_DIRS")
	}
	var reports []fidelityReport
	for _, dir := range filepath.SplitList(dirs) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			switch filepath.Ext(e.Name()) {
			case ".txt", ".md", ".html", ".htm":
			default:
				continue
			}
			if e.Name() == "README.md" {
				continue
			}
			p := filepath.Join(dir, e.Name())
			r := checkFidelity(t, p)
			reports = append(reports, r)
			if !r.clean() {
				t.Error(r)
			}
		}
	}
	lost, added, shapes := 0, 0, 0
	for _, r := range reports {
		lost += r.lostCount()
		added += r.addedCount()
		shapes += len(r.shapes)
	}
	t.Logf("%d documents: %d words lost, %d words added, %d shape losses", len(reports), lost, added, shapes)
}

// fidelityReport is what one document lost and gained in each output.
type fidelityReport struct {
	path    string
	outputs []outputDiff
	shapes  []string
}

// outputDiff is one output's word differences against the document.
type outputDiff struct {
	name         string
	lost, added  [][]string // runs of words, in order
	nLost, nAdds int
}

func (r fidelityReport) clean() bool {
	return r.lostCount() == 0 && r.addedCount() == 0 && len(r.shapes) == 0
}

func (r fidelityReport) lostCount() (n int) {
	for _, o := range r.outputs {
		n += o.nLost
	}
	return n
}

func (r fidelityReport) addedCount() (n int) {
	for _, o := range r.outputs {
		n += o.nAdds
	}
	return n
}

func (r fidelityReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", r.path)
	for _, o := range r.outputs {
		if o.nLost+o.nAdds == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n  %s: %d words lost, %d added", o.name, o.nLost, o.nAdds)
		for i, run := range o.lost {
			if i == 4 {
				fmt.Fprintf(&b, "\n    … %d more runs lost", len(o.lost)-i)
				break
			}
			fmt.Fprintf(&b, "\n    - %s", clip(run))
		}
		for i, run := range o.added {
			if i == 4 {
				fmt.Fprintf(&b, "\n    … %d more runs added", len(o.added)-i)
				break
			}
			fmt.Fprintf(&b, "\n    + %s", clip(run))
		}
	}
	for _, s := range r.shapes {
		fmt.Fprintf(&b, "\n  shape: %s", s)
	}
	return b.String()
}

func clip(ws []string) string {
	if len(ws) > 16 {
		return strings.Join(ws[:8], " ") + fmt.Sprintf(" …(%d)… ", len(ws)-16) + strings.Join(ws[len(ws)-8:], " ")
	}
	return strings.Join(ws, " ")
}

// checkFidelity prints and exports one document and compares the words and
// shapes that come out with the document's.
func checkFidelity(t *testing.T, path string) fidelityReport {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := content.Load(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	kind := filepath.Ext(path)
	want := authorWords(string(src), kind, b)
	r := fidelityReport{path: path}
	for _, out := range []struct {
		name string
		args []string
	}{
		{"print", []string{"--width", "100", path}},
		{"print --tags", []string{"--tags", "--width", "100", path}},
		{"export markdown", []string{"export", "--format", "markdown", path}},
	} {
		stdout, stderr, code := runBrief(t, "", out.args...)
		if code != 0 {
			t.Fatalf("%s %s: exit %d: %s", out.name, path, code, stderr)
		}
		var got []string
		if out.name == "export markdown" {
			got = exportedWords(stdout, b)
		} else {
			got = printedWords(stdout, b)
		}
		r.outputs = append(r.outputs, diffWords(out.name, want, got))
		switch {
		case out.name == "export markdown":
			r.shapes = append(r.shapes, shapeLosses(authorShapes(string(src), kind), markdownShapes(stdout), out.name)...)
		case out.name == "print" && kind == ".txt":
			// plain text's shapes are its lines: a bulleted line keeps its mark
			r.shapes = append(r.shapes, shapeLosses(map[string]int{"bulleted line": bulletedLines(string(src))},
				map[string]int{"bulleted line": bulletedLines(stdout)}, out.name)...)
		}
	}
	return r
}

// shapeLosses lists the shapes an output has fewer of than the document.
func shapeLosses(doc, out map[string]int, name string) []string {
	var losses []string
	for k, n := range doc {
		if out[k] < n {
			losses = append(losses, fmt.Sprintf("%s: %d in the document, %d in %s", k, n, out[k], name))
		}
	}
	sort.Strings(losses)
	return losses
}

// diffWords aligns the document's words with an output's and gathers what
// the output lacks and what it has that the document lacks.
func diffWords(name string, want, got []string) outputDiff {
	d := outputDiff{name: name}
	var lost, added, kept []string
	flush := func() {
		// each run is shown after the two words the output kept before it
		ctx := append([]string{}, kept[max(len(kept)-2, 0):]...)
		if len(ctx) > 0 {
			ctx[len(ctx)-1] += " |"
		}
		if len(lost) > 0 {
			d.lost = append(d.lost, append(ctx, lost...))
		}
		if len(added) > 0 {
			d.added = append(d.added, append(ctx, added...))
		}
		lost, added = nil, nil
	}
	for _, op := range alignWords(want, got) {
		switch op.kind {
		case '-':
			lost = append(lost, want[op.i])
			d.nLost++
		case '+':
			added = append(added, got[op.j])
			d.nAdds++
		default:
			flush()
			kept = append(kept, want[op.i])
		}
	}
	flush()
	return d
}

// headingKey is a heading's words joined by single spaces.
func headingKey(s string) string { return strings.Join(strings.Fields(s), " ") }

// derivedHeadings are the names brief gives the units it derives (a
// transcript's exchanges), which are brief's words, not the author's.
func derivedHeadings(b model.Briefing) map[string]bool {
	m := map[string]bool{}
	for _, s := range b.Sections {
		if s.Derived {
			m[headingKey(s.Heading)] = true
		}
	}
	return m
}

// sectionHeadings are the talking points' headings as the model has them.
func sectionHeadings(b model.Briefing) []string {
	var hs []string
	for _, s := range b.Sections {
		if !s.Derived {
			hs = append(hs, headingKey(s.Heading))
		}
	}
	return slices.Compact(hs)
}

var (
	bulleted = regexp.MustCompile(`(?m)^\s*[-*•‣◦–]\s+\S`)
	ruleLine = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
)

// bulletedLines counts the lines of text that start with a bullet.
func bulletedLines(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if bulleted.MatchString(l) && !ruleLine.MatchString(l) {
			n++
		}
	}
	return n
}
