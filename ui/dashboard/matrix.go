package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Marks drawn in the attendance matrix.
const (
	markConfirmed = "●"
	markWeak      = "◐"
)

// matrixColWidth is the width of one round's column ("5 KL" plus room).
const matrixColWidth = 7

// Matrix is the attendance grid: people as rows, rounds as columns. widget.Row -1
// is the header (the rounds); column -1 is the name column. Rows and columns
// scroll; the name column stays.
type Matrix struct {
	sh      *Shared
	people  []*model.Person
	rounds  []*model.Round
	names   []string // cleaned row labels
	heads   []string // cleaned column labels
	marks   [][]string
	row     int
	col     int
	rowOff  int
	colOff  int
	width   int
	height  int
	focused bool
}

// NewMatrix returns the matrix over the people who attended any round.
func NewMatrix(sh *Shared) *Matrix {
	m := &Matrix{sh: sh, focused: true}
	m.Rebuild()
	return m
}

// Rebuild recomputes rows, columns and marks from the data known now.
func (m *Matrix) Rebuild() {
	known := m.sh.Known
	m.people = m.people[:0]
	for _, side := range model.Sides() {
		for i := range known.People {
			p := &known.People[i]
			if p.Side == side && len(m.sh.Data.RoundsOf(p.ID)) > 0 {
				m.people = append(m.people, p)
			}
		}
	}
	m.rounds = m.rounds[:0]
	m.heads = m.heads[:0]
	for i := range known.Rounds {
		r := &known.Rounds[i]
		m.rounds = append(m.rounds, r)
		m.heads = append(m.heads, fmt.Sprintf("%d %s", r.Number, abbrevCity(ui.Clean(r.City))))
	}
	m.names = make([]string, len(m.people))
	m.marks = make([][]string, len(m.people))
	for i, p := range m.people {
		m.names[i] = ui.Clean(p.Name)
		m.marks[i] = make([]string, len(m.rounds))
		for j, r := range m.rounds {
			if a, ok := known.AttendanceOf(p.ID, r.ID); ok {
				m.marks[i][j] = markWeak
				if a.Confidence == model.Confirmed {
					m.marks[i][j] = markConfirmed
				}
			}
		}
	}
	m.clamp()
}

// abbrevCity shortens a city for a column head: initials for several words
// (Kuala Lumpur → KL), else the first three letters (Geneva → Gen).
func abbrevCity(city string) string {
	words := strings.Fields(city)
	if len(words) > 1 {
		var b strings.Builder
		for _, w := range words {
			b.WriteString(string([]rune(w)[:1]))
		}
		return strings.ToUpper(b.String())
	}
	r := []rune(city)
	return string(r[:min(len(r), 3)])
}

// SetSize sets the matrix's content size.
func (m *Matrix) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.clamp()
}

// SetFocused says whether the matrix has the keyboard.
func (m *Matrix) SetFocused(f bool) { m.focused = f }

// Cursor returns the cursor's row (-1: the header) and column (-1: names).
func (m *Matrix) Cursor() (row, col int) { return m.row, m.col }

// Offsets returns the first row and column drawn.
func (m *Matrix) Offsets() (row, col int) { return m.rowOff, m.colOff }

// Selection names what the cursor is on: a round (header or cell column)
// or a person (name column).
func (m *Matrix) Selection() ui.Target {
	switch {
	case m.col >= 0 && m.col < len(m.rounds) && m.row < 0:
		return ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: m.rounds[m.col].ID}
	case m.col < 0 && m.row >= 0 && m.row < len(m.people):
		return ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: m.people[m.row].ID}
	case m.col >= 0 && m.col < len(m.rounds):
		return ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: m.rounds[m.col].ID}
	}
	return ui.Target{}
}

// SelectedID names what the cursor is on as the Roster's list does: a
// person's id, or "round:" and a round's id.
func (m *Matrix) SelectedID() string {
	t := m.Selection()
	if t.Kind == model.RecordRound {
		return roundRowPrefix + t.ID
	}
	return t.ID
}

// SelectID puts the cursor on a person's row (in the name column) or a
// round's column (in the header), as the Roster's list names them; false if
// the matrix does not show it.
func (m *Matrix) SelectID(id string) bool {
	if r, ok := strings.CutPrefix(id, roundRowPrefix); ok {
		for j, x := range m.rounds {
			if x.ID == r {
				m.row, m.col = -1, j
				m.clamp()
				return true
			}
		}
		return false
	}
	for i, p := range m.people {
		if p.ID == id {
			m.row, m.col = i, -1
			m.clamp()
			return true
		}
	}
	return false
}

// HandleKey moves the cursor; it reports whether the key was used.
func (m *Matrix) HandleKey(msg tea.KeyPressMsg) bool {
	k := m.sh.Keys.Matrix
	switch {
	case key.Matches(msg, k.Up):
		m.row--
	case key.Matches(msg, k.Down):
		m.row++
	case key.Matches(msg, k.Left):
		m.col--
	case key.Matches(msg, k.Right):
		m.col++
	case key.Matches(msg, k.Top):
		m.row = 0
	case key.Matches(msg, k.Bottom):
		m.row = len(m.people) - 1
	case key.Matches(msg, k.Home):
		m.col = -1
	case key.Matches(msg, k.End):
		m.col = len(m.rounds) - 1
	default:
		return false
	}
	m.clamp()
	return true
}

// nameWidth is the fixed name column's width.
func (m *Matrix) nameWidth() int {
	w := 6
	for _, n := range m.names {
		w = max(w, lipgloss.Width(n))
	}
	return min(w, max(m.width/3, 12)) + 1 // one space before the rounds
}

// visibleCols is how many round columns fit beside the names.
func (m *Matrix) visibleCols() int {
	return max((m.width-m.nameWidth())/matrixColWidth, 1)
}

// visibleRows is how many people fit under the header and above the legend.
func (m *Matrix) visibleRows() int { return max(m.height-2, 1) }

// clamp keeps the cursor on the grid and scrolls to it.
func (m *Matrix) clamp() {
	m.row = min(max(m.row, -1), len(m.people)-1)
	m.col = min(max(m.col, -1), len(m.rounds)-1)
	if m.row < 0 && m.col < 0 {
		m.col = 0
	}
	vr, vc := m.visibleRows(), m.visibleCols()
	if m.row >= 0 {
		m.rowOff = min(m.rowOff, m.row)
		m.rowOff = max(m.rowOff, m.row-vr+1)
	}
	m.rowOff = max(min(m.rowOff, len(m.people)-vr), 0)
	if m.col >= 0 {
		m.colOff = min(m.colOff, m.col)
		m.colOff = max(m.colOff, m.col-vc+1)
	}
	m.colOff = max(min(m.colOff, len(m.rounds)-vc), 0)
}
