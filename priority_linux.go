//go:build linux

package main

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// behindNice is the scheduling priority of the threads that parse behind
// the reader's screen: low enough that the system gives a core to a key's
// frame at once when both want one, not so low that the parse starves
// under other programs' load.
const behindNice = 10

// lowerPriority gives the calling goroutine a thread of its own and
// lowers that thread's priority to behindNice, unless brief already runs
// lower (on Linux, setpriority with a thread id sets that thread's
// alone). The goroutine must end without unlocking: Go then ends the
// thread with it, so that no thread of lowered priority ever runs another
// goroutine (a key's, the renderer's).
func lowerPriority() {
	runtime.LockOSThread()
	tid := unix.Gettid()
	// the raw system call gives 20 - nice
	if p, err := unix.Getpriority(unix.PRIO_PROCESS, tid); err == nil && 20-p < behindNice {
		_ = unix.Setpriority(unix.PRIO_PROCESS, tid, behindNice)
	}
}
