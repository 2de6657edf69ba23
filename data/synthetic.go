package data

import (
	"bytes"
	"fmt"
	"time"
)

// Synthetic returns a valid schema 2 data file with the given numbers of
// events, people, rounds (each attended by up to eight people) and
// deadlines, for benchmarks, load tests and the as-of properties. Records
// spread over 2025; each cites the pair of independent sources (a wire
// report and an official text) published most recently before its day,
// some also a weak source or a copy. Ten issues carry status and position
// histories, and every kind of known, published, outcome_known, role_known,
// copy_of and replaced_by occurs. The output depends only on the arguments.
func Synthetic(events, people, rounds, deadlines int) []byte {
	g := &synth{people: max(people, 0), rounds: max(rounds, 0)}
	g.b.Grow(events*420 + people*220 + rounds*1800 + deadlines*420 + 64<<10)
	g.b.WriteString("[meta]\ntitle = \"Synthetic data\"\nchecked = 2026-01-05\ncovers_to = 2025-12-31\nschema = 2\n\n")
	g.sources()
	g.issues()
	g.writePeople()
	g.writeRounds()
	g.events(events)
	g.deadlines(deadlines)
	return g.b.Bytes()
}

// The synthetic timeline.
const (
	synthDays    = 365 // events spread over the year from synthBase
	synthPairs   = 74  // source pairs, one every five days
	synthIssues  = 10
	synthEntries = 12 // status entries per issue, one every 30 days
)

var synthBase = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

type synth struct {
	b              bytes.Buffer
	people, rounds int
}

