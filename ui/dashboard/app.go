package dashboard

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// tab is what the root asks of every tab besides Update, which each tab has
// with its own concrete type.
type tab interface {
	help.KeyMap
	// SetSize sets the body size the tab draws into.
	SetSize(w, h int)
	// View draws the body; it changes no state.
	View() string
	// Show selects a record and opens its detail; false if not found.
	Show(t ui.Target) bool
	// Here names the selected record, to come back to it.
	Here() ui.Target
	// Capturing is true while the tab takes typed text (a search line):
	// global keys other than ctrl+c then go to the tab.
	Capturing() bool
	// Back handles esc: close a detail, clear a search; false if nothing.
	Back() bool
	// UsesArrows is true when ←/→ mean something in the tab right now.
	UsesArrows() bool
	// Mode names what has the keyboard ("list", "detail", "search", …);
	// the help is drawn again when it changes.
	Mode() string
}

// Options configure the dashboard.
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
	// InTmux wraps the notifications in tmux's passthrough, which tmux
	// forwards to the outer terminal (with allow-passthrough on).
	InTmux bool
	// Title puts the watched countdown in the terminal's title.
	Title bool
	// Tab is the tab to start on.
	Tab ui.TabID
	// Watch, when set, reloads the data with it whenever the file at
	// WatchPath changes (--watch).
	Watch func() (*model.Dataset, error)
	// WatchPath is the file Watch reads.
	WatchPath string
	// DataName names the user's data file (--data) in the footer; empty
	// for the built-in data.
	DataName string
	// Load, when New is given no dataset, loads it while the terminal is
	// set up (a command whose message delivers the dashboard); a frame
	// saying "loading LoadName…" comes first only when it takes long.
	Load func() (*model.Dataset, error)
	// LoadName names what Load reads, for that frame.
	LoadName string
}

// App is the root model: the tab bar, the tabs, the footer and the clock.
type App struct {
	sh      *Shared
	clock   *AppClock
	keys    *Keys
	help    help.Model
	opts    Options
	tab     ui.TabID
	width   int
	height  int
	history []visit
	banner  string // the alert banner ("DEADLINE PASSED: …")
	alerts  alerter
	watch   watcher

	// The tick chain: tickGen tells a current tick from a stale one,
	// tickEvery is the running chain's interval, tickPending whether a
	// tick of it is on its way.
	tickGen     int
	tickEvery   time.Duration
	tickPending bool

	// Rendered pieces kept between frames, with what they were made from.
	tabBarKey  tabBarKey
	tabBarView string
	helpCache  helpCache
	helpText   string
	helpOffset int // the full help's first line drawn
	// showProblems shows the failed reload's problems over the body.
	showProblems   bool
	problemsOffset int
	// draw is the last frame and what it was drawn from (app_view.go).
	draw drawCache

	boot boot // the start-up state while the data loads

	lookup     *Lookup
	timeline   *Timeline
	roster     *Roster
	issues     *Issues
	countdowns *Countdowns
	sources    *Sources
}

// New returns the dashboard over a dataset; with none, it loads one with
// opts.Load once the program runs (see Options.Load).
func New(data *model.Dataset, opts Options) *App {
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	a := &App{clock: NewAppClock(opts.Clock, opts.Start), keys: NewKeys(), help: help.New(), opts: opts, tab: opts.Tab}
	a.boot.styles = ui.NewStyles(ui.NewTheme(true, opts.NoColor))
	a.help.Styles = a.boot.styles.Help
	a.watch = newWatcher(opts.WatchPath, opts.Watch)
	if data == nil && opts.Load != nil {
		a.boot.loading = true
		return a
	}
	a.install(a.build(data, a.clock.Now()))
	a.buildRest()
	return a
}

// Init asks the terminal for its background colour and starts the clock
// (and the file watch); while the data loads, it starts the load instead.
func (a *App) Init() tea.Cmd {
	if a.boot.loading {
		return tea.Batch(tea.RequestBackgroundColor, a.load(), slowTick())
	}
	return tea.Batch(tea.RequestBackgroundColor, a.start())
}

// start raises nothing for deadlines already passed, and starts the clock
// and the file watch.
func (a *App) start() tea.Cmd {
	a.alerts.cross(a.sh, time.Time{}, a.sh.Now)
	return tea.Batch(a.reschedule(), a.watch.start())
}

// Shared returns the state the tabs read; for tests.
func (a *App) Shared() *Shared { return a.sh }

// Tab returns the focused tab.
func (a *App) Tab() ui.TabID { return a.tab }

// Clock returns the program's clock.
func (a *App) Clock() *AppClock { return a.clock }

// Keys returns the program's bindings (for the README's key table).
func (a *App) Keys() *Keys { return a.keys }

// tabs returns the tabs built so far (the first is built with the data,
// the others after the first frame; see ensure).
func (a *App) tabs() []tab {
	out := make([]tab, 0, ui.TabCount)
	for _, t := range ui.Tabs() {
		if v := a.built(t); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// built returns tab t, or nil while it is not built.
func (a *App) built(t ui.TabID) tab {
	switch {
	case t == ui.TabTimeline && a.timeline != nil:
		return a.timeline
	case t == ui.TabRoster && a.roster != nil:
		return a.roster
	case t == ui.TabIssues && a.issues != nil:
		return a.issues
	case t == ui.TabCountdowns && a.countdowns != nil:
		return a.countdowns
	case t == ui.TabSources && a.sources != nil:
		return a.sources
	}
	return nil
}

// current is the focused tab, or the lookup while it is open over it.
func (a *App) current() tab {
	if a.lookup != nil && a.lookup.IsOpen() {
		return a.lookup
	}
	a.ensure(a.tab)
	return a.built(a.tab)
}

// Update routes a message (global keys first, resize, clock and theme to
// every tab, keys and mouse only to the focused tab), then keeps the clock's
// tick chain running at the interval the screen needs: the one place ticks
// are scheduled.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if a.boot.loading {
		return a, a.updateLoading(msg)
	}
	cmd := a.route(msg)
	return a, tea.Batch(cmd, a.reschedule())
}

