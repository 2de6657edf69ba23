package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Countdowns lists every deadline in order of instant with the time left
// (or since), recomputed from the clock on every tick.
type Countdowns struct {
	*Browser
	sh *Shared
}

// NewCountdowns returns the Countdowns tab.
func NewCountdowns(sh *Shared) *Countdowns {
	v := &Countdowns{sh: sh, Browser: NewBrowser(sh, "Countdowns",
		Column{Title: "Due", Width: 16}, Column{Title: "Left / since", Width: 16}, Column{Title: "Deadline"})}
	v.DetailFor = v.detail
	v.rebuild()
	return v
}

func (v *Countdowns) rebuild() {
	st := v.sh.Styles
	now := v.sh.Now
	rows := make([]Row, 0, len(v.sh.Data.Deadlines))
	for _, d := range v.sh.Data.DeadlinesInOrder() {
		s := d.StateAt(now)
		left, style := formatLeft(d, s, now), st.Warn
		if s.Passed {
			style = st.Muted
		}
		rows = append(rows, Row{
			ID:     d.ID,
			Cells:  []string{formatDue(d.At), left, Clean(d.Title)},
			Styles: []lipgloss.Style{st.Muted, style, st.Row},
			Search: Clean(d.What + " " + d.OutcomeNote),
		})
	}
	v.List.SetRows(rows)
	v.Refresh(true)
}

// formatDue is the deadline's day, with the time when one was set.
func formatDue(in model.Instant) string {
	if in.IsDateOnly() {
		return in.Time.Format("2006-01-02")
	}
	return in.Time.Format("2006-01-02 15:04")
}

// formatLeft is "13d 11:59:03" before and "passed 3d 02:00:00" after; a
// date-only deadline counts days only.
func formatLeft(d *model.Deadline, s model.DeadlineState, now time.Time) string {
	if d.At.IsDateOnly() {
		n := d.DaysUntil(now)
		switch {
		case n > 0:
			return plural(n, "day")
		case n == 0:
			return "today"
		default:
			return plural(-n, "day") + " ago"
		}
	}
	if s.Passed {
		return "+" + FormatDuration(s.Since)
	}
	return FormatDuration(s.Left)
}

// FormatDuration formats a duration as "13d 11:59:03", days shown only
// from 24 hours.
func FormatDuration(d time.Duration) string {
	d = d.Truncate(time.Second)
	days := int(d / (24 * time.Hour))
	d -= time.Duration(days) * 24 * time.Hour
	h, m, s := int(d/time.Hour), int(d/time.Minute)%60, int(d/time.Second)%60
	if days > 0 {
		return fmt.Sprintf("%dd %02d:%02d:%02d", days, h, m, s)
	}
	return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
}

// Update handles a message; see Browser for keys.
func (v *Countdowns) Update(msg tea.Msg) (*Countdowns, tea.Cmd) {
	switch msg.(type) {
	case ClockMsg, DataMsg:
		v.rebuild()
		return v, nil
	case StylesMsg:
		v.SetStyles(v.sh.Styles)
		v.rebuild()
		return v, nil
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// UsesArrows is false: ←/→ switch tabs.
func (v *Countdowns) UsesArrows() bool { return false }

// ShowsSeconds is true: the time left ticks.
func (v *Countdowns) ShowsSeconds() bool { return true }

// Show selects a deadline and opens its detail.
func (v *Countdowns) Show(to Target) bool {
	v.List.ClearSearch()
	if !v.List.SelectID(to.ID) {
		return false
	}
	v.Refresh(true)
	v.Open()
	return true
}

// SelectedTarget names the selected deadline.
func (v *Countdowns) SelectedTarget() Target {
	return Target{Tab: TabCountdowns, Kind: model.RecordDeadline, ID: v.List.SelectedID()}
}

func (v *Countdowns) detail(id string) []Line {
	sh := v.sh
	st := sh.Styles
	d, ok := sh.Data.Deadline(id)
	if !ok {
		return nil
	}
	s := d.StateAt(sh.Now)
	out := []Line{
		{Text: Clean(d.Title), Style: st.Title},
		field(st, "Due", formatInstant(d.At, nil)+" ("+Clean(d.Zone)+")"),
		field(st, "Left", formatLeft(d, s, sh.Now)),
		field(st, "What", d.What),
	}
	if s.Passed {
		out = append(out, field(st, "Outcome", string(d.Outcome)+". "+d.OutcomeNote))
	}
	if d.ReplacedBy != "" {
		if r, ok := sh.Data.Deadline(d.ReplacedBy); ok {
			out = append(out, heading(st, "Replaced by")...)
			out = append(out, deadlineLink(sh, r, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordDeadline, id)...)
	return append(out, sourceLines(sh, d.Sourced)...)
}
