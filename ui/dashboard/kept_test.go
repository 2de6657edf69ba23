package dashboard

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// keptScripts are key sequences over every part of the screen that keeps
// what it drew: lists, details, the matrix, the hero, the footer, the help,
// the lookup, themes and sizes. "tick" is one second passing, "light" and
// "dark" a new background, "WxH" a new size.
var keptScripts = [][]string{
	{"j", "j", "tick", "k", "G", "pgup", "tick", "g", "tab", "tick", "shift+tab"},
	{"j", "enter", "j", "j", "tick", "pgdown", "k", "esc", "tick", "j"},
	{"/", "e", "tick", "r", "backspace", "x", "z", "q", "esc", "/", "t", "enter", "tick", "esc"},
	{"tick", "]", "tick", "[", "}", "p", "tick", "p", "t", "tick"},
	{"?", "j", "tick", "?", "ctrl+k", "h", "e", "down", "tick", "esc"},
	{"2", "m", "j", "l", "tick", "enter", "j", "esc", "k", "esc", "4", "enter", "tick", "j"},
	{"light", "j", "tick", "2", "m", "dark", "esc", "4", "80x24", "tick", "200x60", "j", "120x40"},
}

// TestKeptFramesAreCurrent checks that a frame drawn from what the screen
// kept is the frame drawn from scratch: two dashboards take the same keys
// and draw after each; one keeps its pieces, the other forgets all it drew
// before drawing; the frames are the same.
func TestKeptFramesAreCurrent(t *testing.T) {
	ds := embedded(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for tab := range 5 {
			for n, script := range keptScripts {
				t.Run(fmt.Sprintf("%dx%d/tab%d/script%d", size[0], size[1], tab+1, n), func(t *testing.T) {
					a, ca := keptApp(t, ds, size)
					b, cb := keptApp(t, ds, size)
					press(a, fmt.Sprint(tab+1))
					press(b, fmt.Sprint(tab+1))
					a.Render()
					for i, step := range script {
						keptStep(a, ca, step)
						keptStep(b, cb, step)
						got := a.Render()
						forgetDrawn(b)
						if want := b.Render(); got != want {
							t.Fatalf("after %v the kept frame differs from the frame drawn afresh:\n%s\n--- afresh ---\n%s",
								script[:i+1], plainText(got), plainText(want))
						}
					}
				})
			}
		}
	}
}

// forgetDrawn drops every piece of the screen a dashboard kept.
func forgetDrawn(a *App) {
	a.draw = drawCache{}
	a.tabBarKey, a.helpCache = tabBarKey{}, helpCache{}
	a.sh.words = watchWords{}
	for _, t := range ui.Tabs() {
		browserOf(a, t).Restyle()
	}
	a.countdowns.hero = hero{}
	a.roster.matrix.Rebuild()
	a.lookup.list.Restyle()
}

func keptApp(t *testing.T, ds *model.Dataset, size [2]int) (*App, *manualClock) {
	t.Helper()
	clk := &manualClock{t: mustTime(t, "2025-10-26T01:00:00Z")}
	a := New(ds, Options{Clock: clk, Zone: time.UTC})
	a.Init()
	a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
	return a, clk
}

func keptStep(a *App, clk *manualClock, step string) {
	var w, h int
	switch {
	case step == "tick":
		clk.t = clk.t.Add(time.Second)
		tick(a)
	case step == "light":
		a.Update(tea.BackgroundColorMsg{Color: color.White})
	case step == "dark":
		a.Update(tea.BackgroundColorMsg{Color: color.Black})
	case strings.Contains(step, "x") && len(step) > 2:
		if _, err := fmt.Sscanf(step, "%dx%d", &w, &h); err == nil {
			a.Update(tea.WindowSizeMsg{Width: w, Height: h})
			return
		}
		press(a, step)
	default:
		press(a, step)
	}
}

// plainText is a frame without its styles, for a failure's message.
func plainText(s string) string { return ansi.Strip(s) }
