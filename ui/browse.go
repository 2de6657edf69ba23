package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Browser is a list beside (wide) or above (narrow) the detail of its
// selection. Timeline, Roster, Issues and Sources are Browsers with their own
// rows and details. enter moves the keyboard into the detail (in a narrow
// terminal the detail then takes the whole body); esc comes back.
type Browser struct {
	sh     *Shared
	keys   ListKeys
	List   *List
	Detail *Detail
	// DetailFor builds the detail of the row with the id.
	DetailFor func(id string) []Line
	// Title names the view.
	Title string
	// ListShare is the list's share of a wide body's width, in percent.
	ListShare int

	width, height int
	open          bool   // the detail has the keyboard
	shownID       string // the row whose detail is loaded
}

// NewBrowser returns a browser over shared state.
func NewBrowser(sh *Shared, title string, cols ...Column) *Browser {
	return &Browser{sh: sh, keys: NewListKeys(), List: NewList(sh.Styles, cols...), Detail: NewDetail(sh.Styles), Title: title, ListShare: 45}
}

// SetSize lays the panes out in a w×h body.
func (b *Browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.layout()
}

// frame returns the panes' border and padding size.
func (b *Browser) frame() Frame {
	fw, fh := b.sh.Styles.Pane.GetFrameSize()
	return Frame{fw, fh}
}

func (b *Browser) panes() (list, detail Rect, wide bool) {
	list, detail, wide = SplitBody(b.width, b.height, b.ListShare)
	if b.open && !wide {
		detail = Rect{0, 0, b.width, b.height}
		list = Rect{}
	}
	return list, detail, wide
}

func (b *Browser) layout() {
	list, detail, _ := b.panes()
	f := b.frame()
	b.List.SetSize(list.Inner(f))
	b.Detail.SetSize(detail.Inner(f))
	b.List.SetFocused(!b.open)
	b.Detail.SetFocused(b.open)
}

// Refresh reloads the detail when the selection changed, or always when
// force is set (new data, new clock, new styles).
func (b *Browser) Refresh(force bool) {
	id := b.List.SelectedID()
	if !force && id == b.shownID {
		return
	}
	if id != "" && id == b.shownID && b.DetailFor != nil {
		b.Detail.UpdateLines(b.DetailFor(id))
		return
	}
	b.shownID = id
	if id == "" || b.DetailFor == nil {
		b.Detail.SetLines(nil, nil)
		return
	}
	b.Detail.SetLines(b.DetailFor(id), b.List.Terms())
}

// SetStyles passes new styles to the panes.
func (b *Browser) SetStyles(st *Styles) {
	b.List.SetStyles(st)
	b.Detail.SetStyles(st)
	b.layout()
}

// UsesArrows is false for a plain browser: ←/→ switch tabs.
func (b *Browser) UsesArrows() bool { return false }

// ShowsSeconds is false for a plain browser: nothing ticks.
func (b *Browser) ShowsSeconds() bool { return false }

// ShowID clears the search, selects the row with the id and opens its
// detail; false if there is no such row.
func (b *Browser) ShowID(id string) bool {
	b.List.ClearSearch()
	if !b.List.SelectID(id) {
		return false
	}
	b.Refresh(true)
	b.Open()
	return true
}

// reload handles the messages every browser answers the same way: new
// data, and new styles; rebuild remakes the rows. It reports whether msg
// was one of them.
func (b *Browser) reload(msg tea.Msg, rebuild func()) bool {
	switch msg.(type) {
	case DataMsg:
		rebuild()
	case StylesMsg:
		b.SetStyles(b.sh.Styles)
		rebuild()
	default:
		return false
	}
	return true
}

// Capturing reports whether typed text goes to the search line.
func (b *Browser) Capturing() bool { return b.List.Searching() }

// IsOpen reports whether the detail has the keyboard.
func (b *Browser) IsOpen() bool { return b.open }

// Open gives the detail the keyboard.
func (b *Browser) Open() {
	if b.List.SelectedID() == "" {
		return
	}
	b.open = true
	b.layout()
}

// Back closes the detail, or clears the search; false when there was
// nothing to close.
func (b *Browser) Back() bool {
	switch {
	case b.open:
		b.open = false
		b.layout()
	case b.List.Query() != "" || b.List.Searching():
		b.List.ClearSearch()
		b.shownID = staleID
		b.Refresh(true)
	default:
		return false
	}
	return true
}

// Update handles a message for the browser and reports whether it was used.
func (b *Browser) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return b.updateKey(msg)
	case tea.MouseClickMsg:
		return nil, b.click(msg.Mouse())
	case tea.MouseWheelMsg:
		return b.wheel(msg)
	case tea.PasteMsg:
		used := b.List.Update(msg)
		b.Refresh(used)
		return nil, used
	}
	return nil, false
}

