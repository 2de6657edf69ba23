package dashboard

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// View draws the tab bar, the focused tab and the footer, or a notice when
// the terminal is too small.
func (a *App) View() tea.View {
	v := tea.NewView(a.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	if a.boot.loading {
		v.WindowTitle = "truce"
	} else {
		v.WindowTitle = a.windowTitle()
	}
	return v
}

// drawCache is what the frame is drawn from, kept between frames: the
// screen (the last frame and its segments), the footer's lines, and the
// tab bar and help line of each tab as last drawn, so that switching tabs
// draws neither again.
type drawCache struct {
	screen widget.Screen
	footer struct {
		key   footerKey
		lines []string
		parts footerParts
	}
	tabBars  [ui.TabCount]keptText[tabBarKey]
	helps    [ui.TabCount]keptText[helpKey]
	fullHelp keptText[fullHelpKey]
}

// keptText is a piece of the frame with what it was drawn from.
type keptText[K comparable] struct {
	key  K
	text string
}

// get returns the text for key k, drawing it with draw when k changed.
func (t *keptText[K]) get(k K, draw func() string) string {
	if t.key != k {
		t.key, t.text = k, draw()
	}
	return t.text
}

// drawer is a tab that draws into Lines (every tab does; View is for
// tests and for a tab that would not).
type drawer interface {
	Draw(dst *widget.Lines)
}

// Render returns the frame as a string (what View puts on screen). The
// pieces are drawn into the screen's Lines; a frame whose pieces are all
// those of the frame before is the same string, built once.
func (a *App) Render() string {
	if a.boot.loading {
		return a.loadingView()
	}
	if a.width <= 0 || a.height <= 0 {
		return ""
	}
	l := a.layout()
	if l.TooSmall {
		return a.tooSmall()
	}
	dst := a.draw.screen.Begin()
	dst.Block(a.tabBar())
	from := dst.Len()
	switch {
	case a.help.ShowAll:
		dst.Block(a.fullHelpBody(l.Body.W, l.Body.H))
	case a.showProblems && len(a.watch.problems) > 0:
		dst.Block(a.problemsBody(l.Body.W, l.Body.H))
	default:
		if d, ok := a.current().(drawer); ok {
			d.Draw(dst)
		} else {
			dst.Block(a.current().View())
		}
	}
	if dst.Len() == from+1 && len(dst.Segments(from)) == 0 {
		dst.Fit(from, 0, 0) // an empty body has no lines
	}
	if l.Body.H > 0 {
		dst.Fit(from, l.Body.W, l.Body.H)
	} else {
		dst.Fit(from, 0, 0)
		dst.Line("")
	}
	for _, ln := range a.footerLines() {
		dst.Block(ln)
	}
	dst.Block(a.helpView())
	return a.draw.screen.String()
}

// layout computes the screen's regions for the current size.
func (a *App) layout() widget.Layout {
	return widget.ComputeLayout(a.width, a.height, a.headerHeight(), a.footerHeight())
}

func (a *App) headerHeight() int {
	return 1 + a.sh.Styles.TabBar.GetVerticalFrameSize()
}

func (a *App) footerHeight() int {
	return len(a.footerLines()) + lipgloss.Height(a.helpView())
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

// tabBarKey is what the tab bar is drawn from (a new theme clears the
// App's key; the one kept for each tab names the theme).
type tabBarKey struct {
	tab            ui.TabID
	width          int
	valid          bool
	dark, noColors bool
}

// tabBar draws the tab labels, the focused one highlighted; the result is
// kept, for each tab, until the width or the styles change.
func (a *App) tabBar() string {
	k := tabBarKey{tab: a.tab, width: a.width, valid: true}
	if a.tabBarKey != k {
		t := a.sh.Styles.Theme
		kept := k
		kept.dark, kept.noColors = t.IsDark, t.NoColor
		a.tabBarKey, a.tabBarView = k, a.draw.tabBars[a.tab].get(kept, a.renderTabBar)
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
