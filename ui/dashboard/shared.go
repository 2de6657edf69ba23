package dashboard

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Shared is the state every tab reads: the data, the data as known at the
// clock's instant, the instant itself, the viewer's zone, the styles and
// the keys. The root model owns it and updates it before it sends a message
// to the tabs; the tabs never write to it.
type Shared struct {
	// Data is the whole dataset.
	Data *model.Dataset
	// Known is Data as of Now: only what was known at that instant.
	Known *model.Dataset
	// Now is the clock's instant, truncated to the second.
	Now time.Time
	// Live is true when the clock shows real time.
	Live bool
	// Zone is the viewer's zone (--tz, or local).
	Zone *time.Location
	// Styles are the current styles. The pointer never changes: a new
	// theme is written into it, and the tabs get a ThemeMsg.
	Styles *ui.Styles
	// Keys are every binding of the program, built once.
	Keys *Keys
	// Watch is the deadline to watch at Now (model.WatchAt): the footer's,
	// the Countdowns headline's, the title's.
	Watch model.Watch

	words watchWords // WatchWords, as last worked out
}

// watchWords are the words of Watch: its title and beside for the watched
// deadlines they were worked out for (gen counts the changes), its state
// for the instant at.
type watchWords struct {
	known         *model.Dataset
	watched, near []*model.Deadline
	title         string
	beside        []string
	gen           int
	at            time.Time
	state         string
	head          int // the state's head: state[:head] (ui.DeadlineStateParts)
	valid         bool
}

// WatchWords returns ui.WatchWords of Watch at Now, worked out again only
// when what they say may have changed: the title when the watched
// deadlines change, the state when the instant does.
func (sh *Shared) WatchWords() (title, state string, beside []string) {
	w := &sh.words
	if !w.valid || w.known != sh.Known || !slices.Equal(w.watched, sh.Watch.Deadlines) || !slices.Equal(w.near, sh.Watch.Beside) {
		w.title, _, w.beside = ui.WatchWords(sh.Watch, sh.Now)
		w.known, w.valid = sh.Known, true
		w.watched = append(w.watched[:0], sh.Watch.Deadlines...)
		w.near = append(w.near[:0], sh.Watch.Beside...)
		w.gen++
		w.at, w.state, w.head = time.Time{}, "", 0
	}
	if d := sh.Watch.First(); d != nil && !w.at.Equal(sh.Now) {
		head, tail := ui.DeadlineStateParts(d, sh.Now, ui.Compact)
		w.at, w.state, w.head = sh.Now, head+tail, len(head)
	}
	return w.title, w.state, w.beside
}

// WatchState is the state of WatchWords in two: the head, read whole, and
// the rest, which a narrow line may cut (see ui.DeadlineStateParts).
func (sh *Shared) WatchState() (head, tail string) {
	_, state, _ := sh.WatchWords()
	return state[:sh.words.head], state[sh.words.head:]
}

// watchGen counts the changes of the watched deadlines' title and beside.
func (sh *Shared) watchGen() int { return sh.words.gen }

// newShared returns shared state for data at now.
func newShared(data *model.Dataset, now time.Time, zone *time.Location, st *ui.Styles, k *Keys) *Shared {
	if zone == nil {
		zone = time.UTC
	}
	sh := &Shared{Data: data, Zone: zone, Styles: st, Keys: k, Live: true}
	sh.setNow(now)
	return sh
}

// setNow moves the shared instant and recomputes Known when the set of
// known records may have changed. It reports whether Known changed.
func (sh *Shared) setNow(now time.Time) bool {
	now = now.Truncate(time.Second)
	old := sh.Now
	sh.Now = now
	changed := sh.Known == nil || sh.Data.ChangesBetween(old, now)
	if changed {
		sh.Known = sh.Data.AsOf(now)
	}
	sh.Watch = sh.Known.WatchAt(now, model.WatchHold)
	return changed
}

// setData replaces the dataset (a --watch reload) and recomputes Known.
func (sh *Shared) setData(ds *model.Dataset) {
	sh.Data = ds
	sh.Known = ds.AsOf(sh.Now)
	sh.Watch = sh.Known.WatchAt(sh.Now, model.WatchHold)
}

// ClockMsg tells the tabs the clock moved (a tick or a jump). Shared.Now is
// already updated when they receive it; KnownChanged says whether
// Shared.Known was rebuilt.
type ClockMsg struct {
	// KnownChanged is true when the records known at Now changed.
	KnownChanged bool
}

// DataMsg tells the tabs Shared.Data was replaced (a reload).
type DataMsg struct{}

// ThemeMsg tells the tabs the styles changed: what they drew is stale.
type ThemeMsg struct{}

// refresh answers the messages every list tab answers alike: a clock that
// changed what is known, new data and a new theme, each of which rebuilds
// the rows. It reports whether msg was one of them.
func refresh(msg tea.Msg, b *widget.Browser, rebuild func()) bool {
	switch msg := msg.(type) {
	case ClockMsg:
		if msg.KnownChanged {
			rebuild()
		}
	case DataMsg:
		rebuild()
	case ThemeMsg:
		b.Restyle()
		rebuild()
	default:
		return false
	}
	return true
}
