// Command truce is a terminal dashboard following the 2025 US–China trade
// negotiations: the rounds, who attended them, the disputed issues and the
// deadlines, from sourced data embedded in the binary.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run starts the dashboard and returns the exit code: 0 on success, 1 on a
// runtime failure, 2 on bad usage or bad data.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "truce: unexpected argument %q\n", args[0])
		return 2
	}
	ds, err := data.Embedded()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	noColor := os.Getenv("NO_COLOR") != ""
	opts := []tea.ProgramOption{tea.WithOutput(stdout)}
	if noColor {
		opts = append(opts, tea.WithColorProfile(colorprofile.ASCII))
	}
	p := tea.NewProgram(ui.New(ds, ui.Options{NoColor: noColor}), opts...)
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) {
		fmt.Fprintln(stderr, "truce:", err)
		return 1
	}
	return 0
}
