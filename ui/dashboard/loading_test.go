package dashboard

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
)

// TestLoadWhileStarting: a dashboard made without data loads it in a
// command and installs itself when it arrives, with the size and
// background that came meanwhile; a slow load says what it loads; a failed
// one quits and says why.
func TestLoadWhileStarting(t *testing.T) {
	ds := embedded(t)
	clk := &manualClock{t: mustTime(t, "2025-11-09T12:00:00Z")}
	a := New(nil, Options{Clock: clk, Zone: time.UTC, LoadName: "talks.toml",
		Load: func() (*model.Dataset, error) { return ds, nil }})
	a.Init()
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := a.Render(); got != "" {
		t.Errorf("before the data arrives the frame is empty, got %q", got)
	}
	a.Update(slowLoadMsg{})
	if !strings.Contains(plain(a), "loading talks.toml…") {
		t.Errorf("a slow load should say what it loads:\n%s", plain(a))
	}
	if _, cmd := a.Update(tea.KeyPressMsg{Code: 'j', Text: "j"}); cmd != nil {
		t.Error("keys other than quit wait for the data")
	}
	msg := a.load()()
	a.Update(msg)
	if a.Err() != nil || !strings.Contains(plain(a), "Timeline") || a.sh.Now.IsZero() {
		t.Fatalf("after loading the dashboard should show:\n%s", plain(a))
	}
	checkFrame(t, plain(a), 80, 24)

	bad := New(nil, Options{Clock: clk, Load: func() (*model.Dataset, error) { return nil, errors.New("talks.toml:3:1: broken") }})
	bad.Init()
	bad.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if _, cmd := bad.Update(bad.load()()); cmd == nil || bad.Err() == nil {
		t.Error("a failed load should quit and keep its error")
	}
	_ = bad.View() // the frame drawn before quitting must not panic
	bad.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
}
