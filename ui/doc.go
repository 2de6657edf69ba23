// Package ui is the Bubble Tea program of truce: a root model with one tab
// per view (Timeline, Roster, Issues, Countdowns, Sources), the shared clock,
// the keymap, the theme, and the plain renderings used by `truce print`.
//
// Every string that comes from the data reaches the screen through Clean,
// and every width is measured in terminal cells (lipgloss.Width), never in
// bytes.
package ui
