//go:build linux

package main

import (
	"runtime"
	"testing"

	"golang.org/x/sys/unix"
)

// niceOf is the nice value of thread tid (the raw syscall gives 20 - nice).
func niceOf(t *testing.T, tid int) int {
	t.Helper()
	p, err := unix.Getpriority(unix.PRIO_PROCESS, tid)
	if err != nil {
		t.Fatal(err)
	}
	return 20 - p
}

// TestLowerPriority checks that lowerPriority lowers the priority of its
// goroutine's thread alone, and never raises it.
func TestLowerPriority(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	mine := niceOf(t, unix.Gettid())
	got := make(chan int)
	go func() {
		lowerPriority()
		got <- niceOf(t, unix.Gettid())
	}()
	if n := <-got; n != max(mine, behindNice) {
		t.Errorf("lowered thread's nice = %d, want %d", n, max(mine, behindNice))
	}
	if n := niceOf(t, unix.Gettid()); n != mine {
		t.Errorf("the caller's thread went from nice %d to %d", mine, n)
	}
}
