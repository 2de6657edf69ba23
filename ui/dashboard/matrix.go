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

// Marks drawn in the attendance matrix, one per confidence: confirmed by
// two sources or more, reported by one, expected but never confirmed.
const (
	markConfirmed   = "●"
	markSingle      = "◐"
	markUnconfirmed = "○"
)

// confidenceMark is the matrix's mark for an attendance's confidence.
func confidenceMark(c model.Confidence) string {
	switch c {
	case model.Confirmed:
		return markConfirmed
	case model.Single:
		return markSingle
	default:
		return markUnconfirmed
	}
}

// matrixColWidth is the width of one round's column ("5 KL" plus room).
const matrixColWidth = 7

// Matrix is the attendance grid: people as rows, grouped under their side,
// rounds as columns. Row -1 is the header (the rounds); column -1 is the
// name column. Rows and columns scroll; the name column stays.
type Matrix struct {
	sh      *Shared
	people  []*model.Person
	rounds  []*model.Round
	names   []string // cleaned row labels
	heads   []string // cleaned column labels
	marks   [][]string
	lines   []int // what each body line shows: a person's index, or -1-side for a side's heading
	lineOf  []int // the body line of each person
	row     int
	col     int
	lineOff int // the first body line drawn
	colOff  int
	width   int
	height  int
	focused bool
	drawn   matrixDrawn // the lines as drawn
	namesW  int         // the widest label of the name column
}

// NewMatrix returns the matrix over the people who attended any round.
func NewMatrix(sh *Shared) *Matrix {
	m := &Matrix{sh: sh, focused: true}
	m.Rebuild()
	return m
}

// Rebuild recomputes rows, columns and marks from the data known now.
func (m *Matrix) Rebuild() {
	m.drawn = matrixDrawn{pen: m.drawn.pen}
	known := m.sh.Known
	m.people = m.people[:0]
	for _, side := range model.Sides() {
		for i := range known.People {
			p := &known.People[i]
			if p.Side == side && len(known.RoundsOf(p.ID)) > 0 {
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
	m.lines, m.lineOf = m.lines[:0], make([]int, len(m.people))
	for i, p := range m.people {
		if i == 0 || m.people[i-1].Side != p.Side {
			m.lines = append(m.lines, -1-sideIndex(p.Side))
		}
		m.lineOf[i] = len(m.lines)
		m.lines = append(m.lines, i)
		m.names[i] = ui.Clean(p.Name)
		m.marks[i] = make([]string, len(m.rounds))
		for j, r := range m.rounds {
			if a, ok := known.AttendanceOf(p.ID, r.ID); ok {
				m.marks[i][j] = confidenceMark(a.Confidence)
			}
		}
	}
	m.namesW = m.measureNames()
	m.clamp()
}

// sideIndex is a side's place in model.Sides.
func sideIndex(s model.Side) int {
	for i, x := range model.Sides() {
		if x == s {
			return i
		}
	}
	return len(model.Sides()) - 1
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

// Offsets returns the first body line and the first round column drawn.
func (m *Matrix) Offsets() (line, col int) { return m.lineOff, m.colOff }

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

// nameWidth is the fixed name column's width: the names', at most a third
// of the matrix (but 12), and a space before the rounds.
func (m *Matrix) nameWidth() int {
	return min(m.namesWidth(), max(m.width/3, 12)) + 1
}

// namesWidth is the widest label of the name column, measured once per
// Rebuild.
func (m *Matrix) namesWidth() int { return m.namesW }

// measureNames measures the widest label of the name column.
func (m *Matrix) measureNames() int {
	w := lipgloss.Width(matrixCorner)
	for _, side := range model.Sides() {
		w = max(w, lipgloss.Width(side.Label()))
	}
	for _, n := range m.names {
		w = max(w, lipgloss.Width(n))
	}
	return w
}

// WantWidth is the width the matrix asks for: the names and every round,
// and at least its legend (with few rounds known, early in time travel,
// the rounds alone made a pane too narrow for the names and the legend).
func (m *Matrix) WantWidth() int {
	return max(m.namesWidth()+1+matrixColWidth*len(m.rounds), lipgloss.Width(m.legend()))
}

// visibleCols is how many round columns fit beside the names.
func (m *Matrix) visibleCols() int {
	return max((m.width-m.nameWidth())/matrixColWidth, 1)
}

// The rows come first in a short matrix: under the header, at least one
// body line; then the scroll hints, from matrixHintsMin lines; the legend
// only from matrixLegendMin, when it leaves three body lines beside the
// hints.
const (
	matrixHintsMin  = 3
	matrixLegendMin = 6
)

// MinLines is the least height the matrix needs: its header and one row.
func (m *Matrix) MinLines() int { return 2 }

// hasLegend reports whether the matrix is tall enough for its legend.
func (m *Matrix) hasLegend() bool { return m.height >= matrixLegendMin }

// room is how many lines the body and the hints share: under the header,
// above the legend.
func (m *Matrix) room() int {
	if m.hasLegend() {
		return m.height - 2
	}
	return m.height - 1
}

// hasHints reports whether the matrix needs a line for its scroll hints
// (the people or the rounds do not all fit) and has room for it beside a
// body line.
func (m *Matrix) hasHints() bool {
	return m.height >= matrixHintsMin && (len(m.lines) > m.room() || len(m.rounds) > m.visibleCols())
}

// visibleLines is how many body lines (people and side headings) fit under
// the header, above the hints and the legend: at least one.
func (m *Matrix) visibleLines() int {
	h := m.room()
	if m.hasHints() {
		h--
	}
	return max(h, 1)
}

// clamp keeps the cursor on the grid and scrolls to it, showing a side's
// heading with the first person under it.
func (m *Matrix) clamp() {
	m.row = min(max(m.row, -1), len(m.people)-1)
	m.col = min(max(m.col, -1), len(m.rounds)-1)
	if m.row < 0 && m.col < 0 {
		m.col = 0
	}
	vl, vc := m.visibleLines(), m.visibleCols()
	if m.row >= 0 {
		at := m.lineOf[m.row]
		top := at
		if at > 0 && m.lines[at-1] < 0 {
			top-- // the side's heading
		}
		m.lineOff = min(m.lineOff, top)
		m.lineOff = max(m.lineOff, at-vl+1)
	}
	m.lineOff = max(min(m.lineOff, len(m.lines)-vl), 0)
	if m.col >= 0 {
		m.colOff = min(m.colOff, m.col)
		m.colOff = max(m.colOff, m.col-vc+1)
	}
	m.colOff = max(min(m.colOff, len(m.rounds)-vc), 0)
}
