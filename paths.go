package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/adrg/xdg"
	"github.com/briefreader/brief/config"
	"github.com/briefreader/brief/store"
)

// dirs are where brief keeps its files, after the XDG base directory
// specification: settings in the config home, parsed briefings in the
// cache home, reading places in the state home.
type dirs struct {
	config, cache, state string
}

// xdgDirs resolves the directories from the environment brief was given
// (so that tests can point them at temporary ones), falling back to
// adrg/xdg's platform defaults (~/.config, ~/Library/Application Support,
// %LOCALAPPDATA%) for variables that are unset.
func xdgDirs(env environment) dirs {
	pick := func(name, fallback string) string {
		if v := env.getenv(name); filepath.IsAbs(v) {
			return v // the spec ignores relative paths
		}
		return fallback
	}
	return dirs{
		config: pick("XDG_CONFIG_HOME", xdg.ConfigHome),
		cache:  filepath.Join(pick("XDG_CACHE_HOME", xdg.CacheHome), "brief"),
		state:  filepath.Join(pick("XDG_STATE_HOME", xdg.StateHome), "brief"),
	}
}

// configPath is the config file: BRIEF_CONFIG when set, else
// $XDG_CONFIG_HOME/brief/config.toml.
func (d dirs) configPath(env environment) string {
	if p := env.getenv("BRIEF_CONFIG"); p != "" {
		return p
	}
	return config.Path(d.config)
}

// placesPath is the file of reading places.
func (d dirs) placesPath() string { return filepath.Join(d.state, "places.json") }

// openCache opens the cache of parsed briefings for this build of brief.
func (d dirs) openCache() *store.Cache {
	return store.NewCache(filepath.Join(d.cache, "briefings"), buildID())
}

// buildID names this build of the parser for the cache: the version, and
// the executable's size and modification time, which change with every
// build even when the version does not (a developer's `go build`).
func buildID() string {
	id := versionString()
	if info, ok := debug.ReadBuildInfo(); ok {
		id += " " + info.GoVersion
	}
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			id += " " + fi.ModTime().UTC().Format(time.RFC3339Nano) + " " + strconv.FormatInt(fi.Size(), 10)
		}
	}
	return id
}
