package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// hostileTOML is a TOML basic string holding escape sequences (OSC 52
// clipboard write, title change, clear screen, C1 CSI), a bidi override, a
// zero-width joiner and control characters.
const hostileTOML = `"A\u001b]52;c;SGVsbG8=\u0007B\u001b]0;pwned\u0007C\u001b[2J\u009b31mD\u202eE\u200dF\u0000G\u007fH\r\nI\tJ 何立峰"`

// TestHostileDataOutputs puts hostile strings in the fixture and checks
// that no command writes a control character but newline (and CR before LF
// in iCalendar), a C1 control or a bidi override.
func TestHostileDataOutputs(t *testing.T) {
	src, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, old := range []string{
		`"Extended truce ends"`, `"Suspended tariffs return."`, `"Reuters"`, `"Scott Bessent"`,
		`"The first formal round."`, `"The Geneva talks lasted three days."`, `"Reciprocal tariffs"`,
		`"Fixture: US–China trade talks 2025"`, `"Tariffs cut by 115 points for 90 days."`,
	} {
		if !strings.Contains(s, old) {
			t.Fatalf("fixture lacks %s", old)
		}
		s = strings.ReplaceAll(s, old, hostileTOML)
	}
	path := filepath.Join(t.TempDir(), "hostile.toml")
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"status"}, {"status", "--json"}, {"status", "--format", "{{.Title}} {{.What}} {{.Line}}"},
		{"print"}, {"print", "--color=always"}, {"export"}, {"export", "--format", "ics"},
		{"export", "--format", "md"}, {}, {"--version"},
	} {
		r := runCLI(t, append(args, "--data", path, "--at", "2025-11-09T12:00:00Z")...)
		if r.code != 0 {
			t.Fatalf("truce %v: exit %d: %s", args, r.code, r.stderr)
		}
		out := r.stdout
		if slices.Contains(args, "--color=always") {
			out = stripSGR(out)
		}
		if slices.Contains(args, "ics") {
			out = strings.ReplaceAll(out, "\r\n", "\n")
		}
		for _, r := range out {
			if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e {
				t.Errorf("truce %v: output holds %U", args, r)
				break
			}
		}
	}
}

// stripSGR removes the colour sequences print --color=always writes, and
// fails on anything else: only SGR may remain in styled output.
func stripSGR(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 || strings.ContainsAny(s[i+2:i+j], "\x1b\x07]") {
			b.WriteString(s[i:])
			return b.String()
		}
		s = s[i+j+1:]
	}
}
