package ui

import (
	"time"

	"github.com/truce-dev/truce/model"
)

// Shared is the state every view reads: the data, the data as known at the
// clock's instant, the instant itself, the viewer's zone and the styles. The
// root model owns it and updates it before it sends a message to the views.
type Shared struct {
	// Data is the whole dataset.
	Data *model.Dataset
	// Known is Data as of Now (events, rounds and attendance up to Now).
	Known *model.Dataset
	// Now is the clock's instant, truncated to the second.
	Now time.Time
	// Live is true when the clock shows real time.
	Live bool
	// Zone is the viewer's zone (--tz, or local).
	Zone *time.Location
	// Styles are the current styles.
	Styles *Styles
}

// NewShared returns shared state for data at now.
func NewShared(data *model.Dataset, now time.Time, zone *time.Location, st *Styles) *Shared {
	if zone == nil {
		zone = time.UTC
	}
	sh := &Shared{Data: data, Zone: zone, Styles: st, Live: true}
	sh.setNow(now)
	return sh
}

// setNow moves the shared instant and recomputes Known when the set of
// known records may have changed. It reports whether Known changed.
func (sh *Shared) setNow(now time.Time) bool {
	now = now.Truncate(time.Second)
	old := sh.Now
	sh.Now = now
	if sh.Known != nil && !crossesRecord(sh.Data, old, now) {
		return false
	}
	sh.Known = sh.Data.AsOf(now)
	return true
}

// crossesRecord reports whether some event, round or deadline's set instant
// lies in (a, b] or (b, a]: only then does AsOf give a different answer.
func crossesRecord(d *model.Dataset, a, b time.Time) bool {
	if a.After(b) {
		a, b = b, a
	}
	in := func(t time.Time) bool { return t.After(a) && !t.After(b) }
	for i := range d.Events {
		if in(d.Events[i].At.Time) {
			return true
		}
	}
	for i := range d.Rounds {
		if in(d.Rounds[i].Start.Time) {
			return true
		}
	}
	for i := range d.Deadlines {
		if in(d.Deadlines[i].Set.Time) {
			return true
		}
	}
	return false
}

// ClockMsg tells the views the clock moved (a tick or a jump). Shared.Now is
// already updated when they receive it; KnownChanged says whether
// Shared.Known was rebuilt.
type ClockMsg struct {
	// KnownChanged is true when the records known at Now changed.
	KnownChanged bool
}

// DataMsg tells the views Shared.Data was replaced (a reload).
type DataMsg struct{}

// StylesMsg tells the views Shared.Styles was rebuilt.
type StylesMsg struct{}

// Target names a record a view can show: the destination of a link.
type Target struct {
	// Tab is the tab that shows the record.
	Tab TabID
	// Kind and ID name the record.
	Kind model.RecordKind
	ID   string
}

// NavigateMsg asks the root to show a record in its tab, remembering where
// the user came from so that esc can go back.
type NavigateMsg struct {
	// To is the record to show.
	To Target
}

// Navigator is implemented by views that can select a record on request.
type Navigator interface {
	// Show selects the record and opens its detail; false if not found.
	Show(t Target) bool
}
