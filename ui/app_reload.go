package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
)

// Hooks for the command line's --watch: replace the data after a reload,
// and show a reload error until a later reload succeeds.

// SetData replaces the dataset (a --watch reload): Shared.Data and Known are
// rebuilt and every tab gets a DataMsg.
func (a *App) SetData(ds *model.Dataset) tea.Cmd {
	a.sh.Data = ds
	a.sh.Known = ds.AsOf(a.sh.Now)
	return a.toAll(DataMsg{})
}

// SetBanner shows text in the banner before the footer's clock; "" removes
// it. The text goes through Clean when drawn.
func (a *App) SetBanner(text string) { a.banner = text }
