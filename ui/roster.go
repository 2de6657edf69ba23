package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Roster lists the people grouped by side, then the rounds; the detail of a
// person shows their titles and the rounds they attended (as of the clock),
// the detail of a round its attendees by side. `/` finds a person by any
// spelling or a round by city or number, and the answer shows at once. `m`
// switches to the attendance matrix.
type Roster struct {
	*Browser
	sh         *Shared
	matrix     *Matrix
	showMatrix bool
	toggle     key.Binding
	rosterKeys ListKeys
}

// roundRowPrefix marks list rows that are rounds, not people.
const roundRowPrefix = "round:"

// NewRoster returns the Roster tab.
func NewRoster(sh *Shared) *Roster {
	v := &Roster{sh: sh, Browser: NewBrowser(sh, "Roster",
		Column{Title: "Name", Width: 20}, Column{Title: "中文", Width: 7}, Column{Title: "Title"}),
		matrix:     NewMatrix(sh),
		toggle:     key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "attendance matrix")),
		rosterKeys: NewListKeys()}
	v.DetailFor = v.detail
	v.rebuild()
	return v
}

// rebuild makes the rows: people by side, then the rounds known now.
func (v *Roster) rebuild() {
	st := v.sh.Styles
	var rows []Row
	for _, side := range model.Sides() {
		group := []Row{{ID: "side:" + string(side), Header: true, Cells: []string{side.Label()}}}
		for _, p := range v.sh.Data.People {
			if p.Side == side {
				group = append(group, v.personRow(&p, st))
			}
		}
		if len(group) > 1 {
			rows = append(rows, group...)
		}
	}
	if len(v.sh.Known.Rounds) > 0 {
		rows = append(rows, Row{ID: "side:rounds", Header: true, Cells: []string{"Rounds"}})
	}
	for _, r := range v.sh.Known.Rounds {
		rows = append(rows, Row{
			ID:     roundRowPrefix + r.ID,
			Cells:  []string{fmt.Sprintf("Round %d · %s", r.Number, Clean(r.City)), "", dateRange(r.Start, r.End)},
			Styles: []lipgloss.Style{st.Round, st.Text, st.Muted},
			Key:    fmt.Sprintf("%d round %d #%d %s", r.Number, r.Number, r.Number, Clean(r.City)),
			Search: Clean(r.Country + " " + r.Venue + " " + r.Name),
		})
	}
	v.List.SetRows(rows)
	v.matrix.Rebuild()
	v.Refresh(true)
}

func (v *Roster) personRow(p *model.Person, st *Styles) Row {
	return Row{
		ID:     p.ID,
		Cells:  []string{Clean(p.Name), Clean(p.Native), Clean(p.Title)},
		Styles: []lipgloss.Style{st.Side(p.Side), st.Text, st.Muted},
		Key:    Clean(p.Native + " " + p.Pinyin + " " + strings.Join(p.Aliases, " ")),
		Search: Clean(strings.Join(p.Titles, " ") + " " + p.Note),
	}
}

// dateRange formats a round's days: "9–10 Jun 2025".
func dateRange(a, b model.Instant) string {
	if a.Time.Month() == b.Time.Month() && a.Time.Year() == b.Time.Year() {
		return strconv.Itoa(a.Time.Day()) + "–" + b.Time.Format("2 Jan 2006")
	}
	return a.Time.Format("2 Jan") + " – " + b.Time.Format("2 Jan 2006")
}

