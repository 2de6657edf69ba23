package dashboard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Lookup finds any record from any tab: people, rounds, events, issues,
// deadlines and sources known at the clock's instant, ranked by the same
// matcher as the tabs' searches. It opens over the focused tab's body
// (ctrl+k); enter shows the selected record in its tab (esc there comes
// back), esc closes it.
type Lookup struct {
	sh      *Shared
	list    *widget.List
	open    bool
	targets map[string]ui.Target
	width   int
	height  int
	box     widget.Box   // the pane's frame
	content widget.Lines // the list as drawn
}

// NewLookup returns the closed lookup.
func NewLookup(sh *Shared) *Lookup {
	l := &Lookup{sh: sh, list: widget.NewList(sh.Styles, sh.Keys.Widget,
		widget.Column{Title: "Kind", Width: 8}, widget.Column{Title: "Name"}, widget.Column{Title: "", Width: 16, Fit: true, Optional: true})}
	l.list.SetPrompt("find ")
	l.list.SetPlaceholder("people, rounds, events, issues, deadlines, sources")
	l.list.SetEmpty("nothing known at this instant")
	l.list.SetNote("enter shows it · esc closes")
	return l
}

// Open rebuilds the records from what is known now and starts a new search.
func (l *Lookup) Open() {
	l.open = true
	l.list.Restyle()
	l.rebuild()
	l.list.SetQuery("")
	l.list.StartSearch()
}

// IsOpen reports whether the lookup is shown.
func (l *Lookup) IsOpen() bool { return l.open }

// close hides the lookup.
func (l *Lookup) close() {
	l.open = false
	l.list.ClearSearch()
}

// rebuild makes one row per record known now, grouped by kind.
func (l *Lookup) rebuild() {
	known, st := l.sh.Known, l.sh.Styles
	l.targets = map[string]ui.Target{}
	var rows []widget.Row
	add := func(t ui.Target, kind, name, extra string, k searchKeys) {
		id := string(t.Kind) + ":" + t.ID
		l.targets[id] = t
		rows = append(rows, widget.Row{ID: id, Cells: []string{kind, ui.Clean(name), ui.Clean(extra)},
			Styles: []ui.Ink{st.Ink.Muted, st.Ink.Row, st.Ink.Muted}, Names: k.names, Related: k.related, Search: k.search})
	}
	group := func(title string) {
		rows = append(rows, widget.Row{ID: "group:" + title, Header: true, Cells: []string{title}})
	}
	group("People")
	for i := range known.People {
		p := &known.People[i]
		add(ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: p.ID}, "person", ui.PersonLabel(p), p.Side.Label(), personKeys(known, p))
	}
	group("Rounds")
	for i := range known.Rounds {
		r := &known.Rounds[i]
		add(ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: r.ID}, "round", roundName(r), ui.FormatDayIn(r.Start, l.sh.Zone), roundKeys(known, r))
	}
	group("Events")
	for i := range known.Events {
		e := &known.Events[i]
		add(ui.Target{Tab: ui.TabTimeline, Kind: model.RecordEvent, ID: e.ID}, "event", e.Title, ui.FormatDayIn(e.At, l.sh.Zone), eventKeys(known, e))
	}
	group("Issues")
	for i := range known.Issues {
		is := &known.Issues[i]
		add(ui.Target{Tab: ui.TabIssues, Kind: model.RecordIssue, ID: is.ID}, "issue", is.Name, string(is.Status), issueKeys(is))
	}
	group("Deadlines")
	for _, d := range known.DeadlinesInOrder() {
		add(ui.Target{Tab: ui.TabCountdowns, Kind: model.RecordDeadline, ID: d.ID}, "deadline", d.Title, ui.FormatDueIn(d.At, l.sh.Zone), deadlineKeys(d))
	}
	group("Sources")
	for i := range known.Sources {
		s := &known.Sources[i]
		add(ui.Target{Tab: ui.TabSources, Kind: model.RecordSource, ID: s.ID}, "source", s.Outlet+" — "+s.Title, s.Date, sourceKeys(known, s))
	}
	l.list.SetRows(rows)
}

