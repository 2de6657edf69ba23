package main

import (
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/ui/cli"
)

// The README's account of the command line: the tmux snippet, the flags
// and the fields of status --json and --format, each checked against the
// program itself.

// TestReadmeTmuxLength: the tmux snippet's status-right-length holds the
// longest line status --tmux prints, so that tmux never cuts it.
func TestReadmeTmuxLength(t *testing.T) {
	src, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^set -g status-right-length (\d+)$`).FindStringSubmatch(string(src))
	if m == nil {
		t.Fatal("README.md's tmux snippet sets no status-right-length")
	}
	if n, _ := strconv.Atoi(m[1]); n < cli.TmuxWidth {
		t.Errorf("README.md sets status-right-length %d; status --tmux prints up to %d cells", n, cli.TmuxWidth)
	}
}

// TestReadmeFlags: every flag of the dashboard and of every command is in
// the README: the global and dashboard flags as rows of the flags table,
// the others named as `--flag` (each command's --help is the source).
func TestReadmeFlags(t *testing.T) {
	src, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(src)
	flagLine := regexp.MustCompile(`(?m)^\s+(?:-\w )?--([a-z][a-z-]*)\s`)
	for _, cmd := range []string{"", "status", "print", "export"} {
		var out, errb strings.Builder
		args := append(strings.Fields(cmd), "--help")
		if code := cli.Run(args, strings.NewReader(""), &out, &errb, []string{"TERM=dumb"}, cli.Build{}); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		_, flags, ok := strings.Cut(out.String(), "FLAGS")
		if !ok {
			t.Fatalf("%v prints no FLAGS", args)
		}
		for _, m := range flagLine.FindAllStringSubmatch(flags, -1) {
			name := m[1]
			switch {
			case name == "help":
			case cmd == "":
				if !regexp.MustCompile("(?m)^\\| (`-\\w`, )?`--" + name + "[ `]").MatchString(readme) {
					t.Errorf("the README's flags table has no row for --%s", name)
				}
			case !regexp.MustCompile("[ `]--" + name + "\\b").MatchString(readme):
				t.Errorf("the README does not name %s's --%s", cmd, name)
			}
		}
	}
}

// TestReadmeStatusFields: the README lists exactly the fields `status
// --json` prints (at each deadline of the built-in data and before the
// first is set) and the fields --format reads (cli.Status's).
func TestReadmeStatusFields(t *testing.T) {
	src, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(src)), " ")
	_, para, ok := strings.Cut(text, "`--json` prints one JSON object")
	if !ok {
		t.Fatal("README.md does not describe status --json")
	}
	para, formatPart, ok := strings.Cut(para, "`--format` takes")
	if !ok {
		t.Fatal("README.md does not describe status --format")
	}
	object, empty, ok := strings.Cut(para, "Before the data's first deadline is set")
	if !ok {
		t.Fatal("README.md does not describe status --json before the first deadline")
	}
	listed := func(re, s string) []string {
		var out []string
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	printed := func(at string) map[string]bool {
		var out, errb strings.Builder
		args := []string{"status", "--json", "--at", at}
		if code := cli.Run(args, strings.NewReader(""), &out, &errb, []string{"TERM=dumb"}, cli.Build{}); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		keys := map[string]bool{}
		for _, k := range listed(`"([a-z_]+)":`, out.String()) {
			keys[k] = true
		}
		return keys
	}
	if got, want := slices.Sorted(maps.Keys(printed("2000-01-01"))), listed(`"([a-z_]+)":`, empty); !slices.Equal(got, want) {
		t.Errorf("before the first deadline status --json prints %v; the README lists %v", got, want)
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, dl := range ds.Deadlines {
		for _, d := range []time.Duration{-time.Hour, 30 * time.Second} {
			maps.Copy(seen, printed(dl.At.Time.Add(d).Format(time.RFC3339)))
		}
	}
	if got, want := slices.Sorted(maps.Keys(seen)), listed("`([a-z_]+)`", object); !slices.Equal(got, want) {
		t.Errorf("status --json prints %v; the README lists %v", got, want)
	}
	_, fields, _ := strings.Cut(formatPart, "over the fields")
	fields, _, _ = strings.Cut(fields, "`:")
	var want []string
	for f := range reflect.TypeFor[cli.Status]().Fields() {
		want = append(want, f.Name)
	}
	slices.Sort(want)
	if got := listed(`\.([A-Z][A-Za-z]*)`, fields); !slices.Equal(got, want) {
		t.Errorf("the README's --format fields are %v; cli.Status has %v", got, want)
	}
}
