package dashboard

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// The instants the Countdowns goldens are pinned to.
var countdownInstants = map[string]string{
	"kl-morning":    "2025-10-26T09:00:00+08:00",
	"truce-minus-1": "2025-11-10T00:00:59-05:00",
	"truce-plus-1":  "2025-11-10T00:01:01-05:00",
	"today":         "2026-11-23T12:00:00Z",
}

func TestCountdownsGolden(t *testing.T) {
	for name, at := range countdownInstants {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				a, _ := newApp(t, mustTime(t, at), size[0], size[1])
				press(a, "4")
				out := plain(a)
				checkFrame(t, out, size[0], size[1])
				golden(t, t.Name(), out)
			})
		}
	}
}

// TestCountdownKLMorning is the "done when": on the morning of 26
// October 2025 in Kuala Lumpur both November deadlines count down.
func TestCountdownKLMorning(t *testing.T) {
	a, clk := newApp(t, mustTime(t, countdownInstants["kl-morning"]), 120, 40)
	press(a, "4")
	out := plain(a)
	for _, want := range []string{"in 7 days", "100% tariff threat", "15d 04:01:00", "Truce expires (12:01 a.m. EST)"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	clk.t = clk.t.Add(time.Second)
	tick(a)
	if out := plain(a); !strings.Contains(out, "15d 04:00:59") {
		t.Errorf("one tick later the truce should show 15d 04:00:59:\n%s", out)
	}
}

// TestCountdownTracksClockFor24Hours ticks through a whole day with a fake
// clock and checks that the time left shown for China's 10 November tariff
// changes (the truce's own expiry was settled early) always equals the
// deadline minus the clock: recomputed, never decremented, so no drift.
func TestCountdownTracksClockFor24Hours(t *testing.T) {
	start := mustTime(t, "2025-11-09T00:01:00-05:00")
	a, clk := newApp(t, start, 120, 40)
	press(a, "4")
	truce, _ := a.sh.Data.Deadline("china-tariffs-2025-11-10")
	step := 1
	if raceDetector {
		step = 7 // a sample under -race; .ci/run runs every second without it
	}
	for s := 0; s < 24*3600; s += step {
		clk.t = start.Add(time.Duration(s) * time.Second)
		if s%600 == 0 {
			tick(a) // the whole program's path, every ten minutes
		} else {
			// The tab's own path every second: the shared instant moves,
			// the tab recomputes from it.
			a.sh.setNow(a.clock.Now())
			a.countdowns.Update(ClockMsg{})
		}
		row := rowCells(t, a.countdowns.b.List, "china-tariffs-2025-11-10")
		want := ui.FormatDuration(truce.At.Time.Sub(clk.t))
		if row[colLeft] != want {
			t.Fatalf("at %v the row shows %q, want %q", clk.t, row[colLeft], want)
		}
		if s%3600 == 0 && !strings.Contains(plain(a), want) {
			t.Fatalf("at %v the screen lacks %q", clk.t, want)
		}
		// The footer's watched countdown, on whatever tab is open (a new
		// one every hour), says the same every second.
		if s%3600 == 1800 {
			press(a, string(rune('1'+(s/3600)%5)))
		}
		if w := a.sh.Watch.First(); w != nil && !w.At.IsDateOnly() && !a.sh.Watch.Passed {
			left := ui.FormatDuration(w.At.Time.Sub(clk.t)) + " left"
			if footer := strings.Join(a.footerLines(), "\n"); !strings.Contains(footer, left) {
				t.Fatalf("at %v the footer lacks %q:\n%s", clk.t, left, footer)
			}
		}
	}
	clk.t = truce.At.Time
	tick(a)
	if got := rowCells(t, a.countdowns.b.List, "china-tariffs-2025-11-10")[colLeft]; got != "00:00:00 ago" {
		t.Errorf("at the instant the row shows %q, want 00:00:00 ago", got)
	}
}

func rowCells(t *testing.T, l *widget.List, id string) []string {
	t.Helper()
	r, ok := l.Row(id)
	if !ok {
		t.Fatalf("no row %q", id)
	}
	return r.Cells
}

// TestDateOnlyDeadlineNeverShowsHours: the 1 November threat was set to a
// day, so no view may invent a time of day for it.
func TestDateOnlyDeadlineNeverShowsHours(t *testing.T) {
	clock := regexp.MustCompile(`\d\d:\d\d`)
	for _, at := range []string{"2025-10-12T00:00:00Z", "2025-10-31T23:59:59-04:00", "2025-11-01T12:00:00-04:00", "2026-11-23T12:00:00Z"} {
		a, _ := newApp(t, mustTime(t, at), 160, 48)
		press(a, "4")
		a.countdowns.Show(ui.Target{Tab: ui.TabCountdowns, ID: "tariff-100-2025-11-01"})
		cells := rowCells(t, a.countdowns.b.List, "tariff-100-2025-11-01")
		if clock.MatchString(cells[colDue]) || clock.MatchString(cells[colLeft]) {
			t.Errorf("at %s the row shows a time of day: %q", at, cells)
		}
		a.Render()
		for _, ln := range a.countdowns.b.Detail.Lines() {
			if strings.Contains(ln, "Due") && clock.MatchString(ln) {
				t.Errorf("at %s the detail shows a time of day: %q", at, ln)
			}
		}
	}
}

// TestClockKeys steps the clock by days and hours, pauses and resets it.
func TestClockKeys(t *testing.T) {
	t0 := mustTime(t, "2025-10-26T01:00:00Z")
	a, clk := newApp(t, t0, 120, 40)
	steps := []struct {
		key  string
		want time.Duration
	}{{"]", 24 * time.Hour}, {"[", 0}, {"}", time.Hour}, {"{", 0}, {"[", -24 * time.Hour}}
	for _, s := range steps {
		press(a, s.key)
		if got := a.sh.Now.Sub(t0); got != s.want {
			t.Errorf("after %s the clock is at %v, want %v", s.key, got, s.want)
		}
	}
	press(a, "p")
	if !a.clock.Paused() || a.clockMarker() != "TIME TRAVEL · PAUSED" {
		t.Fatalf("p should pause the clock")
	}
	clk.t = clk.t.Add(time.Hour)
	press(a, "]")
	if got := a.sh.Now.Sub(t0); got != 0 {
		t.Errorf("a paused clock moved with its source: %v", got)
	}
	press(a, "t")
	if !a.clock.Live() || !a.sh.Now.Equal(clk.t) {
		t.Errorf("t should return to real time: now %v, source %v", a.sh.Now, clk.t)
	}
}

// TestTickGating: one-second ticks on every tab (the footer's clock and
// the watched countdown show seconds everywhere), none while paused; a
// resumed clock starts a new chain and the old chain's ticks are ignored.
func TestTickGating(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-10-26T01:00:00Z"), 120, 40)
	for _, tab := range []string{"1", "2", "3", "4", "5"} {
		press(a, tab)
		if a.tickEvery != time.Second || !a.tickPending {
			t.Errorf("tab %s: tick every %v (pending %v), want a second", tab, a.tickEvery, a.tickPending)
		}
	}
	old := a.tickGen
	press(a, "p")
	if a.tickEvery != 0 {
		t.Errorf("paused: tick every %v, want none", a.tickEvery)
	}
	if _, cmd := a.Update(tickMsg{gen: a.tickGen}); cmd != nil {
		t.Errorf("a paused clock scheduled a tick")
	}
	press(a, "p")
	if a.tickGen == old || a.tickEvery != time.Second {
		t.Errorf("resuming should start a new one-second chain")
	}
	if _, cmd := a.Update(tickMsg{gen: old}); cmd != nil {
		t.Errorf("a stale tick scheduled another")
	}
}

// TestFirstFrameShowsAt: the clock starts at --at exactly, whatever the
// fraction of a second the real clock is at.
func TestFirstFrameShowsAt(t *testing.T) {
	at := mustTime(t, "2025-11-09T23:59:50-05:00")
	for _, frac := range []time.Duration{0, time.Millisecond, 400 * time.Millisecond, 999 * time.Millisecond} {
		src := &manualClock{t: time.Date(2026, 11, 30, 4, 10, 6, 0, time.UTC).Add(frac)}
		a := New(embedded(t), Options{Clock: src, Start: at, Zone: time.UTC})
		if !a.sh.Now.Equal(at) {
			t.Errorf("real clock at +%v: first instant %v, want %v", frac, a.sh.Now, at)
		}
	}
}

// TestDaylightSaving: the August deadline was set in EDT, the November one
// in EST; both keep their absolute instants across the 2 November switch.
func TestDaylightSaving(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-01T12:00:00Z"), 120, 40)
	aug, _ := a.sh.Data.Deadline("truce-2025-08-12")
	nov, _ := a.sh.Data.Deadline("truce-2025-11-10")
	if got := aug.At.Time.UTC(); !got.Equal(time.Date(2025, 8, 12, 4, 1, 0, 0, time.UTC)) {
		t.Errorf("August expiry %v, want 04:01 UTC (00:01 EDT)", got)
	}
	if got := nov.At.Time.UTC(); !got.Equal(time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)) {
		t.Errorf("November expiry %v, want 05:01 UTC (00:01 EST)", got)
	}
	// From noon UTC on 1 Nov (EDT) to 05:01 UTC on 10 Nov (EST): 8d 17:01.
	if got := ui.FormatDuration(nov.StateAt(a.sh.Now).Left); got != "8d 17:01:00" {
		t.Errorf("time left across the switch = %s, want 8d 17:01:00", got)
	}
	zones := loadCapitals().zoneTimes(nov.At.Time, time.UTC)
	if zones[0][1] != "Mon 10 Nov 2025 00:01:00 EST" {
		t.Errorf("set-in zone time = %q", zones[0][1])
	}
	found := false
	for _, z := range zones {
		found = found || z[1] == "Mon 10 Nov 2025 13:01:00 CST"
	}
	if !found {
		t.Errorf("Beijing time missing: %v", zones)
	}
}

