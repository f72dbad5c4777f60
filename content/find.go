package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Find expands the paths a command was given into the documents they
// name, in argument order: a file is itself (whatever its name), "-" is
// standard input, and a folder is the documents in it — files with a
// briefing's extension (.txt, .md, .html, …), by name, skipping hidden
// ones — and, when recursive, those in its subfolders too, each folder's
// files before its subfolders'. A document named twice is listed once.
// A path that does not exist is a *DocError.
func Find(paths []string, recursive bool) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		key := p
		if abs, err := filepath.Abs(p); err == nil && p != StdinName {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == StdinName {
			add(p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, &DocError{Name: p, Err: pathProblem(err)}
		}
		if !fi.IsDir() {
			add(p)
			continue
		}
		docs, err := findIn(p, recursive)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			add(d)
		}
	}
	return out, nil
}

// IsDir reports whether path names a folder, for callers that treat a
// folder differently from a file (a library rather than one briefing).
func IsDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// findIn lists the documents in dir.
func findIn(dir string, recursive bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &DocError{Name: dir, Err: pathProblem(err)}
	}
	var files, subdirs []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			// follow a link to a file; never one to a folder, which
			// could loop
			fi, err := os.Stat(p)
			if err != nil || fi.IsDir() {
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			subdirs = append(subdirs, p)
		case typ.IsRegular() && IsDocumentName(name):
			files = append(files, p)
		}
	}
	slices.Sort(files)
	if !recursive {
		return files, nil
	}
	slices.Sort(subdirs)
	for _, d := range subdirs {
		more, err := findIn(d, true)
		if err != nil {
			// an unreadable subfolder is skipped, as ls -R would go on
			if errors.Is(err, ErrPermission) {
				continue
			}
			return nil, err
		}
		files = append(files, more...)
	}
	return files, nil
}

// IsDocumentName reports whether a file name has an extension brief reads
// as a briefing.
func IsDocumentName(name string) bool {
	_, ok := formatByExt[strings.ToLower(filepath.Ext(name))]
	return ok
}
