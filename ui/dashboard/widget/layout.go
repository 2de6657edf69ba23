package widget

// The smallest terminal the dashboard draws into; below it a notice says so.
const (
	// MinWidth is the narrowest usable terminal, in cells.
	MinWidth = 40
	// MinHeight is the shortest usable terminal, in lines.
	MinHeight = 12
	// WideWidth is the width from which list and detail sit side by side.
	WideWidth = 100
	// TitleMin is the room a list's title column keeps before optional
	// columns give theirs up.
	TitleMin = 40
)

// Rect is a region of the screen in cells.
type Rect struct {
	// X and Y are the top-left corner; W and H the size.
	X, Y, W, H int
}

// Layout is where everything goes for one terminal size.
type Layout struct {
	// TooSmall is true below MinWidth×MinHeight: draw only the notice.
	TooSmall bool
	// Wide is true when list and detail sit side by side.
	Wide bool
	// Header is the tab bar, Footer the status lines, Body what is between.
	Header, Body, Footer Rect
	// List and Detail are the panes' outer rectangles inside Body, for a
	// list that asks for nothing in particular.
	List, Detail Rect
}

// Frame is the size a pane's border and padding take: horizontal and
// vertical, as lipgloss's GetFrameSize returns them.
type Frame struct{ W, H int }

// ComputeLayout splits a w×h terminal given the header and footer heights
// and the panes' frame. It is pure so that its maths can be tested alone.
func ComputeLayout(w, h, headerH, footerH int) Layout {
	l := Layout{}
	if w < MinWidth || h < MinHeight {
		l.TooSmall = true
		return l
	}
	l.Header = Rect{0, 0, w, headerH}
	bodyH := max(h-headerH-footerH, 0)
	l.Body = Rect{0, headerH, w, bodyH}
	l.Footer = Rect{0, headerH + bodyH, w, footerH}
	l.List, l.Detail, l.Wide = SplitBody(w, bodyH, Want{})
	l.List.Y += headerH
	l.Detail.Y += headerH
	return l
}

// Want is the size a list pane asks for, frame included: the width its
// columns and titles need (side by side) and the height its rows need
// (stacked). Zero asks for nothing in particular.
type Want struct{ W, H int }

// TitleMax is the widest a list's titles are given room for in a body w
// cells wide: a longer title wraps.
func TitleMax(w int) int { return max(48, w*2/5) }

// DetailMinWidth is the least width a detail keeps beside its list: 3/8
// of the body (45 cells at 120 columns), at least MinWidth.
func DetailMinWidth(w int) int { return max(MinWidth, w*3/8) }

// DetailMinHeight is the least height a detail keeps under its list: its
// title, a line and the scroll hint at 80x24; 30% of a taller body.
func DetailMinHeight(h int) int { return max(5, h*3/10) }

// SplitBody splits a w×h body into a list and a detail pane. From
// WideWidth columns they sit side by side: the list gets the width it
// wants (at least MinWidth) as long as the detail keeps DetailMinWidth,
// and the detail the rest. Below, the list is on top with the height it
// wants (at least 3 lines) as long as the detail keeps DetailMinHeight.
// A zero want gives the list 45% of the width or 45% of the height.
func SplitBody(w, h int, want Want) (list, detail Rect, wide bool) {
	if w >= WideWidth {
		listW := want.W
		if listW <= 0 {
			listW = w * 45 / 100
		}
		listW = min(max(listW, MinWidth), w-DetailMinWidth(w))
		return Rect{0, 0, listW, h}, Rect{listW, 0, w - listW, h}, true
	}
	listH := want.H
	if listH <= 0 {
		listH = h * 9 / 20
	}
	listH = min(max(min(listH, h-DetailMinHeight(h)), min(3, h)), h)
	return Rect{0, 0, w, listH}, Rect{0, listH, w, h - listH}, false
}

// Inner returns the content size of a pane of outer size r with frame f,
// never negative.
func (r Rect) Inner(f Frame) (w, h int) {
	return max(r.W-f.W, 0), max(r.H-f.H, 0)
}

// Contains reports whether the cell (x, y) is inside r.
func (r Rect) Contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// ColumnWidths are what a column can take: its width, its width in short
// form (0: none), whether it may be dropped, and whether it is the title.
type ColumnWidths struct {
	Long, Short int
	Optional    bool
	Title       bool
}

// ColumnPlan is how a list's columns are drawn at one width.
type ColumnPlan struct {
	// Widths is each column's width; 0 for a dropped column.
	Widths []int
	// Short is true when the columns with a short form use it.
	Short bool
}

// PlanColumns fits columns into w cells with a space between two, giving
// the title column what the others leave: the others shrink before the
// title does. While the title has less than it wants, the columns with a
// short form use it; while it has less than TitleMin (or what it wants, if
// less), optional columns are dropped, the rightmost first.
func PlanColumns(cols []ColumnWidths, w, titleWant int) ColumnPlan {
	p := ColumnPlan{Widths: make([]int, len(cols))}
	dropped := make([]bool, len(cols))
	title := func() int {
		used, n := 0, 0
		for i, c := range cols {
			if c.Title || dropped[i] {
				continue
			}
			width := c.Long
			if p.Short && c.Short > 0 {
				width = c.Short
			}
			p.Widths[i] = width
			used += width
			n++
		}
		return w - used - n // a space after each other column
	}
	t := title()
	if t < titleWant {
		p.Short = true
		t = title()
	}
	for i := len(cols) - 1; i >= 0 && t < min(titleWant, TitleMin); i-- {
		if cols[i].Optional && !cols[i].Title {
			dropped[i] = true
			p.Widths[i] = 0
			t = title()
		}
	}
	for i, c := range cols {
		if c.Title {
			p.Widths[i] = max(t, 0)
		}
	}
	return p
}
