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
				s, candidates, ok := b.LookupSpeaker(speaker)
				if !ok {
					return speakerError(b, speaker, candidates)
				}
				quotes = b.QuotesBy(s.ID)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			writeQuotes(w, b, quotes)
			return w.Flush()
		}),
	}
	cmd.Flags().StringVarP(&speaker, "speaker", "s", "", "only quotes by this speaker: a name, surname, alias or role word, in any case, or the start of one")
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

// speakerError says, on one line, that name matches several speakers
// (candidates, listed with their roles so that the reader can tell them
// apart) or none (listing the speakers there are).
func speakerError(b model.Briefing, name string, candidates []model.SpeakerMatch) error {
	name = content.SanitizeLine(name)
	if len(candidates) > 1 {
		var cs []string
		for _, c := range candidates {
			s := content.SanitizeLine(c.Speaker.Name)
			if r := content.SanitizeLine(c.Speaker.Role); r != "" {
				s += " (" + r + ")"
			}
			cs = append(cs, s)
		}
		return fmt.Errorf("%s: %q matches %d speakers: %s; give more of the name", content.SanitizeLine(b.Source), name, len(cs), strings.Join(cs, ", "))
	}
	if len(b.Speakers) == 0 {
		return fmt.Errorf("%s: no speaker %q: no quote in it is attributed to anyone", content.SanitizeLine(b.Source), name)
	}
	known := make([]string, 0, len(b.Speakers))
	for _, s := range b.SpeakersByQuotes() {
		known = append(known, content.SanitizeLine(s.Name))
	}
	return fmt.Errorf("%s: no speaker %q (known: %s)", content.SanitizeLine(b.Source), name, strings.Join(known, ", "))
}
