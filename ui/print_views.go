package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// The five views of Print, each a linear reading of its tab.

// timeline prints the events known at the instant, oldest first.
func (p *printer) timeline() {
	known := p.sh.Known.Events
	head := fmt.Sprintf("Timeline: %s known at this instant", plural(len(known), "event"))
	if ahead := len(p.sh.Data.Events) - len(known); ahead > 0 {
		head += fmt.Sprintf(", %d more after it", ahead)
	}
	p.heading(head)
	for i := range known {
		e := &known[i]
		p.blank()
		p.subheading(formatWhen(e.At) + ": " + Clean(e.Title))
		p.field(2, "Kind", strings.ReplaceAll(string(e.Kind), "-", " "))
		p.text(2, p.st.Text, CleanBlock(e.Summary))
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
	r, ok := p.sh.Data.Round(id)
	if !ok {
		return
	}
	place := Clean(r.City) + ", " + Clean(r.Country)
	if r.Venue != "" {
		place = Clean(r.Venue) + ", " + place
	}
	p.field(2, "Round", fmt.Sprintf("%d, %s, %s to %s", r.Number, Clean(r.Name), formatWhen(r.Start), formatWhen(r.End)))
	p.field(2, "Place", place)
	p.field(2, "Outcome", Clean(r.Outcome))
	for _, g := range p.sh.Data.AttendeesBySide(r.ID) {
		names := make([]string, 0, len(g.Attendees))
		for _, at := range g.Attendees {
			s := Clean(at.Person.Name)
			if at.Attendance.Role != "" {
				s += " (" + Clean(at.Attendance.Role) + ")"
			}
			names = append(names, s+", "+attendanceWord(at.Attendance.Confidence))
		}
		p.field(2, "Attended for "+g.Side.Label(), strings.Join(names, "; "))
	}
}

// attendanceWord spells out how well an attendance is sourced.
func attendanceWord(c model.Confidence) string {
	switch c {
	case model.Confirmed:
		return "confirmed by two or more sources"
	case model.Single:
		return "reported by one source"
	default:
		return "unconfirmed"
	}
}

// people prints the names of the people with the ids.
func (p *printer) people(indent int, label string, ids []string) {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if x, ok := p.sh.Data.Person(id); ok {
			names = append(names, Clean(personLabel(x)))
		} else {
			names = append(names, Clean(id))
		}
	}
	p.field(indent, label, joinNames(names))
}

// issueNames prints the names of the issues with the ids.
func (p *printer) issueNames(indent int, ids []string) {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if is, ok := p.sh.Data.Issue(id); ok {
			names = append(names, Clean(is.Name))
		} else {
			names = append(names, Clean(id))
		}
	}
	p.field(indent, "Issues", joinNames(names))
}

