package dashboard

import (
	"charm.land/bubbles/v2/key"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Keys are every binding of the dashboard, declared once here and handed
// down: the help is generated from them.
type Keys struct {
	// Global keys work in every tab.
	Global GlobalKeys
	// Widget keys move lists and details and edit the search line.
	Widget widget.Keys
	// Matrix keys move the attendance matrix's cursor.
	Matrix MatrixKeys
	// MatrixToggle shows or hides the attendance matrix (Roster).
	MatrixToggle key.Binding
	// TabKeys is the single help entry standing for the 1–5 keys.
	TabKeys key.Binding
	// QuitWhileTyping is the one global key that works in a search line.
	QuitWhileTyping key.Binding
	// Problems shows every problem of a failed --watch reload.
	Problems key.Binding
	// Scroll is the single help entry standing for up and down together,
	// on a help line too narrow for both (the full help's, 40 cells).
	Scroll key.Binding
}

// NewKeys returns the default bindings.
func NewKeys() *Keys {
	return &Keys{
		Global:          newGlobalKeys(),
		Widget:          widget.NewKeys(),
		Matrix:          newMatrixKeys(),
		MatrixToggle:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "attendance matrix")),
		TabKeys:         key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "go to tab")),
		QuitWhileTyping: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Problems:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "reload problems")),
		Scroll:          key.NewBinding(key.WithKeys("up", "k", "down", "j"), key.WithHelp("↑↓/jk", "scroll")),
	}
}

// GlobalKeys are the keys that work in every tab.
type GlobalKeys struct {
	// NextTab and PrevTab cycle the tabs; Tabs[i] jumps to tab i.
	NextTab, PrevTab key.Binding
	// TabLeft and TabRight switch tabs with ←/→ (h/l) where the view has no
	// horizontal use for them.
	TabLeft, TabRight key.Binding
	// Tabs are the 1–5 shortcuts.
	Tabs [ui.TabCount]key.Binding
	// Help toggles the full help; Quit quits.
	Help, Quit key.Binding
	// Clock keys: step back/forward a day or an hour, return to real time,
	// pause.
	DayBack, DayForward, HourBack, HourForward, Now, Pause key.Binding
}

func newGlobalKeys() GlobalKeys {
	k := GlobalKeys{
		NextTab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		TabLeft:  key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "previous tab")),
		TabRight: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "next tab")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		// The help shows one entry for each pair: "[ back a day · ] forward a day".
		DayBack:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", "back a day · ] forward a day")),
		DayForward:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward a day")),
		HourBack:    key.NewBinding(key.WithKeys("{"), key.WithHelp("{", "back an hour · } forward an hour")),
		HourForward: key.NewBinding(key.WithKeys("}"), key.WithHelp("}", "forward an hour")),
		Now:         key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "real time")),
		Pause:       key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause clock")),
	}
	for i := range ui.TabCount {
		n := string(rune('1' + i))
		k.Tabs[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, ui.TabID(i).String()))
	}
	return k
}

// MatrixKeys move the cursor over the attendance matrix.
type MatrixKeys struct {
	// Up, Down, Left and Right move by a cell; Top and Bottom to the first
	// and last person; Home and End to the name column and the last round.
	Up, Down, Left, Right, Top, Bottom, Home, End key.Binding
}

func newMatrixKeys() MatrixKeys {
	return MatrixKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left")),
		Right:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right")),
		Top:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "first person")),
		Bottom: key.NewBinding(key.WithKeys("G", "shift+g"), key.WithHelp("G", "last person")),
		Home:   key.NewBinding(key.WithKeys("home", "0"), key.WithHelp("0", "name column")),
		End:    key.NewBinding(key.WithKeys("end", "$"), key.WithHelp("$", "last round")),
	}
}
