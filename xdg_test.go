package main

import (
	"fmt"
	"os"

	"github.com/adrg/xdg"
)

// isolateXDG points every XDG directory at a temporary one, so that no
// test — in-process or a built binary run with the test's environment —
// reads the user's config or writes to their cache or state. TestMain
// calls it; it returns the function that removes the directory.
func isolateXDG() func() {
	dir, err := os.MkdirTemp("", "brief-test-xdg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, v := range []string{"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"} {
		os.Setenv(v, dir+"/"+v)
	}
	for _, v := range []string{"BRIEF_CONFIG", "BRIEF_STYLE", "BRIEF_WIDTH", "BRIEF_ASIDES", "BRIEF_MOUSE"} {
		os.Unsetenv(v)
	}
	xdg.Reload()
	return func() { os.RemoveAll(dir) }
}

// xdgEnv is the XDG variables isolateXDG set, for a brief started with an
// environment of its own: without them it would fall back to the user's
// home directories.
func xdgEnv() []string {
	var env []string
	for _, v := range []string{"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"} {
		if d := os.Getenv(v); d != "" {
			env = append(env, v+"="+d)
		}
	}
	return env
}
