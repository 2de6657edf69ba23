package dashboard

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
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

// newAppIn is newApp for a reader in zone.
func newAppIn(t testing.TB, now time.Time, w, h int, zone *time.Location) *App {
	t.Helper()
	a := New(embedded(t), Options{Clock: &manualClock{t: now}, Zone: zone})
	a.Init()
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// TestClockMarkerAtEverySize: the footer's clock says TIME TRAVEL while
// shifted, PAUSED while paused, both while paused in time travel, at every
// size, with the zone's abbreviation whole and the day shown.
func TestClockMarkerAtEverySize(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	at := mustTime(t, "2025-11-10T00:00:58-05:00")
	for _, size := range [][2]int{{40, 12}, {50, 15}, {80, 24}, {120, 30}, {200, 60}} {
		a := newAppIn(t, at, size[0], size[1], ny)
		check := func(marker string, shifted bool) {
			t.Helper()
			f := footerText(a)
			if got := a.clockMarker(); got != marker {
				t.Errorf("%dx%d: marker %q, want %q", size[0], size[1], got, marker)
			}
			if marker != "" && !strings.Contains(f, marker) {
				t.Errorf("%dx%d: the footer lacks %q:\n%s", size[0], size[1], marker, f)
			}
			day := a.sh.Now.In(ny).Format("2 Jan")
			if !strings.Contains(f, " EST") || strings.Contains(f, "E…") || (shifted && !strings.Contains(f, day)) {
				t.Errorf("%dx%d: the clock should show %s and EST whole:\n%s", size[0], size[1], day, f)
			}
			checkFrame(t, plain(a), size[0], size[1])
		}
		check("", false)
		press(a, "p")
		check("PAUSED", false)
		press(a, "]")
		check("TIME TRAVEL · PAUSED", true)
		press(a, "p")
		check("TIME TRAVEL", true)
	}
}

// TestHelpScrollKeys: the full help scrolls with every list key its help
// names for every view: j/k, pgdown/pgup, g and G.
func TestHelpScrollKeys(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00Z"), 50, 15)
	press(a, "?")
	scrollCheck(t, a, &a.helpOffset)
}

// scrollCheck presses the scrolling keys over a scrolled page whose offset
// is *offset, checking where each lands and the hints drawn.
func scrollCheck(t *testing.T, a *App, offset *int) {
	t.Helper()
	plain(a)
	for _, c := range []struct {
		key   string
		check func(off int) bool
		above bool // "↑ N more" on the first line
		below bool
	}{
		{"G", func(off int) bool { return off > 0 }, true, false},
		{"g", func(off int) bool { return off == 0 }, false, true},
		{"pgdown", func(off int) bool { return off > 1 }, true, true},
		{"pgup", func(off int) bool { return off == 0 }, false, true},
		{"j", func(off int) bool { return off == 1 }, true, true},
		{"k", func(off int) bool { return off == 0 }, false, true},
	} {
		press(a, c.key)
		out := plain(a)
		if !c.check(*offset) {
			t.Errorf("after %s the offset is %d", c.key, *offset)
		}
		if strings.Contains(out, "↑ ") != c.above || strings.Contains(out, "↓ ") != c.below {
			t.Errorf("after %s: want ↑ %v, ↓ %v:\n%s", c.key, c.above, c.below, out)
		}
	}
}

// TestHelpLineWholeHints: at every size, on every tab, the help line's
// hints are whole (a hint that does not fit is dropped, never cut) and ?
// help and q quit end it.
func TestHelpLineWholeHints(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {50, 15}, {80, 24}, {120, 40}} {
		a, _ := newApp(t, mustTime(t, "2025-11-10T05:00:50Z"), size[0], size[1])
		for _, tab := range []string{"1", "2", "3", "4", "5"} {
			press(a, tab)
			whole := map[string]bool{}
			for _, b := range append(a.ShortHelp(), a.alwaysKeys()...) {
				whole[b.Help().Key+" "+b.Help().Desc] = true
			}
			lines := strings.Split(plain(a), "\n")
			line := strings.TrimRight(lines[len(lines)-1], " ")
			if !strings.HasSuffix(line, "? help • q quit") {
				t.Errorf("%dx%d tab %s: the help line does not end with ? and q: %q", size[0], size[1], tab, line)
			}
			for _, hint := range strings.Split(line, " • ") {
				if !whole[hint] {
					t.Errorf("%dx%d tab %s: hint %q is cut: %q", size[0], size[1], tab, hint, line)
				}
			}
		}
	}
}

// TestFooterKeepsOutcome: seconds after a deadline, at 80, 120 and 200
// columns in time travel, the footer says what became of it ("took
// effect") as status and the hero do: the title gives way to it.
func TestFooterKeepsOutcome(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	at := mustTime(t, "2025-11-10T00:01:06-05:00")
	for _, w := range []int{80, 120, 200} {
		a := New(embedded(t), Options{Clock: &manualClock{t: at.Add(-time.Hour)}, Start: at, Zone: ny})
		a.Init()
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		f := footerText(a)
		if !strings.Contains(f, "passed 00:00:06 ago, took effect") || !strings.Contains(f, "TIME TRAVEL") {
			t.Errorf("%d columns: the footer drops the outcome:\n%s", w, f)
		}
		if !strings.Contains(f, "China's tariff changes") {
			t.Errorf("%d columns: the footer drops the title:\n%s", w, f)
		}
		checkFrame(t, plain(a), w, 24)
	}
}
