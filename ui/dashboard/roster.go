package dashboard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Roster lists the people grouped by side, then the rounds; the detail of a
// person shows their titles and the rounds they attended (as of the clock),
// the detail of a round its attendees by side. `/` finds a person by any
// spelling or a round by city or number, and the answer shows at once. `m`
// puts the attendance matrix in the list's place.
type Roster struct {
	sh     *Shared
	b      *widget.Browser
	matrix *Matrix
}

// roundRowPrefix marks list rows that are rounds, not people.
const roundRowPrefix = "round:"

// NewRoster returns the Roster tab.
func NewRoster(sh *Shared) *Roster {
	v := &Roster{sh: sh, matrix: NewMatrix(sh), b: widget.NewBrowser(sh.Styles, sh.Keys.Widget,
		widget.Column{Title: "Name", Width: 24, Fit: true}, widget.Column{Title: "中文", Width: 7, Fit: true, Optional: true},
		widget.Column{Title: "Title"})}
	v.b.DetailFor = v.detail
	v.b.List.SetEmpty("no one known at this instant")
	v.rebuild()
	return v
}

// rebuild makes the rows: people by side, then the rounds known now.
func (v *Roster) rebuild() {
	st := v.sh.Styles
	known := v.sh.Known
	var rows []widget.Row
	for _, side := range model.Sides() {
		group := []widget.Row{{ID: "side:" + string(side), Header: true, Cells: []string{side.Label()}}}
		for i := range known.People {
			if p := &known.People[i]; p.Side == side {
				group = append(group, v.personRow(p, st))
			}
		}
		if len(group) > 1 {
			rows = append(rows, group...)
		}
	}
	if len(known.Rounds) > 0 {
		rows = append(rows, widget.Row{ID: "side:rounds", Header: true, Cells: []string{"Rounds"}})
	}
	for i := range known.Rounds {
		r := &known.Rounds[i]
		k := roundKeys(known, r)
		rows = append(rows, widget.Row{
			ID:      roundRowPrefix + r.ID,
			Cells:   []string{roundName(r), "", ui.DateRange(r.Start, r.End)},
			Styles:  []ui.Ink{st.Ink.Round, st.Ink.Text, st.Ink.Muted},
			Names:   k.names,
			Related: k.related,
			Search:  k.search,
		})
	}
	v.b.List.SetRows(rows)
	v.matrix.Rebuild()
	v.b.Refresh(true)
}

// personRow is a person's row; personKeys says how a search finds it.
func (v *Roster) personRow(p *model.Person, st *ui.Styles) widget.Row {
	k := personKeys(v.sh.Known, p)
	return widget.Row{
		ID:      p.ID,
		Cells:   []string{ui.Clean(p.Name), ui.Clean(p.Native), ui.Clean(p.Title)},
		Styles:  []ui.Ink{st.Ink.Side(p.Side), st.Ink.Text, st.Ink.Muted},
		Names:   k.names,
		Related: k.related,
		Search:  k.search,
	}
}

// Update handles a message; see widget.Browser for the list keys and Matrix
// for the matrix.
func (v *Roster) Update(msg tea.Msg) (*Roster, tea.Cmd) {
	if refresh(msg, v.b, v.rebuild) {
		return v, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && !v.b.Capturing() && !v.b.IsOpen() && key.Matches(k, v.sh.Keys.MatrixToggle) {
		v.setMatrix(!v.showsMatrix())
		return v, nil
	}
	cmd, _ := v.b.Update(msg)
	return v, cmd
}

// showsMatrix reports whether the matrix is in the list's place.
func (v *Roster) showsMatrix() bool { return v.b.Pane() != nil }

// setMatrix shows or hides the matrix. Shown, it opens on the person or
// round selected in the list.
func (v *Roster) setMatrix(on bool) {
	if !on {
		v.b.SetPane(nil)
		return
	}
	v.matrix.SelectID(v.b.List.SelectedID())
	v.b.SetPane(v.matrix)
}

// Back closes the detail, then the matrix, then the search.
func (v *Roster) Back() bool {
	if v.showsMatrix() && !v.b.IsOpen() {
		v.setMatrix(false)
		return true
	}
	return v.b.Back()
}

// Show selects a person or a round and opens its detail.
func (v *Roster) Show(to ui.Target) bool {
	id := to.ID
	if to.Kind == model.RecordRound {
		id = roundRowPrefix + id
	}
	return v.b.ShowID(id)
}

// Here names the selected person or round.
func (v *Roster) Here() ui.Target {
	id := v.b.SelectedID()
	if r, ok := strings.CutPrefix(id, roundRowPrefix); ok {
		return ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: r}
	}
	return ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: id}
}

// SetSize sets the body size.
func (v *Roster) SetSize(w, h int) { v.b.SetSize(w, h) }

// View draws the list (or the matrix) and the detail.
func (v *Roster) View() string { return v.b.View() }

// Draw draws the list and the detail into dst.
func (v *Roster) Draw(dst *widget.Lines) { v.b.Draw(dst) }

// Capturing reports whether the search line has the keyboard.
func (v *Roster) Capturing() bool { return v.b.Capturing() }

// UsesArrows is true while the matrix has the keyboard.
func (v *Roster) UsesArrows() bool { return v.showsMatrix() && !v.b.IsOpen() }

// Mode names what has the keyboard, for the help cache.
func (v *Roster) Mode() string {
	if v.showsMatrix() && !v.b.IsOpen() {
		return "matrix"
	}
	return v.b.Mode()
}

// ShortHelp lists the keys that work now.
func (v *Roster) ShortHelp() []key.Binding {
	if v.showsMatrix() && !v.b.IsOpen() {
		k, mk := v.sh.Keys.Widget.List, v.sh.Keys.Matrix
		return []key.Binding{mk.Up, mk.Down, mk.Left, mk.Right, v.matrixOpen(k), v.matrixLeave(k)}
	}
	h := v.b.ShortHelp()
	if !v.b.Capturing() && !v.b.IsOpen() {
		h = append(h, v.sh.Keys.MatrixToggle)
	}
	return h
}

// matrixOpen is enter as the matrix uses it.
func (v *Roster) matrixOpen(k widget.ListKeys) key.Binding {
	open := k.Open
	open.SetHelp("enter", "attendees / rounds")
	return open
}

// matrixLeave is esc as the matrix uses it.
func (v *Roster) matrixLeave(k widget.ListKeys) key.Binding {
	back := k.Back
	back.SetHelp("esc", "leave matrix")
	return back
}

// FullHelp lists every key of the tab's current mode.
func (v *Roster) FullHelp() [][]key.Binding {
	if v.showsMatrix() && !v.b.IsOpen() {
		k, mk := v.sh.Keys.Widget.List, v.sh.Keys.Matrix
		return [][]key.Binding{{mk.Up, mk.Down, mk.Left, mk.Right}, {mk.Top, mk.Bottom, mk.Home, mk.End},
			{v.matrixOpen(k), v.matrixLeave(k), v.sh.Keys.Widget.Lookup}}
	}
	h := v.b.FullHelp()
	if !v.b.Capturing() && !v.b.IsOpen() {
		h = append(h, []key.Binding{v.sh.Keys.MatrixToggle})
	}
	return h
}
