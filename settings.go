package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/briefreader/brief/config"
	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
)

// autoStyle is the style name that means "follow the terminal", accepted
// in the config file and BRIEF_STYLE to undo a setting further up.
const autoStyle = "auto"

// configCheck is what the config file may say: the reader's styles,
// actions and key names, brief's narrowest width.
func configCheck() config.Check {
	return config.Check{Styles: append(ui.StyleNames(), autoStyle), Actions: ui.KeyActions(), MinWidth: minWidth, MaxWidth: maxWidth, Clash: keyClash, Key: ui.CheckKeyName}
}

// keyClash adapts ui.FindKeyClash to the config package, which imports
// nothing of brief's.
func keyClash(keys map[string][]string) (string, [2]string, string, bool) {
	c, ok := ui.FindKeyClash(keys)
	return c.Key, c.Actions, c.Where, ok
}

// loadSettings reads the config file, then the BRIEF_* variables over it.
// Flags go over both in resolveReadOptions.
func loadSettings(env environment) (config.Settings, error) {
	path := xdgDirs(env).configPath(env)
	s, err := config.Load(path, configCheck())
	if err != nil {
		return s, err
	}
	return config.Env(s, env.getenv, configCheck())
}

func newConfigCmd(env environment) *cobra.Command {
	var pathOnly bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the config file's path and the settings in effect",
		Long: `Show where brief reads its settings and what they are now.

Settings come from the config file ($XDG_CONFIG_HOME/brief/config.toml, or
BRIEF_CONFIG), then from BRIEF_STYLE, BRIEF_WIDTH, BRIEF_ASIDES and
BRIEF_MOUSE, then from flags. The output is itself a valid config file,
each line saying where its value came from.`,
		Example: `  brief config
  $EDITOR "$(brief config --path)"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := xdgDirs(env).configPath(env)
			if pathOnly {
				_, err := fmt.Fprintln(cmd.OutOrStdout(), path)
				return err
			}
			s, err := loadSettings(env)
			if err != nil {
				return err
			}
			return writeSettings(cmd.OutOrStdout(), path, s)
		},
	}
	cmd.Flags().BoolVar(&pathOnly, "path", false, "print only the config file's path")
	return cmd
}

// writeSettings prints the settings as TOML, each value commented with its
// origin, and the remappable actions.
func writeSettings(w io.Writer, path string, s config.Settings) error {
	var sb strings.Builder
	found := "not found: brief runs on its defaults"
	if s.File != "" {
		found = "found"
	}
	fmt.Fprintf(&sb, "# config file: %s (%s)\n\n", content.SanitizeLine(path), found)
	origin := func(k string) string {
		if o := s.Origin[k]; o == path {
			return "config file"
		} else if o != "" {
			return o
		}
		return "default"
	}
	style := s.Style
	if style == "" {
		style = autoStyle
	}
	width := s.Width
	if width == 0 {
		width = ui.DefaultWidth
	}
	line := func(k, v, note string) { fmt.Fprintf(&sb, "%-22s # %s\n", k+" = "+v, note) }
	line(config.KeyStyle, strconv.Quote(style), origin(config.KeyStyle)+"; "+strings.Join(configCheck().Styles, ", "))
	line(config.KeyWidth, strconv.Itoa(width), origin(config.KeyWidth)+"; reading width in columns")
	line(config.KeyAsides, strconv.FormatBool(s.Asides), origin(config.KeyAsides)+"; show explainer asides")
	line(config.KeyMouse, strconv.FormatBool(s.Mouse), origin(config.KeyMouse)+"; wheel and clicks")
	fmt.Fprintf(&sb, "\n[%s] # %s\n", config.KeyKeys, origin(config.KeyKeys))
	// the actions, wrapped as comments, so that the output stays a
	// config file one can edit
	acts := "# actions:"
	for _, a := range ui.KeyActions() {
		if len(acts)+len(a)+2 > 78 {
			sb.WriteString(acts + "\n")
			acts = "#  "
		}
		acts += " " + a
	}
	sb.WriteString(acts + "\n")
	actions := make([]string, 0, len(s.Keys))
	for a := range s.Keys {
		actions = append(actions, a)
	}
	slices.Sort(actions)
	for _, a := range actions {
		quoted := make([]string, len(s.Keys[a]))
		for i, k := range s.Keys[a] {
			quoted[i] = strconv.Quote(k)
		}
		fmt.Fprintf(&sb, "%s = [%s]\n", a, strings.Join(quoted, ", "))
	}
	_, err := io.WriteString(w, sb.String())
	return err
}
