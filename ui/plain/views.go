package plain

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"

	"github.com/truce-dev/truce/model"
)

// The five views of Print, each a linear reading of its tab.

// timeline prints the events known at the instant, oldest first.
func (p *printer) timeline() {
	known := p.known.Events
	head := fmt.Sprintf("Timeline: %s known at this instant", ui.Plural(len(known), "event"))
	if p.known.CutAtClock() {
		head += " (" + ui.LaterEventsWords + ")"
	}
	p.heading(head)
	for i := range known {
		e := &known[i]
		p.blank()
		p.subheading(ui.FormatAt(e.At, p.zone) + ": " + ui.Clean(e.Title))
		p.field(2, "Kind", ui.EventKindWord(e.Kind, ui.Spelled))
		p.text(2, p.st.Text, ui.CleanBlock(e.Summary))
		if e.Round != "" {
			p.round(e.Round)
		}
		p.people(2, "People", e.People)
		p.issueNames(2, e.Issues)
		p.discrepancies(2, model.RecordEvent, e.ID)
		if e.Round != "" {
			p.discrepancies(2, model.RecordRound, e.Round)
		}
		p.sourcesField(2, e.Sourced)
	}
}

// round prints a round's facts and its attendees by side.
func (p *printer) round(id string) {
	r, ok := p.known.Round(id)
	if !ok {
		return
	}
	place := ui.Clean(r.City) + ", " + ui.Clean(r.Country)
	if r.Venue != "" {
		place = ui.Clean(r.Venue) + ", " + place
	}
	p.field(2, "Round", fmt.Sprintf("%d, %s, %s", r.Number, ui.Clean(r.Name), ui.RoundDays(r.Start, r.End, nil)))
	p.field(2, "Place", place)
	p.field(2, "Outcome", ui.Clean(ui.RoundOutcome(r)))
	for _, g := range p.known.AttendeesBySide(r.ID) {
		names := make([]string, 0, len(g.Attendees))
		for _, at := range g.Attendees {
			s := ui.Clean(at.Person.Name)
			if at.Attendance.Role != "" {
				s += " (" + ui.Clean(at.Attendance.Role) + ")"
			}
			names = append(names, s+", "+ui.SourcedWord(at.Attendance.Sourced, ui.Spelled))
		}
		p.field(2, "Attended for "+g.Side.Label(), strings.Join(names, "; "))
	}
}

// people prints the names of the people with the ids.
func (p *printer) people(indent int, label string, ids []string) {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if x, ok := p.known.Person(id); ok {
			names = append(names, ui.Clean(ui.PersonLabel(x)))
		} else {
			names = append(names, ui.Clean(id))
		}
	}
	p.field(indent, label, joinNames(names))
}

// issueNames prints the names of the issues with the ids.
func (p *printer) issueNames(indent int, ids []string) {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if is, ok := p.known.Issue(id); ok {
			names = append(names, ui.Clean(is.Name))
		} else {
			names = append(names, ui.Clean(id))
		}
	}
	p.field(indent, "Issues", joinNames(names))
}

// roster prints the people by side, with the rounds each attended so far.
func (p *printer) roster() {
	d := p.known
	p.heading(fmt.Sprintf("Roster: %s, %s known at this instant",
		ui.Plural(len(d.People), "person"), ui.Plural(len(p.known.Rounds), "round")))
	for _, side := range model.Sides() {
		first := true
		for i := range d.People {
			x := &d.People[i]
			if x.Side != side {
				continue
			}
			if first {
				p.blank()
				p.subheading(side.Label())
				first = false
			}
			p.person(x)
		}
	}
}

// person prints one person's entry.
func (p *printer) person(x *model.Person) {
	name := ui.Clean(ui.PersonLabel(x))
	if x.Pinyin != "" {
		name += " (" + ui.Clean(x.Pinyin) + ")"
	}
	p.wrapped(2, 4, p.st.Side(x.Side), name+": "+ui.Clean(x.Title))
	if len(x.Titles) > 0 {
		titles := make([]string, len(x.Titles))
		for i, t := range x.Titles {
			titles[i] = ui.Clean(t)
		}
		p.field(4, "Titles held", strings.Join(titles, "; "))
	}
	if len(x.Aliases) > 0 {
		aliases := make([]string, len(x.Aliases))
		for i, a := range x.Aliases {
			aliases[i] = ui.Clean(a)
		}
		p.field(4, "Also written", strings.Join(aliases, "; "))
	}
	p.field(4, "Rounds", p.roundsOf(x.ID))
	if issues := p.known.IssuesOfPerson(x.ID); len(issues) > 0 {
		ids := make([]string, len(issues))
		for i, is := range issues {
			ids[i] = is.ID
		}
		p.issueNames(4, ids)
	}
	p.discrepancies(4, model.RecordPerson, x.ID)
	p.sourcesField(4, x.Sourced)
}

