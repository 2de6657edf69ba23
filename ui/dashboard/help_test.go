package dashboard

import (
	"strings"
	"testing"
)

// helpLine is the frame's last line: the help line.
func helpLine(a *App) string {
	lines := strings.Split(plain(a), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// TestFullHelpLineKeys: the full help's help line offers the keys that move
// it from where it is: down (not up) at the top, up (not down) at the
// end, both in between (one "scroll" entry where both do not fit), neither
// when it all fits; esc/? and q always.
func TestFullHelpLineKeys(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00Z"), 40, 12)
	press(a, "?")
	steps := []struct {
		keys     []string
		has, not []string
	}{
		{nil, []string{"↓/j down"}, []string{"↑/k up", "scroll"}},
		{[]string{"G"}, []string{"↑/k up"}, []string{"↓/j down", "scroll"}},
		{[]string{"k"}, []string{"↑↓/jk scroll"}, []string{"↑/k up", "↓/j down"}},
		{[]string{"g"}, []string{"↓/j down"}, []string{"↑/k up", "scroll"}},
	}
	for _, s := range steps {
		press(a, s.keys...)
		line := helpLine(a)
		for _, want := range append(s.has, "esc/? close help", "q quit") {
			if !strings.Contains(line, want) {
				t.Errorf("after %v: the help line %q lacks %q", s.keys, line, want)
			}
		}
		for _, no := range s.not {
			if strings.Contains(line, no) {
				t.Errorf("after %v: the help line %q offers %q", s.keys, line, no)
			}
		}
	}
	press(a, "G")
	if out := plain(a); strings.Contains(out, "↓ ") {
		t.Errorf("at the end, the help still says more lies below:\n%s", out)
	}
	b, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00Z"), 120, 40)
	press(b, "?")
	if line := helpLine(b); strings.Contains(line, "up") || strings.Contains(line, "down") || strings.Contains(line, "scroll") {
		t.Errorf("a full help that fits offers scrolling: %q", line)
	}
}
