package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// Column is one column of a List.
type Column struct {
	// Title is the header text; an all-empty header row is not drawn.
	Title string
	// Width is the column's width in cells. 0 makes it the title column:
	// it takes what the others leave and its text wraps.
	Width int
	// Fit makes the column as wide as its widest cell or its heading, at
	// most Width.
	Fit bool
	// Short is a narrower width the column takes when the title would
	// otherwise have less room than it wants; its cells then show the
	// rows' short forms (Row.Short), or are cut.
	Short int
	// Optional columns are dropped when the title would otherwise have
	// less than TitleMin.
	Optional bool
	// ShortTitle, when set, is the heading in short form (a Fit column in
	// short form is as wide as its widest short cell or this heading).
	ShortTitle string
}

// heading is the column's heading, in short form or not.
func (c Column) heading(short bool) string {
	if short && c.ShortTitle != "" {
		return c.ShortTitle
	}
	return c.Title
}

// Row is one line of a List. Cells hold cleaned plain text; the list pads,
// truncates, styles and highlights them.
type Row struct {
	// ID names the record the row shows.
	ID string
	// Cells are the column texts, already passed through Clean.
	Cells []string
	// Short are the cells' short forms, used when their column is narrow
	// ("" keeps the cell, cut to the width).
	Short []string
	// Styles optionally draw each cell (nil for the Row ink; a zero Ink
	// draws the cell plain).
	Styles []ui.Ink
	// Header marks a group heading: drawn across the row, never selected.
	Header bool
	// Names are the names the row goes by (its name, native name, pinyin,
	// the sources' spellings): matches there rank first. Without names, the
	// cell of the flexible column (the title) is the row's name.
	Names []string
	// Related is text that relates the row to other records (the cities
	// of a person's rounds): matches there rank next.
	Related string
	// Search is the rest of the text the search looks at besides the
	// cells (a summary, a note).
	Search string

	rec     Record // the row as the matcher compares it, once indexed
	indexed bool   // rec is built (on the first search: building it for every row costs at start-up)
}

// List is a virtualised, searchable list: it draws only the rows that fit.
// Views embed one and give it rows.
type List struct {
	keys    ListKeys
	skeys   SearchKeys
	styles  *ui.Styles
	cols    []Column
	rows    []Row
	visible []int // indices into rows shown under the current filter
	sel     int   // index into visible; -1 when nothing is selectable
	offset  int   // first visible row drawn
	width   int
	height  int
	focused bool

	bodyW    int              // the width of the body the list shares with its detail
	maxLines int              // the most lines a wrapped title takes
	natural  []ColumnWidths   // what each column can take, from the rows
	plan     ColumnPlan       // the column widths at the list's width
	titles   map[int][]string // each row's title, wrapped, by row index

	searching bool
	prompt    string // drawn before the search line ("/ ")
	input     textinput.Model
	query     string
	parsed    Query
	terms     []string
	ranks     []Rank // each row's rank under the query
	suggest   string // the "did you mean" when nothing matches
	note      string
	empty     string

	// cache keeps the lines drawn; it is dropped whenever what a row
	// looks like may have changed.
	cache listCache
	// pen and spans are what rows are drawn with, kept between rows.
	pen   ui.Pen
	spans spanFinder
}

// invalidate drops the drawn lines and the wrapped titles.
func (l *List) invalidate() {
	clear(l.cache.rows)
	rows := l.cache.rows
	l.cache = listCache{rows: rows}
	clear(l.titles)
}

// NewList returns an empty list with the given columns, drawn with st and
// answering the bindings in k.
func NewList(st *ui.Styles, k Keys, cols ...Column) *List {
	l := &List{keys: k.List, skeys: k.Search, styles: st, cols: cols, sel: -1, focused: true,
		empty: "nothing here", prompt: "/ ", maxLines: 1}
	l.input = newSearchInput(st)
	l.measure()
	return l
}

// Restyle redraws every row: the styles changed.
func (l *List) Restyle() {
	l.invalidate()
	l.input.SetStyles(l.styles.SearchInput)
}

// SetColumns replaces the columns.
func (l *List) SetColumns(cols ...Column) {
	l.cols = cols
	l.invalidate()
	l.measure()
}

// SetRows replaces the rows, keeping the selection on the same ID if it is
// still there, and re-applying the search.
func (l *List) SetRows(rows []Row) {
	selID := l.SelectedID()
	l.rows = rows
	l.invalidate()
	l.measure()
	l.filter()
	if !l.SelectID(selID) {
		l.clampSelection()
	}
}

// SetPrompt sets what the search line starts with ("/ " by default).
func (l *List) SetPrompt(p string) { l.prompt = p }

// SetPlaceholder sets what the empty search line says it is for.
func (l *List) SetPlaceholder(p string) { l.input.Placeholder = p }

// SetNote sets a quiet line drawn under the rows ("3 events lie ahead").
func (l *List) SetNote(s string) { l.note = s }

// SetEmpty sets the text drawn when no row is visible.
func (l *List) SetEmpty(s string) { l.empty = s }

// SetSize sets the list's content size in cells and lays the columns out.
func (l *List) SetSize(w, h int) {
	if w != l.width {
		l.invalidate()
	}
	l.width, l.height = max(w, 0), max(h, 0)
	l.replan()
	l.scrollToSelection()
}

