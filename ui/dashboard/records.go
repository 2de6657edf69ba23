package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// How each kind of record is found: its names, what relates it to other
// records, and the rest of its text. The tabs' searches and the lookup
// across all tabs take them from here, so that one query finds the same
// records everywhere.

// searchKeys are what the matcher compares for one record.
type searchKeys struct {
	names   []string
	related string
	search  string
}

// personKeys: a person by any name or spelling, then by the rounds they
// attended (a city, "round 2"), those the sources confirm or report
// ranking above those never confirmed.
func personKeys(known *model.Dataset, p *model.Person) searchKeys {
	var attended, unconfirmed []string
	for _, ra := range known.RoundsOf(p.ID) {
		where := fmt.Sprintf("%s, round %d, %s", ra.Round.City, ra.Round.Number, ra.Round.Name)
		if ra.Attendance.Confidence == model.Unconfirmed {
			unconfirmed = append(unconfirmed, where)
		} else {
			attended = append(attended, where)
		}
	}
	return searchKeys{
		names:   append([]string{p.Name, p.Native, p.Pinyin}, p.Aliases...),
		related: strings.Join(attended, "; "),
		search:  ui.Clean(p.Title + " " + strings.Join(p.Titles, " ") + " " + p.Note + " " + strings.Join(unconfirmed, "; ")),
	}
}

// roundName is how lists name a round: "Round 2 · London".
func roundName(r *model.Round) string {
	return fmt.Sprintf("Round %d · %s", r.Number, ui.Clean(r.City))
}

// roundKeys: a round by its name, city or number, then by the people who
// attended it under every spelling ("bessent" finds the rounds he
// attended, as "lon" finds London's attendees), those never confirmed
// ranking with the rest of its text.
func roundKeys(known *model.Dataset, r *model.Round) searchKeys {
	var attended, unconfirmed strings.Builder
	for _, a := range r.Attendance {
		p, ok := known.Person(a.Person)
		if !ok {
			continue
		}
		b := &attended
		if a.Confidence == model.Unconfirmed {
			b = &unconfirmed
		}
		b.WriteString(p.Name + " " + p.Native + " " + p.Pinyin + " " + strings.Join(p.Aliases, " ") + "; ")
	}
	return searchKeys{
		names:   []string{roundName(r), r.City, fmt.Sprintf("Round %d", r.Number), fmt.Sprint(r.Number), r.Name},
		related: ui.Clean(attended.String()),
		search:  ui.Clean(r.Country + " " + r.Venue + " " + r.Outcome + " " + unconfirmed.String()),
	}
}

// eventKeys: an event by its title (a round's also by the round's name and
// city), then by its people under every spelling ("ha lap phong").
func eventKeys(known *model.Dataset, e *model.Event) searchKeys {
	k := searchKeys{names: []string{e.Title}, search: ui.Clean(e.Summary)}
	if r, ok := known.Round(e.Round); ok {
		k.names = append(k.names, r.Name, r.City)
		k.search += ui.Clean(fmt.Sprintf(" round %d %s %s", r.Number, r.Country, r.Venue))
	}
	var b strings.Builder
	for _, id := range e.People {
		if p, ok := known.Person(id); ok {
			b.WriteString(p.Name + " " + p.Native + " " + p.Pinyin + " " + strings.Join(p.Aliases, " ") + "; ")
		}
	}
	k.related = ui.Clean(b.String())
	return k
}

// sourceKeys: a source by its title or outlet, then by the records that
// cite it ("soybeans" finds the sources of the soybean issue).
func sourceKeys(known *model.Dataset, s *model.Source) searchKeys {
	var b strings.Builder
	for _, c := range known.CitationsOf(s.ID) {
		b.WriteString(ui.Clean(c.Label) + "; ")
	}
	return searchKeys{names: []string{s.Title, s.Outlet}, related: b.String(), search: ui.Clean(s.URL + " " + s.Note + " " + s.ID)}
}

// issueKeys: an issue by its name, then by what each side says.
func issueKeys(is *model.Issue) searchKeys {
	return searchKeys{names: []string{is.Name}, search: ui.Clean(is.Summary + " " + is.US + " " + is.China + " " + is.StatusNote)}
}

// deadlineKeys: a deadline by its title, then by what was to happen.
func deadlineKeys(d *model.Deadline) searchKeys {
	return searchKeys{names: []string{d.Title}, search: ui.Clean(d.What + " " + d.OutcomeNote + " " + string(d.Outcome) + " " + d.Zone)}
}
