package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// Status is one deadline seen from the clock's instant: what `truce status`
// prints, what `--format` templates read, and what `--json` encodes. Times
// are whole seconds.
type Status struct {
	// ID is the deadline's id in the data.
	ID string
	// Title is the deadline's one-line name.
	Title string
	// What is what was to happen at the deadline.
	What string
	// At is the deadline in its own zone (00:00 that day when DateOnly).
	At time.Time
	// Zone is the IANA zone the deadline was set in.
	Zone string
	// DateOnly is true when only a day was set, no time of day.
	DateOnly bool
	// Now is the clock's instant (--at, or the real time) in --tz.
	Now time.Time
	// Passed is true once Now is at or after At.
	Passed bool
	// Left is the time from Now to At; 0 once passed.
	Left time.Duration
	// Since is the time from At to Now; 0 before.
	Since time.Duration
	// Days is the number of calendar days from Now to At in the deadline's
	// zone, negative once passed.
	Days int
	// Outcome is what happened: "pending" until passed, then the data's
	// outcome (averted, extended, took-effect, superseded, unknown).
	Outcome string
	// OutcomeNote explains the outcome, once passed.
	OutcomeNote string
	// Progress is the share of the time from when the deadline was set to
	// At that has elapsed, 0 to 1 (0 when the set date is unknown).
	Progress float64
	// Text is the state as status prints it: "13d 11:59:03 left".
	Text string
	// Line is the whole default line.
	Line string
}

// statusGrace is how long a deadline that has just passed stays the one
// status shows, so that a status bar says it passed before moving on.
const statusGrace = time.Minute

// pickDeadline returns the deadline status shows at now: one that passed
// less than a minute ago (a date-only one: that is due today), else the next
// one, else the last one to pass. Only deadlines already set at now count.
func pickDeadline(ds *model.Dataset, now time.Time) *model.Deadline {
	known := ds.AsOf(now)
	order := known.DeadlinesInOrder()
	for i := len(order) - 1; i >= 0; i-- {
		dl := order[i]
		st := dl.StateAt(now)
		if !st.Passed {
			continue
		}
		if dl.At.IsDateOnly() && dl.DaysUntil(now) == 0 || !dl.At.IsDateOnly() && st.Since < statusGrace {
			return dl
		}
	}
	dl, _ := known.NextDeadline(now)
	return dl
}

// newStatus describes dl at now; zone is the reader's zone.
func newStatus(dl *model.Deadline, now time.Time, zone *time.Location) Status {
	now = now.Truncate(time.Second)
	st := dl.StateAt(now)
	s := Status{
		ID: ui.Clean(dl.ID), Title: ui.Clean(dl.Title), What: ui.Clean(dl.What),
		At: dl.At.Time, Zone: ui.Clean(dl.Zone), DateOnly: dl.At.IsDateOnly(),
		Now: now.In(zone), Passed: st.Passed, Left: st.Left, Since: st.Since,
		Days: dl.DaysUntil(now), Outcome: string(st.Outcome), Progress: st.Progress,
	}
	if st.Passed {
		s.OutcomeNote = ui.Clean(dl.OutcomeNote)
	}
	s.Text = statusText(s)
	s.Line = fmt.Sprintf("%s: %s (%s)", s.Title, s.Text, formatDue(s))
	return s
}

// statusText is the state part of the line.
func statusText(s Status) string {
	if s.DateOnly {
		switch {
		case s.Days > 1:
			return fmt.Sprintf("%d days left", s.Days)
		case s.Days == 1:
			return "1 day left"
		case s.Days == 0:
			return "due today"
		case s.Days == -1:
			return "passed 1 day ago" + outcomeSuffix(s.Outcome)
		}
		return fmt.Sprintf("passed %d days ago", -s.Days) + outcomeSuffix(s.Outcome)
	}
	switch {
	case !s.Passed:
		return ui.FormatDuration(s.Left) + " left"
	case s.Since == 0:
		return "due now"
	}
	return "passed " + ui.FormatDuration(s.Since) + " ago" + outcomeSuffix(s.Outcome)
}

