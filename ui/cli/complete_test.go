package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// completions runs cobra's hidden __complete command, as the shell scripts
// do, and returns the offered words (descriptions dropped).
func completions(t *testing.T, args ...string) []string {
	t.Helper()
	r := runCLI(t, append([]string{"__complete"}, args...)...)
	if r.code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, r.code, r.stderr)
	}
	var out []string
	for _, ln := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if strings.HasPrefix(ln, ":") { // the directive line
			continue
		}
		word, _, _ := strings.Cut(ln, "\t")
		out = append(out, word)
	}
	return out
}

func hasAll(got []string, want ...string) bool {
	set := map[string]bool{}
	for _, g := range got {
		set[g] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

// TestCompletionScripts checks that the scripts of every shell generate.
func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "__start_truce", "zsh": "#compdef truce", "fish": "complete -c truce", "powershell": "Register-ArgumentCompleter",
	} {
		r := runCLI(t, "completion", shell)
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("completion %s: exit %d, output lacks %q (stderr %q)", shell, r.code, want, r.stderr)
		}
	}
	if bash, err := exec.LookPath("bash"); err == nil {
		r := runCLI(t, "completion", "bash")
		cmd := exec.Command(bash, "-n")
		cmd.Stdin = strings.NewReader(r.stdout)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("the bash script does not parse: %v\n%s", err, out)
		}
	}
}

// TestDynamicCompletion checks what a TAB offers where it matters.
func TestDynamicCompletion(t *testing.T) {
	if got := completions(t, "print", ""); !hasAll(got, "timeline", "roster", "issues", "countdowns", "sources", "all") {
		t.Errorf("print <TAB> offers %v", got)
	}
	if got := completions(t, "print", "roster", ""); hasAll(got, "roster") {
		t.Errorf("print roster <TAB> offers roster again: %v", got)
	}
	if got := completions(t, "--tab", ""); !hasAll(got, "timeline", "countdowns", "sources") {
		t.Errorf("--tab <TAB> offers %v", got)
	}
	if got := completions(t, "export", "--format", ""); !hasAll(got, "json", "ics", "md") || len(got) != 3 {
		t.Errorf("export --format <TAB> offers %v", got)
	}
	if got := completions(t, "status", "--data", fixture, "--deadline", ""); !hasAll(got, "truce-extension", "tariff-threat") {
		t.Errorf("status --deadline <TAB> offers %v", got)
	}
	if got := completions(t, "--data", fixture, "--at", ""); !hasAll(got, "2025-11-10T00:01:00-05:00", "2025-11-01") {
		t.Errorf("--at <TAB> offers %v", got)
	}
	got := completions(t, "--tz", "asia/sh")
	if !hasAll(got, "Asia/Shanghai") {
		t.Errorf("--tz asia/sh<TAB> offers %v", got)
	}
	for _, z := range got {
		if !strings.HasPrefix(strings.ToLower(z), "asia/sh") {
			t.Errorf("--tz asia/sh<TAB> offers %q", z)
		}
	}
	if got := completions(t, "help", ""); !hasAll(got, "status", "print", "export") {
		t.Errorf("help <TAB> offers %v", got)
	}
}

// TestMan checks that truce man writes a roff manual page: the title and
// the sections man(7) needs, every request a known one, each command named.
func TestMan(t *testing.T) {
	r := runCLI(t, "man")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	page := r.stdout
	if !strings.HasPrefix(page, ".TH ") && !strings.Contains(page, "\n.TH ") {
		t.Fatalf("no .TH title line:\n%.300s", page)
	}
	for _, want := range []string{".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", "status", "print", "export", "--at"} {
		if !strings.Contains(page, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	known := map[string]bool{".TH": true, ".SH": true, ".SS": true, ".PP": true, ".TP": true, ".IP": true,
		".RS": true, ".RE": true, ".B": true, ".I": true, ".BR": true, ".IR": true, ".LP": true, ".P": true,
		".nf": true, ".fi": true, ".br": true, ".sp": true, ".\\\"": true, ".EX": true, ".EE": true}
	for i, ln := range strings.Split(page, "\n") {
		if !strings.HasPrefix(ln, ".") {
			continue
		}
		req, _, _ := strings.Cut(ln, " ")
		if !known[req] {
			t.Errorf("line %d: unknown roff request %q", i+1, req)
		}
	}
	if man, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command(man, "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(page)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("groff warns: %v\n%s", err, out)
		}
	}
}

// TestVersionForms: -v, --version and truce version say the same.
func TestVersionForms(t *testing.T) {
	want := runCLI(t, "--version", "--data", fixture)
	for _, args := range [][]string{{"-v"}, {"version"}, {"status", "-v"}} {
		r := runCLI(t, append(args, "--data", fixture)...)
		if r.code != 0 || r.stdout != want.stdout {
			t.Errorf("truce %v: exit %d, %q; want %q", args, r.code, r.stdout, want.stdout)
		}
	}
	if r := runCLI(t, "version", "extra"); r.code != exitUsage {
		t.Errorf("truce version extra: exit %d", r.code)
	}
}
