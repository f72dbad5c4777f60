package ui

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// keyModifiers are the modifiers of a key's name, in the order Bubble Tea
// writes them ("ctrl+alt+x", never "alt+ctrl+x").
var keyModifiers = []string{"ctrl", "alt", "shift", "meta", "hyper", "super"}

// keyNameAliases are names people write for keys that Bubble Tea names
// otherwise.
var keyNameAliases = map[string]string{
	"escape": "esc", "return": "enter", "spacebar": "space", "del": "delete", "ins": "insert",
	"pagedown": "pgdown", "pgdn": "pgdown", "page_down": "pgdown", "pageup": "pgup", "page_up": "pgup",
	"arrowup": "up", "arrowdown": "down", "arrowleft": "left", "arrowright": "right", "bs": "backspace",
}

// namedKeys are the names of keys that are not one character ("enter",
// "pgdown", "f5"), read off Bubble Tea itself.
var namedKeys = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	add := func(code rune) {
		if n := (tea.Key{Code: code}).Keystroke(); utf8.RuneCountInString(n) > 1 {
			names[n] = true
		}
	}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		add(c)
	}
	for c := tea.KeyExtended + 1; c < tea.KeyExtended+1000; c++ {
		add(c)
	}
	return names
})

// CheckKeyName says why a config file's name for a key could never match
// a key press, or nil when it can. A press matches a binding by the name
// Bubble Tea gives it: its character ("j", "J", "]"), or its modifiers
// in the order ctrl, alt, shift, meta, hyper, super and then the key
// ("ctrl+f", "alt+enter", "pgdown", "space"). "Ctrl+F", "PageDown",
// "escape" or "alt+ctrl+x" would be accepted and never work.
func CheckKeyName(name string) error {
	rest, last := name, -1
	var mods []string
	for {
		i := strings.Index(rest, "+")
		if i <= 0 || i == len(rest)-1 {
			break
		}
		mod := rest[:i]
		m := slices.Index(keyModifiers, mod)
		if m < 0 {
			if slices.Contains(keyModifiers, strings.ToLower(mod)) {
				return fmt.Errorf("%q is not a key name: write it in lower case, %q", name, strings.ToLower(name))
			}
			return fmt.Errorf("%q is not a key name: %q is not a modifier (%s)", name, mod, strings.Join(keyModifiers, ", "))
		}
		if m <= last {
			return fmt.Errorf("%q is not a key name: write modifiers once each, in the order %s", name, strings.Join(keyModifiers, ", "))
		}
		last, rest = m, rest[i+1:]
		mods = append(mods, mod)
	}
	prefix := strings.Join(append(mods, ""), "+")
	if r, size := utf8.DecodeRuneInString(rest); size == len(rest) {
		switch {
		case r == ' ':
			return fmt.Errorf("%q is not a key name: the space bar is %q", name, prefix+"space")
		case r == utf8.RuneError || !unicode.IsPrint(r):
			return fmt.Errorf("%q is not a key name", name)
		case len(mods) == 1 && mods[0] == "shift" && unicode.IsLower(r):
			// a shifted character is reported as the character it types
			return fmt.Errorf("%q is not a key name: shift+%c is %q", name, r, string(unicode.ToUpper(r)))
		case len(mods) == 1 && mods[0] == "shift":
			return fmt.Errorf("%q is not a key name: name a shifted key by the character it types (\"J\", \"?\")", name)
		case slices.Contains(mods, "ctrl") && unicode.IsUpper(r):
			return fmt.Errorf("%q is not a key name: write the letter in lower case, %q", name, prefix+string(unicode.ToLower(r)))
		}
		return nil
	}
	names := namedKeys()
	if names[rest] {
		return nil
	}
	if want := strings.ToLower(rest); names[want] {
		return fmt.Errorf("%q is not a key name: write it in lower case, %q", name, prefix+want)
	}
	if want, ok := keyNameAliases[strings.ToLower(rest)]; ok {
		return fmt.Errorf("%q is not a key name: brief calls that key %q", name, prefix+want)
	}
	return fmt.Errorf("%q is not a key name: a key is one character (\"J\", \"]\") or one of enter, esc, tab, space, backspace, up, down, left, right, pgup, pgdown, home, end, f1…, after ctrl+, alt+ or shift+ if any", name)
}
