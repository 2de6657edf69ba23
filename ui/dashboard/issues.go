package dashboard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Issues lists the disputed issues; the detail gives each side's position,
// the status, the related events and deadlines, and the sources.
type Issues struct {
	sh *Shared
	b  *widget.Browser
}

// NewIssues returns the Issues tab.
func NewIssues(sh *Shared) *Issues {
	v := &Issues{sh: sh, b: widget.NewBrowser(sh.Styles, sh.Keys.Widget,
		widget.Column{Title: "Status", Width: 10}, widget.Column{Title: "Issue"})}
	v.b.DetailFor = v.detail
	v.b.List.SetEmpty("no issue known at this instant")
	v.rebuild()
	return v
}

func (v *Issues) rebuild() {
	st := v.sh.Styles
	issues := v.sh.Known.Issues
	rows := make([]widget.Row, 0, len(issues))
	for _, is := range issues {
		rows = append(rows, widget.Row{
			ID:     is.ID,
			Cells:  []string{ui.IssueStatusWord(&is, v.sh.Now), ui.Clean(is.Name)},
			Styles: []ui.Ink{v.statusStyle(is.Status), st.Ink.Row},
			Search: ui.Clean(is.Summary + " " + is.US + " " + is.China + " " + is.StatusNote),
		})
	}
	v.b.List.SetRows(rows)
	v.b.Refresh(true)
}

func (v *Issues) statusStyle(s model.IssueStatus) ui.Ink {
	st := &v.sh.Styles.Ink
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

// Update handles a message; see widget.Browser for the keys.
func (v *Issues) Update(msg tea.Msg) (*Issues, tea.Cmd) {
	if refresh(msg, v.b, v.rebuild) {
		return v, nil
	}
	cmd, _ := v.b.Update(msg)
	return v, cmd
}

// Show selects an issue and opens its detail.
func (v *Issues) Show(to ui.Target) bool { return v.b.ShowID(to.ID) }

// Here names the selected issue.
func (v *Issues) Here() ui.Target {
	return ui.Target{Tab: ui.TabIssues, Kind: model.RecordIssue, ID: v.b.List.SelectedID()}
}

// SetSize sets the body size.
func (v *Issues) SetSize(w, h int) { v.b.SetSize(w, h) }

// View draws the list and the detail.
func (v *Issues) View() string { return v.b.View() }

// Draw draws the list and the detail into dst.
func (v *Issues) Draw(dst *widget.Lines) { v.b.Draw(dst) }

// Capturing reports whether the search line has the keyboard.
func (v *Issues) Capturing() bool { return v.b.Capturing() }

// Back closes the detail or the search.
func (v *Issues) Back() bool { return v.b.Back() }

// UsesArrows is false: ←/→ switch tabs.
func (v *Issues) UsesArrows() bool { return false }

// Mode names what has the keyboard, for the help cache.
func (v *Issues) Mode() string { return v.b.Mode() }

// ShortHelp lists the keys that work now.
func (v *Issues) ShortHelp() []key.Binding { return v.b.ShortHelp() }

// FullHelp lists every key of the tab, grouped.
func (v *Issues) FullHelp() [][]key.Binding { return v.b.FullHelp() }

// detail builds an issue's detail as of the clock: its status and term,
// what is at stake, each side's stance now and how it moved, then the
// events, deadlines, discrepancies and sources.
func (v *Issues) detail(id string) []widget.Line {
	sh := v.sh
	st := sh.Styles
	is, ok := sh.Known.Issue(id)
	if !ok {
		return nil
	}
	status := string(is.Status)
	if term := is.TermAt(sh.Now); term.RanOut {
		status += ", " + ui.TermWords(term, sh.Zone)
	} else if words := ui.TermWords(term, sh.Zone); words != "" {
		status += " " + words
	}
	status += " · " + ui.SourcedWord(is.Sourced, ui.Spelled)
	out := []widget.Line{{Text: ui.Clean(is.Name), Style: st.Ink.Title}, {Label: "Status", Text: status, Style: v.statusStyle(is.Status)}}
	if is.StatusNote != "" {
		out = append(out, widget.Line{Text: ui.Clean(is.StatusNote), Style: st.Ink.Muted, Indent: 2})
	}
	out = append(out, widget.Line{})
	out = append(out, para(st, is.Summary)...)
	out = append(out, v.stanceLines(is)...)
	out = append(out, v.historyLines(is)...)
	if evs := sh.Known.EventsOfIssue(id); len(evs) > 0 {
		out = append(out, heading(st, "Events")...)
		for _, e := range evs {
			out = append(out, eventLink(sh, e, 2))
		}
	}
	if dls := sh.Known.DeadlinesOfIssue(id); len(dls) > 0 {
		out = append(out, heading(st, "Deadlines")...)
		for _, d := range dls {
			out = append(out, deadlineLink(sh, d, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordIssue, id)...)
	return append(out, sourceLines(sh, is.Sourced)...)
}
