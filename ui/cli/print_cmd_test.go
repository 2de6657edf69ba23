package cli

import (
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/charmbracelet/x/ansi"
)

// TestPrintEscapes checks that print writes no escape sequence unless
// asked with --color=always, even with NO_COLOR unset and a colour TERM,
// and that auto colours only a terminal without NO_COLOR.
func TestPrintEscapes(t *testing.T) {
	env := []string{"TERM=xterm-256color", "COLORTERM=truecolor"}
	tests := []struct {
		name    string
		env     []string
		tty     bool
		args    []string
		wantESC bool
	}{
		{"default to a pipe", env, false, nil, false},
		{"default to a terminal", env, true, nil, false},
		{"never", env, true, []string{"--color=never"}, false},
		{"auto to a pipe", env, false, []string{"--color=auto"}, false},
		{"auto to a terminal", env, true, []string{"--color=auto"}, true},
		{"auto with NO_COLOR=yes", append(env, "NO_COLOR=yes"), true, []string{"--color=auto"}, false},
		{"always to a pipe", env, false, []string{"--color=always"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"print", "--data", fixture, "--at", "2025-11-09"}, tt.args...)
			r := runWith(t, tt.env, tt.tty, args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if got := strings.ContainsRune(r.stdout, '\x1b'); got != tt.wantESC {
				t.Errorf("escape sequence present = %v, want %v", got, tt.wantESC)
			}
			for i, ln := range strings.Split(ansi.Strip(r.stdout), "\n") {
				if w := ansi.StringWidth(ln); w > 80 {
					t.Errorf("line %d is %d cells wide: %q", i+1, w, ln)
				}
			}
		})
	}
}

// TestPrintColorMatchesPlain checks that the styled output is the plain
// output with styles added: same text, same line breaks.
func TestPrintColorMatchesPlain(t *testing.T) {
	args := []string{"print", "--data", fixture, "--at", "2025-11-09", "--width", "60"}
	plain := runCLI(t, args...)
	styled := runCLI(t, append(args, "--color=always")...)
	if ansi.Strip(styled.stdout) != plain.stdout {
		t.Errorf("styled text differs from plain text once stripped")
	}
}

// TestExportJSONFieldNames checks that the JSON export uses the TOML
// file's key names at every level, and keeps every record.
func TestExportJSONFieldNames(t *testing.T) {
	r := runCLI(t, "export", "--data", fixture)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var fromJSON map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &fromJSON); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	var fromTOML map[string]any
	if err := toml.Unmarshal(src, &fromTOML); err != nil {
		t.Fatal(err)
	}
	compareKeys(t, "", fromTOML, fromJSON)
}

// compareKeys fails when a key of the TOML value is missing from the JSON
// value, recursively; records keep their order, except where the loader
// sorts them (rounds, events, deadlines), so arrays are matched by id.
func compareKeys(t *testing.T, path string, tv, jv any) {
	t.Helper()
	switch tv := tv.(type) {
	case map[string]any:
		jm, ok := jv.(map[string]any)
		if !ok {
			t.Errorf("%s: JSON has %T, TOML a table", path, jv)
			return
		}
		for k, v := range tv {
			if _, ok := jm[k]; !ok {
				t.Errorf("%s.%s: in the TOML, missing from the JSON (JSON keys: %v)", path, k, keys(jm))
				continue
			}
			compareKeys(t, path+"."+k, v, jm[k])
		}
	case []any:
		var maps []map[string]any
		for _, x := range tv {
			if m, ok := x.(map[string]any); ok {
				maps = append(maps, m)
			}
		}
		if len(maps) > 0 {
			compareKeys(t, path, maps, jv)
		}
	case []map[string]any:
		ja, ok := jv.([]any)
		if !ok || len(ja) != len(tv) {
			t.Errorf("%s: %d records in the TOML, JSON has %v", path, len(tv), reflect.TypeOf(jv))
			return
		}
		byID := map[any]any{}
		for _, x := range ja {
			if m, ok := x.(map[string]any); ok {
				byID[m["id"]] = m
			}
		}
		for i, x := range tv {
			j := ja[i]
			if id, ok := x["id"]; ok {
				j = byID[id]
			}
			compareKeys(t, path, x, j)
		}
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
