package dashboard

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// newNoColorApp is newApp with NO_COLOR.
func newNoColorApp(t *testing.T, now time.Time, w, h int) *App {
	t.Helper()
	a := New(embedded(t), Options{Clock: &manualClock{t: now}, Zone: time.UTC, NoColor: true})
	a.Init()
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// TestMatrixGoldenNoColor pins the attendance matrix without colour at
// 80x24, 120x40 and 200x60: the sides are told apart by their headings and
// the three confidences by their marks, not by colour.
func TestMatrixGoldenNoColor(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := newNoColorApp(t, mustTime(t, rosterToday), size[0], size[1])
			press(a, "2", "m")
			// The terminal's profile drops the colours; what is left is
			// the text (and bold and reverse, which the plain frame omits).
			golden(t, t.Name(), plain(a))
		})
	}
}

// TestMatrixMarksAndSides: the three confidences have three marks, the
// legend names them, the rows sit under their side's heading, and the
// scroll hints are a line of their own.
func TestMatrixMarksAndSides(t *testing.T) {
	a := newNoColorApp(t, mustTime(t, rosterToday), 200, 60)
	press(a, "2", "m")
	view := ansi.Strip(a.roster.matrix.View())
	for _, want := range []string{"● confirmed", "◐ one source", "○ unconfirmed", "United States", "China"} {
		if !strings.Contains(view, want) {
			t.Errorf("the matrix lacks %q:\n%s", want, view)
		}
	}
	lines := strings.Split(view, "\n")
	us, cn := -1, -1
	for i, ln := range lines {
		switch strings.TrimSpace(ln) {
		case "United States":
			us = i
		case "China":
			cn = i
		}
	}
	bessent, he := lineWith(lines, "Scott Bessent"), lineWith(lines, "He Lifeng")
	if us < 0 || cn < 0 || us >= bessent || bessent >= cn || cn >= he {
		t.Errorf("Bessent should sit under United States and He Lifeng under China:\n%s", view)
	}
	for _, r := range a.sh.Known.Rounds {
		for _, at := range r.Attendance {
			if mark := confidenceMark(at.Confidence); !strings.Contains(strings.Join(lines[1:len(lines)-1], "\n"), mark) {
				t.Errorf("no %s in the grid for %s at %s (%s)", mark, at.Person, r.ID, at.Confidence)
			}
		}
	}

	small := newNoColorApp(t, mustTime(t, rosterToday), 60, 18)
	press(small, "2", "m")
	lines = strings.Split(ansi.Strip(small.roster.matrix.View()), "\n")
	hint, legend := lines[len(lines)-2], lines[len(lines)-1]
	if !strings.Contains(hint, "↓") || strings.Contains(legend, "↓") {
		t.Errorf("the scroll hint belongs on its own line, not in the legend:\n%s\n%s", hint, legend)
	}
	press(small, "G")
	lines = strings.Split(ansi.Strip(small.roster.matrix.View()), "\n")
	if hint := lines[len(lines)-2]; !strings.Contains(hint, "↑") {
		t.Errorf("scrolled to the bottom, the hint should say what is above: %q", hint)
	}
}

// lineWith is the index of the first line containing s, or -1.
func lineWith(lines []string, s string) int {
	for i, ln := range lines {
		if strings.Contains(ln, s) {
			return i
		}
	}
	return -1
}

// TestMatrixWideEnoughEarly: with one round known (11 May 2025) on a wide
// screen, the matrix pane is wide enough for the names and the legend,
// not cut to the width of one round's column.
func TestMatrixWideEnoughEarly(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-05-11T12:00:00Z"), 200, 60)
	press(a, "2", "m")
	out := plain(a)
	for _, want := range []string{"Jamieson Greer", a.roster.matrix.legend()} {
		if !strings.Contains(out, want) {
			t.Errorf("the matrix should show %q whole:\n%s", want, out)
		}
	}
}