// Update handles a message; see Browser for the list keys and Matrix for
// the matrix.
func (v *Roster) Update(msg tea.Msg) (*Roster, tea.Cmd) {
	switch msg := msg.(type) {
	case ClockMsg:
		if msg.KnownChanged {
			v.rebuild()
		}
		return v, nil
	case DataMsg:
		v.rebuild()
		return v, nil
	case StylesMsg:
		v.SetStyles(v.sh.Styles)
		v.rebuild()
		return v, nil
	case tea.KeyPressMsg:
		if v.updateKey(msg) {
			return v, nil
		}
	}
	if v.showMatrix {
		if _, ok := msg.(tea.MouseMsg); ok && !v.open {
			return v, nil
		}
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// updateKey handles the matrix toggle and the matrix's own keys; it
// reports whether it used the key.
func (v *Roster) updateKey(msg tea.KeyPressMsg) bool {
	if v.List.Searching() {
		return false
	}
	if key.Matches(msg, v.toggle) && !v.open {
		v.setMatrix(!v.showMatrix)
		return true
	}
	if !v.showMatrix || v.open {
		return false
	}
	if key.Matches(msg, v.rosterKeys.Open) {
		v.Open()
		return true
	}
	if v.matrix.Update(msg) {
		v.Refresh(false)
		return true
	}
	return false
}

// setMatrix shows or hides the matrix.
func (v *Roster) setMatrix(on bool) {
	v.showMatrix = on
	v.open = false
	v.layout()
	v.Refresh(true)
}

// Back closes the detail, then the matrix, then the search.
func (v *Roster) Back() bool {
	if v.showMatrix && !v.open {
		v.setMatrix(false)
		return true
	}
	return v.Browser.Back()
}

// SetSize lays out the panes; the matrix takes the list pane's place.
func (v *Roster) SetSize(w, h int) {
	v.Browser.SetSize(w, h)
	list, _, _ := v.panes()
	v.matrix.SetSize(list.Inner(v.frame()))
}

// layout passes sizes and focus to the panes, the matrix included.
func (v *Roster) layout() {
	v.Browser.layout()
	list, _, _ := v.panes()
	v.matrix.SetSize(list.Inner(v.frame()))
	v.matrix.SetFocused(!v.open)
}

// Refresh loads the detail of the matrix's selection in matrix mode, of the
// list's selection otherwise.
func (v *Roster) Refresh(force bool) {
	if !v.showMatrix {
		v.Browser.Refresh(force)
		return
	}
	sel := v.matrix.Selection()
	id := sel.ID
	if sel.Kind == model.RecordRound {
		id = roundRowPrefix + id
	}
	if !force && id == v.shownID {
		return
	}
	v.shownID = id
	v.Detail.SetLines(v.detail(id), nil)
}

// View draws the list or the matrix beside the detail.
func (v *Roster) View() string {
	if !v.showMatrix {
		return v.Browser.View()
	}
	v.matrix.SetFocused(!v.open)
	return v.viewWith(v.matrix.View())
}

// UsesArrows is true while the matrix has the keyboard.
func (v *Roster) UsesArrows() bool { return v.showMatrix && !v.open }

// ShowsSeconds is false.
func (v *Roster) ShowsSeconds() bool { return false }

// Show selects a person or a round and opens its detail.
func (v *Roster) Show(to Target) bool {
	id := to.ID
	if to.Kind == model.RecordRound {
		id = roundRowPrefix + id
	}
	v.showMatrix = false
	v.List.ClearSearch()
	if !v.List.SelectID(id) {
		v.layout()
		return false
	}
	v.Refresh(true)
	v.Open()
	return true
}

// SelectedTarget names the selected person or round.
func (v *Roster) SelectedTarget() Target {
	id := v.List.SelectedID()
	if r, ok := strings.CutPrefix(id, roundRowPrefix); ok {
		return Target{Tab: TabRoster, Kind: model.RecordRound, ID: r}
	}
	return Target{Tab: TabRoster, Kind: model.RecordPerson, ID: id}
}

// ShortHelp lists the keys that work now.
func (v *Roster) ShortHelp() []key.Binding {
	if v.showMatrix && !v.open {
		k, mk := v.rosterKeys, v.matrix.keys
		open := k.Open
		open.SetHelp("enter", "attendees / rounds")
		back := k.Back
		back.SetHelp("esc", "leave matrix")
		return []key.Binding{mk.Up, mk.Down, mk.Left, mk.Right, open, back}
	}
	h := v.Browser.ShortHelp()
	if !v.List.Searching() && !v.open {
		h = append(h, v.toggle)
	}
	return h
}

// FullHelp lists every key of the tab's current mode.
func (v *Roster) FullHelp() [][]key.Binding {
	if v.showMatrix && !v.open {
		mk := v.matrix.keys
		return [][]key.Binding{{mk.Up, mk.Down, mk.Left, mk.Right}, {mk.Top, mk.Bottom, mk.Home, mk.End}, v.ShortHelp()[4:]}
	}
	h := v.Browser.FullHelp()
	if !v.List.Searching() && !v.open {
		h = append(h, []key.Binding{v.toggle})
	}
	return h
}
