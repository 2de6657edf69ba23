package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/ui"
)

func (r *runner) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and the data's dates",
		Args:  noArgs,
		RunE: r.action(func(*cobra.Command, []string, settings) error {
			return r.printVersion()
		}),
		ValidArgsFunction: cobra.NoFileCompletions,
	}
}

// buildVersion returns the version and commit: those main was linked with,
// else the module version (`go install …@version`) and the VCS revision the
// build recorded; "" when unknown.
func (r *runner) buildVersion() (ver, rev string, modified bool) {
	ver, rev = r.build.Version, r.build.Commit
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ver, rev, false
	}
	if ver == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		ver = info.Main.Version
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if rev == "" {
				rev = s.Value
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return ver, rev, modified
}

// printVersion prints the program's version and the data's.
func (r *runner) printVersion() error {
	ds, err := r.load()
	if err != nil {
		return err
	}
	ver, rev, modified := r.buildVersion()
	if ver == "" {
		ver = "development build"
	}
	line := "truce " + ver
	if rev != "" {
		line += ", commit " + rev
		if modified {
			line += " with local changes"
		}
	}
	fmt.Fprintf(r.stdout, "%s, %s %s/%s\n", line, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	name := "built-in " + data.EmbeddedName
	if r.g.data != "" {
		name = r.g.data
	}
	_, err = fmt.Fprintf(r.stdout, "data: %s, %q, %s, schema %d\n",
		name, ui.Clean(ds.Meta.Title), ui.Coverage(ds.Meta), ds.Meta.Schema)
	return err
}

// noArgs refuses arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef(cmd, "'%s' takes no argument, got %q", cmd.CommandPath(), truncate(ui.Clean(args[0])))
	}
	return nil
}
