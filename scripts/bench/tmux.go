package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// tmux drives a private tmux server in control mode (tmux -C): commands go
// in on stdin, replies come back as %begin … %end blocks, and every write
// of the pane's program is announced by a %output notification. Waiting on
// those notifications, rather than polling the screen, notices a change
// within a fraction of a millisecond and leaves the CPU to the program
// being measured.
type tmux struct {
	socket string
	cmd    *exec.Cmd
	in     io.WriteCloser
	// replies carries the blocks answering our commands, in order.
	replies chan reply

	mu sync.Mutex
	// outputs counts %output notifications; lastOutput is when the
	// latest arrived.
	outputs    int
	lastOutput time.Time
	// wake is signalled (without blocking) on each notification.
	wake chan struct{}
	done chan struct{}
	// pane is the id of the pane being measured ("%3"), and pid its
	// program's; each launch gets a new window (see launch).
	pane string
	pid  int
	// stderr keeps what tmux says when it fails.
	stderr strings.Builder
}

// reply is one command's answer.
type reply struct {
	lines []string
	err   bool
}

// startTmux starts a server on its own socket with one session, "b", of
// width×height.
func startTmux(socket string, width, height int) (*tmux, error) {
	t := &tmux{socket: socket, replies: make(chan reply, 16), wake: make(chan struct{}, 1), done: make(chan struct{})}
	_ = exec.Command("tmux", "-L", socket, "kill-server").Run()
	t.cmd = exec.Command("tmux", "-L", socket, "-f", "/dev/null", "-C", "new-session", "-s", "b",
		"-x", fmt.Sprint(width), "-y", fmt.Sprint(height))
	t.cmd.Stderr = &t.stderr
	var err error
	if t.in, err = t.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := t.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := t.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting tmux: %w", err)
	}
	go t.read(out)
	// The windows take the control client's size. (window-size manual
	// instead crashes tmux 3.3a's server on the first new-window.)
	for _, c := range []string{
		"set -g remain-on-exit on",
		"set -g default-shell /bin/sh",
		fmt.Sprintf("refresh-client -C %dx%d", width, height),
	} {
		if _, err := t.run(c); err != nil {
			t.close()
			return nil, err
		}
	}
	return t, nil
}

// read parses the control-mode stream.
func (t *tmux) read(r io.Reader) {
	defer func() {
		_ = t.cmd.Wait()
		close(t.done)
	}()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var block *reply
	ours := false
	debug := os.Getenv("BENCH_DEBUG") != ""
	for sc.Scan() {
		line := sc.Text()
		if debug {
			fmt.Fprintf(os.Stderr, "tmux< %s %.200s\n", time.Now().Format("15:04:05.000"), line)
		}
		switch {
		case block != nil && (strings.HasPrefix(line, "%end ") || strings.HasPrefix(line, "%error ")):
			block.err = strings.HasPrefix(line, "%error ")
			if ours {
				t.replies <- *block
			}
			block = nil
		case block != nil:
			block.lines = append(block.lines, line)
		case strings.HasPrefix(line, "%begin "):
			// "%begin TIME NUMBER FLAGS": flag 1 marks a command this
			// client sent; the others (the session's own start) are not
			// replies to wait for.
			f := strings.Fields(line)
			ours = len(f) == 4 && f[3] == "1"
			block = &reply{}
		case strings.HasPrefix(line, "%output "):
			now := time.Now()
			t.mu.Lock()
			if f := strings.SplitN(line, " ", 3); len(f) < 2 || f[1] != t.pane {
				t.mu.Unlock()
				continue
			}
			t.outputs++
			t.lastOutput = now
			t.mu.Unlock()
			select {
			case t.wake <- struct{}{}:
			default:
			}
		}
	}
}

// run sends one command and returns its output lines.
func (t *tmux) run(command string) ([]string, error) {
	if os.Getenv("BENCH_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "tmux> %s %s\n", time.Now().Format("15:04:05.000"), command)
	}
	if _, err := io.WriteString(t.in, command+"\n"); err != nil {
		<-t.done
		return nil, fmt.Errorf("%w (tmux: %v %s)", err, t.cmd.ProcessState, t.stderr.String())
	}
	select {
	case r := <-t.replies:
		if r.err {
			return nil, fmt.Errorf("tmux %s: %s", command, strings.Join(r.lines, " "))
		}
		return r.lines, nil
	case <-t.done:
		return nil, fmt.Errorf("tmux exited: %s", t.stderr.String())
	case <-time.After(30 * time.Second):
		return nil, fmt.Errorf("tmux %s: no reply", command)
	}
}

