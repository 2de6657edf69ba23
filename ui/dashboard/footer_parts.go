package dashboard

import (
	"path/filepath"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// The footer's parts: the clock, what it says of the data, and the
// deadline to watch, each drawn to the room renderFooter gives it.

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

// dataPieces are what the footer can say of the data, in the order drawn,
// which is also their rank: "reloaded" (for a few seconds after a reload),
// the data file's name, how far the data reports, and its sources.
type dataPieces struct {
	text [4]string // plain; "" for a piece not there
	// top counts the pieces (from the first) that outrank the rest of the
	// watched deadline's state.
	top int
}

const (
	pieceReloaded = iota
	pieceName
	pieceCoverage
	pieceSources
)

// dataSep separates the pieces.
const dataSep = " · "

// dataPick is which pieces are drawn (a bit for each), how wide they are
// together, how many of them are top pieces, and the width the file's
// name is cut to (0: whole).
type dataPick struct {
	set, w, tops, nameW int
}

// dataPieces returns the pieces of the data part.
func (a *App) dataPieces() dataPieces {
	var ps dataPieces
	if at := a.watch.reloaded; !at.IsZero() && a.clock.Now().Sub(at) < reloadedFor {
		ps.text[pieceReloaded] = "reloaded"
	}
	if a.opts.DataName != "" {
		ps.text[pieceName] = "data " + ui.Clean(filepath.Base(a.opts.DataName))
	}
	ps.top = pieceName + 1
	k := a.sh.Known
	ps.text[pieceCoverage] = ui.CoverageShort(k.Meta)
	ps.text[pieceSources] = ui.Plural(len(k.Sources), "source")
	return ps
}

// choose picks, in rank order, the pieces among the first n that fit w
// cells, up to the first that does not; a file name too long for the room
// is cut when a dozen cells are left for it.
func (ps *dataPieces) choose(w, n int) dataPick {
	var p dataPick
	for i, t := range ps.text[:n] {
		if t == "" {
			continue
		}
		sep := 0
		if p.set != 0 {
			sep = lipgloss.Width(dataSep)
		}
		tw := lipgloss.Width(t)
		if room := w - p.w - sep; tw > room {
			if i != pieceName || room < 12 {
				break // a piece shows only with those that outrank it
			}
			p.nameW, tw = room, room
		}
		p.set |= 1 << i
		p.w += sep + tw
		if i < ps.top {
			p.tops++
		}
	}
	return p
}

// dataPart draws the pieces picked.
func (a *App) dataPart(ps dataPieces, pick dataPick) string {
	if pick.set == 0 {
		return ""
	}
	k := dataKey{known: a.sh.Known, recent: ps.text[pieceReloaded] != "", pick: pick, valid: true}
	return a.draw.footer.parts.data.get(k, func() string {
		st := &a.sh.Styles.Ink
		p := &a.draw.footer.parts.pen
		p.Reset()
		first := true
		for i, t := range ps.text {
			if pick.set&(1<<i) == 0 {
				continue
			}
			if !first {
				p.Write(st.FooterKey, dataSep)
			}
			first = false
			switch i {
			case pieceReloaded:
				p.Write(st.Good, t)
			case pieceName:
				if pick.nameW > 0 {
					t = ansi.Truncate(t, pick.nameW, "…")
				}
				p.Write(st.FooterKey, "data ")
				p.Write(st.FooterValue, t[len("data "):])
			default:
				p.Write(st.FooterValue, t)
			}
		}
		return string(p.End())
	})
}

// watchMark marks the watched deadline, passed or not (⚑ marks the
// discrepancies): its state says "passed".
const watchMark = "◷ "

// watchSep separates the watched deadline's title from its state.
const watchSep = " · "

// watchWidths are the widths the watched deadline asks for: its title
// whole with the head of its state (ess), and with the whole state (full).
func (a *App) watchWidths() (ess, full int) {
	title, state, _ := a.sh.WatchWords()
	if title == "" {
		n := lipgloss.Width(a.noWatchText())
		return min(n, 24), n
	}
	head, _ := a.sh.WatchState()
	ess = lipgloss.Width(watchMark) + lipgloss.Width(title) + lipgloss.Width(watchSep)
	return ess + lipgloss.Width(head), ess + lipgloss.Width(state) + lipgloss.Width(a.ownDay())
}

// ownDay says whose day the watched date-only deadline's state counts,
// when the reader's day is another: " (New York's day)"; "" otherwise.
func (a *App) ownDay() string {
	if d := a.sh.Watch.First(); d != nil {
		return ui.OwnDayWords(d.At, a.sh.Zone)
	}
	return ""
}

// watchPart is the deadline to watch in at most w cells: the head of its
// state (time left, passing) whole, its title cut before that; the rest of
// the state (the outcome, and whose day a date-only deadline counts, which
// shows whole or not at all) whole whenever the title keeps titleKeep
// cells beside it, cut once the title is down to them; the date-only
// deadlines beside it when there is room.
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
	stateInk := k.Reminder
	if a.sh.Watch.Passed {
		stateInk = k.Bad
	}
	head, tail := a.sh.WatchState()
	place := a.ownDay()
	markW, sepW, headW := lipgloss.Width(watchMark), lipgloss.Width(watchSep), lipgloss.Width(head)
	titleW := min(lipgloss.Width(title), w-markW-sepW-headW)
	if titleW < 2 { // no room for a title: the state alone
		return stateInk.Render(widget.Fit(state, w))
	}
	tw, pw := lipgloss.Width(tail), lipgloss.Width(place)
	if tw+pw > 0 { // whose day, and the outcome, outrank the title's end
		titleW = max(min(titleW, w-markW-sepW-headW-tw-pw), min(titleW, titleKeep))
	}
	p := &a.draw.footer.parts.pen
	p.Reset()
	text, pad := widget.FitPlain(title, titleW)
	p.Write(k.Muted, watchMark)
	p.WritePadded(k.Text, text, pad)
	p.Write(k.Muted, watchSep)
	p.Write(stateInk, head)
	room := w - markW - titleW - sepW - headW
	if place != "" && pw+tw <= room { // whole or not at all
		p.Write(stateInk, place)
		room -= pw
	}
	if tail != "" && (tw <= room || room >= 8) {
		text, pad := widget.FitPlain(tail, min(tw, room))
		p.WritePadded(stateInk, text, pad)
		room -= min(tw, room)
	}
	if len(beside) > 0 && room > 12 {
		also := " · also " + strings.Join(beside, ", ")
		text, pad := widget.FitPlain(also, min(lipgloss.Width(also), room))
		p.WritePadded(k.Muted, text, pad)
	}
	return string(p.End())
}

// titleKeep is the least of the watched deadline's title that the rest of
// its state (the outcome) cuts it to.
const titleKeep = 20

// noWatchText says why no deadline is watched.
func (a *App) noWatchText() string {
	if len(a.sh.Data.Deadlines) == 0 {
		return ui.NoDeadlinesWords
	}
	return firstSetWords(a.sh)
}

// firstSetWords says, before any deadline was set, when the data's first
// one is (a pointer for time travel: ] moves the clock a day on).
func firstSetWords(sh *Shared) string { return ui.FirstSetWords(sh.Data, sh.Now) }
