package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/spf13/cobra"
)

func newQuotesCmd() *cobra.Command {
	var speaker string
	cmd := &cobra.Command{
		Use:   "quotes [PATH|-]",
		Short: "List every quote with its speaker and talking point",
		Long: `List every quote in document order, grouped under its talking point ("Intro"
for quotes before the first one), one quote a line with its speaker.`,
		Example: `  brief quotes notes.txt
  brief quotes --speaker varga notes.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: withBriefing(func(cmd *cobra.Command, b model.Briefing) error {
			quotes := b.Quotes
			if cmd.Flags().Changed("speaker") {
				s, ok := b.SpeakerByAlias(speaker)
				if !ok {
					return unknownSpeakerError(b, speaker)
				}
				quotes = b.QuotesBy(s.ID)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			writeQuotes(w, b, quotes)
			return w.Flush()
		}),
	}
	cmd.Flags().StringVarP(&speaker, "speaker", "s", "", "only quotes by this speaker (any form of the name, any case)")
	return cmd
}

// writeQuotes writes quotes grouped under their talking points: a line
// "N. Heading" (or "Intro"), then one indented line per quote,
// `  Speaker: “words”`, so that the output greps well.
func writeQuotes(w *bufio.Writer, b model.Briefing, quotes []model.Quote) {
	names := b.SpeakerNames() // one lookup per quote, not a search
	prev := -1
	for _, q := range quotes {
		if q.Section != prev {
			if prev != -1 {
				w.WriteString("\n")
			}
			w.WriteString(sectionLabel(b, q.Section) + "\n")
			prev = q.Section
		}
		who := content.SanitizeLine(names[q.Speaker])
		if who == "" {
			who = "(unattributed)"
		}
		fmt.Fprintf(w, "  %s: “%s”\n", who, content.SanitizeLine(q.Text))
	}
}

// sectionLabel names talking point n as "N. heading", or "Intro" for 0.
func sectionLabel(b model.Briefing, n int) string {
	if n < 1 || n > len(b.Sections) {
		return "Intro"
	}
	return fmt.Sprintf("%d. %s", n, content.SanitizeLine(b.Sections[n-1].Heading))
}

// unknownSpeakerError says that name matches no speaker and lists the ones
// the document has, on one line.
func unknownSpeakerError(b model.Briefing, name string) error {
	name = content.SanitizeLine(name)
	if len(b.Speakers) == 0 {
		return fmt.Errorf("%s: no speaker %q: no quote in it is attributed to anyone", content.SanitizeLine(b.Source), name)
	}
	known := make([]string, 0, len(b.Speakers))
	for _, s := range b.SpeakersByQuotes() {
		known = append(known, content.SanitizeLine(s.Name))
	}
	return fmt.Errorf("%s: no speaker %q (known: %s)", content.SanitizeLine(b.Source), name, strings.Join(known, ", "))
}
