// Package store keeps what brief remembers between runs: parsed briefings
// in the cache directory (Cache), and where the reader left each briefing
// in the state directory (Places).
//
// It is its own package, importing model only, because both are plain
// files with one discipline — write to a temporary file and rename, never
// trust what is read back without checking it — and neither belongs to
// the parser (content) or to the screen (ui). main opens the stores and
// hands the reader functions over them, so that ui does no I/O of its own
// and tests point every path at temporary directories.
package store

import (
	"os"
	"path/filepath"
)

// writeFile writes data to path atomically: a reader sees the old file or
// the new one, never half of either, even if brief is killed mid-write or
// two brief processes write at once.
func writeFile(path string, data []byte) error {
	return writeFileWith(path, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// writeFileWith is writeFile for contents that write writes to the file
// itself, so that they never need to be in memory whole.
func writeFileWith(path string, write func(f *os.File) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