// TestWatchedOnEveryTabAtEverySize: from the minimum size up, on every
// tab, the watched deadline's title and its state (the time left, or when
// it passed, whole) share one line, and the second shown is the deadline
// minus the clock: before the deadline, just after it, and days after it
// once past the data's coverage (the state's long tail gives way to the
// title).
func TestWatchedOnEveryTabAtEverySize(t *testing.T) {
	for _, c := range []struct{ at, word string }{
		{"2025-11-09T18:00:00-05:00", " left"},
		{"2025-11-10T00:01:02-05:00", "passed "},
		{"2026-11-30T07:36:00Z", "passed "},
	} {
		for _, size := range [][2]int{{40, 12}, {50, 15}, {80, 24}, {120, 30}, {120, 40}, {200, 60}} {
			a, clk := newApp(t, mustTime(t, c.at), size[0], size[1])
			for _, tab := range []string{"1", "2", "3", "4", "5"} {
				press(a, tab)
				clk.t = clk.t.Add(time.Second)
				tick(a)
				dl := a.sh.Watch.First()
				if dl == nil {
					t.Fatalf("%s: no deadline watched", c.at)
				}
				want, _ := ui.DeadlineStateParts(dl, clk.t, ui.Compact)
				if !strings.Contains(want, c.word) {
					t.Fatalf("%s: the watched deadline's state is %q, want it to contain %q", c.at, want, c.word)
				}
				title := []rune(ui.Clean(dl.Title))
				found := false
				for _, ln := range strings.Split(plain(a), "\n") {
					if strings.Contains(ln, want) && strings.Contains(ln, string(title[:min(len(title), 8)])) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s %dx%d tab %s: no line with the title and %q:\n%s", c.at, size[0], size[1], tab, want, plain(a))
				}
			}
		}
	}
}

