// Package config reads brief's settings: the TOML file
// $XDG_CONFIG_HOME/brief/config.toml, then BRIEF_* environment variables
// over it. Flags go over both, in main, which is the one place that knows
// the command line.
//
// It is a package of its own, importing nothing of brief's, because the
// settings are plain data that main resolves once and hands to the reader
// as options: the reader never reads files or the environment itself. What
// is a valid style or key action is the reader's business, so the caller
// passes those lists in (Check) rather than this package importing ui.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// FileName is the config file's name inside brief's config directory.
const FileName = "config.toml"

// Settings are the user's choices, each with where it came from.
type Settings struct {
	// Style is a style name, "" to follow the terminal.
	Style string
	// Width is the reading width in columns, 0 for the default.
	Width int
	// Asides says whether explainer asides show when a briefing opens.
	Asides bool
	// Mouse says whether the reader takes the mouse (wheel, clicks).
	Mouse bool
	// Keys remaps reader actions to keys: action name → keys.
	Keys map[string][]string
	// File is the config file read, "" when there was none.
	File string
	// Origin says where each setting came from ("default", the config
	// file, "BRIEF_STYLE", "--style"), by setting name.
	Origin map[string]string
}

// Names of the settings, as written in the file and shown by `brief config`.
const (
	KeyStyle  = "style"
	KeyWidth  = "width"
	KeyAsides = "asides"
	KeyMouse  = "mouse"
	KeyKeys   = "keys"
)

// names lists the settings in the order `brief config` prints them.
var names = []string{KeyStyle, KeyWidth, KeyAsides, KeyMouse, KeyKeys}

// Names returns the settings' names in a stable order.
func Names() []string { return slices.Clone(names) }

// Defaults returns the settings before any file, variable or flag.
func Defaults() Settings {
	s := Settings{Asides: true, Mouse: true, Keys: map[string][]string{}, Origin: map[string]string{}}
	for _, n := range names {
		s.Origin[n] = "default"
	}
	return s
}

// Check is what the caller accepts, for validation with line numbers.
type Check struct {
	// Styles are the valid style names.
	Styles []string
	// Actions are the reader actions that keys can be remapped to.
	Actions []string
	// MinWidth and MaxWidth bound the reading width (MaxWidth 0: no bound).
	MinWidth, MaxWidth int
	// Clash finds a key the remapped actions give to two actions that
	// listen at the same time: the key, the two actions, and where they
	// clash. Nil checks nothing.
	Clash func(keys map[string][]string) (key string, actions [2]string, where string, ok bool)
	// Key says why a key's name could never match a key press ("Ctrl+N",
	// "PageDown"), or nil. Nil checks only that the name is not blank.
	Key func(name string) error
}

// Error is a problem with the config file or a variable: one line that
// names the file and line, or the variable.
type Error struct {
	// Where is "FILE: line N", "FILE" or "BRIEF_X".
	Where string
	// Problem says what is wrong.
	Problem string
}

// Error returns "WHERE: problem".
func (e *Error) Error() string { return e.Where + ": " + e.Problem }

// file is the shape of config.toml.
type file struct {
	Style  *string        `toml:"style"`
	Width  *int           `toml:"width"`
	Asides *bool          `toml:"asides"`
	Mouse  *bool          `toml:"mouse"`
	Keys   map[string]any `toml:"keys"`
}

// keyList reads one action's keys: a string ("J") or an array of them
// (["J", "down"]).
func keyList(v any) ([]string, error) {
	switch v := v.(type) {
	case string:
		return []string{v}, nil
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("a key must be a string in quotes, not %v", x)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("keys must be a string or an array of strings")
}

// Load reads the config file at path over the defaults. A missing file is
// no error: brief works without one. Every other problem is an *Error
// naming the file and, where it can, the line.
func Load(path string, c Check) (Settings, error) {
	s := Defaults()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, &Error{Where: path, Problem: problem(err)}
	}
	return parse(s, path, data, c)
}

