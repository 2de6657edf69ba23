package widget

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the list (see Draw) as a string.
func (l *List) View() string {
	var b Lines
	l.Draw(&b)
	return b.String()
}

// Draw draws the list into dst: the search line, the column headings with
// the selection's position ("3/38"), the rows that fit whole (titles
// wrapped with a hanging indent) and the note, each line exactly the
// list's width. Every line comes from what was drawn before unless what it
// shows changed: a frame that changes nothing allocates nothing.
func (l *List) Draw(dst *Lines) {
	if l.width <= 0 || l.height <= 0 {
		return
	}
	start := dst.Len()
	if l.searching || l.query != "" {
		dst.Line(l.searchLineCached())
	}
	if l.hasHeader() {
		dst.Line(l.headerCached())
	}
	h := l.rowsHeight()
	if len(l.visible) == 0 {
		if k := (emptyKey{l.query, l.suggest, l.empty, true}); l.cache.emptyKey != k {
			l.cache.emptyKey, l.cache.empty = k, l.styles.Note.Render(Fit(l.emptyText(), l.width))
		}
		dst.Line(l.cache.empty)
	}
	used := 0
	for i := l.offset; i < len(l.visible); i++ {
		rh := l.rowHeight(i)
		if used+rh > h && used > 0 {
			break
		}
		dst.Block(l.rowText(i))
		used += rh
	}
	dst.Fit(start, l.width, l.height-boolInt(l.noteShown()))
	if l.noteShown() {
		if c := &l.cache; !c.noteOK || c.noteFor != l.note {
			c.note, c.noteFor, c.noteOK = l.styles.Note.Render(Fit(l.note, l.width)), l.note, true
		}
		dst.Line(l.cache.note)
	}
}

// listCache holds the lines a List drew, with what each was drawn from;
// invalidate drops it all.
type listCache struct {
	// rows are the rows drawn unselected, by row index; sel is the
	// selected row as drawn for selRow and selFocused.
	rows       map[int]string
	sel        string
	selRow     int
	selFocused bool
	selOK      bool
	// head is the headings line for the position headAt/headOf.
	head           string
	headAt, headOf int
	headOK         bool
	// search is the search line as drawn for searchKey.
	search    string
	searchKey searchKey
	searchOK  bool
	// empty is the line saying why no row shows, for emptyKey; note the
	// note drawn, for noteFor.
	empty, note, noteFor string
	emptyKey             emptyKey
	noteOK               bool
}

// emptyKey is what the line saying why no row shows is drawn from.
type emptyKey struct {
	query, suggest, empty string
	valid                 bool
}

// searchKey is what the search line is drawn from.
type searchKey struct {
	searching  bool
	query, val string
	pos, count int
}

// rowText is the visible row at index i as drawn: kept until the row, the
// selection or the list's look changes.
func (l *List) rowText(i int) string {
	ri := l.visible[i]
	c := &l.cache
	if i == l.sel {
		if !c.selOK || c.selRow != ri || c.selFocused != l.focused {
			c.sel, c.selRow, c.selFocused, c.selOK = l.renderRow(ri, l.plan.Widths, true), ri, l.focused, true
		}
		return c.sel
	}
	if c.rows == nil {
		c.rows = map[int]string{}
	}
	row, ok := c.rows[ri]
	if !ok {
		row = l.renderRow(ri, l.plan.Widths, false)
		c.rows[ri] = row
	}
	return row
}

// headerCached is the headings line, drawn again when the position moves.
func (l *List) headerCached() string {
	at, of := l.Position()
	c := &l.cache
	if !c.headOK || c.headAt != at || c.headOf != of {
		c.head, c.headAt, c.headOf, c.headOK = l.styles.ColumnHeader.Render(l.headerLine(l.plan.Widths)), at, of, true
	}
	return c.head
}

// searchLineCached is the search line, drawn again when the text, the
// cursor or the number of matches changes.
func (l *List) searchLineCached() string {
	k := searchKey{searching: l.searching, query: l.query, count: l.countSelectable()}
	if l.searching {
		k.val, k.pos = l.input.Value(), l.input.Position()
	}
	c := &l.cache
	if !c.searchOK || c.searchKey != k {
		c.search, c.searchKey, c.searchOK = l.searchLine(), k, true
	}
	return c.search
}

// headerLine is the column headings, with the selection's position at the
// right when there is room.
func (l *List) headerLine(ws []int) string {
	cells := make([]string, 0, len(l.cols))
	for i, c := range l.cols {
		if i < len(ws) && ws[i] > 0 {
			cells = append(cells, Fit(c.heading(l.plan.Short), ws[i]))
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
	st := &l.styles.Ink
	r := &l.rows[ri]
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
	p := &l.pen
	p.Reset()
	for k := range titles {
		if k > 0 {
			p.Newline()
		}
		used := 0
		for i, w := range ws {
			if w <= 0 {
				continue
			}
			if used > 0 {
				p.Write(base, " ")
				used++
			}
			text := ""
			switch {
			case i == flex:
				text = titles[k]
			case k == 0:
				text = l.cell(*r, i)
			}
			ink := base
			if !selected && i < len(r.Styles) {
				ink = r.Styles[i]
			}
			text, pad := FitPlain(text, w)
			drawHighlight(p, &l.spans, text, pad, l.terms, ink, st.Match)
			used += w
		}
		if pad := l.width - used; pad > 0 {
			p.WritePadded(base, "", pad)
		}
	}
	return string(p.End())
}

// Highlight draws text in ink st with the spans matching terms drawn in
// match. text must be plain (already cleaned).
func Highlight(text string, terms []string, st, match ui.Ink) string {
	var f spanFinder
	var p ui.Pen
	drawHighlight(&p, &f, text, 0, terms, st, match)
	return string(p.End())
}

// drawHighlight draws text and pad spaces in st, the spans of text
// matching terms in match, with p, finding the spans with f.
func drawHighlight(p *ui.Pen, f *spanFinder, text string, pad int, terms []string, st, match ui.Ink) {
	at := 0
	for _, sp := range f.find(text, terms) {
		p.Write(st, text[at:sp[0]])
		p.Write(match, text[sp[0]:sp[1]])
		at = sp[1]
	}
	p.WritePadded(st, text[at:], pad)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
