package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
)

// opener returns the function that opens a link with the system's opener
// (open on macOS, xdg-open in a Linux desktop session, wslview under WSL),
// or nil when there is none. Without a desktop session xdg-open falls
// back to a terminal browser, which would fight the reader for the
// screen: no opener then.
func opener(env environment) func(string) error {
	var name string
	var args []string
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler"}
	default:
		switch {
		case env.getenv("WSL_DISTRO_NAME") != "":
			name = "wslview"
		case env.getenv("DISPLAY") != "" || env.getenv("WAYLAND_DISPLAY") != "":
			name = "xdg-open"
		default:
			return nil
		}
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return nil
	}
	return func(link string) error {
		c := exec.Command(path, append(args, link)...) // no shell: the link is one argument
		if err := c.Start(); err != nil {
			return err
		}
		go c.Wait() //nolint:errcheck // the opener's fate is the desktop's business
		return nil
	}
}

// editor returns the function that builds the command opening a document
// in $VISUAL or $EDITOR at a talking point's line, or nil when neither is
// set.
func editor(env environment) func(string, *model.Briefing, int) *exec.Cmd {
	ed := strings.Fields(env.getenv("VISUAL"))
	if len(ed) == 0 {
		ed = strings.Fields(env.getenv("EDITOR"))
	}
	if len(ed) == 0 {
		return nil
	}
	return func(path string, b *model.Briefing, section int) *exec.Cmd {
		line := headingLine(path, b, section)
		args := append(slices.Clone(ed[1:]), editorArgs(filepath.Base(ed[0]), path, line)...)
		return exec.Command(ed[0], args...)
	}
}

// editorArgs are the arguments that open path at line in an editor: "+N
// path" is understood by vi, vim, neovim, nano, emacs, micro, kakoune and
// most others; a few want "path:N".
func editorArgs(name, path string, line int) []string {
	n := strconv.Itoa(max(line, 1))
	switch strings.TrimSuffix(name, ".exe") {
	case "code", "codium", "code-insiders":
		return []string{"--goto", path + ":" + n}
	case "subl", "hx", "helix", "zed":
		return []string{path + ":" + n}
	}
	return []string{"+" + n, path}
}

// headingLine finds the line of the file where talking point section's
// heading is, walking the headings in order so that a heading's words
// found earlier in the text do not mislead; 1 for the intro or when the
// heading is not found (a web page, say).
func headingLine(path string, b *model.Briefing, section int) int {
	if section < 1 || section > len(b.Sections) {
		return 1
	}
	data, err := content.ReadFile(path)
	if err != nil {
		return 1
	}
	lines := strings.Split(string(data), "\n")
	at, found := 0, 1
	for n := 1; n <= section; n++ {
		h := strings.ToLower(strings.Join(strings.Fields(b.Sections[n-1].Heading), " "))
		if h == "" {
			continue
		}
		for i := at; i < len(lines); i++ {
			if strings.Contains(strings.ToLower(strings.Join(strings.Fields(lines[i]), " ")), h) {
				at, found = i+1, i+1
				break
			}
		}
	}
	return found
}
