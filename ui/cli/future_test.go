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

// dateCache remembers the dates of lines already read: the outputs at
// neighbouring instants are mostly the same lines.
type dateCache map[string][]string

// datesIn returns every calendar date written in s, as 2006-01-02, line
// by line.
func (c dateCache) datesIn(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		ds, ok := c[line]
		if !ok {
			ds = datesIn(line)
			c[line] = ds
		}
		out = append(out, ds...)
	}
	return out
}

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

// announcedAhead are the later dates the data's prose names, each from the
// instant it was announced: a date in a record's text is not trusted
// because the record is known (a summary stating a later fact with its
// date would pass), so each one is listed here once reviewed.
var announcedAhead = []struct {
	day, why string
	from     time.Time
}{
	{"2026-11-10", "the White House fact sheet of 1 November 2025 gives the year-long suspensions' end",
		time.Date(2025, 11, 1, 0, 0, 0, 0, time.FixedZone("EDT", -4*3600))},
	{"2026-12-31", "the law-firm alert of 10 November 2025 gives the end of China's farm-tariff suspension",
		time.Date(2025, 11, 10, 0, 0, 0, 0, time.FixedZone("EST", -5*3600))},
}

// allowedLater are the dates after t that may be shown at t: what was
// already known then to lie ahead (the due dates of deadlines set, the ends
// of terms; not the last days of rounds, which AsOf leaves unset until they
// are over), the dates announced ahead
// by t (announcedAhead), the data's own dates (checked, covers_to), and,
// before any deadline is set, the day the first one is.
func allowedLater(full, known *model.Dataset, t time.Time) map[string]bool {
	ok := map[string]bool{}
	for _, a := range announcedAhead {
		if !t.Before(a.from) {
			ok[a.day] = true
		}
	}
	day := func(in model.Instant) string { return in.Time.Format(time.DateOnly) }
	for _, in := range []model.Instant{known.Meta.Checked, known.Meta.CoversTo} {
		ok[day(in)] = true
	}
	for _, d := range known.Deadlines {
		ok[day(d.At)], ok[d.At.Time.UTC().Format(time.DateOnly)] = true, true
	}
	for _, is := range known.Issues {
		for _, s := range is.Statuses {
			ok[day(s.Until)] = true
		}
	}
	if next, found := full.NextDeadlineSet(t); found && len(known.Deadlines) == 0 {
		ok[day(next.Set)] = true
	}
	return ok
}

// futureInstants is a dense set of instants: each record's known instant
// and a second either side (under the race detector, every 24th, which
// the run without it covers whole), and random ones across the data's
// span.
func futureInstants(ds *model.Dataset) []time.Time {
	all := ds.KnownInstants()
	stride := 1
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

// TestNothingFromTheFuture renders print, status, the Markdown, JSON and
// iCalendar exports and every dashboard tab at every known instant of the
// embedded data and a second either side, and at random ones, and finds
// in them no date later than the instant but those known then to lie ahead
// (allowedLater). At every 24th instant it also opens every row's detail
// on every tab. The synthetic data gets the same checks at fewer instants.
func TestNothingFromTheFuture(t *testing.T) {
	full, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := data.Load("synthetic.toml", data.Synthetic(300, 40, 10, 60))
	if err != nil {
		t.Fatal(err)
	}
	cache := dateCache{}
	for i, at := range futureInstants(full) {
		checkNothingLater(t, cache, full, at, i%24 == 0)
	}
	for i, at := range futureInstants(synthetic) {
		if i%12 == 0 {
			checkNothingLater(t, cache, synthetic, at, i%96 == 0)
		}
	}
}

// checkNothingLater renders every output of full at at and fails on a date
// not yet known then; with everyRow, the dashboard opens every row.
func checkNothingLater(t *testing.T, cache dateCache, full *model.Dataset, at time.Time, everyRow bool) {
	t.Helper()
	utc := time.UTC
	known := full.AsOf(at)
	allowed := allowedLater(full, known, at)
	horizon := at.In(time.FixedZone("UTC+14", 14*3600)).Format(time.DateOnly)
	failed := false
	check := func(what, out string) {
		for _, d := range cache.datesIn(out) {
			if d > horizon && !allowed[d] && !failed {
				t.Errorf("at %s, %s shows %s, not yet known then", at.Format(time.RFC3339), what, d)
				failed = true
			}
		}
	}
	var b strings.Builder
	if err := plain.Print(&b, full, plain.Options{Now: at, Zone: utc, Width: 200}); err != nil {
		t.Fatal(err)
	}
	check("print", b.String())
	for name, write := range map[string]func() error{
		"export md":   func() error { return export.WriteMarkdown(&b, known, at, utc) },
		"export json": func() error { return export.WriteJSON(&b, known) },
		"export ics":  func() error { return export.WriteICS(&b, known, at) },
	} {
		b.Reset()
		if err := write(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if name == "export ics" {
			out = icsDates(out)
		}
		check(name, out)
	}
	if w := known.WatchAt(at, model.WatchHold); w.First() != nil {
		st := newStatus(w.First(), at, utc, nil)
		check("status", st.Line+" "+st.OutcomeNote+" "+st.What)
	}
	app := dashboard.New(full, dashboard.Options{Clock: clockFunc(func() time.Time { return at }), Zone: utc})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	for _, tab := range ui.Tabs() {
		app.Update(tea.KeyPressMsg{Code: rune('1' + int(tab)), Text: string(rune('1' + int(tab)))})
		app.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
		app.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		check("the "+tab.String()+" tab", ansi.Strip(app.Render()))
		if !everyRow {
			continue
		}
		for range rowsOf(known, tab) {
			app.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
			app.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
			app.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			check("a row's detail on the "+tab.String()+" tab", ansi.Strip(app.Render()))
		}
		app.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	}
}

// rowsOf is about how many rows tab lists at known: enough moves down to
// reach its last row.
func rowsOf(known *model.Dataset, tab ui.TabID) []struct{} {
	n := 0
	switch tab {
	case ui.TabTimeline:
		n = len(known.Events)
	case ui.TabRoster:
		n = len(known.People) + len(known.Rounds) + 4 // and the group headings
	case ui.TabIssues:
		n = len(known.Issues)
	case ui.TabCountdowns:
		n = len(known.Deadlines)
	case ui.TabSources:
		n = len(known.Sources)
	}
	return make([]struct{}, n)
}

// icsDates rewrites the iCalendar dates (DTSTART:20251110T050100Z,
// DTSTART;VALUE=DATE:20251110) as 2025-11-10, so that datesIn finds them;
// DTSTAMP (the instant of the export) and DTEND (the day after an all-day
// event's, as RFC 5545 ends it) are left as they are.
func icsDates(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		name, value, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if !ok || !strings.HasPrefix(name, "DTSTART") || len(value) < 8 {
			b.WriteString(line + "\n")
			continue
		}
		b.WriteString(name + ":" + value[:4] + "-" + value[4:6] + "-" + value[6:8] + "\n")
	}
	return b.String()
}
