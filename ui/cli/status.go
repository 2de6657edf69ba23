package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/export"
)

// statusFlags are the flags of `truce status`.
type statusFlags struct {
	json     bool
	tmux     bool
	format   string
	deadline string
}

// The sample status line of the help, and the flags that print it from the
// built-in data (TestStatusHelpSample runs them, so it cannot drift).
const (
	statusSampleFlags = "--at 2025-07-29T11:58:57 --tz America/New_York"
	statusSampleLine  = "Geneva truce expires: 13d 12:02:03 left · Tue 12 Aug 2025 00:01 EDT"
)

const statusLong = "Prints one line about the deadline to watch: the next one, or one that passed " +
	"less than a minute ago (once all have passed, the last one), such as " +
	"'" + statusSampleLine + "' (the first example below). " +
	"Times are whole seconds, so 'status-interval 1' in tmux counts down exactly. Before the data's " +
	"first deadline is set, it says when that is (with --json, an object whose no_deadline is true; " +
	"--format reads a status whose deadline fields are empty or zero, with .Text and .Line saying no " +
	"deadline is set yet).\n\n" +
	"--format takes a Go text/template over the deadline's fields: .ID .Title .What .At .Zone " +
	".DateOnly .Now .Passed .Left .Since .Days .Outcome .OutcomeNote .Progress .Text .Line .Also .Coverage " +
	"(.At is in the deadline's own zone, .Zone, as the data and --json give it; .Now is in yours, --tz)."

const statusExample = `truce status ` + statusSampleFlags + `
# ` + statusSampleLine + `
# in ~/.tmux.conf
set -g status-interval 1
set -g status-right '#(truce status --tmux)'
truce status --format '{{.Title}}: {{.Text}}'
truce status --format '{{.At.Format "2006-01-02 15:04"}}'
truce status --deadline truce-2026-11-10 --json`

func (r *runner) statusCmd() *cobra.Command {
	var sf statusFlags
	cmd := &cobra.Command{
		Use:     "status",
		Short:   "One line about the next deadline, for a status bar",
		Long:    statusLong,
		Example: statusExample,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef(cmd, "'truce status' takes no argument, got %q", truncate(ui.Clean(args[0])))
			}
			return nil
		},
		RunE: r.action(func(cmd *cobra.Command, _ []string, s settings) error {
			return r.status(cmd, s, sf)
		}),
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	f := cmd.Flags()
	f.BoolVar(&sf.json, "json", false, "print one JSON object instead")
	f.StringVar(&sf.format, "format", "", "a Go TEMPLATE over the fields above")
	f.StringVar(&sf.deadline, "deadline", "", "watch the deadline ID, not the next one")
	f.BoolVar(&sf.tmux, "tmux", false, "escape # for tmux's status line (#(truce status --tmux))\nand keep the line to "+strconv.Itoa(TmuxWidth)+" cells")
	return cmd
}

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
	// Also are the titles of the deadlines watched with this one (at the
	// same instant) and of the date-only deadlines beside it.
	Also []string
	// Coverage says how current the data is: "reporting to 20 May 2026,
	// checked 30 Nov 2026".
	Coverage string
}

// newStatus describes dl at now; zone is the reader's zone; also names the
// deadlines that share the moment.
func newStatus(dl *model.Deadline, now time.Time, zone *time.Location, also []string) Status {
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
	s.Text = ui.DeadlineState(dl, now, ui.Compact)
	s.Also = also
	title := s.Title
	if len(also) > 0 {
		title += fmt.Sprintf(" (+ %d more)", len(also))
	}
	s.Line = fmt.Sprintf("%s: %s · %s", title, s.Text, ui.FormatDueAt(dl.At, zone))
	return s
}

// statusJSON is the --json form of a Status.
type statusJSON struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	What         string   `json:"what"`
	At           string   `json:"at"`
	Zone         string   `json:"zone"`
	DateOnly     bool     `json:"date_only"`
	Now          string   `json:"now"`
	Passed       bool     `json:"passed"`
	LeftSeconds  int64    `json:"left_seconds"`
	SinceSeconds int64    `json:"since_seconds"`
	Days         int      `json:"days"`
	Outcome      string   `json:"outcome"`
	OutcomeNote  string   `json:"outcome_note,omitempty"`
	Progress     float64  `json:"progress"`
	Text         string   `json:"text"`
	Line         string   `json:"line"`
	Also         []string `json:"also,omitempty"`
	Coverage     string   `json:"coverage"`
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
		Progress: float64(int(s.Progress*1000)) / 1000, Text: s.Text, Line: s.Line, Also: s.Also, Coverage: s.Coverage,
	})
}

// statusTemplate compiles --format and tries it on a sample, so that a
// template naming a field that does not exist is a usage error.
func statusTemplate(cmd *cobra.Command, text string) (*template.Template, error) {
	t, err := template.New("format").Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, usagef(cmd, "invalid --format template: %s", strings.TrimPrefix(firstLine(err.Error()), "template: format:"))
	}
	sample := Status{At: time.Unix(0, 0).UTC(), Now: time.Unix(0, 0).UTC()}
	if err := t.Execute(io.Discard, sample); err != nil {
		return nil, usagef(cmd, "invalid --format template: %s", strings.TrimPrefix(firstLine(err.Error()), "template: format:"))
	}
	return t, nil
}

