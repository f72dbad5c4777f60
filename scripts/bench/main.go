// Command bench measures brief as a user meets it, whole process, on
// generated briefings (internal/briefgen): in a private tmux server it
// times launch to the first talking point on screen, a key press to the
// changed screen, a resize to the settled screen, and the CPU and peak
// memory from launch to idle; outside tmux it times export, print and
// --version, and the Markdown shapes that once stalled the parser. It can
// run other readers (less, glow) on the same files for ratios measured in
// the same run.
//
// It is not part of CI: a full run takes a long time and the numbers only
// mean something on a quiet machine. Run it through scripts/bench.sh, which
// builds brief first:
//
//	scripts/bench.sh -runs 5 -only first -vs less
//
// Figures are medians of -runs runs; a cell reads ">T" when a run ran out
// of time.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/briefreader/brief/internal/briefgen"
)

type config struct {
	brief         string
	dir           string
	runs          int
	sizes         []int
	formats       []string
	only          map[string]bool
	vs            []reader
	width, height int
	timeout       time.Duration
	idleTimeout   time.Duration
	idleWindow    time.Duration
	stallSizes    []int
	stallShapes   []string
	// cold gives every run of brief an empty cache of parsed briefings
	cold bool
	// genOnly writes the documents and exits; args are the flags as
	// given, for the child that does it.
	genOnly bool
	args    []string
}

// reader is a program that shows a file in the terminal: name and a
// command with {} for the file.
type reader struct{ name, command string }

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

var allMeasures = []string{"first", "keys", "early", "resize", "idle", "export", "print", "version", "stall"}

func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	var c config
	var sizes, formats, only, vs, stallSizes, shapes string
	fs.StringVar(&c.brief, "brief", "", "the brief binary to measure (required)")
	fs.StringVar(&c.dir, "dir", filepath.Join(os.TempDir(), "brief-bench"), "where the generated briefings are written")
	fs.IntVar(&c.runs, "runs", 5, "runs per figure (the median is reported)")
	fs.StringVar(&sizes, "sizes", "7K,1.7M,5M,15M", "briefing sizes (K = 1000 bytes, M = 10^6, Mi = 2^20)")
	fs.StringVar(&formats, "formats", "txt,md", "briefing formats: txt, md")
	fs.StringVar(&only, "only", strings.Join(allMeasures, ","), "what to measure: "+strings.Join(allMeasures, ", "))
	fs.StringVar(&vs, "vs", "", "other readers to time alongside: less, glow, or NAME=COMMAND with {} for the file")
	fs.IntVar(&c.width, "width", 120, "terminal width")
	fs.IntVar(&c.height, "height", 40, "terminal height")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "longest wait for a screen or a command")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", 300*time.Second, "longest wait for the reader to go idle")
	fs.DurationVar(&c.idleWindow, "idle-window", 5*time.Second, "idle means under 2 % CPU over this long")
	fs.StringVar(&stallSizes, "stall-sizes", "2M,16Mi", "sizes of the stalling inputs")
	var names []string
	for _, s := range briefgen.Shapes {
		names = append(names, s.Name)
	}
	fs.StringVar(&shapes, "stall-shapes", strings.Join(names, ","), "stalling inputs to try")
	fs.BoolVar(&c.genOnly, "gen-only", false, "only write the documents (the harness runs itself so)")
	fs.BoolVar(&c.cold, "cold", false, "every run of brief starts with an empty cache of parsed briefings (else the runs share one, warm after the first)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.args = args
	if c.brief == "" {
		return c, errors.New("-brief is required")
	}
	var err error
	if c.brief, err = filepath.Abs(c.brief); err != nil {
		return c, err
	}
	if c.sizes, err = parseSizes(sizes); err != nil {
		return c, err
	}
	if c.stallSizes, err = parseSizes(stallSizes); err != nil {
		return c, err
	}
	c.formats = splitList(formats)
	c.stallShapes = splitList(shapes)
	c.only = map[string]bool{}
	for _, m := range splitList(only) {
		if !slices.Contains(allMeasures, m) {
			return c, fmt.Errorf("unknown measure %q", m)
		}
		c.only[m] = true
	}
	for _, v := range splitList(vs) {
		r, err := parseReader(v)
		if err != nil {
			return c, err
		}
		c.vs = append(c.vs, r)
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range splitList(s) {
		mult := 1.0
		num := f
		for _, u := range []struct {
			suffix string
			m      float64
		}{{"Mi", 1 << 20}, {"Ki", 1 << 10}, {"M", 1e6}, {"K", 1e3}} {
			if n, ok := strings.CutSuffix(f, u.suffix); ok {
				num, mult = n, u.m
				break
			}
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("bad size %q", f)
		}
		out = append(out, int(v*mult))
	}
	return out, nil
}

// parseReader reads a -vs entry: "less", "glow", or "NAME=COMMAND {}".
func parseReader(v string) (reader, error) {
	if name, command, ok := strings.Cut(v, "="); ok {
		return reader{name, command}, nil
	}
	switch v {
	case "less":
		return reader{"less", "less {}"}, nil
	case "glow":
		return reader{"glow", "glow -p {}"}, nil
	}
	return reader{}, fmt.Errorf("unknown reader %q (want less, glow or NAME=COMMAND)", v)
}

// available reports whether the reader's program is installed.
func (r reader) available() bool {
	f := strings.Fields(r.command)
	if len(f) == 0 {
		return false
	}
	_, err := exec.LookPath(f[0])
	return err == nil
}

// doc is one generated briefing on disk.
type doc struct {
	label string // "md 5 MB"
	path  string
	size  int
}

func sizeLabel(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1e6:
		return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/1e6), "0"), ".") + " MB"
	default:
		return fmt.Sprintf("%d KB", n/1000)
	}
}

