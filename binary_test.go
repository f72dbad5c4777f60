package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// testBinary builds brief once for the tests that run it as a process
// (on a pty, or as the README's commands), and returns its path.
var testBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "brief-test-bin-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "brief")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), goDirs...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

// goDirs keeps the go command's build cache and settings where they were
// before TestMain pointed the XDG directories at a temporary one: go
// finds both under them, and with an empty cache the build above would
// compile everything, the standard library too (a minute here).
var goDirs = func() []string {
	var env []string
	if os.Getenv("GOCACHE") == "" {
		if d, err := os.UserCacheDir(); err == nil {
			env = append(env, "GOCACHE="+filepath.Join(d, "go-build"))
		}
	}
	if os.Getenv("GOENV") == "" {
		if d, err := os.UserConfigDir(); err == nil {
			env = append(env, "GOENV="+filepath.Join(d, "go", "env"))
		}
	}
	return env
}()

// binDir is the directory testBinary built into, removed by TestMain.
var binDir string

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + e.out }

// builtBinary returns the built brief, failing the test if it cannot be
// built.
func builtBinary(t *testing.T) string {
	t.Helper()
	bin, err := testBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestMain(m *testing.M) {
	cleanXDG := isolateXDG()
	code := m.Run()
	cleanXDG()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}
