package content

import (
	"bytes"
	"sync/atomic"
	"testing"

	"github.com/briefreader/brief/internal/briefgen"
)

// TestMaxWorkers checks that a parse capped at one worker
// (SetMaxWorkers(1)) works on one goroutine and gives the export the
// default parse gives.
func TestMaxWorkers(t *testing.T) {
	defer SetMaxWorkers(0)
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown} {
		doc := gen(600_000)
		var out [2]bytes.Buffer
		for k, n := range []int{0, 1} {
			SetMaxWorkers(n)
			if n == 1 && workers() != 1 {
				t.Fatalf("SetMaxWorkers(1): workers() = %d", workers())
			}
			b, err := ParseBytes("doc", doc, Auto)
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteJSON(&out[k], b); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
			t.Errorf("%.60q…: export parsed on one worker differs from the default", doc)
		}
	}
}

// TestParallelForCapped checks that parallelFor runs one goroutine's worth
// at a time when capped at one, and still covers every item once.
func TestParallelForCapped(t *testing.T) {
	defer SetMaxWorkers(0)
	SetMaxWorkers(1)
	var running, most atomic.Int32
	seen := make([]int, 10_000)
	parallelFor(len(seen), 1, func(from, to int) {
		n := running.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		for i := from; i < to; i++ {
			seen[i]++
		}
		running.Add(-1)
	})
	if most.Load() != 1 {
		t.Errorf("capped at one worker, %d ran at once", most.Load())
	}
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("item %d covered %d times", i, n)
		}
	}
}

// TestWorkerStart checks that every goroutine a long parse starts calls
// the function SetWorkerStart gave first, and none once it is unset.
func TestWorkerStart(t *testing.T) {
	defer SetMaxWorkers(0)
	defer SetWorkerStart(nil)
	SetMaxWorkers(2)
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown} {
		doc := gen(600_000)
		var started atomic.Int32
		SetWorkerStart(func() { started.Add(1) })
		if _, err := ParseBytes("doc", doc, Auto); err != nil {
			t.Fatal(err)
		}
		if started.Load() < 2 {
			t.Errorf("%.40q…: %d goroutines called the start function, want every worker's", doc, started.Load())
		}
		SetWorkerStart(nil)
		n := started.Load()
		if _, err := ParseBytes("doc", doc, Auto); err != nil {
			t.Fatal(err)
		}
		if started.Load() != n {
			t.Errorf("unset, the start function was still called")
		}
	}
}
