package cli

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/data"
)

// TestStatusLines checks the status line before, at and after deadlines:
// the truce extension (exact: Mon 10 Nov 2025 00:01 EST = 05:01 UTC), the
// tariff threat (date-only: Sat 1 Nov 2025 in New York) and the last one.
func TestStatusLines(t *testing.T) {
	tests := []struct {
		name, at, want string
	}{
		{"upcoming", "2025-11-02T17:01:57Z",
			"Extended truce ends: 7d 11:59:03 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"under a day", "2025-11-09T12:00:00Z",
			"Extended truce ends: 17:01:00 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"one second before", "2025-11-10T05:00:59Z",
			"Extended truce ends: 00:00:01 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"fraction of a second before", "2025-11-10T05:00:59.5Z",
			"Extended truce ends: 00:00:01 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"passing", "2025-11-10T05:01:00Z",
			"Extended truce ends: due now · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"just passed", "2025-11-10T05:01:05Z",
			"Extended truce ends: passed 00:00:05 ago, superseded · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"a minute after: the next one", "2025-11-10T05:02:00Z",
			"One-year truce ends: in 365 days · Tue 10 Nov 2026 in New York"},
		{"date-only, days before", "2025-10-29T12:00:00Z",
			"100% tariff threat; \"all\" goods, from 1 November: in 3 days · Sat 1 Nov 2025 in New York"},
		{"date-only, the day before in New York", "2025-11-01T03:59:59Z",
			"100% tariff threat; \"all\" goods, from 1 November: in 1 day · Sat 1 Nov 2025 in New York"},
		{"date-only, passing at midnight in New York", "2025-11-01T04:00:00Z",
			"100% tariff threat; \"all\" goods, from 1 November: due today · Sat 1 Nov 2025 in New York"},
		{"date-only, the rest of its day", "2025-11-02T03:59:59Z",
			"100% tariff threat; \"all\" goods, from 1 November: due today · Sat 1 Nov 2025 in New York"},
		{"date-only, the day after", "2025-11-02T04:30:00Z",
			"Extended truce ends: 8d 00:31:00 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
		{"all passed: the last one", "2026-11-23T12:00:00Z",
			"One-year truce ends: passed 13 days ago, after the data's coverage; outcome not recorded · Tue 10 Nov 2026 in New York"},
		{"offset and zone name", "2025-11-09 19:00 Asia/Shanghai",
			"Extended truce ends: 18:01:00 left · Mon 10 Nov 2025 05:01 UTC (00:01 EST in New York)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "status", "--data", fixture, "--tz", "UTC", "--at", tt.at)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if got := strings.TrimSuffix(r.stdout, "\n"); got != tt.want {
				t.Errorf("status at %s:\n got %q\nwant %q", tt.at, got, tt.want)
			}
		})
	}
}

// TestStatusJSON checks the JSON object's fields and values.
func TestStatusJSON(t *testing.T) {
	r := runCLI(t, "status", "--json", "--data", fixture, "--tz", "America/New_York", "--at", "2025-11-10T05:00:00Z")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("want one line of JSON, got %q", r.stdout)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"id": "truce-extension", "at": "2025-11-10T00:01:00-05:00", "zone": "America/New_York",
		"date_only": false, "passed": false, "left_seconds": 60.0, "since_seconds": 0.0,
		"outcome": "pending", "text": "00:01:00 left", "now": "2025-11-10T00:00:00-05:00",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}

