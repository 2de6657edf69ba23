package dashboard

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// tickMsg is the clock tick. gen tells a current tick from a stale one left
// over after the schedule changed (tab switch, pause).
type tickMsg struct {
	gen int
	t   time.Time
}

// tickInterval is how often the screen can change: every second (the
// footer's clock and the watched countdown show seconds on every tab),
// never while the clock is paused.
func (a *App) tickInterval() time.Duration {
	if a.clock.Paused() {
		return 0
	}
	return time.Second
}

// reschedule starts a tick chain when none is on its way or when the
// interval the screen needs changed; ticks of older chains are ignored when
// they arrive. Update calls it after every message.
func (a *App) reschedule() tea.Cmd {
	every := a.tickInterval()
	if a.tickPending && every == a.tickEvery {
		return nil
	}
	a.tickGen++
	a.tickEvery, a.tickPending = every, every != 0
	if every == 0 {
		return nil
	}
	gen := a.tickGen
	return tea.Every(every, func(t time.Time) tea.Msg { return tickMsg{gen: gen, t: t} })
}

// onTick moves the shared instant to the clock's and tells the tabs; the
// chain continues from Update.
func (a *App) onTick(msg tickMsg) tea.Cmd {
	if msg.gen != a.tickGen {
		return nil
	}
	a.tickPending = false
	return a.syncClock(false)
}

// syncClock copies the clock's instant into the shared state, recomputes
// the deadline to watch and tells every tab the clock moved. A running clock
// that crossed deadlines raises an alert; a manual move (the time-travel
// keys, a tab switch) never does, and moving back before an alert's
// deadlines takes the alert down.
func (a *App) syncClock(manual bool) tea.Cmd {
	prev := a.sh.Now
	changed := a.sh.setNow(a.clock.Now())
	a.sh.Live = a.clock.Live()
	var alert alert
	if manual {
		if a.alerts.rewind(a.sh.Now) {
			a.setBanner("")
		}
	} else {
		alert = a.alerts.cross(a.sh, prev, a.sh.Now)
	}
	if alert.banner != "" {
		a.setBanner(alert.banner)
	}
	return tea.Batch(a.toAll(ClockMsg{KnownChanged: changed}), alert.cmd(a.opts.Notify, a.opts.InTmux))
}

// setBanner shows or takes down the alert banner (a footer line).
func (a *App) setBanner(text string) {
	if (a.banner == "") != (text == "") {
		a.banner = text
		a.resize(a.width, a.height)
		return
	}
	a.banner = text
}

// clockKey handles the time-travel keys.
func (a *App) clockKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.keys.Global
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
	return a.syncClock(true), true
}
