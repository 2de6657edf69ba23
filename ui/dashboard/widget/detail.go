package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Line is one paragraph of a Detail: cleaned text, its style, an optional
// label drawn before it, and an optional link. Long text wraps to the
// pane's width with a hanging indent.
type Line struct {
	// Label is drawn before Text in the label style ("Venue  ").
	Label string
	// Text is the cleaned text.
	Text string
	// Style draws Text.
	Style lipgloss.Style
	// Indent is the left margin in cells.
	Indent int
	// Link, when set, makes the line selectable; enter follows it.
	Link *ui.Target
}

// Detail is a scrollable document of Lines. With links, ↑/↓ move between
// them and enter follows the selected one; without, ↑/↓ scroll.
type Detail struct {
	keys    ListKeys
	styles  *ui.Styles
	lines   []Line
	terms   []string
	width   int
	height  int
	offset  int
	link    int // index into links; -1 when none
	focused bool

	stale   bool       // the lines must be laid out again before use
	pieces  [][]string // each Line wrapped and styled, for the current width
	pieceW  [][]int    // the width of each piece, measured once
	wrapped []string   // all pieces in order: what View slices
	widths  []int      // the width of each wrapped line
	links   []int      // wrapped line index where each link starts
	linkEnd []int      // one past the last wrapped line of each link
	targets []ui.Target
}

// NewDetail returns an empty detail pane drawn with st.
func NewDetail(st *ui.Styles, k Keys) *Detail {
	return &Detail{keys: k.List, styles: st, link: -1}
}

// Restyle lays the lines out again: the styles changed.
func (d *Detail) Restyle() { d.render() }

// FollowMsg asks the dashboard to show a record: the user followed a link.
type FollowMsg struct {
	// To is the record to show.
	To ui.Target
}

// SetLines replaces the document and scrolls to its top.
func (d *Detail) SetLines(lines []Line, terms []string) {
	d.lines, d.terms = lines, terms
	d.offset, d.link = 0, -1
	for _, ln := range lines {
		if ln.Link != nil {
			d.link = 0
			break
		}
	}
	d.render()
}

// SetSize sets the content size and rewraps.
func (d *Detail) SetSize(w, h int) {
	if w == d.width && h == d.height {
		return
	}
	d.width, d.height = max(w, 0), max(h, 0)
	d.render()
}

// SetFocused says whether the detail has the keyboard.
func (d *Detail) SetFocused(f bool) { d.focused = f }

// Focused reports whether the detail has the keyboard.
func (d *Detail) Focused() bool { return d.focused }

// HasLinks reports whether the document has links.
func (d *Detail) HasLinks() bool { d.ensure(); return len(d.targets) > 0 }

// Links returns the document's links in order.
func (d *Detail) Links() []ui.Target {
	d.ensure()
	return append([]ui.Target(nil), d.targets...)
}

// SelectedLink returns the link under the cursor.
func (d *Detail) SelectedLink() (ui.Target, bool) {
	d.ensure()
	if d.link < 0 || d.link >= len(d.targets) {
		return ui.Target{}, false
	}
	return d.targets[d.link], true
}

// DetailPos is where a reader stands in a detail: the scroll and the
// link under the cursor.
type DetailPos struct{ offset, link int }

// Pos returns the scroll position and the link under the cursor.
func (d *Detail) Pos() DetailPos { return DetailPos{d.offset, d.link} }

// SetPos puts the reader back where Pos found them, as far as the document
// still allows.
func (d *Detail) SetPos(p DetailPos) {
	d.ensure()
	d.offset = min(max(p.offset, 0), d.maxOffset())
	if p.link >= 0 && p.link < len(d.targets) {
		d.link = p.link
	}
}

// Offset is the first wrapped line drawn.
func (d *Detail) Offset() int { return d.offset }

// UpdateLines replaces the document with a new version of the same record
// (e.g. its time left after a tick): the scroll position and link cursor
// stay, and only lines whose text changed are wrapped again.
func (d *Detail) UpdateLines(lines []Line) {
	if d.stale {
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

// sameLine reports whether two lines wrap to the same pieces.
func sameLine(a, b Line) bool {
	if (a.Link == nil) != (b.Link == nil) || a.Link != nil && *a.Link != *b.Link {
		return false
	}
	return a.Label == b.Label && a.Text == b.Text && a.Indent == b.Indent
}

// render drops the laid-out lines; they are wrapped again, once, when
// next needed (a hidden tab's detail is never wrapped).
func (d *Detail) render() {
	d.pieces = make([][]string, len(d.lines))
	d.pieceW = make([][]int, len(d.lines))
	d.stale = true
}

// ensure lays the lines out if they are stale.
func (d *Detail) ensure() {
	if d.stale {
		d.stale = false
		d.assemble()
		d.offset = min(d.offset, d.maxOffset())
	}
}

// assemble wraps the lines that have no pieces yet and lays all pieces out
// with the link positions.
func (d *Detail) assemble() {
	d.wrapped, d.links, d.linkEnd, d.targets = d.wrapped[:0], d.links[:0], d.linkEnd[:0], d.targets[:0]
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
		}
	}
	if d.link >= len(d.targets) {
		d.link = len(d.targets) - 1
	}
}