// screen returns the visible text of the pane.
func (t *tmux) screen() (string, error) {
	lines, err := t.run("capture-pane -p -t " + t.target())
	return strings.Join(lines, "\n"), err
}

// output returns the notification count and the time of the latest.
func (t *tmux) output() (int, time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.outputs, t.lastOutput
}

// errTimeout reports a wait that ran out.
var errTimeout = errors.New("timed out")

// waitScreen waits until pred holds for the pane's text, checking after
// every output, and returns when the output that made it hold arrived.
func (t *tmux) waitScreen(timeout time.Duration, pred func(string) bool) (time.Time, string, error) {
	deadline := time.After(timeout)
	start := time.Now()
	for {
		s, err := t.screen()
		if err != nil {
			return time.Time{}, "", err
		}
		if pred(s) {
			// the notifications that came before the capture's reply
			// have been read: the latest is when the change arrived,
			// unless it came before this wait, when the capture's
			// reply is all we know
			if _, last := t.output(); last.After(start) {
				return last, s, nil
			}
			return time.Now(), s, nil
		}
		select {
		case <-t.wake:
		case <-deadline:
			return time.Time{}, s, errTimeout
		case <-t.done:
			return time.Time{}, s, errors.New("tmux exited")
		}
	}
}

// quiet waits until the pane has had no output for d since it was
// called, and returns the time of the last output (which may be before
// the call).
func (t *tmux) quiet(d, timeout time.Duration) (time.Time, error) {
	start := time.Now()
	deadline := start.Add(timeout)
	for {
		n, last := t.output()
		wait := d - time.Since(later(last, start))
		if wait <= 0 {
			return last, nil
		}
		if time.Now().After(deadline) {
			return last, errTimeout
		}
		time.Sleep(wait)
		if m, _ := t.output(); m == n {
			return last, nil
		}
	}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// target is the pane being measured, for tmux's -t.
func (t *tmux) target() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.pane
}

// launch runs command, by /bin/sh, in a new window of the session, and
// returns when it was asked for and its pid. A new window each time, not
// respawn-pane: tmux 3.3a's server was seen to crash some seconds after
// quick respawns of a pane whose program had just exited.
func (t *tmux) launch(command string) (time.Time, int, error) {
	t.drain()
	t0 := time.Now()
	lines, err := t.run("new-window -d -t b: -P -F '#{pane_id} #{pane_pid}' " + quote("exec "+command))
	if err != nil {
		return t0, 0, err
	}
	var pane string
	var pid int
	if len(lines) == 0 {
		return t0, 0, errors.New("new-window said nothing")
	}
	if _, err := fmt.Sscan(lines[0], &pane, &pid); err != nil {
		return t0, 0, fmt.Errorf("new-window said %q: %w", lines[0], err)
	}
	t.mu.Lock()
	t.pane, t.pid = pane, pid
	t.mu.Unlock()
	return t0, pid, nil
}

// keys sends keys to the pane (tmux key names: j, G, Enter, ]).
func (t *tmux) keys(k string) error {
	_, err := t.run("send-keys -t " + t.target() + " " + quote(k))
	return err
}

// resize sets the windows' size, through the control client's.
func (t *tmux) resize(w, h int) error {
	_, err := t.run(fmt.Sprintf("refresh-client -C %dx%d", w, h))
	return err
}

// stop ends the measured program (SIGTERM, then SIGKILL) and, once it is
// dead, closes its window.
func (t *tmux) stop() {
	if t.pid > 0 {
		_ = syscall.Kill(t.pid, syscall.SIGTERM)
		if !t.waitDead(3 * time.Second) {
			_ = syscall.Kill(t.pid, syscall.SIGKILL)
			t.waitDead(3 * time.Second)
		}
	}
	if p := t.target(); p != "" {
		_, _ = t.run("kill-window -t " + p)
	}
	t.mu.Lock()
	t.pane, t.pid = "", 0
	t.mu.Unlock()
}

// waitDead waits for the measured program to have exited.
func (t *tmux) waitDead(d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if l, err := t.run("display -p -t " + t.target() + " '#{pane_dead}'"); err != nil || len(l) > 0 && l[0] == "1" {
			return true
		}
	}
	return false
}

func (t *tmux) close() {
	_, _ = io.WriteString(t.in, "kill-server\n")
	t.in.Close()
	select {
	case <-t.done:
	case <-time.After(5 * time.Second):
		_ = t.cmd.Process.Kill()
		<-t.done
	}
}

// quote quotes s for tmux's command parser.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// drain forgets a pending wake-up, so that a wait sees only new output.
func (t *tmux) drain() {
	select {
	case <-t.wake:
	default:
	}
}
