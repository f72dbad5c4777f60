package ui

import (
	"reflect"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
)

// KeyActions lists the actions a config file can bind keys to: the
// reader's bindings and the shelf's, named in snake_case ("next_point",
// "quit"). They are read off the key maps themselves, so a binding added
// there can be remapped with no list to keep up to date.
func KeyActions() []string {
	return append(actionsOf(reflect.TypeFor[keyMap]()), actionsOf(reflect.TypeFor[shelfKeys]())...)
}

func actionsOf(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		if f := t.Field(i); f.Type == reflect.TypeFor[key.Binding]() {
			out = append(out, snake(f.Name))
		}
	}
	return out
}

// remap replaces the keys of the named actions, keeping their help text
// but for the keys it shows. Unknown names are ignored: the config
// package has already refused them, with a line number.
func (k keyMap) remap(keys map[string][]string) keyMap {
	remapFields(&k, keys)
	return k
}

// remap replaces the keys of the shelf's named actions.
func (k shelfKeys) remap(keys map[string][]string) shelfKeys {
	remapFields(&k, keys)
	return k
}

// remapFields rebinds the key.Binding fields of the struct ptr points to.
func remapFields(ptr any, keys map[string][]string) {
	if len(keys) == 0 {
		return
	}
	v := reflect.ValueOf(ptr).Elem()
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		ks, ok := keys[snake(f.Name)]
		if !ok || f.Type != reflect.TypeFor[key.Binding]() || len(ks) == 0 {
			continue
		}
		b := v.Field(i).Addr().Interface().(*key.Binding)
		enabled, help := b.Enabled(), strings.Join(ks, "/")
		// ctrl+c quits whatever else quit is bound to: a way out
		// must survive any config
		if slices.Contains(b.Keys(), "ctrl+c") && !slices.Contains(ks, "ctrl+c") {
			ks = append(slices.Clone(ks), "ctrl+c")
		}
		*b = key.NewBinding(key.WithKeys(ks...), key.WithHelp(help, b.Help().Desc))
		b.SetEnabled(enabled)
	}
}

// snake turns a field name into an action name: NextPoint → next_point.
func snake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// KeyClash is a key a config file gives to two actions that listen at the
// same time, so that one of them could never be reached.
type KeyClash struct {
	// Key is the key both are bound to.
	Key string
	// Actions are the two actions, in the order of KeyActions.
	Actions [2]string
	// Where is the part of brief in which they clash ("the reader").
	Where string
}

// keyScope is a group of actions that take keys at the same time: each of
// the reader's panes with the shelf's reader keys, each dialog, and the
// library's list. Within a scope a key can do one thing.
type keyScope struct {
	where   string
	actions []string
}

func keyScopes() []keyScope {
	k, sk := defaultKeyMap(), defaultShelfKeys()
	kn, skn := helpNames(&k), helpNames(&sk) // unique within each (TestKeyScopesNameActions)
	var shelfReader []string
	for _, b := range sk.reader() {
		shelfReader = append(shelfReader, skn[b.Help()])
	}
	var out []keyScope
	for _, c := range []keyContext{ctxOutline, ctxDocument, ctxSpeakers, ctxPicker, ctxQuotes, ctxHelp, ctxSearch} {
		sc := keyScope{where: "the " + c.String() + " dialog"}
		for _, g := range k.groups(c) {
			for _, b := range g {
				sc.actions = append(sc.actions, kn[b.Help()])
			}
		}
		switch c {
		case ctxOutline, ctxDocument, ctxSpeakers:
			sc.where = "the reader"
			sc.actions = append(sc.actions, shelfReader...)
		}
		out = append(out, sc)
	}
	return append(out,
		keyScope{"the library", []string{"quit", "help", "across", "open_doc", "filter_docs", "clear_filter",
			"down", "up", "page_down", "page_up", "half_down", "half_up", "top", "bottom"}},
		keyScope{"the library's filter", []string{"filter_keep", "filter_cancel"}})
}

// FindKeyClash returns the first key that a remapped action in keys
// shares with another action listening at the same time. Clashes between
// brief's own defaults are deliberate (esc clears a search, else goes
// back to the library) and are not reported: at least one of the two
// actions must be remapped.
func FindKeyClash(keys map[string][]string) (KeyClash, bool) {
	if len(keys) == 0 {
		return KeyClash{}, false
	}
	k, sk := defaultKeyMap().remap(keys), defaultShelfKeys().remap(keys)
	bindings := fieldBindings(&k)
	for n, b := range fieldBindings(&sk) {
		bindings[n] = b
	}
	order := KeyActions()
	for _, sc := range keyScopes() {
		owner := map[string]string{} // key → action
		for _, name := range sc.actions {
			for _, ks := range bindings[name].Keys() {
				prev, taken := owner[ks]
				if !taken || prev == name {
					owner[ks] = name
					continue
				}
				_, mine := keys[name]
				_, theirs := keys[prev]
				if !mine && !theirs {
					continue
				}
				pair := [2]string{prev, name}
				if slices.Index(order, pair[0]) > slices.Index(order, pair[1]) {
					pair[0], pair[1] = pair[1], pair[0]
				}
				return KeyClash{Key: ks, Actions: pair, Where: sc.where}, true
			}
		}
	}
	return KeyClash{}, false
}

// fieldBindings maps the action names of the struct ptr points to onto
// its bindings.
func fieldBindings(ptr any) map[string]key.Binding {
	out := map[string]key.Binding{}
	v := reflect.ValueOf(ptr).Elem()
	t := v.Type()
	for i := range t.NumField() {
		if f := t.Field(i); f.Type == reflect.TypeFor[key.Binding]() {
			out[snake(f.Name)] = v.Field(i).Interface().(key.Binding)
		}
	}
	return out
}

// helpNames maps the bindings of the struct ptr points to, by their help,
// onto their action names.
func helpNames(ptr any) map[key.Help]string {
	out := map[key.Help]string{}
	for n, b := range fieldBindings(ptr) {
		out[b.Help()] = n
	}
	return out
}
