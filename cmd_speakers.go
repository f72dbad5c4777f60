package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

func newSpeakersCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "speakers [PATH|-]",
		Short: "List who is quoted, most quoted first",
		Long: `List everyone quoted in the briefing with how many quotes they have and the
role the document gives them, most quoted first.`,
		Example: `  brief speakers notes.txt`,
		Args:    cobra.MaximumNArgs(1),
		RunE: withBriefing(func(cmd *cobra.Command, b model.Briefing) error {
			w := bufio.NewWriter(cmd.OutOrStdout())
			writeSpeakers(w, b)
			return w.Flush()
		}),
	}
}

// writeSpeakers writes one line per speaker: quote count, name, role, in
// aligned columns. Widths are measured in terminal cells, since a name may
// hold wide (CJK) or combining characters.
func writeSpeakers(w *bufio.Writer, b model.Briefing) {
	speakers := b.SpeakersByQuotes()
	counts := b.QuoteCounts()
	type row struct{ count, name, role string }
	rows := make([]row, 0, len(speakers))
	countW, nameW := len("QUOTES"), len("NAME")
	for _, s := range speakers {
		r := row{fmt.Sprint(counts[s.ID]), content.SanitizeLine(s.Name), content.SanitizeLine(s.Role)}
		countW = max(countW, len(r.count))
		nameW = max(nameW, ansi.StringWidth(r.name))
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return
	}
	line := func(count, name, role string) {
		out := padLeft(count, countW) + "  " + padRight(name, nameW) + "  " + role
		w.WriteString(strings.TrimRight(out, " ") + "\n")
	}
	line("QUOTES", "NAME", "ROLE")
	for _, r := range rows {
		line(r.count, r.name, r.role)
	}
}

// padRight pads s with spaces to width cells.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// padLeft right-aligns s in width cells.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-ansi.StringWidth(s))) + s
}
