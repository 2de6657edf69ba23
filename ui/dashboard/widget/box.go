package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"
)

// Box draws a pane's rounded frame (what ui.Styles.Pane renders, done by
// hand) around content drawn into Lines: the border in the focused or the
// quiet colour, one space of padding each side. Its edges are rendered once
// for a width, a focus and a theme; the content's lines, already exactly
// the width inside the frame, are copied between them as segments instead
// of lipgloss measuring and re-wrapping every line on every frame.
type Box struct {
	key                      boxKey
	top, bottom, left, right string
}

// boxKey is what a Box's edges are drawn from.
type boxKey struct {
	w                      int
	focused, dark, noColor bool
	valid                  bool
}

// Draw adds the frame, w cells wide and h lines tall, with content's lines
// inside it (exactly w-4 cells each; missing ones are blank), to dst.
func (bx *Box) Draw(dst *Lines, st *ui.Styles, content *Lines, w, h int, focused bool) {
	if w < 4 || h < 2 {
		dst.Line("")
		return
	}
	k := boxKey{w: w, focused: focused, dark: st.Theme.IsDark, noColor: st.Theme.NoColor, valid: true}
	if bx.key != k {
		edge := st.PaneEdge
		if focused {
			edge = st.PaneEdgeFocused
		}
		rule := strings.Repeat("─", w-2)
		bx.key = k
		bx.top = edge.Render("╭" + rule + "╮")
		bx.bottom = edge.Render("╰" + rule + "╯")
		bx.left, bx.right = edge.Render("│")+" ", " "+edge.Render("│")
	}
	dst.Line(bx.top)
	n := content.Len()
	if n == 0 {
		n = 1 // an empty content is one empty line, as an empty string is
	}
	for i := range h - 2 {
		dst.Put(bx.left)
		switch {
		case i < content.Len():
			dst.PutLine(content, i)
		case i >= n:
			dst.Put(Spaces(w - 4))
		}
		dst.Put(bx.right)
		dst.End()
	}
	dst.Line(bx.bottom)
}