func (g *synth) f(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

func day(d int) string { return synthBase.AddDate(0, 0, d).Format(time.DateOnly) }

// cite returns the sources line of a record on day d: the latest pair
// published before it, and on some days a weak source or a copy too.
func cite(d int) string {
	j := min(max(d/5-1, 0), synthPairs-1)
	extra := ""
	switch d % 7 {
	case 3:
		extra = fmt.Sprintf(", \"weak-%d\"", j/10)
	case 5:
		extra = fmt.Sprintf(", \"copy-%d\"", j/10)
	}
	return fmt.Sprintf("sources = [\"wire-%d\", \"off-%d\"%s]\nconfidence = \"confirmed\"\n", j, j, extra)
}

func (g *synth) sources() {
	for j := range synthPairs {
		g.f("[[sources]]\nid = \"wire-%d\"\noutlet = \"Reuters\"\ntitle = \"Report %d\"\ndate = %q\nkind = \"wire\"\n"+
			"url = \"https://www.reuters.com/world/report-%d/\"\n\n", j, j, day(5*j), j)
		g.f("[[sources]]\nid = \"off-%d\"\noutlet = \"The White House\"\ntitle = \"Notice %d\"\ndate = %q\nkind = \"official\"\n"+
			"published = %sT09:00:00-05:00\nzone = \"America/New_York\"\n\n", j, j, day(5*j), day(5*j))
		if j%10 == 0 {
			g.f("[[sources]]\nid = \"weak-%d\"\noutlet = \"Aggregator\"\ntitle = \"Copy %d\"\ndate = %q\nkind = \"weak\"\n\n",
				j/10, j, day(5*j))
			g.f("[[sources]]\nid = \"copy-%d\"\noutlet = \"A newspaper\"\ntitle = \"Report %d (Reuters)\"\ndate = %q\n"+
				"kind = \"wire\"\nvia = \"Reuters\"\ncopy_of = \"wire-%d\"\nzone = \"Asia/Shanghai\"\n\n", j/10, j, day(5*j), j)
			g.f("[[sources]]\nid = \"mirror-%d\"\noutlet = \"A mirror\"\ntitle = \"Notice %d (copy)\"\ndate = \"%s\"\n"+
				"kind = \"official-copy\"\nvia = \"White House\"\n\n", j/10, j, day(5 * j)[:7])
		}
	}
}

func (g *synth) issues() {
	statuses := []string{"open", "suspended", "lapsed", "agreed", "stalled", "sidelined"}
	for i := range synthIssues {
		g.f("[[issues]]\nid = \"issue-%d\"\nname = \"Issue %d\"\nsummary = \"What is at stake.\"\n%s\n", i, i, cite(i+10))
		for k := range synthEntries {
			d := 30*k + i + 5
			st := statuses[k%len(statuses)]
			g.f("  [[issues.statuses]]\n  known = %s\n  zone = \"America/New_York\"\n  status = %q\n  note = \"Entry %d.\"\n",
				day(d), st, k)
			if st == "suspended" {
				g.f("  until = %s\n", day(d+20))
			}
			if k%3 == 1 && g.rounds > k {
				g.f("  round = \"round-%d\"\n", k)
			}
			g.f("  %s\n", indent(cite(d)))
		}
		for k := range synthEntries {
			d := 30*k + i + 15
			g.f("  [[issues.positions]]\n  side = \"us\"\n  known = %s\n  text = \"US stance %d.\"\n", day(d), k)
			if g.people > 0 {
				g.f("  people = [\"person-%d\"]\n", (i+k)%g.people)
			}
			g.f("  %s\n", indent(cite(d)))
			g.f("  [[issues.positions]]\n  side = \"china\"\n  known = %sT20:00:00+08:00\n  text = \"China stance %d.\"\n  %s\n",
				day(d+1), k, indent(cite(d+1)))
		}
	}
}

func indent(s string) string {
	return string(bytes.ReplaceAll([]byte(s[:len(s)-1]), []byte("\n"), []byte("\n  ")))
}

func (g *synth) writePeople() {
	sides := []string{"us", "china", "other"}
	for i := range g.people {
		g.f("[[people]]\nid = \"person-%d\"\nname = \"Person %d\"\nside = %q\ntitle = \"Official\"\n"+
			"issues = [\"issue-%d\"]\n", i, i, sides[i%3], i%synthIssues)
		if i%10 == 9 {
			g.f("known = %s\n", day(i%synthDays))
		}
		g.f("%s\n", cite(i%synthDays))
	}
}

func (g *synth) writeRounds() {
	for i := range g.rounds {
		d := i % synthDays
		g.f("[[rounds]]\nid = \"round-%d\"\nnumber = %d\nname = \"Round %d\"\ncity = \"Geneva\"\n"+
			"country = \"Switzerland\"\nzone = \"Europe/Zurich\"\nstart = %s\nend = %s\noutcome = \"Talks.\"\n"+
			"issues = [\"issue-%d\"]\n", i, i+1, i+1, day(d), day(d+1), i%synthIssues)
		if i%3 == 0 {
			g.f("outcome_known = %sT18:00:00\n", day(d+1))
		}
		g.f("%s", cite(d))
		for j := range min(8, g.people) {
			g.f("\n[[rounds.attendance]]\nperson = \"person-%d\"\nrole = \"delegate\"\n", (i*8+j)%g.people)
			switch j % 4 {
			case 1:
				g.f("known = %s\n", day(d-2))
			case 2:
				g.f("role_known = %sT12:00:00\n", day(d))
			}
			g.f("%s", cite(d))
		}
		g.b.WriteByte('\n')
	}
}

func (g *synth) events(n int) {
	kinds := []string{"tariff", "statement", "meeting", "threat", "agreement"}
	step := time.Duration(synthDays) * 24 * time.Hour / time.Duration(max(n, 1))
	for i := range n {
		at := synthBase.Add(time.Duration(i) * step).Truncate(time.Minute)
		d := int(at.Sub(synthBase) / (24 * time.Hour))
		when := at.Format("2006-01-02T15:04:05")
		if i%5 == 4 {
			when = at.Format(time.DateOnly)
		}
		g.f("[[events]]\nid = \"event-%d\"\nat = %s\nzone = \"Asia/Shanghai\"\nkind = %q\n"+
			"title = \"Event %d\"\nsummary = \"Something happened between the two sides on this day.\"\n",
			i, when, kinds[i%len(kinds)], i)
		if i%7 == 3 {
			g.f("known = %s\n", at.Add(2*time.Hour).Format("2006-01-02T15:04:05"))
		}
		if g.rounds > 0 && i%50 == 0 {
			g.f("round = \"round-%d\"\n", (i/50)%g.rounds)
		}
		if g.people > 0 {
			g.f("people = [\"person-%d\", \"person-%d\"]\n", i%g.people, (i+1)%g.people)
		}
		g.f("issues = [\"issue-%d\"]\n%s\n", i%synthIssues, cite(d))
		if i%100 == 50 {
			g.f("[[discrepancies]]\nid = \"discrepancy-%d\"\nsource = \"weak-%d\"\nclaim = \"A wrong date.\"\n"+
				"correction = \"The record's date.\"\nevents = [\"event-%d\"]\n%s\n", i, min(d/50, (synthPairs-1)/10), i, cite(d+5))
		}
	}
}

func (g *synth) deadlines(n int) {
	for i := range n {
		at := synthBase.AddDate(0, 0, i).Add(time.Minute)
		set := at.AddDate(0, 0, -90)
		g.f("[[deadlines]]\nid = \"deadline-%d\"\ntitle = \"Deadline %d\"\nat = %s\nzone = \"America/New_York\"\n"+
			"set = %s\nwhat = \"Tariffs return.\"\nissues = [\"issue-%d\"]\n%s",
			i, i, at.Format("2006-01-02T15:04:05"), set.Format(time.DateOnly), i%synthIssues, cite(i))
		switch {
		case i >= synthDays:
			g.b.WriteString("outcome = \"pending\"\n")
		case i%4 == 1:
			g.f("outcome = \"averted\"\noutcome_known = %s\noutcome_note = \"Called off early.\"\n",
				set.AddDate(0, 0, 10).Format(time.DateOnly))
		case i%4 == 2 && i+1 < n:
			g.f("outcome = \"extended\"\nreplaced_by = \"deadline-%d\"\n", i+1)
		case i%4 == 3:
			g.b.WriteString("outcome = \"unknown\"\n")
		default:
			g.b.WriteString("outcome = \"took-effect\"\n")
		}
		g.b.WriteByte('\n')
	}
}
