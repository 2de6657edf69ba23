package dashboard

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
)

// capitals are the zones every exact deadline is shown in, loaded once.
type capitals struct {
	washington, beijing *time.Location
}

// loadCapitals loads Washington's and Beijing's zones (UTC if the zone
// database is missing, which the embedded tzdata prevents).
func loadCapitals() capitals {
	load := func(name string) *time.Location {
		if l, err := time.LoadLocation(name); err == nil {
			return l
		}
		return time.UTC
	}
	return capitals{washington: load("America/New_York"), beijing: load("Asia/Shanghai")}
}

// zoneTimes gives an instant in the zone it was set in (t's own location),
// Washington, Beijing, UTC and the viewer's zone, skipping repeats.
func (c capitals) zoneTimes(t time.Time, viewer *time.Location) [][2]string {
	seen := map[string]bool{}
	var out [][2]string
	add := func(label string, loc *time.Location) {
		s := t.In(loc).Format("Mon 2 Jan 2006 15:04:05 MST")
		if seen[s] {
			return
		}
		seen[s] = true
		out = append(out, [2]string{label, s})
	}
	add("Set in", t.Location())
	add("Washington", c.washington)
	add("Beijing", c.beijing)
	add("UTC", time.UTC)
	if viewer != nil {
		add("You", viewer)
	}
	return out
}

// hero is the card as drawn, each line kept with what it was drawn from:
// a tick draws again only the lines whose words changed (the time left,
// the progress), not the card.
type hero struct {
	box                          widget.Box
	lines                        widget.Lines
	none, title, big, bar, zones heroLine
	strip                        heroLine // the hero in one line (stripDraw)
	// barW is the bar's width for barKey (the label beside it depends on
	// the percentage).
	barKey heroKey
	barW   int
}

// heroLine is one line of the card, drawn for key; w is its width.
type heroLine struct {
	key  heroKey
	line string
	w    int
}

// heroKey is what a line of the card is drawn from.
type heroKey struct {
	d       *model.Deadline
	known   *model.Dataset
	text    string
	n, m, w int
	valid   bool
}

// get returns the line for k, drawing it with draw when k changed.
func (l *heroLine) get(k heroKey, draw func() string) (string, int) {
	k.valid = true
	if l.key != k {
		l.key, l.line = k, draw()
		l.w = lipgloss.Width(l.line)
	}
	return l.line, l.w
}

// stackedListH is the height the browser keeps under the hero when list
// and detail are stacked: ten rows of the list above a detail of five
// lines (widget.SplitBody).
const stackedListH = 18

// heroSize is the hero's lines in a w×h body whose panes have a frame
// frameH lines tall: four (time left, progress, zones) in a tall body, two
// in a shorter one; when stacked, where the list needs the height, one line
// with no frame (strip); none in the smallest body.
func heroSize(w, h, frameH int) (lines int, strip bool) {
	stacked := w < widget.WideWidth
	fits := func(n int) bool { return !stacked || h-n-frameH >= stackedListH }
	switch {
	case h >= 22 && fits(4):
		return 4, false
	case h >= 14 && fits(2):
		return 2, false
	case h >= 14:
		return 1, true
	}
	return 0, false // the list and detail need the room
}

// heroHeight is the hero's height with its frame (0 when hidden).
func (v *Countdowns) heroHeight() int {
	switch {
	case v.heroLines == 0:
		return 0
	case v.heroStrip:
		return v.heroLines
	}
	return v.heroLines + v.sh.Styles.PaneFocused.GetVerticalFrameSize()
}

// heroDraw draws the card of the deadline that matters now into dst.
func (v *Countdowns) heroDraw(dst *widget.Lines) {
	if v.heroStrip {
		v.stripDraw(dst)
		return
	}
	st := v.sh.Styles
	w := max(v.width-st.PaneFocused.GetHorizontalFrameSize(), 1)
	h := &v.hero
	h.lines.Reset()
	v.heroContent(&h.lines, w)
	h.lines.Fit(0, w, v.heroLines)
	h.box.Draw(dst, st, &h.lines, v.width, v.heroHeight(), true)
}

// heroContent adds the card's lines for content width w to dst, each
// padded to w.
func (v *Countdowns) heroContent(dst *widget.Lines, w int) {
	st := v.sh.Styles
	h := &v.hero
	put := func(line string, lw int) {
		dst.Put(line)
		dst.Put(widget.Spaces(w - lw))
		dst.End()
	}
	d := v.watchedNow()
	if d == nil {
		put(h.none.get(heroKey{known: v.sh.Known, w: w}, func() string {
			return st.Muted.Render(widget.Fit(firstSetWords(v.sh), w))
		}))
		return
	}
	s := d.StateAt(v.sh.Now)
	head := v.heroHead(d)
	wtitle, state, beside := v.sh.WatchWords()
	put(h.title.get(heroKey{text: head, n: v.sh.watchGen(), w: w}, func() string {
		if len(beside) > 0 {
			wtitle += " · also " + strings.Join(beside, ", ")
		}
		return st.Title.Render(widget.Fit(head+" · "+wtitle, w))
	}))
	put(h.big.get(heroKey{d: d, text: state, w: w}, func() string {
		big := st.Big.Render(state)
		when := "  " + st.Muted.Render(v.heroWhen(d))
		return ansi.Truncate(big+when, w, "…")
	}))
	if v.heroLines <= 2 {
		return
	}
	pct, filled := v.progress(d, s, w)
	put(h.bar.get(heroKey{d: d, n: filled, m: pct, w: w}, func() string {
		return v.progressLine(d, s, w)
	}))
	put(h.zones.get(heroKey{d: d, w: w}, func() string {
		return st.Muted.Render(widget.Fit(v.heroZones(d), w))
	}))
}

