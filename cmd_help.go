package main

import (
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Help is laid out by brief rather than by fang: fang pads its text to
// 120 columns (or the terminal's width) with spaces, leaves command and
// flag descriptions unwrapped and cuts long examples, and it asks the
// terminal for its background before printing. brief's help keeps fang's
// shape (titled sections, two columns) but wraps every line at the
// terminal's width, pads nothing, and uses the terminal's own colours.

// helpWidth is the width help wraps at: the terminal's, at most
// maxHelpWidth; when stdout is not a terminal, defaultHelpWidth.
const (
	defaultHelpWidth = 80
	maxHelpWidth     = 100
	minHelpWidth     = 30
)

// helpStyles are help's styles. ANSI colours only: they read on dark and
// light backgrounds alike, so no background query is needed.
type helpStyles struct {
	title, program, command, flag, arg, comment, dflt lipgloss.Style
}

func newHelpStyles() helpStyles {
	s := lipgloss.NewStyle()
	return helpStyles{
		title:   s.Foreground(lipgloss.Blue).Bold(true),
		program: s.Foreground(lipgloss.Blue),
		command: s.Foreground(lipgloss.Cyan),
		flag:    s.Foreground(lipgloss.Magenta),
		arg:     s,
		comment: s.Foreground(lipgloss.BrightBlack),
		dflt:    s.Foreground(lipgloss.BrightBlack),
	}
}

// helpTarget returns the command whose help args ask for ("brief help
// quotes", "brief quotes --help", "brief -h"), or nil when they ask for
// none. It reads args as cobra does, without running anything.
func helpTarget(root *cobra.Command, args []string) *cobra.Command {
	// the commands cobra adds as it executes, so that "brief completion
	// --help" finds completion rather than the root
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	if len(args) > 0 && args[0] == "help" {
		cmd, _, err := root.Find(args[1:])
		if err != nil {
			return nil
		}
		return cmd
	}
	cmd, rest, err := root.Find(args)
	if err != nil {
		return nil
	}
	if cmd != root && !cmd.Runnable() && len(rest) == 0 {
		// a command that only groups others ("brief completion") shows
		// its help, as cobra would
		return cmd
	}
	for _, a := range rest {
		switch {
		case a == "--":
			return nil
		case a == "--help" || a == "-h":
			return cmd
		}
	}
	return nil
}

// writeHelp writes cmd's help to w, wrapped at the terminal's width.
func writeHelp(w io.Writer, cmd *cobra.Command, env environment) error {
	out := colorprofile.NewWriter(w, env.environ)
	_, err := io.WriteString(out, helpText(cmd, helpWidthOf(w), newHelpStyles()))
	return err
}

// helpWidthOf is the width to wrap help at on w.
func helpWidthOf(w io.Writer) int {
	if f, ok := w.(term.File); ok && term.IsTerminal(f.Fd()) {
		if tw, _, err := term.GetSize(f.Fd()); err == nil && tw > 0 {
			return max(min(tw, maxHelpWidth), minHelpWidth)
		}
	}
	return defaultHelpWidth
}

// helpText lays out cmd's help at width: the description, usage,
// examples, subcommands and flags. No line is wider than width (a word
// longer than the line excepted) and none ends in spaces.
func helpText(cmd *cobra.Command, width int, st helpStyles) string {
	// what cobra adds as it executes, so that help lists it
	cmd.InitDefaultHelpFlag()
	if cmd == cmd.Root() {
		cmd.InitDefaultHelpCmd()
		cmd.InitDefaultCompletionCmd()
		if cmd.Version != "" {
			cmd.InitDefaultVersionFlag()
		}
	}
	var sb strings.Builder
	line := func(s string) { sb.WriteString(strings.TrimRight(s, " ") + "\n") }
	section := func(name string) {
		line("")
		line("  " + st.title.Render(strings.ToUpper(name)))
		line("")
	}

	line("")
	desc := cmd.Long
	if desc == "" {
		desc = cmd.Short
	}
	for _, para := range strings.Split(strings.TrimSpace(desc), "\n\n") {
		for _, l := range wrapWords(strings.Join(strings.Fields(para), " "), width-2) {
			line("  " + l)
		}
		if para != "" {
			line("")
		}
	}
	trimLastBlank(&sb)

	section("usage")
	for _, l := range wrapWords(usageLine(cmd), width-4) {
		line("    " + styleCommandLine(l, cmd, st))
	}

	if ex := strings.TrimSpace(cmd.Example); ex != "" {
		section("examples")
		for _, e := range strings.Split(ex, "\n") {
			for _, l := range wrapExample(strings.TrimSpace(e), width-4) {
				line("    " + styleCommandLine(l, cmd, st))
			}
		}
	}

	var subs [][2]string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			subs = append(subs, [2]string{st.command.Render(c.Name()) + argsOf(c, st), c.Short})
		}
	}
	var flags [][2]string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + " " + name
		}
		name += flagValue(f)
		d := f.Usage
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			d += " (default " + f.DefValue + ")"
		}
		flags = append(flags, [2]string{st.flag.Render(name), d})
	})
	// one key column for both tables, as fang has
	keyW := 0
	for _, r := range append(slices.Clone(subs), flags...) {
		keyW = max(keyW, ansi.StringWidth(r[0]))
	}
	if len(subs) > 0 {
		section("commands")
		writeRows(line, subs, keyW, width, st)
	}
	if len(flags) > 0 {
		section("flags")
		writeRows(line, flags, keyW, width, st)
	}
	line("")
	return sb.String()
}

