package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readmeCommand is a command the README shows, and the exit status it
// documents (0 unless marked "fails (exit N)").
type readmeCommand struct {
	line   int
	text   string
	status int
	// shown marks a "$ " command whose output the README shows: output.
	shown  bool
	output []string
}

// failsRe marks a command documented as failing: "# fails (exit 1): …".
var failsRe = regexp.MustCompile(`#\s*fails \(exit (\d+)\)`)

// usageCommands extracts the commands of the README's Usage section: every
// line of a bash/sh fence, and every "$ "-prefixed line of another fence
// (whose other lines are the output shown).
func usageCommands(readme string) []readmeCommand {
	var out []readmeCommand
	inUsage, fence, shell := false, false, false
	collect := -1 // the "$ " command whose shown output the lines are
	sc := bufio.NewScanner(strings.NewReader(readme))
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		switch {
		case !fence && strings.HasPrefix(l, "## "):
			inUsage = strings.TrimSpace(l) == "## Usage"
			continue
		case strings.HasPrefix(l, "```"):
			if !fence {
				lang := strings.TrimSpace(strings.TrimPrefix(l, "```"))
				shell = lang == "bash" || lang == "sh" || lang == "shell"
			}
			fence = !fence
			continue
		}
		if !inUsage || !fence {
			collect = -1
			continue
		}
		cmd := ""
		switch {
		case shell:
			cmd = strings.TrimSpace(l)
		case strings.HasPrefix(l, "$ "):
			cmd = strings.TrimSpace(l[2:])
		case collect >= 0:
			out[collect].output = append(out[collect].output, l)
			continue
		}
		if cmd == "" || strings.HasPrefix(cmd, "#") {
			continue
		}
		c := readmeCommand{line: n, text: cmd, shown: !shell}
		collect = -1
		if c.shown {
			collect = len(out)
		}
		if m := failsRe.FindStringSubmatch(cmd); m != nil {
			c.status, _ = strconv.Atoi(m[1])
		}
		out = append(out, c)
	}
	return out
}

// freshCopy copies the repository's files as a clone would have them
// (tracked and new files, not ignored ones or build output) into a
// temporary directory, so that commands run against what a newcomer gets
// and write their output files there.
func freshCopy(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	var files []string
	if err == nil {
		for _, f := range strings.Split(string(out), "\x00") {
			if f != "" {
				files = append(files, f)
			}
		}
	} else {
		// not a git checkout (a source archive): what the README uses
		files = []string{"README.md"}
		ex, _ := filepath.Glob("examples/*")
		files = append(files, ex...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue // deleted in the working tree
		}
		p := filepath.Join(dst, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestReadmeUsageCommandsRun runs every command of the README's Usage
// section, as a newcomer would type it, in a fresh copy of the repository
// with the built brief first on PATH and no terminal, and checks each
// exits with the status the README documents.
func TestReadmeUsageCommandsRun(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds := usageCommands(string(readme))
	if len(cmds) < 10 {
		t.Fatalf("found %d commands in the README's Usage section; the parser or the README is broken", len(cmds))
	}
	bin := builtBinary(t)
	dir := freshCopy(t)
	env := []string{"PATH=" + filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH"),
		"HOME=" + t.TempDir(), "TERM=xterm-256color", "LANG=C.UTF-8"}
	for _, c := range cmds {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		cmd := exec.CommandContext(ctx, "bash", "-c", c.text)
		cmd.Dir, cmd.Env = dir, env
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		cancel()
		if c.shown && strings.TrimRight(string(out), "\n") != strings.Join(c.output, "\n") {
			t.Errorf("README.md:%d: %s prints\n%s\nbut the README shows\n%s", c.line, c.text, out, strings.Join(c.output, "\n"))
		}
		out = append(out, stderr.String()...)
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Errorf("README.md:%d: %s: %v", c.line, c.text, err)
			continue
		}
		if status != c.status {
			t.Errorf("README.md:%d: %s\nexit status %d, the README says %d; output:\n%s", c.line, c.text, status, c.status, out)
		}
	}
}

func TestUsageCommandsParser(t *testing.T) {
	md := "# x\n\n```bash\nnot usage\n```\n\n## Usage\n\ntext\n\n```bash\nbrief a   # comment\n# only a comment\n\nbrief b   # fails (exit 1): no b\n```\n\n" +
		"```\n$ brief c\noutput line\n```\n\n### Sub\n\n```sh\nbrief d\n```\n\n## Next\n\n```bash\nbrief e\n```\n"
	got := usageCommands(md)
	want := []readmeCommand{{12, "brief a   # comment", 0, false, nil}, {15, "brief b   # fails (exit 1): no b", 1, false, nil},
		{19, "brief c", 0, true, []string{"output line"}}, {26, "brief d", 0, false, nil}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
