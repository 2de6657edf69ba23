package dashboard

import "github.com/truce-dev/truce/ui"

// Cross-links and esc: following a link remembers where it started, and
// esc comes back there in one press.

// visit is one followed cross-link: where it started and where it landed.
type visit struct{ from, to ui.Target }

// back handles esc. Right after following a cross-link (still on the
// record it landed on), one press returns exactly where the link was
// followed from. Otherwise the tab closes what it has open, and once it has
// nothing open, esc goes back along the links followed. esc never quits.
func (a *App) back() {
	n := len(a.history)
	if n > 0 && a.here() == a.history[n-1].to {
		a.returnTo(n - 1)
		return
	}
	if a.current().Back() {
		return
	}
	if n > 0 {
		a.returnTo(n - 1)
	}
}

// returnTo pops the history down to visit i and shows where it started:
// the origin tab as it was left (its search, selection and open detail),
// or the record shown again if the tab moved since.
func (a *App) returnTo(i int) {
	from := a.history[i].from
	a.history = a.history[:i]
	a.setTab(from.Tab)
	if a.here() != from {
		a.current().Show(from)
	}
}

// here names the focused tab's selected record, with the tab.
func (a *App) here() ui.Target {
	h := a.current().Here()
	h.Tab = a.tab
	return h
}

// setTab focuses a tab, with current values at once (not the values of
// the last tick).
func (a *App) setTab(t ui.TabID) {
	if t == a.tab {
		return
	}
	a.tab = t
	a.resize(a.width, a.height)
	a.syncClock(true)
}

// navigate shows a record in its tab; push remembers where the user was,
// and where they landed, for esc.
func (a *App) navigate(to ui.Target, push bool) {
	from := a.here()
	a.setTab(to.Tab)
	a.current().Show(to)
	if push {
		a.history = append(a.history, visit{from: from, to: a.here()})
	}
}
