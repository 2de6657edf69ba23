package dashboard

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"github.com/truce-dev/truce/model"
)

// Helpers that build the parts every detail shares: headings, fields, the
// sources with their confidence, and the discrepancies flagged on a record.

func heading(st *ui.Styles, text string) []widget.Line {
	return []widget.Line{{}, {Text: text, Style: st.Ink.Heading}}
}

func para(st *ui.Styles, text string) []widget.Line {
	var out []widget.Line
	for _, p := range strings.Split(ui.CleanBlock(text), "\n") {
		out = append(out, widget.Line{Text: p, Style: st.Ink.Text})
	}
	return out
}

// sourceLines lists a record's sources, each a link to the Sources tab,
// under a heading that gives the record's confidence.
func sourceLines(sh *Shared, s model.Sourced) []widget.Line {
	st := sh.Styles
	out := heading(st, "Sources")
	ink := st.Ink.Confidence(s.Confidence)
	if s.NoSourceYet && len(s.Sources) == 0 {
		ink = st.Ink.Muted
	}
	out = append(out, widget.Line{Label: "Confidence", Text: ui.SourcedWord(s, ui.Spelled), Style: ink})
	for _, id := range s.Sources {
		out = append(out, sourceLink(sh, id, 2))
	}
	return out
}

// sourceLink is one source as a link line.
func sourceLink(sh *Shared, id string, indent int) widget.Line {
	st := sh.Styles
	text, url := id, ""
	if src, ok := sh.Known.Source(id); ok {
		text = fmt.Sprintf("%s — %s (%s)", src.Outlet, src.Title, src.Date)
		url = ui.Clean(src.URL)
	}
	return widget.Line{Text: "• " + ui.Clean(text), Style: st.Ink.Link, Indent: indent, URL: url,
		Link: &ui.Target{Tab: ui.TabSources, Kind: model.RecordSource, ID: id}}
}

// discrepancyLines flags every discrepancy about a record: which source got
// what wrong, and the correction.
func discrepancyLines(sh *Shared, kind model.RecordKind, id string) []widget.Line {
	return discrepancyLinesFor(sh, sh.Known.DiscrepanciesAbout(kind, id))
}

// discrepancyLinesFor flags the discrepancies given, under one heading.
func discrepancyLinesFor(sh *Shared, ds []*model.Discrepancy) []widget.Line {
	st := sh.Styles
	if len(ds) == 0 {
		return nil
	}
	out := heading(st, fmt.Sprintf("⚑ %s in the sources", ui.Plural(len(ds), "discrepancy")))
	for _, x := range ds {
		name := x.Source
		if src, ok := sh.Known.Source(x.Source); ok {
			name = src.Outlet
		}
		out = append(out,
			widget.Line{Label: "⚑ " + ui.Clean(name) + " says", Text: ui.Clean(x.Claim), Style: st.Ink.Flag, Indent: 2},
			widget.Line{Label: "Record", Text: ui.Clean(x.Correction), Style: st.Ink.Text, Indent: 4},
		)
		for _, sid := range x.Sources {
			out = append(out, sourceLink(sh, sid, 6))
		}
	}
	return out
}

// personLink is a person as a link to the Roster.
func personLink(sh *Shared, id, role string, indent int) widget.Line {
	st := sh.Styles
	text := id
	style := st.Ink.Link
	if p, ok := sh.Known.Person(id); ok {
		text = ui.PersonLabel(p)
	}
	if role != "" {
		text += " — " + role
	}
	return widget.Line{Text: ui.Clean(text), Style: style, Indent: indent, Hang: 2,
		Link: &ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: id}}
}

// issueLink is an issue as a link to the Issues tab.
func issueLink(sh *Shared, id string, indent int) widget.Line {
	text := id
	if is, ok := sh.Known.Issue(id); ok {
		text = is.Name
	}
	return widget.Line{Text: "• " + ui.Clean(text), Style: sh.Styles.Ink.Link, Indent: indent,
		Link: &ui.Target{Tab: ui.TabIssues, Kind: model.RecordIssue, ID: id}}
}

// eventLink is an event as a link to the Timeline.
func eventLink(sh *Shared, e *model.Event, indent int) widget.Line {
	day := ui.FormatDayIn(e.At, sh.Zone) + "  "
	return widget.Line{Text: day + ui.Clean(e.Title), Style: sh.Styles.Ink.Link, Indent: indent, Hang: lipgloss.Width(day),
		Link: &ui.Target{Tab: ui.TabTimeline, Kind: model.RecordEvent, ID: e.ID}}
}

// deadlineLink is a deadline as a link to the Countdowns tab.
func deadlineLink(sh *Shared, d *model.Deadline, indent int) widget.Line {
	due := ui.FormatDueAt(d.At, sh.Zone) + "  "
	return widget.Line{Text: due + ui.Clean(d.Title), Style: sh.Styles.Ink.Link, Indent: indent, Hang: lipgloss.Width(due),
		Link: &ui.Target{Tab: ui.TabCountdowns, Kind: model.RecordDeadline, ID: d.ID}}
}

// attendeeLines lists a round's attendees by side, each a link to the
// person, with the role and, when not confirmed, how well it is sourced.
func attendeeLines(sh *Shared, groups []model.SideGroup) []widget.Line {
	st := sh.Styles
	var out []widget.Line
	for _, g := range groups {
		out = append(out, widget.Line{Text: g.Side.Label(), Style: st.Ink.SideBold(g.Side), Indent: 2})
		for _, at := range g.Attendees {
			role := ui.Clean(at.Attendance.Role)
			if at.Attendance.Confidence != model.Confirmed {
				role += " [" + ui.SourcedWord(at.Attendance.Sourced, ui.Spelled) + "]"
			}
			out = append(out, personLink(sh, at.Person.ID, strings.TrimSpace(role), 4))
		}
	}
	return out
}

// roundPlace is a round's place and venue as fields.
func roundPlace(r *model.Round) [][2]string {
	return [][2]string{{"Place", r.City + ", " + r.Country}, {"Venue", r.Venue}}
}

// attendeeCount is the number of attendees in the groups.
func attendeeCount(groups []model.SideGroup) int {
	n := 0
	for _, g := range groups {
		n += len(g.Attendees)
	}
	return n
}

// labelBlock makes label/value lines with the labels padded to one width,
// so the values line up.
func labelBlock(st *ui.Styles, pairs [][2]string) []widget.Line {
	w := 0
	for _, p := range pairs {
		w = max(w, lipgloss.Width(p[0]))
	}
	out := make([]widget.Line, 0, len(pairs))
	for _, p := range pairs {
		if p[1] == "" || p[1] == "—" {
			continue
		}
		out = append(out, widget.Line{Label: padLabel(p[0], w), Text: ui.Clean(p[1]), Style: st.Ink.Text})
	}
	return out
}

// padLabel pads a label with spaces to w cells.
func padLabel(s string, w int) string {
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}

// roundOutcome is a round's outcome as known at the clock, or where the
// round stands while none is known ("in progress", "ended; outcome not yet
// reported").
func roundOutcome(r *model.Round) string { return ui.RoundOutcome(r) }