// problem is an I/O error without Go's "open PATH:" prefix.
func problem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// parse decodes data, the contents of the file at path, over s.
func parse(s Settings, path string, data []byte, c Check) (Settings, error) {
	s.File = path
	var f file
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return s, decodeError(path, err)
	}
	at := func(line int, format string, args ...any) error {
		return &Error{Where: fmt.Sprintf("%s: line %d", path, line), Problem: fmt.Sprintf(format, args...)}
	}
	for _, k := range md.Undecoded() {
		if len(k) == 1 || k[0] != KeyKeys {
			return s, at(lineOf(data, k), "unknown setting %q (known: %s)", k.String(), strings.Join(names, ", "))
		}
	}
	if md.IsDefined(KeyKeys) && md.Type(KeyKeys) != "Hash" {
		// the TOML library leaves a map alone when the value is no table
		got, line := tomlType(tomlKind(md.Type(KeyKeys))), lineOf(data, toml.Key{KeyKeys})
		if md.Type(KeyKeys) == "" {
			// [keys.reader] defines keys only implicitly, as a table of
			// tables: there is no "keys =" line to point at
			got, line = "a table of tables", tableLine(data, KeyKeys)
		}
		return s, at(line, "%s", wrongType(KeyKeys, got))
	}
	origin := path
	if f.Style != nil {
		if err := checkStyle(*f.Style, c); err != nil {
			return s, at(lineOf(data, toml.Key{KeyStyle}), "%v", err)
		}
		s.Style, s.Origin[KeyStyle] = *f.Style, origin
	}
	if f.Width != nil {
		if err := checkWidth(*f.Width, c); err != nil {
			return s, at(lineOf(data, toml.Key{KeyWidth}), "%v", err)
		}
		s.Width, s.Origin[KeyWidth] = *f.Width, origin
	}
	if f.Asides != nil {
		s.Asides, s.Origin[KeyAsides] = *f.Asides, origin
	}
	if f.Mouse != nil {
		s.Mouse, s.Origin[KeyMouse] = *f.Mouse, origin
	}
	if len(f.Keys) > 0 {
		// in file order, so that the first bad one is the one reported
		for _, k := range md.Keys() {
			if len(k) != 2 || k[0] != KeyKeys {
				continue
			}
			keys, err := keyList(f.Keys[k[1]])
			if err == nil {
				err = checkAction(k[1], keys, c)
			}
			if err != nil {
				return s, at(lineOf(data, k), "%s: %v", k[1], err)
			}
			s.Keys[k[1]] = slices.Clone(keys)
		}
		s.Origin[KeyKeys] = origin
		if err := checkClash(s.Keys, data, c, at); err != nil {
			return s, err
		}
	}
	return s, nil
}

// checkClash refuses keys that give one key to two actions listening at
// the same time: one of them could never be reached. The line blamed is
// the remapped action's (the later one's, when both are).
func checkClash(keys map[string][]string, data []byte, c Check, at func(int, string, ...any) error) error {
	if c.Clash == nil || len(keys) == 0 {
		return nil
	}
	k, acts, where, ok := c.Clash(keys)
	if !ok {
		return nil
	}
	line := func(a string) int {
		if _, mapped := keys[a]; !mapped {
			return -1
		}
		return lineOf(data, toml.Key{KeyKeys, a})
	}
	blame, other := acts[1], acts[0]
	if line(acts[0]) > line(acts[1]) {
		blame, other = acts[0], acts[1]
	}
	return at(line(blame), "%q would be both %s and %s in %s: give one of them another key", k, blame, other, where)
}

// decodeError turns the TOML library's error into one line with the line
// number it found.
func decodeError(path string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) && pe.Position.Line > 0 {
		msg := pe.Message
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = fmt.Sprintf("%s (at %q)", msg, pe.LastKey)
		}
		return &Error{Where: fmt.Sprintf("%s: line %d", path, pe.Position.Line), Problem: oneLine(msg)}
	}
	// "toml: line 3 (last key "width"): incompatible types: …"
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, " "); ok {
			if _, convErr := strconv.Atoi(n); convErr == nil {
				return &Error{Where: fmt.Sprintf("%s: line %s", path, n), Problem: typeProblem(oneLine(strings.TrimLeft(tail, ": ")))}
			}
		}
	}
	return &Error{Where: path, Problem: typeProblem(oneLine(msg))}
}

// incompatible is the TOML library's wording for a value of the wrong
// type, which names Go's types rather than the setting's.
var incompatible = regexp.MustCompile(`^\(last key "([^"]+)"\): incompatible types: TOML value has type (\S+); destination has type (\S+)$`)

// typeProblem says what a setting of the wrong type should be, in the
// words of the config file: "width must be a whole number (width = 90),
// not text". Other messages pass unchanged.
func typeProblem(msg string) string {
	m := incompatible.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	if p := wrongType(m[1], tomlType(m[2])); p != "" {
		return p
	}
	return msg
}

// wrongType says what setting must be, given what it was ("text"); ""
// for a setting it does not know.
func wrongType(setting, got string) string {
	want := map[string]string{
		KeyStyle:  `a name in quotes (style = "light")`,
		KeyWidth:  "a whole number (width = 90)",
		KeyAsides: "true or false (asides = false)",
		KeyMouse:  "true or false (mouse = false)",
		KeyKeys:   `a table of actions ([keys] then next_point = "J")`,
	}[setting]
	if want == "" {
		return ""
	}
	return fmt.Sprintf("%s must be %s, not %s", setting, want, got)
}

