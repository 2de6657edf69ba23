package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"

	"github.com/charmbracelet/x/ansi"
)

// How a Detail scrolls and draws: the lines in view, with "↑ N more lines"
// on the first line when the document goes on above and "↓ N more lines" on
// the last when it goes on below.

// hints reports whether the pane is tall enough for scroll hints.
func (d *Detail) hints() bool { return d.height >= 3 }

// window returns the document lines drawn at offset: from offset, count
// lines, with a hint line above (top) and below (bottom) as needed.
func (d *Detail) window(offset int) (count int, top, bottom bool) {
	n, h := len(d.wrapped), d.height
	top = d.hints() && offset > 0
	if top {
		h--
	}
	if n-offset > h && d.hints() {
		return h - 1, top, true
	}
	return min(h, max(n-offset, 0)), top, false
}

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

// View draws the visible part of the document, each line padded to the
// width, with the scroll hints and a one-off note ("copied …").
func (d *Detail) View() string {
	d.ensure()
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	lines := make([]string, 0, d.height)
	sel := -1
	if d.focused && d.link >= 0 && d.link < len(d.links) {
		sel = d.link
	}
	count, top, bottom := d.window(d.offset)
	if top {
		lines = append(lines, d.styles.Note.Render(Fit("↑ "+ui.Plural(d.offset, "more line"), d.width)))
	}
	for i := d.offset; i < d.offset+count; i++ {
		ln, w := d.wrapped[i], d.widths[i]
		if sel >= 0 && i >= d.links[sel] && i < d.linkEnd[sel] {
			ln = d.styles.LinkSelected.Render(ansi.Strip(ln))
		}
		if w > d.width {
			ln, w = ansi.Truncate(ln, d.width, "…"), d.width
		}
		lines = append(lines, ln+strings.Repeat(" ", d.width-w))
	}
	if bottom {
		more := len(d.wrapped) - d.offset - count
		lines = append(lines, d.styles.Note.Render(Fit("↓ "+ui.Plural(more, "more line"), d.width)))
	}
	for len(lines) < d.height {
		lines = append(lines, strings.Repeat(" ", d.width))
	}
	if d.flash != "" {
		lines[len(lines)-1] = d.styles.Note.Render(Fit(d.flash, d.width))
	}
	return strings.Join(lines, "\n")
}
