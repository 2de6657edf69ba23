package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
)

// tabView is what the root asks of every tab besides Update, which each
// tab has with its own concrete type.
type tabView interface {
	help.KeyMap
	Navigator
	// SetSize sets the body size the tab draws into.
	SetSize(w, h int)
	// View draws the body.
	View() string
	// Capturing is true while the tab takes typed text (a search line):
	// global keys other than ctrl+c then go to the tab.
	Capturing() bool
	// Back handles esc: close a detail, clear a search; false if nothing.
	Back() bool
	// UsesArrows is true when ←/→ mean something in the tab right now.
	UsesArrows() bool
	// ShowsSeconds is true when the tab draws something that changes
	// every second.
	ShowsSeconds() bool
}

// Options configure the root model.
type Options struct {
	// Clock is the time source; nil means real time.
	Clock Clock
	// Start starts the clock at this instant (time travel); zero for now.
	Start time.Time
	// Zone is the viewer's zone; nil means UTC.
	Zone *time.Location
	// NoColor turns colour off (NO_COLOR with any value).
	NoColor bool
	// Notify sends desktop notifications (OSC 9/777) when a deadline passes.
	Notify bool
	// Tab is the tab to start on.
	Tab TabID
}

// App is the root model: the tab bar, the tabs, the footer and the clock.
type App struct {
	sh      *Shared
	clock   *AppClock
	keys    GlobalKeys
	help    help.Model
	opts    Options
	tab     TabID
	isDark  bool
	width   int
	height  int
	history []Target
	banner  string
	alerts  alerter

	tickGen   int
	tickEvery time.Duration

	// Rendered pieces kept between frames, with what they were made from.
	tabBarKey, tabBarView string
	helpKey, helpText     string

	timeline   *Timeline
	roster     *Roster
	issues     *Issues
	countdowns *Countdowns
	sources    *Sources
}

// New returns the root model over a dataset.
func New(data *model.Dataset, opts Options) *App {
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	clock := NewAppClock(opts.Clock, opts.Start)
	st := NewStyles(NewTheme(true, opts.NoColor))
	sh := NewShared(data, clock.Now(), opts.Zone, st)
	sh.Live = clock.Live()
	a := &App{sh: sh, clock: clock, keys: NewGlobalKeys(), help: help.New(), opts: opts, tab: opts.Tab, isDark: true}
	a.help.Styles = st.Help
	a.timeline = NewTimeline(sh)
	a.roster = NewRoster(sh)
	a.issues = NewIssues(sh)
	a.countdowns = NewCountdowns(sh)
	a.sources = NewSources(sh)
	return a
}

// Init asks the terminal for its background colour and starts the clock.
func (a *App) Init() tea.Cmd {
	a.alerts.cross(a.sh, time.Time{}, a.sh.Now)
	return tea.Batch(tea.RequestBackgroundColor, a.schedule())
}

// Shared returns the state the views read; for tests and the printer.
func (a *App) Shared() *Shared { return a.sh }

// Tab returns the focused tab.
func (a *App) Tab() TabID { return a.tab }

// Clock returns the program's clock.
func (a *App) Clock() *AppClock { return a.clock }

func (a *App) views() []tabView {
	return []tabView{a.timeline, a.roster, a.issues, a.countdowns, a.sources}
}

func (a *App) current() tabView { return a.views()[a.tab] }

// Update routes a message: global keys first, resize and clock to every
// tab, keys and mouse only to the focused tab.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
		return a, nil
	case tea.BackgroundColorMsg:
		a.setTheme(msg.IsDark())
		return a, nil
	case tickMsg:
		return a, a.onTick(msg)
	case NavigateMsg:
		a.navigate(msg.To, true)
		return a, a.reschedule()
	case tea.KeyPressMsg:
		if cmd, ok := a.globalKey(msg); ok {
			return a, cmd
		}
	case tea.MouseClickMsg:
		if a.clickTab(msg.Mouse()) {
			return a, a.reschedule()
		}
		return a, a.toCurrent(offsetMouse(msg, a.bodyY()))
	case tea.MouseWheelMsg:
		return a, a.toCurrent(offsetMouse(msg, a.bodyY()))
	}
	return a, a.toCurrent(msg)
}