// status prints the line about the deadline to watch.
func (r *runner) status(cmd *cobra.Command, s settings, sf statusFlags) error {
	if sf.json && cmd.Flags().Changed("format") {
		return usagef(cmd, "--json and --format cannot be used together")
	}
	if sf.json && sf.tmux {
		// --tmux doubles every #, which would change the JSON's strings.
		return usagef(cmd, "--json and --tmux cannot be used together")
	}
	var tmpl *template.Template
	if cmd.Flags().Changed("format") {
		t, err := statusTemplate(cmd, sf.format)
		if err != nil {
			return err
		}
		tmpl = t
	}
	ds, err := r.load()
	if err != nil {
		return err
	}
	known := ds.AsOf(s.now)
	dl, also, err := r.watched(cmd, ds, known, s.now, sf.deadline)
	if err != nil {
		return err
	}
	if dl == nil {
		return r.noDeadline(ds, s, sf, tmpl)
	}
	st := newStatus(dl, s.now, s.zone, also)
	st.Coverage = ui.Coverage(ds.Meta)
	var out string
	switch {
	case sf.json:
		b, err := json.Marshal(st)
		if err != nil {
			return err
		}
		out = string(export.JSONSafe(b))
	case tmpl != nil:
		var b strings.Builder
		if err := tmpl.Execute(&b, st); err != nil {
			return err
		}
		out = b.String()
	default:
		out = st.Line
	}
	_, err = io.WriteString(r.stdout, oneLine(out, sf.tmux)+"\n")
	return err
}

// TmuxWidth is the most cells `status --tmux` prints: the
// status-right-length the README's tmux snippet sets, so that tmux never
// cuts the line (a longer one ends in "…").
const TmuxWidth = 120

// oneLine makes status output exactly one line (a status bar shows one):
// line breaks and other controls become spaces, the text is cleaned, and
// for tmux it is kept to TmuxWidth cells and every # is doubled, so that a
// title cannot run tmux's #(...) commands or #[...] styles.
func oneLine(s string, tmux bool) string {
	s = ui.Clean(strings.TrimRight(s, "\r\n"))
	if tmux {
		s = strings.ReplaceAll(fitCells(s, TmuxWidth), "#", "##")
	}
	return s
}

// fitCells keeps s to w cells: a longer line loses whole " · " parts from
// its end (the default line's date), or else words, and ends in "…".
func fitCells(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	cut := ansi.Truncate(s, w-1, "")
	if i := strings.LastIndex(cut, " · "); i > 0 {
		return cut[:i] + " …"
	}
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		return cut[:i] + " …"
	}
	return cut + "…"
}

// watched is the deadline status shows: --deadline's, or the one to watch
// (model.WatchAt, as the dashboard's), with the titles of the deadlines
// that share its moment; nil when no deadline is known at now.
func (r *runner) watched(cmd *cobra.Command, ds, known *model.Dataset, now time.Time, id string) (*model.Deadline, []string, error) {
	if id != "" {
		if _, ok := ds.Deadline(id); !ok {
			ids := make([]string, 0, len(ds.Deadlines))
			for _, d := range ds.Deadlines {
				ids = append(ids, d.ID)
			}
			if s, ok := suggest(id, ids); ok {
				return nil, nil, usagef(cmd, "unknown deadline %q for --deadline (did you mean %q?)", truncate(ui.Clean(id)), s)
			}
			return nil, nil, usagef(cmd, "unknown deadline %q for --deadline", truncate(ui.Clean(id)))
		}
		dl, ok := known.Deadline(id)
		if !ok {
			return nil, nil, &exitError{code: exitFailure, msg: fmt.Sprintf("deadline %q was not yet set at this instant", ui.Clean(id))}
		}
		return dl, nil, nil
	}
	w := known.WatchAt(now, model.WatchHold)
	if w.First() == nil {
		return nil, nil, nil
	}
	var also []string
	for _, x := range append(w.Deadlines[1:], w.Beside...) {
		also = append(also, ui.Clean(x.Title))
	}
	return w.First(), also, nil
}

// noDeadlineJSON is the --json form of status when no deadline is known at
// the instant. It says the day the first deadline is set, as the line does,
// never which deadline that is: its id and title are not known yet.
type noDeadlineJSON struct {
	NoDeadline bool   `json:"no_deadline"`
	Now        string `json:"now"`
	FirstSet   string `json:"first_set,omitempty"`
	Text       string `json:"text"`
	Line       string `json:"line"`
	Coverage   string `json:"coverage"`
}

// noDeadline prints, when no deadline is known at the instant (before the
// data's first is set), one line saying so and when the first is set: a
// status bar shows it, and --json gives an object with no_deadline true.
// A --format template (tmpl) reads a Status whose deadline fields are empty
// or zero, with Text and Line saying so, Now and Coverage as ever: scripts
// get their shape, and an empty ID tells them there is no deadline.
func (r *runner) noDeadline(ds *model.Dataset, s settings, sf statusFlags, tmpl *template.Template) error {
	now := s.now.Truncate(time.Second)
	words := ui.FirstSetWords(ds, now)
	if len(ds.Deadlines) == 0 {
		words = ui.NoDeadlinesWords
	}
	out := words
	switch {
	case tmpl != nil:
		var b strings.Builder
		st := Status{Now: now.In(s.zone), Text: words, Line: words, Coverage: ui.Coverage(ds.Meta)}
		if err := tmpl.Execute(&b, st); err != nil {
			return err
		}
		out = b.String()
	case sf.json:
		v := noDeadlineJSON{NoDeadline: true, Now: now.In(s.zone).Format(time.RFC3339),
			Text: words, Line: words, Coverage: ui.Coverage(ds.Meta)}
		if next, ok := ds.NextDeadlineSet(now); ok {
			v.FirstSet = next.Set.String()
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		out = string(export.JSONSafe(b))
	}
	_, err := io.WriteString(r.stdout, oneLine(out, sf.tmux)+"\n")
	return err
}
