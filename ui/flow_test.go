package ui

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestReaderFlow runs the reader as a program, in-process, and drives it
// like a user: jump to a point, filter by a speaker, search, quit.
func TestReaderFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, New(fixture(), Options{Style: "dark"}),
		teatest.WithInitialTermSize(120, 35),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	out := &outputLog{r: tm.Output()}
	wait := func(what string, re *regexp.Regexp) {
		t.Helper()
		out.waitFor(t, what, re)
	}
	wait("outline", regexp.MustCompile(`Talking points`))
	wait("rendered", regexp.MustCompile(`opened the meeting`))
	out.mark()
	tm.Send(keyMsg("3"))
	wait("point 3", regexp.MustCompile(`point 3/5`))
	out.mark()
	tm.Send(keyMsg("s"))
	wait("picker", regexp.MustCompile(`Filter by speaker`))
	out.mark()
	tm.Type("okafor")
	tm.Send(keyMsg("enter"))
	wait("filter", regexp.MustCompile(`Okafor-Lind · 2 quotes`))
	out.mark()
	tm.Send(keyMsg("/"))
	tm.Type("council")
	tm.Send(keyMsg("enter"))
	wait("search", regexp.MustCompile(`match 1/\d`))
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(20*time.Second))
	m := tm.FinalModel(t).(Model)
	if m.filter != "okafor" || m.doc.search.query != "council" || m.doc.search.total() < 2 {
		t.Fatalf("final model: filter %q search %q (%d matches)", m.filter, m.doc.search.query, m.doc.search.total())
	}
	if got := m.outline.items; len(got) != 2 || got[1].section != 4 {
		t.Fatalf("final outline %+v, want intro and point 4", got)
	}
}

// TestReaderFlowOutputIsSafe runs a hostile document through the program
// and checks the bytes written to the terminal.
func TestReaderFlowOutputIsSafe(t *testing.T) {
	tm := teatest.NewTestModel(t, New(hostileBriefing(), Options{Style: "dark"}),
		teatest.WithInitialTermSize(100, 30))
	log := &outputLog{r: tm.Output()}
	log.waitFor(t, "first frame", regexp.MustCompile(`Talking points`))
	log.waitFor(t, "rendered", regexp.MustCompile(`clipboard`))
	tm.Send(keyMsg("G"))
	log.waitFor(t, "the end", regexp.MustCompile(`marker`))
	for _, k := range []string{"s", "esc", `"`, "esc", "?"} {
		tm.Send(keyMsg(k))
	}
	log.waitFor(t, "help", regexp.MustCompile(`Keys`))
	tm.Send(keyMsg("q")) // closes help
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(20*time.Second))
	log.read()
	out := log.buf.String()
	for _, bad := range []string{"\x1b]52", "\x1b]0;evil", "\x1b]8;;http://evil", "\x1b[2J\x1b[H\x1b[31mowned", "\u009b", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("terminal output contains %q", bad)
		}
	}
}

// outputLog accumulates a program's output so that successive waits can
// look at what came after a mark (teatest.WaitFor consumes what it reads).
type outputLog struct {
	r     io.Reader
	buf   bytes.Buffer
	since int
}

func (o *outputLog) read() { _, _ = io.Copy(&o.buf, o.r) }

// mark makes later waits look only at output written after now.
func (o *outputLog) mark() {
	o.read()
	o.since = o.buf.Len()
}

func (o *outputLog) waitFor(t *testing.T, what string, re *regexp.Regexp) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		o.read()
		if re.Match(o.buf.Bytes()[o.since:]) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("waiting for %s (%s): not in output:\n%q", what, re, o.buf.Bytes()[o.since:])
}
