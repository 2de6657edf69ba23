package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Sources lists every source; the detail lists what the data cites it for
// and every discrepancy it carries. This is how a reader checks the data.
type Sources struct {
	*Browser
	sh *Shared
}

// NewSources returns the Sources tab.
func NewSources(sh *Shared) *Sources {
	v := &Sources{sh: sh, Browser: NewBrowser(sh, "Sources",
		Column{Title: "Date", Width: 13}, Column{Title: "Kind", Width: 9}, Column{Title: "Source"})}
	v.DetailFor = v.detail
	v.rebuild()
	return v
}

func (v *Sources) rebuild() {
	st := v.sh.Styles
	rows := make([]Row, 0, len(v.sh.Data.Sources))
	for _, s := range v.sh.Data.Sources {
		label := Clean(s.Outlet + " — " + s.Title)
		if len(v.sh.Data.DiscrepanciesOfSource(s.ID)) > 0 {
			label = "⚑ " + label
		}
		rows = append(rows, Row{
			ID:     s.ID,
			Cells:  []string{Clean(s.Date), string(s.Kind), label},
			Styles: []lipgloss.Style{st.Muted, st.Muted, st.Row},
			Search: Clean(s.URL + " " + s.Note + " " + s.ID),
		})
	}
	v.List.SetRows(rows)
	v.Refresh(true)
}

// Update handles a message; see Browser for keys.
func (v *Sources) Update(msg tea.Msg) (*Sources, tea.Cmd) {
	if v.reload(msg, v.rebuild) {
		return v, nil
	}
	if _, ok := msg.(ClockMsg); ok {
		return v, nil // sources do not change with the clock
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// Show selects a source and opens its detail.
func (v *Sources) Show(to Target) bool {
	return v.ShowID(to.ID)
}

// SelectedTarget names the selected source.
func (v *Sources) SelectedTarget() Target {
	return Target{Tab: TabSources, Kind: "source", ID: v.List.SelectedID()}
}

func (v *Sources) detail(id string) []Line {
	sh := v.sh
	st := sh.Styles
	s, ok := sh.Data.Source(id)
	if !ok {
		return nil
	}
	out := []Line{{Text: Clean(s.Title), Style: st.Title}}
	out = append(out, labelBlock(st, [][2]string{
		{"Outlet", s.Outlet}, {"Date", s.Date}, {"Kind", string(s.Kind)},
		{"URL", s.URL}, {"File", s.File}, {"Note", s.Note},
	})...)
	if ds := sh.Data.DiscrepanciesOfSource(id); len(ds) > 0 {
		out = append(out, heading(st, "⚑ "+plural(len(ds), "claim")+" the record contradicts")...)
		for _, x := range ds {
			out = append(out,
				Line{Label: "⚑ Claim", Text: Clean(x.Claim), Style: st.Flag, Indent: 2},
				Line{Label: "Record", Text: Clean(x.Correction), Style: st.Text, Indent: 4})
		}
	}
	cites := sh.Data.CitationsOf(id)
	out = append(out, heading(st, "Cited for ("+plural(len(cites), "record")+")")...)
	for _, c := range cites {
		out = append(out, citationLine(sh, c))
	}
	return out
}

// citationLine is one citing record as a link to where it is shown.
func citationLine(sh *Shared, c model.Citation) Line {
	tab := map[model.RecordKind]TabID{
		model.RecordPerson: TabRoster, model.RecordRound: TabTimeline, model.RecordAttendance: TabRoster,
		model.RecordEvent: TabTimeline, model.RecordIssue: TabIssues, model.RecordDeadline: TabCountdowns,
	}
	line := Line{Text: "• " + string(c.Kind) + ": " + Clean(c.Label), Style: sh.Styles.Text, Indent: 2}
	if t, ok := tab[c.Kind]; ok {
		kind := c.Kind
		if kind == model.RecordAttendance {
			kind = model.RecordRound
		}
		line.Style = sh.Styles.Link
		line.Link = &Target{Tab: t, Kind: kind, ID: c.ID}
	}
	return line
}
