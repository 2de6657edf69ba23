package dashboard

import (
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/ui"

	tea "charm.land/bubbletea/v2"
)

// alerter raises an alert when the clock crosses a deadline going forward,
// whether by ticking or by a time-travel step. Going back never alerts, and
// the same crossing alerts once.
type alerter struct {
	fired map[string]bool
}

// alert is what one clock move raised.
type alert struct {
	banner string
	titles []string
}

// cross returns the alert for deadlines in (prev, now]. A first call (prev
// zero) only records the state.
func (al *alerter) cross(sh *Shared, prev, now time.Time) alert {
	if al.fired == nil {
		al.fired = map[string]bool{}
	}
	var out alert
	if prev.IsZero() || !now.After(prev) {
		return out
	}
	for i := range sh.Data.Deadlines {
		d := &sh.Data.Deadlines[i]
		at := d.At.Time
		if at.After(prev) && !at.After(now) && !al.fired[d.ID] {
			al.fired[d.ID] = true
			out.titles = append(out.titles, ui.Clean(d.Title))
		}
	}
	switch len(out.titles) {
	case 0:
	case 1:
		out.banner = "DEADLINE PASSED: " + out.titles[0]
	default:
		out.banner = fmt.Sprintf("%d DEADLINES PASSED: %s", len(out.titles), strings.Join(out.titles, " · "))
	}
	return out
}

// cmd rings the bell for an alert and, with notify, sends a desktop
// notification through the terminal (OSC 9 and OSC 777).
func (a alert) cmd(notify bool) tea.Cmd {
	if a.banner == "" {
		return nil
	}
	seq := "\a"
	if notify {
		body := ui.Clean(a.banner)
		seq += "\x1b]9;truce: " + body + "\x07" + "\x1b]777;notify;truce;" + body + "\x07"
	}
	return tea.Raw(seq)
}

// reminder is the footer's note about a deadline due within 24 hours.
func reminder(sh *Shared) string {
	d, passed := sh.Data.NextDeadline(sh.Now)
	if d == nil || passed {
		return ""
	}
	left := d.At.Time.Sub(sh.Now)
	switch {
	case d.At.IsDateOnly() && d.DaysUntil(sh.Now) <= 1:
		return ui.DayCount(d.DaysUntil(sh.Now)) + ": " + ui.Clean(d.Title)
	case d.At.IsDateOnly():
		return ""
	case left <= time.Hour:
		return "within the hour: " + ui.Clean(d.Title) + " in " + ui.FormatDuration(left)
	case left <= 24*time.Hour:
		return "within 24 h: " + ui.Clean(d.Title) + " in " + ui.FormatDuration(left)
	}
	return ""
}
