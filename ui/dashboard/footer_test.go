package dashboard

import (
	"strings"
	"testing"
)

// footerText is the frame's footer: the lines under the body's last pane
// line, the help line included.
func footerText(a *App) string {
	lines := strings.Split(plain(a), "\n")
	return strings.Join(lines[len(lines)-a.footerHeight():], "\n")
}

// TestPassedNotFlagged: a passed watched deadline is not marked with ⚑,
// which marks the discrepancies.
func TestPassedNotFlagged(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-10T05:01:30Z"), 120, 30)
	if !a.sh.Watch.Passed {
		t.Fatal("the watched deadline should have passed")
	}
	f := footerText(a)
	if strings.Contains(f, "⚑") || !strings.Contains(f, "passed") {
		t.Errorf("the footer marks a passed deadline with ⚑, or does not say passed:\n%s", f)
	}
}
