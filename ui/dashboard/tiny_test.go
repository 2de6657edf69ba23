package dashboard

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// shrinkTo sends the size messages tmux sends as a pane is split down to
// w×h: the full window first, then smaller and smaller.
func shrinkTo(a *App, w, h int) {
	for _, s := range [][2]int{{80, 24}, {60, 20}, {45, 14}, {w, h}} {
		a.Update(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
	}
}

// boxes returns the inner lines of each box in a plain frame, top to
// bottom, without their borders.
func boxes(frame string) [][]string {
	var out [][]string
	var cur []string
	in := false
	for _, ln := range strings.Split(frame, "\n") {
		switch {
		case strings.HasPrefix(ln, "╭"):
			in, cur = true, nil
		case strings.HasPrefix(ln, "╰") && in:
			in = false
			out = append(out, cur)
		case in:
			cur = append(cur, strings.TrimSuffix(strings.TrimPrefix(ln, "│"), "│"))
		}
	}
	return out
}

// saysMore reports whether a pane's lines end in a sign that more follows:
// a "↓ N more …" line, or a last line ending in "↓".
func saysMore(lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	last := strings.TrimSpace(lines[len(lines)-1])
	return strings.HasPrefix(last, "↓ ") && strings.Contains(last, "more") || strings.HasSuffix(last, "↓")
}

// TestTinyPanes: at the minimum size (40x12, reached the way tmux resizes
// a pane), every tab's detail under its list says that more follows
// (none fits), and the Roster's matrix (m) shows its header and at least
// one person's row, dropping its legend and hints first.
func TestTinyPanes(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00Z"), 80, 24)
	shrinkTo(a, 40, 12)
	for _, tab := range []string{"1", "2", "3", "4", "5"} {
		press(a, tab)
		out := plain(a)
		checkFrame(t, out, 40, 12)
		bs := boxes(out)
		if len(bs) != 2 {
			t.Fatalf("tab %s: %d panes, want a list and a detail:\n%s", tab, len(bs), out)
		}
		if !saysMore(bs[1]) {
			t.Errorf("tab %s: the detail does not say that more follows:\n%s", tab, out)
		}
	}
	press(a, "2", "m")
	out := plain(a)
	checkFrame(t, out, 40, 12)
	bs := boxes(out)
	if len(bs) != 2 || len(bs[0]) < 2 {
		t.Fatalf("the matrix has no room for a row:\n%s", out)
	}
	if !strings.Contains(bs[0][0], "Person") || !strings.Contains(bs[0][1], "Scott Bessent") || !strings.ContainsAny(bs[0][1], "●◐○") {
		t.Errorf("the matrix shows no person's row under its header:\n%s", out)
	}
	if !saysMore(bs[1]) {
		t.Errorf("the detail beside the matrix does not say that more follows:\n%s", out)
	}
	press(a, "down", "down")
	if bs := boxes(plain(a)); len(bs) != 2 || !strings.ContainsAny(bs[0][len(bs[0])-1], "●◐○") {
		t.Errorf("moving down, the matrix shows no person's row:\n%s", plain(a))
	}
}
