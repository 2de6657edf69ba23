package dashboard

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Timeline lists every event known at the clock's instant, in date order,
// rounds marked; the detail shows summary, people, issues, sources and the
// discrepancies flagged on the event.
type Timeline struct {
	sh *Shared
	b  *widget.Browser
}

// NewTimeline returns the Timeline tab.
func NewTimeline(sh *Shared) *Timeline {
	t := &Timeline{sh: sh, b: widget.NewBrowser(sh.Styles, sh.Keys.Widget,
		widget.Column{Title: "Date", Width: 10}, widget.Column{Title: "Kind", Width: 14}, widget.Column{Title: "Event"})}
	t.b.DetailFor = t.detail
	t.b.List.SetEmpty("no events known at this instant")
	t.rebuild()
	// Open on the latest event known at the clock: what happened last is
	// what a reader follows; g goes back to the start.
	t.b.List.Move(t.b.List.Len())
	t.b.Refresh(false)
	return t
}

// rebuild makes the rows from the events known now.
func (t *Timeline) rebuild() {
	st := t.sh.Styles
	events := t.sh.Known.Events
	rows := make([]widget.Row, 0, len(events))
	for i := range events {
		e := &events[i]
		kind := string(e.Kind)
		kindStyle := st.Muted
		if e.Kind == model.KindRound {
			kind = "◆ round"
			kindStyle = st.Round
		}
		title := ui.Clean(e.Title)
		if len(t.sh.Known.DiscrepanciesAbout(model.RecordEvent, e.ID)) > 0 {
			title = "⚑ " + title
		}
		rows = append(rows, widget.Row{
			ID:     e.ID,
			Cells:  []string{ui.FormatDay(e.At), kind, title},
			Styles: []lipgloss.Style{st.Muted, kindStyle, st.Row},
			Search: ui.Clean(e.Summary) + " " + t.peopleText(e),
		})
	}
	t.b.List.SetRows(rows)
	if ahead := len(t.sh.Data.Events) - len(events); ahead > 0 {
		t.b.List.SetNote(fmt.Sprintf("%s lie ahead of the clock", ui.Plural(ahead, "more event")))
	} else {
		t.b.List.SetNote("")
	}
	t.b.Refresh(true)
}

// peopleText is the names of the people in an event, for search.
func (t *Timeline) peopleText(e *model.Event) string {
	s := ""
	for _, id := range e.People {
		if p, ok := t.sh.Known.Person(id); ok {
			s += " " + p.Name + " " + p.Native + " " + p.Pinyin
		}
	}
	return ui.Clean(s)
}

// Update handles a message; see widget.Browser for the keys.
func (t *Timeline) Update(msg tea.Msg) (*Timeline, tea.Cmd) {
	if refresh(msg, t.b, t.rebuild) {
		return t, nil
	}
	cmd, _ := t.b.Update(msg)
	return t, cmd
}

// Show selects an event (or the event of a round) and opens its detail.
func (t *Timeline) Show(to ui.Target) bool {
	id := to.ID
	if to.Kind == model.RecordRound {
		e, ok := t.sh.Known.EventOfRound(to.ID)
		if !ok {
			return false
		}
		id = e.ID
	}
	return t.b.ShowID(id)
}

// Here names the selected event, for going back to it.
func (t *Timeline) Here() ui.Target {
	return ui.Target{Tab: ui.TabTimeline, Kind: model.RecordEvent, ID: t.b.List.SelectedID()}
}

// SetSize sets the body size.
func (t *Timeline) SetSize(w, h int) { t.b.SetSize(w, h) }

// View draws the list and the detail.
func (t *Timeline) View() string { return t.b.View() }

// Capturing reports whether the search line has the keyboard.
func (t *Timeline) Capturing() bool { return t.b.Capturing() }

// Back closes the detail or the search.
func (t *Timeline) Back() bool { return t.b.Back() }

// UsesArrows is false: ←/→ switch tabs.
func (t *Timeline) UsesArrows() bool { return false }

// Mode names what has the keyboard, for the help cache.
func (t *Timeline) Mode() string { return t.b.Mode() }

// ShortHelp lists the keys that work now.
func (t *Timeline) ShortHelp() []key.Binding { return t.b.ShortHelp() }

// FullHelp lists every key of the tab, grouped.
func (t *Timeline) FullHelp() [][]key.Binding { return t.b.FullHelp() }

// detail builds an event's detail.
func (t *Timeline) detail(id string) []widget.Line {
	sh := t.sh
	st := sh.Styles
	e, ok := sh.Known.Event(id)
	if !ok {
		return nil
	}
	out := []widget.Line{{Text: ui.Clean(e.Title), Style: st.Title}}
	out = append(out, labelBlock(st, [][2]string{
		{"When", ui.FormatAt(e.At, sh.Zone) + whereSet(e.At, e.Zone)},
		{"Kind", string(e.Kind)},
		{"Confidence", e.Confidence.Label()},
	})...)
	out = append(out, widget.Line{})
	out = append(out, para(st, e.Summary)...)
	if e.Round != "" {
		out = append(out, t.roundLines(e.Round)...)
	}
	if len(e.People) > 0 {
		out = append(out, heading(st, "People")...)
		for _, pid := range e.People {
			out = append(out, personLink(sh, pid, "", 2))
		}
	}
	if len(e.Issues) > 0 {
		out = append(out, heading(st, "Issues")...)
		for _, iid := range e.Issues {
			out = append(out, issueLink(sh, iid, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordEvent, e.ID)...)
	if e.Round != "" {
		out = append(out, discrepancyLines(sh, model.RecordRound, e.Round)...)
	}
	return append(out, sourceLines(sh, e.Sourced)...)
}

// roundLines shows a round's venue, outcome and attendees by side, each
// attendee a link to the Roster.
func (t *Timeline) roundLines(roundID string) []widget.Line {
	sh := t.sh
	st := sh.Styles
	r, ok := sh.Known.Round(roundID)
	if !ok {
		return nil
	}
	out := heading(st, fmt.Sprintf("Round %d: %s", r.Number, ui.Clean(r.Name)))
	out = append(out, labelBlock(st, [][2]string{
		{"Dates", ui.DateRange(r.Start, r.End)},
		{"Place", r.City + ", " + r.Country},
		{"Venue", r.Venue},
		{"Outcome", roundOutcome(r)},
	})...)
	return append(out, attendeeLines(sh, sh.Known.AttendeesBySide(r.ID))...)
}

// whereSet names the zone a date-only instant is a day in: " (Asia/Kuala
// Lumpur's day)"; an exact instant names its own zone already.
func whereSet(in model.Instant, zone string) string {
	if in.IsDateOnly() {
		return " (a day in " + ui.ZoneCity(ui.Clean(zone)) + ")"
	}
	return ""
}
