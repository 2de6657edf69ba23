package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/truce-dev/truce/model"
)

// The formats export writes.
var exportFormats = []string{"json", "ics", "md"}

// checkExport checks export's flags and arguments.
func checkExport(o *options) error {
	if len(o.args) > 0 {
		return usagef("'truce export' takes no argument, got %q (use --format)", truncate(o.args[0]))
	}
	switch strings.ToLower(o.format) {
	case "json", "ics", "md":
		return nil
	case "ical", "icalendar":
		return usagef("invalid --format %q: the iCalendar format is called ics", truncate(o.format))
	case "markdown":
		return usagef("invalid --format %q: the Markdown format is called md", truncate(o.format))
	}
	return usagef("invalid --format %q: want %s", truncate(o.format), strings.Join(exportFormats, ", "))
}

// export writes the dataset in one of the export formats.
func (c *cli) export(o *options, set settings, ds *model.Dataset) error {
	var b bytes.Buffer
	var err error
	switch strings.ToLower(o.format) {
	case "ics":
		err = writeICS(&b, ds, set.now)
	case "md":
		err = writeMarkdown(&b, ds, set.now, set.zone)
	default:
		err = writeJSON(&b, ds)
	}
	if err != nil {
		return err
	}
	_, err = c.stdout.Write(b.Bytes())
	return err
}

// writeJSON writes the whole dataset as indented JSON with the field names
// of the TOML file.
func writeJSON(w io.Writer, ds *model.Dataset) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	_, err := w.Write(jsonSafe(b.Bytes()))
	return err
}

// jsonSafe escapes the characters encoding/json leaves raw that a terminal
// may act on or that reorder text: DEL, the C1 controls and the bidi
// embeddings, overrides and isolates. They can only occur inside JSON
// strings, where \uXXXX means the same character, so the value is unchanged.
func jsonSafe(b []byte) []byte {
	if !bytes.ContainsFunc(b, unsafeInJSON) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unsafeInJSON(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

func unsafeInJSON(r rune) bool {
	switch {
	case r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
