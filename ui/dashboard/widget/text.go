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

// FitPlain is Fit as a text and the spaces after it: plain text cut with …
// to at most w cells, and the cells left of w.
func FitPlain(s string, w int) (string, int) {
	if w <= 0 {
		return "", 0
	}
	sw := lipgloss.Width(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = lipgloss.Width(s)
	}
	return s, max(w-sw, 0)
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

// WrapPlain wraps plain text at spaces to w cells (at least 1).
func WrapPlain(s string, w int) string {
	return lipgloss.Wrap(s, max(w, 1), " ")
}
