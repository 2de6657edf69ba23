package widget

import (
	"slices"
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/lipgloss/v2"
)

// How a List lays itself out: the widths its columns take (from their
// content, with short forms and optional columns for when room is short),
// the room it asks its Browser for, its titles wrapped to a few lines with
// a hanging indent, and scrolling over rows of different heights.

// flexColumn is the index of the title column (the first of width 0), or 0.
func (l *List) flexColumn() int {
	for i, c := range l.cols {
		if c.Width == 0 {
			return i
		}
	}
	return 0
}

// measure works out what each column can take from the rows: a Fit
// column's widest cell; the title column's widest title.
func (l *List) measure() {
	flex := l.flexColumn()
	l.natural = make([]ColumnWidths, len(l.cols))
	for i, c := range l.cols {
		n := ColumnWidths{Long: c.Width, Short: c.Short, Optional: c.Optional, Title: i == flex && c.Width == 0}
		switch {
		case n.Title:
			n.Long, _ = l.cellWidths(i) // what the titles want; the plan gives what is left
		case c.Fit:
			n = l.fitWidths(i, n)
		}
		l.natural[i] = n
	}
	l.replan()
}

// measureFit measures the Fit columns again after cells changed (a
// countdown's time left): a column is as wide as its widest cell now, and
// the columns are planned again only when one's width changed.
func (l *List) measureFit() {
	again := false
	for i, c := range l.cols {
		if !c.Fit || i >= len(l.natural) || l.natural[i].Title {
			continue
		}
		if n := l.fitWidths(i, l.natural[i]); n != l.natural[i] {
			l.natural[i], again = n, true
		}
	}
	if again {
		l.replan()
	}
}

// fitWidths sets a Fit column's widths in n: its widest cell or heading,
// at most its Width (and Short, in short form).
func (l *List) fitWidths(i int, n ColumnWidths) ColumnWidths {
	c := l.cols[i]
	long, short := l.cellWidths(i)
	n.Long = min(long, c.Width)
	if c.Short > 0 {
		n.Short = min(short, c.Short, n.Long)
	}
	return n
}

// cellWidths is the width of column i's widest cell (or heading), in full
// and in short form.
func (l *List) cellWidths(i int) (long, short int) {
	long = lipgloss.Width(l.cols[i].heading(false))
	short = lipgloss.Width(l.cols[i].heading(true))
	for _, r := range l.rows {
		if r.Header || i >= len(r.Cells) {
			continue
		}
		long = max(long, lipgloss.Width(r.Cells[i]))
		sc := r.Cells[i]
		if i < len(r.Short) && r.Short[i] != "" {
			sc = r.Short[i]
		}
		short = max(short, lipgloss.Width(sc))
	}
	return long, short
}

// titleWant is the room the titles ask for in a body w cells wide (0: the
// list's own width): the longest title, at most TitleMax(w) beside a
// detail; above one, the list has the whole width and the titles ask for
// all they need.
func (l *List) titleWant(bodyW int) int {
	if bodyW <= 0 {
		bodyW = l.width
	}
	flex := l.flexColumn()
	if flex >= len(l.natural) || !l.natural[flex].Title {
		return 0
	}
	if bodyW < WideWidth {
		return l.natural[flex].Long
	}
	return min(l.natural[flex].Long, TitleMax(bodyW))
}

// replan fits the columns to the list's width.
func (l *List) replan() {
	p := PlanColumns(l.natural, l.width, l.titleWant(l.bodyW))
	if p.Short != l.plan.Short || !slices.Equal(p.Widths, l.plan.Widths) {
		l.plan = p
		l.invalidate()
	}
}

// SetBodyWidth tells the list the width of the body it shares with its
// detail: what its titles may ask for depends on it.
func (l *List) SetBodyWidth(w int) {
	if w != l.bodyW {
		l.bodyW = w
		l.replan()
	}
}

// Want is the content width the list asks for in a body w cells wide: its
// columns at their full width and its titles up to TitleMax(w).
func (l *List) Want(bodyW int) int {
	w, n := 0, 0
	for _, c := range l.natural {
		if !c.Title {
			w += c.Long
			n++
		}
	}
	return w + n + l.titleWant(bodyW)
}

// WantLines is the content height the list asks for: a line for each row
// the search leaves (at least one) and for its heading, search line and
// note. A search that narrows the list leaves the detail more room.
func (l *List) WantLines() int {
	return max(len(l.visible), 1) + l.chromeLines(true, l.note != "")
}

// chromeLines counts the lines that are not rows: the column headings (if
// drawn), the search line and the note (if drawn).
func (l *List) chromeLines(header, note bool) int {
	n := 0
	if header && l.hasTitles() {
		n++
	}
	if l.searching || l.query != "" {
		n++
	}
	if note {
		n++
	}
	return n
}

