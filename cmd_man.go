package main

import (
	"io"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
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
			unwrapLong(cmd.Root())
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

// unwrapLong joins the lines of every command's description into one
// line per paragraph: the page's paragraphs are its lines, and man wraps
// them to the reader's window itself.
func unwrapLong(c *cobra.Command) {
	var paras []string
	for _, p := range strings.Split(strings.TrimSpace(c.Long), "\n\n") {
		paras = append(paras, strings.Join(strings.Fields(p), " "))
	}
	c.Long = strings.Join(paras, "\n")
	for _, sub := range c.Commands() {
		unwrapLong(sub)
	}
}
