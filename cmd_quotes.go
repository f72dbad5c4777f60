package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/spf13/cobra"
)

func newQuotesCmd(env environment) *cobra.Command {
	var speaker string
	var recursive bool
	cmd := &cobra.Command{
		Use:   "quotes [PATH|-]...",
		Short: "List every quote with its speaker and talking point",
		Long: `List every quote in document order, grouped under its talking point ("Intro"
for quotes before the first one), one quote a line with its speaker.

With several paths, or a folder, each briefing's quotes come under a
"== FILE: Title" line, and --speaker follows the person across briefings:
a name any briefing uses finds their quotes in all of them.`,
		Example: `  brief quotes notes.txt
  brief quotes --speaker varga notes.txt
  brief quotes --speaker varga briefings/`,
		RunE: withBriefings(env, &recursive, func(cmd *cobra.Command, bs []model.Briefing, several bool) error {
			w := bufio.NewWriter(cmd.OutOrStdout())
			if !several {
				b := bs[0]
				quotes := b.Quotes
				if cmd.Flags().Changed("speaker") {
					s, candidates, ok := b.LookupSpeaker(speaker)
					if !ok {
						return speakerError(b, speaker, candidates)
					}
					quotes = b.QuotesBy(s.ID)
				}
				writeQuotes(w, b, quotes)
				return w.Flush()
			}
			var ids [][]string // per briefing, the speakers to list; nil for all
			if cmd.Flags().Changed("speaker") {
				var ok bool
				if ids, ok = voiceSpeakers(bs, speaker); !ok {
					return unknownVoiceError(bs, speaker)
				}
			}
			first := true
			for i, b := range bs {
				quotes := b.Quotes
				if ids != nil {
					quotes = slices.DeleteFunc(slices.Clone(b.Quotes), func(q model.Quote) bool { return !slices.Contains(ids[i], q.Speaker) })
				}
				if len(quotes) == 0 {
					continue
				}
				if !first {
					w.WriteString("\n")
				}
				first = false
				w.WriteString(briefingLabel(b) + "\n")
				writeQuotes(w, b, quotes)
			}
			return w.Flush()
		}),
	}
	cmd.Flags().StringVarP(&speaker, "speaker", "s", "", "only quotes by this speaker: a name, surname, alias or role word, in any case, or the start of one")
	cmd.Flags().BoolVarP(&recursive, "recursive", "r", false, "read folders' subfolders too")
	return cmd
}

// briefingLabel heads a briefing's quotes: "== FILE: Title".
func briefingLabel(b model.Briefing) string {
	l := "== " + content.SanitizeLine(b.Source)
	if t := content.SanitizeLine(b.Title); t != "" {
		l += ": " + t
	}
	return l
}

// voiceSpeakers finds the voices a name means across briefings — every
// voice one of whose speakers the name matches in some briefing, or whose
// name or alias it is — and returns, per briefing, those voices' speaker
// IDs there. ok is false when the name matches nobody.
func voiceSpeakers(bs []model.Briefing, name string) (ids [][]string, ok bool) {
	voices := content.Voices(pointers(bs))
	chosen := map[int]bool{}
	for i := range bs {
		if s, _, found := bs[i].LookupSpeaker(name); found {
			if k := model.VoiceOf(voices, i, s.ID); k >= 0 {
				chosen[k] = true
			}
		}
	}
	for k, v := range voices {
		if strings.EqualFold(v.Name, strings.TrimSpace(name)) || slices.ContainsFunc(v.Aliases, func(a string) bool {
			return strings.EqualFold(a, strings.TrimSpace(name))
		}) {
			chosen[k] = true
		}
	}
	if len(chosen) == 0 {
		return nil, false
	}
	ids = make([][]string, len(bs))
	for k := range chosen {
		for _, a := range voices[k].In {
			ids[a.Briefing] = append(ids[a.Briefing], a.Speaker)
		}
	}
	return ids, true
}

// unknownVoiceError says that name matches nobody in any of the briefings
// and names the most quoted people there are, on one line.
func unknownVoiceError(bs []model.Briefing, name string) error {
	voices := content.Voices(pointers(bs))
	var known []string
	for _, v := range voices[:min(len(voices), 8)] {
		known = append(known, content.SanitizeLine(v.Name))
	}
	if len(voices) > 8 {
		known = append(known, "…")
	}
	what := fmt.Sprintf("%d briefings", len(bs))
	if len(known) == 0 {
		return fmt.Errorf("no speaker %q in %s: no quote in them is attributed to anyone", content.SanitizeLine(name), what)
	}
	return fmt.Errorf("no speaker %q in %s (most quoted: %s)", content.SanitizeLine(name), what, strings.Join(known, ", "))
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