// TestStatusNoDeadline: before the data's first deadline is set, status
// says so on stdout and when the first is set (a status bar shows it, jq
// reads it) and exits 0, in every form.
func TestStatusNoDeadline(t *testing.T) {
	const want = "no deadline set yet; the data's first is set on Mon 12 May 2025\n"
	for _, form := range [][]string{nil, {"--tmux"}, {"--format", "{{.Text}}"}, {"--format", "{{.Line}}"}} {
		r := runCLI(t, append([]string{"status", "--data", fixture, "--at", "1950-01-01"}, form...)...)
		if r.code != 0 || r.stdout != want || r.stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 0 and %q", form, r.code, r.stdout, r.stderr, want)
		}
	}
	r := runCLI(t, "status", "--data", fixture, "--at", "1950-01-01", "--json", "--tz", "UTC")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("--json: exit %d, stderr %q", r.code, r.stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("--json: %v in %q", err, r.stdout)
	}
	for k, v := range map[string]any{"no_deadline": true, "now": "1950-01-01T00:00:00Z",
		"first_set": "2025-05-12", "text": strings.TrimSuffix(want, "\n")} {
		if got[k] != v {
			t.Errorf("--json: %s = %v, want %v", k, got[k], v)
		}
	}
}

// TestStatusFormatNoDeadline: before the data's first deadline is set,
// --format still runs its template (scripts get their shape), over a status
// whose deadline fields are empty or zero and whose Text says so.
func TestStatusFormatNoDeadline(t *testing.T) {
	const words = "no deadline set yet; the data's first is set on Mon 12 May 2025"
	r := runCLI(t, "status", "--data", fixture, "--at", "1950-01-01", "--tz", "UTC", "--format",
		"{{.ID}}|{{.Title}}|{{.Text}}|{{.Left}}|{{.Days}}|{{.Passed}}|{{.At.IsZero}}|{{.Now.Format \"2006-01-02\"}}|{{len .Also}}")
	if want := "||" + words + "|0s|0|false|true|1950-01-01|0\n"; r.code != 0 || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", r.code, r.stdout, r.stderr, want)
	}
}

// withDeadlines writes the fixture with extra TOML appended (deadlines).
func withDeadlines(t *testing.T, extra string) string {
	t.Helper()
	src, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "data.toml")
	if err := os.WriteFile(path, append(src, []byte("\n"+extra)...), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestStatusSameDay: an exact and a date-only deadline on the same day. In
// the exact one's last day status counts it down to the second and names
// the date-only one beside it, whichever comes first on the calendar.
func TestStatusSameDay(t *testing.T) {
	path := withDeadlines(t, `[[deadlines]]
id = "same-day"
title = "Date-only rule ends"
at = 2025-11-10
zone = "America/New_York"
set = 2025-11-01
what = "A rule returns."
outcome = "pending"
sources = ["seed-reuters"]
confidence = "single"
`)
	for at, want := range map[string]string{
		"2025-11-09T18:00:00-05:00": "Extended truce ends (+ 1 more): 06:01:00 left",
		"2025-11-09T23:59:50-05:00": "Extended truce ends (+ 1 more): 00:01:10 left",
		"2025-11-10T00:00:30-05:00": "Extended truce ends (+ 1 more): 00:00:30 left",
		"2025-11-10T00:01:05-05:00": "Extended truce ends (+ 1 more): passed 00:00:05 ago, superseded",
		"2025-11-10T00:02:00-05:00": "Date-only rule ends: due today",
	} {
		r := runCLI(t, "status", "--data", path, "--tz", "America/New_York", "--at", at)
		if r.code != 0 || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("at %s: exit %d, %q; want it to start %q", at, r.code, r.stdout, want)
		}
	}
	r := runCLI(t, "status", "--json", "--data", path, "--at", "2025-11-09T23:59:50-05:00")
	if !strings.Contains(r.stdout, `"also":["Date-only rule ends"]`) {
		t.Errorf("--json lacks the deadline beside: %s", r.stdout)
	}
}

