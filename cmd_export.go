package main

import (
	"fmt"

	"github.com/briefreader/brief/content"
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
		RunE: func(cmd *cobra.Command, args []string) error {
			// Check the flag before reading: a typo should not wait
			// for stdin.
			if format != "json" && format != "markdown" && format != "md" {
				return fmt.Errorf("unknown --format %q (want json or markdown)", content.SanitizeLine(format))
			}
			b, err := loadArgs(cmd, args)
			if err != nil {
				return err
			}
			if format == "json" {
				return content.WriteJSON(cmd.OutOrStdout(), b)
			}
			return content.WriteMarkdown(cmd.OutOrStdout(), b)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or markdown")
	return cmd
}
