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
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

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
