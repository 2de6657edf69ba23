package widget

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truce-dev/truce/ui"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// How a Detail lays its lines out: wrapping with hanging indents, one label
// column per pane, URLs cut rather than broken.

// maxLabelColumn is the widest label column a pane gives its labels; a
// longer label takes a line of its own.
const maxLabelColumn = 12

// UpdateLines replaces the document with a new version of the same record
// (e.g. its time left after a tick): the scroll position and link cursor
// stay, and only lines whose text changed are wrapped again.
func (d *Detail) UpdateLines(lines []Line) {
	if d.stale || d.labelColumn(lines) != d.labelW {
		d.lines = lines
		d.render()
		return
	}
	old, oldPieces, oldW := d.lines, d.pieces, d.pieceW
	d.lines = lines
	d.pieces = make([][]string, len(lines))
	d.pieceW = make([][]int, len(lines))
	for i, ln := range lines {
		if i < len(old) && i < len(oldPieces) && sameLine(old[i], ln) {
			d.pieces[i], d.pieceW[i] = oldPieces[i], oldW[i]
		}
	}
	d.assemble()
	d.offset = min(d.offset, d.maxOffset())
}

// SetText changes the text of line i of the document (a status the clock
// moves): only that line is wrapped again; the scroll position and the
// link cursor stay. The document's lines are changed in place.
func (d *Detail) SetText(i int, text string) {
	if i < 0 || i >= len(d.lines) || d.lines[i].Text == text {
		return
	}
	d.lines[i].Text = text
	if d.stale {
		return // laid out when next needed
	}
	d.pieces[i], d.pieceW[i] = nil, nil
	d.assemble()
	d.offset = min(d.offset, d.maxOffset())
}

// sameLine reports whether two lines wrap to the same pieces.
func sameLine(a, b Line) bool {
	if (a.Link == nil) != (b.Link == nil) || a.Link != nil && *a.Link != *b.Link {
		return false
	}
	return a.Label == b.Label && a.Text == b.Text && a.Indent == b.Indent && a.Hang == b.Hang && a.URL == b.URL
}

// render drops the laid-out lines; they are wrapped again, once, when
// next needed (a hidden tab's detail is never wrapped).
func (d *Detail) render() {
	d.pieces = make([][]string, len(d.lines))
	d.pieceW = make([][]int, len(d.lines))
	d.stale = true
	d.cache.up, d.cache.down = hintLine{}, hintLine{}
}

// ensure lays the lines out if they are stale.
func (d *Detail) ensure() {
	if d.stale {
		d.stale = false
		d.labelW = d.labelColumn(d.lines)
		d.assemble()
		d.offset = min(d.offset, d.maxOffset())
	}
}

// labelColumn is the width of the pane's label column: the widest label
// that fits it (at most maxLabelColumn cells, and a third of the width).
func (d *Detail) labelColumn(lines []Line) int {
	limit := min(maxLabelColumn, d.width/3-1)
	w := 0
	for _, ln := range lines {
		if lw := lipgloss.Width(strings.TrimRight(ln.Label, " ")); lw <= limit {
			w = max(w, lw)
		}
	}
	return w
}

// assemble wraps the lines that have no pieces yet and lays all pieces out
// with the link positions.
func (d *Detail) assemble() {
	d.cache.link, d.cache.sel = -1, d.cache.sel[:0]
	clear(d.cache.cut)
	d.wrapped, d.links, d.linkEnd, d.targets, d.urls = d.wrapped[:0], d.links[:0], d.linkEnd[:0], d.targets[:0], d.urls[:0]
	d.widths = d.widths[:0]
	if d.width <= 0 {
		return
	}
	for i, ln := range d.lines {
		if d.pieces[i] == nil {
			d.pieces[i] = d.wrapLine(ln)
			d.pieceW[i] = make([]int, len(d.pieces[i]))
			for j, p := range d.pieces[i] {
				d.pieceW[i][j] = lipgloss.Width(p)
			}
		}
		start := len(d.wrapped)
		d.wrapped = append(d.wrapped, d.pieces[i]...)
		d.widths = append(d.widths, d.pieceW[i]...)
		if ln.Link != nil {
			d.links = append(d.links, start)
			d.linkEnd = append(d.linkEnd, len(d.wrapped))
			d.targets = append(d.targets, *ln.Link)
			d.urls = append(d.urls, ln.URL)
		}
	}
	if d.link >= len(d.targets) {
		d.link = len(d.targets) - 1
	}
}

