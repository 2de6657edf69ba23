package cli

import (
	"archive/zip"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// Shell completion: `truce completion bash|zsh|fish|powershell` writes the
// script (cobra); these functions answer it as the user types: view and tab
// names, IANA zones, export formats, deadline ids and instants.

// registerCompletions attaches the completion functions to the flags.
func (r *runner) registerCompletions(root *cobra.Command) {
	must := func(err error) {
		if err != nil {
			panic(err) // a flag name typo: a programming error caught by the tests
		}
	}
	shellCommand(root)
	must(root.MarkPersistentFlagFilename("data", "toml"))
	must(root.RegisterFlagCompletionFunc("tz", completeZones))
	must(root.RegisterFlagCompletionFunc("at", r.completeInstants))
	must(root.RegisterFlagCompletionFunc("tab", completeTabs))
	for _, c := range root.Commands() {
		switch c.Name() {
		case "status":
			must(c.RegisterFlagCompletionFunc("deadline", r.completeDeadlines))
			must(c.RegisterFlagCompletionFunc("format", cobra.NoFileCompletions))
		case "export":
			must(c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp)))
		case "print":
			must(c.RegisterFlagCompletionFunc("color", cobra.FixedCompletions(
				[]cobra.Completion{colorNever, colorAuto, colorAlways}, cobra.ShellCompDirectiveNoFileComp)))
			must(c.RegisterFlagCompletionFunc("width", cobra.NoFileCompletions))
		}
	}
}

// shellCommand makes `truce completion` (cobra's) refuse a missing or
// unknown shell with a usage error naming the shells; cobra would print its
// help and exit 0, so that `truce completion tcsh > file` wrote the help.
func shellCommand(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() {
				shells = append(shells, s.Name())
				s.Args = noArgument
			}
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef(cmd, "'%s' needs a shell: %s", cmd.CommandPath(), joinOr(shells))
			}
			return usagef(cmd, "unknown shell %q for '%s': want %s", truncate(ui.Clean(args[0])), cmd.CommandPath(), joinOr(shells))
		}
	}
}

// noArgument refuses any argument to a command that takes none.
func noArgument(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef(cmd, "'%s' takes no argument, got %q", cmd.CommandPath(), truncate(ui.Clean(args[0])))
	}
	return nil
}

// completeViews offers the view names print has not been given yet.
func completeViews(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, v := range viewNames() {
		if !slices.Contains(args, v) {
			out = append(out, v)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeTabs offers the tab names.
func completeTabs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return ui.TabNames(), cobra.ShellCompDirectiveNoFileComp
}

// completeZones offers the IANA zone names starting with what was typed,
// case-insensitively.
func completeZones(_ *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, z := range zoneNames() {
		if strings.HasPrefix(strings.ToLower(z), strings.ToLower(typed)) {
			out = append(out, z)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completionData loads the data the command line names (--data), or the
// built-in data; nil when it cannot be read.
func (r *runner) completionData() *model.Dataset {
	if r.g.data != "" {
		ds, err := data.LoadFile(r.g.data)
		if err != nil {
			return nil
		}
		return ds
	}
	ds, err := data.Embedded()
	if err != nil {
		return nil
	}
	return ds
}

// completeDeadlines offers the deadline ids, each described by its title.
func (r *runner) completeDeadlines(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	ds := r.completionData()
	if ds == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	out := make([]cobra.Completion, 0, len(ds.Deadlines))
	for _, d := range ds.DeadlinesInOrder() {
		out = append(out, cobra.CompletionWithDesc(d.ID, ui.Clean(d.Title)))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeInstants offers the deadlines' instants for --at, so that time
// travel to a deadline is a tab away.
func (r *runner) completeInstants(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	ds := r.completionData()
	if ds == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, d := range ds.DeadlinesInOrder() {
		out = append(out, cobra.CompletionWithDesc(d.At.String(), ui.Clean(d.Title)))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// zoneNames lists the IANA zone names of the system's zone database (the
// ZONEINFO variable, a directory or Go's zoneinfo.zip, then the usual
// directories), sorted; a short list of common zones when none can be read.
func zoneNames() []string {
	var names []string
	if zi := os.Getenv("ZONEINFO"); strings.HasSuffix(zi, ".zip") {
		names = zonesInZip(zi)
	}
	for _, dir := range []string{os.Getenv("ZONEINFO"), "/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ"} {
		if len(names) > 0 {
			break
		}
		names = zonesInDir(dir)
	}
	if len(names) == 0 {
		names = []string{"America/New_York", "America/Los_Angeles", "Asia/Shanghai", "Asia/Hong_Kong",
			"Asia/Tokyo", "Asia/Seoul", "Asia/Kuala_Lumpur", "Europe/London", "Europe/Zurich", "Europe/Paris"}
	}
	names = append(names, "UTC", "Local")
	slices.Sort(names)
	return slices.Compact(names)
}

// isZoneName reports whether a path in a zone database names a zone.
func isZoneName(name string) bool {
	first, _, _ := strings.Cut(name, "/")
	return strings.Contains(name, "/") && first != "" && first[0] >= 'A' && first[0] <= 'Z' &&
		first != "Etc" && !strings.HasPrefix(name, "posix") && !strings.HasPrefix(name, "right") &&
		!strings.Contains(name, ".")
}

func zonesInDir(dir string) []string {
	if dir == "" {
		return nil
	}
	var out []string
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil //nolint:nilerr // an unreadable entry is skipped, not fatal
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err == nil && isZoneName(filepath.ToSlash(rel)) {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

func zonesInZip(path string) []string {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil
	}
	defer z.Close()
	var out []string
	for _, f := range z.File {
		if isZoneName(f.Name) {
			out = append(out, f.Name)
		}
	}
	return out
}
