package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Countdowns shows the next deadline prominently (time left, progress from
// when it was set, its instant in four zones) above a list of every deadline
// in order of instant, each with the time left or since, recomputed from the
// clock on every tick.
type Countdowns struct {
	*Browser
	sh        *Shared
	width     int
	height    int
	heroLines int
	// hero is the deadline shown large: the next upcoming one, or the
	// last passed one when none is upcoming.
	hero *model.Deadline
	caps capitals
	// heroZonesText caches the hero's zone line for heroZonesID.
	heroZonesID, heroZonesText string
	// detailID's lines are cached; only the status line (detailStatus)
	// changes from one tick to the next.
	detailID     string
	detailLines  []Line
	detailStatus int
	detailPassed bool
}

// Column indexes of the deadline list.
const (
	colDue = iota
	colLeft
	colTitle
)

// NewCountdowns returns the Countdowns tab.
func NewCountdowns(sh *Shared) *Countdowns {
	v := &Countdowns{sh: sh, caps: loadCapitals(), Browser: NewBrowser(sh, "Countdowns",
		Column{Title: "Due", Width: 16}, Column{Title: "Left / since", Width: 15}, Column{Title: "Deadline"})}
	v.ListShare = 58
	v.DetailFor = v.detail
	v.List.SetEmpty("no deadlines in the data")
	v.rebuild()
	return v
}

// rebuild makes the rows from the deadlines.
func (v *Countdowns) rebuild() {
	st := v.sh.Styles
	ds := v.sh.Known.DeadlinesInOrder()
	rows := make([]Row, 0, len(ds))
	for _, d := range ds {
		rows = append(rows, Row{
			ID:     d.ID,
			Cells:  []string{formatDue(d.At), "", Clean(d.Title)},
			Styles: []lipgloss.Style{st.Muted, st.Warn, st.Row},
			Search: Clean(d.What + " " + d.OutcomeNote + " " + string(d.Outcome) + " " + d.Zone),
		})
	}
	fresh := v.List.SelectedID() == ""
	v.List.SetRows(rows)
	v.tick()
	if fresh && v.hero != nil {
		v.List.SelectID(v.hero.ID)
		v.Refresh(true)
	}
}

// tick recomputes what depends on the clock: each row's time left and its
// style, the hero, and the open detail. Rows are not rebuilt.
func (v *Countdowns) tick() {
	st := v.sh.Styles
	now := v.sh.Now
	data := v.sh.Known
	v.List.UpdateCells(func(r *Row) {
		d, ok := data.Deadline(r.ID)
		if !ok {
			return
		}
		s := d.StateAt(now)
		r.Cells[colLeft] = formatLeft(d, s, now)
		r.Styles[colLeft] = st.Warn
		if s.Passed {
			r.Styles[colLeft] = st.Muted
		}
	})
	v.hero, _ = data.NextDeadline(now)
	v.Refresh(true)
}

// Update handles a message; see Browser for keys.
func (v *Countdowns) Update(msg tea.Msg) (*Countdowns, tea.Cmd) {
	switch msg := msg.(type) {
	case ClockMsg:
		if msg.KnownChanged {
			v.rebuild()
		} else {
			v.tick()
		}
		return v, nil
	case DataMsg:
		v.detailID, v.heroZonesID = "", ""
		v.rebuild()
		return v, nil
	case StylesMsg:
		v.detailID = ""
		v.SetStyles(v.sh.Styles)
		v.rebuild()
		return v, nil
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		cmd, _ := v.Browser.Update(offsetMouse(msg, v.heroHeight()))
		return v, cmd
	}
	cmd, _ := v.Browser.Update(msg)
	return v, cmd
}

// SetSize gives the hero its lines and the browser the rest.
func (v *Countdowns) SetSize(w, h int) {
	v.width, v.height = w, h
	switch {
	case h >= 22:
		v.heroLines = 4
	case h >= 14:
		v.heroLines = 2
	default:
		v.heroLines = 0 // the list and detail need the room
	}
	v.Browser.SetSize(w, max(h-v.heroHeight(), 0))
}

// heroHeight is the hero card's height with its frame (0 when hidden).
func (v *Countdowns) heroHeight() int {
	if v.heroLines == 0 {
		return 0
	}
	return v.heroLines + v.sh.Styles.PaneFocused.GetVerticalFrameSize()
}

// View draws the hero card above the list and detail.
func (v *Countdowns) View() string {
	if v.width <= 0 || v.height <= 0 {
		return ""
	}
	if v.heroLines == 0 {
		return v.Browser.View()
	}
	return v.heroView() + "\n" + v.Browser.View()
}

// ShowsSeconds is true: the time left ticks.
func (v *Countdowns) ShowsSeconds() bool { return true }

// Show selects a deadline and opens its detail.
func (v *Countdowns) Show(to Target) bool {
	return v.ShowID(to.ID)
}

// SelectedTarget names the selected deadline.
func (v *Countdowns) SelectedTarget() Target {
	return Target{Tab: TabCountdowns, Kind: model.RecordDeadline, ID: v.List.SelectedID()}
}

// ShortHelp lists the keys that work now, with the clock keys that matter
// most on this tab.
func (v *Countdowns) ShortHelp() []key.Binding {
	g := NewGlobalKeys()
	return append(v.Browser.ShortHelp(), g.DayBack, g.Pause)
}

// detail returns a deadline's full detail. The lines are built once per
// deadline; a tick only rewrites the status line.
func (v *Countdowns) detail(id string) []Line {
	d, ok := v.sh.Data.Deadline(id)
	if !ok {
		return nil
	}
	passed := d.StateAt(v.sh.Now).Passed
	if id != v.detailID || passed != v.detailPassed {
		v.detailID, v.detailPassed = id, passed
		v.detailLines, v.detailStatus = v.buildDetail(id), -1
		for i, ln := range v.detailLines {
			if strings.HasPrefix(ln.Label, "Status") {
				v.detailStatus = i
			}
		}
	}
	lines := slices.Clone(v.detailLines)
	if v.detailStatus >= 0 {
		lines[v.detailStatus].Text = statusText(d, d.StateAt(v.sh.Now), v.sh.Now)
	}
	return lines
}

// buildDetail builds a deadline's detail from scratch.
func (v *Countdowns) buildDetail(id string) []Line {
	sh := v.sh
	st := sh.Styles
	d, ok := sh.Data.Deadline(id)
	if !ok {
		return nil
	}
	s := d.StateAt(sh.Now)
	out := []Line{{Text: Clean(d.Title), Style: st.Title}}
	out = append(out, labelBlock(st, [][2]string{
		{"Due", formatInstant(d.At, nil) + " (" + Clean(d.Zone) + ")"},
		{"Status", statusText(d, s, sh.Now)},
		{"Set", formatInstant(d.Set, nil)},
	})...)
	if !d.At.IsDateOnly() {
		out = append(out, heading(st, "The instant in")...)
		for _, z := range v.caps.zoneTimes(d.At.Time, sh.Zone) {
			out = append(out, Line{Label: padLabel(z[0], 11), Text: z[1], Style: st.Text, Indent: 2})
		}
	}
	out = append(out, heading(st, "What was to happen")...)
	out = append(out, para(st, d.What)...)
	if s.Passed { // what happened is not known before the deadline
		out = append(out, heading(st, "What happened")...)
		out = append(out, Line{Text: outcomeLabel(d.Outcome), Style: v.outcomeStyle(d.Outcome)})
		if d.OutcomeNote != "" {
			out = append(out, para(st, d.OutcomeNote)...)
		}
	}
	if r, ok := sh.Data.Deadline(d.ReplacedBy); ok && s.Passed {
		out = append(out, heading(st, "Replaced by")...)
		out = append(out, deadlineLink(sh, r, 2))
	}
	if len(d.Issues) > 0 {
		out = append(out, heading(st, "Issues")...)
		for _, iid := range d.Issues {
			out = append(out, issueLink(sh, iid, 2))
		}
	}
	out = append(out, discrepancyLines(sh, model.RecordDeadline, id)...)
	return append(out, sourceLines(sh, d.Sourced)...)
}

func (v *Countdowns) outcomeStyle(o model.Outcome) lipgloss.Style {
	st := v.sh.Styles
	switch o {
	case model.OutcomeAverted, model.OutcomeExtended:
		return st.Good
	case model.OutcomeTookEffect:
		return st.Bad
	case model.OutcomePending:
		return st.Warn
	default:
		return st.Muted
	}
}

// labelBlock makes label/value lines with the labels padded to one width,
// so the values line up.
func labelBlock(st *Styles, pairs [][2]string) []Line {
	w := 0
	for _, p := range pairs {
		w = max(w, lipgloss.Width(p[0]))
	}
	out := make([]Line, 0, len(pairs))
	for _, p := range pairs {
		if p[1] == "" || p[1] == "—" {
			continue
		}
		out = append(out, Line{Label: padLabel(p[0], w), Text: Clean(p[1]), Style: st.Text})
	}
	return out
}

// padLabel pads a label with spaces to w cells.
func padLabel(s string, w int) string {
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}
