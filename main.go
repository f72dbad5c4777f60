// Command brief is a terminal reader for briefings: it finds a document's
// talking points, its quotes and who said them.
package main

import (
	"context"
	"fmt"
	"os"

	"charm.land/fang/v2"
	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
)

var version = "dev"

func main() {
	if err := fang.Execute(context.Background(), newRootCmd(), fang.WithVersion(version)); err != nil {
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	var width int
	root := &cobra.Command{
		Use:   "brief [PATH|-]",
		Short: "Read a briefing: its talking points, quotes and who said them",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := load(args)
			if err != nil {
				return err
			}
			if ui.IsTerminal(cmd.OutOrStdout()) {
				return ui.Run(b, ui.Options{Width: width})
			}
			return ui.Print(cmd.OutOrStdout(), b, width, "notty")
		},
	}
	root.Flags().IntVar(&width, "width", 100, "reading width in columns")
	root.AddCommand(newExportCmd())
	return root
}

func newExportCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export [PATH|-]",
		Short: "Print the parsed briefing as JSON or Markdown",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := load(args)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				return content.WriteJSON(cmd.OutOrStdout(), b)
			case "markdown", "md":
				_, err := fmt.Fprint(cmd.OutOrStdout(), ui.Markdown(b))
				return err
			}
			return fmt.Errorf("unknown format %q (want json or markdown)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or markdown")
	return cmd
}

// load reads the document named by args, or the built-in sample when there is none.
func load(args []string) (model.Briefing, error) {
	if len(args) == 0 {
		return content.Sample(), nil
	}
	return content.Load(args[0])
}
