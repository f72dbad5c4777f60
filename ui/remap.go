package ui

import (
	"reflect"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
)

// KeyActions lists the actions a config file can bind keys to: the
// keyMap's bindings, named in snake_case ("next_point", "quit"). They are
// read off the keyMap itself, so a binding added there can be remapped
// with no list to keep up to date.
func KeyActions() []string {
	var out []string
	t := reflect.TypeFor[keyMap]()
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
	if len(keys) == 0 {
		return k
	}
	v := reflect.ValueOf(&k).Elem()
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
	return k
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
