package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Roster lists the people grouped by side; the detail shows their titles,
// the rounds they attended (as of the clock), their issues and sources.
type Roster struct {
	*Browser
	sh *Shared
}

// NewRoster returns the Roster tab.
func NewRoster(sh *Shared) *Roster {
	v := &Roster{sh: sh, Browser: NewBrowser(sh, "Roster",
		Column{Title: "Name", Width: 22}, Column{Title: "中文", Width: 8}, Column{Title: "Title"})}
	v.DetailFor = v.detail
	v.rebuild()
	return v
}

func (v *Roster) rebuild() {
	st := v.sh.Styles
	var rows []Row
	for _, side := range model.Sides() {
		rows = append(rows, Row{ID: "side:" + string(side), Header: true, Cells: []string{side.Label()}})
		for _, p := range v.sh.Data.People {
			if p.Side != side {
				continue
			}
			rows = append(rows, Row{
				ID:     p.ID,
				Cells:  []string{Clean(p.Name), Clean(p.Native), Clean(p.Title)},
				Styles: []lipgloss.Style{st.Side(side), st.Text, st.Muted},
				Search: Clean(p.Pinyin + " " + strings.Join(p.Aliases, " ") + " " + strings.Join(p.Titles, " ")),
			})
		}
	}
	v.List.SetRows(rows)
	v.Refresh(true)
}

// Update handles a message; see Browser for keys.
func (v *Roster) Update(msg tea.Msg) (*Roster, tea.Cmd) {
	switch msg := msg.(type) {
	case ClockMsg:
		if msg.KnownChanged {
			v.Refresh(true)
		}
		return v, nil
	case DataMsg:
		v.rebuild()
		return v, nil
	case StylesMsg:
		v.SetStyles(v.sh.Styles)
		v.rebuild()
		return v, nil
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// UsesArrows is false: ←/→ switch tabs.
func (v *Roster) UsesArrows() bool { return false }

// ShowsSeconds is false.
func (v *Roster) ShowsSeconds() bool { return false }

// Show selects a person and opens their detail.
func (v *Roster) Show(to Target) bool {
	v.List.ClearSearch()
	if !v.List.SelectID(to.ID) {
		return false
	}
	v.Refresh(true)
	v.Open()
	return true
}

// SelectedTarget names the selected person.
func (v *Roster) SelectedTarget() Target {
	return Target{Tab: TabRoster, Kind: model.RecordPerson, ID: v.List.SelectedID()}
}

func (v *Roster) detail(id string) []Line {
	sh := v.sh
	st := sh.Styles
	p, ok := sh.Data.Person(id)
	if !ok {
		return nil
	}
	out := []Line{{Text: Clean(personLabel(p)), Style: st.Title}}
	if p.Pinyin != "" {
		out = append(out, field(st, "Pinyin", p.Pinyin))
	}
	out = append(out, Line{Label: "Side", Text: p.Side.Label(), Style: st.Side(p.Side)}, field(st, "Title", p.Title))
	if len(p.Aliases) > 0 {
		out = append(out, field(st, "Also written", strings.Join(p.Aliases, "; ")))
	}
	if len(p.Titles) > 0 {
		out = append(out, heading(st, "Titles held")...)
		for _, t := range p.Titles {
			out = append(out, Line{Text: "• " + Clean(t), Style: st.Text, Indent: 2})
		}
	}
	rounds := sh.Known.RoundsOf(id)
	out = append(out, heading(st, fmt.Sprintf("Rounds attended (%d)", len(rounds)))...)
	for _, ra := range rounds {
		r := ra.Round
		text := fmt.Sprintf("%d · %s · %s", r.Number, r.City, r.Start.Time.Format("2 Jan 2006"))
		if ra.Attendance.Role != "" {
			text += " — " + ra.Attendance.Role
		}
		if ra.Attendance.Confidence != model.Confirmed {
			text += " [" + ra.Attendance.Confidence.Label() + "]"
		}
		out = append(out, Line{Text: Clean(text), Style: st.Link, Indent: 2,
			Link: &Target{Tab: TabTimeline, Kind: model.RecordRound, ID: r.ID}})
	}
	if issues := sh.Data.IssuesOfPerson(id); len(issues) > 0 {
		out = append(out, heading(st, "Issues")...)
		for _, is := range issues {
			out = append(out, issueLink(sh, is.ID, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordPerson, id)...)
	return append(out, sourceLines(sh, p.Sourced)...)
}
