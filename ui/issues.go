package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Issues lists the disputed issues; the detail gives each side's position,
// the status, the related events and deadlines, and the sources.
type Issues struct {
	*Browser
	sh *Shared
}

// NewIssues returns the Issues tab.
func NewIssues(sh *Shared) *Issues {
	v := &Issues{sh: sh, Browser: NewBrowser(sh, "Issues", Column{Title: "Status", Width: 10}, Column{Title: "Issue"})}
	v.DetailFor = v.detail
	v.rebuild()
	return v
}

func (v *Issues) rebuild() {
	st := v.sh.Styles
	rows := make([]Row, 0, len(v.sh.Data.Issues))
	for _, is := range v.sh.Data.Issues {
		rows = append(rows, Row{
			ID:     is.ID,
			Cells:  []string{string(is.Status), Clean(is.Name)},
			Styles: []lipgloss.Style{v.statusStyle(is.Status), st.Row},
			Search: Clean(is.Summary + " " + is.US + " " + is.China + " " + is.StatusNote),
		})
	}
	v.List.SetRows(rows)
	v.Refresh(true)
}

func (v *Issues) statusStyle(s model.IssueStatus) lipgloss.Style {
	st := v.sh.Styles
	switch s {
	case model.StatusAgreed:
		return st.Good
	case model.StatusSuspended, model.StatusSidelined:
		return st.Warn
	case model.StatusStalled:
		return st.Bad
	default:
		return st.Text
	}
}

// Update handles a message; see Browser for keys.
func (v *Issues) Update(msg tea.Msg) (*Issues, tea.Cmd) {
	if v.reload(msg, v.rebuild) {
		return v, nil
	}
	if c, ok := msg.(ClockMsg); ok {
		if c.KnownChanged {
			v.Refresh(true)
		}
		return v, nil
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// Show selects an issue and opens its detail.
func (v *Issues) Show(to Target) bool {
	return v.ShowID(to.ID)
}

// SelectedTarget names the selected issue.
func (v *Issues) SelectedTarget() Target {
	return Target{Tab: TabIssues, Kind: model.RecordIssue, ID: v.List.SelectedID()}
}

func (v *Issues) detail(id string) []Line {
	sh := v.sh
	st := sh.Styles
	is, ok := sh.Data.Issue(id)
	if !ok {
		return nil
	}
	out := []Line{{Text: Clean(is.Name), Style: st.Title}, {Label: "Status", Text: string(is.Status) + " · " + is.Confidence.Label(), Style: v.statusStyle(is.Status)}}
	if is.StatusNote != "" {
		out = append(out, Line{Text: Clean(is.StatusNote), Style: st.Muted, Indent: 2})
	}
	out = append(out, Line{})
	out = append(out, para(st, is.Summary)...)
	out = append(out, heading(st, "United States")...)
	out = append(out, Line{Text: Clean(is.US), Style: st.SideUS})
	out = append(out, heading(st, "China")...)
	out = append(out, Line{Text: Clean(is.China), Style: st.SideChina})
	if evs := sh.Known.EventsOfIssue(id); len(evs) > 0 {
		out = append(out, heading(st, "Events")...)
		for _, e := range evs {
			out = append(out, eventLink(sh, e, 2))
		}
	}
	if dls := sh.Data.DeadlinesOfIssue(id); len(dls) > 0 {
		out = append(out, heading(st, "Deadlines")...)
		for _, d := range dls {
			out = append(out, deadlineLink(sh, d, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordIssue, id)...)
	return append(out, sourceLines(sh, is.Sourced)...)
}
