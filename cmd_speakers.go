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

func newSpeakersCmd(env environment) *cobra.Command {
	var recursive bool
	cmd := &cobra.Command{
		Use:   "speakers [PATH|-]...",
		Short: "List who is quoted, most quoted first",
		Long: `List everyone quoted in the briefing with how many quotes they have and the
role the document gives them, most quoted first.

With several paths, or a folder, the same person quoted in several
briefings is one row (matched by full name, surname and role, as within a
document), with the number of briefings that quote them. Unnamed sources
("Unknown") are nobody in particular in any briefing, and one row.`,
		Example: `  brief speakers notes.txt
  brief speakers -r briefings/`,
		RunE: withBriefings(env, &recursive, func(cmd *cobra.Command, bs []model.Briefing, several bool) error {
			w := bufio.NewWriter(cmd.OutOrStdout())
			if several {
				writeVoices(w, content.MergeAnonymous(content.Voices(pointers(bs))))
			} else {
				writeSpeakers(w, bs[0])
			}
			return w.Flush()
		}),
	}
	cmd.Flags().BoolVarP(&recursive, "recursive", "r", false, "read folders' subfolders too")
	return cmd
}

// pointers returns pointers to the briefings, as content.Voices takes.
func pointers(bs []model.Briefing) []*model.Briefing {
	out := make([]*model.Briefing, len(bs))
	for i := range bs {
		out[i] = &bs[i]
	}
	return out
}

// writeSpeakers writes one line per speaker: quote count, name, role, in
// aligned columns. Widths are measured in terminal cells, since a name may
// hold wide (CJK) or combining characters.
func writeSpeakers(w *bufio.Writer, b model.Briefing) {
	counts := b.QuoteCounts()
	var rows [][]string
	for _, s := range b.SpeakersByQuotes() {
		rows = append(rows, []string{fmt.Sprint(counts[s.ID]), content.SanitizeLine(s.Name), content.SanitizeLine(s.Role)})
	}
	writeTable(w, []string{"QUOTES", "NAME", "ROLE"}, rows, 1)
}

// writeVoices writes one line per voice across briefings: quotes, how many
// briefings quote them, name, role.
func writeVoices(w *bufio.Writer, voices []model.Voice) {
	var rows [][]string
	for _, v := range voices {
		rows = append(rows, []string{fmt.Sprint(v.Quotes()), fmt.Sprint(len(v.In)), content.SanitizeLine(v.Name), content.SanitizeLine(v.Role)})
	}
	writeTable(w, []string{"QUOTES", "BRIEFINGS", "NAME", "ROLE"}, rows, 2)
}

// writeTable writes rows in aligned columns under a header, the first
// numeric columns right-aligned, nothing when there are no rows.
func writeTable(w *bufio.Writer, header []string, rows [][]string, numeric int) {
	if len(rows) == 0 {
		return
	}
	widths := make([]int, len(header))
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	line := func(r []string) {
		var sb strings.Builder
		for i, c := range r {
			switch {
			case i < numeric:
				sb.WriteString(padLeft(c, widths[i]))
			case i < len(r)-1:
				sb.WriteString(padRight(c, widths[i]))
			default:
				sb.WriteString(c)
			}
			if i < len(r)-1 {
				sb.WriteString("  ")
			}
		}
		w.WriteString(strings.TrimRight(sb.String(), " ") + "\n")
	}
	line(header)
	for _, r := range rows {
		line(r)
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
