package main

import (
	"fmt"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/spf13/cobra"
)

func newExportCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export [PATH|-]",
		Short: "Print the parsed briefing as JSON or Markdown",
		Long: `Print the parsed briefing as JSON (talking points, speakers and quotes, the
shape documented in README.md) or as clean Markdown for reuse.`,
		Example: `  brief export notes.txt
  brief export --format markdown notes.txt > notes.md`,
		Args: cobra.MaximumNArgs(1),
		// As for the root: check flags before reading stdin.
		PreRunE: func(*cobra.Command, []string) error {
			if format != "json" && format != "markdown" && format != "md" {
				return fmt.Errorf("unknown --format %q (want json or markdown)", content.SanitizeLine(format))
			}
			return nil
		},
		RunE: withBriefing(func(cmd *cobra.Command, b model.Briefing) error {
			if format == "json" {
				return content.WriteJSON(cmd.OutOrStdout(), b)
			}
			return content.WriteMarkdown(cmd.OutOrStdout(), b)
		}),
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or markdown")
	return cmd
}
