package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// tickMsg is the once-a-second clock tick.
type tickMsg time.Time

// tickCmd schedules the next tick on the wall clock's next whole second.
func (a *App) tickCmd() tea.Cmd {
	if a.ticking {
		return nil
	}
	a.ticking = true
	return tea.Every(time.Second, func(t time.Time) tea.Msg { return tickMsg(t) })
}

// onTick moves the shared instant to the clock's and tells the tabs.
func (a *App) onTick() tea.Cmd {
	a.ticking = false
	cmd := a.syncClock()
	return tea.Batch(cmd, a.tickCmd())
}

// syncClock copies the clock's instant into the shared state and tells every
// tab the clock moved.
func (a *App) syncClock() tea.Cmd {
	changed := a.sh.setNow(a.clock.Now())
	a.sh.Live = a.clock.Live()
	return a.toAll(ClockMsg{KnownChanged: changed})
}

// clockKey handles the time-travel keys.
func (a *App) clockKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.keys
	switch {
	case key.Matches(msg, k.DayBack):
		a.clock.Step(-24 * time.Hour)
	case key.Matches(msg, k.DayForward):
		a.clock.Step(24 * time.Hour)
	case key.Matches(msg, k.HourBack):
		a.clock.Step(-time.Hour)
	case key.Matches(msg, k.HourForward):
		a.clock.Step(time.Hour)
	case key.Matches(msg, k.Now):
		a.clock.Reset()
	case key.Matches(msg, k.Pause):
		a.clock.TogglePause()
	default:
		return nil, false
	}
	return tea.Batch(a.syncClock(), a.tickCmd()), true
}
