package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// The Markdown report: deadlines, rounds, issues, timeline, discrepancies
// and sources, every record citing its sources by link to the list at the
// end.

// mdWriter accumulates the report.
type mdWriter struct {
	ds   *model.Dataset
	zone *time.Location // the reader's zone
	b    strings.Builder
}

// WriteMarkdown writes the report as seen at now (deadline states); zone is
// the reader's zone for the header.
func WriteMarkdown(w io.Writer, ds *model.Dataset, now time.Time, zone *time.Location) error {
	m := &mdWriter{ds: ds, zone: zone}
	title := ui.Clean(ds.Meta.Title)
	if title == "" {
		title = "truce"
	}
	m.f("# %s\n\n", mdText(title))
	m.f("Data %s (schema %d); %s, %s. Deadline states as of %s.\n",
		ui.Coverage(ds.Meta), ds.Meta.Schema, ui.Plural(len(ds.Sources), "source"),
		ui.Plural(len(ds.Discrepancies), "discrepancy"),
		now.In(zone).Format(ui.LayoutSecond))
	if !ds.AsOfTime.IsZero() {
		m.f("\nOnly what was known on %s is in this report.\n", ds.AsOfTime.In(zone).Format(ui.LayoutSecond))
	}
	if ds.Meta.Note != "" {
		m.f("\n%s\n", mdText(ui.Clean(ds.Meta.Note)))
	}
	m.deadlines(now)
	m.rounds()
	m.issues()
	m.events()
	m.discrepancies()
	m.sources()
	_, err := io.WriteString(w, m.b.String())
	return err
}

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

// cite is the record's confidence and its sources as links.
func (m *mdWriter) cite(s model.Sourced) string {
	refs := make([]string, 0, len(s.Sources))
	for _, id := range s.Sources {
		name := id
		if src, ok := m.ds.Source(id); ok {
			name = src.Outlet + ", " + src.Date
		}
		refs = append(refs, fmt.Sprintf("[%s](#%s)", mdText(ui.Clean(name)), anchor(id)))
	}
	if len(refs) == 0 {
		return fmt.Sprintf("*Confidence: %s.*", ui.SourcedWord(s, ui.Spelled))
	}
	return fmt.Sprintf("*Confidence: %s.* Sources: %s.", ui.SourcedWord(s, ui.Spelled), strings.Join(refs, "; "))
}

func (m *mdWriter) deadlines(now time.Time) {
	m.f("\n## Deadlines\n\n")
	m.f("| Deadline | Due | State | Zone |\n|---|---|---|---|\n")
	for _, dl := range m.ds.DeadlinesInOrder() {
		m.f("| %s | %s | %s | %s |\n", mdCell(dl.Title), ui.FormatDueAt(dl.At, m.zone),
			mdCell(ui.DeadlineState(dl, now, ui.Compact)), mdCell(dl.Zone))
	}
	for _, dl := range m.ds.DeadlinesInOrder() {
		m.f("\n### %s\n\n", mdText(ui.Clean(dl.Title)))
		m.f("Due %s. %s\n", ui.FormatDueAt(dl.At, m.zone), mdText(ui.Clean(dl.What)))
		if dl.Outcome != model.OutcomePending {
			m.f("\nOutcome: **%s**.", ui.OutcomeWord(dl.Outcome))
			if dl.OutcomeNote != "" {
				m.f(" %s", mdText(ui.Clean(dl.OutcomeNote)))
			}
			m.f("\n")
		}
		if r, ok := m.ds.Deadline(dl.ReplacedBy); ok && dl.ReplacedBy != "" {
			m.f("\nReplaced by: %s.\n", mdText(ui.Clean(r.Title)))
		}
		m.f("\n%s\n", m.cite(dl.Sourced))
	}
}

