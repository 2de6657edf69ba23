package main

import (
	"fmt"
	"strings"
)

// The help texts. Each command's help lists its own flags, then the global
// ones.

const globalFlagsHelp = `Global flags (every command):
  --data FILE   read this data file instead of the built-in data
                (schema: data/SCHEMA.md)
  --at TIME     run the clock from TIME (time travel): 2025-11-09,
                2025-11-09T23:00, 2025-11-10T00:01:00-05:00 or
                "2025-11-09 23:00 Asia/Shanghai"; a time without an offset
                is read in --tz
  --tz ZONE     show times in this IANA zone (default: the local zone)
  --watch       with --data: reload the file when it changes (dashboard)
  --notify      notify when a deadline passes (dashboard)
  --tab NAME    open the dashboard on this tab (timeline, roster, issues,
                countdowns, sources, or 1-5)
  --version     print the version and the data's checked-on date
  -h, --help    show help
`

const mainHelp = `truce: a terminal dashboard of the 2025 US–China trade negotiations:
the rounds and who attended them, the disputed issues, the deadlines and the
sources, with every claim a source got wrong shown next to the correction.

Usage:
  truce [flags]                   open the dashboard (press ? for keys)
  truce status [flags]            one line about the next deadline
  truce print [VIEW...] [flags]   print views as plain text
  truce export [flags]            write the data as JSON, iCalendar or Markdown
  truce help [COMMAND]            show help for a command

When standard output is not a terminal, 'truce' prints every view as text.

` + globalFlagsHelp + `
Examples:
  truce --at 2025-11-09T12:00 --tz America/New_York
  truce status                                # for a tmux status line
  truce print countdowns --width 72
  truce export --format ics > truce.ics

Exit status: 0 on success, 1 on a runtime failure, 2 on bad usage or bad data.
`

const statusHelp = `Usage: truce status [--json | --format TEMPLATE] [flags]

Prints one line about the next deadline (or one that passed less than a
minute ago; once all have passed, the last one):

  Extended truce ends: 13d 11:59:03 left (Mon 10 Nov 2025 00:01 EST)

Times are whole seconds, so 'status-interval 1' in tmux counts down exactly:
  set -g status-interval 1
  set -g status-right '#(truce status)'

Flags:
  --json              print one JSON object instead
  --format TEMPLATE   a Go text/template over the deadline's fields:
                        .ID .Title .What .At .Zone .DateOnly .Now .Passed
                        .Left .Since .Days .Outcome .OutcomeNote .Progress
                        .Text .Line
                      e.g. --format '{{.Title}}: {{.Text}}'
                           --format '{{.At.Format "2006-01-02 15:04"}}'

` + globalFlagsHelp

const printHelp = `Usage: truce print [VIEW...] [flags]

Prints views once as linear text, for pipes, scripts and screen readers:
no box drawing, every state spelled out. VIEW is timeline, roster, issues,
countdowns, sources or all (the default); 1-5 work too.

Flags:
  --width N         wrap at N columns, 20 to 1000 (default: the terminal's
                    width, or 80)
  --color WHEN      never (the default), auto (when writing to a terminal and
                    NO_COLOR is unset) or always

` + globalFlagsHelp

const exportHelp = `Usage: truce export [--format json|ics|md] [flags]

Writes the data to standard output:
  json   the whole dataset, with the field names of the TOML file (default)
  ics    the deadlines as an iCalendar file (RFC 5545) to import into a
         calendar; re-importing a newer export updates the same events
  md     a Markdown report with the sources of every record

Example:
  truce export --format ics > truce-deadlines.ics

` + globalFlagsHelp

// help prints the help for the command asked about.
func (c *cli) help(o *options) int {
	topic := o.command
	if o.command == cmdHelp {
		topic = ""
		if len(o.args) > 0 {
			topic = o.args[0]
		}
	}
	text, ok := map[string]string{
		cmdDashboard: mainHelp, cmdStatus: statusHelp, cmdPrint: printHelp,
		cmdExport: exportHelp, cmdHelp: mainHelp,
	}[topic]
	if !ok {
		return c.fail(unknownCommand(topic))
	}
	fmt.Fprint(c.stdout, strings.TrimLeft(text, "\n"))
	return exitOK
}

// checkCommand checks the flags and arguments of the command.
func checkCommand(o *options) error {
	switch o.command {
	case cmdStatus:
		if len(o.args) > 0 {
			return usagef("'truce status' takes no argument, got %q", truncate(o.args[0]))
		}
		if o.json && o.set["format"] {
			return usagef("--json and --format cannot be used together")
		}
		if o.set["format"] {
			_, err := statusTemplate(o.format)
			return err
		}
	case cmdPrint:
		return checkPrint(o)
	case cmdExport:
		return checkExport(o)
	case cmdDashboard:
		if len(o.args) > 0 {
			return unknownCommand(o.args[0])
		}
	}
	return nil
}