// wrapLine wraps one Line's plain text, then draws each piece, so widths
// are measured on plain text only. A label sits in the pane's label column
// and its text wraps in the column after it; a label too long for the
// column takes a line of its own. A text that starts with a mark ("• ",
// "⚑ ") hangs: its next lines start under the text after the mark.
func (d *Detail) wrapLine(ln Line) []string {
	indent := min(ln.Indent, d.width/2)
	room := max(d.width-indent, 1)
	pad := Spaces(indent)
	label := strings.TrimRight(ln.Label, " ")
	if ln.Text == "" && label == "" {
		return []string{""}
	}
	if label == "" {
		return d.wrapBody(nil, ln.Text, room, pad, pad, ln.Style, ln.Hang)
	}
	ink := &d.styles.Ink
	labelW := lipgloss.Width(label)
	if labelW > d.labelW || d.labelW+1 >= room {
		out := []string{pad + ink.Label.Render(ansi.Truncate(label, room, "…"))}
		return d.wrapBody(out, ln.Text, max(room-2, 1), pad+"  ", pad+"  ", ln.Style, ln.Hang)
	}
	col := d.labelW + 1
	first := pad + ink.Label.Render(label) + Spaces(col-labelW)
	return d.wrapBody(nil, ln.Text, room-col, first, pad+Spaces(col), ln.Style, ln.Hang)
}

// wrapBody wraps plain text to room cells and appends each piece, drawn in
// st after first (the first line's lead, drawn) or rest (the others'), to
// out. The lines after the first hang by hang cells, or under the text
// after a leading mark.
func (d *Detail) wrapBody(out []string, text string, room int, first, rest string, st ui.Ink, hang int) []string {
	head := ""
	if mark, w := leadingMark(text); w > 0 {
		head, hang, text = mark, w, text[len(mark):]
	}
	if hang <= 0 || hang >= room/2 {
		return d.drawPieces(out, ui.Wrap(head+text, room, ui.CutLinks), first, rest, st)
	}
	hung := rest + Spaces(hang)
	if head == "" {
		// The first line has the whole room, the others room-hang: wrap
		// the first line alone, then the rest.
		lines := ui.Wrap(text, room, ui.CutLinks)
		words, firstWords := strings.Fields(text), strings.Fields(lines[0])
		n := len(firstWords)
		if len(lines) == 1 || firstWords[n-1] != words[n-1] {
			return d.drawPieces(out, lines, first, rest, st) // one line, or a word cut: no hang
		}
		out = d.drawPieces(out, lines[:1], first, rest, st)
		return d.drawPieces(out, ui.Wrap(strings.Join(words[n:], " "), room-hang, ui.CutLinks), hung, hung, st)
	}
	return d.drawPieces(out, ui.Wrap(text, room-hang, ui.CutLinks), first+st.Render(head), hung, st)
}

// drawPieces appends wrapped pieces, each drawn in st with the search
// highlighted, to out: the first after first, the others after rest.
func (d *Detail) drawPieces(out, pieces []string, first, rest string, st ui.Ink) []string {
	for i, piece := range pieces {
		lead := rest
		if i == 0 {
			lead = first
		}
		d.pen.Reset()
		d.pen.Raw(lead)
		drawHighlight(&d.pen, &d.spans, piece, 0, d.terms, st, d.styles.Ink.Match)
		out = append(out, string(d.pen.End()))
	}
	return out
}

// leadingMark returns a leading mark with its space ("• ") and its width,
// or "" and 0 when the text does not start with one: a single symbol, not a
// letter or a digit, followed by a space.
func leadingMark(text string) (string, int) {
	r, size := utf8.DecodeRuneInString(text)
	if size == 0 || unicode.IsLetter(r) || unicode.IsDigit(r) || !strings.HasPrefix(text[size:], " ") {
		return "", 0
	}
	return text[:size+1], lipgloss.Width(string(r)) + 1
}
