package content

import (
	"runtime"
	"sync"
)

// parallelFor calls fn on the runs [from, to) that together make [0, n),
// one run per core and all at once when there are at least min items,
// else fn(0, n) on this goroutine. fn must write only what belongs to its
// own run.
func parallelFor(n, min int, fn func(from, to int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < min || workers < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() { fn(k*n/workers, (k+1)*n/workers) })
	}
	wg.Wait()
}
