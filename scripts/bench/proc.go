package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of utime and stime in /proc/PID/stat (USER_HZ,
// 100 on Linux).
const clockTick = 10 * time.Millisecond

// cpuTime returns the CPU time (user + system) process pid has used.
func cpuTime(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// the command name, in parentheses, may hold spaces: fields count
	// from the last ')'
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("odd /proc/%d/stat", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	// fields 14 and 15 of stat are utime and stime; f[0] is field 3
	if len(f) < 13 {
		return 0, fmt.Errorf("short /proc/%d/stat", pid)
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("odd /proc/%d/stat", pid)
	}
	return time.Duration(u+s) * clockTick, nil
}

// peakRSS returns the peak resident set size of process pid in bytes
// (VmHWM).
func peakRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			kb, err := strconv.ParseInt(f[0], 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmHWM for %d", pid)
}

// waitIdle samples pid's CPU time every 100 ms until it has grown by less
// than 2 % of the window over window, or timeout passes. It returns the
// CPU time when the quiet window began and whether the process got idle.
func waitIdle(pid int, window, timeout time.Duration) (time.Duration, bool, error) {
	type sample struct {
		at  time.Time
		cpu time.Duration
	}
	var samples []sample
	deadline := time.Now().Add(timeout)
	for {
		c, err := cpuTime(pid)
		if err != nil {
			return 0, false, err
		}
		now := time.Now()
		samples = append(samples, sample{now, c})
		// the oldest sample at least window ago
		for len(samples) > 1 && now.Sub(samples[1].at) >= window {
			samples = samples[1:]
		}
		if old := samples[0]; now.Sub(old.at) >= window && c-old.cpu <= window/50 {
			return old.cpu, true, nil
		}
		if now.After(deadline) {
			return c, false, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
}
