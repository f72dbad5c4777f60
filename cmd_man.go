package main

import (
	"io"
	"strings"

	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newManCmd prints brief's manual page. fang has one too, hidden and
// writing to the process's stdout; this one is listed in help and writes
// to the command's output.
func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (brief man | man -l -)",
		Long: `Print brief's manual page in roff, the format man reads. View it with
brief man | man -l -, or install it with brief man > ~/.local/share/man/man1/brief.1`,
		Example: `  brief man | man -l -
  brief man > brief.1`,
		Args:                  cobra.NoArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// manPage is brief's manual page, in roff: the commands and flags read
// off cobra (as help is), the reader's keys off its key maps (as ? is),
// and the environment, files and exit status brief knows.
func manPage(root *cobra.Command) string {
	root.InitDefaultHelpFlag()
	root.InitDefaultCompletionCmd()
	if root.Version != "" {
		root.InitDefaultVersionFlag()
	}
	var m roff
	m.req(`.TH BRIEF 1 "" "brief ` + roffText(root.Version) + `" "User Commands"`)
	m.req(".nh") // no hyphenation and a ragged right edge: names and
	m.req(".ad l")

	m.section("NAME")
	m.text("brief \\- " + roffText(strings.ToLower(root.Short[:1])+root.Short[1:]))

	m.section("SYNOPSIS")
	m.req(".nf")
	m.code(usageLine(root))
	for _, c := range manCommands(root) {
		m.code(usageLine(c))
	}
	m.req(".fi")

	m.section("DESCRIPTION")
	m.paragraphs(root.Long)

	m.section("OPTIONS")
	m.flags(root, true)

	m.section("COMMANDS")
	for _, c := range manCommands(root) {
		m.req(".SS " + roffQuote(c.CommandPath()+argsText(c)))
		m.paragraphs(firstOf(c.Long, c.Short))
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				m.item(sub.CommandPath(), sub.Short)
			}
		}
		m.flags(c, false)
		m.examples(c.Example)
	}

	m.section("KEYS")
	m.text("On a terminal, brief opens the reader: the talking points on the left, the briefing in the middle, " +
		"the speakers on the right. Keys can be given to other actions in the config file (see FILES); " +
		"these are the defaults, as ? shows them in the reader.")
	for _, s := range ui.KeySections() {
		m.req(".SS " + roffQuote(s.Title))
		for _, r := range s.Rows {
			m.item(r[0], r[1])
		}
		if s.Note != "" {
			m.req(".PP")
			m.text(roffText(s.Note))
		}
	}

	m.section("ENVIRONMENT")
	for _, v := range [][2]string{
		{"BRIEF_CONFIG", "the config file to read instead of the one under FILES."},
		{"BRIEF_STYLE, BRIEF_WIDTH, BRIEF_ASIDES, BRIEF_MOUSE", "override the config file's style, width, asides and mouse; flags override both. brief config shows what is in effect and where each setting came from."},
		{"NO_COLOR", "the reader draws without colours (bold, italics and underlines stay; the focused pane is drawn in heavy lines)."},
		{"TERM", "with TERM=dumb brief prints the briefing, as into a pipe, rather than opening the reader."},
		{"VISUAL, EDITOR", "the editor v opens the file in, at the current talking point's line."},
		{"XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME", "where the files below are kept."},
	} {
		m.item(v[0], v[1])
	}

	m.section("FILES")
	for _, f := range [][2]string{
		{"$XDG_CONFIG_HOME/brief/config.toml", "settings (~/.config/brief/config.toml): style, width, asides, mouse and [keys]; brief config prints one to start from. A setting brief cannot use is an error of one line naming the file and the line."},
		{"$XDG_STATE_HOME/brief/places.json", "where each briefing was left (~/.local/state/brief/places.json), keyed by path and content."},
		{"$XDG_CACHE_HOME/brief/briefings", "parsed briefings, by the hash of their bytes (~/.cache/brief/briefings); safe to delete."},
	} {
		m.item(f[0], f[1])
	}

	m.section("EXIT STATUS")
	m.text("0 on success; 1 on any error, after one line on standard error that names the file and the problem " +
		"(among several files, the others are still read); 128 + n when signal n ended the reader.")

	m.section("EXAMPLES")
	m.examples(root.Example)

	m.section("SEE ALSO")
	m.text("less(1), man(1)")
	return m.String()
}

// manCommands are the subcommands the page describes: all that help lists
// but help itself.
func manCommands(root *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			out = append(out, c)
		}
	}
	return out
}

// argsText is a command's arguments as its Use line gives them, with a
// leading space, or "".
func argsText(c *cobra.Command) string {
	if _, args, ok := strings.Cut(c.Use, " "); ok {
		return " " + args
	}
	return ""
}

func firstOf(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// roff builds a manual page: requests on lines of their own, text
// escaped so that a line never starts a request by accident.
type roff struct{ sb strings.Builder }

func (m *roff) String() string { return m.sb.String() }

// req writes a request line (".TP", ".SS …") as it is.
func (m *roff) req(s string) { m.sb.WriteString(s + "\n") }

// text writes text already escaped with roffText.
func (m *roff) text(s string) {
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	m.sb.WriteString(s + "\n")
}

// code writes a command, flag or key in bold, its minus signs as minus
// signs (so that a copied flag works).
func (m *roff) code(s string) { m.text(`\fB` + roffCode(s) + `\fR`) }

func (m *roff) section(name string) { m.req(".SH " + name) }

// item writes a tagged paragraph: term in bold as typed, then its text —
// one row of the commands, keys, environment and files lists.
func (m *roff) item(term, text string) {
	m.req(".TP")
	m.code(term)
	m.text(roffText(text))
}

// paragraphs writes text whose paragraphs are separated by blank lines,
// each joined onto one line: man fills them to the reader's window.
func (m *roff) paragraphs(s string) {
	for i, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if i > 0 {
			m.req(".PP")
		}
		m.text(roffText(strings.Join(strings.Fields(p), " ")))
	}
}

// flags writes a command's own flags as a list: "-r, --recursive",
// "--width N", and what each does; --help only if withHelp (every
// command has it: the page gives it once).
func (m *roff) flags(c *cobra.Command, withHelp bool) {
	c.InitDefaultHelpFlag()
	c.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" && !withHelp {
			return
		}
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		m.req(".TP")
		m.text(`\fB` + roffCode(name) + `\fR` + roffText(flagValue(f)))
		d := f.Usage
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			d += " (default " + f.DefValue + ")"
		}
		m.text(roffText(d))
	})
}

// examples writes a command's examples as they are, unfilled.
func (m *roff) examples(ex string) {
	if strings.TrimSpace(ex) == "" {
		return
	}
	m.req(".PP")
	m.req(".RS 4")
	m.req(".nf")
	for _, l := range strings.Split(strings.TrimSpace(ex), "\n") {
		m.text(roffCode(strings.TrimSpace(l)))
	}
	m.req(".fi")
	m.req(".RE")
}

// roffText escapes prose: backslashes, which start roff escapes.
func roffText(s string) string { return strings.ReplaceAll(s, `\`, `\e`) }

// roffCode escapes a command or flag: minus signs too, which roff would
// otherwise print as hyphens (and a copied "‐‐width" would not work).
func roffCode(s string) string { return strings.ReplaceAll(roffText(s), "-", `\-`) }

// roffQuote quotes a request's argument.
func roffQuote(s string) string {
	return `"` + strings.ReplaceAll(roffCode(s), `"`, `\(dq`) + `"`
}
