package cli

import (
	"bytes"
	"strings"

	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/export"
)

// exportFormats are the formats export writes, with what each is.
var exportFormats = []cobra.Completion{
	cobra.CompletionWithDesc("json", "the whole dataset, with the field names of the TOML file"),
	cobra.CompletionWithDesc("ics", "the deadlines as an iCalendar file (RFC 5545)"),
	cobra.CompletionWithDesc("md", "a Markdown report with the sources of every record"),
}

const exportLong = "Writes the data to standard output: the whole dataset, or with --at only what was " +
	"known at that instant. json (the default) is the dataset, " +
	"with the field names of the TOML file; ics is the deadlines as an iCalendar file (RFC 5545) " +
	"to import into a calendar, where importing a newer export updates the same events; md is a " +
	"Markdown report with the sources of every record."

const exportExample = `truce export --format ics > truce-deadlines.ics
truce export | jq '.deadlines[].id'`

func (r *runner) exportCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "export",
		Short:   "Write the data as JSON, iCalendar or Markdown",
		Long:    exportLong,
		Example: exportExample,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef(cmd, "'truce export' takes no argument, got %q (use --format)", truncate(ui.Clean(args[0])))
			}
			return nil
		},
		RunE: r.action(func(cmd *cobra.Command, _ []string, s settings) error {
			return r.export(cmd, s, format)
		}),
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	cmd.Flags().StringVar(&format, "format", "json", "the FORMAT: json, ics or md")
	return cmd
}

// checkFormat checks export's --format.
func checkFormat(cmd *cobra.Command, format string) error {
	switch strings.ToLower(format) {
	case "json", "ics", "md":
		return nil
	case "ical", "icalendar":
		return usagef(cmd, "invalid --format %q: the iCalendar format is called ics", truncate(format))
	case "markdown":
		return usagef(cmd, "invalid --format %q: the Markdown format is called md", truncate(format))
	}
	return usagef(cmd, "invalid --format %q: want json, ics or md", truncate(ui.Clean(format)))
}

// export writes the dataset in one of the export formats.
func (r *runner) export(cmd *cobra.Command, s settings, format string) error {
	if err := checkFormat(cmd, format); err != nil {
		return err
	}
	ds, err := r.load()
	if err != nil {
		return err
	}
	if !s.at.IsZero() {
		ds = ds.AsOf(s.at) // --at: only what was known then
	}
	var b bytes.Buffer
	switch strings.ToLower(format) {
	case "ics":
		err = export.WriteICS(&b, ds, s.now)
	case "md":
		err = export.WriteMarkdown(&b, ds, s.now, s.zone)
	default:
		err = export.WriteJSON(&b, ds)
	}
	if err != nil {
		return err
	}
	_, err = r.stdout.Write(b.Bytes())
	return err
}
