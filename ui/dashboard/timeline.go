package dashboard

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
		widget.Column{Title: "Date", Width: 10, Fit: true, Short: 9}, widget.Column{Title: "Kind", Width: 14, Fit: true, Short: 9, Optional: true},
		widget.Column{Title: "Event"})}
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
		kind, short := ui.EventKindWord(e.Kind, ui.Spelled), ui.EventKindWord(e.Kind, ui.Compact)
		kindStyle := st.Ink.Muted
		if e.Kind == model.KindRound {
			kind, short = "◆ round", "◆ round"
			kindStyle = st.Ink.Round
		}
		title := ui.Clean(e.Title)
		if len(t.sh.Known.DiscrepanciesAbout(model.RecordEvent, e.ID)) > 0 {
			title = "⚑ " + title
		}
		k := eventKeys(t.sh.Known, e)
		rows = append(rows, widget.Row{
			ID:      e.ID,
			Cells:   []string{ui.FormatDayIn(e.At, t.sh.Zone), kind, title},
			Short:   []string{ui.FormatShortDayIn(e.At, t.sh.Zone), short, ""},
			Styles:  []ui.Ink{st.Ink.Muted, kindStyle, st.Ink.Row},
			Names:   k.names,
			Related: k.related,
			Search:  k.search,
		})
	}
	t.b.List.SetRows(rows)
	if t.sh.Known.CutAtClock() {
		t.b.List.SetNote(ui.LaterEventsWords)
	} else {
		t.b.List.SetNote("")
	}
	t.b.Refresh(true)
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

// Draw draws the list and the detail into dst.
func (t *Timeline) Draw(dst *widget.Lines) { t.b.Draw(dst) }

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

// detail builds an event's detail. An event that is a round gives the
// round's dates, place, outcome and attendees in the same fields: nothing
// is said twice.
func (t *Timeline) detail(id string) []widget.Line {
	sh := t.sh
	st := sh.Styles
	e, ok := sh.Known.Event(id)
	if !ok {
		return nil
	}
	r, isRound := sh.Known.Round(e.Round)
	when := ui.FormatAt(e.At, sh.Zone) + whereSet(e.At, e.Zone)
	fields := [][2]string{{"When", when}, {"Kind", ui.EventKindWord(e.Kind, ui.Spelled)}}
	if isRound { // the round's days, where it was held (Place)
		fields[0][1] = ui.DateRange(r.Start, r.End)
		fields = append(fields, roundPlace(r)...)
	}
	out := []widget.Line{{Text: ui.Clean(e.Title), Style: st.Ink.Title}}
	out = append(out, labelBlock(st, fields)...)
	out = append(out, widget.Line{})
	out = append(out, para(st, e.Summary)...)
	people := e.People
	discrepancies := sh.Known.DiscrepanciesAbout(model.RecordEvent, e.ID)
	sourced := e.Sourced
	if isRound {
		out = append(out, heading(st, "Outcome")...)
		out = append(out, para(st, roundOutcome(r))...)
		groups := sh.Known.AttendeesBySide(r.ID)
		out = append(out, heading(st, fmt.Sprintf("Attendees (%d)", attendeeCount(groups)))...)
		out = append(out, attendeeLines(sh, groups)...)
		people = notAttending(people, groups)
		discrepancies = appendNew(discrepancies, sh.Known.DiscrepanciesAbout(model.RecordRound, r.ID)...)
		sourced.Sources = appendNew(sourced.Sources, r.Sources...)
		sourced.NoSourceYet = len(sourced.Sources) == 0
	}
	if len(people) > 0 {
		title := "People"
		if isRound {
			title = "Also involved"
		}
		out = append(out, heading(st, title)...)
		for _, pid := range people {
			out = append(out, personLink(sh, pid, "", 2))
		}
	}
	if len(e.Issues) > 0 {
		out = append(out, heading(st, "Issues")...)
		for _, iid := range e.Issues {
			out = append(out, issueLink(sh, iid, 2))
		}
	}
	out = append(out, discrepancyLinesFor(sh, discrepancies)...)
	return append(out, sourceLines(sh, sourced)...)
}

// notAttending is the people who are not among a round's attendees.
func notAttending(people []string, groups []model.SideGroup) []string {
	var out []string
	for _, id := range people {
		found := false
		for _, g := range groups {
			for _, at := range g.Attendees {
				found = found || at.Person.ID == id
			}
		}
		if !found {
			out = append(out, id)
		}
	}
	return out
}

// appendNew appends the items of more that list does not hold yet.
func appendNew[T comparable](list []T, more ...T) []T {
	for _, x := range more {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// whereSet names the zone a date-only instant is a day in: " (Asia/Kuala
// Lumpur's day)"; an exact instant names its own zone already.
func whereSet(in model.Instant, zone string) string {
	if in.IsDateOnly() {
		return " (a day in " + ui.ZoneCity(ui.Clean(zone)) + ")"
	}
	return ""
}
