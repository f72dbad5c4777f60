package ui

// renderAll renders every unit the document wants, synchronously, and
// feeds the results through Update as the commands would.
func renderAll(m Model) Model {
	for i := 0; i < 1000; i++ {
		var id *unitKey
		for ui, u := range m.doc.units {
			k := unitKey{ui, m.doc.key}
			if _, ok := m.doc.cache[k]; !ok && m.doc.visible(u.section) {
				id = &k
				break
			}
		}
		if id == nil {
			return m
		}
		msg := unitRenderedMsg{id: *id, blocks: renderUnit(m.b, m.doc.names, m.doc.units[id.unit], id.key)}
		mm, _ := m.Update(msg)
		m = mm.(Model)
	}
	return m
}
