package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/ui"
)

// Pane is what a Browser shows beside its detail instead of its List: another
// view of the same records (the Roster's attendance matrix). Its selected id
// is what the detail shows.
type Pane interface {
	// SetSize sets the pane's content size in cells.
	SetSize(w, h int)
	// SetFocused says whether the pane has the keyboard.
	SetFocused(f bool)
	// View draws the pane, exactly its size.
	View() string
	// SelectedID is the id whose detail the browser shows ("" for none).
	SelectedID() string
	// HandleKey moves the selection; it reports whether the key was used.
	HandleKey(msg tea.KeyPressMsg) bool
}

// Browser is a list beside (wide) or above (narrow) the detail of its
// selection. It owns which of the two has the keyboard and which record the
// detail shows; the tabs give it rows (List), details (DetailFor) and,
// optionally, another pane in the list's place (SetPane). enter moves the
// keyboard into the detail (in a narrow terminal the detail then takes the
// whole body); esc comes back.
type Browser struct {
	styles *ui.Styles
	keys   Keys
	// List is the browser's list of records.
	List *List
	// Detail shows the selected record.
	Detail *Detail
	// DetailFor builds the detail of the record with the id.
	DetailFor func(id string) []Line

	pane          Pane // shown instead of List when not nil
	width, height int
	open          bool   // the detail has the keyboard
	shownID       string // the record whose detail is loaded
	shownTerms    string // the search the detail was highlighted for
	laidRows      int    // the number of rows the panes were laid out for
	// leftAt is where the detail stood when a link in it was followed, so
	// that coming back shows it exactly so.
	leftAt leftAt

	// What Draw draws into, kept between frames: the panes' frames and
	// contents, and the two boxes of a wide layout.
	listBox, detailBox   Box
	content, left, right Lines
}

// leftAt is a detail's record and position when a link was followed.
type leftAt struct {
	id  string
	pos DetailPos
}

// NewBrowser returns a browser drawn with st, answering the bindings in k.
func NewBrowser(st *ui.Styles, k Keys, cols ...Column) *Browser {
	return &Browser{styles: st, keys: k, List: NewList(st, k, cols...), Detail: NewDetail(st, k)}
}

// SetSize lays the panes out in a w×h body.
func (b *Browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.layout()
}

// Size returns the body size.
func (b *Browser) Size() (w, h int) { return b.width, b.height }

// frame returns the panes' border and padding size.
func (b *Browser) frame() Frame {
	fw, fh := b.styles.Pane.GetFrameSize()
	return Frame{fw, fh}
}

// MaxTitleLines is the most lines a list's title wraps to beside the
// detail; stacked above it, titles take one line so that more rows show.
const MaxTitleLines = 3

// want is the room the list (or the pane in its place) asks for: the width
// of its columns and titles, the height of its rows.
func (b *Browser) want() Want {
	f := b.frame()
	w := b.List.Want(b.width)
	if p, ok := b.pane.(interface{ WantWidth() int }); ok && b.pane != nil {
		w = p.WantWidth()
	}
	return Want{W: w + f.W, H: b.List.WantLines() + f.H}
}

// panes returns the outer rectangles of the list and the detail. Stacked,
// a pane that needs more lines than the list's least (MinLines: the
// matrix's header and a row) takes them from the detail, down to one line.
func (b *Browser) panes() (list, detail Rect, wide bool) {
	list, detail, wide = SplitBody(b.width, b.height, b.want())
	if b.open && !wide {
		detail = Rect{0, 0, b.width, b.height}
		list = Rect{}
	}
	if p, ok := b.pane.(interface{ MinLines() int }); ok && b.pane != nil && !wide && !b.open {
		f := b.frame()
		if give := min(p.MinLines()+f.H-list.H, detail.H-f.H-1); give > 0 {
			list.H += give
			detail.Y += give
			detail.H -= give
		}
	}
	return list, detail, wide
}

// layout passes sizes and focus to the panes.
func (b *Browser) layout() {
	b.laidRows = b.List.Len()
	b.List.SetBodyWidth(b.width)
	list, detail, wide := b.panes()
	if wide {
		b.List.SetMaxLines(MaxTitleLines)
	} else {
		b.List.SetMaxLines(1)
	}
	f := b.frame()
	b.List.SetSize(list.Inner(f))
	b.Detail.SetSize(detail.Inner(f))
	b.List.SetFocused(!b.open)
	b.Detail.SetFocused(b.open)
	if b.pane != nil {
		b.pane.SetSize(list.Inner(f))
		b.pane.SetFocused(!b.open)
	}
}

