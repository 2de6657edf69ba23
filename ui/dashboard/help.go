package dashboard

import (
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// The help: one line under the footer with the keys that matter where the
// user is (? and q always on it), and, on ?, every key of the place in
// columns over the body, scrollable at any size; esc or ? closes it.

// helpCache is what the help line is drawn from (the styles aside: a new
// theme clears it).
type helpCache struct {
	width   int
	showAll bool
	tab     ui.TabID
	mode    string
	// banner and problems: the App adds esc (dismiss the alert) and e
	// (the reload problems) while they show.
	banner, problems bool
	// up and down: the full help can scroll that way (helpScroll).
	up, down bool
	valid    bool
}

// helpKey is what a tab's help line is drawn from: the App's cache key
// (a new theme clears it), the theme, and the keys the App adds.
type helpKey struct {
	helpCache
	dark, noColor bool
}

// helpView draws the help line: the focused tab's keys cut to what fits,
// then the keys that always work (? and q), which are never cut. It is
// kept for each tab until what it is drawn from changes.
func (a *App) helpView() string {
	k := helpCache{
		width: a.width, showAll: a.help.ShowAll, tab: a.tab, mode: a.current().Mode(),
		banner: a.banner != "", problems: len(a.watch.problems) > 0, valid: true,
	}
	if k.showAll {
		k.up, k.down = a.helpScroll()
	}
	if k == a.helpCache {
		return a.helpText
	}
	a.helpCache = k
	t := a.sh.Styles.Theme
	kept := helpKey{k, t.IsDark, t.NoColor}
	a.helpText = a.draw.helps[a.tab].get(kept, a.renderHelp)
	return a.helpText
}

// renderHelp draws the help line: as many of the place's keys as fit,
// whole (a hint is never cut), then the keys that always show.
func (a *App) renderHelp() string {
	h := a.help
	h.SetWidth(0) // the line is fitted here, hint by hint
	tail := h.ShortHelpView(a.alwaysKeys())
	room := a.width - lipgloss.Width(tail) - lipgloss.Width(h.ShortSeparator)
	var head string
	if room > 0 && !h.ShowAll {
		keys := enabled(a.ShortHelp())
		for n := len(keys); n > 0; n-- {
			if v := h.ShortHelpView(keys[:n]); lipgloss.Width(v) <= room {
				head = v
				break
			}
		}
	}
	line := tail
	if head != "" {
		line = head + a.sh.Styles.Help.ShortSeparator.Render(h.ShortSeparator) + tail
	}
	return widget.PadRight(line, a.width)
}

// enabled is the bindings that are enabled and have help (what the help
// line shows of them).
func enabled(keys []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(keys))
	for _, k := range keys {
		if k.Enabled() && k.Help().Key != "" {
			out = append(out, k)
		}
	}
	return out
}

// alwaysKeys are the keys the help line never drops: help and quit (and,
// while the full help is open, how to close it and the ways it scrolls
// from where it is).
func (a *App) alwaysKeys() []key.Binding {
	g := a.keys.Global
	if a.help.ShowAll {
		closeHelp := a.keys.Widget.List.Back
		closeHelp.SetHelp("esc/?", "close help")
		keys := make([]key.Binding, 0, 4)
		up, down := a.helpScroll()
		if up {
			keys = append(keys, a.keys.Widget.List.Up)
		}
		if down {
			keys = append(keys, a.keys.Widget.List.Down)
		}
		keys = append(keys, closeHelp, g.Quit)
		h := a.help
		h.SetWidth(0) // measure the whole line
		if up && down && lipgloss.Width(h.ShortHelpView(keys)) > a.width {
			keys = append([]key.Binding{a.keys.Scroll}, keys[2:]...)
		}
		return keys
	}
	if a.current().Capturing() {
		return []key.Binding{a.keys.QuitWhileTyping}
	}
	return []key.Binding{g.Help, g.Quit}
}

