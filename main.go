// Command brief is a terminal reader for briefings: it finds a document's
// talking points, its quotes and who said them.
//
// main.go holds the entry point, the version and the error handler;
// cmd_*.go hold one command each.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/internal/early"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/colorprofile"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// without it, versionString falls back to the build information.
var version = ""

func main() {
	early.Restore()
	env := environment{getenv: os.Getenv, environ: os.Environ()}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, env))
}

// environment is what brief reads from the process environment, passed in
// so that tests can run the commands without touching the real one.
type environment struct {
	// getenv looks up one variable (NO_COLOR, TERM) for brief's choices.
	getenv func(string) string
	// environ is the whole environment, handed to the reader, whose
	// terminal handling reads it.
	environ []string
}

// run executes brief with args and returns the process exit status: 0 on
// success, 128 + n when signal n ended the reader, 1 on any other error,
// which has then been printed to stderr as one line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env environment) int {
	root := newRootCmd(env)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.Version = versionString()
	// brief lays out its own help (cmd_help.go); fang would set its own
	// on the root as it starts, so help is answered before fang runs.
	if cmd := helpTarget(root, args); cmd != nil {
		if err := writeHelp(stdout, cmd, env); err != nil {
			return 1
		}
		return 0
	}
	caught := catchErrors(root)
	err := fang.Execute(ctx, root,
		fang.WithVersion(root.Version),
		fang.WithErrorHandler(errorHandler),
		fang.WithoutManpage(), // brief's own man command is listed in help
	)
	if err == nil && caught.err != nil {
		err = caught.err
		var se *ui.SignalError
		if !errors.As(err, &se) { // a signal's end needs no message
			errorHandler(colorprofile.NewWriter(stderr, env.environ), fang.Styles{}, err)
		}
	}
	return exitCode(err)
}

// versionString returns the -ldflags version, or else the module version
// and VCS revision that `go build` and `go install` record.
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	// A pseudo-version already names the commit; only add it otherwise.
	if len(rev) >= 7 && !strings.Contains(v, rev[:7]) {
		v += " (" + rev[:7] + dirty + ")"
	}
	return v
}

// errorHandler prints err as exactly one line, "brief: problem", whatever
// the error says: fang's default prints a styled block of several lines.
// The "brief:" prefix is coloured only when stderr is a colour terminal
// (fang hands us a colorprofile.Writer that knows, honouring NO_COLOR and
// TERM=dumb).
func errorHandler(w io.Writer, _ fang.Styles, err error) {
	prefix := "brief:"
	if cw, ok := w.(*colorprofile.Writer); ok && cw.Profile > colorprofile.ASCII {
		prefix = lipgloss.NewStyle().Foreground(lipgloss.Red).Bold(true).Render(prefix)
	}
	var files fileErrors
	if !errors.As(err, &files) {
		files = fileErrors{err}
	}
	for _, err := range files { // several files: a line each
		_, _ = io.WriteString(w, prefix+" "+errorLine(err)+"\n")
	}
}

// errorLine renders err on one line. Document errors already name the file;
// cobra's usage errors get a pointer to --help.
func errorLine(err error) string {
	msg := plainFlagError(content.SanitizeLine(err.Error()))
	var de *content.DocError
	if !errors.As(err, &de) && isUsageError(msg) {
		msg += " (see brief --help)"
	}
	return msg
}

// plainFlagError says what a flag wants instead of quoting Go's parser:
// pflag reports `--width abc` as "…: strconv.ParseInt: parsing "abc":
// invalid syntax", which tells a user nothing they can act on.
func plainFlagError(msg string) string {
	i := strings.Index(msg, ": strconv.Parse")
	if !strings.HasPrefix(msg, "invalid argument") || i < 0 {
		return msg
	}
	want := "a number"
	switch {
	case strings.HasPrefix(msg[i:], ": strconv.ParseInt"), strings.HasPrefix(msg[i:], ": strconv.ParseUint"):
		want = "a whole number"
	case strings.HasPrefix(msg[i:], ": strconv.ParseBool"):
		want = "true or false"
	}
	return msg[:i] + ": want " + want
}

// isUsageError reports whether msg is one of cobra's complaints about the
// command line, which cobra returns as plain errors.
func isUsageError(msg string) bool {
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag",
		"flag needs an argument", "invalid argument", "accepts at most", "accepts ", "requires "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