// Selected is the record the selected row shows.
func (l *Lookup) Selected() (ui.Target, bool) {
	t, ok := l.targets[l.list.SelectedID()]
	return t, ok
}

// Update handles a key, a paste or the mouse: esc closes, enter shows the
// selected record (or takes the "did you mean"), a click selects a row and
// a second click on it shows it, the wheel moves the selection, the rest
// edits the search or moves the selection.
func (l *Lookup) Update(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	switch {
	case isKey && key.Matches(k, l.sh.Keys.Widget.Search.Cancel):
		l.close()
		return nil
	case isKey && key.Matches(k, l.sh.Keys.Widget.Search.Accept):
		if l.list.Len() == 0 && l.list.Suggestion() != "" {
			l.list.SetQuery(l.list.Suggestion())
			return nil
		}
		t, ok := l.Selected()
		if !ok {
			return nil
		}
		l.close()
		return func() tea.Msg { return widget.FollowMsg{To: t} }
	case isKey && (k.Code == tea.KeyBackspace && l.list.Query() == ""):
		return nil // an empty line stays open: esc closes
	}
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		return l.click(msg.Mouse())
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			l.list.Scroll(-1)
		case tea.MouseWheelDown:
			l.list.Scroll(1)
		default: // a sideways wheel: nothing to scroll
		}
		return nil
	}
	l.list.Update(msg)
	return nil
}

// click selects the row under a left click (m in the body's coordinates);
// a click on the row already selected shows its record, as enter does.
func (l *Lookup) click(m tea.Mouse) tea.Cmd {
	if m.Button != tea.MouseLeft {
		return nil
	}
	_, fh := l.sh.Styles.Pane.GetFrameSize()
	before := l.list.SelectedID()
	if !l.list.ClickRow(m.Y - fh/2) {
		return nil
	}
	if t, ok := l.Selected(); ok && l.list.SelectedID() == before {
		l.close()
		return func() tea.Msg { return widget.FollowMsg{To: t} }
	}
	return nil
}

// SetSize sets the body size the lookup draws into.
func (l *Lookup) SetSize(w, h int) {
	l.width, l.height = w, h
	fw, fh := l.sh.Styles.Pane.GetFrameSize()
	l.list.SetSize(max(w-fw, 0), max(h-fh, 0))
}

// View draws the lookup in a focused pane over the body.
func (l *Lookup) View() string {
	var b widget.Lines
	l.Draw(&b)
	return b.String()
}

// Draw draws the lookup in a focused pane over the body into dst.
func (l *Lookup) Draw(dst *widget.Lines) {
	l.content.Reset()
	l.list.Draw(&l.content)
	l.box.Draw(dst, l.sh.Styles, &l.content, l.width, l.height, true)
}

// Show is not used: the lookup shows records through their tabs.
func (l *Lookup) Show(ui.Target) bool { return false }

// Here names nothing: the lookup is never a place to come back to.
func (l *Lookup) Here() ui.Target { return ui.Target{} }

// Capturing is true: typed text goes to the lookup's line.
func (l *Lookup) Capturing() bool { return true }

// Back closes the lookup.
func (l *Lookup) Back() bool {
	l.close()
	return true
}

// UsesArrows is true: ←/→ move in the line.
func (l *Lookup) UsesArrows() bool { return true }

// ShowsSeconds is false.
func (l *Lookup) ShowsSeconds() bool { return false }

// Mode names the lookup for the help cache.
func (l *Lookup) Mode() string { return "lookup" }

// ShortHelp lists the lookup's keys.
func (l *Lookup) ShortHelp() []key.Binding {
	s := l.sh.Keys.Widget.Search
	open, back := s.Accept, s.Cancel
	open.SetHelp("enter", "show it")
	back.SetHelp("esc", "close")
	return []key.Binding{s.Up, s.Down, open, back}
}

// FullHelp lists the lookup's keys.
func (l *Lookup) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }

// sizeLookup gives the lookup the body's size.
func (a *App) sizeLookup() {
	if l := a.layout(); !l.TooSmall && a.lookup != nil {
		a.lookup.SetSize(l.Body.W, l.Body.H)
	}
}
