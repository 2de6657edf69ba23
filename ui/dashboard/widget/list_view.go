package widget

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the list: the search line, the column headings with the
// selection's position ("3/38"), the rows that fit whole (titles wrapped
// with a hanging indent) and the note, each line exactly the list's width.
func (l *List) View() string {
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	st := l.styles
	lines := make([]string, 0, l.height)
	if l.searching || l.query != "" {
		lines = append(lines, l.searchLine())
	}
	ws := l.plan.Widths
	if l.hasHeader() {
		lines = append(lines, st.ColumnHeader.Render(l.headerLine(ws)))
	}
	h := l.rowsHeight()
	if len(l.visible) == 0 {
		lines = append(lines, st.Note.Render(Fit(l.emptyText(), l.width)))
	}
	if l.rendered == nil {
		l.rendered = map[int]string{}
	}
	used := 0
	for i := l.offset; i < len(l.visible); i++ {
		rh := l.rowHeight(i)
		if used+rh > h && used > 0 {
			break
		}
		ri := l.visible[i]
		row, ok := l.rendered[ri]
		if i == l.sel || !ok {
			row = l.renderRow(ri, ws, i == l.sel)
			if i != l.sel {
				l.rendered[ri] = row
			}
		}
		lines = append(lines, row)
		used += rh
	}
	block := strings.Join(lines, "\n")
	body := FitLines(block, l.width, l.height-boolInt(l.note != ""))
	if l.note != "" {
		body += "\n" + st.Note.Render(Fit(l.note, l.width))
	}
	return body
}

// headerLine is the column headings, with the selection's position at the
// right when there is room.
func (l *List) headerLine(ws []int) string {
	cells := make([]string, 0, len(l.cols))
	for i, c := range l.cols {
		if i < len(ws) && ws[i] > 0 {
			cells = append(cells, Fit(c.Title, ws[i]))
		}
	}
	head := strings.TrimRight(strings.Join(cells, " "), " ")
	at, of := l.Position()
	pos := ""
	if of > 0 && at > 0 {
		pos = fmt.Sprintf("%d/%d", at, of)
	}
	room := l.width - lipgloss.Width(pos) - 1
	if pos == "" || room < lipgloss.Width(head) {
		return Fit(head, l.width)
	}
	return Fit(head, room) + " " + pos
}

func (l *List) emptyText() string {
	switch {
	case l.query != "" && l.suggest != "":
		return fmt.Sprintf("no match for %q · did you mean %q? (enter)", l.query, l.suggest)
	case l.query != "":
		return fmt.Sprintf("no match for %q", l.query)
	}
	return l.empty
}

// searchLine draws "/ ", the query being typed (with its cursor) or kept,
// and the number of matches.
func (l *List) searchLine() string {
	st := l.styles
	prompt := st.SearchPrompt.Render(l.prompt)
	pw := lipgloss.Width(l.prompt)
	count := st.Muted.Render(" " + ui.Plural(l.countSelectable(), "match"))
	room := max(l.width-pw-lipgloss.Width(count), 0)
	if room < 2 {
		return Fit(ansi.Strip(prompt+count), l.width)
	}
	if !l.searching {
		return prompt + st.SearchText.Render(Fit(l.query, room)) + count
	}
	l.input.SetWidth(room - 1) // the cursor takes a cell after the text
	return PadRight(prompt+l.input.View(), pw+room) + count
}

func (l *List) countSelectable() int {
	n := 0
	for _, ri := range l.visible {
		if !l.rows[ri].Header {
			n++
		}
	}
	return n
}

// renderRow draws one row: cells fitted to their widths, the title on as
// many lines as it wraps to (the lines after the first start under it),
// search matches highlighted, the whole row styled as selected when it is.
func (l *List) renderRow(ri int, ws []int, selected bool) string {
	st := l.styles
	r := l.rows[ri]
	if r.Header {
		text := ""
		if len(r.Cells) > 0 {
			text = r.Cells[0]
		}
		return st.GroupHeader.Render(Fit(text, l.width))
	}
	base := st.Row
	if selected {
		base = st.RowSelectedBlur
		if l.focused {
			base = st.RowSelected
		}
	}
	flex := l.flexColumn()
	titles := l.titleLines(ri)
	out := make([]string, len(titles))
	for k := range titles {
		var b strings.Builder
		used := 0
		for i, w := range ws {
			if w <= 0 {
				continue
			}
			if used > 0 {
				b.WriteString(base.Render(" "))
				used++
			}
			text := ""
			switch {
			case i == flex:
				text = titles[k]
			case k == 0:
				text = l.cell(r, i)
			}
			cellStyle := base
			if !selected && i < len(r.Styles) {
				cellStyle = r.Styles[i]
			}
			b.WriteString(l.highlight(Fit(text, w), cellStyle))
			used += w
		}
		if pad := l.width - used; pad > 0 {
			b.WriteString(base.Render(strings.Repeat(" ", pad)))
		}
		out[k] = b.String()
	}
	return strings.Join(out, "\n")
}

// highlight styles plain text with st, marking the search matches.
func (l *List) highlight(text string, st lipgloss.Style) string {
	return Highlight(text, l.terms, st, l.styles.Match)
}

// Highlight draws text in style st with the spans matching terms drawn in
// match. text must be plain (already cleaned).
func Highlight(text string, terms []string, st, match lipgloss.Style) string {
	spans := matchSpans(text, terms)
	if len(spans) == 0 {
		return st.Render(text)
	}
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(st.Render(text[at:sp[0]]))
		b.WriteString(match.Render(text[sp[0]:sp[1]]))
		at = sp[1]
	}
	b.WriteString(st.Render(text[at:]))
	return b.String()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
