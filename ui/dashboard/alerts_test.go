package dashboard

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/ui"
)

// TestAlertFiresOnceWhenCrossing: crossing the truce instant by ticking
// raises one banner and one bell for China's tariff changes, which fall
// then; the truce's own expiry, extended days before, is not announced as
// passing; going back and forth does not repeat it.
func TestAlertFiresOnceWhenCrossing(t *testing.T) {
	before := mustTime(t, "2025-11-10T00:00:59-05:00")
	a, clk := newApp(t, before, 120, 40)
	press(a, "4")
	if a.banner != "" {
		t.Fatalf("banner before the instant: %q", a.banner)
	}
	clk.t = before.Add(2 * time.Second)
	tick(a)
	if !strings.Contains(a.banner, "DEADLINE PASSED: China's tariff changes") {
		t.Fatalf("no banner after crossing: %q", a.banner)
	}
	if strings.Contains(a.banner, "Truce expires") {
		t.Errorf("the banner announces the truce's expiry, extended before it fell due: %q", a.banner)
	}
	if !strings.Contains(plain(a), "DEADLINE") {
		t.Errorf("banner not on screen:\n%s", plain(a))
	}
	if !strings.Contains(plain(a), "esc dismiss alert") {
		t.Errorf("the help line should offer esc while the banner shows:\n%s", plain(a))
	}
	press(a, "esc")
	if a.banner != "" {
		t.Errorf("esc should dismiss the banner")
	}
	if strings.Contains(plain(a), "dismiss alert") {
		t.Errorf("the help line still offers esc after the banner went:\n%s", plain(a))
	}
	press(a, "{", "}")
	if a.banner != "" {
		t.Errorf("stepping back and forth re-raised the alert: %q", a.banner)
	}
}

// TestNoAlertOnManualMoves: the time-travel keys and t (back to real
// time) never ring or notify, even when they cross deadlines; the clock
// marker stays visible.
func TestNoAlertOnManualMoves(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-11-09T12:00:00-05:00"), 120, 40)
	press(a, "4")
	for _, k := range []string{"]", "]", "t", "["} {
		if cmd := press(a, k); a.banner != "" || hasRaw(cmd) {
			t.Fatalf("%s raised an alert: banner %q", k, a.banner)
		}
	}
	if a.clockMarker() != "TIME TRAVEL" || !strings.Contains(plain(a), "TIME TRAVEL") {
		t.Errorf("the footer must mark a clock that is not real time")
	}
}

// TestBannerClearsWhenClockGoesBack: an alert's banner goes when the clock
// moves back before its deadline, and the crossing can alert again.
func TestBannerClearsWhenClockGoesBack(t *testing.T) {
	before := mustTime(t, "2025-11-10T00:00:59-05:00")
	a, clk := newApp(t, before, 80, 24)
	clk.t = before.Add(2 * time.Second)
	tick(a)
	if a.banner == "" {
		t.Fatal("no banner after ticking across the truce")
	}
	out := plain(a)
	if !strings.Contains(out, "esc dismisses") || !strings.Contains(out, "Mon 10 Nov 2025 05:01:01 UTC") {
		t.Errorf("banner without its dismiss hint, or hiding the clock:\n%s", out)
	}
	press(a, "{")
	if a.banner != "" {
		t.Errorf("moving back before the deadline should take the banner down: %q", a.banner)
	}
	clk.t = clk.t.Add(time.Hour + time.Second)
	tick(a)
	if a.banner == "" {
		t.Error("ticking across it again should alert again")
	}
}

// hasRaw reports whether a command (or a batch of them) writes raw bytes
// (the bell, a notification).
func hasRaw(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if hasRaw(c) {
				return true
			}
		}
	case tea.RawMsg:
		return true
	}
	return false
}

// TestNotifyInTmux: inside tmux the notification is wrapped in tmux's
// passthrough (every ESC doubled); outside, it is the bare OSC 9 and 777.
func TestNotifyInTmux(t *testing.T) {
	al := alert{banner: "DEADLINE PASSED: Truce"}
	raw := func(cmd tea.Cmd) string { return fmt.Sprint(cmd().(tea.RawMsg).Msg) }
	bare := raw(al.cmd(true, false))
	if !strings.HasPrefix(bare, "\a\x1b]9;truce: DEADLINE PASSED: Truce\a\x1b]777;notify;truce;") {
		t.Errorf("bare notification %q", bare)
	}
	wrapped := raw(al.cmd(true, true))
	want := "\a\x1bPtmux;\x1b\x1b]9;truce: DEADLINE PASSED: Truce\a\x1b\x1b]777;notify;truce;DEADLINE PASSED: Truce\a\x1b\\"
	if wrapped != want {
		t.Errorf("in tmux %q, want %q", wrapped, want)
	}
	if raw(al.cmd(false, true)) != "\a" {
		t.Error("without --notify only the bell rings")
	}
}

// TestWindowTitle: --title puts the watched countdown in the title.
func TestWindowTitle(t *testing.T) {
	clk := &manualClock{t: mustTime(t, "2025-11-09T18:00:00-05:00")}
	a := New(embedded(t), Options{Clock: clk, Zone: time.UTC, Title: true})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	title, state, _ := ui.WatchWords(a.sh.Watch, clk.t)
	if got, want := a.View().WindowTitle, title+" · "+state+" — truce"; got != want || !strings.Contains(got, "06:01:00 left") {
		t.Errorf("title %q, want %q with 06:01:00 left", got, want)
	}
	b, _ := newApp(t, clk.t, 80, 24)
	if got := b.View().WindowTitle; got != "truce" {
		t.Errorf("without --title: %q", got)
	}
}
