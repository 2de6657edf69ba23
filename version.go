package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// version and commit may be set when building:
//
//	go build -ldflags "-X main.version=v1.0.0 -X main.commit=$(git rev-parse --short HEAD)"
//
// Otherwise they come from the build information: the module version for
// `go install …@version`, and the VCS revision when the build recorded it.
var (
	version = ""
	commit  = ""
)

// buildVersion returns the version and commit, "" when unknown.
func buildVersion() (ver, rev string, modified bool) {
	ver, rev = version, commit
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
func (c *cli) printVersion(o *options, ds *model.Dataset) int {
	ver, rev, modified := buildVersion()
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
	fmt.Fprintf(c.stdout, "%s, %s %s/%s\n", line, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	name := "built-in " + data.EmbeddedName
	if o.data != "" {
		name = o.data
	}
	fmt.Fprintf(c.stdout, "data: %s, %q, checked %s, schema %d\n",
		name, ui.Clean(ds.Meta.Title), ds.Meta.Checked.Date(), ds.Meta.Schema)
	return exitOK
}