func (m *mdWriter) rounds() {
	m.f("\n## Rounds\n")
	for i := range m.ds.Rounds {
		r := &m.ds.Rounds[i]
		m.f("\n### %d. %s\n\n", r.Number, mdText(ui.Clean(r.Name)))
		place := ui.Clean(r.City + ", " + r.Country)
		if r.Venue != "" {
			place = ui.Clean(r.Venue) + ", " + place
		}
		m.f("%s, %s. %s\n\n", ui.RoundDays(r.Start, r.End, m.zone), mdText(place), mdText(ui.Clean(r.Outcome)))
		for _, g := range m.ds.AttendeesBySide(r.ID) {
			m.f("- **%s**:", g.Side.Label())
			for j, at := range g.Attendees {
				sep := ","
				if j == 0 {
					sep = ""
				}
				m.f("%s %s", sep, mdText(ui.Clean(ui.PersonLabel(at.Person))))
				if at.Attendance.Role != "" {
					m.f(" (%s)", mdText(ui.Clean(at.Attendance.Role)))
				}
				if at.Attendance.Confidence != model.Confirmed {
					m.f(" *[%s]*", ui.SourcedWord(at.Attendance.Sourced, ui.Spelled))
				}
			}
			m.f("\n")
		}
		m.f("\n%s\n", m.cite(r.Sourced))
	}
}

func (m *mdWriter) issues() {
	m.f("\n## Issues\n")
	for i := range m.ds.Issues {
		is := &m.ds.Issues[i]
		m.f("\n### %s (%s)\n\n", mdText(ui.Clean(is.Name)), is.Status)
		m.f("%s\n\n", mdText(ui.Clean(is.Summary)))
		m.f("- **United States**: %s\n- **China**: %s\n", mdText(ui.Clean(is.US)), mdText(ui.Clean(is.China)))
		if is.StatusNote != "" {
			m.f("- **Status**: %s\n", mdText(ui.Clean(is.StatusNote)))
		}
		m.f("\n%s\n", m.cite(is.Sourced))
	}
}

func (m *mdWriter) events() {
	m.f("\n## Timeline\n\n")
	for i := range m.ds.Events {
		e := &m.ds.Events[i]
		m.f("- **%s** %s: %s %s\n", ui.FormatDayIn(e.At, m.zone), mdText(ui.Clean(e.Title)), mdText(ui.Clean(e.Summary)), m.cite(e.Sourced))
	}
}

func (m *mdWriter) discrepancies() {
	m.f("\n## Discrepancies\n\nClaims in the sources that the record contradicts.\n\n")
	for i := range m.ds.Discrepancies {
		x := &m.ds.Discrepancies[i]
		name := x.Source
		if s, ok := m.ds.Source(x.Source); ok {
			name = s.Outlet
		}
		m.f("- [%s](#%s) says: %s  \n  The record: %s %s\n", mdText(ui.Clean(name)), anchor(x.Source),
			mdText(ui.Clean(x.Claim)), mdText(ui.Clean(x.Correction)), m.cite(x.Sourced))
	}
}

func (m *mdWriter) sources() {
	m.f("\n## Sources\n\n")
	for i := range m.ds.Sources {
		s := &m.ds.Sources[i]
		m.f("- <a id=\"%s\"></a>**%s**, %s (%s, %s)", anchor(s.ID), mdText(ui.Clean(s.Outlet)),
			mdText(ui.Clean(s.Title)), mdText(ui.Clean(s.Date)), s.Kind)
		if s.URL != "" {
			m.f(": <%s>", mdURL(s.URL))
		}
		m.f("\n")
	}
}

// mdText escapes the characters Markdown would read as markup.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
		"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`)
	return r.Replace(s)
}

// mdCell is cleaned, escaped text for a table cell.
func mdCell(s string) string { return mdText(ui.Clean(s)) }

// mdURL makes a URL safe inside <…>.
func mdURL(s string) string {
	return strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(ui.Clean(s))
}

// anchor is the HTML id of a source.
func anchor(id string) string {
	var b strings.Builder
	b.WriteString("src-")
	for _, r := range id {
		if r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}
