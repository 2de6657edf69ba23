package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"github.com/truce-dev/truce/model"
)

// detail builds the detail of a roster row: a person or a round.
func (v *Roster) detail(id string) []widget.Line {
	if r, ok := strings.CutPrefix(id, roundRowPrefix); ok {
		return v.roundDetail(r)
	}
	return v.personDetail(id)
}

// personDetail shows titles, the rounds attended as of the clock (each a
// link to the round in the Timeline), issues and sources.
func (v *Roster) personDetail(id string) []widget.Line {
	sh := v.sh
	st := sh.Styles
	p, ok := sh.Known.Person(id)
	if !ok {
		return nil
	}
	out := []widget.Line{{Text: ui.Clean(ui.PersonLabel(p)), Style: st.Ink.Title}}
	out = append(out, labelBlock(st, [][2]string{
		{"Pinyin", p.Pinyin},
		{"Side", p.Side.Label()},
		{"Title", p.Title},
		{"Also written", strings.Join(p.Aliases, "; ")},
	})...)
	rounds := sh.Known.RoundsOf(id)
	out = append(out, heading(st, fmt.Sprintf("Rounds attended (%d)", len(rounds)))...)
	if len(rounds) == 0 {
		out = append(out, widget.Line{Text: "none known at this instant", Style: st.Ink.Note, Indent: 2})
	}
	for _, ra := range rounds {
		out = append(out, roundAttendedLine(sh, ra))
	}
	if others := otherTitles(p); len(others) > 0 {
		out = append(out, heading(st, "Other titles held")...)
		for _, t := range others {
			out = append(out, widget.Line{Text: "• " + ui.Clean(t), Style: st.Ink.Text, Indent: 2})
		}
	}
	if p.Note != "" {
		out = append(out, heading(st, "Note")...)
		out = append(out, para(st, p.Note)...)
	}
	if issues := sh.Known.IssuesOfPerson(id); len(issues) > 0 {
		out = append(out, heading(st, "Issues")...)
		for _, is := range issues {
			out = append(out, issueLink(sh, is.ID, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordPerson, id)...)
	return append(out, sourceLines(sh, p.Sourced)...)
}

// otherTitles is the titles a person held besides the current one.
func otherTitles(p *model.Person) []string {
	var out []string
	for _, t := range p.Titles {
		if !strings.EqualFold(strings.TrimSpace(t), strings.TrimSpace(p.Title)) {
			out = append(out, t)
		}
	}
	return out
}

// roundAttendedLine is one attended round as a link to the Timeline.
func roundAttendedLine(sh *Shared, ra model.RoundAttendance) widget.Line {
	r := ra.Round
	text := fmt.Sprintf("%d · %s · %s", r.Number, ui.Clean(r.City), ui.DateRange(r.Start, r.End))
	if ra.Attendance.Role != "" {
		text += " — " + ui.Clean(ra.Attendance.Role)
	}
	style := sh.Styles.Ink.Link
	if ra.Attendance.Confidence != model.Confirmed {
		text += " [" + ui.SourcedWord(ra.Attendance.Sourced, ui.Spelled) + "]"
	}
	return widget.Line{Text: text, Style: style, Indent: 2, Hang: 2, Link: &ui.Target{Tab: ui.TabTimeline, Kind: model.RecordRound, ID: r.ID}}
}

// roundDetail shows a round's attendees by side (links to the people), its
// place and outcome, and a link to the round in the Timeline.
func (v *Roster) roundDetail(id string) []widget.Line {
	sh := v.sh
	st := sh.Styles
	r, ok := sh.Known.Round(id)
	if !ok {
		return []widget.Line{{Text: "This round lies after the clock's instant.", Style: st.Ink.Note}}
	}
	out := []widget.Line{{Text: fmt.Sprintf("Round %d: %s", r.Number, ui.Clean(r.Name)), Style: st.Ink.Title}}
	out = append(out, labelBlock(st, append([][2]string{{"When", ui.DateRange(r.Start, r.End) + " (" + r.Zone + ")"}}, roundPlace(r)...))...)
	groups := sh.Known.AttendeesBySide(id)
	out = append(out, heading(st, fmt.Sprintf("Attendees (%d)", attendeeCount(groups)))...)
	out = append(out, attendeeLines(sh, groups)...)
	out = append(out, heading(st, "Outcome")...)
	out = append(out, para(st, roundOutcome(r))...)
	out = append(out, widget.Line{}, widget.Line{Text: "→ this round in the Timeline", Style: st.Ink.Link,
		Link: &ui.Target{Tab: ui.TabTimeline, Kind: model.RecordRound, ID: r.ID}})
	out = append(out, discrepancyLines(sh, model.RecordRound, id)...)
	return append(out, sourceLines(sh, r.Sourced)...)
}
