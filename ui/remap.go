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
