package dashboard

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Start-up: the program starts first and the data loads while the terminal
// is set up. Loading and building the tabs run in a command (off the event
// loop); its message installs the dashboard. Until then the frame is empty,
// and after slowLoad it says what is loading.

// slowLoad is how long the load may take before a "loading …" frame shows.
const slowLoad = 100 * time.Millisecond

// boot is the state of a dashboard whose data is still loading.
type boot struct {
	loading bool
	slow    bool       // slowLoad has passed
	dark    *bool      // the background reported meanwhile
	styles  *ui.Styles // the styles, until Shared holds them
	err     error      // why loading failed
}

// parts is what the load command hands over: the shared state and the tab
// the dashboard opens on (the others are built after the first frame).
type parts struct {
	sh  *Shared
	tab tab
}

// buildRestMsg asks, after the first frame, for the tabs not built yet.
type buildRestMsg struct{}

// loadedMsg delivers the built dashboard, or why it could not load.
type loadedMsg struct {
	parts *parts
	err   error
}

// slowLoadMsg says the load is taking long.
type slowLoadMsg struct{}

func slowTick() tea.Cmd {
	return tea.Tick(slowLoad, func(time.Time) tea.Msg { return slowLoadMsg{} })
}

// load loads and builds the dashboard in a command. It reads only what
// does not change while loading (the options, keys and styles).
func (a *App) load() tea.Cmd {
	now, load := a.clock.Now(), a.opts.Load
	return func() tea.Msg {
		ds, err := load()
		if err != nil {
			return loadedMsg{err: err}
		}
		return loadedMsg{parts: a.build(ds, now)}
	}
}

// build makes the shared state and the tab to open on, for a dataset at
// now.
func (a *App) build(data *model.Dataset, now time.Time) *parts {
	sh := newShared(data, now, a.opts.Zone, a.boot.styles, a.keys)
	sh.Live = a.clock.Live()
	return &parts{sh: sh, tab: newTab(sh, a.tab)}
}

// newTab builds tab t over sh.
func newTab(sh *Shared, t ui.TabID) tab {
	switch t {
	case ui.TabRoster:
		return NewRoster(sh)
	case ui.TabIssues:
		return NewIssues(sh)
	case ui.TabCountdowns:
		return NewCountdowns(sh)
	case ui.TabSources:
		return NewSources(sh)
	default:
		return NewTimeline(sh)
	}
}

// install puts built parts in place.
func (a *App) install(p *parts) {
	a.sh = p.sh
	a.place(p.tab)
}

// place puts a built tab in its field.
func (a *App) place(v tab) {
	switch v := v.(type) {
	case *Timeline:
		a.timeline = v
	case *Roster:
		a.roster = v
	case *Issues:
		a.issues = v
	case *Countdowns:
		a.countdowns = v
	case *Sources:
		a.sources = v
	}
}

// ensure builds tab t now if it is not built yet, sized to the body.
func (a *App) ensure(t ui.TabID) {
	if a.built(t) != nil || a.sh == nil {
		return
	}
	v := newTab(a.sh, t)
	a.place(v)
	if l := a.layout(); !l.TooSmall {
		v.SetSize(l.Body.W, l.Body.H)
	}
}

// ensureLookup builds the lookup on first use.
func (a *App) ensureLookup() {
	if a.lookup == nil && a.sh != nil {
		a.lookup = NewLookup(a.sh)
		a.sizeLookup()
	}
}

// buildRest builds the tabs and the lookup not built yet: after the first
// frame, on the event loop (they read the shared state, which only the
// loop writes).
func (a *App) buildRest() {
	for _, t := range ui.Tabs() {
		a.ensure(t)
	}
	a.ensureLookup()
}

// updateLoading handles the messages that come while the data loads.
func (a *App) updateLoading(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		a.boot.dark = &dark
	case slowLoadMsg:
		a.boot.slow = true
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" || msg.String() == "q" {
			return tea.Quit
		}
	case loadedMsg:
		if msg.err != nil {
			a.boot.err = msg.err // still loading as far as drawing goes: nothing to draw
			return tea.Quit
		}
		a.boot.loading = false
		a.install(msg.parts)
		a.syncClock(true) // the clock ran on while loading
		a.resize(a.width, a.height)
		a.sizeLookup()
		var theme tea.Cmd
		if a.boot.dark != nil && !*a.boot.dark {
			theme = a.setTheme(false)
		}
		rest := func() tea.Msg { return buildRestMsg{} }
		return tea.Batch(theme, a.start(), rest)
	}
	return nil
}

// loadingView is the frame while the data loads: empty at first, then a
// calm line saying what is loading.
func (a *App) loadingView() string {
	if !a.boot.slow || a.width <= 0 || a.height <= 0 {
		return ""
	}
	name := a.opts.LoadName
	if name == "" {
		name = "the data"
	}
	line := a.boot.styles.Muted.Render(widget.Fit("loading "+ui.Clean(name)+"…", a.width))
	return strings.Repeat("\n", a.height/2) + line
}

// Err is why the data could not load (the program then quits by itself);
// nil otherwise.
func (a *App) Err() error { return a.boot.err }
