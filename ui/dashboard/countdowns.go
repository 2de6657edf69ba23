package dashboard

import (
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Countdowns shows the next deadline prominently (time left, progress from
// when it was set, its instant in four zones) above a list of every deadline
// in order of instant, each with the time left or since, recomputed from the
// clock on every tick.
type Countdowns struct {
	sh        *Shared
	b         *widget.Browser
	width     int
	height    int
	heroLines int
	heroStrip bool // the hero is one line with no frame (heroSize)
	caps      capitals
	hero      hero // the card as drawn
	// What the last tick found: each row's deadline passed or not, the
	// selected deadline's status, and a buffer for the time left.
	passed []bool
	shown  clockKey
	buf    []byte
	// statusLine is the index of the Status line in the detail shown.
	statusLine int
	// due heads the Due column (dueHeading); dueShort is its short width.
	due      string
	dueShort int
}

// Column indexes of the deadline list.
const (
	colDue = iota
	colLeft
	colTitle
)

// NewCountdowns returns the Countdowns tab.
func NewCountdowns(sh *Shared) *Countdowns {
	v := &Countdowns{sh: sh, caps: loadCapitals(), b: widget.NewBrowser(sh.Styles, sh.Keys.Widget, countdownColumns("Due", 10)...)}
	v.b.DetailFor = v.detail
	v.b.List.SetEmpty(firstSetWords(sh))
	v.rebuild()
	return v
}

// countdownColumns are the list's columns, the first headed due and at
// least short cells wide in its short form.
func countdownColumns(due string, short int) []widget.Column {
	return []widget.Column{
		{Title: due, Width: max(16, lipgloss.Width(due)), Fit: true, Short: max(short, lipgloss.Width(due)), Optional: true},
		{Title: "Left / since", ShortTitle: "Left", Width: 15, Fit: true, Short: 15}, {Title: "Deadline"},
	}
}

// dueHeading heads the Due column, naming the reader's zone as the exact
// deadlines read in it ("Due (EDT/EST)"); a date-only deadline's day is
// its own zone's, marked with it when the reader's day is another
// ("2026-11-10 EST": ui.FormatDueIn).
func dueHeading(ds []*model.Deadline, zone *time.Location) string {
	var abbrs []string
	for _, d := range ds {
		if d.At.IsZero() || d.At.IsDateOnly() {
			continue
		}
		if a := d.At.Time.In(zone).Format("MST"); !slices.Contains(abbrs, a) {
			abbrs = append(abbrs, a)
		}
	}
	if len(abbrs) == 0 {
		return "Due"
	}
	return "Due (" + strings.Join(abbrs, "/") + ")"
}

// rebuild makes the rows from the deadlines known now.
func (v *Countdowns) rebuild() {
	st := v.sh.Styles
	ds := v.sh.Known.DeadlinesInOrder()
	v.b.List.SetEmpty(firstSetWords(v.sh))
	short := 10
	for _, d := range ds {
		short = max(short, len(dueShort(d, v.sh.Zone)))
	}
	if due := dueHeading(ds, v.sh.Zone); due != v.due || short != v.dueShort {
		v.due, v.dueShort = due, short
		v.b.List.SetColumns(countdownColumns(due, short)...)
	}
	rows := make([]widget.Row, 0, len(ds))
	for _, d := range ds {
		rows = append(rows, widget.Row{
			ID:     d.ID,
			Cells:  []string{ui.FormatDueIn(d.At, v.sh.Zone), "", ui.Clean(d.Title)},
			Short:  []string{dueShort(d, v.sh.Zone), "", ""},
			Styles: []ui.Ink{st.Ink.Muted, st.Ink.Warn, st.Ink.Row},
			Search: ui.Clean(d.What + " " + d.OutcomeNote + " " + string(d.Outcome) + " " + d.Zone),
		})
	}
	fresh := v.b.List.SelectedID() == ""
	v.b.List.SetRows(rows)
	v.passed = make([]bool, len(rows))
	v.tick(true)
	if hero := v.watchedNow(); fresh && hero != nil {
		v.b.List.SelectID(hero.ID)
		v.b.Refresh(true)
	}
}

// dueShort is a deadline's Due cell in short form: the reader's day of an
// exact deadline, and a date-only one's day with the zone it is a day in
// when the reader's day is another (it would read out of order without).
func dueShort(d *model.Deadline, zone *time.Location) string {
	s := ui.FormatDueIn(d.At, zone)
	if ui.OwnDay(d.At, zone) {
		return s
	}
	return s[:min(len(s), 10)]
}

// tick recomputes what depends on the clock: each row's time left and its
// style, and the open detail. Rows are not rebuilt, and only those whose
// words changed are drawn again; the detail is rebuilt when its status
// changed (or always, with force: what is known changed).
func (v *Countdowns) tick(force bool) {
	st := v.sh.Styles
	now := v.sh.Now
	data := v.sh.Known
	v.b.List.UpdateCells(func(i int, r *widget.Row) bool {
		d, ok := data.Deadline(r.ID)
		if !ok {
			return false
		}
		v.buf = ui.AppendDeadlineLeft(v.buf[:0], d, now)
		passed := d.StateAt(now).Passed
		if i < len(v.passed) && v.passed[i] == passed && r.Cells[colLeft] == string(v.buf) {
			return false
		}
		r.Cells[colLeft] = string(v.buf)
		r.Styles[colLeft] = st.Ink.Warn
		if passed {
			r.Styles[colLeft] = st.Ink.Muted
		}
		if i < len(v.passed) {
			v.passed[i] = passed
		}
		return true
	})
	k := v.detailKey()
	switch {
	case force || k.id != v.shown.id || k.passed != v.shown.passed:
		v.b.Refresh(true)
	case k.status != v.shown.status && v.b.SelectedID() == k.id:
		v.b.Detail.SetText(v.statusLine, ui.Clean(k.status)) // the rest of the detail stays
	}
	v.shown = k
}

// statusLabel labels a deadline's status in its detail: the line a tick
// changes.
const statusLabel = "Status"

// clockKey is what the clock changes in a deadline's detail: its status,
// and whether it passed (what happened is told once it has).
type clockKey struct {
	id, status string
	passed     bool
}

// detailKey is the clockKey of the selected deadline now.
func (v *Countdowns) detailKey() clockKey {
	d, ok := v.sh.Known.Deadline(v.b.SelectedID())
	if !ok {
		return clockKey{}
	}
	return clockKey{id: d.ID, status: ui.DeadlineState(d, v.sh.Now, ui.Compact), passed: d.StateAt(v.sh.Now).Passed}
}

// Update handles a message; see widget.Browser for the keys.
func (v *Countdowns) Update(msg tea.Msg) (*Countdowns, tea.Cmd) {
	switch msg := msg.(type) {
	case ClockMsg:
		if msg.KnownChanged {
			v.rebuild()
		} else {
			v.tick(false)
		}
		return v, nil
	case DataMsg:
		v.hero = hero{}
		v.rebuild()
		return v, nil
	case ThemeMsg:
		v.hero = hero{}
		v.b.Restyle()
		v.rebuild()
		return v, nil
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		cmd, _ := v.b.Update(offsetMouse(msg, v.heroHeight()))
		return v, cmd
	}
	cmd, _ := v.b.Update(msg)
	return v, cmd
}

// SetSize gives the hero its lines and the browser the rest.
func (v *Countdowns) SetSize(w, h int) {
	v.width, v.height = w, h
	v.heroLines, v.heroStrip = heroSize(w, h, v.sh.Styles.PaneFocused.GetVerticalFrameSize())
	v.b.SetSize(w, max(h-v.heroHeight(), 0))
}

// View draws the hero card above the list and detail.
func (v *Countdowns) View() string {
	var l widget.Lines
	v.Draw(&l)
	return l.String()
}

// Draw draws the hero card above the list and detail into dst.
func (v *Countdowns) Draw(dst *widget.Lines) {
	if v.width <= 0 || v.height <= 0 {
		return
	}
	if v.heroLines > 0 {
		v.heroDraw(dst)
	}
	v.b.Draw(dst)
}

// Show selects a deadline and opens its detail.
func (v *Countdowns) Show(to ui.Target) bool { return v.b.ShowID(to.ID) }

// Here names the selected deadline.
func (v *Countdowns) Here() ui.Target {
	return ui.Target{Tab: ui.TabCountdowns, Kind: model.RecordDeadline, ID: v.b.List.SelectedID()}
}

// Capturing reports whether the search line has the keyboard.
func (v *Countdowns) Capturing() bool { return v.b.Capturing() }

// Back closes the detail or the search.
func (v *Countdowns) Back() bool { return v.b.Back() }

// UsesArrows is false: ←/→ switch tabs.
func (v *Countdowns) UsesArrows() bool { return false }

// Mode names what has the keyboard, for the help cache.
func (v *Countdowns) Mode() string { return v.b.Mode() }

// ShortHelp lists the keys that work now, with the clock keys that matter
// most on this tab.
func (v *Countdowns) ShortHelp() []key.Binding {
	g := v.sh.Keys.Global
	return append(v.b.ShortHelp(), g.DayBack, g.Pause)
}

// FullHelp lists every key of the tab, grouped.
func (v *Countdowns) FullHelp() [][]key.Binding { return v.b.FullHelp() }

// detail returns a deadline's full detail; a tick rebuilds it, and the
// Detail rewraps only the lines that changed.
func (v *Countdowns) detail(id string) []widget.Line {
	sh := v.sh
	st := sh.Styles
	d, ok := sh.Known.Deadline(id)
	if !ok {
		return nil
	}
	s := d.StateAt(sh.Now)
	due := ui.FormatAt(d.At, sh.Zone)
	if d.At.IsDateOnly() { // whose day it is, said whatever the reader's zone
		due = ui.FormatDayWhere(d.At) + ", date only: no time of day was set"
	}
	out := []widget.Line{{Text: ui.Clean(d.Title), Style: st.Ink.Title}}
	status := ui.DeadlineState(d, sh.Now, ui.Compact)
	out = append(out, labelBlock(st, [][2]string{
		{"Due", due},
		{statusLabel, status},
		{"Set on", ui.FormatAt(d.Set, sh.Zone)},
	})...)
	v.statusLine = slices.IndexFunc(out, func(l widget.Line) bool { return strings.TrimSpace(l.Label) == statusLabel })
	if !d.At.IsDateOnly() {
		out = append(out, heading(st, "The same instant in")...)
		for _, z := range v.caps.zoneTimes(d.At.Time, sh.Zone) {
			out = append(out, widget.Line{Label: padLabel(z[0], 11), Text: z[1], Style: st.Ink.Text, Indent: 2})
		}
	}
	out = append(out, heading(st, "What was to happen")...)
	out = append(out, para(st, d.What)...)
	if s.Passed { // what happened is not known before the deadline
		out = append(out, heading(st, "What happened")...)
		out = append(out, widget.Line{Text: ui.OutcomeAt(d, sh.Now), Style: v.outcomeStyle(s.Outcome)})
		if d.OutcomeNote != "" {
			out = append(out, para(st, d.OutcomeNote)...)
		}
	}
	if r, ok := sh.Known.Deadline(d.ReplacedBy); ok && s.Passed {
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

func (v *Countdowns) outcomeStyle(o model.Outcome) ui.Ink {
	st := &v.sh.Styles.Ink
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

// watchedNow is the deadline shown large: the deadline to watch at the
// clock's instant.
func (v *Countdowns) watchedNow() *model.Deadline {
	return v.sh.Watch.First()
}
