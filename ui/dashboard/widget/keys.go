package widget

import "charm.land/bubbles/v2/key"

// Keys are the bindings the widgets answer. The dashboard builds them once
// and hands the same value to every widget, so that help and behaviour come
// from one declaration.
type Keys struct {
	// List moves a selection and opens its detail.
	List ListKeys
	// Search edits and leaves the search line.
	Search SearchKeys
	// Lookup opens the lookup across every tab. The dashboard answers it
	// from anywhere; it is declared here so that every pane's help lists
	// it next to the tab's own search.
	Lookup key.Binding
}

// NewKeys returns the default widget bindings.
func NewKeys() Keys {
	return Keys{List: newListKeys(), Search: newSearchKeys(),
		Lookup: key.NewBinding(key.WithKeys("ctrl+k"), key.WithHelp("ctrl+k", "find anything"))}
}

// ListKeys move a selection in a list and open its detail.
type ListKeys struct {
	// Up, Down, Top, Bottom, PageUp and PageDown move the selection.
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	// Open opens the selection's detail (or follows a link in it).
	Open key.Binding
	// Back closes the detail, clears the search, or goes back; never quits.
	Back key.Binding
	// Search starts typing a search.
	Search key.Binding
	// Copy copies the URL of the record shown, or of the link under the
	// cursor, to the terminal's clipboard (OSC 52).
	Copy key.Binding
}

func newListKeys() ListKeys {
	return ListKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end", "shift+g"), key.WithHelp("G", "last")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn", "page down")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:     key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Copy:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy URL")),
	}
}

// SearchKeys are active while the search line has focus.
type SearchKeys struct {
	// Accept keeps the filter and returns to the list; Cancel clears it.
	Accept, Cancel key.Binding
	// Up and Down move the selection while typing.
	Up, Down key.Binding
}

func newSearchKeys() SearchKeys {
	return SearchKeys{
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "down")),
	}
}
