// Command truce is a terminal dashboard following the 2025 US–China trade
// negotiations: the rounds, who attended them, the disputed issues and the
// deadlines, from sourced data embedded in the binary. Its subcommands print
// the next deadline for a status bar (status), any view as text (print) and
// the data as JSON, iCalendar or Markdown (export). See usage.go.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ()))
}
