package widget

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit pads or truncates plain text to exactly w cells ("" when w ≤ 0).
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if sw := lipgloss.Width(s); sw > w {
		s = ansi.Truncate(s, w, "…")
	}
	if pad := w - lipgloss.Width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// PadRight pads a styled line with spaces to w cells, truncating it with …
// if it is wider.
func PadRight(s string, w int) string {
	sw := lipgloss.Width(s)
	if sw > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-sw)
}

// JoinBoxes puts two boxes of the same height side by side. Box output has
// exactly its height in lines and its width in every line, so the lines are
// simply concatenated, without measuring them again as JoinHorizontal does.
func JoinBoxes(left, right string) string {
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

// FitLines makes a block exactly h lines: extra lines are dropped, missing
// ones are blank lines w cells wide.
func FitLines(block string, w, h int) string {
	if h <= 0 {
		return ""
	}
	n := strings.Count(block, "\n") + 1
	if block == "" {
		n = 0
	}
	switch {
	case n > h:
		i := 0
		for range h {
			i += strings.IndexByte(block[i:], '\n') + 1
		}
		return block[:i-1]
	case n < h:
		blank := strings.Repeat(" ", w)
		var b strings.Builder
		b.WriteString(block)
		for k := n; k < h; k++ {
			if k > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(blank)
		}
		return b.String()
	}
	return block
}

// WrapPlain wraps plain text at spaces to w cells (at least 1).
func WrapPlain(s string, w int) string {
	return lipgloss.Wrap(s, max(w, 1), " ")
}
