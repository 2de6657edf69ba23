package export

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// icsProp is one unfolded content line: name, parameters and value.
type icsProp struct {
	name   string
	params map[string]string
	value  string
}

// icsComponent is a parsed BEGIN…END block.
type icsComponent struct {
	name     string
	props    []icsProp
	children []*icsComponent
}

func (c *icsComponent) all(name string) []icsProp {
	var out []icsProp
	for _, p := range c.props {
		if p.name == name {
			out = append(out, p)
		}
	}
	return out
}

// parseICS checks the physical form of an iCalendar stream (CRLF endings,
// lines of at most 75 octets, folds that do not split UTF-8) and parses it
// into components, checking BEGIN/END nesting (RFC 5545 §3.1, §3.4).
func parseICS(t *testing.T, s string) *icsComponent {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatal("stream does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var logical []string
	for i, ln := range physical {
		if strings.ContainsAny(ln, "\r\n") {
			t.Fatalf("line %d holds a bare CR or LF: %q", i+1, ln)
		}
		if len(ln) > icsMaxOctets {
			t.Errorf("line %d is %d octets: %q", i+1, len(ln), ln)
		}
		if !utf8.ValidString(ln) {
			t.Errorf("line %d is not valid UTF-8 on its own (a fold split a character): %q", i+1, ln)
		}
		for _, r := range ln {
			if r < 0x20 && r != '\t' || r == 0x7f {
				t.Errorf("line %d holds control character %U", i+1, r)
			}
		}
		if strings.HasPrefix(ln, " ") || strings.HasPrefix(ln, "\t") {
			if len(logical) == 0 {
				t.Fatalf("line %d continues nothing", i+1)
			}
			logical[len(logical)-1] += ln[1:]
			continue
		}
		logical = append(logical, ln)
	}
	root := &icsComponent{}
	stack := []*icsComponent{root}
	for _, ln := range logical {
		p := parseProp(t, ln)
		top := stack[len(stack)-1]
		switch p.name {
		case "BEGIN":
			c := &icsComponent{name: p.value}
			top.children = append(top.children, c)
			stack = append(stack, c)
		case "END":
			if top.name != p.value {
				t.Fatalf("END:%s closes %s", p.value, top.name)
			}
			stack = stack[:len(stack)-1]
		default:
			if top == root {
				t.Fatalf("property %s outside any component", p.name)
			}
			top.props = append(top.props, p)
		}
	}
	if len(stack) != 1 {
		t.Fatalf("%s is never closed", stack[len(stack)-1].name)
	}
	if len(root.children) != 1 || root.children[0].name != "VCALENDAR" {
		t.Fatalf("want exactly one VCALENDAR, got %d components", len(root.children))
	}
	return root.children[0]
}

// parseProp splits "NAME;PARAM=V:value" (values with ':' are fine: the
// first unquoted colon ends the name and parameters).
func parseProp(t *testing.T, ln string) icsProp {
	t.Helper()
	head, value, ok := strings.Cut(ln, ":")
	if !ok {
		t.Fatalf("content line without a colon: %q", ln)
	}
	parts := strings.Split(head, ";")
	p := icsProp{name: parts[0], params: map[string]string{}, value: value}
	for _, c := range p.name {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			t.Fatalf("bad property name %q", p.name)
		}
	}
	for _, param := range parts[1:] {
		k, v, _ := strings.Cut(param, "=")
		p.params[k] = v
	}
	return p
}