// wrapLine wraps one Line's plain text, then styles each piece, so widths
// are measured on plain text only. A short label hangs: its text wraps in
// the column after it; a long label takes a line of its own.
func (d *Detail) wrapLine(ln Line) []string {
	indent := min(ln.Indent, d.width/2)
	room := max(d.width-indent, 1)
	pad := strings.Repeat(" ", indent)
	if ln.Text == "" && ln.Label == "" {
		return []string{""}
	}
	if ln.Label == "" {
		return d.wrapBody(ln.Text, room, pad, ln.Style)
	}
	labelW := lipgloss.Width(ln.Label)
	if labelW+1 > room/3 {
		out := []string{pad + d.styles.Label.Render(ansi.Truncate(ln.Label, room, "…"))}
		return append(out, d.wrapBody(ln.Text, max(room-2, 1), pad+"  ", ln.Style)...)
	}
	hang := strings.Repeat(" ", labelW+1)
	body := d.wrapBody(ln.Text, room-labelW-1, "", ln.Style)
	out := make([]string, len(body))
	for i, b := range body {
		if i == 0 {
			out[i] = pad + d.styles.Label.Render(ln.Label) + " " + b
			continue
		}
		out[i] = pad + hang + b
	}
	return out
}

// wrapBody wraps plain text to room cells and styles each piece.
func (d *Detail) wrapBody(text string, room int, pad string, st lipgloss.Style) []string {
	pieces := strings.Split(ansi.Wrap(text, room, " "), "\n")
	out := make([]string, len(pieces))
	for i, p := range pieces {
		out[i] = pad + Highlight(ansi.Truncate(p, room, "…"), d.terms, st, d.styles.Match)
	}
	return out
}

// Update handles keys and the wheel. It returns a command when a link is
// followed, and reports whether the message was used.
func (d *Detail) Update(msg tea.Msg) (tea.Cmd, bool) {
	d.ensure()
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return d.updateKeys(msg)
	case tea.MouseWheelMsg:
		if msg.Mouse().Button == tea.MouseWheelUp {
			d.scroll(-3)
		} else {
			d.scroll(3)
		}
		return nil, true
	}
	return nil, false
}

func (d *Detail) updateKeys(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, d.keys.Up):
		d.moveLink(-1)
	case key.Matches(msg, d.keys.Down):
		d.moveLink(1)
	case key.Matches(msg, d.keys.PageUp):
		d.scroll(-max(d.height-1, 1))
	case key.Matches(msg, d.keys.PageDown):
		d.scroll(max(d.height-1, 1))
	case key.Matches(msg, d.keys.Top):
		d.offset, d.link = 0, min(0, len(d.targets)-1)
	case key.Matches(msg, d.keys.Bottom):
		d.offset = d.maxOffset()
		d.link = len(d.targets) - 1
	case key.Matches(msg, d.keys.Open):
		if t, ok := d.SelectedLink(); ok {
			return func() tea.Msg { return FollowMsg{To: t} }, true
		}
	default:
		return nil, false
	}
	return nil, true
}

// moveLink moves the link cursor, scrolling to keep it in view; with no
// links (or at the ends) it scrolls a line.
func (d *Detail) moveLink(n int) {
	next := d.link + n
	if len(d.targets) == 0 || next < 0 || next >= len(d.targets) {
		d.scroll(n)
		return
	}
	d.link = next
	top, end := d.links[next], d.linkEnd[next]
	if top < d.offset {
		d.offset = top
	}
	if end > d.offset+d.height {
		d.offset = min(end-d.height, top)
	}
}

func (d *Detail) scroll(n int) {
	d.offset = min(max(d.offset+n, 0), d.maxOffset())
}

func (d *Detail) maxOffset() int { return max(len(d.wrapped)-d.height, 0) }

// View draws the visible part of the document, each line padded to the
// width, with a scroll hint on the last line when more follows.
func (d *Detail) View() string {
	d.ensure()
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	lines := make([]string, 0, d.height)
	sel := -1
	if d.focused && d.link >= 0 && d.link < len(d.links) {
		sel = d.link
	}
	for i := d.offset; i < len(d.wrapped) && len(lines) < d.height; i++ {
		ln, w := d.wrapped[i], d.widths[i]
		if sel >= 0 && i >= d.links[sel] && i < d.linkEnd[sel] {
			ln = d.styles.LinkSelected.Render(ansi.Strip(ln))
		}
		if w > d.width {
			ln, w = ansi.Truncate(ln, d.width, "…"), d.width
		}
		lines = append(lines, ln+strings.Repeat(" ", d.width-w))
	}
	if more := len(d.wrapped) - d.offset - d.height; more > 0 && len(lines) > 0 {
		lines[len(lines)-1] = d.styles.Note.Render(Fit("↓ "+ui.Plural(more, "more line"), d.width))
	}
	for len(lines) < d.height {
		lines = append(lines, strings.Repeat(" ", d.width))
	}
	return strings.Join(lines, "\n")
}

// Lines returns every wrapped line of the document (styled), for tests and
// for reading what the detail holds beyond its height.
func (d *Detail) Lines() []string {
	d.ensure()
	return d.wrapped
}
