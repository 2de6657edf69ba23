package data

import (
	"bytes"
	"fmt"
	"time"
)

// Synthetic returns a valid data file with the given numbers of events,
// people, rounds (each attended by up to eight people) and deadlines, for
// benchmarks and load tests. The output depends only on the arguments.
func Synthetic(events, people, rounds, deadlines int) []byte {
	var b bytes.Buffer
	b.Grow(events*330 + people*200 + rounds*1400 + deadlines*330 + 1024)
	b.WriteString("[meta]\ntitle = \"Synthetic data\"\nchecked = 2025-11-12\nschema = 1\n\n")
	b.WriteString("[[sources]]\nid = \"src-0\"\noutlet = \"Wire\"\ntitle = \"Report\"\ndate = \"2025-10-12\"\nkind = \"wire\"\n\n")
	b.WriteString("[[sources]]\nid = \"src-1\"\noutlet = \"Office\"\ntitle = \"Notice\"\ndate = \"2025-10\"\nkind = \"official\"\n\n")
	b.WriteString("[[issues]]\nid = \"issue-0\"\nname = \"Tariffs\"\nsummary = \"Rates.\"\nus = \"Keep.\"\nchina = \"Cut.\"\n" +
		"status = \"open\"\nsources = [\"src-0\"]\nconfidence = \"single\"\n\n")
	sides := []string{"us", "china", "other"}
	for i := range people {
		fmt.Fprintf(&b, "[[people]]\nid = \"person-%d\"\nname = \"Person %d\"\nside = %q\ntitle = \"Official\"\n"+
			"issues = [\"issue-0\"]\nsources = [\"src-0\", \"src-1\"]\nconfidence = \"confirmed\"\n\n", i, i, sides[i%3])
	}
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range rounds {
		day := base.AddDate(0, 0, i)
		fmt.Fprintf(&b, "[[rounds]]\nid = \"round-%d\"\nnumber = %d\nname = \"Round %d\"\ncity = \"Geneva\"\n"+
			"country = \"Switzerland\"\nzone = \"Europe/Zurich\"\nstart = %s\nend = %s\noutcome = \"Talks.\"\n"+
			"issues = [\"issue-0\"]\nsources = [\"src-0\"]\nconfidence = \"single\"\n",
			i, i+1, i+1, day.Format(time.DateOnly), day.AddDate(0, 0, 1).Format(time.DateOnly))
		for j := range min(8, max(people, 0)) {
			fmt.Fprintf(&b, "\n[[rounds.attendance]]\nperson = \"person-%d\"\nrole = \"delegate\"\n"+
				"sources = [\"src-0\"]\nconfidence = \"single\"\n", (i*8+j)%people)
		}
		b.WriteByte('\n')
	}
	writeSyntheticEvents(&b, events, people, rounds, base)
	for i := range deadlines {
		at := base.AddDate(0, 0, i).Add(time.Minute)
		fmt.Fprintf(&b, "[[deadlines]]\nid = \"deadline-%d\"\ntitle = \"Deadline %d\"\nat = %s\n"+
			"zone = \"America/New_York\"\nset = %s\nwhat = \"Tariffs return.\"\noutcome = \"pending\"\n"+
			"issues = [\"issue-0\"]\nsources = [\"src-1\"]\nconfidence = \"single\"\n\n",
			i, i, at.Format("2006-01-02T15:04:05"), at.AddDate(0, 0, -90).Format(time.DateOnly))
	}
	return b.Bytes()
}

func writeSyntheticEvents(b *bytes.Buffer, events, people, rounds int, base time.Time) {
	kinds := []string{"tariff", "statement", "meeting", "threat", "agreement"}
	for i := range events {
		at := base.Add(time.Duration(i) * 37 * time.Minute)
		fmt.Fprintf(b, "[[events]]\nid = \"event-%d\"\nat = %s\nzone = \"Asia/Shanghai\"\nkind = %q\n"+
			"title = \"Event %d\"\nsummary = \"Something happened between the two sides on this day.\"\n",
			i, at.Format("2006-01-02T15:04:05"), kinds[i%len(kinds)], i)
		if rounds > 0 && i%50 == 0 {
			fmt.Fprintf(b, "round = \"round-%d\"\n", (i/50)%rounds)
		}
		if people > 0 {
			fmt.Fprintf(b, "people = [\"person-%d\", \"person-%d\"]\n", i%people, (i+1)%people)
		}
		b.WriteString("issues = [\"issue-0\"]\nsources = [\"src-0\", \"src-1\"]\nconfidence = \"confirmed\"\n\n")
	}
}