// outcomeSuffix is ", outcome: extended", or nothing while pending.
func outcomeSuffix(o string) string {
	switch model.Outcome(o) {
	case model.OutcomePending, "":
		return ""
	case model.OutcomeTookEffect:
		return ", took effect"
	case model.OutcomeUnknown:
		return ", outcome unknown"
	default:
		return ", " + o
	}
}

// formatDue is "Mon 10 Nov 2025 00:01 EST", or the day alone.
func formatDue(s Status) string {
	switch {
	case s.DateOnly:
		return s.At.Format("Mon 2 Jan 2006")
	case s.At.Second() != 0:
		return s.At.Format("Mon 2 Jan 2006 15:04:05 MST")
	}
	return s.At.Format("Mon 2 Jan 2006 15:04 MST")
}

// statusJSON is the --json form of a Status.
type statusJSON struct {
	ID           string  `json:"id"`
	Title        string  `json:"title"`
	What         string  `json:"what"`
	At           string  `json:"at"`
	Zone         string  `json:"zone"`
	DateOnly     bool    `json:"date_only"`
	Now          string  `json:"now"`
	Passed       bool    `json:"passed"`
	LeftSeconds  int64   `json:"left_seconds"`
	SinceSeconds int64   `json:"since_seconds"`
	Days         int     `json:"days"`
	Outcome      string  `json:"outcome"`
	OutcomeNote  string  `json:"outcome_note,omitempty"`
	Progress     float64 `json:"progress"`
	Text         string  `json:"text"`
	Line         string  `json:"line"`
}

// MarshalJSON encodes the status with snake_case names, instants as the
// data writes them and durations in seconds.
func (s Status) MarshalJSON() ([]byte, error) {
	at := s.At.Format(time.RFC3339)
	if s.DateOnly {
		at = s.At.Format(time.DateOnly)
	}
	return json.Marshal(statusJSON{
		ID: s.ID, Title: s.Title, What: s.What, At: at, Zone: s.Zone, DateOnly: s.DateOnly,
		Now: s.Now.Format(time.RFC3339), Passed: s.Passed,
		LeftSeconds: int64(s.Left / time.Second), SinceSeconds: int64(s.Since / time.Second),
		Days: s.Days, Outcome: s.Outcome, OutcomeNote: s.OutcomeNote,
		Progress: float64(int(s.Progress*1000)) / 1000, Text: s.Text, Line: s.Line,
	})
}

// statusTemplate compiles --format and tries it on a sample, so that a
// template naming a field that does not exist is a usage error.
func statusTemplate(text string) (*template.Template, error) {
	t, err := template.New("format").Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, usagef("invalid --format template: %s", strings.TrimPrefix(firstLine(err.Error()), "template: format:"))
	}
	sample := Status{At: time.Unix(0, 0).UTC(), Now: time.Unix(0, 0).UTC()}
	if err := t.Execute(io.Discard, sample); err != nil {
		return nil, usagef("invalid --format template: %s", strings.TrimPrefix(firstLine(err.Error()), "template: format:"))
	}
	return t, nil
}

// status prints the line about the next deadline.
func (c *cli) status(o *options, set settings, ds *model.Dataset) error {
	if len(o.args) > 0 {
		return usagef("'truce status' takes no argument, got %q", o.args[0])
	}
	dl := pickDeadline(ds, set.now)
	if dl == nil {
		return &exitError{code: exitFailure, msg: "the data has no deadline known at this instant"}
	}
	s := newStatus(dl, set.now, set.zone)
	switch {
	case o.json:
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(c.stdout, "%s\n", jsonSafe(b))
		return err
	case o.set["format"]:
		t, err := statusTemplate(o.format)
		if err != nil {
			return err
		}
		var b strings.Builder
		if err := t.Execute(&b, s); err != nil {
			return err
		}
		out := b.String()
		if !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		_, err = io.WriteString(c.stdout, out)
		return err
	}
	_, err := fmt.Fprintln(c.stdout, s.Line)
	return err
}