// roster prints the people by side, with the rounds each attended so far.
func (p *printer) roster() {
	d := p.sh.Data
	p.heading(fmt.Sprintf("Roster: %s, %s known at this instant",
		count(len(d.People), "person", "people"), plural(len(p.sh.Known.Rounds), "round")))
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
	name := Clean(personLabel(x))
	if x.Pinyin != "" {
		name += " (" + Clean(x.Pinyin) + ")"
	}
	p.wrapped(2, 4, p.st.Side(x.Side), name+": "+Clean(x.Title))
	if len(x.Titles) > 0 {
		titles := make([]string, len(x.Titles))
		for i, t := range x.Titles {
			titles[i] = Clean(t)
		}
		p.field(4, "Titles held", strings.Join(titles, "; "))
	}
	if len(x.Aliases) > 0 {
		aliases := make([]string, len(x.Aliases))
		for i, a := range x.Aliases {
			aliases[i] = Clean(a)
		}
		p.field(4, "Also written", strings.Join(aliases, "; "))
	}
	p.field(4, "Rounds", p.roundsOf(x.ID))
	if issues := p.sh.Data.IssuesOfPerson(x.ID); len(issues) > 0 {
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
	known := p.sh.Known
	if len(known.Rounds) == 0 {
		return "no round known at this instant"
	}
	var went, missed []string
	for i := range known.Rounds {
		r := &known.Rounds[i]
		name := fmt.Sprintf("%d %s", r.Number, Clean(r.City))
		if at, ok := known.AttendanceOf(id, r.ID); ok {
			s := "attended " + name
			if at.Role != "" {
				s += " (" + Clean(at.Role) + ")"
			}
			went = append(went, s+", "+attendanceWord(at.Confidence))
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
	d := p.sh.Data
	p.heading("Issues: " + plural(len(d.Issues), "disputed issue"))
	for i := range d.Issues {
		is := &d.Issues[i]
		p.blank()
		p.subheading(Clean(is.Name) + ", status: " + string(is.Status))
		p.text(2, p.st.Muted, Clean(is.StatusNote))
		p.text(2, p.st.Text, CleanBlock(is.Summary))
		p.field(2, "United States position", Clean(is.US))
		p.field(2, "China position", Clean(is.China))
		var evs []string
		for _, e := range p.sh.Known.EventsOfIssue(is.ID) {
			evs = append(evs, e.At.Date()+": "+Clean(e.Title))
		}
		p.field(2, "Events", strings.Join(evs, "; "))
		var dls []string
		for _, dl := range p.sh.Data.DeadlinesOfIssue(is.ID) {
			dls = append(dls, Clean(dl.Title)+", due "+formatWhen(dl.At))
		}
		p.field(2, "Deadlines", strings.Join(dls, "; "))
		p.discrepancies(2, model.RecordIssue, is.ID)
		p.sourcesField(2, is.Sourced)
	}
}

// countdowns prints every deadline known at the instant with its state.
func (p *printer) countdowns() {
	known := p.sh.Known.DeadlinesInOrder()
	head := "Countdowns: " + plural(len(known), "deadline")
	if later := len(p.sh.Data.Deadlines) - len(known); later > 0 {
		head += fmt.Sprintf(", %d more set after this instant", later)
	}
	p.heading(head)
	now := p.sh.Now
	for _, dl := range known {
		st := dl.StateAt(now)
		p.blank()
		style := p.st.Warn
		if st.Passed {
			style = p.st.Muted
		}
		p.wrapped(0, 2, style, Clean(dl.Title)+": "+DeadlineState(dl, now))
		due := formatWhen(dl.At) + " (" + Clean(dl.Zone) + ")"
		if dl.At.IsDateOnly() {
			due += ", no time of day was set"
		}
		p.field(2, "Due", due)
		p.field(2, "What was to happen", Clean(dl.What))
		if st.Passed {
			p.field(2, "Outcome note", Clean(dl.OutcomeNote))
		}
		if r, ok := p.sh.Data.Deadline(dl.ReplacedBy); ok && dl.ReplacedBy != "" {
			p.field(2, "Replaced by", Clean(r.Title)+", due "+formatWhen(r.At))
		}
		p.discrepancies(2, model.RecordDeadline, dl.ID)
		p.sourcesField(2, dl.Sourced)
	}
}

// DeadlineState spells out a deadline's state at now: "13 days, 11 hours,
// 59 minutes and 3 seconds left", "due today", "passed 13 days ago,
// outcome: extended". A date-only deadline counts calendar days in its
// zone and never shows hours.
func DeadlineState(dl *model.Deadline, now time.Time) string {
	st := dl.StateAt(now)
	if dl.At.IsDateOnly() {
		switch n := dl.DaysUntil(now); {
		case n > 0:
			return "in " + plural(n, "day")
		case n == 0:
			return "due today"
		default:
			return "passed " + plural(-n, "day") + " ago, outcome: " + outcomeWord(dl.Outcome)
		}
	}
	if !st.Passed {
		return spellDuration(st.Left, true) + " left"
	}
	if st.Since < time.Second {
		return "passing now, outcome: " + outcomeWord(dl.Outcome)
	}
	return "passed " + spellDuration(st.Since, false) + " ago, outcome: " + outcomeWord(dl.Outcome)
}

// outcomeWord spells out an outcome.
func outcomeWord(o model.Outcome) string {
	switch o {
	case model.OutcomePending, "":
		return "not yet recorded"
	case model.OutcomeTookEffect:
		return "took effect"
	default:
		return string(o)
	}
}

// spellDuration writes a duration in words. Exact gives every unit down to
// seconds; otherwise only the two largest units are kept ("13 days", "2
// days, 4 hours", "5 hours, 12 minutes").
func spellDuration(d time.Duration, exact bool) string {
	d = d.Truncate(time.Second)
	units := []struct {
		n    int64
		name string
	}{
		{int64(d / (24 * time.Hour)), "day"},
		{int64(d/time.Hour) % 24, "hour"},
		{int64(d/time.Minute) % 60, "minute"},
		{int64(d/time.Second) % 60, "second"},
	}
	var parts []string
	for i, u := range units {
		if u.n == 0 {
			continue
		}
		if !exact && len(parts) == 0 && i == 0 && u.n >= 7 {
			return plural(int(u.n), u.name)
		}
		parts = append(parts, plural(int(u.n), u.name))
		if !exact && len(parts) == 2 {
			break
		}
	}
	switch len(parts) {
	case 0:
		return "0 seconds"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// sources prints every source with what it is cited for and the claims of
// it that the record contradicts.
func (p *printer) sources() {
	d := p.sh.Data
	p.heading(fmt.Sprintf("Sources: %s, %s", plural(len(d.Sources), "source"),
		count(len(d.Discrepancies), "discrepancy", "discrepancies")))
	for i := range d.Sources {
		s := &d.Sources[i]
		p.blank()
		p.subheading(Clean(s.Outlet) + ": " + Clean(s.Title))
		p.field(2, "Date", Clean(s.Date))
		p.field(2, "Kind", string(s.Kind))
		p.field(2, "URL", Clean(s.URL))
		p.field(2, "File", Clean(s.File))
		p.field(2, "Note", Clean(s.Note))
		xs := d.DiscrepanciesOfSource(s.ID)
		if len(xs) > 0 {
			p.field(2, "Claims the record contradicts", fmt.Sprint(len(xs)))
		}
		for _, x := range xs {
			p.discrepancy(4, x, false)
		}
		var cites []string
		for _, c := range d.CitationsOf(s.ID) {
			cites = append(cites, string(c.Kind)+" "+Clean(c.Label))
		}
		p.field(2, "Cited for", strings.Join(cites, "; "))
	}
}
