package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/lipgloss/v2"
)

// View draws the header, the visible rows and the legend, every line
// exactly the matrix's width so that wide names never shift a column.
func (m *Matrix) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.sh.Styles
	nameW := m.nameWidth()
	first, last := m.colOff, min(m.colOff+m.visibleCols(), len(m.rounds))
	lines := make([]string, 0, m.height)

	head := []string{st.ColumnHeader.Render(widget.Fit("Person \\ Round", nameW))}
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
	for i := m.rowOff; i < len(m.people) && i < m.rowOff+m.visibleRows(); i++ {
		lines = append(lines, m.rowView(i, nameW, first, last))
	}
	for len(lines) < m.height-1 {
		lines = append(lines, strings.Repeat(" ", m.width))
	}
	lines = append(lines, st.Note.Render(widget.Fit(m.legend(first, last), m.width)))
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
		case m.marks[i][j] == markWeak:
			style = st.Warn
		case m.marks[i][j] == markConfirmed:
			style = st.Good
		}
		b.WriteString(style.Render(center(m.marks[i][j], matrixColWidth)))
	}
	return widget.PadRight(b.String(), m.width)
}

// legend explains the marks and says what lies beyond the edges.
func (m *Matrix) legend(first, last int) string {
	s := markConfirmed + " attended  " + markWeak + " one source or unconfirmed"
	if first > 0 {
		s = fmt.Sprintf("‹ %d  ", first) + s
	}
	if more := len(m.rounds) - last; more > 0 {
		s += fmt.Sprintf("  %d more ›", more)
	}
	if below := len(m.people) - m.rowOff - m.visibleRows(); below > 0 {
		s += fmt.Sprintf("  ↓ %d", below)
	}
	return s
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
