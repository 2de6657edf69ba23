package cli

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard"
	"github.com/truce-dev/truce/ui/export"
	"github.com/truce-dev/truce/ui/plain"
)

// Dates as truce writes them and as the data's prose does.
var (
	isoDate  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	textDate = regexp.MustCompile(`\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b`)
	months   = map[string]time.Month{"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7,
		"Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
)

// datesIn returns every calendar date written in s, as 2006-01-02.
func datesIn(s string) []string {
	var out []string
	for _, m := range isoDate.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1]+"-"+m[2]+"-"+m[3])
	}
	for _, m := range textDate.FindAllStringSubmatch(s, -1) {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		out = append(out, time.Date(y, months[m[2]], d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	}
	return out
}

// allowedLater are the dates after t that may be shown at t: what was
// already known then to lie ahead (the due dates of deadlines set, the ends
// of terms, the days of rounds announced, dates written in the records
// known), the data's own dates (checked, covers_to), and, before any
// deadline is set, the day the first one is.
func allowedLater(full, known *model.Dataset, t time.Time) map[string]bool {
	ok := map[string]bool{}
	add := func(texts ...string) {
		for _, s := range texts {
			for _, d := range datesIn(s) {
				ok[d] = true
			}
		}
	}
	day := func(in model.Instant) string { return in.Time.Format(time.DateOnly) }
	for _, in := range []model.Instant{known.Meta.Checked, known.Meta.CoversTo} {
		ok[day(in)] = true
	}
	add(known.Meta.Note) // about the data file, not the talks
	for _, d := range known.Deadlines {
		ok[day(d.At)], ok[d.At.Time.UTC().Format(time.DateOnly)] = true, true
		add(d.Title, d.What, d.OutcomeNote)
	}
	for _, r := range known.Rounds {
		ok[day(r.End)] = true
		add(r.Name, r.Outcome)
	}
	for _, e := range known.Events {
		add(e.Title, e.Summary)
	}
	for _, is := range known.Issues {
		add(is.Summary, is.StatusNote, is.US, is.China)
		for _, s := range is.Statuses {
			ok[day(s.Until)] = true
			add(s.Note)
		}
		for _, p := range is.Positions {
			add(p.Text)
		}
	}
	for _, x := range known.Discrepancies {
		add(x.Claim, x.Correction)
	}
	for _, s := range known.Sources {
		add(s.Title, s.Note)
	}
	for _, p := range known.People {
		add(p.Title, p.Note)
	}
	if next, found := full.NextDeadlineSet(t); found && len(known.Deadlines) == 0 {
		ok[day(next.Set)] = true
	}
	return ok
}

// futureInstants is a dense set of instants: each record's known instant
// and a second either side (every few, to keep the test quick), and random
// ones across the data's span.
func futureInstants(ds *model.Dataset) []time.Time {
	all := ds.KnownInstants()
	stride := 4
	if raceDetector {
		stride = 24
	}
	var out []time.Time
	for i, t := range all {
		if i%stride == 0 {
			out = append(out, t.Add(-time.Second), t, t.Add(time.Second))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	first, last := all[0], all[len(all)-1]
	for range 25 {
		out = append(out, first.Add(time.Duration(rng.Int64N(int64(last.Sub(first))))))
	}
	return out
}

// TestNothingFromTheFuture renders print, status, the Markdown and JSON
// exports and every dashboard tab at a dense set of instants, and finds in
// them no date later than the instant but those known then to lie ahead.
func TestNothingFromTheFuture(t *testing.T) {
	full, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	utc := time.UTC
	for _, at := range futureInstants(full) {
		known := full.AsOf(at)
		allowed := allowedLater(full, known, at)
		horizon := at.In(time.FixedZone("UTC+14", 14*3600)).Format(time.DateOnly)
		check := func(what, out string) {
			for _, d := range datesIn(out) {
				if d > horizon && !allowed[d] {
					t.Errorf("at %s, %s shows %s, not yet known then", at.Format(time.RFC3339), what, d)
					return
				}
			}
		}
		var b strings.Builder
		if err := plain.Print(&b, full, plain.Options{Now: at, Zone: utc, Width: 200}); err != nil {
			t.Fatal(err)
		}
		check("print", b.String())
		b.Reset()
		if err := export.WriteMarkdown(&b, known, at, utc); err != nil {
			t.Fatal(err)
		}
		check("export md", b.String())
		b.Reset()
		if err := export.WriteJSON(&b, known); err != nil {
			t.Fatal(err)
		}
		check("export json", b.String())
		if w := known.WatchAt(at, model.WatchHold); w.First() != nil {
			st := newStatus(w.First(), at, utc, nil)
			check("status", st.Line+" "+st.OutcomeNote+" "+st.What)
		}
		app := dashboard.New(full, dashboard.Options{Clock: clockFunc(func() time.Time { return at }), Zone: utc})
		app.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
		for _, tab := range ui.Tabs() {
			app.Update(tea.KeyPressMsg{Code: rune('1' + int(tab)), Text: string(rune('1' + int(tab)))})
			app.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			check("the "+tab.String()+" tab", ansi.Strip(app.Render()))
		}
	}
}