// TestStatusOneLineAndTmux: output is always one line, and --tmux doubles
// every # so that tmux neither runs #(…) nor styles #[…] from a title.
func TestStatusOneLineAndTmux(t *testing.T) {
	path := withDeadlines(t, `[[deadlines]]
id = "hostile"
title = "#(rm -rf ~) #[fg=red]red ## #S\nsecond line"
at = 2025-11-09T13:00:00Z
zone = "UTC"
set = 2025-11-01
what = "x"
outcome = "pending"
sources = ["seed-reuters"]
confidence = "single"
`)
	r := runCLI(t, "status", "--tmux", "--data", path, "--at", "2025-11-09T12:00:00Z", "--tz", "UTC")
	want := "##(rm -rf ~) ##[fg=red]red #### ##S second line: 01:00:00 left · Sun 9 Nov 2025 13:00 UTC\n"
	if r.code != 0 || r.stdout != want {
		t.Errorf("status --tmux = %q (exit %d), want %q", r.stdout, r.code, want)
	}
	r = runCLI(t, "status", "--data", path, "--at", "2025-11-09T12:00:00Z", "--format", "{{.Title}}\n\n{{.Text}}\n")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("status --format with newlines: %q, want one line", r.stdout)
	}
}

// TestStatusTmuxWidth: --tmux keeps the line to TmuxWidth cells (the
// README's status-right-length), cutting whole " · " parts first; the #
// doubled after the cut count as one cell each, as tmux draws them.
func TestStatusTmuxWidth(t *testing.T) {
	path := withDeadlines(t, `[[deadlines]]
id = "long"
title = "A # title`+strings.Repeat(" long", 18)+`"
at = 2025-11-09T13:00:00Z
zone = "UTC"
set = 2025-11-01
what = "x"
outcome = "pending"
sources = ["seed-reuters"]
confidence = "single"
`)
	r := runCLI(t, "status", "--tmux", "--data", path, "--at", "2025-11-09T12:00:00Z", "--tz", "UTC")
	line := strings.TrimSuffix(r.stdout, "\n")
	want := "A ## title" + strings.Repeat(" long", 18) + ": 01:00:00 left …"
	if r.code != 0 || line != want {
		t.Errorf("status --tmux = %q (exit %d), want %q", r.stdout, r.code, want)
	}
	if w := ansi.StringWidth(strings.ReplaceAll(line, "##", "#")); w > TmuxWidth {
		t.Errorf("status --tmux is %d cells, more than %d", w, TmuxWidth)
	}
	r = runCLI(t, "status", "--data", path, "--at", "2025-11-09T12:00:00Z", "--tz", "UTC")
	if !strings.HasSuffix(r.stdout, " · Sun 9 Nov 2025 13:00 UTC\n") {
		t.Errorf("without --tmux the line is whole: %q", r.stdout)
	}
	for _, tt := range []struct{ in, want string }{
		{"short", "short"},
		{strings.Repeat("word ", 30), strings.Repeat("word ", 23) + "…"},
		{strings.Repeat("x", 130), strings.Repeat("x", 119) + "…"},
	} {
		if got := fitCells(tt.in, TmuxWidth); got != tt.want {
			t.Errorf("fitCells(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDaylightSavingGaps: a date-only deadline on a day whose midnight does
// not exist (Santiago, 7 Sep 2025: 00:00 became 01:00) is shown on that day
// in status, print, JSON and the .ics; a wall time inside a gap in a data
// file is an error naming the place.
func TestDaylightSavingGaps(t *testing.T) {
	path := withDeadlines(t, `[[deadlines]]
id = "santiago"
title = "Santiago day"
at = 2025-09-07
zone = "America/Santiago"
set = 2025-09-01
what = "x"
outcome = "pending"
sources = ["seed-reuters"]
confidence = "single"
`)
	at := []string{"--data", path, "--at", "2025-09-06T12:00:00Z", "--tz", "UTC"}
	r := runCLI(t, append([]string{"status", "--deadline", "santiago"}, at...)...)
	if !strings.Contains(r.stdout, "Sun 7 Sep 2025") || !strings.Contains(r.stdout, "in 1 day") {
		t.Errorf("status: %q", r.stdout)
	}
	r = runCLI(t, append([]string{"print", "countdowns"}, at...)...)
	if !strings.Contains(r.stdout, "Due: Sun 7 Sep 2025") {
		t.Errorf("print lacks the day:\n%s", r.stdout)
	}
	r = runCLI(t, append([]string{"export"}, at...)...)
	if !strings.Contains(r.stdout, `"at": "2025-09-07"`) {
		t.Errorf("JSON lacks the day")
	}
	r = runCLI(t, append([]string{"export", "--format", "ics"}, at...)...)
	if !strings.Contains(r.stdout, "DTSTART;VALUE=DATE:20250907\r\n") || !strings.Contains(r.stdout, "DTEND;VALUE=DATE:20250908\r\n") {
		t.Errorf("ics lacks the day")
	}
	gap := withDeadlines(t, `[[deadlines]]
id = "gap"
title = "In the gap"
at = 2026-03-08T02:30:00
zone = "America/New_York"
set = 2026-03-01
what = "x"
outcome = "pending"
sources = ["seed-reuters"]
confidence = "single"
`)
	r = runCLI(t, "status", "--data", gap)
	if r.code != exitUsage || !strings.Contains(r.stderr, "deadlines[4].at: 2026-03-08T02:30:00 does not exist in America/New_York") ||
		!strings.Contains(r.stderr, gap+":") {
		t.Errorf("a wall time in a gap: exit %d, %q", r.code, r.stderr)
	}
}

// TestStatusHelpSample: the sample line in status --help is what status
// prints from the built-in data with the flags the help gives.
func TestStatusHelpSample(t *testing.T) {
	r := runCLI(t, append([]string{"status"}, strings.Fields(statusSampleFlags)...)...)
	if r.code != 0 || r.stdout != statusSampleLine+"\n" {
		t.Errorf("status %s: exit %d, stdout %q, stderr %q; the help says %q", statusSampleFlags, r.code, r.stdout, r.stderr, statusSampleLine)
	}
	help := runCLI(t, "status", "--help")
	for _, want := range []string{"such as '" + statusSampleLine + "' (the first example below)",
		"EXAMPLES truce status " + statusSampleFlags + " # " + statusSampleLine} {
		if !strings.Contains(strings.Join(strings.Fields(help.stdout), " "), want) {
			t.Errorf("status --help lacks %q", want)
		}
	}
}

// TestStatusNoDeadlineNamesNone: before the first deadline is set, status
// may say the day it is set (as the line does) but never which deadline it
// is: no form of the output holds a deadline's id or title, and --json
// holds only the documented keys.
func TestStatusNoDeadlineNamesNone(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, form := range [][]string{nil, {"--json"}, {"--tmux"}, {"--format", "{{.ID}} {{.Title}}"}} {
		r := runCLI(t, append([]string{"status", "--at", "2025-01-01"}, form...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", form, r.code, r.stderr)
		}
		for _, dl := range ds.Deadlines {
			for _, s := range []string{dl.ID, dl.Title} {
				if strings.Contains(r.stdout, s) {
					t.Errorf("%v: names the deadline not yet set %q: %s", form, s, r.stdout)
				}
			}
		}
		if len(form) == 0 || form[0] != "--json" {
			continue
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
			t.Fatalf("--json: %v in %q", err, r.stdout)
		}
		keys := slices.Sorted(maps.Keys(got))
		if want := []string{"coverage", "first_set", "line", "no_deadline", "now", "text"}; !slices.Equal(keys, want) {
			t.Errorf("--json keys %v, want %v", keys, want)
		}
	}
}

// TestStatusNamesADayOfAnotherZone: a date-only deadline's day is its own
// zone's; when the reader's zone has another day, status says whose
// (at 22:00 on 30 Nov in Los Angeles it is already 1 Dec in New York).
func TestStatusNamesADayOfAnotherZone(t *testing.T) {
	r := runCLI(t, "status", "--tz", "America/Los_Angeles", "--at", "2025-12-01T01:00-05:00")
	if want := "due today · Mon 1 Dec 2025 in New York"; !strings.Contains(r.stdout, want) {
		t.Errorf("status = %q, want it to contain %q", r.stdout, want)
	}
	r = runCLI(t, "status", "--tz", "America/New_York", "--at", "2025-12-01T10:00-05:00")
	if strings.Contains(r.stdout, " in New York") {
		t.Errorf("status names the place although the reader is there: %q", r.stdout)
	}
}
