package ui

import (
	"fmt"
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestDevShow(t *testing.T) {
	if os.Getenv("BRIEF_DEV") == "" {
		t.Skip()
	}
	m := New(fixture(), Options{})
	m.after = nil
	mm, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 35})
	m = mm.(Model)
	m = renderAll(m)
	fmt.Println(m.View().Content)
}