// noteShown reports whether the note is drawn: not in a list one line
// tall, where the row matters more.
func (l *List) noteShown() bool { return l.note != "" && l.height >= 2 }

func (l *List) hasTitles() bool {
	for _, c := range l.cols {
		if c.Title != "" {
			return true
		}
	}
	return false
}

func (l *List) hasHeader() bool {
	return l.height >= 4 && l.hasTitles() // rows matter more than headings in a short list
}

// rowsHeight is the number of lines available for rows.
func (l *List) rowsHeight() int {
	return max(l.height-l.chromeLines(l.hasHeader(), l.noteShown()), 1)
}

// titleLines is a row's title wrapped to the title column in at most
// maxLines lines, the last cut with … if the title goes on.
func (l *List) titleLines(ri int) []string {
	if l.titles == nil {
		l.titles = map[int][]string{}
	}
	if t, ok := l.titles[ri]; ok {
		return t
	}
	flex := l.flexColumn()
	r := l.rows[ri]
	w := 0
	if flex < len(l.plan.Widths) {
		w = l.plan.Widths[flex]
	}
	text := ""
	if flex < len(r.Cells) {
		text = l.cell(r, flex)
	}
	var lines []string
	switch {
	case r.Header || w <= 0 || l.maxLines <= 1 || lipgloss.Width(text) <= w:
		lines = []string{text}
	default:
		lines = ui.Wrap(text, w, ui.CutLinks)
		if len(lines) > l.maxLines {
			rest := strings.Join(lines[l.maxLines-1:], " ")
			lines = append(lines[:l.maxLines-1], strings.TrimRight(Fit(rest, w), " "))
		}
	}
	l.titles[ri] = lines
	return lines
}

// cell is a row's text for column i, in short form when the plan says so.
func (l *List) cell(r Row, i int) string {
	if l.plan.Short && i < len(l.cols) && l.cols[i].Short > 0 && i < len(r.Short) && r.Short[i] != "" {
		return r.Short[i]
	}
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return ""
}

// rowHeight is the number of lines the visible row at index v takes.
func (l *List) rowHeight(v int) int {
	return len(l.titleLines(l.visible[v]))
}

// linesBetween counts the lines of visible rows [from, to].
func (l *List) linesBetween(from, to int) int {
	n := 0
	for i := max(from, 0); i <= to && i < len(l.visible); i++ {
		n += l.rowHeight(i)
	}
	return n
}

// maxOffset is the first row from which the last rows fill the height.
func (l *List) maxOffset() int {
	h, n := l.rowsHeight(), 0
	for i := len(l.visible) - 1; i >= 0; i-- {
		if n += l.rowHeight(i); n > h {
			return i + 1
		}
	}
	return 0
}

// scrollToSelection scrolls the least that shows the whole selected row.
func (l *List) scrollToSelection() {
	h := l.rowsHeight()
	if l.sel >= 0 {
		l.offset = min(l.offset, l.sel)
		for l.offset < l.sel && l.linesBetween(l.offset, l.sel) > h {
			l.offset++
		}
	}
	l.offset = max(min(l.offset, l.maxOffset()), 0)
	// Show the heading above the first row of a group when scrolled to it.
	if l.offset > 0 && l.offset == l.sel && l.rows[l.visible[l.offset-1]].Header && l.linesBetween(l.offset-1, l.sel) <= h {
		l.offset--
	}
}

// RowsShown is how many rows are in view (group headings included).
func (l *List) RowsShown() int {
	h, n, rows := l.rowsHeight(), 0, 0
	for i := l.offset; i < len(l.visible); i++ {
		if n += l.rowHeight(i); n > h {
			break
		}
		rows++
	}
	return rows
}

// page is how many rows a page key moves: those in view, less one.
func (l *List) page() int { return max(l.RowsShown()-1, 1) }

// ClickRow selects the row drawn on line y of the list's content (0 is the
// first line). It reports whether a row was hit.
func (l *List) ClickRow(y int) bool {
	y -= l.chromeLines(l.hasHeader(), false) // the note is under the rows
	if y < 0 || y >= l.rowsHeight() {
		return false
	}
	for i, at := l.offset, 0; i < len(l.visible); i++ {
		h := l.rowHeight(i)
		if y < at+h {
			if l.rows[l.visible[i]].Header {
				return false
			}
			l.sel = i
			return true
		}
		at += h
	}
	return false
}

// Position is the selected row's place among the rows that can be
// selected, and their number: "3/38".
func (l *List) Position() (at, of int) {
	for i, ri := range l.visible {
		if l.rows[ri].Header {
			continue
		}
		of++
		if i == l.sel {
			at = of
		}
	}
	return at, of
}
