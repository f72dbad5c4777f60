package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// pickerModel is the speaker picker: type any form of a name, a role word
// or the start of one (matched as --speaker matches, by
// model.MatchSpeakers), enter filters by the selected speaker.
type pickerModel struct {
	input   textinput.Model
	b       *model.Briefing
	all     []speakerItem
	matches []pickerMatch
	list    listState
	rows    int // names shown at once: dialogRows
}

// pickerMatch is a speaker matching the typed text, and the alias that
// matched when it was not the name.
type pickerMatch struct {
	item  speakerItem
	alias string
}

func newPicker(b *model.Briefing, items []speakerItem, st *theme, rows int) pickerModel {
	in := textinput.New()
	in.Prompt = "speaker: "
	in.Placeholder = "type a name"
	s := st.Input
	s.Cursor.Blink = false // a steady cursor: calmer, and no timer
	in.SetStyles(s)
	in.CharLimit = 80
	in.Focus()
	p := pickerModel{input: in, b: b, all: items, rows: max(rows, 1)}
	return p.refilter()
}

// setRows sets how many names the dialog shows, on a resize.
func (p pickerModel) setRows(rows int) pickerModel {
	p.rows = max(rows, 1)
	p.list = p.list.set(p.list.cursor, uniform(len(p.matches), 1), p.rows)
	return p
}

// refilter lists the speakers the typed text matches, closest first.
func (p pickerModel) refilter() pickerModel {
	q := strings.TrimSpace(p.input.Value())
	p.matches = p.matches[:0:0]
	if q == "" {
		for _, it := range p.all {
			p.matches = append(p.matches, pickerMatch{item: it})
		}
	} else {
		byID := make(map[string]speakerItem, len(p.all))
		for _, it := range p.all {
			byID[it.id] = it
		}
		for _, mt := range p.b.MatchSpeakers(q) {
			it, ok := byID[mt.Speaker.ID]
			if !ok {
				continue
			}
			pm := pickerMatch{item: it}
			// show the form that matched when it is neither the name nor
			// the role shown beside it
			if f := oneLine(mt.Form); f != it.name && f != it.role {
				pm.alias = f
			}
			p.matches = append(p.matches, pm)
		}
	}
	p.list = p.list.set(0, uniform(len(p.matches), 1), p.rows)
	return p
}

// update handles a key: movement and enter here, the rest is typing.
func (p pickerModel) update(msg tea.KeyPressMsg, k keyMap) (pickerModel, tea.Cmd) {
	switch {
	case key.Matches(msg, k.PickerDown):
		p.list = p.list.move(1, uniform(len(p.matches), 1), p.rows)
		return p, nil
	case key.Matches(msg, k.PickerUp):
		p.list = p.list.move(-1, uniform(len(p.matches), 1), p.rows)
		return p, nil
	case key.Matches(msg, k.PickerApply):
		if len(p.matches) == 0 {
			return p, nil
		}
		id := p.matches[p.list.cursor].item.id
		return p, func() tea.Msg { return speakerChosenMsg{id: id} }
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p = p.refilter()
	}
	return p, cmd
}

// paste feeds pasted text to the input.
func (p pickerModel) paste(msg tea.PasteMsg) pickerModel {
	p.input, _ = p.input.Update(msg)
	return p.refilter()
}

// title is the dialog's title: with the cursor's place among the names
// ("3/14") when they do not all fit, so that a reader knows more are
// there, as the quotes view and the speakers pane say.
func (p pickerModel) title() string {
	const t = "Filter by speaker"
	if len(p.matches) <= p.rows {
		return t
	}
	return fmt.Sprintf("%s · %d/%d", t, p.list.cursor+1, len(p.matches))
}

// view draws the picker's box content at width w.
func (p pickerModel) view(st *theme, w int) []string {
	p.input.SetWidth(max(w-ansi.StringWidth(p.input.Prompt)-1, 1))
	lines := []string{fit(p.input.View(), w), ""}
	if len(p.matches) == 0 {
		lines = append(lines, st.Muted.Render("no speaker matches"))
	}
	for i := p.list.offset; i < len(p.matches) && i < p.list.offset+p.rows; i++ {
		m := p.matches[i]
		text := m.item.name
		if m.alias != "" {
			text += " (" + m.alias + ")"
		}
		if m.item.role != "" {
			text += " · " + m.item.role
		}
		count := fmt.Sprintf(" %d", m.item.count)
		text = fit(ellipsis(text, max(w-ansi.StringWidth(count), 1)), max(w-ansi.StringWidth(count), 1)) + count
		if i == p.list.cursor {
			lines = append(lines, st.Cursor.Render(fit(text, w)))
		} else {
			lines = append(lines, fit(st.Item.Render(text), w))
		}
	}
	return lines
}
