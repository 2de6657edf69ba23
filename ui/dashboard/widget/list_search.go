package widget

import (
	"strings"

	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The List's search: the query, its folded terms, filtering and ranking.

// Searching reports whether the search line has the keyboard.
func (l *List) Searching() bool { return l.searching }

// Query returns the current search text.
func (l *List) Query() string { return l.query }

// Terms returns the folded search terms, for highlighting in details.
func (l *List) Terms() []string { return l.terms }

// SetQuery sets the search text and filters the rows.
func (l *List) SetQuery(q string) {
	l.query = q
	l.terms = Terms(q)
	l.invalidate()
	l.filter()
	l.sel, l.offset = l.bestMatch(), 0
	l.clampSelection()
}

// ClearSearch removes the filter and leaves the search line.
func (l *List) ClearSearch() {
	id := l.SelectedID()
	l.searching = false
	l.SetQuery("")
	l.SelectID(id)
}

// StartSearch gives the search line the keyboard.
func (l *List) StartSearch() { l.searching = true }

// bestMatch is the visible row that answers the query best: terms that
// start a word of the row's name or key rank above terms found inside
// them, which rank above terms found anywhere else. Ties go to the first.
func (l *List) bestMatch() int {
	best, bestScore := 0, -1
	for i, ri := range l.visible {
		r := &l.rows[ri]
		if r.Header {
			continue
		}
		score := 0
		for _, t := range l.terms {
			switch {
			case strings.Contains(r.key, " "+t):
				score += 4
			case strings.Contains(r.key, t):
				score += 2
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func (l *List) filter() {
	l.visible = l.visible[:0]
	for i := range l.rows {
		if len(l.terms) == 0 || l.rows[i].Header || MatchAll(l.rows[i].folded, l.terms) {
			l.visible = append(l.visible, i)
		}
	}
	if len(l.terms) > 0 {
		l.dropEmptyHeaders()
	}
}

// dropEmptyHeaders removes group headings left with no row under them.
func (l *List) dropEmptyHeaders() {
	out := l.visible[:0]
	for i, ri := range l.visible {
		if l.rows[ri].Header && (i+1 == len(l.visible) || l.rows[l.visible[i+1]].Header) {
			continue
		}
		out = append(out, ri)
	}
	l.visible = out
}

func (l *List) updateSearch(msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, l.skeys.Cancel):
		l.ClearSearch()
	case key.Matches(msg, l.skeys.Accept):
		l.searching = false
	case key.Matches(msg, l.skeys.Up):
		l.Move(-1)
	case key.Matches(msg, l.skeys.Down):
		l.Move(1)
	case msg.Code == tea.KeyBackspace:
		if l.query == "" {
			l.ClearSearch()
			break
		}
		r := []rune(l.query)
		l.SetQuery(string(r[:len(r)-1]))
	case msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 && msg.Text != "":
		l.SetQuery(l.query + ui.Clean(msg.Text))
	default:
		return msg.Code != tea.KeyTab && msg.String() != "shift+tab" && msg.String() != "ctrl+c"
	}
	return true
}
