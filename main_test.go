package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/fang/v2"
	"github.com/briefreader/brief/content"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// testEnv is an environment with only the given variables set, given as
// name, value, name, value….
func testEnv(vars ...string) environment {
	m := map[string]string{}
	var environ []string
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
		environ = append(environ, vars[i]+"="+vars[i+1])
	}
	return environment{getenv: func(k string) string { return m[k] }, environ: environ}
}

// runBrief runs the command in-process with buffers for its streams.
func runBrief(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, testEnv())
	return out.String(), errb.String(), code
}

// writeDoc writes a document to a temporary directory and returns its path.
func writeDoc(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const harbourDoc = "Harbour talks end without a deal\n\nMayor Ilse Varga met the port union in Dunmore.\n\n" +
	"1. No agreement yet\n\n“We are not there yet,” Varga said.\n\n2. Cranes idle\n\nThe cranes stood still all week.\n"

func TestPrintSample(t *testing.T) {
	out, errOut, code := runBrief(t, "")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := sampleHeadline()
	if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
		t.Errorf("output does not show the sample's headline %q:\n%s", want, out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("output to a non-terminal has escape sequences: %q", out)
	}
}

// sampleHeadline is the first line of the built-in sample as the parser
// sees it: its title, or else its first block's first words.
func sampleHeadline() string {
	b := content.Sample()
	if b.Title != "" {
		return b.Title
	}
	var first string
	switch {
	case len(b.Intro) > 0:
		first = b.Intro[0].Text
	case len(b.Sections) > 0:
		first = b.Sections[0].Heading
	}
	words := strings.Fields(strings.SplitN(first, "\n", 2)[0])
	return strings.Join(words[:min(3, len(words))], " ")
}

func TestPrintFileAndStdin(t *testing.T) {
	path := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	fromFile, _, code := runBrief(t, "", path)
	if code != 0 {
		t.Fatalf("file: exit %d", code)
	}
	fromStdin, _, code := runBrief(t, harbourDoc, "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d", code)
	}
	if !strings.Contains(fromFile, "Dunmore") || fromFile != fromStdin {
		t.Errorf("file and stdin print differently:\n%s\n---\n%s", fromFile, fromStdin)
	}
}

func TestPrintWidth(t *testing.T) {
	long := strings.Repeat("word ", 200)
	for _, width := range []int{40, 100} {
		out, _, code := runBrief(t, long, "--width", strconv.Itoa(width), "-")
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(strings.TrimRight(line, " ")); n > width {
				t.Fatalf("--width %d: line of %d columns: %q", width, n, line)
			}
		}
	}
}

func TestExportJSON(t *testing.T) {
	for _, args := range [][]string{{"export", "-"}, {"export", "--format", "json", "-"}} {
		out, errOut, code := runBrief(t, harbourDoc, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
		}
		var e content.Export
		if err := json.Unmarshal([]byte(out), &e); err != nil {
			t.Fatalf("%v: not JSON: %v\n%s", args, err, out)
		}
		if e.Source != "-" || e.Sections == nil || e.Speakers == nil || e.Quotes == nil {
			t.Errorf("%v: export %+v", args, e)
		}
	}
}

func TestExportMarkdown(t *testing.T) {
	path := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	for _, f := range []string{"markdown", "md"} {
		out, _, code := runBrief(t, "", "export", "--format", f, path)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		var want bytes.Buffer
		b, err := content.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := content.WriteMarkdown(&want, b); err != nil {
			t.Fatal(err)
		}
		if out != want.String() {
			t.Errorf("--format %s printed\n%s\nwant\n%s", f, out, want.String())
		}
		// brief's list of speakers only when asked, after the document
		// and marked as brief's
		listed, _, code := runBrief(t, "", "export", "--format", f, "--speakers", path)
		rest, ok := strings.CutPrefix(listed, out)
		if code != 0 || !ok || !strings.HasPrefix(rest, "---\n\n"+content.SpeakersHeading+"\n\n- **") {
			t.Errorf("--format %s --speakers: exit %d, printed\n%s", f, code, listed)
		}
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "notes.txt")
	binary := writeDoc(t, "bin.txt", []byte("\x7fELF\x02\x01\x00\x00"))
	empty := writeDoc(t, "empty.txt", nil)
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string // the whole of stderr
	}{
		{"missing file", "", []string{missing}, "brief: " + missing + ": no such file\n"},
		{"missing file, export", "", []string{"export", missing}, "brief: " + missing + ": no such file\n"},
		{"missing file, speakers", "", []string{"speakers", missing}, "brief: " + missing + ": no such file\n"},
		{"missing file, quotes", "", []string{"quotes", missing}, "brief: " + missing + ": no such file\n"},
		{"mistyped command", "", []string{"exprt"}, "brief: exprt: no such file (did you mean brief export?)\n"},
		{"print as a command", "", []string{"print", missing}, "brief: print: no such file (brief prints whenever its output is not a terminal: brief FILE | less)\n"},
		{"mistyped command with a path", "", []string{"speakrs", "examples/day"}, "brief: speakrs: no such file (did you mean brief speakers?)\n"},
		{"folder without briefings", "", []string{dir}, "brief: " + dir + ": no briefings here (brief reads .txt, .md and .html files; -r looks in subfolders)\n"},
		{"binary file", "", []string{binary}, "brief: " + binary + ": not a text document (binary data)\n"},
		{"empty file", "", []string{"export", empty}, "brief: " + empty + ": empty document\n"},
		{"empty stdin", "", []string{"-"}, "brief: -: empty document\n"},
		{"binary stdin", "a\x00b", []string{"quotes", "-"}, "brief: -: not a text document (binary data)\n"},
		{"several paths, none there", "", []string{"a", "b"}, "brief: a: no such file\nbrief: b: no such file\n"},
		{"unknown flag", "", []string{"--nope"}, "brief: unknown flag: --nope (see brief --help)\n"},
		{"flag value not a number", "", []string{"--width", "abc", "x"}, "brief: invalid argument \"abc\" for \"--width\" flag: want a whole number (see brief --help)\n"},
		{"bad format", harbourDoc, []string{"export", "--format", "xml", "-"}, "brief: unknown --format \"xml\" (want json or markdown)\n"},
		{"speakers with JSON", harbourDoc, []string{"export", "--speakers", "-"}, "brief: --speakers is for --format markdown (JSON always lists the speakers)\n"},
		{"bad style", harbourDoc, []string{"--style", "neon", "-"}, "brief: unknown --style \"neon\" (want dark, light, notty, ascii)\n"},
		{"narrow width", harbourDoc, []string{"--width", "3", "-"}, "brief: --width 3 is too narrow (at least 20)\n"},
		{"huge width", harbourDoc, []string{"--width", "999999999", "-"}, "brief: --width 999999999 is too wide (at most 1000)\n"},
		{"hostile file name", "", []string{filepath.Join(dir, "a\x1b]0;x\x07\nb.txt")}, "brief: " + filepath.Join(dir, "a\uFFFD]0;x\uFFFD b.txt") + ": no such file\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runBrief(t, tt.stdin, tt.args...)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if errOut != tt.want {
				t.Errorf("stderr %q, want %q", errOut, tt.want)
			}
		})
	}
}

