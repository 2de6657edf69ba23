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
// clock's instant, at which each event's STATUS and outcome are told
// (icsStatus): a deadline settled before it fell due is CANCELLED, so that
// a calendar does not show it as something that happens.
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
		st := dl.StateAt(stamp)
		line("SUMMARY", icsText(ui.Clean(dl.Title)))
		line("STATUS", icsStatus(st))
		line("DESCRIPTION", icsText(icsDescription(ds, dl, st, stamp)))
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

// icsStatus is an event's STATUS (RFC 5545 §3.8.1.11) from its deadline's
// state at the export's instant: CANCELLED once it is known not to happen
// as set (averted, extended or superseded, whether settled before it fell
// due or known only after), CONFIRMED once it took effect, TENTATIVE while
// its outcome is not known (pending, or passed with none recorded, or
// unknown to the sources).
func icsStatus(st model.DeadlineState) string {
	if !st.OutcomeKnown {
		return "TENTATIVE"
	}
	switch st.Outcome {
	case model.OutcomeAverted, model.OutcomeExtended, model.OutcomeSuperseded:
		return "CANCELLED"
	case model.OutcomeTookEffect:
		return "CONFIRMED"
	case model.OutcomePending, model.OutcomeUnknown:
	}
	return "TENTATIVE"
}

// icsOutcome words the outcome line of an event's description from its
// state at the export's instant, so that the text says why the STATUS is
// what it is, such as "Outcome: averted on Fri 7 Nov 2025, before it fell
// due; it did not take place.".
func icsOutcome(dl *model.Deadline, st model.DeadlineState, stamp time.Time) string {
	word := ui.OutcomeWord(st.Outcome)
	switch {
	case st.SettledEarly:
		return "Outcome: " + word + " on " + ui.FormatInstant(dl.OutcomeKnown) + ", before it fell due; it did not take place."
	case icsStatus(st) == "CANCELLED":
		return "Outcome: " + word + "; it did not take place as set."
	case st.Outcome == model.OutcomeUnknown:
		return "Outcome: unknown; the sources do not say."
	case st.OutcomeKnown:
		return "Outcome: " + word + "."
	case st.AfterCoverage:
		return "Outcome: passed " + ui.AfterCoverageWords + "."
	case st.Passed:
		return "Outcome: passed; " + word + "."
	}
	return "Outcome: pending; not yet known at " + stamp.UTC().Format(ui.LayoutMinute) + ", the time of this export."
}

// icsDescription is the event's text: what was to happen, the due time as
// set, the outcome as known at the export's instant (st, at stamp) and the
// sources.
func icsDescription(ds *model.Dataset, dl *model.Deadline, st model.DeadlineState, stamp time.Time) string {
	var b strings.Builder
	b.WriteString(ui.CleanBlock(dl.What))
	due := ui.FormatInstant(dl.At)
	if dl.At.IsDateOnly() {
		due += " (no time of day was set)"
	}
	fmt.Fprintf(&b, "\n\nDue: %s, %s.", due, ui.Clean(dl.Zone))
	b.WriteString("\n" + icsOutcome(dl, st, stamp))
	if st.OutcomeKnown && dl.OutcomeNote != "" {
		b.WriteString(" " + ui.CleanBlock(dl.OutcomeNote))
	}
	if r, ok := ds.Deadline(dl.ReplacedBy); ok && dl.ReplacedBy != "" {
		fmt.Fprintf(&b, "\nReplaced by: %s.", ui.Clean(r.Title))
	}
	fmt.Fprintf(&b, "\nConfidence: %s.", ui.SourcedWord(dl.Sourced, ui.Spelled))
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