func (a *App) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
		a.sizeLookup()
		return nil
	case tea.BackgroundColorMsg:
		return a.setTheme(msg.IsDark())
	case tickMsg:
		return a.onTick(msg)
	case pollMsg, reloadMsg:
		return a.onWatch(msg)
	case buildRestMsg:
		a.buildRest()
		return nil
	case widget.FollowMsg:
		a.navigate(msg.To, true)
		return nil
	case tea.KeyPressMsg:
		if cmd, ok := a.globalKey(msg); ok {
			return cmd
		}
	case tea.MouseClickMsg:
		if a.clickTab(msg.Mouse()) {
			return nil
		}
		return a.toCurrent(offsetMouse(msg, a.bodyY()))
	case tea.MouseWheelMsg:
		return a.toCurrent(offsetMouse(msg, a.bodyY()))
	}
	return a.toCurrent(msg)
}

// toCurrent passes a message to the focused tab (or the lookup over it).
func (a *App) toCurrent(msg tea.Msg) tea.Cmd {
	if a.lookup != nil && a.lookup.IsOpen() {
		return a.lookup.Update(msg)
	}
	a.ensure(a.tab)
	var cmd tea.Cmd
	switch a.tab {
	case ui.TabTimeline:
		a.timeline, cmd = a.timeline.Update(msg)
	case ui.TabRoster:
		a.roster, cmd = a.roster.Update(msg)
	case ui.TabIssues:
		a.issues, cmd = a.issues.Update(msg)
	case ui.TabCountdowns:
		a.countdowns, cmd = a.countdowns.Update(msg)
	case ui.TabSources:
		a.sources, cmd = a.sources.Update(msg)
	}
	return cmd
}

// toAll passes a message to every tab built (a tab built later starts
// from the shared state as it is then).
func (a *App) toAll(msg tea.Msg) tea.Cmd {
	var cmds [ui.TabCount]tea.Cmd
	if a.timeline != nil {
		a.timeline, cmds[0] = a.timeline.Update(msg)
	}
	if a.roster != nil {
		a.roster, cmds[1] = a.roster.Update(msg)
	}
	if a.issues != nil {
		a.issues, cmds[2] = a.issues.Update(msg)
	}
	if a.countdowns != nil {
		a.countdowns, cmds[3] = a.countdowns.Update(msg)
	}
	if a.sources != nil {
		a.sources, cmds[4] = a.sources.Update(msg)
	}
	return tea.Batch(cmds[:]...)
}

// globalKey handles the keys that work everywhere. Text-taking tabs get
// everything but ctrl+c while they capture.
func (a *App) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.keys.Global
	if a.current().Capturing() {
		if key.Matches(msg, a.keys.QuitWhileTyping) {
			return tea.Quit, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit, true
	case key.Matches(msg, a.keys.Widget.Lookup):
		a.ensureLookup()
		a.lookup.Open()
		a.sizeLookup()
	case key.Matches(msg, k.Help):
		a.help.ShowAll = !a.help.ShowAll
		a.helpOffset = 0
		a.resize(a.width, a.height)
	case a.help.ShowAll && a.helpKey(msg):
	case a.showProblems && a.problemsKey(msg):
	case len(a.watch.problems) > 0 && key.Matches(msg, a.keys.Problems):
		a.showProblems, a.problemsOffset = true, 0
	case key.Matches(msg, k.NextTab):
		a.setTab((a.tab + 1) % ui.TabCount)
	case key.Matches(msg, k.PrevTab):
		a.setTab((a.tab + ui.TabCount - 1) % ui.TabCount)
	case !a.current().UsesArrows() && key.Matches(msg, k.TabLeft):
		a.setTab((a.tab + ui.TabCount - 1) % ui.TabCount)
	case !a.current().UsesArrows() && key.Matches(msg, k.TabRight):
		a.setTab((a.tab + 1) % ui.TabCount)
	case key.Matches(msg, a.keys.Widget.List.Back):
		if a.banner != "" {
			a.banner = ""
			a.resize(a.width, a.height)
			return nil, true
		}
		a.back()
	default:
		if t, ok := a.tabKey(msg); ok {
			a.setTab(t)
			return nil, true
		}
		return a.clockKey(msg)
	}
	return nil, true
}

func (a *App) tabKey(msg tea.KeyPressMsg) (ui.TabID, bool) {
	for i, b := range a.keys.Global.Tabs {
		if key.Matches(msg, b) {
			return ui.TabID(i), true
		}
	}
	return 0, false
}

// setTheme rebuilds the styles for a background, in place, and tells the
// tabs what they drew is stale.
func (a *App) setTheme(isDark bool) tea.Cmd {
	if t := a.sh.Styles.Theme; t.IsDark == isDark {
		return nil // the terminal answered what was assumed: nothing to redraw
	}
	*a.sh.Styles = *ui.NewStyles(ui.NewTheme(isDark, a.opts.NoColor))
	a.help.Styles = a.sh.Styles.Help
	a.tabBarKey, a.helpCache = tabBarKey{}, helpCache{}
	cmd := a.toAll(ThemeMsg{})
	a.resize(a.width, a.height)
	return cmd
}
