package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// The one vocabulary of truce: how every output (dashboard, print, status,
// the Markdown and iCalendar exports) words instants, durations, counts,
// deadline states and outcomes. Nothing else formats these.

// Plural formats a count with a noun, in the plural when the count is not
// one: "1 source", "3 sources", "2 discrepancies". Nouns ending in a
// consonant and y take -ies, in ch, sh, s or x -es; "person" becomes
// "people".
func Plural(n int, noun string) string {
	return string(appendPlural(make([]byte, 0, 32), n, noun))
}

// appendPlural appends Plural(n, noun) to b.
func appendPlural(b []byte, n int, noun string) []byte {
	if n == 1 {
		return append(append(b, "1 "...), noun...)
	}
	b = append(strconv.AppendInt(b, int64(n), 10), ' ')
	return appendPluralNoun(b, noun)
}

// appendPluralNoun appends the plural of an English noun as truce uses
// them.
func appendPluralNoun(b []byte, noun string) []byte {
	if stem, ok := strings.CutSuffix(noun, "person"); ok {
		return append(append(b, stem...), "people"...)
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && stem != "" && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return append(append(b, stem...), "ies"...)
	}
	for _, end := range [...]string{"ch", "sh", "s", "x"} {
		if strings.HasSuffix(noun, end) {
			return append(append(b, noun...), "es"...)
		}
	}
	return append(append(b, noun...), 's')
}

// FormatDuration formats a duration compactly: "13d 11:59:03", with days
// only from 24 hours on. It truncates to the second, never rounds up; the
// sign is dropped.
func FormatDuration(d time.Duration) string {
	return string(appendDuration(make([]byte, 0, 24), d))
}

// appendDuration appends FormatDuration(d) to b.
func appendDuration(b []byte, d time.Duration) []byte {
	if d < 0 {
		d = -d
	}
	d = d.Truncate(time.Second)
	days := int64(d / (24 * time.Hour))
	d -= time.Duration(days) * 24 * time.Hour
	h, m, s := int64(d/time.Hour), int64(d/time.Minute)%60, int64(d/time.Second)%60
	if days > 0 {
		b = append(strconv.AppendInt(b, days, 10), "d "...)
	}
	return append2(append(append2(append(append2(b, h), ':'), m), ':'), s)
}

// append2 appends a number of at least two digits (%02d).
func append2(b []byte, n int64) []byte {
	if n >= 0 && n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, n, 10)
}

