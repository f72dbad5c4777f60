package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// configEnv is an environment whose config home holds config.toml with
// the given text, and the other variables given.
func configEnv(t *testing.T, text string, vars ...string) (environment, string) {
	t.Helper()
	home := t.TempDir()
	path := filepath.Join(home, "brief", "config.toml")
	if text != "" {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return testEnv(append([]string{"XDG_CONFIG_HOME", home}, vars...)...), path
}

func TestConfigCommand(t *testing.T) {
	env, path := configEnv(t, "style = \"light\"\n[keys]\nquit = \"Q\"\n", "BRIEF_WIDTH", "72")
	out, errOut, code := runWith(t, env, "", "config")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{path + " (found)", `style = "light"`, "# config file", "width = 72", "# BRIEF_WIDTH", `quit = ["Q"]`, "asides = true", "# default"} {
		if !strings.Contains(out, want) {
			t.Errorf("brief config lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runWith(t, env, "", "config", "--path")
	if strings.TrimSpace(out) != path {
		t.Errorf("config --path = %q, want %q", out, path)
	}
}

func TestBrokenConfigIsOneLineNamingFileAndLine(t *testing.T) {
	for _, text := range []string{"style = \"light\"\nwidth = = 3\n", "width = 80\nstyle = \"neon\"\n", "[keys]\nquit = \"Q\"\nfly = \"F\"\n",
		"width = \"wide\"\n", "keys = \"J\"\n", "[keys]\nnext_point = \"n\"\n", "[keys]\ncopy_quote = \"j\"\n", "[keys]\nnext_point = \"Ctrl+N\"\n", "[keys]\nquit = [\"Q\", \"PageDown\"]\n"} {
		env, path := configEnv(t, text)
		for _, args := range [][]string{{"config"}, {filepath.Join(library, "1-ferry-fares.md")}} {
			_, errOut, code := runWith(t, env, "", args...)
			if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, path+": line ") {
				t.Errorf("%q %v: exit %d, %q", text, args, code, errOut)
			}
		}
	}
}

func TestConfigStyleLeavesPipesPlain(t *testing.T) {
	// printed into a pipe, a colour style from the config file or
	// BRIEF_STYLE is not used (it is the reader's palette): only --style
	// adds colour
	doc := filepath.Join(library, "1-ferry-fares.md")
	plain, _, _ := runWith(t, testEnv(), "", doc)
	if strings.Contains(plain, "\x1b[") {
		t.Fatalf("printed with no style: escape codes in %q", plain)
	}
	env, _ := configEnv(t, "style = \"dark\"\n")
	if out, _, _ := runWith(t, env, "", doc); out != plain {
		t.Errorf("style = \"dark\" in the config file coloured a pipe")
	}
	if out, _, _ := runWith(t, testEnv("BRIEF_STYLE", "light"), "", doc); out != plain {
		t.Errorf("BRIEF_STYLE=light coloured a pipe")
	}
	if out, _, _ := runWith(t, env, "", "--style", "dark", doc); !strings.Contains(out, "\x1b[") {
		t.Errorf("--style dark did not colour the pipe")
	}
}

// runWith runs the command in-process in the given environment.
func runWith(t *testing.T, env environment, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, env)
	return out.String(), errb.String(), code
}
