package data

import (
	"errors"
	"strings"
	"testing"
)

// malformed lists broken files and the exact error each must produce.
var malformed = []struct {
	name, in, want string
}{
	{"empty file", "", "talks.toml: the file holds no data"},
	{"comments only", "# nothing\n\n", "talks.toml: the file holds no data"},
	{"syntax error", "[meta]\ntitle = \n", `talks.toml:2:9: expected value but found '\n' instead`},
	{"unterminated", "a = ", "talks.toml:1:4: unexpected EOF; expected value"},
	{"syntax error on the last line", "a = 1\n[x\n", `talks.toml:2:3: expected '.' or ']' to end table name, but got '\n' instead`},
	{"syntax error at a line's end", "a = 1\n[x\nb = 2\n", `talks.toml:2:3: expected '.' or ']' to end table name, but got '\n' instead`},
	{"syntax error at the end, no last line break", "a = 1\n[x", `talks.toml:2:2: expected '.' or ']' to end table name, but got '\x00' instead`},
	{"binary garbage", "\x00\x01\x02garbage\xff",
		"talks.toml:1:1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8"},
	{"invalid UTF-8", "[meta]\ntitle = \"\xff\"\n", "talks.toml:2:9: invalid UTF-8 byte: 0xff"},
	{"nesting bomb", "a = " + strings.Repeat("[", 40), "talks.toml:1:37: arrays and tables nested more than 32 deep"},
	{"unknown top-level key", edit(`[meta]`, "metta = 1\n[meta]"),
		`talks.toml:1:1: metta: unknown key (did you mean "meta"?)`},
	{"unknown nested key", edit(`person = "bessent"`, `persn = "bessent"`),
		"talks.toml:43:1: rounds[0].attendance[0].persn: unknown key (did you mean \"person\"?)\n" +
			"talks.toml: rounds[0].attendance[0].person: required field is missing or empty"},
	{"unknown key in second element", edit(`person = "he-lifeng"`, `persn = "he-lifeng"`),
		"talks.toml:48:1: rounds[0].attendance[1].persn: unknown key (did you mean \"person\"?)\n" +
			"talks.toml: rounds[0].attendance[1].person: required field is missing or empty"},
	{"unknown key in inline table", edit("[[rounds.attendance]]\nperson = \"bessent\"\nsources = [\"src\"]\nconfidence = \"single\"\n",
		"[[rounds.attendance]]\nperson = \"bessent\"\nsources = [\"src\"]\nconfidence = \"single\"\nextra = {sdie = 1}\n"),
		"talks.toml:46:1: rounds[0].attendance[0].extra: unknown key"},
	{"dangling reference", edit(`person = "bessent"`, `person = "bessnet"`),
		`talks.toml:43:1: rounds[0].attendance[0].person: unknown person "bessnet" (did you mean "bessent"?)`},
	{"dangling source", edit(`round = "geneva"`, "round = \"geneva\"\npeople = [\"bessent\", \"he-lifeng\", \"xi\"]"),
		`talks.toml:60:1: events[0].people[2]: unknown person "xi"`},
	{"duplicate id", edit(`id = "he-lifeng"`, `id = "bessent"`),
		"talks.toml: people[1].id: duplicate id \"bessent\" (first at people[0])\n" +
			"talks.toml:48:1: rounds[0].attendance[1].person: unknown person \"he-lifeng\""},
	{"bad id", edit(`id = "tariffs"`, `id = "Tariffs"`),
		`talks.toml: issues[0].id: invalid id "Tariffs" (use lowercase letters, digits and hyphens, starting with a letter or digit)`},
	{"attends twice", edit(`person = "he-lifeng"`, `person = "bessent"`),
		`talks.toml: rounds[0].attendance[1].person: "bessent" already attends this round (at rounds[0].attendance[0])`},
	{"bad zone", edit(`zone = "Europe/Zurich"`, `zone = "Europe/Zurch"`),
		`talks.toml: rounds[0].zone: unknown time zone "Europe/Zurch" (did you mean "Europe/Zurich"?)`},
	{"Local is no zone", edit(`zone = "America/New_York"`, `zone = "Local"`),
		`talks.toml: deadlines[0].zone: unknown time zone "Local"`},
	{"end before start", edit(`end = 2025-05-11`, `end = 2025-05-09`),
		`talks.toml: rounds[0].end: end 2025-05-09 is before start 2025-05-10`},
	{"wrong type", edit(`start = 2025-05-10`, `start = "2025-05-10"`),
		`talks.toml:36:1: rounds[0].start: want a TOML date (2025-11-01) or date-time (2025-11-10T00:01:00-05:00), got a string`},
	{"time without date", edit(`at = 2025-05-10`, `at = 10:30:00`),
		`talks.toml:54:1: events[0].at: want a TOML date (2025-11-01) or date-time (2025-11-10T00:01:00-05:00), got a time of day without a date`},
	{"string for a list", edit(`sources = ["src"]`, `sources = "src"`),
		`talks.toml:18:1: people[0].sources: want an array, got a string`},
	{"table for a string", edit("[meta]\ntitle = \"t\"", "[meta]\ntitle = {en = \"t\"}"),
		`talks.toml:2:1: meta.title: want a string, got a table`},
	{"missing required field", edit("city = \"Geneva\"\n", ""),
		`talks.toml: rounds[0].city: required field is missing or empty`},
	{"missing meta", edit("[meta]\ntitle = \"t\"\nchecked = 2025-11-12\nschema = 1\n", ""),
		"talks.toml: meta.title: required field is missing or empty\n" +
			"talks.toml: meta.checked: required field is missing or empty\n" +
			"talks.toml: meta.schema: required field is missing or empty"},
	{"future schema", edit("schema = 1", "schema = 3"),
		`talks.toml: meta.schema: unsupported schema 3 (this program reads schema 1 or 2)`},
	{"bad enum", edit(`side = "us"`, `side = "usa"`),
		`talks.toml: people[0].side: unknown side "usa" (want one of: us, china, other)`},
	{"bad outcome", edit(`outcome = "pending"`, `outcome = "done"`),
		`talks.toml: deadlines[0].outcome: unknown outcome "done" (want one of: pending, averted, extended, took-effect, superseded, unknown)`},
	{"no sources", edit("sources = [\"src\"]\nconfidence = \"single\"\n\n[[people]]", "confidence = \"single\"\n\n[[people]]"),
		`talks.toml: people[0].sources: at least one source is required`},
	{"empty sources", edit("sources = [\"src\"]\nconfidence = \"single\"\n\n[[issues]]", "sources = []\nconfidence = \"single\"\n\n[[issues]]"),
		`talks.toml: events[0].sources: at least one source is required`},
	{"no confidence", edit("sources = [\"src\"]\nconfidence = \"single\"\n\n[[deadlines]]", "sources = [\"src\"]\n\n[[deadlines]]"),
		`talks.toml: issues[0].confidence: required field is missing or empty`},
	{"no attendance", edit("[[rounds.attendance]]\nperson = \"bessent\"\nsources = [\"src\"]\nconfidence = \"single\"\n\n"+
		"[[rounds.attendance]]\nperson = \"he-lifeng\"\nsources = [\"src\"]\nconfidence = \"single\"\n", ""),
		`talks.toml: rounds[0].attendance: at least one attendee is required`},
	{"wrong offset for zone", edit(`at = 2025-11-10T00:01:00-05:00`, `at = 2025-11-10T00:01:00-04:00`),
		`talks.toml: deadlines[0].at: offset -04:00 does not match America/New_York, which is -05:00 (EST) at that instant`},
	{"set after at", edit(`set = 2025-08-11`, `set = 2025-12-11`),
		`talks.toml: deadlines[0].set: set 2025-12-11 is after at 2025-11-10T00:01:00-05:00`},
	{"year out of range", edit(`checked = 2025-11-12`, `checked = 2225-11-12`),
		`talks.toml: meta.checked: year 2225 is outside 1900..2200`},
	{"bad source date", edit(`date = "2025-10-12"`, `date = "12 Oct 2025"`),
		`talks.toml: sources[0].date: invalid date "12 Oct 2025" (want 2025-10-12, 2025-10 or 2025-10-12/13)`},
	{"impossible source date", edit(`date = "2025-10-12"`, `date = "2025-02-30"`),
		`talks.toml: sources[0].date: invalid date "2025-02-30" (want 2025-10-12, 2025-10 or 2025-10-12/13)`},
	{"bad round number", edit(`number = 1`, `number = 0`),
		`talks.toml: rounds[0].number: number 0 must be positive`},
	{"dangling discrepancy", edit(`source = "src"`, "source = \"srx\"\ndeadlines = [\"dl\", \"dll\"]"),
		"talks.toml:86:1: discrepancies[0].source: unknown source \"srx\" (did you mean \"src\"?)\n" +
			"talks.toml:87:1: discrepancies[0].deadlines[1]: unknown deadline \"dll\" (did you mean \"dl\"?)"},
	{"replaced by unknown", edit(`outcome = "pending"`, "outcome = \"extended\"\nreplaced_by = \"dl2\""),
		`talks.toml:81:1: deadlines[0].replaced_by: unknown deadline "dl2" (did you mean "dl"?)`},
	{"string too long", edit(`summary = "s"`, `summary = "`+strings.Repeat("x", MaxString+1)+`"`),
		`talks.toml:58:1: events[0].summary: string is 65537 bytes long; the limit is 65536`},
	{"integer for string", edit(`name = "Tariffs"`, `name = 7`),
		`talks.toml:65:1: issues[0].name: want a string, got an integer`},
}