func (b *Browser) updateKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if b.List.Searching() {
		q := b.List.Query()
		used := b.List.Update(msg)
		if q != b.List.Query() {
			b.shownID = staleID // new terms: highlight them afresh
		}
		b.Refresh(false)
		return nil, used
	}
	if key.Matches(msg, b.keys.Back) {
		return nil, b.Back()
	}
	if b.open {
		return b.Detail.Update(msg)
	}
	if key.Matches(msg, b.keys.Open) {
		b.Open()
		return nil, true
	}
	used := b.List.Update(msg)
	if key.Matches(msg, b.keys.Search) {
		b.layout()
	}
	b.Refresh(false)
	return nil, used
}

// click handles a left click at body coordinates.
func (b *Browser) click(m tea.Mouse) bool {
	if m.Button != tea.MouseLeft {
		return false
	}
	list, detail, _ := b.panes()
	f := b.frame()
	top := f.H / 2 // the top border and padding
	switch {
	case list.Contains(m.X, m.Y):
		if b.List.ClickRow(m.Y - list.Y - top) {
			b.open = false
			b.layout()
			b.Refresh(false)
			return true
		}
	case detail.Contains(m.X, m.Y) && b.List.SelectedID() != "":
		b.open = true
		b.layout()
		return true
	}
	return false
}

func (b *Browser) wheel(msg tea.MouseWheelMsg) (tea.Cmd, bool) {
	m := msg.Mouse()
	_, detail, _ := b.panes()
	if b.open || detail.Contains(m.X, m.Y) {
		return b.Detail.Update(msg)
	}
	switch m.Button {
	case tea.MouseWheelUp:
		b.List.Scroll(-1)
	case tea.MouseWheelDown:
		b.List.Scroll(1)
	default:
		return nil, false
	}
	b.Refresh(false)
	return nil, true
}

// View draws the panes.
func (b *Browser) View() string { return b.viewWith(b.List.View()) }

// viewWith draws the panes with the given content in the list pane.
func (b *Browser) viewWith(listContent string) string {
	list, detail, wide := b.panes()
	st := b.sh.Styles
	paneStyle := func(focused bool, r Rect) paneBox { return paneBox{st, r.W, r.H, focused} }
	f := b.frame()
	if detail.H <= f.H { // no room for the detail's content: list only
		detail = Rect{}
	}
	if list.W == 0 || list.H <= f.H {
		if detail.H == 0 {
			return ""
		}
		return paneStyle(b.open, Rect{0, 0, b.width, b.height}).Render(b.Detail.View())
	}
	listView := paneStyle(!b.open, list).Render(listContent)
	if detail.H == 0 {
		return listView
	}
	detailView := paneStyle(b.open, detail).Render(b.Detail.View())
	if wide {
		return joinBoxes(listView, detailView)
	}
	return listView + "\n" + detailView
}

// ShortHelp lists the keys that work right now.
func (b *Browser) ShortHelp() []key.Binding {
	k := b.keys
	switch {
	case b.List.Searching():
		s := NewSearchKeys()
		return []key.Binding{s.Accept, s.Cancel, s.Up, s.Down}
	case b.open:
		open := k.Open
		open.SetHelp("enter", "follow link")
		open.SetEnabled(b.Detail.HasLinks())
		return []key.Binding{k.Up, k.Down, open, k.PageDown, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search}
}

// FullHelp lists every key of the view, grouped.
func (b *Browser) FullHelp() [][]key.Binding {
	k := b.keys
	if b.List.Searching() {
		return [][]key.Binding{b.ShortHelp()}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Back, k.Search},
	}
}

// staleID is never a row's ID: setting shownID to it forces the next
// Refresh to rebuild the detail from scratch.
const staleID = "\x00stale"

// paneBox draws one pane's frame around its content.
type paneBox struct {
	st      *Styles
	w, h    int
	focused bool
}

// Render frames the content.
func (p paneBox) Render(content string) string { return p.st.Box(content, p.w, p.h, p.focused) }

// joinBoxes puts two boxes of the same height side by side. Box output has
// exactly its height in lines and its width in every line, so the lines are
// simply concatenated, without measuring them again as JoinHorizontal does.
func joinBoxes(left, right string) string {
	var b strings.Builder
	b.Grow(len(left) + len(right))
	for left != "" || right != "" {
		var l, r string
		l, left, _ = strings.Cut(left, "\n")
		r, right, _ = strings.Cut(right, "\n")
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		b.WriteString(r)
	}
	return b.String()
}
