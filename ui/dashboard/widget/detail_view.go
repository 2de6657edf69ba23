package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"

	"github.com/charmbracelet/x/ansi"
)

// How a Detail scrolls and draws: the lines in view, with "↑ N more lines"
// on the first line when the document goes on above and "↓ N more lines" on
// the last when it goes on below. A pane of two lines keeps only the ↓
// hint (that more follows matters most: a preview beside a list at the
// smallest size); a pane of one line ends its line in "↓" instead.

// hints reports whether the pane is tall enough for both scroll hints.
func (d *Detail) hints() bool { return d.height >= 3 }

// downHint reports whether the pane is tall enough for the ↓ hint line.
func (d *Detail) downHint() bool { return d.height >= 2 }

// window returns the document lines drawn at offset: from offset, count
// lines, with a hint line above (top) and below (bottom) as needed.
func (d *Detail) window(offset int) (count int, top, bottom bool) {
	n, h := len(d.wrapped), d.height
	top = d.hints() && offset > 0
	if top {
		h--
	}
	if n-offset > h && d.downHint() {
		return h - 1, top, true
	}
	return min(h, max(n-offset, 0)), top, false
}

// moreMark is the end of the one line of a pane too short for a hint line
// when more follows.
const moreMark = " ↓"

// rows is how many document lines are drawn at the current offset.
func (d *Detail) rows() int {
	n, _, _ := d.window(d.offset)
	return max(n, 1)
}

// maxOffset is the offset that shows the end of the document.
func (d *Detail) maxOffset() int {
	n := len(d.wrapped)
	if n <= d.height {
		return 0
	}
	if d.hints() {
		return n - d.height + 1 // the ↑ hint takes the first line
	}
	return n - d.height
}

func (d *Detail) scroll(n int) {
	d.offset = min(max(d.offset+n, 0), d.maxOffset())
}

// moveLink moves the link cursor, scrolling to keep it in view; with no
// links (or at the ends) it scrolls a line.
func (d *Detail) moveLink(n int) {
	next := d.link + n
	if len(d.targets) == 0 || next < 0 || next >= len(d.targets) {
		d.scroll(n)
		return
	}
	d.link = next
	d.show(d.links[next], d.linkEnd[next])
}

// show scrolls the least that puts document lines [top, end) in view (or
// as much of them as fits, from top).
func (d *Detail) show(top, end int) {
	if top < d.offset {
		d.offset = top
		if top == 1 && d.hints() {
			d.offset = 0 // the ↑ hint would hide line 0 only
		}
	}
	for d.offset < top && d.offset < d.maxOffset() {
		count, _, _ := d.window(d.offset)
		if end <= d.offset+count {
			break
		}
		d.offset++
	}
}

// View draws the detail (see Draw) as a string.
func (d *Detail) View() string {
	var b Lines
	d.Draw(&b)
	return b.String()
}

// Draw draws the visible part of the document into dst, each line padded
// to the width, with the scroll hints and a one-off note ("sent to the
// clipboard …").
// Lines come from the laid-out document; the selected link's lines and
// the hints are drawn again only when they change.
func (d *Detail) Draw(dst *Lines) {
	d.ensure()
	if d.width <= 0 || d.height <= 0 {
		return
	}
	start := dst.Len()
	sel := -1
	if d.focused && d.link >= 0 && d.link < len(d.links) {
		sel = d.link
	}
	count, top, bottom := d.window(d.offset)
	if top {
		dst.Line(d.hint(&d.cache.up, "↑ ", d.offset))
	}
	for i := d.offset; i < d.offset+count; i++ {
		ln, w := d.wrapped[i], d.widths[i]
		switch {
		case sel >= 0 && i >= d.links[sel] && i < d.linkEnd[sel]:
			ln, w = d.selectedLine(sel, i), min(w, d.width)
		case w > d.width: // a word longer than the pane (a URL): cut
			if d.cache.cut == nil {
				d.cache.cut = map[int]string{}
			}
			if _, ok := d.cache.cut[i]; !ok {
				d.cache.cut[i] = ansi.Truncate(ln, d.width, "…")
			}
			ln, w = d.cache.cut[i], d.width
		}
		if !d.downHint() && i == d.offset && len(d.wrapped)-i > 1 {
			mark := ansi.StringWidth(moreMark)
			ln = ansi.Truncate(ln, max(d.width-mark, 0), "")
			w = ansi.StringWidth(ln)
			ln += Spaces(max(d.width-mark-w, 0)) + d.styles.Note.Render(Fit(moreMark, min(mark, d.width)))
			w = ansi.StringWidth(ln)
		}
		dst.Put(ln)
		dst.Put(Spaces(d.width - w))
		dst.End()
	}
	if bottom {
		dst.Line(d.hint(&d.cache.down, "↓ ", len(d.wrapped)-d.offset-count))
	}
	for dst.Len()-start < d.height {
		dst.Line(Spaces(d.width))
	}
	if d.flash != "" {
		note := d.flashLines()
		dst.Fit(start, d.width, dst.Len()-start-len(note))
		for _, ln := range note {
			dst.Line(d.styles.Note.Render(Fit(ln, d.width)))
		}
	}
}

// flashLines is the one-off note in lines: one, or, when it is wider than
// the pane and the pane has room, two split after its ": " (the note's
// words, then the URL, cut with … if need be).
func (d *Detail) flashLines() []string {
	head, tail, ok := strings.Cut(d.flash, ": ")
	if !ok || d.height < 3 || ansi.StringWidth(d.flash) <= d.width {
		return []string{d.flash}
	}
	return []string{head + ":", tail}
}

// detailCache holds what a Detail drew beyond its laid-out lines: the
// scroll hints by their count, the selected link's lines.
type detailCache struct {
	up, down hintLine
	link     int            // the link whose lines sel holds; -1 for none
	sel      []string       // the selected link's lines, drawn selected (and cut)
	cut      map[int]string // lines wider than the pane, cut with …
}

// hintLine is a scroll hint drawn for n lines at width w.
type hintLine struct {
	n, w int
	line string
}

// hint is "↑ N more lines" (or ↓), kept in c until N or the width change.
func (d *Detail) hint(c *hintLine, arrow string, n int) string {
	if c.line == "" || c.n != n || c.w != d.width {
		c.n, c.w, c.line = n, d.width, d.styles.Note.Render(Fit(arrow+ui.Plural(n, "more line"), d.width))
	}
	return c.line
}

// selectedLine is document line i, part of link sel, drawn selected.
func (d *Detail) selectedLine(sel, i int) string {
	c := &d.cache
	if c.link != sel {
		c.link, c.sel = sel, c.sel[:0]
		for j, ln := range d.wrapped[d.links[sel]:d.linkEnd[sel]] {
			ln = d.styles.Ink.LinkSelected.Render(ansi.Strip(ln))
			if d.widths[d.links[sel]+j] > d.width {
				ln = ansi.Truncate(ln, d.width, "…")
			}
			c.sel = append(c.sel, ln)
		}
	}
	return c.sel[i-d.links[sel]]
}
