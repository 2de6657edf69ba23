package dashboard

import (
	"strings"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/lipgloss/v2"
)

// matrixCorner heads the name column.
const matrixCorner = "Person \\ Round"

// View draws the matrix (see Draw) as a string.
func (m *Matrix) View() string {
	var l widget.Lines
	m.Draw(&l)
	return l.String()
}

// matrixDrawn is what a Matrix drew, each line with what it was drawn
// from; Rebuild drops it. A move up or down draws two rows again.
type matrixDrawn struct {
	pen           ui.Pen
	head          keptText[matrixKey]
	rows          []keptText[matrixKey] // by person
	sides         []keptText[int]       // a side's heading, by width
	hints, legend keptText[matrixKey]
}

// matrixKey is what a line of the matrix is drawn from: the columns
// shown, the cursor (the row only for the row it is on), the focus and
// the size (the hints: the first line shown and the height).
type matrixKey struct {
	first, last, col, row, width, height int
	focused, valid                       bool
}

// Draw draws the header, the visible people under their sides' headings,
// the scroll hints and the legend into dst, every line exactly the
// matrix's width so that wide names never shift a column. A short matrix
// keeps its rows first (see matrixHintsMin).
func (m *Matrix) Draw(dst *widget.Lines) {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	st := m.sh.Styles
	d := &m.drawn
	nameW := m.nameWidth()
	first, last := m.colOff, min(m.colOff+m.visibleCols(), len(m.rounds))
	key := matrixKey{first: first, last: last, col: m.col, row: min(m.row, 0), width: m.width, focused: m.focused, valid: true}
	start, h := dst.Len(), m.height
	line := func(s string) {
		if dst.Len()-start < h {
			dst.Line(s)
		}
	}
	line(d.head.get(key, func() string { return m.headView(nameW, first, last) }))
	if len(m.people) == 0 || len(m.rounds) == 0 {
		line(st.Note.Render(widget.Fit("no attendance known at this instant", m.width)))
	}
	if len(d.rows) != len(m.people) {
		d.rows = make([]keptText[matrixKey], len(m.people))
	}
	for k := m.lineOff; k < len(m.lines) && k < m.lineOff+m.visibleLines(); k++ {
		i := m.lines[k]
		if i < 0 {
			side := -1 - i
			if len(d.sides) <= side {
				d.sides = append(d.sides, make([]keptText[int], side+1-len(d.sides))...)
			}
			line(d.sides[side].get(m.width+1, func() string {
				return st.GroupHeader.Render(widget.Fit(model.Sides()[side].Label(), m.width))
			}))
			continue
		}
		rk := key
		if i == m.row {
			rk.row = 1 // the cursor's row
		}
		line(d.rows[i].get(rk, func() string { return m.rowView(i, nameW, first, last) }))
	}
	for dst.Len()-start < 1+m.visibleLines() && dst.Len()-start < h {
		line(widget.Spaces(m.width))
	}
	if m.hasHints() {
		hk := key
		hk.row, hk.height = m.lineOff, m.height
		line(d.hints.get(hk, func() string { return st.Note.Render(widget.Fit(m.hints(first, last), m.width)) }))
	}
	if m.hasLegend() {
		line(d.legend.get(matrixKey{width: m.width, valid: true}, func() string { return st.Note.Render(widget.Fit(m.legend(), m.width)) }))
	}
}

// headView draws the header: the corner, then the rounds' columns.
func (m *Matrix) headView(nameW, first, last int) string {
	st := &m.sh.Styles.Ink
	p := &m.drawn.pen
	p.Reset()
	p.Write(st.ColumnHeader, widget.Fit(matrixCorner, nameW))
	for j := first; j < last; j++ {
		ink := st.ColumnHeader
		if j == m.col {
			ink = st.RowSelectedBlur
			if m.row < 0 && m.focused {
				ink = st.RowSelected
			}
		}
		center(p, ink, m.heads[j], matrixColWidth)
	}
	return widget.PadRight(string(p.End()), m.width)
}

// rowView draws one person's row.
func (m *Matrix) rowView(i, nameW, first, last int) string {
	st := &m.sh.Styles.Ink
	selRow := i == m.row
	nameInk := st.Side(m.people[i].Side)
	if selRow {
		nameInk = st.RowSelectedBlur
		if m.col < 0 && m.focused {
			nameInk = st.RowSelected
		}
	}
	p := &m.drawn.pen
	p.Reset()
	name, pad := widget.FitPlain(m.names[i], nameW)
	p.WritePadded(nameInk, name, pad)
	for j := first; j < last; j++ {
		ink := st.Text
		switch {
		case selRow && j == m.col && m.focused:
			ink = st.RowSelected
		case selRow || j == m.col:
			ink = st.RowSelectedBlur
		case m.marks[i][j] == markConfirmed:
			ink = st.Good
		case m.marks[i][j] == markSingle:
			ink = st.Warn
		case m.marks[i][j] == markUnconfirmed:
			ink = st.Bad
		}
		center(p, ink, m.marks[i][j], matrixColWidth)
	}
	return widget.PadRight(string(p.End()), m.width)
}

// legend explains the marks.
func (m *Matrix) legend() string {
	parts := make([]string, 0, 3)
	for _, c := range model.Confidences() {
		parts = append(parts, confidenceMark(c)+" "+ui.ConfidenceWord(c, ui.Compact))
	}
	return "attended: " + strings.Join(parts, "  ")
}

// hints says what lies beyond each edge: people above and below, rounds
// to the left and right.
func (m *Matrix) hints(first, last int) string {
	var parts []string
	if above := m.peopleIn(0, m.lineOff); above > 0 {
		parts = append(parts, "↑ "+ui.Plural(above, "more person"))
	}
	if below := m.peopleIn(m.lineOff+m.visibleLines(), len(m.lines)); below > 0 {
		parts = append(parts, "↓ "+ui.Plural(below, "more person"))
	}
	if first > 0 {
		parts = append(parts, "‹ "+ui.Plural(first, "round"))
	}
	if more := len(m.rounds) - last; more > 0 {
		parts = append(parts, ui.Plural(more, "more round")+" ›")
	}
	return strings.Join(parts, " · ")
}

// peopleIn counts the people on body lines [from, to).
func (m *Matrix) peopleIn(from, to int) int {
	n := 0
	for k := max(from, 0); k < min(to, len(m.lines)); k++ {
		if m.lines[k] >= 0 {
			n++
		}
	}
	return n
}

// center draws plain text centred in w cells, in ink k.
func center(p *ui.Pen, k ui.Ink, s string, w int) {
	sw := lipgloss.Width(s)
	if sw >= w {
		p.Write(k, widget.Fit(s, w))
		return
	}
	left := (w - sw) / 2
	p.Write(k, widget.Spaces(left))
	p.WritePadded(k, s, w-sw-left)
}