// TestSmallPaneGoldens pins the Countdowns tab in the panes people keep
// it in.
func TestSmallPaneGoldens(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {50, 15}} {
		a, _ := newApp(t, mustTime(t, "2025-11-09T23:59:50-05:00"), size[0], size[1])
		press(a, "4")
		golden(t, fmt.Sprintf("TestSmallPaneGoldens/%dx%d", size[0], size[1]), plain(a))
	}
}

// TestHelpAtEverySize: ? shows the keys at every size from the minimum
// (scrolling when they do not fit) and esc closes it; ? and q are always
// on the help line.
func TestHelpAtEverySize(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {50, 15}, {80, 24}, {120, 40}} {
		a, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00Z"), size[0], size[1])
		for _, tab := range []string{"1", "2", "3", "4", "5"} {
			press(a, tab)
			if out := plain(a); !strings.Contains(out, "? help") || !strings.Contains(out, "q quit") {
				t.Errorf("%dx%d tab %s: the help line lacks ? or q:\n%s", size[0], size[1], tab, out)
			}
			press(a, "?")
			out := plain(a)
			if !strings.Contains(out, "first") || !strings.Contains(out, "close help") {
				t.Errorf("%dx%d tab %s: ? shows no keys:\n%s", size[0], size[1], tab, out)
			}
			checkFrame(t, out, size[0], size[1])
			press(a, "down", "down", "pgdown")
			checkFrame(t, plain(a), size[0], size[1])
			press(a, "esc")
			if a.help.ShowAll {
				t.Errorf("%dx%d: esc should close the help", size[0], size[1])
			}
		}
	}
}