// toCurrent passes a message to the focused tab.
func (a *App) toCurrent(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch a.tab {
	case TabTimeline:
		a.timeline, cmd = a.timeline.Update(msg)
	case TabRoster:
		a.roster, cmd = a.roster.Update(msg)
	case TabIssues:
		a.issues, cmd = a.issues.Update(msg)
	case TabCountdowns:
		a.countdowns, cmd = a.countdowns.Update(msg)
	case TabSources:
		a.sources, cmd = a.sources.Update(msg)
	}
	return cmd
}

// toAll passes a message to every tab.
func (a *App) toAll(msg tea.Msg) tea.Cmd {
	var cmds [tabCount]tea.Cmd
	a.timeline, cmds[0] = a.timeline.Update(msg)
	a.roster, cmds[1] = a.roster.Update(msg)
	a.issues, cmds[2] = a.issues.Update(msg)
	a.countdowns, cmds[3] = a.countdowns.Update(msg)
	a.sources, cmds[4] = a.sources.Update(msg)
	return tea.Batch(cmds[:]...)
}

// globalKey handles the keys that work everywhere. Text-taking tabs get
// everything but ctrl+c while they capture.
func (a *App) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.keys
	if a.current().Capturing() {
		if msg.String() == "ctrl+c" {
			return tea.Quit, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit, true
	case key.Matches(msg, k.Help):
		a.help.ShowAll = !a.help.ShowAll
		a.resize(a.width, a.height)
	case key.Matches(msg, k.NextTab):
		a.setTab((a.tab + 1) % tabCount)
	case key.Matches(msg, k.PrevTab):
		a.setTab((a.tab + tabCount - 1) % tabCount)
	case !a.current().UsesArrows() && key.Matches(msg, k.TabLeft):
		a.setTab((a.tab + tabCount - 1) % tabCount)
	case !a.current().UsesArrows() && key.Matches(msg, k.TabRight):
		a.setTab((a.tab + 1) % tabCount)
	case key.Matches(msg, NewListKeys().Back):
		if a.banner != "" {
			a.banner = ""
			return nil, true
		}
		a.back()
		return a.reschedule(), true
	default:
		if t, ok := a.tabKey(msg); ok {
			return a.setTabCmd(t), true
		}
		return a.clockKey(msg)
	}
	return a.reschedule(), true
}

func (a *App) tabKey(msg tea.KeyPressMsg) (TabID, bool) {
	for i, b := range a.keys.Tabs {
		if key.Matches(msg, b) {
			return TabID(i), true
		}
	}
	return 0, false
}

// back handles esc: the tab closes what it has open; otherwise, if the user
// came here by following a link, return where they were. esc never quits.
func (a *App) back() {
	if a.current().Back() {
		return
	}
	if n := len(a.history); n > 0 {
		t := a.history[n-1]
		a.history = a.history[:n-1]
		a.navigate(t, false)
	}
}

// setTab focuses a tab.
func (a *App) setTab(t TabID) {
	if t == a.tab {
		return
	}
	a.tab = t
	a.resize(a.width, a.height)
}

// setTabCmd focuses a tab and adapts the tick to what it shows.
func (a *App) setTabCmd(t TabID) tea.Cmd {
	a.setTab(t)
	return a.reschedule()
}

// navigate shows a record in its tab; push remembers the current place.
func (a *App) navigate(to Target, push bool) {
	if push {
		a.history = append(a.history, a.here())
	}
	a.setTab(to.Tab)
	a.current().Show(to)
}

// here names the current place, for going back.
func (a *App) here() Target {
	t := Target{Tab: a.tab}
	if l, ok := a.current().(interface{ SelectedTarget() Target }); ok {
		t = l.SelectedTarget()
		t.Tab = a.tab
	}
	return t
}

// setTheme rebuilds the styles for a background.
func (a *App) setTheme(isDark bool) {
	a.isDark = isDark
	a.sh.Styles = NewStyles(NewTheme(isDark, a.opts.NoColor))
	a.help.Styles = a.sh.Styles.Help
	a.toAll(StylesMsg{})
	a.resize(a.width, a.height)
}
