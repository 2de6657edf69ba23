package ui

import "charm.land/bubbles/v2/key"

// GlobalKeys are the keys that work in every tab.
type GlobalKeys struct {
	// NextTab and PrevTab cycle the tabs; Tabs[i] jumps to tab i.
	NextTab, PrevTab key.Binding
	// TabLeft and TabRight switch tabs with ←/→ (h/l) where the view has no
	// horizontal use for them.
	TabLeft, TabRight key.Binding
	// Tabs are the 1–5 shortcuts.
	Tabs [tabCount]key.Binding
	// Help toggles the full help; Quit quits.
	Help, Quit key.Binding
	// Clock keys: step back/forward a day or an hour, return to real time,
	// pause.
	DayBack, DayForward, HourBack, HourForward, Now, Pause key.Binding
}

// NewGlobalKeys returns the default global bindings.
func NewGlobalKeys() GlobalKeys {
	k := GlobalKeys{
		NextTab:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		TabLeft:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "previous tab")),
		TabRight:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "next tab")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:        key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		DayBack:     key.NewBinding(key.WithKeys("["), key.WithHelp("[/]", "clock ∓1 day")),
		DayForward:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "clock +1 day")),
		HourBack:    key.NewBinding(key.WithKeys("{"), key.WithHelp("{/}", "clock ∓1 hour")),
		HourForward: key.NewBinding(key.WithKeys("}"), key.WithHelp("}", "clock +1 hour")),
		Now:         key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "real time")),
		Pause:       key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause clock")),
	}
	for i := range tabCount {
		n := string(rune('1' + i))
		k.Tabs[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, TabID(i).String()))
	}
	return k
}

// tabKeysHelp is the single help entry standing for the 1–5 keys.
func tabKeysHelp() key.Binding {
	return key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "go to tab"))
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
}

// NewListKeys returns the default list bindings.
func NewListKeys() ListKeys {
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
	}
}

// SearchKeys are active while the search line has focus.
type SearchKeys struct {
	// Accept keeps the filter and returns to the list; Cancel clears it.
	Accept, Cancel key.Binding
	// Up and Down move the selection while typing.
	Up, Down key.Binding
}

// NewSearchKeys returns the bindings of the search line.
func NewSearchKeys() SearchKeys {
	return SearchKeys{
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "down")),
	}
}
