package dashboard

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// The footer, under the body and above the help: a banner while an alert
// is up, the deadline to watch (on every tab, to the second), and the clock
// with what the data covers. From WideWidth columns the watch and the clock
// share a line.

// footerKey is what the footer is drawn from.
type footerKey struct {
	now, reloaded        time.Time
	width                int
	banner, problem      string
	problems             int
	data, known          *model.Dataset
	paused, live, recent bool
	dark, noColor        bool
	valid                bool
}

// footerLines returns the footer's lines, each exactly the width: kept
// until what they say changes (the clock's second, at the least).
func (a *App) footerLines() []string {
	k := footerKey{now: a.sh.Now, reloaded: a.watch.reloaded, width: a.width, banner: a.banner,
		problems: len(a.watch.problems), data: a.sh.Data, known: a.sh.Known,
		paused: a.clock.Paused(), live: a.clock.Live(), dark: a.sh.Styles.Theme.IsDark, noColor: a.sh.Styles.Theme.NoColor, valid: true}
	if k.problems > 0 {
		k.problem = a.watch.problems[0]
	}
	if at := a.watch.reloaded; !at.IsZero() {
		k.recent = a.clock.Now().Sub(at) < reloadedFor
	}
	c := &a.draw.footer
	if c.key.dark != k.dark || c.key.noColor != k.noColor {
		c.parts = footerParts{pen: c.parts.pen} // drawn in the other theme
	}
	if c.key != k {
		c.key, c.lines = k, a.renderFooter(c.lines[:0])
	}
	return c.lines
}

// footerParts are the footer's pieces as last drawn, each with what it was
// drawn from: a tick draws the clock again, the rest only when it changed.
type footerParts struct {
	clock  keptText[timeKey]
	data   keptText[dataKey]
	watch  keptText[watchKey]
	banner keptText[bannerKey]
	title  keptText[watchKey] // the terminal's title (--title)
	pen    ui.Pen
}

type bannerKey struct {
	text  string
	width int
	valid bool
}

type timeKey struct {
	now    time.Time
	marker string
	w      int
	valid  bool
}

type dataKey struct {
	known  *model.Dataset
	recent bool
	valid  bool
}

type watchKey struct {
	gen    int
	state  string
	passed bool
	w      int
	valid  bool
}

// renderFooter appends the footer's lines to out.
func (a *App) renderFooter(out []string) []string {
	if a.banner != "" {
		out = append(out, a.bannerLine())
	}
	out = append(out, a.problemLines()...)
	clock, data := a.clockPart(a.width), a.dataPart()
	clockW, dataW := lipgloss.Width(clock), lipgloss.Width(data)
	if a.width >= widget.WideWidth {
		room := a.width - clockW - 2 - dataW - 1
		if room < 24 {
			data, dataW = "", 0
			room = a.width - clockW - 2
		}
		watch := a.watchPart(room)
		return append(out, spread(a.width, dataW, data, clock, "  ", watch))
	}
	return append(out, widget.PadRight(a.watchPart(a.width), a.width), spread(a.width, dataW, data, clock))
}

// spread puts the pieces of left and right (rightW cells wide) on one line
// of width w, dropping right when both do not fit.
func spread(w, rightW int, right string, left ...string) string {
	leftW := 0
	for _, s := range left {
		leftW += lipgloss.Width(s)
	}
	gap := w - leftW - rightW
	if right == "" || gap < 1 {
		return widget.PadRight(strings.Join(left, ""), w)
	}
	var b strings.Builder
	b.Grow(w * 4)
	for _, s := range left {
		b.WriteString(s)
	}
	b.WriteString(widget.Spaces(gap))
	b.WriteString(right)
	return b.String()
}

// bannerLine is the alert, with how to dismiss it.
func (a *App) bannerLine() string {
	return a.draw.footer.parts.banner.get(bannerKey{a.banner, a.width, true}, a.renderBanner)
}

// renderBanner draws bannerLine.
func (a *App) renderBanner() string {
	st := a.sh.Styles
	hint := st.FooterKey.Render("  esc dismisses")
	room := max(a.width-lipgloss.Width(hint), 1)
	text := st.Banner.Render(widget.Fit(ui.Clean(a.banner), max(room-2, 1)))
	return widget.PadRight(text+hint, a.width)
}

// problemLines are a failed reload's banner: the first problem in full,
// wrapped (at most four lines), and how to see the rest.
func (a *App) problemLines() []string {
	text := a.problemBanner()
	if text == "" {
		return nil
	}
	st := a.sh.Styles
	lines := strings.Split(widget.WrapPlain(text, max(a.width-2, 1)), "\n")
	if len(lines) > 4 {
		lines = append(lines[:3], "… (e shows the whole problem)")
	}
	for i, ln := range lines {
		lines[i] = st.Banner.Render(widget.Fit(ln, max(a.width-2, 1)))
		lines[i] = widget.PadRight(lines[i], a.width)
	}
	return lines
}

