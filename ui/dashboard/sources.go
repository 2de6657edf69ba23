package dashboard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Sources lists every source, newest first; the detail lists what the data cites it for
// and every discrepancy it carries. This is how a reader checks the data.
type Sources struct {
	sh *Shared
	b  *widget.Browser
}

// NewSources returns the Sources tab.
func NewSources(sh *Shared) *Sources {
	v := &Sources{sh: sh, b: widget.NewBrowser(sh.Styles, sh.Keys.Widget,
		widget.Column{Title: "Date", Width: 13, Fit: true, Short: 10}, widget.Column{Title: "Kind", Width: 9, Fit: true, Optional: true},
		widget.Column{Title: "Source"})}
	v.b.DetailFor = v.detail
	v.b.List.SetEmpty("no source published by this instant")
	v.rebuild()
	return v
}

func (v *Sources) rebuild() {
	st := v.sh.Styles
	known := v.sh.Known
	rows := make([]widget.Row, 0, len(known.Sources))
	for _, s := range ui.SourcesNewestFirst(known.Sources) {
		k := sourceKeys(known, s)
		label := ui.Clean(s.Outlet + " — " + s.Title)
		if len(known.DiscrepanciesOfSource(s.ID)) > 0 {
			label = "⚑ " + label
		}
		rows = append(rows, widget.Row{
			ID:      s.ID,
			Cells:   []string{ui.Clean(s.Date), string(s.Kind), label},
			Short:   []string{shortDate(ui.Clean(s.Date)), "", ""},
			Styles:  []ui.Ink{st.Ink.Muted, st.Ink.Muted, st.Ink.Row},
			Names:   k.names,
			Related: k.related,
			Search:  k.search,
		})
	}
	v.b.List.SetRows(rows)
	v.b.List.SetNote("newest first")
	v.b.Refresh(true)
}

// shortDate is a source's date for a narrow column: a range of days
// ("2025-05-11/12") gives its first day.
func shortDate(d string) string {
	first, _, _ := strings.Cut(d, "/")
	return first
}

// Update handles a message; see widget.Browser for the keys.
func (v *Sources) Update(msg tea.Msg) (*Sources, tea.Cmd) {
	if refresh(msg, v.b, v.rebuild) {
		return v, nil
	}
	cmd, _ := v.b.Update(msg)
	return v, cmd
}

// Show selects a source and opens its detail.
func (v *Sources) Show(to ui.Target) bool { return v.b.ShowID(to.ID) }

// Here names the selected source.
func (v *Sources) Here() ui.Target {
	return ui.Target{Tab: ui.TabSources, Kind: model.RecordSource, ID: v.b.List.SelectedID()}
}

// SetSize sets the body size.
func (v *Sources) SetSize(w, h int) { v.b.SetSize(w, h) }

// View draws the list and the detail.
func (v *Sources) View() string { return v.b.View() }

// Draw draws the list and the detail into dst.
func (v *Sources) Draw(dst *widget.Lines) { v.b.Draw(dst) }

// Capturing reports whether the search line has the keyboard.
func (v *Sources) Capturing() bool { return v.b.Capturing() }

// Back closes the detail or the search.
func (v *Sources) Back() bool { return v.b.Back() }

// UsesArrows is false: ←/→ switch tabs.
func (v *Sources) UsesArrows() bool { return false }

// Mode names what has the keyboard, for the help cache.
func (v *Sources) Mode() string { return v.b.Mode() }

// ShortHelp lists the keys that work now.
func (v *Sources) ShortHelp() []key.Binding { return v.b.ShortHelp() }

// FullHelp lists every key of the tab, grouped.
func (v *Sources) FullHelp() [][]key.Binding { return v.b.FullHelp() }

func (v *Sources) detail(id string) []widget.Line {
	sh := v.sh
	st := sh.Styles
	s, ok := sh.Known.Source(id)
	if !ok {
		return nil
	}
	out := []widget.Line{{Text: ui.Clean(s.Title), Style: st.Ink.Title}}
	copyOf := ""
	if c, ok := sh.Known.Source(s.CopyOf); ok && s.CopyOf != "" {
		copyOf = c.Outlet + ", " + c.Title
	}
	out = append(out, labelBlock(st, [][2]string{
		{"Outlet", s.Outlet}, {"Date", s.Date}, {"Kind", ui.SourceKindWords(s.Kind)},
		{"Carries", s.Via}, {"Copy of", copyOf}, {"URL", s.URL}, {"Note", s.Note},
	})...)
	for i := range out {
		if strings.TrimSpace(out[i].Label) == "URL" {
			out[i].URL = out[i].Text
		}
	}
	if ds := sh.Known.DiscrepanciesOfSource(id); len(ds) > 0 {
		out = append(out, heading(st, "⚑ "+ui.Plural(len(ds), "claim")+" the record contradicts")...)
		for _, x := range ds {
			out = append(out,
				widget.Line{Label: "⚑ Claim", Text: ui.Clean(x.Claim), Style: st.Ink.Flag, Indent: 2},
				widget.Line{Label: "Record", Text: ui.Clean(x.Correction), Style: st.Ink.Text, Indent: 4})
		}
	}
	cites := sh.Known.CitationsOf(id)
	out = append(out, heading(st, "Cited for ("+ui.Plural(len(cites), "record")+")")...)
	for _, c := range cites {
		out = append(out, citationLine(sh, c))
	}
	return out
}

// citationLine is one citing record as a link to where it is shown.
func citationLine(sh *Shared, c model.Citation) widget.Line {
	tab := map[model.RecordKind]ui.TabID{
		model.RecordPerson: ui.TabRoster, model.RecordRound: ui.TabTimeline, model.RecordAttendance: ui.TabRoster,
		model.RecordEvent: ui.TabTimeline, model.RecordIssue: ui.TabIssues, model.RecordDeadline: ui.TabCountdowns,
	}
	line := widget.Line{Text: "• " + string(c.Kind) + ": " + ui.Clean(c.Label), Style: sh.Styles.Ink.Text, Indent: 2}
	if t, ok := tab[c.Kind]; ok {
		kind := c.Kind
		if kind == model.RecordAttendance {
			kind = model.RecordRound
		}
		line.Style = sh.Styles.Ink.Link
		line.Link = &ui.Target{Tab: t, Kind: kind, ID: c.ID}
	}
	return line
}
