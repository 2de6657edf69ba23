package dashboard

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"

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
	pick   dataPick
	valid  bool
}

type watchKey struct {
	gen    int
	state  string
	passed bool
	w      int
	valid  bool
}

// renderFooter appends the footer's lines to out. What it says ranks:
// the watched deadline's title and the head of its state (time left,
// passing) first, then "reloaded" and the data file's name, the rest of the
// state (for which the title gives way down to titleKeep cells), how far
// the data reports, its sources, and the other deadlines due with the
// watched one.
func (a *App) renderFooter(out []string) []string {
	if a.banner != "" {
		out = append(out, a.bannerLine())
	}
	out = append(out, a.problemLines()...)
	clock := a.clockPart(a.width)
	clockW := lipgloss.Width(clock)
	ps := a.dataPieces()
	if a.width >= widget.WideWidth {
		avail := a.width - clockW - 2
		ess, full := a.watchWidths()
		m := ps.choose(avail-footerGap-full, len(ps.text))
		if top := ps.choose(avail-footerGap-ess, ps.top); top.tops > m.tops {
			m = top // the rest of the state gives way to the file's name
		}
		data, dataW := a.dataPart(ps, m), m.w
		room := avail
		if dataW > 0 {
			room -= dataW + footerGap
		}
		return append(out, spread(a.width, dataW, data, clock, "  ", a.watchPart(room)))
	}
	m := ps.choose(a.width-clockW-footerGap, len(ps.text))
	return append(out, widget.PadRight(a.watchPart(a.width), a.width), spread(a.width, m.w, a.dataPart(ps, m), clock))
}

// footerGap is the least space between the data part and what is left
// of it.
const footerGap = 2

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
