package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// library is the folder of three fictional briefings the end-to-end test
// reads too: Ilse Varga is quoted in the first two, Petra Lindqvist in the
// last two.
const library = "examples/day"

func TestExportSeveralIsAnArrayInArgumentOrder(t *testing.T) {
	a := filepath.Join(library, "3-storm-readout.txt")
	b := filepath.Join(library, "1-ferry-fares.md")
	out, errOut, code := runBrief(t, "", "export", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var all []struct {
		Title, Source string
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(all) != 2 || all[0].Source != a || all[1].Source != b {
		t.Errorf("export = %+v, want %s then %s", all, a, b)
	}
	// a folder is several: its briefings by name
	out, _, _ = runBrief(t, "", "export", library)
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) != 3 || !strings.HasSuffix(all[0].Source, "1-ferry-fares.md") {
		t.Errorf("export of the folder = %+v (%v)", all, err)
	}
	// one file stays one object
	out, _, _ = runBrief(t, "", "export", a)
	if !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Errorf("export of one file is not an object: %.40q", out)
	}
}

func TestQuotesBySpeakerAcrossAFolder(t *testing.T) {
	out, errOut, code := runBrief(t, "", "quotes", "--speaker", "varga", library)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"== " + filepath.Join(library, "1-ferry-fares.md"), "== " + filepath.Join(library, "2-harbour-budget.txt"), "Fuel has doubled", "Nobody will be kept awake"} {
		if !strings.Contains(out, want) {
			t.Errorf("quotes --speaker varga lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "  Ilse Varga: ") {
			t.Errorf("a quote by someone else: %q", line)
		}
	}
	if strings.Contains(out, "3-storm-readout") {
		t.Errorf("a briefing without Varga is listed:\n%s", out)
	}
	_, errOut, code = runBrief(t, "", "quotes", "--speaker", "nobody", library)
	if code != 1 || !strings.Contains(errOut, `no speaker "nobody" in 3 briefings`) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("unknown speaker: exit %d, %q", code, errOut)
	}
}

func TestSpeakersAcrossAFolder(t *testing.T) {
	out, _, code := runBrief(t, "", "speakers", library)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 3 || !strings.Contains(lines[0], "BRIEFINGS") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if f := strings.Fields(lines[1]); len(f) < 4 || f[1] != "2" || f[2] != "Ilse" {
		t.Errorf("first row %q: want Ilse Varga in 2 briefings", lines[1])
	}
}

func TestSeveralErrors(t *testing.T) {
	empty := t.TempDir()
	_, errOut, code := runBrief(t, "", "export", empty)
	if code != 1 || !strings.Contains(errOut, "no briefings here") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("empty folder: exit %d, %q", code, errOut)
	}
	// a missing path among several is reported and left out; the others
	// are still exported (the README's promise, as with cat and grep)
	out, errOut, code := runBrief(t, "", "export", filepath.Join(empty, "gone.txt"), library)
	if code != 1 || !strings.Contains(errOut, "gone.txt: no such file") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
	if !strings.HasPrefix(strings.TrimSpace(out), "[") || !strings.Contains(out, `"quotes"`) {
		t.Errorf("missing file stopped the others: stdout %.80q", out)
	}
	out, errOut, code = runBrief(t, "", library, filepath.Join(empty, "gone.txt"))
	if code != 1 || !strings.Contains(errOut, "gone.txt: no such file") || strings.TrimSpace(out) == "" {
		t.Errorf("printing, a missing file: exit %d, %q, stdout %d bytes", code, errOut, len(out))
	}
	bin := filepath.Join(empty, "photo.txt")
	os.WriteFile(bin, []byte("\x00\x01\x02binary"), 0o644)
	_, errOut, code = runBrief(t, "", "speakers", library, bin)
	if code != 1 || !strings.Contains(errOut, "photo.txt: not a text document") {
		t.Errorf("binary file: exit %d, %q", code, errOut)
	}
}

func TestRecursive(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "monday")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "a.txt"), []byte(harbourDoc), 0o644)
	_, errOut, code := runBrief(t, "", "export", dir)
	if code != 1 || !strings.Contains(errOut, "-r looks in subfolders") {
		t.Errorf("without -r: exit %d, %q", code, errOut)
	}
	out, _, code := runBrief(t, "", "export", "-r", dir)
	if code != 0 || !strings.Contains(out, "Harbour talks") {
		t.Errorf("with -r: exit %d, %q", code, out)
	}
}

func TestCacheServesARepeatedExport(t *testing.T) {
	a := filepath.Join(library, "2-harbour-budget.txt")
	first, _, _ := runBrief(t, "", "export", a, library)
	cached, _, _ := runBrief(t, "", "export", a, library)
	if first != cached {
		t.Error("a second export, from the cache, differs from the first")
	}
	entries, _ := os.ReadDir(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "brief", "briefings"))
	if len(entries) < 3 {
		t.Errorf("%d cache entries after exporting three briefings", len(entries))
	}
}

// TestABadFileDoesNotStopTheOthers checks that among several documents a
// file brief cannot read (binary, empty) is reported on a line of its own
// while the others are printed, exported and listed, and that brief then
// exits 1; with nothing readable every file is reported.
func TestABadFileDoesNotStopTheOthers(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-binary.txt", []byte("\x00\x01\x02PK\x03\x04 not text \x00\x00"))
	write("b-good.txt", []byte(harbourDoc))
	write("c-empty.md", nil)
	for _, cmd := range [][]string{{}, {"export"}, {"speakers"}, {"quotes"}, {"quotes", "--speaker", "varga"}} {
		out, errOut, code := runBrief(t, "", append(cmd, dir)...)
		name := strings.Join(append([]string{"brief"}, cmd...), " ")
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", name, code)
		}
		if !strings.Contains(out, "Varga") {
			t.Errorf("%s: the readable briefing is missing:\n%s", name, out)
		}
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if len(lines) != 2 || !strings.Contains(lines[0], "a-binary.txt: not a text document") || !strings.Contains(lines[1], "c-empty.md: empty document") {
			t.Errorf("%s: stderr %q, want a line for each bad file", name, errOut)
		}
	}
	out, _, _ := runBrief(t, "", "export", dir)
	var all []map[string]any
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) != 1 {
		t.Errorf("export: %d objects (%v), want the one readable", len(all), err)
	}
	if err := os.Remove(filepath.Join(dir, "b-good.txt")); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runBrief(t, "", "speakers", dir)
	if code != 1 || out != "" || strings.Count(errOut, "brief: ") != 2 {
		t.Errorf("nothing readable: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// Each briefing's unnamed sources are one "Unknown" row across a folder,
// with the briefings that quote them, not a row per briefing.
func TestSpeakersAcrossAFolderOneUnknown(t *testing.T) {
	dir := t.TempDir()
	for i, name := range []string{"a.txt", "b.txt"} {
		doc := fmt.Sprintf("Ferry notes %d\n\n“The fares will rise,” a senior official said.\n\n"+
			"“We expected it,” Ilse Varga said.\n", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, code := runBrief(t, "", "speakers", dir)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	var unknown []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) >= 3 && f[2] == "Unknown" {
			unknown = append(unknown, l)
		}
	}
	if len(unknown) != 1 || strings.Fields(unknown[0])[0] != "2" || strings.Fields(unknown[0])[1] != "2" {
		t.Errorf("want one Unknown row of 2 quotes in 2 briefings, got %q:\n%s", unknown, out)
	}
}
