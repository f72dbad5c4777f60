package ui

import (
	"strings"
	"testing"
)

func TestCheckKeyName(t *testing.T) {
	for _, ok := range []string{"j", "J", "]", "?", "+", "ctrl++", "é", "ctrl+f", "alt+enter", "shift+tab", "ctrl+alt+x",
		"pgdown", "space", "esc", "enter", "f5", "home", "ctrl+shift+up"} {
		if err := CheckKeyName(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for bad, hint := range map[string]string{
		"Ctrl+N":      `"ctrl+n"`,
		"ctrl+N":      `"ctrl+n"`,
		"PgDown":      `"pgdown"`,
		"Enter":       `"enter"`,
		"pagedown":    `"pgdown"`,
		"ctrl+Escape": `"ctrl+esc"`,
		"alt+ctrl+x":  "order ctrl, alt",
		"ctrl+ctrl+x": "once each",
		"cmd+x":       `"cmd" is not a modifier`,
		" ":           `"space"`,
		"shift+j":     `"J"`,
		"shift+1":     "character it types",
		"ctrl+q+x":    `"q" is not a modifier`,
		"jj":          "one character",
		"\x1b":        "not a key name",
	} {
		err := CheckKeyName(bad)
		if err == nil || !strings.Contains(err.Error(), hint) {
			t.Errorf("%q: %v, want an error saying %s", bad, err, hint)
		}
	}
}

// TestDefaultKeysHaveKeyNames checks every key of brief's own bindings
// with CheckKeyName: a default that fails it would be a key no press
// matches, or a check that refuses good names.
func TestDefaultKeysHaveKeyNames(t *testing.T) {
	k, sk := defaultKeyMap(), defaultShelfKeys()
	for _, ptr := range []any{&k, &sk} {
		for action, b := range fieldBindings(ptr) {
			for _, key := range b.Keys() {
				if err := CheckKeyName(key); err != nil {
					t.Errorf("%s: %v", action, err)
				}
			}
		}
	}
}