// SetPane shows p in the list's place (nil: the list again), closes the
// detail and shows the detail of p's selection.
func (b *Browser) SetPane(p Pane) {
	b.pane = p
	b.open = false
	b.layout()
	b.Refresh(true)
}

// Pane returns the pane shown instead of the list, or nil.
func (b *Browser) Pane() Pane { return b.pane }

// SelectedID is the id of the record whose detail is shown.
func (b *Browser) SelectedID() string {
	if b.pane != nil {
		return b.pane.SelectedID()
	}
	return b.List.SelectedID()
}

// Refresh reloads the detail when the selection or the search changed, or
// always when force is set (new data, a clock that crossed a record). A
// forced refresh of the same record keeps the scroll position.
func (b *Browser) Refresh(force bool) {
	if n := b.List.Len(); n != b.laidRows {
		b.layout() // new rows: the list may want another height
	}
	id := b.SelectedID()
	terms := strings.Join(b.List.Terms(), " ")
	if b.pane != nil {
		terms = ""
	}
	switch {
	case id == "" || b.DetailFor == nil:
		b.shownID, b.shownTerms = id, terms
		b.Detail.SetLines(nil, nil)
	case id != b.shownID || terms != b.shownTerms:
		b.shownID, b.shownTerms = id, terms
		b.Detail.SetLines(b.DetailFor(id), b.List.Terms())
	case force:
		b.Detail.UpdateLines(b.DetailFor(id))
	}
}

// Restyle redraws the panes: the styles changed.
func (b *Browser) Restyle() {
	b.List.Restyle()
	b.Detail.Restyle()
	b.layout()
}

// ShowID clears the search and any other pane, selects the row with the id
// and opens its detail; false if there is no such row.
func (b *Browser) ShowID(id string) bool {
	b.pane = nil
	b.List.ClearSearch()
	if !b.List.SelectID(id) {
		b.layout()
		return false
	}
	b.Refresh(false)
	if b.leftAt.id == id {
		b.Detail.SetPos(b.leftAt.pos)
	}
	b.Open()
	return true
}

// Capturing reports whether typed text goes to the search line.
func (b *Browser) Capturing() bool { return b.pane == nil && b.List.Searching() }

// IsOpen reports whether the detail has the keyboard.
func (b *Browser) IsOpen() bool { return b.open }

// Open gives the detail the keyboard.
func (b *Browser) Open() {
	if b.SelectedID() == "" {
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
	case b.pane == nil && (b.List.Query() != "" || b.List.Searching()):
		b.List.ClearSearch()
		b.layout()
		b.Refresh(false)
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
		if b.pane != nil {
			return nil, false
		}
		used := b.List.Update(msg)
		b.layout()
		b.Refresh(false)
		return nil, used
	}
	return nil, false
}

func (b *Browser) updateKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if b.Capturing() {
		used := b.List.Update(msg)
		b.layout() // the rows left, or the search line gone, change the split
		b.Refresh(false)
		return nil, used
	}
	b.Detail.ClearFlash()
	switch {
	case key.Matches(msg, b.keys.List.Back):
		return nil, b.Back()
	case !b.open && key.Matches(msg, b.keys.List.Copy):
		cmd := b.Detail.CopyURL()
		return cmd, cmd != nil
	case b.open:
		pos := b.Detail.Pos()
		cmd, used := b.Detail.Update(msg)
		if cmd != nil && key.Matches(msg, b.keys.List.Open) {
			b.leftAt = leftAt{id: b.shownID, pos: pos}
		}
		return cmd, used
	case key.Matches(msg, b.keys.List.Open):
		b.Open()
		return nil, true
	case b.pane != nil:
		used := b.pane.HandleKey(msg)
		b.Refresh(false)
		return nil, used
	}
	used := b.List.Update(msg)
	if key.Matches(msg, b.keys.List.Search) {
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
	top := b.frame().H / 2 // the top border and padding
	switch {
	case list.Contains(m.X, m.Y) && b.pane == nil:
		if b.List.ClickRow(m.Y - list.Y - top) {
			b.open = false
			b.layout()
			b.Refresh(false)
			return true
		}
	case detail.Contains(m.X, m.Y) && b.SelectedID() != "":
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
	if b.pane != nil {
		return nil, false
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