// TestDueColumnNamesZone: with the reader in Los Angeles, the Due column
// reads the exact deadlines there and its heading names the zone, in full
// and in short form; the footer's clock names it too, whole, at 40x12.
func TestDueColumnNamesZone(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		a := newAppIn(t, mustTime(t, "2025-11-09T12:00:00Z"), size[0], size[1], la)
		press(a, "4")
		out := plain(a)
		if !strings.Contains(out, "Due (PDT/PST)") && !strings.Contains(out, "Due (PST/PDT)") {
			t.Errorf("%dx%d: the Due heading names no zone:\n%s", size[0], size[1], out)
		}
		if size[0] == 200 && !strings.Contains(out, "2025-11-09 21:01") { // 00:01 EST on 10 Nov
			t.Errorf("%dx%d: the truce's expiry is not read in Los Angeles:\n%s", size[0], size[1], out)
		}
	}
	a := newAppIn(t, mustTime(t, "2025-11-09T12:00:00Z"), 40, 12, la)
	press(a, "]")
	if f := footerText(a); !strings.Contains(f, " PST") {
		t.Errorf("40x12: the clock's zone is cut:\n%s", f)
	}
}

// TestLeftColumnFitsItsCells: in a small pane the Left column is as wide
// as its widest cell now (or its short heading), not 15 cells, and it
// follows the cells as the clock moves.
func TestLeftColumnFitsItsCells(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {50, 15}, {80, 24}} {
		a, clk := newApp(t, mustTime(t, "2025-11-09T23:59:50-05:00"), size[0], size[1])
		press(a, "4")
		for range 2 {
			l := a.countdowns.b.List
			widest := lipgloss.Width("Left")
			for _, id := range rowIDs(l) {
				r, _ := l.Row(id)
				widest = max(widest, lipgloss.Width(r.Cells[colLeft]))
			}
			sel, _ := l.Selected()
			left, title := sel.Cells[colLeft], []rune(sel.Cells[colTitle])
			found := false
			for _, ln := range strings.Split(plain(a), "\n") {
				// The Due column is dropped below 80 columns.
				if i := strings.Index(ln, left); strings.HasPrefix(ln, "│ ") && i >= 0 && strings.Contains(ln, string(title[:10])) {
					found = true
					gap := strings.Index(ln[i:], string(title[:10])) - len(left)
					if want := widest - lipgloss.Width(left) + 1; gap != want {
						t.Errorf("%dx%d: %d cells between %q and its title, want %d (widest Left cell %d):\n%s",
							size[0], size[1], gap, left, want, widest, plain(a))
					}
				}
			}
			if !found {
				t.Errorf("%dx%d: no row %q with its title:\n%s", size[0], size[1], left, plain(a))
			}
			clk.t = clk.t.Add(24 * time.Hour)
			tick(a)
		}
	}
}
