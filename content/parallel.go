package content

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// maxWorkers caps the goroutines a parse works on at once; 0 leaves one
// per core (SetMaxWorkers).
var maxWorkers atomic.Int32

// SetMaxWorkers caps how many goroutines a parse works on at once: n ≥ 1
// caps them at n, 0 gives every core one again (the default, for export
// and print). A reader that parses a long document in the background while
// it shows the start sets it below the number of cores, so that a key
// never waits for a parse to give up a core. A parse already running keeps
// the count it started with; the result never depends on the count.
func SetMaxWorkers(n int) { maxWorkers.Store(int32(max(n, 0))) }

// workerStart, when set, is called first on every goroutine a parse
// starts (SetWorkerStart).
var workerStart atomic.Pointer[func()]

// SetWorkerStart has every goroutine a parse starts call f first, nil
// for none (the default). The reader passes a function that lowers the
// goroutine's thread's scheduling priority while it parses a document
// behind the screen, so that the system gives the cores to a key's frame
// before the parse. A parse already running keeps what it started with.
func SetWorkerStart(f func()) {
	if f == nil {
		workerStart.Store(nil)
		return
	}
	workerStart.Store(&f)
}

// startWorker is the first call of every goroutine a parse starts.
func startWorker() {
	if f := workerStart.Load(); f != nil {
		(*f)()
	}
}

// workers returns how many goroutines a parse may work on at once.
func workers() int {
	w := runtime.GOMAXPROCS(0)
	if m := int(maxWorkers.Load()); m > 0 && m < w {
		w = m
	}
	return w
}

// parallelFor calls fn on the runs [from, to) that together make [0, n),
// one run per core and all at once when there are at least min items,
// else fn(0, n) on this goroutine. fn must write only what belongs to its
// own run.
func parallelFor(n, min int, fn func(from, to int)) {
	workers := workers()
	if n < min || workers < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() { startWorker(); fn(k*n/workers, (k+1)*n/workers) })
	}
	wg.Wait()
}
