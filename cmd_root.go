package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// minWidth is the narrowest reading width brief accepts: below that
// Glamour's margins leave no room for words.
const minWidth = 20

// maxWidth is the widest: Glamour lays lines out in buffers as wide as the
// width, and a width of ten million took a gigabyte and never finished,
// while no terminal is a thousand columns wide.
const maxWidth = 1000

// readOptions are the root command's settings (config file, environment
// and flags), resolved for one run.
type readOptions struct {
	// width is the reading width in columns.
	width int
	// style is a Glamour standard style name.
	style string
	// chosen is set when the user chose the style (flag, variable or
	// config file): the reader then does not ask the terminal.
	chosen bool
	// hideAsides, noMouse and keys are the reader's other settings.
	hideAsides, noMouse bool
	keys                map[string][]string
	// tags adds brief's speaker tags to printed output, marked as brief's.
	tags bool
}

func newRootCmd(env environment) *cobra.Command {
	var width int
	var style string
	var tags bool
	root := &cobra.Command{
		Use:   "brief [PATH|-]...",
		Short: "Read a briefing: its talking points, quotes and who said them",
		Long: `Read a briefing: its talking points, quotes and who said them.

brief reads a news explainer, meeting readout, press-briefing transcript or
Markdown memo (a file, or - for standard input; with no path, a built-in
sample) and shows it with its talking points numbered and its quotes
attributed to their speakers.`,
		Example: `  brief                      # the built-in sample
  brief notes.txt
  curl -s https://example.org/memo.md | brief -
  brief export --format json notes.txt
  brief quotes --speaker varga notes.txt`,
		Args: cobra.ArbitraryArgs,
		// Cobra leaves this 0 until it looks a command up itself;
		// loadArgs asks for suggestions directly.
		SuggestionsMinimumDistance: 2,
	}
	// Flags are checked before the document is read: a typo should not
	// wait for stdin to end.
	var opts readOptions
	root.PreRunE = func(cmd *cobra.Command, _ []string) (err error) {
		opts, err = resolveReadOptions(cmd, env, width, style)
		opts.tags = tags
		return err
	}
	var recursive bool
	root.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 || len(args) == 1 && args[0] == content.StdinName {
			b, err := loadArgs(cmd, args)
			if err != nil {
				return err
			}
			return read(cmd, b, opts, env)
		}
		return readPaths(cmd, args, recursive, opts, env)
	}
	root.Flags().BoolVarP(&recursive, "recursive", "r", false, "read folders' subfolders too")
	root.Flags().IntVar(&width, "width", ui.DefaultWidth, "reading width in columns")
	root.Flags().StringVar(&style, "style", "", "colour style: "+strings.Join(ui.StyleNames(), ", ")+
		" (default: the terminal's background, notty when printing)")
	root.Flags().BoolVar(&tags, "tags", false, "when printing, add a line marked [brief: …] naming the speaker under a paragraph whose quotes do not name theirs nearby (the reader shows these tags; t hides them)")
	root.AddCommand(newExportCmd(env), newSpeakersCmd(env), newQuotesCmd(env), newConfigCmd(env), newManCmd())
	completeShell(root)
	return root
}

// read shows a loaded briefing. This is the one place that decides how:
// the full-screen reader when stdout is a terminal that can take it, else
// the Glamour rendering printed. TERM=dumb says the terminal cannot (no
// cursor addressing, no alternate screen): it gets the printed rendering,
// as a pipe does, with no terminal queries.
func read(cmd *cobra.Command, b model.Briefing, opts readOptions, env environment) error {
	if isTerminal(cmd.OutOrStdout()) && env.getenv("TERM") != "dumb" {
		// a shelf of one briefing with no file behind it: copying and
		// opening links work, reloading and editing have nothing to act on
		s := ui.Shelf{
			Docs:     []ui.Doc{{Path: b.Source}},
			Load:     func(string) (model.Briefing, string, error) { return b, "", nil },
			Open:     opener(env),
			Markdown: content.PointMarkdown,
		}
		term := ui.Terminal{In: cmd.InOrStdin(), Out: cmd.OutOrStdout(), Env: env.environ}
		term.Colours, term.TrueColor = readerColours(cmd.OutOrStdout(), env.environ)
		return ui.RunShelf(cmd.Context(), s, opts.ui(), term)
	}
	return ui.Print(cmd.OutOrStdout(), b, opts.width, opts.style, opts.print()...)
}

// print is what the printed briefing takes from the options.
func (o readOptions) print() []ui.PrintOption {
	if o.tags {
		return []ui.PrintOption{ui.WithTags()}
	}
	return nil
}

// ui is the reader's options.
func (o readOptions) ui() ui.Options {
	style := o.style
	if !o.chosen && style == "dark" {
		style = "" // the reader asks the terminal for its background
	}
	return ui.Options{Width: o.width, Style: style, HideAsides: o.hideAsides, NoMouse: o.noMouse, Keys: o.keys}
}

