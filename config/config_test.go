package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var check = Check{Styles: []string{"dark", "light", "notty", "ascii"}, Actions: []string{"quit", "next_point", "next_match"}, MinWidth: 20, MaxWidth: 1000, Clash: clash,
	Key: func(k string) error {
		if k == "Nope" {
			return fmt.Errorf("%q is refused", k)
		}
		return nil
	}}

// clash stands for the reader's key scopes: quit, next_point and
// next_match listen together, next_match on n unless remapped.
func clash(keys map[string][]string) (string, [2]string, string, bool) {
	owner := map[string]string{"q": "quit", "n": "next_match"}
	for _, a := range []string{"quit", "next_point", "next_match"} {
		if ks, ok := keys[a]; ok {
			for k, o := range owner {
				if o == a {
					delete(owner, k)
				}
			}
			for _, k := range ks {
				if o, taken := owner[k]; taken {
					return k, [2]string{o, a}, "the reader", true
				}
				owner[k] = a
			}
		}
	}
	return "", [2]string{}, "", false
}

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadMissingFileIsDefaults(t *testing.T) {
	s, err := Load(filepath.Join(t.TempDir(), "nope.toml"), check)
	if err != nil {
		t.Fatal(err)
	}
	if s.Style != "" || s.Width != 0 || !s.Asides || !s.Mouse || s.Origin[KeyStyle] != "default" {
		t.Errorf("defaults = %+v", s)
	}
}

func TestLoadSettings(t *testing.T) {
	p := write(t, "# mine\nstyle = \"light\"\nwidth = 80\nasides = false\nmouse = false\n\n[keys]\nquit = \"Q\"\nnext_point = [\"J\", \"]\"]\n")
	s, err := Load(p, check)
	if err != nil {
		t.Fatal(err)
	}
	if s.Style != "light" || s.Width != 80 || s.Asides || s.Mouse {
		t.Errorf("settings = %+v", s)
	}
	if got := strings.Join(s.Keys["next_point"], ","); got != "J,]" {
		t.Errorf("next_point keys = %q", got)
	}
	if got := strings.Join(s.Keys["quit"], ","); got != "Q" {
		t.Errorf("quit keys = %q", got)
	}
	if s.Origin[KeyStyle] != p || s.Origin[KeyMouse] != p {
		t.Errorf("origins = %v", s.Origin)
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	cases := []struct {
		name, text string
		line       string
		says       string
	}{
		{"syntax", "style = \"light\"\nwidth = = 3\n", "line 2", ""},
		{"unterminated", "\n\nstyle = \"light\n", "line 3", ""},
		{"type", "style = \"light\"\n\nwidth = \"wide\"\n", "line 3", "width must be a whole number (width = 90), not text"},
		{"decimal width", "width = 9.5\n", "line 1", "width must be a whole number (width = 90), not a decimal number"},
		{"switch", "\nasides = \"yes\"\n", "line 2", "asides must be true or false"},
		{"style table", "[style]\nname = 1\n", "line 1", "style must be a name in quotes"},
		{"keys not a table", "width = 90\nkeys = 3\n", "line 2", "keys must be a table of actions"},
		{"keys a table of tables", "width = 90\n[keys.reader]\nnext_point = \"n\"\n", "line 2", "keys must be a table of actions ([keys] then next_point = \"J\"), not a table of tables"},
		{"one action's keys", "[keys]\nquit = 3\n", "line 2", "quit: keys must be a string"},
		{"clash with a default", "[keys]\nquit = \"Q\"\nnext_point = \"n\"\n", "line 3", `"n" would be both next_point and next_match`},
		{"clash of two remapped", "[keys]\nnext_point = \"x\"\n\nquit = \"x\"\n", "line 4", `"x" would be both quit and next_point`},
		{"unknown setting", "style = \"dark\"\nstile = \"light\"\n", "line 2", `unknown setting "stile"`},
		{"unknown style", "width = 90\nstyle = \"purple\"\n", "line 2", `"purple"`},
		{"narrow", "width = 5\n", "line 1", "too narrow"},
		{"wide", "\nwidth = 999999999\n", "line 2", "too wide (at most 1000)"},
		{"unknown action", "[keys]\nquit = \"Q\"\nfly = \"F\"\n", "line 3", `no action "fly"`},
		{"bad key list", "[keys]\n\nquit = [1, 2]\n", "line 3", "string"},
		{"key name the check refuses", "[keys]\nquit = \"Q\"\n\nnext_point = [\"J\", \"Nope\"]\n", "line 4", `next_point: "Nope" is refused`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, c.text)
			_, err := Load(p, check)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, p+": "+c.line+":") {
				t.Errorf("error %q does not start with %q", msg, p+": "+c.line+":")
			}
			if !strings.Contains(msg, c.says) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line saying %q", msg, c.says)
			}
		})
	}
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir() // a directory where the file should be
	_, err := Load(dir, check)
	if err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("err = %v", err)
	}
}

func TestEnvOverridesFile(t *testing.T) {
	p := write(t, "style = \"light\"\nwidth = 80\n")
	s, err := Load(p, check)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"BRIEF_STYLE": "ascii", "BRIEF_ASIDES": "off"}
	s, err = Env(s, func(k string) string { return env[k] }, check)
	if err != nil {
		t.Fatal(err)
	}
	if s.Style != "ascii" || s.Width != 80 || s.Asides || !s.Mouse {
		t.Errorf("settings = %+v", s)
	}
	if s.Origin[KeyStyle] != "BRIEF_STYLE" || s.Origin[KeyWidth] != p {
		t.Errorf("origins = %v", s.Origin)
	}
}

func TestEnvErrorsNameTheVariable(t *testing.T) {
	for k, v := range map[string]string{"BRIEF_STYLE": "neon", "BRIEF_WIDTH": "wide", "BRIEF_MOUSE": "maybe"} {
		_, err := Env(Defaults(), func(name string) string {
			if name == k {
				return v
			}
			return ""
		}, check)
		if err == nil || !strings.HasPrefix(err.Error(), k+": ") {
			t.Errorf("%s=%s: err = %v", k, v, err)
		}
	}
}

func TestEnvWidthIsBounded(t *testing.T) {
	_, err := Env(Defaults(), func(name string) string {
		if name == "BRIEF_WIDTH" {
			return "10000000"
		}
		return ""
	}, check)
	if err == nil || !strings.Contains(err.Error(), "BRIEF_WIDTH: width 10000000 is too wide") {
		t.Errorf("BRIEF_WIDTH=10000000: err = %v", err)
	}
}
