// Command truce is a terminal dashboard following the 2025–26 US–China trade
// negotiations: the rounds, who attended them, the disputed issues and the
// deadlines, from sourced data embedded in the binary. Its subcommands print
// the deadline to watch for a status bar (status), any view as text (print)
// and the data as JSON, iCalendar or Markdown (export). The command line is
// in ui/cli; ARCHITECTURE.md maps the rest.
package main

import (
	"os"

	"github.com/truce-dev/truce/ui/cli"
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

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ(), cli.Build{Version: version, Commit: commit}))
}
