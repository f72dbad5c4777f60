package main

import (
	"fmt"
	"io"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/spf13/cobra"
)

func newExportCmd(env environment) *cobra.Command {
	var format string
	var recursive, speakers bool
	cmd := &cobra.Command{
		Use:   "export [PATH|-]...",
		Short: "Print the parsed briefing as JSON or Markdown",
		Long: `Print the parsed briefing as JSON (talking points, speakers and quotes, the
shape documented in README.md) or as clean Markdown for reuse: the
document's own words, tables, links and code, nothing of brief's added but
the talking points' numbers. --speakers ends the Markdown with brief's list
of who is quoted, marked as brief's.

With several paths, or a folder, JSON is an array of those objects, one per
briefing in the order of the arguments (a folder's briefings by name), and
Markdown the briefings one after the other.`,
		Example: `  brief export notes.txt
  brief export --format markdown notes.txt > notes.md
  brief export --format markdown --speakers notes.txt
  brief export monday.txt tuesday.md       # a JSON array of two
  brief export -r briefings/`,
		// As for the root: check flags before reading stdin.
		PreRunE: func(*cobra.Command, []string) error {
			if format != "json" && format != "markdown" && format != "md" {
				return fmt.Errorf("unknown --format %q (want json or markdown)", content.SanitizeLine(format))
			}
			if speakers && format == "json" {
				return fmt.Errorf("--speakers is for --format markdown (JSON always lists the speakers)")
			}
			return nil
		},
		RunE: withBriefings(env, &recursive, func(cmd *cobra.Command, bs []model.Briefing, several bool) error {
			w := cmd.OutOrStdout()
			switch {
			case format == "json" && several:
				return content.WriteJSONArray(w, bs)
			case format == "json":
				return content.WriteJSON(w, bs[0])
			}
			for i, b := range bs {
				if i > 0 {
					// a thematic break between briefings
					if _, err := io.WriteString(w, "\n---\n\n"); err != nil {
						return err
					}
				}
				if err := content.WriteMarkdown(w, b); err != nil {
					return err
				}
				if speakers {
					if err := content.WriteSpeakersMarkdown(w, b); err != nil {
						return err
					}
				}
			}
			return nil
		}),
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or markdown")
	cmd.Flags().BoolVarP(&recursive, "recursive", "r", false, "read folders' subfolders too")
	cmd.Flags().BoolVar(&speakers, "speakers", false, "with --format markdown, end with brief's list of speakers (roles, quote counts), under a heading marking it as brief's")
	return cmd
}