// tomlKind turns the TOML library's name for a value's type ("Integer")
// into the Go type tomlType reads.
func tomlKind(t string) string {
	switch t {
	case "String":
		return "string"
	case "Integer":
		return "int64"
	case "Float":
		return "float64"
	case "Bool":
		return "bool"
	case "Array", "ArrayInline":
		return "[]any"
	}
	return strings.ToLower(t)
}

// tomlType names a TOML value's type as the file shows it.
func tomlType(goType string) string {
	switch {
	case goType == "string":
		return "text"
	case strings.HasPrefix(goType, "int"):
		return "a number"
	case strings.HasPrefix(goType, "float"):
		return "a decimal number"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "map"):
		return "a table"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	}
	return "a " + goType
}

func checkStyle(style string, c Check) error {
	if len(c.Styles) > 0 && !slices.Contains(c.Styles, style) {
		return fmt.Errorf("style %q is not one of %s", style, strings.Join(c.Styles, ", "))
	}
	return nil
}

func checkWidth(w int, c Check) error {
	if w < c.MinWidth {
		return fmt.Errorf("width %d is too narrow (at least %d)", w, c.MinWidth)
	}
	if c.MaxWidth > 0 && w > c.MaxWidth {
		return fmt.Errorf("width %d is too wide (at most %d)", w, c.MaxWidth)
	}
	return nil
}

func checkAction(action string, keys []string, c Check) error {
	if len(c.Actions) > 0 && !slices.Contains(c.Actions, action) {
		return fmt.Errorf("no action %q to bind (actions: %s)", action, strings.Join(c.Actions, ", "))
	}
	if len(keys) == 0 {
		return fmt.Errorf("no keys for %q", action)
	}
	for _, k := range keys {
		if strings.TrimSpace(k) == "" || strings.ContainsFunc(k, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return fmt.Errorf("%q is not a key name", k)
		}
		if c.Key != nil {
			if err := c.Key(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// oneLine folds a message onto one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// tableLine is the line of the first table header under name
// ("[keys.reader]" for keys), 1-based; 0 when there is none.
func tableLine(data []byte, name string) int {
	for i, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "["+name+".") {
			return i + 1
		}
	}
	return 0
}

// lineOf finds the line on which key k is set in a TOML file, following
// [table] headers; 0 when it cannot tell. The TOML library reports lines
// for syntax and type errors only, and brief's own checks (an unknown
// style, a missing action) deserve the same precision.
func lineOf(data []byte, k toml.Key) int {
	table := ""
	want := strings.Join(k[:len(k)-1], ".")
	last := k[len(k)-1]
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			table = strings.Trim(strings.TrimSpace(strings.SplitN(t, "#", 2)[0]), "[] ")
			continue
		}
		name, _, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		name = strings.Trim(strings.TrimSpace(name), `"'`)
		full := name
		if table != "" {
			full = table + "." + name
		}
		if name == last && table == want || full == k.String() {
			return i + 1
		}
	}
	return 0
}

// Env applies BRIEF_STYLE, BRIEF_WIDTH, BRIEF_ASIDES and BRIEF_MOUSE over s.
// getenv looks a variable up; an empty one is unset.
func Env(s Settings, getenv func(string) string, c Check) (Settings, error) {
	if v := getenv("BRIEF_STYLE"); v != "" {
		if err := checkStyle(v, c); err != nil {
			return s, &Error{Where: "BRIEF_STYLE", Problem: err.Error()}
		}
		s.Style, s.Origin[KeyStyle] = v, "BRIEF_STYLE"
	}
	if v := getenv("BRIEF_WIDTH"); v != "" {
		w, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return s, &Error{Where: "BRIEF_WIDTH", Problem: fmt.Sprintf("%q is not a number", v)}
		}
		if err := checkWidth(w, c); err != nil {
			return s, &Error{Where: "BRIEF_WIDTH", Problem: err.Error()}
		}
		s.Width, s.Origin[KeyWidth] = w, "BRIEF_WIDTH"
	}
	for _, b := range []struct {
		name string
		key  string
		dst  *bool
	}{{"BRIEF_ASIDES", KeyAsides, &s.Asides}, {"BRIEF_MOUSE", KeyMouse, &s.Mouse}} {
		v := getenv(b.name)
		if v == "" {
			continue
		}
		on, err := parseBool(v)
		if err != nil {
			return s, &Error{Where: b.name, Problem: err.Error()}
		}
		*b.dst, s.Origin[b.key] = on, b.name
	}
	return s, nil
}

// parseBool reads the ways people write a switch in a variable.
func parseBool(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "on":
		return true, nil
	case "0", "false", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("%q is not a switch (want true or false)", v)
}

// Path is the config file's path: dir/brief/config.toml, with dir the
// XDG config home.
func Path(configHome string) string {
	return filepath.Join(configHome, "brief", FileName)
}
