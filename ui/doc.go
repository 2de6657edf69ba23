// Package ui is how truce looks and speaks: what every way a user meets it
// shares. It holds the tab ids, the sanitizer (Clean) that every string
// from the data passes through before it reaches a terminal, the semantic
// theme and the one Styles built from it, and the one vocabulary of words
// for instants, durations, deadline states and outcomes (words.go).
//
// Each child package is one way to meet truce, and takes its wording from
// here:
//
//	ui/cli                 the command line (cobra + fang): commands, flags, help
//	ui/dashboard           the Bubble Tea program: root model, clock, one file per tab
//	ui/dashboard/widget    reusable panes: List, Detail, Browser, layout maths
//	ui/plain               `truce print`: every view as linear text
//	ui/export              `truce export`: JSON, iCalendar (RFC 5545), Markdown
//
// Imports run downward only: ui imports model; the children import ui and
// model; cli imports the other children and data. Widths are measured in
// terminal cells (lipgloss.Width, ansi.StringWidth), never in bytes.
package ui
