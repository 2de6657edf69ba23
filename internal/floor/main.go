// Command floor is the yardstick for truce's whole-program benchmarks: the
// smallest Bubble Tea v2 program that does what truce's idle dashboard does,
// a line of clock text ticking each second in the alt screen. bench/run
// measures it beside truce in the same run; `q` quits.
package main

import (
	"fmt"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
)

type tickMsg time.Time

type model struct{ now time.Time }

func tick() tea.Cmd {
	return tea.Every(time.Second, func(t time.Time) tea.Msg { return tickMsg(t) })
}

func (m model) Init() tea.Cmd { return tick() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		m.now = time.Time(msg)
		return m, tick()
	case tea.KeyPressMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m model) View() tea.View {
	v := tea.NewView("floor " + m.now.Format("15:04:05"))
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{now: time.Now()}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