// SetMaxLines sets the most lines a row's title may wrap to (1: titles are
// cut with … instead).
func (l *List) SetMaxLines(n int) {
	if n = max(n, 1); n != l.maxLines {
		l.maxLines = n
		l.invalidate()
		l.scrollToSelection()
	}
}

// SetFocused says whether the list has the keyboard (its selection is drawn
// brighter).
func (l *List) SetFocused(f bool) { l.focused = f }

// Len is the number of rows shown under the current filter.
func (l *List) Len() int { return len(l.visible) }

// Selected returns the selected row.
func (l *List) Selected() (Row, bool) {
	if l.sel < 0 || l.sel >= len(l.visible) {
		return Row{}, false
	}
	return l.rows[l.visible[l.sel]], true
}

// SelectedID returns the selected row's ID, or "".
func (l *List) SelectedID() string {
	r, _ := l.Selected()
	return r.ID
}

// Cursor returns the selection index among the visible rows (-1 if none).
func (l *List) Cursor() int { return l.sel }

// Offset returns the index of the first visible row drawn.
func (l *List) Offset() int { return l.offset }

// SelectID selects the row with the ID; false if it is not visible.
func (l *List) SelectID(id string) bool {
	if id == "" {
		return false
	}
	for i, ri := range l.visible {
		if l.rows[ri].ID == id && !l.rows[ri].Header {
			l.sel = i
			l.scrollToSelection()
			return true
		}
	}
	return false
}

func (l *List) clampSelection() {
	if l.sel < 0 {
		l.sel = 0
	}
	if l.sel >= len(l.visible) {
		l.sel = len(l.visible) - 1
	}
	l.skipHeaders(1)
	l.scrollToSelection()
}

// skipHeaders moves the selection off a heading row in direction dir, or
// the other way if there is nothing that way.
func (l *List) skipHeaders(dir int) {
	for _, d := range []int{dir, -dir} {
		i := l.sel
		for i >= 0 && i < len(l.visible) && l.rows[l.visible[i]].Header {
			i += d
		}
		if i >= 0 && i < len(l.visible) {
			l.sel = i
			return
		}
	}
	l.sel = -1
}

// Move moves the selection by n rows (negative is up), skipping headings.
func (l *List) Move(n int) {
	if len(l.visible) == 0 {
		return
	}
	dir := 1
	if n < 0 {
		dir = -1
	}
	l.sel = min(max(l.sel+n, 0), len(l.visible)-1)
	l.skipHeaders(dir)
	l.scrollToSelection()
}

// Update handles a key or mouse message for the list. It reports whether
// the message was used.
func (l *List) Update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if l.searching {
			return l.updateSearch(msg)
		}
		return l.updateKeys(msg)
	case tea.PasteMsg:
		if l.searching {
			l.edit(tea.PasteMsg{Content: ui.Clean(msg.Content)})
			return true
		}
	}
	return false
}

func (l *List) updateKeys(msg tea.KeyPressMsg) bool {
	page := l.page()
	switch {
	case key.Matches(msg, l.keys.Up):
		l.Move(-1)
	case key.Matches(msg, l.keys.Down):
		l.Move(1)
	case key.Matches(msg, l.keys.Top):
		l.sel = 0
		l.Move(0)
		l.offset = 0
	case key.Matches(msg, l.keys.Bottom):
		l.Move(len(l.visible))
	case key.Matches(msg, l.keys.PageUp):
		l.Move(-page)
	case key.Matches(msg, l.keys.PageDown):
		l.Move(page)
	case key.Matches(msg, l.keys.Search):
		l.StartSearch()
	default:
		return false
	}
	return true
}

// Scroll moves the selection by n rows, as the mouse wheel does.
func (l *List) Scroll(n int) { l.Move(n) }

// UpdateCells lets the caller change cell texts in place (e.g. the time left
// on every tick) without rebuilding the rows or their search index. update
// gets each row (headings aside) with its index and reports whether it
// changed it: only the rows it changed are drawn again.
func (l *List) UpdateCells(update func(i int, r *Row) bool) {
	changed := false
	for i := range l.rows {
		if !l.rows[i].Header && update(i, &l.rows[i]) {
			changed = true
			delete(l.cache.rows, i)
			delete(l.titles, i)
			if l.cache.selRow == i {
				l.cache.selOK = false
			}
		}
	}
	if changed {
		l.measureFit()
	}
}

// Row returns the row with the id, filtered out or not.
func (l *List) Row(id string) (Row, bool) {
	for _, r := range l.rows {
		if r.ID == id {
			return r, true
		}
	}
	return Row{}, false
}

// record returns row i as the matcher compares it, indexing it on first use.
func (l *List) record(i int) *Record {
	r := &l.rows[i]
	if !r.indexed {
		names := r.Names
		if flex := l.flexColumn(); len(names) == 0 && flex < len(r.Cells) {
			names = r.Cells[flex : flex+1]
		}
		r.rec = NewRecord(names, r.Related, strings.Join(r.Cells, " ")+" "+r.Search)
		r.indexed = true
	}
	return &r.rec
}
