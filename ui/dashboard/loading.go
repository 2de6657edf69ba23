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

// parts is a built dashboard: what the load command hands over.
type parts struct {
	sh         *Shared
	timeline   *Timeline
	roster     *Roster
	issues     *Issues
	countdowns *Countdowns
	sources    *Sources
	lookup     *Lookup
}

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

// build makes the shared state and the tabs for a dataset at now.
func (a *App) build(data *model.Dataset, now time.Time) *parts {
	sh := newShared(data, now, a.opts.Zone, a.boot.styles, a.keys)
	sh.Live = a.clock.Live()
	return &parts{sh: sh, timeline: NewTimeline(sh), roster: NewRoster(sh), issues: NewIssues(sh),
		countdowns: NewCountdowns(sh), sources: NewSources(sh), lookup: NewLookup(sh)}
}

// install puts built parts in place.
func (a *App) install(p *parts) {
	a.sh = p.sh
	a.timeline, a.roster, a.issues, a.countdowns, a.sources, a.lookup =
		p.timeline, p.roster, p.issues, p.countdowns, p.sources, p.lookup
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
		a.boot.loading = false
		if msg.err != nil {
			a.boot.err = msg.err
			return tea.Quit
		}
		a.install(msg.parts)
		a.syncClock(true) // the clock ran on while loading
		a.resize(a.width, a.height)
		a.sizeLookup()
		var theme tea.Cmd
		if a.boot.dark != nil && !*a.boot.dark {
			theme = a.setTheme(false)
		}
		return tea.Batch(theme, a.start())
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
