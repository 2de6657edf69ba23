package widget

import (
	"slices"
	"testing"
)

// TestSplitBody: side by side the list gets what it wants while the detail
// keeps its minimum; stacked, the list gets its rows' height while the
// detail keeps its minimum; every split covers the body exactly.
func TestSplitBody(t *testing.T) {
	tests := []struct {
		w, h   int
		want   Want
		list   Rect
		wide   bool
		detail Rect
	}{
		{120, 36, Want{W: 70}, Rect{0, 0, 70, 36}, true, Rect{70, 0, 50, 36}},
		{120, 36, Want{W: 100}, Rect{0, 0, 75, 36}, true, Rect{75, 0, 45, 36}}, // the detail keeps 45
		{200, 56, Want{W: 98}, Rect{0, 0, 98, 56}, true, Rect{98, 0, 102, 56}},
		{200, 56, Want{W: 20}, Rect{0, 0, 40, 56}, true, Rect{40, 0, 160, 56}}, // at least MinWidth
		{120, 36, Want{}, Rect{0, 0, 54, 36}, true, Rect{54, 0, 66, 36}},       // no want: 45%
		{80, 19, Want{H: 41}, Rect{0, 0, 80, 14}, false, Rect{0, 14, 80, 5}},   // 80x24: the detail keeps 5
		{80, 20, Want{H: 9}, Rect{0, 0, 80, 9}, false, Rect{0, 9, 80, 11}},     // a short list
		{60, 7, Want{H: 30}, Rect{0, 0, 60, 3}, false, Rect{0, 3, 60, 4}},      // at least 3 lines
	}
	for _, tt := range tests {
		list, detail, wide := SplitBody(tt.w, tt.h, tt.want)
		if list != tt.list || detail != tt.detail || wide != tt.wide {
			t.Errorf("SplitBody(%d, %d, %+v) = %+v %+v %v, want %+v %+v %v", tt.w, tt.h, tt.want, list, detail, wide, tt.list, tt.detail, tt.wide)
		}
	}
	for w := MinWidth; w <= 250; w++ {
		for h := 1; h <= 80; h += 7 {
			list, detail, wide := SplitBody(w, h, Want{W: w / 2, H: h})
			if wide && (list.W+detail.W != w || list.H != h) || !wide && (list.H+detail.H != h || list.W != w) {
				t.Fatalf("%dx%d: %+v + %+v do not cover the body", w, h, list, detail)
			}
		}
	}
}

// TestComputeLayout: header, body and footer stack exactly; below the
// minimum only the notice is drawn.
func TestComputeLayout(t *testing.T) {
	l := ComputeLayout(80, 24, 2, 2)
	if l.TooSmall || l.Body != (Rect{0, 2, 80, 20}) || l.Footer != (Rect{0, 22, 80, 2}) || l.Wide {
		t.Errorf("80x24: %+v", l)
	}
	if !ComputeLayout(39, 24, 2, 2).TooSmall || !ComputeLayout(80, 11, 2, 2).TooSmall {
		t.Error("below 40x12 the layout is too small")
	}
}

// TestPlanColumns: list columns shrink before titles do: short forms
// first, then optional columns, the rightmost first; then the title.
func TestPlanColumns(t *testing.T) {
	cols := []ColumnWidths{{Long: 10}, {Long: 14, Short: 9, Optional: true}, {Title: true}}
	tests := []struct {
		w, want int
		widths  []int
		short   bool
	}{
		{100, 60, []int{10, 14, 74}, false}, // room for all
		{76, 60, []int{10, 9, 55}, true},    // short forms first
		{61, 60, []int{10, 9, 40}, true},    // TitleMin left: the optional column stays
		{60, 60, []int{10, 0, 49}, true},    // less: the optional column goes
		{30, 60, []int{10, 0, 19}, true},    // then the title shrinks
		{41, 20, []int{10, 9, 20}, true},    // a short title needs less: kept
	}
	for _, tt := range tests {
		p := PlanColumns(cols, tt.w, tt.want)
		if !slices.Equal(p.Widths, tt.widths) || p.Short != tt.short {
			t.Errorf("PlanColumns(w %d, want %d) = %v short %v, want %v short %v", tt.w, tt.want, p.Widths, p.Short, tt.widths, tt.short)
		}
	}
}
