package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// iCalendar (RFC 5545) export of the deadlines: one VEVENT per deadline.

// icsMaxOctets is the longest content line, CRLF excluded (RFC 5545 §3.1).
const icsMaxOctets = 75

// icsUIDDomain ends every UID, so that importing a newer export updates
// the events instead of duplicating them.
const icsUIDDomain = "truce-dev.github.io"

// WriteICS writes the deadlines as an iCalendar object (RFC 5545), one
// VEVENT each: a date-only deadline as an all-day event (VALUE=DATE), an
// exact one at its UTC instant. stamp is the DTSTAMP of every event: the
// clock's instant.
func WriteICS(w io.Writer, ds *model.Dataset, stamp time.Time) error {
	var b strings.Builder
	line := func(name, value string) { b.WriteString(foldICS(name + ":" + value)) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//truce-dev//truce//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", icsText(ui.Clean(ds.Meta.Title)+" deadlines"))
	line("X-WR-CALDESC", icsText("Data "+ui.Coverage(ds.Meta)+"."))
	for _, dl := range ds.DeadlinesInOrder() {
		line("BEGIN", "VEVENT")
		line("UID", icsText(dl.ID+"@"+icsUIDDomain))
		line("DTSTAMP", icsUTC(stamp))
		if dl.At.IsDateOnly() {
			day := dl.At.Time
			line("DTSTART;VALUE=DATE", day.Format("20060102"))
			line("DTEND;VALUE=DATE", day.AddDate(0, 0, 1).Format("20060102"))
		} else {
			line("DTSTART", icsUTC(dl.At.Time))
		}
		line("SUMMARY", icsText(ui.Clean(dl.Title)))
		line("DESCRIPTION", icsText(icsDescription(ds, dl)))
		if url := firstURL(ds, dl.Sources); url != "" {
			line("URL;VALUE=URI", ui.Clean(url))
		}
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	_, err := io.WriteString(w, b.String())
	return err
}

// icsUTC formats an instant as a UTC date-time: 20251110T050100Z.
func icsUTC(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// icsDescription is the event's text: what was to happen, the due time as
// set, the outcome and the sources.
func icsDescription(ds *model.Dataset, dl *model.Deadline) string {
	var b strings.Builder
	b.WriteString(ui.CleanBlock(dl.What))
	due := ui.FormatInstant(dl.At)
	if dl.At.IsDateOnly() {
		due += " (no time of day was set)"
	}
	fmt.Fprintf(&b, "\n\nDue: %s, %s.", due, ui.Clean(dl.Zone))
	if dl.Outcome != model.OutcomePending {
		fmt.Fprintf(&b, "\nOutcome: %s.", ui.OutcomeWord(dl.Outcome))
		if dl.OutcomeNote != "" {
			b.WriteString(" " + ui.CleanBlock(dl.OutcomeNote))
		}
	}
	if r, ok := ds.Deadline(dl.ReplacedBy); ok && dl.ReplacedBy != "" {
		fmt.Fprintf(&b, "\nReplaced by: %s.", ui.Clean(r.Title))
	}
	fmt.Fprintf(&b, "\nConfidence: %s.", dl.Confidence.Label())
	for _, id := range dl.Sources {
		b.WriteString("\nSource: ")
		if s, ok := ds.Source(id); ok {
			b.WriteString(ui.Clean(s.Outlet + ", " + s.Title + " (" + s.Date + ")"))
			if s.URL != "" {
				b.WriteString(" " + ui.Clean(s.URL))
			}
		} else {
			b.WriteString(ui.Clean(id))
		}
	}
	return b.String()
}

// firstURL returns the URL of the first source that has one.
func firstURL(ds *model.Dataset, ids []string) string {
	for _, id := range ids {
		if s, ok := ds.Source(id); ok && s.URL != "" && !strings.ContainsAny(s.URL, " \"<>") {
			return s.URL
		}
	}
	return ""
}

// icsText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon,
// comma and newline. Control characters, which TEXT may not hold, are
// already gone (ui.Clean).
func icsText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// foldICS ends a content line with CRLF, folding it so that no line is
// longer than 75 octets: each continuation starts with a space. A UTF-8
// sequence is never split.
func foldICS(s string) string {
	var b strings.Builder
	limit := icsMaxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = icsMaxOctets - 1
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	return b.String()
}