// SpellDuration writes a duration in words. exact gives every unit down to
// seconds ("13 days, 11 hours, 59 minutes and 3 seconds"); otherwise only
// the two largest units are kept ("2 days and 4 hours"), and from a week on
// the days alone ("13 days").
func SpellDuration(d time.Duration, exact bool) string {
	if d < 0 {
		d = -d
	}
	d = d.Truncate(time.Second)
	units := []struct {
		n    int64
		name string
	}{
		{int64(d / (24 * time.Hour)), "day"},
		{int64(d/time.Hour) % 24, "hour"},
		{int64(d/time.Minute) % 60, "minute"},
		{int64(d/time.Second) % 60, "second"},
	}
	var parts []string
	for i, u := range units {
		if u.n == 0 {
			continue
		}
		if !exact && len(parts) == 0 && i == 0 && u.n >= 7 {
			return Plural(int(u.n), u.name)
		}
		parts = append(parts, Plural(int(u.n), u.name))
		if !exact && len(parts) == 2 {
			break
		}
	}
	switch len(parts) {
	case 0:
		return "0 seconds"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// DayCount words a signed number of calendar days from today: "in 3 days",
// "today", "3 days ago".
func DayCount(n int) string {
	return string(appendDayCount(make([]byte, 0, 24), n))
}

// appendDayCount appends DayCount(n) to b.
func appendDayCount(b []byte, n int) []byte {
	switch {
	case n > 0:
		return appendPlural(append(b, "in "...), n, "day")
	case n == 0:
		return append(b, "today"...)
	default:
		return append(appendPlural(b, -n, "day"), " ago"...)
	}
}

// OutcomeWord words what became of a deadline, one phrase per outcome:
// "averted", "extended", "took effect", "superseded", "outcome unknown"
// (passed, and the sources do not say) and "outcome not yet recorded".
func OutcomeWord(o model.Outcome) string {
	switch o {
	case model.OutcomeAverted:
		return "averted"
	case model.OutcomeExtended:
		return "extended"
	case model.OutcomeTookEffect:
		return "took effect"
	case model.OutcomeSuperseded:
		return "superseded"
	case model.OutcomeUnknown:
		return "outcome unknown"
	default:
		return "outcome not yet recorded"
	}
}

// OutcomeAt words what became of a deadline as known at now, as
// DeadlineState says it: OutcomeWord, or AfterCoverageWords ("after the
// data's coverage; outcome not recorded") once it passed after the data's
// coverage with nothing recorded.
func OutcomeAt(dl *model.Deadline, now time.Time) string {
	st := dl.StateAt(now)
	if st.AfterCoverage {
		return AfterCoverageWords
	}
	return OutcomeWord(st.Outcome)
}

// RoundOutcome words a round's outcome as known at the instant its dataset
// was taken at (model.Dataset.AsOf), or where the round stands while none
// is known: "in progress", "ended; outcome not yet reported", "not
// started"; "not reported" when a concluded round gives none. The result
// is not yet cleaned.
func RoundOutcome(r *model.Round) string {
	if r.Outcome != "" {
		return r.Outcome
	}
	if r.State != "" && r.State != model.RoundConcluded {
		return r.State.Label()
	}
	return "not reported"
}

// Wording chooses between the compact and the spelled-out form of a state.
type Wording int

const (
	// Compact is for a status bar or a column: "13d 11:59:03 left".
	Compact Wording = iota
	// Spelled is for reading: "13 days, 11 hours, 59 minutes and 3 seconds
	// left".
	Spelled
)

// DeadlineState words where a deadline stands at now, with its outcome once
// known: "13d 11:59:03 left", "due now", "passed 00:00:05 ago, extended",
// and from a day after it "passed 13 days ago, extended"; a date-only
// deadline counts calendar days in its zone and never shows hours: "in 6
// days", "due today", "passed 3 days ago, took effect". An outcome known
// before the deadline reads "averted (it would have fallen due in 2 days)",
// and on and after its day "… due today", "… due 3 days ago"; one that
// passed after the data's coverage with nothing recorded reads "passed 20
// days ago, after the data's coverage; outcome not recorded".
func DeadlineState(dl *model.Deadline, now time.Time, w Wording) string {
	head, tail := DeadlineStateParts(dl, now, w)
	return head + tail
}

// DeadlineStateParts is DeadlineState in two: its head, to be read whole
// (the time left, the passing, or an outcome known before the deadline),
// and the rest, which a narrow line may cut (", extended", " (it would have
// fallen due in 2 days)"; "" when there is none).
func DeadlineStateParts(dl *model.Deadline, now time.Time, w Wording) (head, tail string) {
	st := dl.StateAt(now)
	if st.SettledEarly {
		return OutcomeWord(st.Outcome), " (it would have fallen due " + dueIn(dl, st, now, w) + ")"
	}
	outcome := ", " + OutcomeWord(st.Outcome)
	if st.AfterCoverage {
		outcome = ", " + AfterCoverageWords
	}
	if dl.At.IsDateOnly() {
		switch n := dl.DaysUntil(now); {
		case n > 0:
			return DayCount(n), ""
		case n == 0:
			return "due today", ""
		default:
			return "passed " + DayCount(n), outcome
		}
	}
	switch {
	case !st.Passed && w == Spelled:
		return SpellDuration(st.Left, true) + " left", ""
	case !st.Passed:
		return FormatDuration(st.Left) + " left", ""
	case st.Since < time.Second:
		return "due now", ""
	case w == Spelled:
		return "passed " + SpellDuration(st.Since, false) + " ago", outcome
	case st.Since >= 24*time.Hour:
		// A day on, the seconds no longer matter (and a status bar or an
		// idle dashboard need not repaint every second).
		return "passed " + Plural(int(st.Since/(24*time.Hour)), "day") + " ago", outcome
	}
	return "passed " + FormatDuration(st.Since) + " ago", outcome
}

// dueIn words when a deadline settled early falls, or fell, due, from now:
// "in 2 days", "today", "3 days ago", "in 05:00:00", "00:05:03 ago". It
// follows "would have fallen due", which reads in every tense.
func dueIn(dl *model.Deadline, st model.DeadlineState, now time.Time, w Wording) string {
	switch {
	case dl.At.IsDateOnly():
		return DayCount(dl.DaysUntil(now))
	case st.Passed:
		return string(appendSince(nil, st.Since))
	case w == Spelled:
		return "in " + SpellDuration(st.Left, false)
	}
	return "in " + FormatDuration(st.Left)
}

// TermWords words the term of an issue's current status at now, its end
// for a reader in zone viewer (FormatAt): "until Tue 10 Nov 2026 13:01 CST
// (00:01 EST in New York)", "ran out on …", "ran to …, after the data's
// coverage; what followed is not recorded"; "" without a term.
func TermWords(t model.Term, viewer *time.Location) string {
	switch {
	case t.Until.IsZero():
		return ""
	case t.AfterCoverage:
		return "ran to " + FormatAt(t.Until, viewer) + ", after the data's coverage; what followed is not recorded"
	case t.RanOut:
		return "ran out on " + FormatAt(t.Until, viewer)
	}
	return "until " + FormatAt(t.Until, viewer)
}

// IssueStatusWord is an issue's status as a list shows it at now: the
// status, or "ran out" once its term has, with no later status known.
func IssueStatusWord(is *model.Issue, now time.Time) string {
	if is.TermAt(now).RanOut {
		return "ran out"
	}
	return string(is.Status)
}

// PersonLabel is a person's name with the native name after it: "He Lifeng
// 何立峰", or the plain name. The result is not yet cleaned.
func PersonLabel(p *model.Person) string {
	if p.Native != "" {
		return p.Name + " " + p.Native
	}
	return p.Name
}

// DeadlineLeft is a deadline's time left or since for a narrow column
// (at most 15 cells): "13d 11:59:03", "in 6 days", "today",
// "00:05:03 ago", "474 days ago".
func DeadlineLeft(dl *model.Deadline, now time.Time) string {
	return string(AppendDeadlineLeft(make([]byte, 0, 24), dl, now))
}

// AppendDeadlineLeft appends DeadlineLeft(dl, now) to b: a caller that
// keeps the last words compares before it makes a string of them, and a
// tick that changes nothing allocates nothing.
func AppendDeadlineLeft(b []byte, dl *model.Deadline, now time.Time) []byte {
	st := dl.StateAt(now)
	if st.SettledEarly {
		return append(b, OutcomeWord(st.Outcome)...) // settled before it fell due: no countdown
	}
	if dl.At.IsDateOnly() {
		return appendDayCount(b, dl.DaysUntil(now))
	}
	if !st.Passed {
		return appendDuration(b, st.Left)
	}
	return appendSince(b, st.Since)
}

// appendSince appends the time since an exact instant: "00:05:03 ago",
// from a day on "13 days ago".
func appendSince(b []byte, since time.Duration) []byte {
	if since >= 24*time.Hour {
		return append(appendPlural(b, int(since/(24*time.Hour)), "day"), " ago"...)
	}
	return append(appendDuration(b, since), " ago"...)
}

// EventKindWord words an event's kind: "round", "export control"; in
// Compact, at most 9 cells for a narrow column: "controls" for export
// controls, "probe" for an investigation, "deal" for an agreement.
func EventKindWord(k model.EventKind, w Wording) string {
	if w == Compact {
		switch k {
		case model.KindExportControl:
			return "controls"
		case model.KindInvestigation:
			return "probe"
		case model.KindAgreement:
			return "deal"
		default: // the others are short already
		}
	}
	return strings.ReplaceAll(string(k), "-", " ")
}

// WatchWords words the deadline to watch: its title (with "+ N more" when
// several fall at the same moment) and its state ("06:01:00 left", "passed
// 00:00:05 ago, extended", "due today"); also the titles of the date-only
// deadlines beside it. Titles are cleaned.
func WatchWords(w model.Watch, now time.Time) (title, state string, beside []string) {
	dl := w.First()
	if dl == nil {
		return "", "", nil
	}
	title = Clean(dl.Title)
	if n := len(w.Deadlines) - 1; n > 0 {
		title += " + " + strconv.Itoa(n) + " more"
	}
	for _, b := range w.Beside {
		beside = append(beside, Clean(b.Title))
	}
	return title, DeadlineState(dl, now, Compact), beside
}

// ClockMarker names what is unusual about the dashboard's clock: "TIME
// TRAVEL" (shifted from real time), "PAUSED", both ("TIME TRAVEL ·
// PAUSED": a paused clock is not real time either), or "" for real time.
func ClockMarker(shifted, paused bool) string {
	switch {
	case shifted && paused:
		return "TIME TRAVEL · PAUSED"
	case paused:
		return "PAUSED"
	case shifted:
		return "TIME TRAVEL"
	}
	return ""
}