// stripDraw draws the hero as one line with no frame: the head of the
// state large, then what the card's title says (heroKey's m tells the heads apart: no
// two are as long).
func (v *Countdowns) stripDraw(dst *widget.Lines) {
	st := v.sh.Styles
	h := &v.hero
	w := v.width
	d := v.watchedNow()
	line, lw := "", 0
	if d == nil {
		line, lw = h.none.get(heroKey{known: v.sh.Known, w: w}, func() string {
			return st.Muted.Render(widget.Fit(firstSetWords(v.sh), w))
		})
	} else {
		head := v.heroHead(d)
		title, _, _ := v.sh.WatchWords()
		state, _ := v.sh.WatchState() // its head: the rest would push the title out
		line, lw = h.strip.get(heroKey{d: d, text: state, n: v.sh.watchGen(), m: len(head), w: w}, func() string {
			return ansi.Truncate(" "+st.Big.Render(state)+"  "+st.Title.Render(head+" · "+title), w, "…")
		})
	}
	dst.Put(line)
	dst.Put(widget.Spaces(w - lw))
	dst.End()
}

// heroHead is what the card says of the watched deadline d.
func (v *Countdowns) heroHead(d *model.Deadline) string {
	switch w := v.sh.Watch; {
	case w.AllPassed:
		return "ALL DEADLINES PASSED · LAST"
	case w.Passed:
		return "PASSED"
	case d.At.IsDateOnly() && d.StateAt(v.sh.Now).Passed:
		return "DUE TODAY"
	}
	return "NEXT DEADLINE"
}

// heroWhen is the deadline's instant in the reader's zone, or its day,
// naming the place whose day it is when the reader's is another.
func (v *Countdowns) heroWhen(d *model.Deadline) string {
	return ui.FormatDueAt(d.At, v.sh.Zone)
}

// heroZones is the instant in Washington, Beijing, UTC and the viewer's
// zone; a date-only deadline has no instant to convert.
func (v *Countdowns) heroZones(d *model.Deadline) string {
	if d.At.IsDateOnly() {
		return "Date only: no time of day was ever set. " + ui.Clean(d.What)
	}
	parts := make([]string, 0, 4)
	for _, z := range v.caps.zoneTimes(d.At.Time, v.sh.Zone)[1:] {
		parts = append(parts, z[0]+" "+shortTime(z[1]))
	}
	return strings.Join(parts, " · ")
}

// shortTime drops the year from a formatted zone time to save room.
func shortTime(s string) string {
	f := strings.Fields(s)
	if len(f) >= 6 {
		return strings.Join([]string{f[0], f[1], f[2], f[4], f[5]}, " ")
	}
	return s
}

// progress is what the progress line shows at content width w: the
// share of the time since the deadline was set, in whole percent, and how
// many cells of the bar it fills.
func (v *Countdowns) progress(d *model.Deadline, s model.DeadlineState, w int) (pct, filled int) {
	if d.Set.IsZero() {
		return 0, 0
	}
	pct = int(math.RoundToEven(s.Progress * 100)) // as %3.0f rounds
	h := &v.hero
	if k := (heroKey{d: d, n: pct, w: w, valid: true}); h.barKey != k {
		h.barKey, h.barW = k, max(min(w-lipgloss.Width(progressLabel(s.Progress, d)), 60), 0)
	}
	return pct, int(s.Progress*float64(h.barW) + 0.5)
}

// progressLabel is the words after the bar.
func progressLabel(p float64, d *model.Deadline) string {
	return fmt.Sprintf(" %3.0f%% of the time since %s", p*100, d.Set.Time.Format("2 Jan 2006"))
}

// progressLine is a bar from when the deadline was set to its instant.
func (v *Countdowns) progressLine(d *model.Deadline, s model.DeadlineState, w int) string {
	st := v.sh.Styles
	if d.Set.IsZero() {
		return st.Muted.Render(widget.Fit("Set: unknown", w))
	}
	label := progressLabel(s.Progress, d)
	barW := max(min(w-lipgloss.Width(label), 60), 0)
	if barW < 10 {
		return st.Muted.Render(widget.Fit(strings.TrimSpace(label), w))
	}
	filled := int(s.Progress*float64(barW) + 0.5)
	return st.Good.Render(strings.Repeat("█", filled)) + st.Subtle.Render(strings.Repeat("░", barW-filled)) + st.Muted.Render(label)
}
