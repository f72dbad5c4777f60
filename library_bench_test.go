package main

// Benchmarks of the library on a generated day of a thousand briefings:
// the first frame, parsing them all in the background, the memory that
// takes, and reopening the folder from the cache. The generator is below;
// nothing generated is committed.
//
//	go test -run '^$' -bench Library -benchtime 1x -count 5 .

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/ansi"
)

// dayOfBriefings is how many briefings the benchmarks read.
const dayOfBriefings = 1000

// Invented people, places and words for generated briefings.
var (
	benchFirst = strings.Fields(`Ilse Tomas Amara Jun Lena Oskar Petra Halima Kasim Rena Dario Maren Ivo Sanne Teodor Noor Bram Elif`)
	benchLast  = strings.Fields(`Varga Reyes Okafor Park Brandt Lindqvist Osei Dovrey Arvid Mabry Feld Rocha Quill Tarnow Hale Ambe`)
	benchRoles = strings.Fields(`mayor minister harbour-master spokesperson secretary economist chair director`)
	benchTopic = strings.Fields(`ferry fares harbour budget storm dredging cranes schools roads water power housing tram bridge`)
	benchWords = strings.Fields(`the council said on Monday that plans for the new quay would go ahead after a long
		review of costs and that residents would be asked again before any work began in the spring while
		the union wanted more time and the board agreed to publish its figures every month`)
)

// genBriefing writes one briefing of four to eight points, a few quotes a
// point from people of a shared cast, so that speakers recur across the
// day as they do in real news.
func genBriefing(r *rand.Rand, i int) string {
	var sb strings.Builder
	topic := benchTopic[r.IntN(len(benchTopic))]
	fmt.Fprintf(&sb, "%s talks, day %d: what we learned\n\n", strings.ToUpper(topic[:1])+topic[1:], i)
	sentence := func() string {
		n := 8 + r.IntN(14)
		ws := make([]string, n)
		for k := range ws {
			ws[k] = benchWords[r.IntN(len(benchWords))]
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	fmt.Fprintf(&sb, "%s Here are the main points:\n\n", sentence())
	for p := 1; p <= 4+r.IntN(5); p++ {
		fmt.Fprintf(&sb, "%d. The %s question, part %d\n\n", p, benchTopic[r.IntN(len(benchTopic))], p)
		for range 1 + r.IntN(3) {
			first, last := benchFirst[r.IntN(len(benchFirst))], benchLast[r.IntN(len(benchLast))]
			role := strings.ReplaceAll(benchRoles[r.IntN(len(benchRoles))], "-", " ")
			fmt.Fprintf(&sb, "%s %s\n\n“%s” said %s %s, the %s.\n\n“%s” %s added.\n\n", sentence(), sentence(),
				strings.TrimSuffix(sentence(), ".")+",", first, last, role, sentence(), last)
		}
	}
	return sb.String()
}

// genDay writes n briefings into dir and returns their paths.
func genDay(tb testing.TB, dir string, n int) []string {
	tb.Helper()
	r := rand.New(rand.NewPCG(8, uint64(n)))
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("briefing-%04d.txt", i))
		if err := os.WriteFile(p, []byte(genBriefing(r, i)), 0o644); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// benchShelf builds the shelf main builds for a folder, on the given
// directories.
func benchShelf(tb testing.TB, dir, cacheDir string) ui.Shelf {
	tb.Helper()
	paths, err := content.Find([]string{dir}, false)
	if err != nil {
		tb.Fatal(err)
	}
	env := testEnv("XDG_CACHE_HOME", cacheDir, "XDG_STATE_HOME", filepath.Join(cacheDir, "state"))
	s, closeShelf := newShelf(paths, []string{dir}, false, newLoader(env), env)
	tb.Cleanup(closeShelf)
	s.Changes = nil // nothing changes during a benchmark
	return s
}

// runShelf drives an App as Bubble Tea does — commands on goroutines,
// their messages back through Update one at a time — until every
// briefing is parsed, and returns how long that took.
func runShelf(tb testing.TB, s ui.Shelf) time.Duration {
	tb.Helper()
	start := time.Now()
	var a tea.Model = ui.NewApp(s, ui.Options{Style: "dark"})
	msgs := make(chan tea.Msg, 64)
	var pending atomic.Int64
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		pending.Add(1)
		go func() {
			msgs <- c()
		}()
	}
	run(a.Init())
	a, cmd := a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(cmd)
	for pending.Load() > 0 {
		msg := <-msgs
		pending.Add(-1)
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			if strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.") {
				continue
			}
			a, cmd = a.Update(msg)
			run(cmd)
		}
	}
	if v := ansi.Strip(a.View().Content); !strings.Contains(v, "Library · 1000 briefings") || strings.Contains(v, "parsing") {
		tb.Fatalf("not every briefing was parsed:\n%s", v)
	}
	return time.Since(start)
}

// peakHeap samples the live heap while fn runs and returns its peak.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	fn()
	close(done)
	wg.Wait()
	return peak.Load()
}

// BenchmarkLibraryFirstFrame measures `brief folder/` up to its first
// frame: finding the thousand files, building the shelf (places, watcher)
// and drawing the list. Nothing is parsed yet: rows show file names until
// their briefing arrives.
func BenchmarkLibraryFirstFrame(b *testing.B) {
	dir := b.TempDir()
	genDay(b, dir, dayOfBriefings)
	cache := b.TempDir()
	for b.Loop() {
		s := benchShelf(b, dir, cache)
		var a tea.Model = ui.NewApp(s, ui.Options{Style: "dark"})
		a, _ = a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if v := a.View().Content; !strings.Contains(v, "briefing-0000.txt") {
			b.Fatalf("first frame:\n%s", v)
		}
	}
}

// BenchmarkLibraryParseAll measures parsing the thousand briefings in the
// background with an empty cache, and the peak live heap meanwhile.
func BenchmarkLibraryParseAll(b *testing.B) {
	dir := b.TempDir()
	genDay(b, dir, dayOfBriefings)
	var peak uint64
	for b.Loop() {
		cache := b.TempDir() // cold every time
		s := benchShelf(b, dir, cache)
		peak = max(peak, peakHeap(func() { runShelf(b, s) }))
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// BenchmarkLibraryCachedReopen measures the same folder opened again:
// every briefing comes from the cache.
func BenchmarkLibraryCachedReopen(b *testing.B) {
	dir := b.TempDir()
	genDay(b, dir, dayOfBriefings)
	cache := b.TempDir()
	runShelf(b, benchShelf(b, dir, cache)) // fill the cache
	var peak uint64
	for b.Loop() {
		s := benchShelf(b, dir, cache)
		peak = max(peak, peakHeap(func() { runShelf(b, s) }))
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
