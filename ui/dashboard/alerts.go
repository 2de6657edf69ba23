package dashboard

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/ui"
)

// alerter raises an alert when a running clock crosses a deadline going
// forward, once per crossing. Manual moves never alert; moving back before
// a deadline forgets its crossing, so that running past it again alerts
// again.
type alerter struct {
	fired map[string]time.Time // deadline id → its instant, once alerted
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
		al.fired = map[string]time.Time{}
	}
	var out alert
	if prev.IsZero() || !now.After(prev) {
		return out
	}
	for i := range sh.Known.Deadlines {
		d := &sh.Known.Deadlines[i]
		at := d.At.Time
		if _, done := al.fired[d.ID]; at.After(prev) && !at.After(now) && !done && !d.StateAt(now).SettledEarly {
			al.fired[d.ID] = at
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

// rewind forgets the crossings of deadlines after now (the clock went back
// before them). It reports whether it forgot any: the banner about them is
// then stale.
func (al *alerter) rewind(now time.Time) bool {
	forgot := false
	for id, at := range al.fired {
		if at.After(now) {
			delete(al.fired, id)
			forgot = true
		}
	}
	return forgot
}

// cmd rings the bell for an alert and, with notify, sends a desktop
// notification through the terminal (OSC 9 and OSC 777), wrapped in tmux's
// passthrough when inside tmux, which forwards it to the outer terminal
// when its allow-passthrough option is on.
func (a alert) cmd(notify, inTmux bool) tea.Cmd {
	if a.banner == "" {
		return nil
	}
	seq := "\a"
	if notify {
		body := ui.Clean(a.banner)
		osc := "\x1b]9;truce: " + body + "\x07" + "\x1b]777;notify;truce;" + body + "\x07"
		if inTmux {
			osc = tmuxPassthrough(osc)
		}
		seq += osc
	}
	return tea.Raw(seq)
}

// tmuxPassthrough wraps escape sequences in tmux's DCS passthrough: every
// ESC inside is doubled.
func tmuxPassthrough(seq string) string {
	return "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\"
}