func TestMalformed(t *testing.T) {
	for _, tc := range append(malformed[:len(malformed):len(malformed)], malformed2...) {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := Load("talks.toml", []byte(tc.in))
			if err == nil {
				t.Fatalf("loaded %d events; want error\n%s", len(ds.Events), tc.want)
			}
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("error is %T, want *data.Error", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if len(de.Problems()) != strings.Count(tc.want, "\n")+1 {
				t.Errorf("%d problems listed for %d lines", len(de.Problems()), strings.Count(tc.want, "\n")+1)
			}
		})
	}
}

func TestMiniLoads(t *testing.T) {
	if _, err := Load("mini.toml", []byte(mini)); err != nil {
		t.Fatal(err)
	}
	if _, err := Load("mini2.toml", []byte(mini2)); err != nil {
		t.Fatal(err)
	}
}

func TestTooManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(mini)
	for i := range 25 {
		b.WriteString("\n[[issues]]\nid = \"x" + strings.Repeat("x", i) + "\"\n")
	}
	_, err := Load("talks.toml", []byte(b.String()))
	var de *Error
	if !errors.As(err, &de) {
		t.Fatalf("got %v, want *data.Error", err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != MaxProblems+1 || len(de.Problems()) != MaxProblems {
		t.Fatalf("got %d lines, %d problems; want %d and %d:\n%s", len(lines), len(de.Problems()), MaxProblems+1, MaxProblems, err)
	}
	// Each bare issue lacks name, summary, us, china, status, sources and
	// confidence: 25 × 7 problems, of which 20 are listed.
	if want := "… and 155 more problems"; lines[MaxProblems] != want || de.More() != 155 {
		t.Errorf("last line %q, More %d; want %q", lines[MaxProblems], de.More(), want)
	}
	if want := "talks.toml: issues[1].name: required field is missing or empty"; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
}