// resolveReadOptions reads the settings (config file, then environment,
// then flags), checks them and fills in what the user left unset from the
// terminal and the environment.
func resolveReadOptions(cmd *cobra.Command, env environment, width int, style string) (readOptions, error) {
	s, err := loadSettings(env)
	if err != nil {
		return readOptions{}, err
	}
	out := cmd.OutOrStdout()
	tty := isTerminal(out)
	if cmd.Flags().Changed("width") && width < minWidth {
		return readOptions{}, fmt.Errorf("--width %d is too narrow (at least %d)", width, minWidth)
	}
	if cmd.Flags().Changed("width") && width > maxWidth {
		return readOptions{}, fmt.Errorf("--width %d is too wide (at most %d)", width, maxWidth)
	}
	widthSet := cmd.Flags().Changed("width")
	if !widthSet && s.Width != 0 {
		width, widthSet = s.Width, true
	}
	// A style from the config file or BRIEF_STYLE is the reader's palette
	// (and a terminal's, when brief prints to one); printed into a pipe or
	// for a dumb terminal, only --style adds colour, as ls and git colour a
	// pipe only when told to on the command line.
	reader := tty && env.getenv("TERM") != "dumb"
	if !cmd.Flags().Changed("style") && (reader || !colourful(s.Style)) {
		style = s.Style
	}
	if style == autoStyle {
		style = ""
	}
	opts := readOptions{hideAsides: !s.Asides, noMouse: !s.Mouse, keys: s.Keys, chosen: style != ""}
	if !widthSet && tty {
		// A narrower terminal wins over the default, or Glamour's
		// lines would wrap a second time at the terminal's edge.
		if w, _, err := term.GetSize(out.(term.File).Fd()); err == nil && w >= minWidth {
			width = min(width, w)
		}
	}
	switch {
	case style == "":
		style = defaultStyle(tty, env)
	case !slices.Contains(ui.StyleNames(), style):
		return readOptions{}, fmt.Errorf("unknown --style %q (want %s)", content.SanitizeLine(style), strings.Join(ui.StyleNames(), ", "))
	}
	opts.width, opts.style = width, style
	return opts, nil
}

// defaultStyle is notty when brief prints (stdout is not a terminal, or
// TERM=dumb) and dark otherwise, which the reader turns into following the
// terminal's background. NO_COLOR does not make the reader notty: its
// terminal's colour profile drops the colours and keeps bold, italics and
// underlines, so the document still reads as written — tables as grids,
// emphasis styled — where notty would show Markdown's marks ("**To:**",
// "# " before a plain-text title) and tables of pipes.
func defaultStyle(tty bool, env environment) string {
	if !tty || env.getenv("TERM") == "dumb" {
		return "notty"
	}
	return "dark"
}

// colourful reports whether a style writes colour codes: all but notty
// and ascii (and "" or auto, which let brief decide).
func colourful(style string) bool {
	switch style {
	case "", autoStyle, "notty", "ascii":
		return false
	}
	return true
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(term.File)
	return ok && term.IsTerminal(f.Fd())
}

// withBriefing adapts fn into a cobra RunE that first loads the briefing
// the command's arguments name.
func withBriefing(fn func(cmd *cobra.Command, b model.Briefing) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		b, err := loadArgs(cmd, args)
		if err != nil {
			return err
		}
		return fn(cmd, b)
	}
}

// pipedStdin reports whether standard input is a pipe or a redirected file
// (not a terminal, not /dev/null), so that a document piped to brief with
// no path is read rather than the sample shown.
func pipedStdin(cmd *cobra.Command) bool {
	f, ok := cmd.InOrStdin().(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeNamedPipe != 0 || fi.Mode().IsRegular() && fi.Size() > 0
}

// loadArgs loads the document named by the command's argument: a path,
// "-" for the command's stdin, or with no argument what is piped to stdin,
// else the built-in sample. A root-command argument that names no file
// and looks like a mistyped subcommand gets a suggestion in the error.
func loadArgs(cmd *cobra.Command, args []string) (model.Briefing, error) {
	switch {
	case len(args) == 0 && pipedStdin(cmd):
		// "cat notes.txt | brief" reads what is piped in.
		return readStdin(cmd)
	case len(args) == 0:
		return content.Sample(), nil
	case args[0] == content.StdinName:
		return readStdin(cmd)
	}
	b, err := content.Load(args[0])
	return b, suggestCommand(cmd, args, err)
}

// suggestCommand adds to the error of a first argument that names no file
// the command it looks like a typo of: "brief exprt notes.txt" reaches the
// root command as paths.
func suggestCommand(cmd *cobra.Command, args []string, err error) error {
	var de *content.DocError
	if !errors.Is(err, content.ErrNotExist) || !errors.As(err, &de) || cmd != cmd.Root() ||
		len(args) == 0 || de.Name != args[0] || strings.ContainsAny(args[0], "./") || len(args[0]) < 3 {
		// (a name of one or two letters is two edits from "man")
		return err
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return fmt.Errorf("%w (did you mean brief %s?)", err, s[0])
	}
	if args[0] == "print" || args[0] == "cat" {
		// "brief: print: no such file" alone reads as printing having
		// failed; there is no print command because none is needed
		return fmt.Errorf("%w (brief prints whenever its output is not a terminal: brief FILE | less)", err)
	}
	return err
}

// readStdin reads the briefing on standard input. When that is the
// terminal ("brief -" typed with nothing piped in), it first says so on
// stderr: brief would otherwise wait on a blank screen for text that the
// user may not know it wants.
func readStdin(cmd *cobra.Command) (model.Briefing, error) {
	if f, ok := cmd.InOrStdin().(*os.File); ok && term.IsTerminal(f.Fd()) {
		fmt.Fprintln(cmd.ErrOrStderr(), "brief: reading a briefing from the terminal: type or paste it, then ctrl+d on a line of its own")
	}
	return content.Read(content.StdinName, cmd.InOrStdin(), content.Auto)
}