// writeDoc returns the document dir/name, generating it with gen only when
// the file is not there yet (generation is deterministic). The harness
// generates in a child process (see genDocs), so gen runs in the
// harness's own process only for documents that child did not write.
func writeDoc(dir, name, label string, gen func() []byte) (doc, error) {
	p := filepath.Join(dir, name)
	fi, err := os.Stat(p)
	if err != nil {
		if err := os.WriteFile(p, gen(), 0o644); err != nil {
			return doc{}, err
		}
		if fi, err = os.Stat(p); err != nil {
			return doc{}, err
		}
	}
	return doc{label: label, path: p, size: int(fi.Size())}, nil
}

// genDocs writes the documents a run needs from a child process (this
// binary with -gen-only), so that this process never holds them. A child
// process starts with its parent's peak RSS as its own until it execs
// (Linux's ru_maxrss), so a harness that had generated 15 MB briefings
// would report at least its own peak as every measured program's.
func (c config) genDocs(args []string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, append([]string{"-gen-only"}, args...)...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func (c config) docs() ([]doc, error) {
	var out []doc
	for _, f := range c.formats {
		for _, n := range c.sizes {
			var gen func() []byte
			switch f {
			case "txt":
				gen = func() []byte { return briefgen.Plain(n) }
			case "md":
				gen = func() []byte { return briefgen.Markdown(n) }
			default:
				return nil, fmt.Errorf("unknown format %q", f)
			}
			d, err := writeDoc(c.dir, fmt.Sprintf("briefing-%d.%s", n, f), f+" "+sizeLabel(n), gen)
			if err != nil {
				return nil, err
			}
			out = append(out, d)
		}
	}
	return out, nil
}

func run(c config) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	if c.genOnly {
		if _, err := c.docs(); err != nil {
			return err
		}
		for _, name := range c.stallShapes {
			for i, s := range briefgen.Shapes {
				if s.Name == name && c.only["stall"] {
					for _, n := range c.stallSizes {
						if _, err := c.stallDoc(i, n); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	}
	if err := c.genDocs(c.args); err != nil {
		return fmt.Errorf("generating the briefings: %w", err)
	}
	docs, err := c.docs()
	if err != nil {
		return err
	}
	root, err := os.MkdirTemp("", "brief-bench-home-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(root)
	xdgEnv = privateXDG(root, c.cold)
	readers := []reader{{"brief", shellQuote(c.brief) + " {}"}}
	for _, r := range c.vs {
		if r.available() {
			readers = append(readers, r)
		} else {
			fmt.Fprintf(os.Stderr, "bench: %s is not installed; skipped\n", r.name)
		}
	}
	fmt.Printf("brief benchmark: %s, %d runs, terminal %d×%d, %s\n\n", c.brief, c.runs, c.width, c.height,
		time.Now().Format(time.RFC3339))
	var t *tmux
	if c.only["first"] || c.only["keys"] || c.only["early"] || c.only["resize"] || c.only["idle"] || c.only["stall"] {
		if _, err := exec.LookPath("tmux"); err != nil {
			return errors.New("tmux is needed for the reader's figures")
		}
		if t, err = startTmux(fmt.Sprintf("brief-bench-%d", os.Getpid()), c.width, c.height); err != nil {
			return err
		}
		defer t.close()
	}
	if c.only["version"] {
		c.measureVersion()
	}
	if c.only["export"] || c.only["print"] {
		c.measureBatch(docs)
	}
	if c.only["first"] {
		c.measureFirst(t, docs, readers)
	}
	if c.only["keys"] || c.only["resize"] {
		c.measureKeys(t, docs, readers)
	}
	if c.only["early"] {
		c.measureEarly(t, docs)
	}
	if c.only["idle"] {
		c.measureIdle(t, docs)
	}
	if c.only["stall"] {
		if err := c.measureStall(t); err != nil {
			return err
		}
	}
	return nil
}

// shellQuote quotes s for /bin/sh.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'" }

// command fills a reader's {} with a file and sets the terminal type and
// the private XDG directories.
func (r reader) commandFor(path string) string {
	env := "env TERM=xterm-256color COLORTERM=truecolor "
	for _, e := range xdgEnv() {
		env += shellQuote(e) + " "
	}
	return env + strings.ReplaceAll(r.command, "{}", shellQuote(path))
}

// xdgEnv is the environment of every program measured: XDG directories of
// the harness's own, so that the user's settings, places and cache play
// no part (see privateXDG).
var xdgEnv = func() []string { return nil }

// privateXDG returns the XDG variables for a run under root: empty
// settings and places, and a cache of parsed briefings shared by the runs
// (warm after the first run of a document) or, cold, a new empty one for
// each.
func privateXDG(root string, cold bool) func() []string {
	n := 0
	return func() []string {
		cache := filepath.Join(root, "cache")
		if cold {
			// the last run's is done with (the harness runs one program
			// at a time)
			_ = os.RemoveAll(filepath.Join(root, fmt.Sprintf("cache-%d", n)))
			n++
			cache = filepath.Join(root, fmt.Sprintf("cache-%d", n))
		}
		return []string{"XDG_CONFIG_HOME=" + filepath.Join(root, "config"), "XDG_STATE_HOME=" + filepath.Join(root, "state"),
			"XDG_DATA_HOME=" + filepath.Join(root, "data"), "XDG_CACHE_HOME=" + cache}
	}
}

// stat is a set of samples of one figure.
type stat struct {
	samples []time.Duration
	misses  int
	limit   time.Duration
}

func (s *stat) add(d time.Duration, err error) {
	if err != nil {
		s.misses++
		return
	}
	s.samples = append(s.samples, d)
}

func (s stat) median() time.Duration {
	v := slices.Clone(s.samples)
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// String is the median, or ">limit" when half the runs or more missed.
func (s stat) String() string {
	if len(s.samples) == 0 && s.misses == 0 {
		return "n/a"
	}
	if len(s.samples) == 0 || s.misses*2 >= len(s.samples)+s.misses {
		if s.limit > 0 {
			return ">" + s.limit.String()
		}
		return "n/a"
	}
	m := s.median()
	out := fmtDur(m)
	if s.misses > 0 {
		out += fmt.Sprintf(" (%d missed)", s.misses)
	}
	return out
}

func fmtDur(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return fmt.Sprintf("%.0f s", d.Seconds())
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= 10*time.Millisecond:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	}
}

func fmtBytes(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }

// table prints a Markdown table.
func table(title string, header []string, rows [][]string) {
	fmt.Printf("### %s\n\n| %s |\n|%s\n", title, strings.Join(header, " | "), strings.Repeat("---|", len(header)))
	for _, r := range rows {
		fmt.Printf("| %s |\n", strings.Join(r, " | "))
	}
	fmt.Println()
}

// procResult is one finished process.
type procResult struct {
	wall, cpu time.Duration
	maxRSS    int64
}

// runProc runs argv with stdout to /dev/null, killing it after timeout.
func runProc(timeout time.Duration, argv ...string) (procResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), xdgEnv()...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if ctx.Err() != nil {
		return procResult{}, errTimeout
	}
	if err != nil {
		return procResult{}, fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, stderr.String())
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	r := procResult{wall: wall}
	if ru != nil {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.maxRSS = ru.Maxrss << 10
	}
	return r, nil
}

func (c config) measureVersion() {
	var s stat
	for range max(c.runs, 21) {
		r, err := runProc(c.timeout, c.brief, "--version")
		s.add(r.wall, err)
	}
	table("brief --version (median of "+strconv.Itoa(len(s.samples))+")", []string{"wall"}, [][]string{{s.String()}})
}

func (c config) measureBatch(docs []doc) {
	var rows [][]string
	for _, d := range docs {
		row := []string{d.label}
		for _, what := range []string{"export", "print"} {
			if !c.only[what] {
				continue
			}
			argv := []string{c.brief, "export", "--format", "json", d.path}
			if what == "print" {
				argv = []string{c.brief, d.path}
			}
			wall, cpu := stat{limit: c.timeout}, stat{limit: c.timeout}
			var rss int64
			for range c.runs {
				r, err := runProc(c.timeout, argv...)
				wall.add(r.wall, err)
				cpu.add(r.cpu, err)
				rss = max(rss, r.maxRSS)
			}
			rate := "n/a"
			if m := wall.median(); m > 0 && len(wall.samples) > 0 {
				rate = fmt.Sprintf("%.1f MB/s", float64(d.size)/1e6/m.Seconds())
			}
			row = append(row, wall.String(), rate, cpu.String(), fmtBytes(rss))
		}
		rows = append(rows, row)
	}
	var header []string
	header = append(header, "document")
	for _, what := range []string{"export", "print"} {
		if c.only[what] {
			header = append(header, what+" wall", what+" rate", what+" CPU", what+" peak RSS")
		}
	}
	table("export --format json and print (stdout not a terminal)", header, rows)
}

// launchFirst launches command and waits for the marker; it returns the
// time from launch to the screen showing it, and the pid.
func (c config) launchFirst(t *tmux, command string) (time.Duration, int, error) {
	t0, pid, err := t.launch(command)
	if err != nil {
		return 0, 0, err
	}
	at, _, err := t.waitScreen(c.timeout, func(s string) bool { return strings.Contains(s, briefgen.Marker) })
	if err != nil {
		return 0, pid, err
	}
	return at.Sub(t0), pid, nil
}

func (c config) measureFirst(t *tmux, docs []doc, readers []reader) {
	header := []string{"document"}
	for _, r := range readers {
		header = append(header, r.name)
	}
	for _, r := range readers[1:] {
		header = append(header, "brief ÷ "+r.name)
	}
	var rows [][]string
	for _, d := range docs {
		row := []string{d.label}
		var meds []time.Duration
		for _, r := range readers {
			s := stat{limit: c.timeout}
			for range c.runs {
				dur, _, err := c.launchFirst(t, r.commandFor(d.path))
				if err != nil {
					fmt.Fprintf(os.Stderr, "bench: %s on %s: %v\n", r.name, d.label, err)
				}
				s.add(dur, err)
				t.stop()
			}
			row = append(row, s.String())
			meds = append(meds, s.median())
		}
		for _, m := range meds[1:] {
			row = append(row, fmt.Sprintf("%.2f", float64(meds[0])/float64(max(m, 1))))
		}
		rows = append(rows, row)
	}
	table("launch to first talking point on screen", header, rows)
}

// keyPlan is the keys timed, in order; g and G alternate so that each
// moves.
var keyPlan = []string{"j", "]", "G", "g"}

func (c config) measureKeys(t *tmux, docs []doc, readers []reader) {
	var keyRows, resizeRows [][]string
	for _, d := range docs {
		for _, r := range readers {
			_, pid, err := c.launchFirst(t, r.commandFor(d.path))
			if err != nil {
				fmt.Fprintf(os.Stderr, "bench: %s on %s did not show its first point: %v\n", r.name, d.label, err)
				t.stop()
				continue
			}
			_, _ = t.quiet(500*time.Millisecond, c.timeout)
			if c.only["keys"] {
				row := []string{d.label, r.name}
				stats := map[string]*stat{}
				for _, k := range keyPlan {
					stats[k] = &stat{limit: 5 * time.Second}
				}
				for _, k := range []string{"j", "]"} {
					if k == "]" && (r.name == "less" || r.name == "glow") {
						continue
					}
					for range c.runs {
						stats[k].add(c.keyLatency(t, k))
					}
				}
				for range c.runs {
					for _, k := range []string{"G", "g"} {
						stats[k].add(c.keyLatency(t, k))
					}
				}
				for _, k := range keyPlan {
					row = append(row, stats[k].String())
				}
				keyRows = append(keyRows, row)
			}
			if c.only["resize"] {
				settle, cpu := stat{limit: c.timeout}, stat{limit: c.timeout}
				for i := range c.runs {
					// a width not seen before each time: a reader that
					// keeps renderings per width would otherwise answer
					// from its cache
					w := c.width - 20 - 3*i
					s, u, err := c.resizeCost(t, pid, w)
					if err != nil {
						fmt.Fprintf(os.Stderr, "bench: resize of %s on %s: %v\n", r.name, d.label, err)
					}
					settle.add(s, err)
					cpu.add(u, err)
				}
				_ = t.resize(c.width, c.height)
				resizeRows = append(resizeRows, []string{d.label, r.name, settle.String(), cpu.String()})
			}
			t.stop()
		}
	}
	if c.only["keys"] {
		table("key press to changed screen", append([]string{"document", "reader"}, keyPlan...), keyRows)
	}
	if c.only["resize"] {
		table("resize (to a new width each time) to settled screen, and the CPU it costs until idle", []string{"document", "reader", "settle", "CPU"}, resizeRows)
	}
}

// keyLatency sends k and returns the time to the first changed screen.
func (c config) keyLatency(t *tmux, k string) (time.Duration, error) {
	before, err := t.screen()
	if err != nil {
		return 0, err
	}
	t.drain()
	t0 := time.Now()
	if err := t.keys(k); err != nil {
		return 0, err
	}
	at, _, err := t.waitScreen(5*time.Second, func(s string) bool { return s != before })
	_, _ = t.quiet(300*time.Millisecond, c.timeout)
	if err != nil {
		return 0, err
	}
	return at.Sub(t0), nil
}

// measureEarly times a key (j) pressed as soon as the first screen shows,
// while the reader still parses the rest of the document behind it: one
// key per launch, so that every sample falls inside the parse (with -cold,
// the whole parse; warm runs read the cache instead).
func (c config) measureEarly(t *tmux, docs []doc) {
	var rows [][]string
	r := reader{"brief", shellQuote(c.brief) + " {}"}
	for _, d := range docs {
		s := stat{limit: 5 * time.Second}
		for range c.runs {
			if _, _, err := c.launchFirst(t, r.commandFor(d.path)); err != nil {
				fmt.Fprintf(os.Stderr, "bench: brief on %s did not show its first point: %v\n", d.label, err)
				t.stop()
				continue
			}
			s.add(c.keyLatency(t, "j"))
			t.stop()
		}
		rows = append(rows, []string{d.label, s.String()})
	}
	table("a key (j) pressed as the first screen shows, during the parse behind it", []string{"document", "brief"}, rows)
}

// resizeCost resizes the window to width w and returns the time until the
// last output before a second of quiet, and the CPU the reader spent
// until idle.
func (c config) resizeCost(t *tmux, pid, w int) (time.Duration, time.Duration, error) {
	cpu0, _, err := waitIdle(pid, time.Second, c.idleTimeout)
	if err != nil {
		return 0, 0, err
	}
	t.drain()
	n0, _ := t.output()
	t0 := time.Now()
	if err := t.resize(w, c.height); err != nil {
		return 0, 0, err
	}
	last, err := t.quiet(time.Second, c.timeout)
	if err != nil {
		return 0, 0, err
	}
	if n, _ := t.output(); n == n0 {
		return 0, 0, errors.New("no output after a resize")
	}
	cpu1, _, err := waitIdle(pid, time.Second, c.idleTimeout)
	return last.Sub(t0), cpu1 - cpu0, err
}

func (c config) measureIdle(t *tmux, docs []doc) {
	var rows [][]string
	for _, d := range docs {
		cpu, wall := stat{limit: c.idleTimeout}, stat{limit: c.idleTimeout}
		var rss int64
		for range c.runs {
			t0, pid, err := t.launch(reader{"brief", shellQuote(c.brief) + " {}"}.commandFor(d.path))
			if err == nil {
				var idle bool
				var used time.Duration
				used, idle, err = waitIdle(pid, c.idleWindow, c.idleTimeout)
				if err == nil && !idle {
					err = errTimeout
				}
				cpu.add(used, err)
				wall.add(time.Since(t0)-c.idleWindow, err)
				if r, err := peakRSS(pid); err == nil {
					rss = max(rss, r)
				}
			} else {
				cpu.add(0, err)
			}
			t.stop()
		}
		rows = append(rows, []string{d.label, cpu.String(), wall.String(), fmtBytes(rss)})
	}
	table("reader from launch to idle, no key pressed", []string{"document", "CPU", "wall", "peak RSS"}, rows)
}

// stallDoc is the stalling input Shapes[i] at n bytes.
func (c config) stallDoc(i, n int) (doc, error) {
	s := briefgen.Shapes[i]
	return writeDoc(c.dir, fmt.Sprintf("stall-%s-%d.md", s.Name, n), s.Name+" "+sizeLabel(n),
		func() []byte { return briefgen.Stall(s, n) })
}

func (c config) measureStall(t *tmux) error {
	var rows [][]string
	for _, name := range c.stallShapes {
		i := slices.IndexFunc(briefgen.Shapes, func(s briefgen.Shape) bool { return s.Name == name })
		if i < 0 {
			return fmt.Errorf("unknown stall shape %q", name)
		}
		for _, n := range c.stallSizes {
			d, err := c.stallDoc(i, n)
			if err != nil {
				return err
			}
			// one run each past the first timeout: a stalling input
			// takes minutes, and five of them prove nothing more
			export, first := stat{limit: c.timeout}, stat{limit: c.timeout}
			for range c.runs {
				r, err := runProc(c.timeout, c.brief, "export", "--format", "json", d.path)
				export.add(r.wall, err)
				if err != nil {
					break
				}
			}
			for range c.runs {
				dur, _, err := c.launchFirst(t, reader{"brief", shellQuote(c.brief) + " {}"}.commandFor(d.path))
				first.add(dur, err)
				t.stop()
				if err != nil {
					break
				}
			}
			rows = append(rows, []string{d.label, export.String(), first.String()})
		}
	}
	table("stalling Markdown shapes: export (parse) and the reader's first screen", []string{"input", "export", "first screen"}, rows)
	return nil
}
