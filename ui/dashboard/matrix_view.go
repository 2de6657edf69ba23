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

// View draws the header, the visible people under their sides' headings,
// the scroll hints and the legend, every line exactly the matrix's width so
// that wide names never shift a column.
func (m *Matrix) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.sh.Styles
	nameW := m.nameWidth()
	first, last := m.colOff, min(m.colOff+m.visibleCols(), len(m.rounds))
	lines := make([]string, 0, m.height)

	head := []string{st.ColumnHeader.Render(widget.Fit(matrixCorner, nameW))}
	for j := first; j < last; j++ {
		style := st.ColumnHeader
		if j == m.col {
			style = st.RowSelectedBlur
			if m.row < 0 && m.focused {
				style = st.RowSelected
			}
		}
		head = append(head, style.Render(center(m.heads[j], matrixColWidth)))
	}
	lines = append(lines, widget.PadRight(strings.Join(head, ""), m.width))

	if len(m.people) == 0 || len(m.rounds) == 0 {
		lines = append(lines, st.Note.Render(widget.Fit("no attendance known at this instant", m.width)))
	}
	for k := m.lineOff; k < len(m.lines) && k < m.lineOff+m.visibleLines(); k++ {
		if i := m.lines[k]; i >= 0 {
			lines = append(lines, m.rowView(i, nameW, first, last))
		} else {
			side := model.Sides()[-1-i]
			lines = append(lines, st.GroupHeader.Render(widget.Fit(side.Label(), m.width)))
		}
	}
	for len(lines) < 1+m.visibleLines() {
		lines = append(lines, strings.Repeat(" ", m.width))
	}
	if m.hasHints() {
		lines = append(lines, st.Note.Render(widget.Fit(m.hints(first, last), m.width)))
	}
	lines = append(lines, st.Note.Render(widget.Fit(m.legend(), m.width)))
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// rowView draws one person's row.
func (m *Matrix) rowView(i, nameW, first, last int) string {
	st := m.sh.Styles
	selRow := i == m.row
	nameStyle := st.Side(m.people[i].Side)
	if selRow {
		nameStyle = st.RowSelectedBlur
		if m.col < 0 && m.focused {
			nameStyle = st.RowSelected
		}
	}
	var b strings.Builder
	b.WriteString(nameStyle.Render(widget.Fit(m.names[i], nameW)))
	for j := first; j < last; j++ {
		style := st.Text
		switch {
		case selRow && j == m.col && m.focused:
			style = st.RowSelected
		case selRow || j == m.col:
			style = st.RowSelectedBlur
		case m.marks[i][j] == markConfirmed:
			style = st.Good
		case m.marks[i][j] == markSingle:
			style = st.Warn
		case m.marks[i][j] == markUnconfirmed:
			style = st.Bad
		}
		b.WriteString(style.Render(center(m.marks[i][j], matrixColWidth)))
	}
	return widget.PadRight(b.String(), m.width)
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

// center pads plain text to w cells, centred.
func center(s string, w int) string {
	sw := lipgloss.Width(s)
	if sw >= w {
		return widget.Fit(s, w)
	}
	left := (w - sw) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-sw-left)
}
