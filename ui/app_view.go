package ui

import (
	"fmt"
	"strings"

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
	parts := []string{a.tabBar(), fitLines(a.current().View(), l.Body.W, l.Body.H), a.footer()}
	return strings.Join(parts, "\n")
}

// layout computes the screen's regions for the current size.
func (a *App) layout() Layout {
	return ComputeLayout(a.width, a.height, a.headerHeight(), a.footerHeight())
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
	for _, v := range a.views() {
		v.SetSize(l.Body.W, l.Body.H)
	}
}

// tooSmall is the calm notice drawn below the minimum size.
func (a *App) tooSmall() string {
	msg := fmt.Sprintf("terminal too small: need %d×%d, have %d×%d", MinWidth, MinHeight, a.width, a.height)
	lines := strings.Split(wrapPlain(msg, a.width), "\n")
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
func (a *App) tabLabel(t TabID) string {
	if t != a.tab && a.compactTabs() {
		return fmt.Sprint(int(t) + 1)
	}
	return fmt.Sprintf("%d %s", int(t)+1, t)
}

// compactTabs reports whether the full tab bar is wider than the terminal.
func (a *App) compactTabs() bool {
	w := 0
	for _, t := range Tabs() {
		w += lipgloss.Width(a.sh.Styles.Tab.Render(fmt.Sprintf("%d %s", int(t)+1, t)))
	}
	return w > a.width
}

// tabBar draws the tab labels, the focused one highlighted; the result is
// kept until the tab, the width or the styles change.
func (a *App) tabBar() string {
	key := fmt.Sprintf("%d/%d/%p", a.tab, a.width, a.sh.Styles)
	if a.tabBarKey != key {
		a.tabBarKey, a.tabBarView = key, a.renderTabBar()
	}
	return a.tabBarView
}

// renderTabBar draws the tab bar.
func (a *App) renderTabBar() string {
	st := a.sh.Styles
	labels := make([]string, 0, tabCount)
	for _, t := range Tabs() {
		label := a.tabLabel(t)
		if t == a.tab {
			labels = append(labels, st.TabActive.Render(label))
		} else {
			labels = append(labels, st.Tab.Render(label))
		}
	}
	bar := lipgloss.JoinHorizontal(lipgloss.Top, labels...)
	bar = padRight(bar, a.width)
	return st.TabBar.Width(a.width).Render(bar)
}

// tabAt returns the tab whose label is drawn at column x of the tab bar.
func (a *App) tabAt(x int) (TabID, bool) {
	st := a.sh.Styles
	at := 0
	for _, t := range Tabs() {
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
		left = st.Banner.Render(Clean(a.banner)) + " " + left
	}
	d := a.sh.Data
	right := st.FooterKey.Render("data checked ") + st.FooterValue.Render(d.Meta.Checked.Date()) +
		st.FooterKey.Render(" · ") + st.FooterValue.Render(plural(len(d.Sources), "source"))
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return padRight(left, a.width)
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

// helpView draws the short or full help for the focused tab, each line cut
// to the width (bubbles' help adds an item anyway when even its ellipsis
// does not fit).
func (a *App) helpView() string {
	var key strings.Builder
	fmt.Fprintf(&key, "%d/%d/%v/%p", a.width, a.height, a.help.ShowAll, a.sh.Styles)
	for _, g := range a.FullHelp() {
		for _, b := range g {
			if b.Enabled() {
				key.WriteString("|" + b.Help().Key + b.Help().Desc)
			}
		}
	}
	for _, b := range a.ShortHelp() {
		if b.Enabled() {
			key.WriteString("/" + b.Help().Key + b.Help().Desc)
		}
	}
	if key.String() == a.helpKey {
		return a.helpText
	}
	a.helpKey = key.String()
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
		return append(a.current().ShortHelp(), quitWhileTyping())
	}
	k := a.keys
	return append(a.current().ShortHelp(), k.NextTab, k.Help, k.Quit)
}

// quitWhileTyping is the one global key that works in a search line.
func quitWhileTyping() key.Binding {
	return key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
}

// FullHelp lists every key that works in the focused tab, grouped.
func (a *App) FullHelp() [][]key.Binding {
	k := a.keys
	groups := a.current().FullHelp()
	if a.current().Capturing() {
		return append(groups, []key.Binding{quitWhileTyping()})
	}
	nav := []key.Binding{k.NextTab, k.PrevTab, tabKeysHelp()}
	if !a.current().UsesArrows() {
		nav = append(nav, k.TabLeft, k.TabRight)
	}
	clock := []key.Binding{k.DayBack, k.HourBack, k.Now, k.Pause}
	return append(groups, nav, clock, []key.Binding{k.Help, k.Quit})
}

// wrapPlain wraps plain text to w cells.
func wrapPlain(s string, w int) string {
	return lipgloss.Wrap(s, max(w, 1), " ")
}

// fitLines makes a block exactly h lines: extra lines are dropped, missing
// ones are blank lines w cells wide. A tab whose panes have no room draws
// less than its body; the frame keeps the terminal's height all the same.
func fitLines(block string, w, h int) string {
	if h <= 0 {
		return ""
	}
	n := strings.Count(block, "\n") + 1
	if block == "" {
		n = 0
	}
	switch {
	case n > h:
		i := 0
		for range h {
			i += strings.IndexByte(block[i:], '\n') + 1
		}
		return block[:i-1]
	case n < h:
		blank := strings.Repeat(" ", w)
		var b strings.Builder
		b.WriteString(block)
		for k := n; k < h; k++ {
			if k > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(blank)
		}
		return b.String()
	}
	return block
}