func TestVersionAndHelp(t *testing.T) {
	old := version
	version = "v1.2.3-test"
	defer func() { version = old }()
	out, errOut, code := runBrief(t, "", "--version")
	if code != 0 || errOut != "" || !strings.Contains(out, "v1.2.3-test") {
		t.Errorf("--version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, args := range [][]string{{"--help"}, {"export", "--help"}, {"quotes", "--help"}} {
		out, _, code := runBrief(t, "", args...)
		if code != 0 || !strings.Contains(out, "brief") || strings.Contains(out, "\x1b") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
	out, _, _ = runBrief(t, "", "--help")
	for _, cmd := range []string{"export", "speakers", "quotes", "--width", "--style"} {
		if !strings.Contains(out, cmd) {
			t.Errorf("--help does not mention %s", cmd)
		}
	}
}

func TestVersionStringFallback(t *testing.T) {
	old := version
	version = ""
	defer func() { version = old }()
	if v := versionString(); v == "" {
		t.Error("no version without -ldflags")
	}
}

func TestDefaultStyle(t *testing.T) {
	tests := []struct {
		tty  bool
		env  environment
		want string
	}{
		{false, testEnv(), "notty"},
		{true, testEnv("TERM", "xterm-256color"), "dark"},
		// the reader under NO_COLOR: styled, its colours dropped by the
		// terminal's profile
		{true, testEnv("TERM", "xterm-256color", "NO_COLOR", "1"), "dark"},
		{false, testEnv("NO_COLOR", "1"), "notty"},
		{true, testEnv("TERM", "dumb"), "notty"},
		{false, testEnv("TERM", "xterm-256color"), "notty"},
	}
	for _, tt := range tests {
		if got := defaultStyle(tt.tty, tt.env); got != tt.want {
			t.Errorf("defaultStyle(tty=%v, %v) = %q, want %q", tt.tty, tt.env.environ, got, tt.want)
		}
	}
}

func TestErrorHandlerColour(t *testing.T) {
	err := &content.DocError{Name: "notes.txt", Err: content.ErrEmpty}
	tests := []struct {
		profile colorprofile.Profile
		colour  bool
	}{
		{colorprofile.NoTTY, false},
		{colorprofile.ASCII, false}, // what a terminal with NO_COLOR gets
		{colorprofile.ANSI, true},
		{colorprofile.TrueColor, true},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		errorHandler(&colorprofile.Writer{Forward: &buf, Profile: tt.profile}, fang.Styles{}, err)
		got := buf.String()
		if strings.Contains(got, "\x1b") != tt.colour {
			t.Errorf("profile %v: colour = %v, want %v: %q", tt.profile, !tt.colour, tt.colour, got)
		}
		if plain := ansi.Strip(got); plain != "brief: notes.txt: empty document\n" {
			t.Errorf("profile %v: %q is not the one-line error", tt.profile, plain)
		}
	}
}

// TestNoControlSequencesReachOutput feeds a hostile document to every
// command and checks that nothing it carries comes out as a control.
func TestNoControlSequencesReachOutput(t *testing.T) {
	hostile := "Title\x1b]0;pwned\x07\n\nThe mayor\u202e said “clip\x1b]52;c;aGk=\x07board,” she said.\n\n" +
		"1. Point \u009b2J\x1b[2J\n\n“Ring\x07 the bell\x9b,” Varga said. &#27;]52;c;aGk=&#7;\n"
	for _, args := range [][]string{
		{"-"}, {"--style", "dark", "-"}, {"export", "-"}, {"export", "--format", "markdown", "-"},
		{"speakers", "-"}, {"quotes", "-"},
	} {
		out, errOut, code := runBrief(t, hostile, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, %s", args, code, errOut)
		}
		if args[0] == "--style" {
			// Colour is asked for: only SGR may appear.
			out = stripSGR(out)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%v: control %U in output %q", args, r, out)
				break
			}
		}
	}
}

// stripSGR removes "ESC [ digits;… m" sequences.
func stripSGR(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
