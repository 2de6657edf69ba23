package widget

// The smallest terminal the dashboard draws into; below it a notice says so.
const (
	// MinWidth is the narrowest usable terminal, in cells.
	MinWidth = 40
	// MinHeight is the shortest usable terminal, in lines.
	MinHeight = 12
	// WideWidth is the width from which list and detail sit side by side.
	WideWidth = 100
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
	// List and Detail are the panes' outer rectangles inside Body.
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
	l.List, l.Detail, l.Wide = SplitBody(w, bodyH, 45)
	l.List.Y += headerH
	l.Detail.Y += headerH
	return l
}

// SplitBody splits a w×h body into a list and a detail pane: side by side
// from WideWidth columns (the list gets share percent of the width, at
// least MinWidth), else the list on top (45% of the height, at least 3
// lines) and the detail below.
func SplitBody(w, h, share int) (list, detail Rect, wide bool) {
	if w >= WideWidth {
		listW := min(max(w*share/100, MinWidth), w-MinWidth)
		return Rect{0, 0, listW, h}, Rect{listW, 0, w - listW, h}, true
	}
	listH := min(max(h*9/20, min(6, h/2)), h)
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