// flagValue is what a flag takes after its name: " N" for a number,
// " NAME" for text, nothing for a switch.
func flagValue(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "bool":
		return ""
	case "int", "uint", "int64", "float64":
		return " N"
	}
	return " NAME"
}

// trimLastBlank drops a trailing blank line, so that sections are apart
// by exactly one.
func trimLastBlank(sb *strings.Builder) {
	s := sb.String()
	if strings.HasSuffix(s, "\n\n") {
		sb.Reset()
		sb.WriteString(s[:len(s)-1])
	}
}

// usageLine is "brief quotes [PATH|-] [--flags]".
func usageLine(cmd *cobra.Command) string {
	u := cmd.UseLine()
	u = strings.ReplaceAll(u, " [flags]", "")
	if cmd.HasAvailableSubCommands() {
		// "brief [command] …", "brief completion [command]"
		path := cmd.CommandPath()
		u = path + " [command]" + strings.TrimPrefix(u, path)
	}
	if cmd.HasAvailableFlags() {
		u += " [--flags]"
	}
	return u
}

// argsOf is a subcommand's arguments as its Use line gives them.
func argsOf(c *cobra.Command, st helpStyles) string {
	_, args, ok := strings.Cut(c.Use, " ")
	if !ok {
		return ""
	}
	return " " + st.comment.Render(args)
}

// writeRows writes two-column rows: keys padded to keyW, descriptions
// wrapped beside them. When the terminal is too narrow for two columns,
// the description goes under its key.
func writeRows(line func(string), rows [][2]string, keyW, width int, st helpStyles) {
	const indent, gap = 4, 2
	descW := width - indent - keyW - gap
	for _, r := range rows {
		if descW < 24 {
			line(strings.Repeat(" ", indent) + r[0])
			for _, l := range styleDefault(wrapWords(r[1], width-indent-4), st) {
				line(strings.Repeat(" ", indent+4) + l)
			}
			continue
		}
		for i, l := range styleDefault(wrapWords(r[1], descW), st) {
			key := ""
			if i == 0 {
				key = r[0]
			}
			line(strings.Repeat(" ", indent) + key + strings.Repeat(" ", keyW-ansi.StringWidth(key)+gap) + l)
		}
	}
}

// styleDefault dims a flag's "(default …)" in its wrapped description.
func styleDefault(lines []string, st helpStyles) []string {
	in := false
	for i, l := range lines {
		if in {
			lines[i] = st.dflt.Render(l)
			continue
		}
		if j := strings.LastIndex(l, "(default "); j >= 0 {
			lines[i] = l[:j] + st.dflt.Render(l[j:])
			in = !strings.HasSuffix(l, ")")
		}
	}
	return lines
}

// wrapWords wraps plain text at w cells, breaking at spaces only: a word
// longer than w keeps a line of its own. (ansi.Wordwrap also breaks at
// hyphens, and then overruns the width.)
func wrapWords(s string, w int) []string {
	var out []string
	cur := ""
	for _, word := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = word
		case ansi.StringWidth(cur)+1+ansi.StringWidth(word) <= w:
			cur += " " + word
		default:
			out = append(out, cur)
			cur = word
		}
	}
	return append(out, cur)
}

// wrapExample wraps an example command at w: a trailing "# comment" that
// does not fit goes on its own line first, then long commands break at
// spaces with the rest indented.
func wrapExample(e string, w int) []string {
	if ansi.StringWidth(e) <= w {
		return []string{e}
	}
	if cmd, comment, ok := strings.Cut(e, "  #"); ok {
		out := wrapWords("#"+comment, w)
		return append(out, wrapExample(strings.TrimSpace(cmd), w)...)
	}
	lines := wrapWords(e, w-2)
	for i := 1; i < len(lines); i++ {
		lines[i] = "  " + lines[i]
	}
	return lines
}

// styleCommandLine colours a command line: the program name, subcommand
// names, flags, and a comment.
func styleCommandLine(l string, cmd *cobra.Command, st helpStyles) string {
	if strings.HasPrefix(strings.TrimSpace(l), "#") {
		return st.comment.Render(l)
	}
	code, comment, hasComment := strings.Cut(l, "#")
	root := cmd.Root()
	var parts []string
	for _, f := range strings.Split(code, " ") {
		switch {
		case f == root.Name():
			f = st.program.Render(f)
		case strings.HasPrefix(f, "-") && len(f) > 1:
			f = st.flag.Render(f)
		case isSubcommand(root, f):
			f = st.command.Render(f)
		case strings.HasPrefix(f, "["):
			f = st.comment.Render(f)
		}
		parts = append(parts, f)
	}
	s := strings.Join(parts, " ")
	if hasComment {
		s += st.comment.Render("#" + comment)
	}
	return s
}

func isSubcommand(root *cobra.Command, name string) bool {
	for _, c := range root.Commands() {
		if c.Name() == name {
			return true
		}
	}
	return false
}
