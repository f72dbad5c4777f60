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
	var recursive bool
	cmd := &cobra.Command{
		Use:   "export [PATH|-]...",
		Short: "Print the parsed briefing as JSON or Markdown",
		Long: `Print the parsed briefing as JSON (talking points, speakers and quotes, the
shape documented in README.md) or as clean Markdown for reuse.

With several paths, or a folder, JSON is an array of those objects, one per
briefing in the order of the arguments (a folder's briefings by name), and
Markdown the briefings one after the other.`,
		Example: `  brief export notes.txt
  brief export --format markdown notes.txt > notes.md
  brief export monday.txt tuesday.md       # a JSON array of two
  brief export -r briefings/`,
		// As for the root: check flags before reading stdin.
		PreRunE: func(*cobra.Command, []string) error {
			if format != "json" && format != "markdown" && format != "md" {
				return fmt.Errorf("unknown --format %q (want json or markdown)", content.SanitizeLine(format))
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
			}
			return nil
		}),
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or markdown")
	cmd.Flags().BoolVarP(&recursive, "recursive", "r", false, "read folders' subfolders too")
	return cmd
}
