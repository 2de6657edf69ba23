package ui

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/model"
)

// Helpers that build the parts every detail shares: headings, fields, the
// sources with their confidence, and the discrepancies flagged on a record.

func heading(st *Styles, text string) []Line {
	return []Line{{}, {Text: text, Style: st.Heading}}
}

func para(st *Styles, text string) []Line {
	var out []Line
	for _, p := range strings.Split(CleanBlock(text), "\n") {
		out = append(out, Line{Text: p, Style: st.Text})
	}
	return out
}

// sourceLines lists a record's sources, each a link to the Sources tab,
// under a heading that gives the record's confidence.
func sourceLines(sh *Shared, s model.Sourced) []Line {
	st := sh.Styles
	out := heading(st, "Sources")
	out = append(out, Line{Label: "Confidence", Text: s.Confidence.Label(), Style: st.Confidence(s.Confidence)})
	for _, id := range s.Sources {
		out = append(out, sourceLink(sh, id, 2))
	}
	return out
}

// sourceLink is one source as a link line.
func sourceLink(sh *Shared, id string, indent int) Line {
	st := sh.Styles
	text := id
	if src, ok := sh.Data.Source(id); ok {
		text = fmt.Sprintf("%s — %s (%s)", src.Outlet, src.Title, src.Date)
	}
	return Line{Text: "• " + Clean(text), Style: st.Link, Indent: indent,
		Link: &Target{Tab: TabSources, Kind: "source", ID: id}}
}

// discrepancyLines flags every discrepancy about a record: which source got
// what wrong, and the correction.
func discrepancyLines(sh *Shared, kind model.RecordKind, id string) []Line {
	st := sh.Styles
	ds := sh.Data.DiscrepanciesAbout(kind, id)
	if len(ds) == 0 {
		return nil
	}
	out := heading(st, fmt.Sprintf("⚑ %s in the sources", plural(len(ds), "discrepancy")))
	for _, x := range ds {
		name := x.Source
		if src, ok := sh.Data.Source(x.Source); ok {
			name = src.Outlet
		}
		out = append(out,
			Line{Label: "⚑ " + Clean(name) + " says", Text: Clean(x.Claim), Style: st.Flag, Indent: 2},
			Line{Label: "Record", Text: Clean(x.Correction), Style: st.Text, Indent: 4},
		)
		for _, sid := range x.Sources {
			out = append(out, sourceLink(sh, sid, 6))
		}
	}
	return out
}

// personLink is a person as a link to the Roster.
func personLink(sh *Shared, id, role string, indent int) Line {
	st := sh.Styles
	text := id
	style := st.Link
	if p, ok := sh.Data.Person(id); ok {
		text = personLabel(p)
	}
	if role != "" {
		text += " — " + role
	}
	return Line{Text: Clean(text), Style: style, Indent: indent,
		Link: &Target{Tab: TabRoster, Kind: model.RecordPerson, ID: id}}
}

// personLabel is "He Lifeng 何立峰", or the plain name.
func personLabel(p *model.Person) string {
	if p.Native != "" {
		return p.Name + " " + p.Native
	}
	return p.Name
}

// issueLink is an issue as a link to the Issues tab.
func issueLink(sh *Shared, id string, indent int) Line {
	text := id
	if is, ok := sh.Data.Issue(id); ok {
		text = is.Name
	}
	return Line{Text: "• " + Clean(text), Style: sh.Styles.Link, Indent: indent,
		Link: &Target{Tab: TabIssues, Kind: model.RecordIssue, ID: id}}
}

// eventLink is an event as a link to the Timeline.
func eventLink(sh *Shared, e *model.Event, indent int) Line {
	return Line{Text: Clean(e.At.Time.Format("2006-01-02") + "  " + e.Title), Style: sh.Styles.Link, Indent: indent,
		Link: &Target{Tab: TabTimeline, Kind: model.RecordEvent, ID: e.ID}}
}

// deadlineLink is a deadline as a link to the Countdowns tab.
func deadlineLink(sh *Shared, d *model.Deadline, indent int) Line {
	return Line{Text: Clean(formatInstant(d.At, sh.Zone) + "  " + d.Title), Style: sh.Styles.Link, Indent: indent,
		Link: &Target{Tab: TabCountdowns, Kind: model.RecordDeadline, ID: d.ID}}
}

// formatInstant formats an instant in its own zone: a day as "Sat 1 Nov
// 2025", an exact instant with time and zone abbreviation.
func formatInstant(in model.Instant, _ any) string {
	if in.IsZero() {
		return "—"
	}
	if in.IsDateOnly() {
		return in.Time.Format("Mon 2 Jan 2006")
	}
	return in.Time.Format("Mon 2 Jan 2006 15:04 MST")
}

// attendeeLines lists a round's attendees by side, each a link to the
// person, with the role and, when not confirmed, how well it is sourced.
func attendeeLines(sh *Shared, groups []model.SideGroup) []Line {
	st := sh.Styles
	var out []Line
	for _, g := range groups {
		out = append(out, Line{Text: g.Side.Label(), Style: st.Side(g.Side).Bold(true), Indent: 2})
		for _, at := range g.Attendees {
			role := Clean(at.Attendance.Role)
			if at.Attendance.Confidence != model.Confirmed {
				role += " [" + at.Attendance.Confidence.Label() + "]"
			}
			out = append(out, personLink(sh, at.Person.ID, strings.TrimSpace(role), 4))
		}
	}
	return out
}
