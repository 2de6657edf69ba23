package dashboard

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// manualClock is a clock the test moves by hand.
type manualClock struct{ t time.Time }

func (c *manualClock) Now() time.Time { return c.t }

func embedded(t testing.TB) *model.Dataset {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// newApp returns the app on the embedded data at instant now, sized w×h.
func newApp(t testing.TB, now time.Time, w, h int) (*App, *manualClock) {
	t.Helper()
	clk := &manualClock{t: now}
	a := New(embedded(t), Options{Clock: clk, Zone: time.UTC})
	a.Init()
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a, clk
}

// press sends keys: single characters as text, names as special keys.
func press(a *App, keys ...string) tea.Cmd {
	var last tea.Cmd
	for _, k := range keys {
		_, last = a.Update(keyMsg(k))
	}
	return last
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+k":
		return tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl}
	}
	r := []rune(k)
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// follow presses enter on a link and delivers the navigation it asks for.
func follow(t *testing.T, a *App) {
	t.Helper()
	cmd := press(a, "enter")
	if cmd == nil {
		t.Fatal("enter on a link returned no command")
	}
	msg, ok := findMsg[widget.FollowMsg](cmd)
	if !ok {
		t.Fatalf("enter on a link returned no widget.FollowMsg")
	}
	a.Update(msg)
}

// findMsg runs a command (and the commands of a batch) until one returns a
// message of type M, in order; it stops at the first, so a tick command
// batched after it is never run (it would wait for the clock).
func findMsg[M tea.Msg](cmd tea.Cmd) (M, bool) {
	var zero M
	if cmd == nil {
		return zero, false
	}
	msg := cmd()
	if m, ok := msg.(M); ok {
		return m, true
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if m, ok := findMsg[M](c); ok {
				return m, true
			}
		}
	}
	return zero, false
}

// typeText types a string one rune at a time.
func typeText(a *App, s string) {
	for _, r := range s {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// plain is the frame without styling.
func plain(a *App) string { return ansi.Strip(a.Render()) }

// tick delivers the current tick as the runtime would.
func tick(a *App) { a.Update(tickMsg{gen: a.tickGen}) }

// golden compares got with testdata/<name>.golden, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", strings.ReplaceAll(name, "/", "_")+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./ui -update to accept):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

// checkFrame asserts every line fits w cells and there are exactly h lines.
func checkFrame(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Errorf("%d×%d: %d lines, want %d", w, h, len(lines), h)
	}
	for i, ln := range lines {
		got := ansi.StringWidth(ln)
		if got > w {
			t.Errorf("%d×%d: line %d is %d cells wide: %q", w, h, i, got, ln)
		}
		// The panes span the width: a line of a box that stops short has
		// lost its padding (a right border drawn in the middle).
		if boxed := strings.HasPrefix(ln, "│") || strings.HasPrefix(ln, "╭") || strings.HasPrefix(ln, "╰"); boxed && got != w {
			t.Errorf("%d×%d: pane line %d is %d cells wide, want %d: %q", w, h, i, got, w, ln)
		}
	}
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	tt, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tt
}
