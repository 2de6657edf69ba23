package dashboard

import (
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
)

// capitals are the zones every exact deadline is shown in, loaded once.
type capitals struct {
	washington, beijing *time.Location
}

// loadCapitals loads Washington's and Beijing's zones (UTC if the zone
// database is missing, which the embedded tzdata prevents).
func loadCapitals() capitals {
	load := func(name string) *time.Location {
		if l, err := time.LoadLocation(name); err == nil {
			return l
		}
		return time.UTC
	}
	return capitals{washington: load("America/New_York"), beijing: load("Asia/Shanghai")}
}

// zoneTimes gives an instant in the zone it was set in (t's own location),
// Washington, Beijing, UTC and the viewer's zone, skipping repeats.
func (c capitals) zoneTimes(t time.Time, viewer *time.Location) [][2]string {
	seen := map[string]bool{}
	var out [][2]string
	add := func(label string, loc *time.Location) {
		s := t.In(loc).Format("Mon 2 Jan 2006 15:04:05 MST")
		if seen[s] {
			return
		}
		seen[s] = true
		out = append(out, [2]string{label, s})
	}
	add("Set in", t.Location())
	add("Washington", c.washington)
	add("Beijing", c.beijing)
	add("UTC", time.UTC)
	if viewer != nil {
		add("You", viewer)
	}
	return out
}

// heroView draws the card of the deadline that matters now.
func (v *Countdowns) heroView() string {
	st := v.sh.Styles
	frame := st.PaneFocused
	fw := frame.GetHorizontalFrameSize()
	w := max(v.width-fw, 1)
	lines := v.heroContent(w)
	for len(lines) < v.heroLines {
		lines = append(lines, "")
	}
	for i, ln := range lines[:v.heroLines] {
		lines[i] = widget.PadRight(ln, w)
	}
	return st.Box(strings.Join(lines[:v.heroLines], "\n"), v.width, v.heroHeight(), true)
}

// heroContent is the card's lines for content width w.
func (v *Countdowns) heroContent(w int) []string {
	st := v.sh.Styles
	d := v.watchedNow()
	if d == nil {
		return []string{st.Muted.Render(widget.Fit(firstSetWords(v.sh), w))}
	}
	now := v.sh.Now
	s := d.StateAt(now)
	head := "NEXT DEADLINE"
	switch w := v.sh.Watch; {
	case w.AllPassed:
		head = "ALL DEADLINES PASSED · LAST"
	case w.Passed:
		head = "PASSED"
	case d.At.IsDateOnly() && s.Passed:
		head = "DUE TODAY"
	}
	wtitle, _, beside := ui.WatchWords(v.sh.Watch, now)
	if len(beside) > 0 {
		wtitle += " · also " + strings.Join(beside, ", ")
	}
	title := st.Title.Render(widget.Fit(head+" · "+wtitle, w))
	big := st.Big.Render(ui.DeadlineState(d, now, ui.Compact))
	when := "  " + st.Muted.Render(v.heroWhen(d))
	line2 := ansi.Truncate(big+when, w, "…")
	if v.heroLines <= 2 {
		return []string{title, line2}
	}
	if v.heroZonesID != d.ID {
		v.heroZonesID, v.heroZonesText = d.ID, v.heroZones(d)
	}
	return []string{title, line2, v.progressLine(d, s, w), st.Muted.Render(widget.Fit(v.heroZonesText, w))}
}

// heroWhen is the deadline's instant in the reader's zone.
func (v *Countdowns) heroWhen(d *model.Deadline) string {
	return ui.FormatAt(d.At, v.sh.Zone)
}

// heroZones is the instant in Washington, Beijing, UTC and the viewer's
// zone; a date-only deadline has no instant to convert.
func (v *Countdowns) heroZones(d *model.Deadline) string {
	if d.At.IsDateOnly() {
		return "Date only: no time of day was ever set. " + ui.Clean(d.What)
	}
	parts := make([]string, 0, 4)
	for _, z := range v.caps.zoneTimes(d.At.Time, v.sh.Zone)[1:] {
		parts = append(parts, z[0]+" "+shortTime(z[1]))
	}
	return strings.Join(parts, " · ")
}

// shortTime drops the year from a formatted zone time to save room.
func shortTime(s string) string {
	f := strings.Fields(s)
	if len(f) >= 6 {
		return strings.Join([]string{f[0], f[1], f[2], f[4], f[5]}, " ")
	}
	return s
}

// progressLine is a bar from when the deadline was set to its instant.
func (v *Countdowns) progressLine(d *model.Deadline, s model.DeadlineState, w int) string {
	st := v.sh.Styles
	if d.Set.IsZero() {
		return st.Muted.Render(widget.Fit("Set: unknown", w))
	}
	label := fmt.Sprintf(" %3.0f%% of the time since %s", s.Progress*100, d.Set.Time.Format("2 Jan 2006"))
	barW := max(min(w-lipgloss.Width(label), 60), 0)
	if barW < 10 {
		return st.Muted.Render(widget.Fit(strings.TrimSpace(label), w))
	}
	filled := int(s.Progress*float64(barW) + 0.5)
	return st.Good.Render(strings.Repeat("█", filled)) + st.Subtle.Render(strings.Repeat("░", barW-filled)) + st.Muted.Render(label)
}
