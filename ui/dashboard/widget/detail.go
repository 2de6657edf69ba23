package widget

import (
	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Line is one paragraph of a Detail: cleaned text, its style, an optional
// label drawn before it, and an optional link. Long text wraps to the
// pane's width with a hanging indent.
type Line struct {
	// Label is drawn before Text in the label style ("Venue"). The labels
	// of a pane share one column; a label too long for it takes a line of
	// its own, with the text under it.
	Label string
	// Text is the cleaned text.
	Text string
	// Style draws Text.
	Style ui.Ink
	// Indent is the left margin in cells.
	Indent int
	// Hang indents the lines after the first by this many cells more, so
	// that a wrapped text starts under its first word after a date (a text
	// that starts with a mark such as "• " hangs by itself).
	Hang int
	// Link, when set, makes the line selectable; enter follows it.
	Link *ui.Target
	// URL, when set, is the address the copy key copies for this line: the
	// record's own URL (a field) or, on a link, the linked record's.
	URL string
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
	flash   string // a one-off note shown until the next key ("sent to the clipboard …")

	stale   bool       // the lines must be laid out again before use
	labelW  int        // the width of the pane's label column
	pieces  [][]string // each Line wrapped and styled, for the current width
	pieceW  [][]int    // the width of each piece, measured once
	wrapped []string   // all pieces in order: what View slices
	widths  []int      // the width of each wrapped line
	links   []int      // wrapped line index where each link starts
	linkEnd []int      // one past the last wrapped line of each link
	targets []ui.Target
	urls    []string // the URL of each link ("" for none)

	cache detailCache // what Draw drew beyond the laid-out lines
	pen   ui.Pen      // what lines are drawn with
	spans spanFinder
}

// NewDetail returns an empty detail pane drawn with st.
func NewDetail(st *ui.Styles, k Keys) *Detail {
	return &Detail{keys: k.List, styles: st, link: -1, cache: detailCache{link: -1}}
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

// Size returns the content size.
func (d *Detail) Size() (w, h int) { return d.width, d.height }

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

// URL is what the copy key copies: with the keyboard, the URL of the link
// under the cursor if it has one; else the record's own URL (a line with a
// URL and no link); "" when there is none.
func (d *Detail) URL() string {
	d.ensure()
	if d.focused && d.link >= 0 && d.link < len(d.urls) && d.urls[d.link] != "" {
		return d.urls[d.link]
	}
	for _, ln := range d.lines {
		if ln.URL != "" && ln.Link == nil {
			return ln.URL
		}
	}
	return ""
}

// CopyURL sends URL to the terminal's clipboard (OSC 52) and says so in
// the pane until the next key; nil when there is nothing to copy. Nothing
// tells a program whether the terminal took it (tmux drops it unless
// set-clipboard is on), so the note says it was sent, not copied.
func (d *Detail) CopyURL() tea.Cmd {
	u := d.URL()
	if u == "" {
		return nil
	}
	d.flash = CopyNote + u
	return tea.SetClipboard(u)
}

// CopyNote begins the note the copy key leaves in a detail, before the URL.
const CopyNote = "sent to the clipboard (OSC 52): "

// ClearFlash removes the one-off note.
func (d *Detail) ClearFlash() { d.flash = "" }

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

// Update handles keys and the wheel. It returns a command when a link is
// followed or a URL copied, and reports whether the message was used.
func (d *Detail) Update(msg tea.Msg) (tea.Cmd, bool) {
	d.ensure()
	d.flash = ""
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
		d.scroll(-max(d.rows()-1, 1))
	case key.Matches(msg, d.keys.PageDown):
		d.scroll(max(d.rows()-1, 1))
	case key.Matches(msg, d.keys.Top):
		d.offset, d.link = 0, min(0, len(d.targets)-1)
	case key.Matches(msg, d.keys.Bottom):
		d.offset = d.maxOffset()
		d.link = len(d.targets) - 1
	case key.Matches(msg, d.keys.Copy):
		return d.CopyURL(), true
	case key.Matches(msg, d.keys.Open):
		if t, ok := d.SelectedLink(); ok {
			return func() tea.Msg { return FollowMsg{To: t} }, true
		}
	default:
		return nil, false
	}
	return nil, true
}

// Lines returns every wrapped line of the document (styled), for tests and
// for reading what the detail holds beyond its height.
func (d *Detail) Lines() []string {
	d.ensure()
	return d.wrapped
}