// roundsOf spells out which known rounds a person attended and which not.
func (p *printer) roundsOf(id string) string {
	known := p.known
	if len(known.Rounds) == 0 {
		return "no round known at this instant"
	}
	var went, missed []string
	for i := range known.Rounds {
		r := &known.Rounds[i]
		name := fmt.Sprintf("%d %s", r.Number, ui.Clean(r.City))
		if at, ok := known.AttendanceOf(id, r.ID); ok {
			s := "attended " + name
			if at.Role != "" {
				s += " (" + ui.Clean(at.Role) + ")"
			}
			went = append(went, s+", "+ui.SourcedWord(at.Sourced, ui.Spelled))
		} else {
			missed = append(missed, name)
		}
	}
	out := strings.Join(went, "; ")
	if len(went) == 0 {
		out = "attended none"
	}
	if len(missed) > 0 {
		out += "; not recorded at " + joinNames(missed)
	}
	return out
}

// issues prints every disputed issue with both positions.
func (p *printer) issues() {
	d := p.known
	p.heading("Issues: " + ui.Plural(len(d.Issues), "disputed issue"))
	for i := range d.Issues {
		is := &d.Issues[i]
		p.blank()
		status := string(is.Status)
		if term := is.TermAt(p.now); term.RanOut {
			status += ", " + ui.TermWords(term, p.zone)
		} else if words := ui.TermWords(term, p.zone); words != "" {
			status += " " + words
		}
		p.subheading(ui.Clean(is.Name) + ", status: " + status)
		p.text(2, p.st.Muted, ui.Clean(is.StatusNote))
		p.text(2, p.st.Text, ui.CleanBlock(is.Summary))
		p.field(2, "United States position"+p.asOf(is, model.US), orNone(ui.Clean(is.US)))
		p.field(2, "China position"+p.asOf(is, model.China), orNone(ui.Clean(is.China)))
		p.history(is)
		var evs []string
		for _, e := range p.known.EventsOfIssue(is.ID) {
			evs = append(evs, ui.FormatDayIn(e.At, p.zone)+": "+ui.Clean(e.Title))
		}
		p.field(2, "Events", strings.Join(evs, "; "))
		var dls []string
		for _, dl := range p.known.DeadlinesOfIssue(is.ID) {
			dls = append(dls, ui.Clean(dl.Title)+", due "+ui.FormatDueAt(dl.At, p.zone))
		}
		p.field(2, "Deadlines", strings.Join(dls, "; "))
		p.discrepancies(2, model.RecordIssue, is.ID)
		p.sourcesField(2, is.Sourced)
	}
}

// countdowns prints every deadline known at the instant with its state.
func (p *printer) countdowns() {
	known := p.known.DeadlinesInOrder()
	head := "Countdowns: " + ui.Plural(len(known), "deadline")
	if p.known.CutAtClock() {
		head += " (" + ui.LaterDeadlinesWords + ")"
	}
	p.heading(head)
	if len(known) == 0 && len(p.data.Deadlines) > 0 {
		p.blank()
		p.wrapped(2, 4, p.st.Muted, ui.FirstSetWords(p.data, p.now))
	}
	now := p.now
	for _, dl := range known {
		st := dl.StateAt(now)
		p.blank()
		style := p.st.Warn
		if st.Passed {
			style = p.st.Muted
		}
		p.wrapped(0, 2, style, ui.Clean(dl.Title)+": "+ui.DeadlineState(dl, now, ui.Spelled))
		due := ui.FormatAt(dl.At, p.zone)
		if dl.At.IsDateOnly() {
			due += " (" + ui.Clean(dl.Zone) + "), no time of day was set"
		}
		p.field(2, "Due", due)
		p.field(2, "What was to happen", ui.Clean(dl.What))
		if st.Passed {
			p.field(2, "Outcome note", ui.Clean(dl.OutcomeNote))
		}
		if r, ok := p.known.Deadline(dl.ReplacedBy); ok && dl.ReplacedBy != "" {
			p.field(2, "Replaced by", ui.Clean(r.Title)+", due "+ui.FormatDueAt(r.At, p.zone))
		}
		p.discrepancies(2, model.RecordDeadline, dl.ID)
		p.sourcesField(2, dl.Sourced)
	}
}

// sources prints every source with what it is cited for and the claims of
// it that the record contradicts.
func (p *printer) sources() {
	d := p.known
	p.heading(fmt.Sprintf("Sources: %s, newest first, %s", ui.Plural(len(d.Sources), "source"),
		ui.Plural(len(d.Discrepancies), "discrepancy")))
	for _, s := range ui.SourcesNewestFirst(d.Sources) {
		p.blank()
		p.subheading(ui.Clean(s.Outlet) + ": " + ui.Clean(s.Title))
		p.field(2, "Date", ui.Clean(s.Date))
		p.field(2, "Kind", ui.SourceKindWords(s.Kind))
		p.field(2, "URL", ui.Clean(s.URL))
		p.field(2, "Carries", ui.Clean(s.Via))
		if c, ok := d.Source(s.CopyOf); ok && s.CopyOf != "" {
			p.field(2, "Copy of", ui.Clean(c.Outlet)+", "+ui.Clean(c.Title))
		}
		p.field(2, "Note", ui.Clean(s.Note))
		xs := d.DiscrepanciesOfSource(s.ID)
		if len(xs) > 0 {
			p.field(2, "Claims the record contradicts", fmt.Sprint(len(xs)))
		}
		for _, x := range xs {
			p.discrepancy(4, x, false)
		}
		var cites []string
		for _, c := range d.CitationsOf(s.ID) {
			cites = append(cites, string(c.Kind)+" "+ui.Clean(c.Label))
		}
		p.field(2, "Cited for", strings.Join(cites, "; "))
	}
}
