package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
)

// completeShell wires shell completion (brief completion bash …) to what
// brief reads: paths complete to folders and briefing files (cobra would
// otherwise offer only the subcommands after "brief "), --style to the
// style names, --format to json and markdown, --speaker to the names
// quoted in the briefings given.
func completeShell(root *cobra.Command) {
	for _, c := range append([]*cobra.Command{root}, root.Commands()...) {
		switch c.Name() {
		case "brief", "speakers", "quotes", "export":
			c.ValidArgsFunction = completePaths
		}
	}
	_ = root.RegisterFlagCompletionFunc("style", fixedCompletions(ui.StyleNames()...))
	for _, c := range root.Commands() {
		switch c.Name() {
		case "export":
			_ = c.RegisterFlagCompletionFunc("format", fixedCompletions("json", "markdown"))
		case "quotes":
			_ = c.RegisterFlagCompletionFunc("speaker", completeSpeakers)
		}
	}
}

// completeSpeakers completes --speaker to the names of the people quoted
// in the briefings already on the command line (brief quotes notes.txt
// -s <TAB>), those that start with what is typed, in any case. With no
// briefing named yet there is nothing to offer.
func completeSpeakers(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	recursive, _ := cmd.Flags().GetBool("recursive")
	paths, err := content.Find(args, recursive)
	if err != nil || len(paths) == 0 || len(paths) > 200 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	seen := map[string]bool{}
	want := strings.ToLower(toComplete)
	for _, p := range paths {
		if p == content.StdinName {
			continue
		}
		b, err := content.Load(p)
		if err != nil {
			continue
		}
		for _, sp := range b.Speakers {
			name := content.SanitizeLine(sp.Name)
			if name == "" || seen[name] || !strings.HasPrefix(strings.ToLower(name), want) {
				continue
			}
			seen[name] = true
			out = append(out, name)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// fixedCompletions completes a flag's value from a list.
func fixedCompletions(values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// completePaths completes a path argument: the folders (with a trailing
// slash, and no space after, to go on into them) and the files brief
// reads as briefings, in the folder toComplete names. Hidden entries
// only when toComplete asks for them with a leading dot.
func completePaths(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	dir, prefix := filepath.Split(toComplete)
	read := dir
	if read == "" {
		read = "."
	}
	entries, err := os.ReadDir(read)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	folders := false
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || strings.HasPrefix(name, ".") && !strings.HasPrefix(prefix, ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			fi, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				continue
			}
			isDir = fi.IsDir()
		}
		switch {
		case isDir:
			out = append(out, dir+name+"/")
			folders = true
		case content.IsDocumentName(name):
			out = append(out, dir+name)
		}
	}
	directive := cobra.ShellCompDirectiveNoFileComp
	if folders {
		directive |= cobra.ShellCompDirectiveNoSpace
	}
	return out, directive
}
