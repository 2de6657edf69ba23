package dashboard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// problemsBody lists every problem of the failed reload over the body,
// wrapped, scrollable; esc closes it.
func (a *App) problemsBody(w, h int) string {
	st := a.sh.Styles
	lines := []string{st.Title.Render(widget.Fit("The data file does not load; the last good data stays on screen", w)), ""}
	for _, p := range a.watch.problems {
		for i, ln := range strings.Split(widget.WrapPlain(p, max(w-2, 1)), "\n") {
			pad := "  "
			if i == 0 {
				pad = "• "
			}
			lines = append(lines, widget.PadRight(st.Text.Render(pad+ln), w))
		}
	}
	if n := a.watch.more; n > 0 {
		more := "… and " + ui.Plural(n, "more problem") + ", not listed: fix these and save to see them"
		for _, ln := range strings.Split(widget.WrapPlain(more, max(w, 1)), "\n") {
			lines = append(lines, widget.PadRight(st.Note.Render(ln), w))
		}
	}
	lines = append(lines, "", st.Note.Render(widget.Fit("Fix the file and save it: it reloads by itself. esc closes this list.", w)))
	return scrollLines(lines, &a.problemsOffset, w, h, st)
}

// problemsKey scrolls or closes the problem list; it reports whether it
// used the key.
func (a *App) problemsKey(msg tea.KeyPressMsg) bool {
	if key.Matches(msg, a.keys.Widget.List.Back) {
		a.showProblems = false
		return true
	}
	return a.scrollKey(msg, &a.problemsOffset)
}