// clockPart is the clock (to the second, in the reader's zone) in at most
// w cells, marked when it is not real time: a narrow footer drops the
// weekday, the year, the marker's padding, then the day; the zone and the
// marker stay whole.
func (a *App) clockPart(w int) string {
	marker := a.clockMarker()
	return a.draw.footer.parts.clock.get(timeKey{a.sh.Now, marker, w, true}, func() string {
		st := a.sh.Styles
		now := a.sh.Now.In(a.sh.Zone)
		var s string
		for _, r := range clockRungs {
			s = st.Ink.FooterValue.Render(now.Format(ui.ClockLayouts[r.layout]))
			if marker != "" {
				m := st.ClockMarker
				if r.tight {
					m = st.ClockMarkerTight
				}
				s = m.Render(marker) + " " + s
			}
			if lipgloss.Width(s) <= w {
				return s
			}
		}
		return ansi.Truncate(s, w, "…")
	})
}

// clockRungs are the clock's forms, widest first: a layout of
// ui.ClockLayouts, and whether the marker drops its padding.
var clockRungs = [...]struct {
	layout int
	tight  bool
}{{0, false}, {1, false}, {2, false}, {2, true}, {3, true}}

// clockMarker names what is unusual about the clock, or "".
func (a *App) clockMarker() string {
	return ui.ClockMarker(a.clock.Shifted(), a.clock.Paused())
}

// dataPart says how current the data is and how many sources it has.
func (a *App) dataPart() string {
	recent := false
	if at := a.watch.reloaded; !at.IsZero() {
		recent = a.clock.Now().Sub(at) < reloadedFor
	}
	return a.draw.footer.parts.data.get(dataKey{a.sh.Known, recent, true}, a.renderDataPart)
}

// renderDataPart draws dataPart.
func (a *App) renderDataPart() string {
	st := a.sh.Styles
	k := a.sh.Known
	s := st.FooterValue.Render(ui.CoverageShort(k.Meta)) +
		st.FooterKey.Render(" · ") + st.FooterValue.Render(ui.Plural(len(k.Sources), "source"))
	if a.opts.DataName != "" {
		s = st.FooterKey.Render("data ") + st.FooterValue.Render(ui.Clean(a.opts.DataName)) + st.FooterKey.Render(" · ") + s
	}
	if at := a.watch.reloaded; !at.IsZero() && a.clock.Now().Sub(at) < reloadedFor {
		s = st.Good.Render("reloaded") + st.FooterKey.Render(" · ") + s
	}
	return s
}

// watchPart is the deadline to watch in at most w cells: the time left (or
// the passing) whole, the title cut before it is, the date-only deadlines
// beside it when there is room.
func (a *App) watchPart(w int) string {
	_, state, _ := a.sh.WatchWords()
	k := watchKey{gen: a.sh.watchGen(), state: state, passed: a.sh.Watch.Passed, w: w, valid: true}
	return a.draw.footer.parts.watch.get(k, func() string { return a.renderWatchPart(w) })
}

// renderWatchPart draws watchPart.
func (a *App) renderWatchPart(w int) string {
	k := &a.sh.Styles.Ink
	title, state, beside := a.sh.WatchWords()
	if title == "" {
		return k.Muted.Render(widget.Fit(a.noWatchText(), w))
	}
	// One mark for the watched deadline, passed or not (⚑ marks the
	// discrepancies): its state says "passed".
	stateInk, mark := k.Reminder, "◷ "
	if a.sh.Watch.Passed {
		stateInk = k.Bad
	}
	stateW := lipgloss.Width(state)
	titleRoom := w - lipgloss.Width(mark) - 3 - stateW
	if titleRoom < 6 { // no room for a title worth reading: the state alone
		return stateInk.Render(widget.Fit(state, w))
	}
	p := &a.draw.footer.parts.pen
	p.Reset()
	titleW := min(lipgloss.Width(title), titleRoom)
	text, pad := widget.FitPlain(title, titleW)
	p.Write(k.Muted, mark)
	p.WritePadded(k.Text, text, pad)
	p.Write(k.Muted, " · ")
	p.Write(stateInk, state)
	if len(beside) > 0 {
		also := " · also " + strings.Join(beside, ", ")
		if room := w - lipgloss.Width(mark) - titleW - 3 - stateW; room > 12 {
			text, pad := widget.FitPlain(also, min(lipgloss.Width(also), room))
			p.WritePadded(k.Muted, text, pad)
		}
	}
	return string(p.End())
}

// noWatchText says why no deadline is watched.
func (a *App) noWatchText() string {
	if len(a.sh.Data.Deadlines) == 0 {
		return "no deadlines in the data"
	}
	return firstSetWords(a.sh)
}

// firstSetWords says, before any deadline was set, when the data's first
// one is (a pointer for time travel: ] moves the clock a day on).
func firstSetWords(sh *Shared) string {
	if next, ok := sh.Data.NextDeadlineSet(sh.Now); ok {
		return "no deadline set yet; the data's first is set on " + ui.FormatInstant(next.Set)
	}
	return "no deadline known at this instant"
}

// windowTitle is the terminal title: the watched countdown with --title,
// else the program's name.
func (a *App) windowTitle() string {
	if !a.opts.Title {
		return "truce"
	}
	title, state, _ := a.sh.WatchWords()
	if title == "" {
		return "truce"
	}
	k := watchKey{gen: a.sh.watchGen(), state: state, valid: true}
	return a.draw.footer.parts.title.get(k, func() string { return title + " · " + state + " — truce" })
}
