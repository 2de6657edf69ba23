package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Timeline lists every event known at the clock's instant, in date order,
// rounds marked; the detail shows summary, people, issues, sources and the
// discrepancies flagged on the event.
type Timeline struct {
	*Browser
	sh *Shared
}

// NewTimeline returns the Timeline tab.
func NewTimeline(sh *Shared) *Timeline {
	t := &Timeline{sh: sh, Browser: NewBrowser(sh, "Timeline",
		Column{Title: "Date", Width: 10}, Column{Title: "Kind", Width: 14}, Column{Title: "Event"})}
	t.DetailFor = t.detail
	t.List.SetEmpty("no events known at this instant")
	t.rebuild()
	// Open on the latest event known at the clock: what happened last is
	// what a reader follows; g goes back to the start.
	t.List.Move(t.List.Len())
	t.Refresh(false)
	return t
}

// rebuild makes the rows from the events known now.
func (t *Timeline) rebuild() {
	st := t.sh.Styles
	events := t.sh.Known.Events
	rows := make([]Row, 0, len(events))
	for i := range events {
		e := &events[i]
		kind := string(e.Kind)
		kindStyle := st.Muted
		if e.Kind == model.KindRound {
			kind = "◆ round"
			kindStyle = st.Round
		}
		title := Clean(e.Title)
		if len(t.sh.Data.DiscrepanciesAbout(model.RecordEvent, e.ID)) > 0 {
			title = "⚑ " + title
		}
		rows = append(rows, Row{
			ID:     e.ID,
			Cells:  []string{e.At.Time.Format("2006-01-02"), kind, title},
			Styles: []lipgloss.Style{st.Muted, kindStyle, st.Row},
			Search: Clean(e.Summary) + " " + t.peopleText(e),
		})
	}
	t.List.SetRows(rows)
	if ahead := len(t.sh.Data.Events) - len(events); ahead > 0 {
		t.List.SetNote(fmt.Sprintf("%s lie ahead of the clock", plural(ahead, "more event")))
	} else {
		t.List.SetNote("")
	}
	t.Refresh(true)
}

// peopleText is the names of the people in an event, for search.
func (t *Timeline) peopleText(e *model.Event) string {
	s := ""
	for _, id := range e.People {
		if p, ok := t.sh.Data.Person(id); ok {
			s += " " + p.Name + " " + p.Native + " " + p.Pinyin
		}
	}
	return Clean(s)
}

// Update handles a message; see Browser for keys.
func (t *Timeline) Update(msg tea.Msg) (*Timeline, tea.Cmd) {
	if t.reload(msg, t.rebuild) {
		return t, nil
	}
	if c, ok := msg.(ClockMsg); ok {
		if c.KnownChanged {
			t.rebuild()
		}
		return t, nil
	}
	cmd, _ := t.Browser.Update(msg)
	return t, cmd
}

// Show selects an event (or the event of a round) and opens its detail.
func (t *Timeline) Show(to Target) bool {
	id := to.ID
	if to.Kind == model.RecordRound {
		e, ok := t.sh.Known.EventOfRound(to.ID)
		if !ok {
			return false
		}
		id = e.ID
	}
	return t.ShowID(id)
}

// SelectedTarget names the selected event, for going back to it.
func (t *Timeline) SelectedTarget() Target {
	return Target{Tab: TabTimeline, Kind: model.RecordEvent, ID: t.List.SelectedID()}
}

// detail builds an event's detail.
func (t *Timeline) detail(id string) []Line {
	sh := t.sh
	st := sh.Styles
	e, ok := sh.Data.Event(id)
	if !ok {
		return nil
	}
	out := []Line{{Text: Clean(e.Title), Style: st.Title}}
	out = append(out, labelBlock(st, [][2]string{
		{"When", formatInstant(e.At, nil) + " (" + e.Zone + ")"},
		{"Kind", string(e.Kind)},
		{"Confidence", e.Confidence.Label()},
	})...)
	out = append(out, Line{})
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
func (t *Timeline) roundLines(roundID string) []Line {
	sh := t.sh
	st := sh.Styles
	r, ok := sh.Data.Round(roundID)
	if !ok {
		return nil
	}
	out := heading(st, fmt.Sprintf("Round %d: %s", r.Number, Clean(r.Name)))
	out = append(out, labelBlock(st, [][2]string{
		{"Dates", dateRange(r.Start, r.End)},
		{"Place", r.City + ", " + r.Country},
		{"Venue", r.Venue},
		{"Outcome", r.Outcome},
	})...)
	return append(out, attendeeLines(sh, sh.Data.AttendeesBySide(r.ID))...)
}
