package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var check = Check{Styles: []string{"dark", "light", "notty", "ascii"}, Actions: []string{"quit", "next_point"}, MinWidth: 20}

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
		{"type", "style = \"light\"\n\nwidth = \"wide\"\n", "line 3", ""},
		{"unknown setting", "style = \"dark\"\nstile = \"light\"\n", "line 2", `unknown setting "stile"`},
		{"unknown style", "width = 90\nstyle = \"purple\"\n", "line 2", `"purple"`},
		{"narrow", "width = 5\n", "line 1", "too narrow"},
		{"unknown action", "[keys]\nquit = \"Q\"\nfly = \"F\"\n", "line 3", `no action "fly"`},
		{"bad key list", "[keys]\n\nquit = [1, 2]\n", "line 3", "string"},
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
