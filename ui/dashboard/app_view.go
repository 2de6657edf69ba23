package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the tab bar, the focused tab and the footer, or a notice when
// the terminal is too small.
func (a *App) View() tea.View {
	v := tea.NewView(a.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "truce"
	return v
}

// Render returns the frame as a string (what View puts on screen).
func (a *App) Render() string {
	if a.width <= 0 || a.height <= 0 {
		return ""
	}
	l := a.layout()
	if l.TooSmall {
		return a.tooSmall()
	}
	parts := []string{a.tabBar(), widget.FitLines(a.current().View(), l.Body.W, l.Body.H), a.footer()}
	return strings.Join(parts, "\n")
}

// layout computes the screen's regions for the current size.
func (a *App) layout() widget.Layout {
	return widget.ComputeLayout(a.width, a.height, a.headerHeight(), a.footerHeight())
}

func (a *App) headerHeight() int {
	return 1 + a.sh.Styles.TabBar.GetVerticalFrameSize()
}

func (a *App) footerHeight() int {
	return 1 + lipgloss.Height(a.helpView())
}

func (a *App) bodyY() int { return a.headerHeight() }

// resize stores the terminal size and gives each tab its body.
func (a *App) resize(w, h int) {
	a.width, a.height = w, h
	a.help.SetWidth(max(w, 0))
	l := a.layout()
	for _, v := range a.tabs() {
		v.SetSize(l.Body.W, l.Body.H)
	}
}

// tooSmall is the calm notice drawn below the minimum size.
func (a *App) tooSmall() string {
	msg := fmt.Sprintf("terminal too small: need %d×%d, have %d×%d", widget.MinWidth, widget.MinHeight, a.width, a.height)
	lines := strings.Split(widget.WrapPlain(msg, a.width), "\n")
	if len(lines) > a.height {
		lines = lines[:a.height]
	}
	for i, ln := range lines {
		lines[i] = a.sh.Styles.Notice.Render(ln)
	}
	return strings.Join(lines, "\n")
}

// tabLabel is a tab's label: number and name, or the number alone for the
// other tabs when the full bar does not fit.
func (a *App) tabLabel(t ui.TabID) string {
	if t != a.tab && a.compactTabs() {
		return fmt.Sprint(int(t) + 1)
	}
	return fmt.Sprintf("%d %s", int(t)+1, t)
}

// compactTabs reports whether the full tab bar is wider than the terminal.
func (a *App) compactTabs() bool {
	w := 0
	for _, t := range ui.Tabs() {
		w += lipgloss.Width(a.sh.Styles.Tab.Render(fmt.Sprintf("%d %s", int(t)+1, t)))
	}
	return w > a.width
}

// tabBarKey is what the tab bar is drawn from (the styles aside: a new
// theme clears the key).
type tabBarKey struct {
	tab   ui.TabID
	width int
	valid bool
}

// tabBar draws the tab labels, the focused one highlighted; the result is
// kept until the tab, the width or the styles change.
func (a *App) tabBar() string {
	k := tabBarKey{tab: a.tab, width: a.width, valid: true}
	if a.tabBarKey != k {
		a.tabBarKey, a.tabBarView = k, a.renderTabBar()
	}
	return a.tabBarView
}

// renderTabBar draws the tab bar.
func (a *App) renderTabBar() string {
	st := a.sh.Styles
	labels := make([]string, 0, ui.TabCount)
	for _, t := range ui.Tabs() {
		label := a.tabLabel(t)
		if t == a.tab {
			labels = append(labels, st.TabActive.Render(label))
		} else {
			labels = append(labels, st.Tab.Render(label))
		}
	}
	bar := lipgloss.JoinHorizontal(lipgloss.Top, labels...)
	bar = widget.PadRight(bar, a.width)
	return st.TabBar.Width(a.width).Render(bar)
}

// tabAt returns the tab whose label is drawn at column x of the tab bar.
func (a *App) tabAt(x int) (ui.TabID, bool) {
	st := a.sh.Styles
	at := 0
	for _, t := range ui.Tabs() {
		style := st.Tab
		if t == a.tab {
			style = st.TabActive
		}
		w := lipgloss.Width(style.Render(a.tabLabel(t)))
		if x >= at && x < at+w {
			return t, true
		}
		at += w
	}
	return 0, false
}

func (a *App) clickTab(m tea.Mouse) bool {
	if m.Button != tea.MouseLeft || m.Y >= a.headerHeight() {
		return false
	}
	if t, ok := a.tabAt(m.X); ok {
		a.setTab(t)
	}
	return true
}

// offsetMouse moves a mouse message into body coordinates.
func offsetMouse(msg tea.Msg, dy int) tea.Msg {
	switch m := msg.(type) {
	case tea.MouseClickMsg:
		m.Y -= dy
		return m
	case tea.MouseWheelMsg:
		m.Y -= dy
		return m
	}
	return msg
}

// footer draws the status line and the help.
func (a *App) footer() string {
	return a.statusLine() + "\n" + a.helpView()
}

// statusLine shows the clock (marked when not real time), the data's
// checked-on date and source count.
func (a *App) statusLine() string {
	st := a.sh.Styles
	now := a.sh.Now.In(a.sh.Zone)
	layout := "Mon 2 Jan 2006 15:04 MST"
	if a.current().ShowsSeconds() {
		layout = "Mon 2 Jan 2006 15:04:05 MST"
	}
	left := st.FooterValue.Render(now.Format(layout))
	if marker := a.clockMarker(); marker != "" {
		left = st.ClockMarker.Render(marker) + " " + left
	}
	if r := reminder(a.sh); r != "" {
		left += " " + st.Reminder.Render("» "+r)
	}
	if a.banner != "" {
		left = st.Banner.Render(ui.Clean(a.banner)) + " " + left
	}
	d := a.sh.Data
	right := st.FooterKey.Render("data checked ") + st.FooterValue.Render(d.Meta.Checked.Date()) +
		st.FooterKey.Render(" · ") + st.FooterValue.Render(ui.Plural(len(d.Sources), "source"))
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return widget.PadRight(left, a.width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// clockMarker names what is unusual about the clock, or "".
func (a *App) clockMarker() string {
	switch {
	case a.clock.Paused():
		return "PAUSED"
	case !a.clock.Live():
		return "TIME TRAVEL"
	}
	return ""
}

// helpKey is what the help is drawn from: the size, short or full, and the
// focused tab's mode (the styles aside: a new theme clears the key).
type helpKey struct {
	width, height int
	showAll       bool
	tab           ui.TabID
	mode          string
	valid         bool
}

// helpView draws the short or full help for the focused tab, each line cut
// to the width (bubbles' help adds an item anyway when even its ellipsis
// does not fit). It is drawn again only when what it is drawn from changed.
func (a *App) helpView() string {
	k := helpKey{a.width, a.height, a.help.ShowAll, a.tab, a.current().Mode(), true}
	if k == a.helpKey {
		return a.helpText
	}
	a.helpKey = k
	view := a.help.View(a)
	if a.help.ShowAll {
		view = a.fullHelpFitted()
	}
	lines := strings.Split(view, "\n")
	// Leave the body at least a few lines: the full help of a tiny
	// terminal shows what fits.
	if room := max(a.height-a.headerHeight()-1-4, 1); len(lines) > room {
		lines = lines[:room]
	}
	for i, ln := range lines {
		lines[i] = ansi.Truncate(ln, max(a.width, 0), "…")
	}
	a.helpText = strings.Join(lines, "\n")
	return a.helpText
}

// fullHelpFitted draws the full help's columns in as many bands as the
// width needs, so that no key is cut off on a narrow terminal.
func (a *App) fullHelpFitted() string {
	var bands []string
	var band [][]key.Binding
	for _, g := range a.FullHelp() {
		try := append(append([][]key.Binding{}, band...), g)
		if len(band) > 0 && lipgloss.Width(a.help.FullHelpView(try)) > a.width {
			bands = append(bands, a.help.FullHelpView(band))
			band = [][]key.Binding{g}
			continue
		}
		band = try
	}
	if len(band) > 0 {
		bands = append(bands, a.help.FullHelpView(band))
	}
	return strings.Join(bands, "\n")
}

// ShortHelp joins the focused tab's keys with the global ones. While a
// search line takes the keyboard only its keys (and ctrl+c) work.
func (a *App) ShortHelp() []key.Binding {
	if a.current().Capturing() {
		return append(a.current().ShortHelp(), a.keys.QuitWhileTyping)
	}
	k := a.keys.Global
	return append(a.current().ShortHelp(), k.NextTab, k.Help, k.Quit)
}

// FullHelp lists every key that works in the focused tab, grouped.
func (a *App) FullHelp() [][]key.Binding {
	k := a.keys.Global
	groups := a.current().FullHelp()
	if a.current().Capturing() {
		return append(groups, []key.Binding{a.keys.QuitWhileTyping})
	}
	nav := []key.Binding{k.NextTab, k.PrevTab, a.keys.TabKeys}
	if !a.current().UsesArrows() {
		nav = append(nav, k.TabLeft, k.TabRight)
	}
	clock := []key.Binding{k.DayBack, k.HourBack, k.Now, k.Pause}
	return append(groups, nav, clock, []key.Binding{k.Help, k.Quit})
}
