package widget

import (
	"cmp"
	"slices"

	"github.com/truce-dev/truce/ui"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// The List's search: the search line (a bubbles textinput: ctrl+u, ctrl+w,
// ←/→, paste), the ranked filter and the "did you mean".

// newSearchInput returns the search line's text input: no prompt of its own
// (the list draws "/ "), a cursor that does not blink (no timer to run),
// no suggestion and no clipboard keys (paste arrives as a message).
func newSearchInput(st *ui.Styles) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.SetStyles(st.SearchInput)
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	in.KeyMap.Paste.SetEnabled(false)
	return in
}

// Searching reports whether the search line has the keyboard.
func (l *List) Searching() bool { return l.searching }

// Query returns the current search text.
func (l *List) Query() string { return l.query }

// Terms returns the folded search terms, for highlighting in details.
func (l *List) Terms() []string { return l.terms }

// Suggestion is the "did you mean" offered when nothing matches, or "".
func (l *List) Suggestion() string { return l.suggest }

// SetQuery sets the search text, filters and ranks the rows, and selects
// the best match.
func (l *List) SetQuery(q string) {
	q = ui.Clean(q)
	if l.input.Value() != q {
		l.input.SetValue(q)
		l.input.CursorEnd()
	}
	l.query = q
	l.parsed = ParseQuery(q)
	l.terms = l.parsed.Terms
	l.invalidate()
	l.filter()
	l.sel, l.offset = 0, 0
	l.clampSelection()
}

// ClearSearch removes the filter and leaves the search line.
func (l *List) ClearSearch() {
	id := l.SelectedID()
	l.searching = false
	l.input.Blur()
	l.SetQuery("")
	l.SelectID(id)
}

// StartSearch gives the search line the keyboard.
func (l *List) StartSearch() {
	l.searching = true
	l.input.Focus()
	l.input.CursorEnd()
}

// Rank returns how well the row with the id answers the current query.
func (l *List) Rank(id string) Rank {
	for i, r := range l.rows {
		if r.ID == id && i < len(l.ranks) {
			return l.ranks[i]
		}
	}
	return NoMatch
}

// filter keeps the rows that answer the query, best first (ties in list
// order, group headings dropped), or every row when there is no query; with
// no answer it looks for a "did you mean".
func (l *List) filter() {
	l.visible, l.suggest = l.visible[:0], ""
	l.ranks = slices.Grow(l.ranks[:0], len(l.rows))[:len(l.rows)]
	if l.parsed.Empty() {
		for i := range l.rows {
			l.visible = append(l.visible, i)
		}
		return
	}
	for i := range l.rows {
		if l.rows[i].Header {
			l.ranks[i] = NoMatch
			continue
		}
		if l.ranks[i] = l.record(i).Rank(l.parsed); l.ranks[i] > NoMatch {
			l.visible = append(l.visible, i)
		}
	}
	slices.SortStableFunc(l.visible, func(a, b int) int { return cmp.Compare(l.ranks[b], l.ranks[a]) })
	if len(l.visible) == 0 {
		recs := make([]*Record, 0, len(l.rows))
		for i := range l.rows {
			if !l.rows[i].Header {
				recs = append(recs, l.record(i))
			}
		}
		l.suggest = Suggest(l.parsed, recs)
	}
}

func (l *List) updateSearch(msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, l.skeys.Cancel):
		l.ClearSearch()
	case key.Matches(msg, l.skeys.Accept):
		if l.Len() == 0 && l.suggest != "" {
			l.SetQuery(l.suggest) // did you mean: enter takes the suggestion
		}
		l.searching = false
		l.input.Blur()
	case key.Matches(msg, l.skeys.Up):
		l.Move(-1)
	case key.Matches(msg, l.skeys.Down):
		l.Move(1)
	case msg.Code == tea.KeyBackspace && l.input.Value() == "":
		l.ClearSearch()
	case msg.Code == tea.KeyTab || msg.String() == "shift+tab" || msg.String() == "ctrl+c":
		return false
	default:
		l.edit(msg)
	}
	return true
}

// edit gives a key or a paste to the search line and searches again when
// the text changed.
func (l *List) edit(msg tea.Msg) {
	l.input, _ = l.input.Update(msg)
	if v := ui.Clean(l.input.Value()); v != l.query {
		l.SetQuery(v)
	}
}