// ShortHelp lists the focused tab's keys for the help line (the global
// keys that always show are added by helpView).
func (a *App) ShortHelp() []key.Binding {
	if a.current().Capturing() {
		return a.current().ShortHelp()
	}
	help := a.current().ShortHelp()
	if a.banner != "" {
		dismiss := a.keys.Widget.List.Back
		dismiss.SetHelp("esc", "dismiss alert")
		help = append([]key.Binding{dismiss}, help...)
	}
	if len(a.watch.problems) > 0 {
		help = append([]key.Binding{a.keys.Problems}, help...)
	}
	return append(help, a.keys.Global.NextTab)
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

// helpKey scrolls or closes the full help; it reports whether it used the
// key.
func (a *App) helpKey(msg tea.KeyPressMsg) bool {
	if key.Matches(msg, a.keys.Widget.List.Back) {
		a.help.ShowAll = false
		a.resize(a.width, a.height)
		return true
	}
	return a.scrollKey(msg, &a.helpOffset)
}

// scrollKey moves a page of lines drawn by scrollLines (the full help, the
// reload problems) with the list keys: a line, a page, the first or the
// last; it reports whether it used the key.
func (a *App) scrollKey(msg tea.KeyPressMsg, offset *int) bool {
	l := a.keys.Widget.List
	page := max(a.layout().Body.H-1, 1)
	switch {
	case key.Matches(msg, l.Down):
		*offset++
	case key.Matches(msg, l.Up):
		*offset--
	case key.Matches(msg, l.PageDown):
		*offset += page
	case key.Matches(msg, l.PageUp):
		*offset -= page
	case key.Matches(msg, l.Top):
		*offset = 0
	case key.Matches(msg, l.Bottom):
		*offset = math.MaxInt32 // scrollLines clamps it to the last page
	default:
		return false
	}
	*offset = max(*offset, 0)
	return true
}

// helpEntry is one key of the full help.
type helpEntry struct{ key, desc string }

// fullHelpBody draws every key of the place in as many columns as fit the
// body's width, scrolled to helpOffset, with a hint when more lies below or
// above. Each line is exactly w cells.
func (a *App) fullHelpBody(w, h int) string {
	t := a.sh.Styles.Theme
	k := fullHelpKey{w: w, h: h, offset: a.helpOffset, tab: a.tab, mode: a.current().Mode(), dark: t.IsDark, noColor: t.NoColor, valid: true}
	return a.draw.fullHelp.get(k, func() string { return a.renderFullHelp(w, h) })
}

// fullHelpKey is what the full help is drawn from.
type fullHelpKey struct {
	w, h, offset         int
	tab                  ui.TabID
	mode                 string
	dark, noColor, valid bool
}

// fullHelpGrid is how the full help lays its keys out in w cells: its
// entries, the key column's width, and the columns' count and width, and
// how many rows they take.
type fullHelpGrid struct {
	entries                []helpEntry
	keyW, cols, colW, rows int
}

// fullHelpLayout lays the place's keys out in columns for a body w cells
// wide.
func (a *App) fullHelpLayout(w int) fullHelpGrid {
	var g fullHelpGrid
	for _, group := range a.FullHelp() {
		for _, b := range group {
			if b.Enabled() && b.Help().Key != "" {
				g.entries = append(g.entries, helpEntry{b.Help().Key, b.Help().Desc})
				g.keyW = max(g.keyW, lipgloss.Width(b.Help().Key))
			}
		}
	}
	colW := g.keyW + 2
	for _, e := range g.entries {
		colW = max(colW, g.keyW+1+lipgloss.Width(e.desc)+3)
	}
	g.cols = max(min(w/max(colW, 1), 4), 1)
	g.colW = w / g.cols
	g.rows = (len(g.entries) + g.cols - 1) / g.cols
	return g
}

// helpScroll reports which ways the full help can scroll from helpOffset
// at the current size, so that its help line offers only the keys that
// move it: up when not at the top, down when not at the end. The body is
// the screen less the tab bar, the footer and the one help line.
func (a *App) helpScroll() (up, down bool) {
	h := a.height - a.headerHeight() - len(a.footerLines()) - 1
	rows := a.fullHelpLayout(a.width).rows
	if h <= 0 {
		return false, false
	}
	off := min(max(a.helpOffset, 0), max(rows-h, 0))
	return off > 0, off+h < rows
}

// renderFullHelp draws fullHelpBody.
func (a *App) renderFullHelp(w, h int) string {
	st := a.sh.Styles
	g := a.fullHelpLayout(w)
	entries, keyW, cols, colW, rows := g.entries, g.keyW, g.cols, g.colW, g.rows
	lines := make([]string, 0, rows)
	for r := range rows {
		var b strings.Builder
		for c := range cols {
			i := c*rows + r
			if i >= len(entries) {
				break
			}
			e := entries[i]
			cell := st.Help.FullKey.Render(widget.Fit(e.key, keyW)) + " " +
				st.Help.FullDesc.Render(widget.Fit(e.desc, max(colW-keyW-1, 1)))
			b.WriteString(cell)
		}
		lines = append(lines, widget.PadRight(b.String(), w))
	}
	return scrollLines(lines, &a.helpOffset, w, h, st)
}

// scrollLines shows h of the lines from *offset (clamped), with "↑ N more"
// on the first line and "↓ N more" on the last when lines lie beyond.
func scrollLines(lines []string, offset *int, w, h int, st *ui.Styles) string {
	if h <= 0 {
		return ""
	}
	*offset = min(max(*offset, 0), max(len(lines)-h, 0))
	end := min(*offset+h, len(lines))
	view := append([]string(nil), lines[*offset:end]...)
	if above := *offset; above > 0 && len(view) > 0 {
		view[0] = st.Note.Render(widget.Fit("↑ "+ui.Plural(above, "more line"), w))
	}
	if below := len(lines) - end; below > 0 && len(view) > 1 {
		view[len(view)-1] = st.Note.Render(widget.Fit("↓ "+ui.Plural(below, "more line"), w))
	}
	return strings.Join(view, "\n")
}
