// Package export writes the dataset for other programs: JSON with the field
// names of the TOML file, an iCalendar file (RFC 5545) of the deadlines and
// a Markdown report. Every string from the data is cleaned or escaped so
// that no output carries a control character or escape sequence to a
// terminal that shows it.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// WriteJSON writes the dataset as indented JSON with the field names of the
// TOML file.
func WriteJSON(w io.Writer, ds *model.Dataset) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	_, err := w.Write(JSONSafe(b.Bytes()))
	return err
}

// JSONSafe escapes the characters encoding/json leaves raw that a terminal
// may act on or that reorder or hide text (ui.IsUnsafe: DEL, the C1
// controls, bidi controls, zero-width characters). They can only occur
// inside JSON strings, where \uXXXX means the same character, so the value
// is unchanged.
func JSONSafe(b []byte) []byte {
	unsafe := func(r rune) bool { return r >= 0x7f && ui.IsUnsafe(r) }
	if !bytes.ContainsFunc(b, unsafe) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unsafe(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}