// unescapeText undoes TEXT escaping and fails on an escape RFC 5545 does
// not define, or on an unescaped comma or semicolon.
func unescapeText(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				t.Errorf("undefined escape \\%c in %q", s[i], s)
			}
		case c == '\\':
			t.Errorf("trailing backslash in %q", s)
		case c == ';' || c == ',':
			t.Errorf("unescaped %q in TEXT %q", c, s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestICS validates the iCalendar export's structure and values.
func TestICS(t *testing.T) {
	ds, err := data.LoadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := WriteICS(&out, ds, time.Date(2025, 10, 20, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	cal := parseICS(t, out.String())
	for _, name := range []string{"VERSION", "PRODID"} {
		if len(cal.all(name)) != 1 {
			t.Errorf("VCALENDAR needs exactly one %s", name)
		}
	}
	if v := cal.all("VERSION"); len(v) == 1 && v[0].value != "2.0" {
		t.Errorf("VERSION %q", v[0].value)
	}
	if len(cal.children) != 4 {
		t.Fatalf("want 4 VEVENTs (one per deadline), got %d", len(cal.children))
	}
	uids := map[string]bool{}
	byUID := map[string]*icsComponent{}
	for _, ev := range cal.children {
		if ev.name != "VEVENT" {
			t.Fatalf("unexpected component %s", ev.name)
		}
		for _, name := range []string{"UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"} {
			if len(ev.all(name)) != 1 {
				t.Errorf("VEVENT needs exactly one %s", name)
			}
		}
		uid := ev.all("UID")[0].value
		if uids[uid] {
			t.Errorf("duplicate UID %s", uid)
		}
		uids[uid] = true
		byUID[uid] = ev
		if got := ev.all("DTSTAMP")[0].value; got != "20251020T120000Z" {
			t.Errorf("DTSTAMP %s, want the clock's instant in UTC", got)
		}
		unescapeText(t, ev.all("SUMMARY")[0].value)
		unescapeText(t, ev.all("DESCRIPTION")[0].value)
	}
	exact := byUID["truce-extension@"+icsUIDDomain]
	if exact == nil {
		t.Fatal("no event for truce-extension")
	}
	start := exact.all("DTSTART")[0]
	if start.value != "20251110T050100Z" || len(start.params) != 0 {
		t.Errorf("exact DTSTART %v, want 20251110T050100Z in UTC", start)
	}
	if _, err := time.Parse("20060102T150405Z", start.value); err != nil {
		t.Error(err)
	}
	day := byUID["tariff-threat@"+icsUIDDomain]
	if day == nil {
		t.Fatal("no event for tariff-threat")
	}
	if s := day.all("DTSTART")[0]; s.value != "20251101" || s.params["VALUE"] != "DATE" {
		t.Errorf("date-only DTSTART %v, want VALUE=DATE:20251101", s)
	}
	summary := unescapeText(t, day.all("SUMMARY")[0].value)
	if summary != `100% tariff threat; "all" goods, from 1 November` {
		t.Errorf("SUMMARY round trip: %q", summary)
	}
	desc := unescapeText(t, day.all("DESCRIPTION")[0].value)
	for _, want := range []string{`back\slash, the comma and the semicolon`, "何立峰 (Hé Lìfēng)", "\n\nDue: Sat 1 Nov 2025"} {
		if !strings.Contains(desc, want) {
			t.Errorf("DESCRIPTION lacks %q:\n%s", want, desc)
		}
	}
}

// TestFoldICS checks folding on its own: lengths, continuation, UTF-8.
func TestFoldICS(t *testing.T) {
	for _, s := range []string{"", "A:b", "DESCRIPTION:" + strings.Repeat("x", 200), "X:" + strings.Repeat("何", 100),
		"X:" + strings.Repeat("é", 73) + strings.Repeat("a", 80)} {
		folded := foldICS(s)
		lines := strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n")
		var joined strings.Builder
		for i, ln := range lines {
			if len(ln) > icsMaxOctets || !utf8.ValidString(ln) {
				t.Errorf("bad line %q", ln)
			}
			if i > 0 {
				if ln[0] != ' ' {
					t.Errorf("continuation without space: %q", ln)
				}
				ln = ln[1:]
			}
			joined.WriteString(ln)
		}
		if joined.String() != s {
			t.Errorf("unfolding does not give back %q", s)
		}
	}
}

// TestICSEmbedded parses the iCalendar export of the built-in data.
func TestICSEmbedded(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := WriteICS(&out, ds, time.Date(2025, 10, 20, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if cal := parseICS(t, out.String()); len(cal.children) != len(ds.Deadlines) {
		t.Errorf("%d VEVENTs for %d deadlines", len(cal.children), len(ds.Deadlines))
	}
}

// icsTookEffect is a deadline added to the fixture for TestICSStatus: one
// that took effect.
const icsTookEffect = `
[[deadlines]]
id = "port-fees"
title = "Port fees begin"
at = 2025-10-14T00:01:00-04:00
zone = "America/New_York"
set = 2025-04-17
what = "Fees on ships begin."
outcome = "took-effect"
outcome_note = "Charged from 14 October."
sources = ["whitehouse-fact-sheet"]
confidence = "single"
`

// TestICSStatus: every VEVENT has an RFC 5545 STATUS from its deadline's
// state at the export's instant, and its DESCRIPTION says the outcome:
// CANCELLED for a deadline settled before it fell due (or averted,
// extended or superseded), CONFIRMED for one that took effect, TENTATIVE
// while the outcome is not known; with the dataset as known then (as
// export --at writes it) or whole, nothing later leaks.
func TestICSStatus(t *testing.T) {
	src, err := os.ReadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	fixture, err := data.Load("fixture.toml", append(src, icsTookEffect...))
	if err != nil {
		t.Fatal(err)
	}
	// valid2's tariff-100 (due 1 Nov 2025) was averted on 30 October.
	valid2, err := data.LoadFile("../../data/testdata/valid2.toml")
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ status, outcome string }
	tests := []struct {
		ds   *model.Dataset
		at   time.Time
		want map[string]want
	}{
		{fixture, time.Date(2025, 11, 5, 12, 0, 0, 0, time.UTC), map[string]want{
			"truce-90-day":    {"CANCELLED", "Outcome: extended; it did not take place as set."},
			"truce-extension": {"TENTATIVE", "Outcome: pending; not yet known at Wed 5 Nov 2025 12:00 UTC, the time of this export."},
			"one-year-truce":  {"TENTATIVE", "Outcome: pending;"},
			"tariff-threat":   {"CANCELLED", "Outcome: averted; it did not take place as set. Dropped after the Busan meeting."},
			"port-fees":       {"CONFIRMED", "Outcome: took effect. Charged from 14 October."},
		}},
		{valid2, time.Date(2025, 10, 29, 12, 0, 0, 0, time.UTC), map[string]want{
			"tariff-100": {"TENTATIVE", "Outcome: pending;"},
		}},
		{valid2, time.Date(2025, 10, 31, 12, 0, 0, 0, time.UTC), map[string]want{
			"tariff-100": {"CANCELLED", "Outcome: averted on Thu 30 Oct 2025 00:40 EDT, before it fell due; it did not take place. Dropped after Busan."},
		}},
	}
	for _, tt := range tests {
		for name, ds := range map[string]*model.Dataset{"whole": tt.ds, "as of": tt.ds.AsOf(tt.at)} {
			var out strings.Builder
			if err := WriteICS(&out, ds, tt.at); err != nil {
				t.Fatal(err)
			}
			seen := 0
			for _, ev := range parseICS(t, out.String()).children {
				if len(ev.all("STATUS")) != 1 {
					t.Errorf("%s at %s: a VEVENT without exactly one STATUS", name, tt.at)
					continue
				}
				uid := strings.TrimSuffix(ev.all("UID")[0].value, "@"+icsUIDDomain)
				w, ok := tt.want[uid]
				if !ok {
					continue
				}
				seen++
				if got := ev.all("STATUS")[0].value; got != w.status {
					t.Errorf("%s at %s: %s STATUS %s, want %s", name, tt.at, uid, got, w.status)
				}
				desc := unescapeText(t, ev.all("DESCRIPTION")[0].value)
				if !strings.Contains(desc, "\n"+w.outcome) {
					t.Errorf("%s at %s: %s DESCRIPTION lacks %q:\n%s", name, tt.at, uid, w.outcome, desc)
				}
				if w.status == "TENTATIVE" && strings.Contains(desc, "Dropped after") {
					t.Errorf("%s at %s: %s tells an outcome not yet known:\n%s", name, tt.at, uid, desc)
				}
			}
			if seen != len(tt.want) {
				t.Errorf("%s at %s: %d of the %d events looked for", name, tt.at, seen, len(tt.want))
			}
		}
	}
}

// TestICSNoSourceYet: a deadline known before any of its cited pages was
// published says so in its DESCRIPTION, as every other output does, not
// "unconfirmed" (weak sources only).
func TestICSNoSourceYet(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	var out strings.Builder
	if err := WriteICS(&out, ds.AsOf(at), at); err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(out.String(), "\r\n ", "")
	if !strings.Contains(text, `Confidence: no cited source published yet.`) || strings.Contains(text, `Confidence: unconfirmed.`) {
		t.Errorf("at %s the fentanyl order's VEVENT should say no cited source is published yet:\n%s", at, text)
	}
}
