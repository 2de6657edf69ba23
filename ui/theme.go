package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme is the semantic palette the styles are built from. Views never name
// a colour; they use a style whose colour comes from here.
type Theme struct {
	// IsDark is true for the palette meant for dark backgrounds.
	IsDark bool
	// NoColor turns every colour off; emphasis uses bold and reverse only.
	NoColor bool
	// Text is body text; Muted is secondary text; Subtle is rules and hints.
	Text, Muted, Subtle color.Color
	// Accent marks the active tab, headings and focus.
	Accent color.Color
	// AccentText is text drawn on an Accent background.
	AccentText color.Color
	// SelectionBg is the background of the selected row.
	SelectionBg color.Color
	// Match is the background of search matches.
	Match color.Color
	// US and China colour the two sides; Other the rest.
	US, China, Other color.Color
	// Good, Warn and Bad colour states: confirmed/averted, single source
	// and reminders, errors and discrepancies.
	Good, Warn, Bad color.Color
	// Border is the colour of pane borders.
	Border color.Color
}

// NewTheme returns the palette for a dark or light background.
func NewTheme(isDark, noColor bool) Theme {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return Theme{
		IsDark:      isDark,
		NoColor:     noColor,
		Text:        ld(c("#1F1F28"), c("#DCD7BA")),
		Muted:       ld(c("#5C5A6B"), c("#A6A69C")),
		Subtle:      ld(c("#9A98A8"), c("#5F5F6E")),
		Accent:      ld(c("#6A3FBF"), c("#B794F6")),
		AccentText:  ld(c("#FFFFFF"), c("#1A1A22")),
		SelectionBg: ld(c("#E4DCF5"), c("#363046")),
		Match:       ld(c("#FFE08A"), c("#7A5C00")),
		US:          ld(c("#1D5FBF"), c("#7FB4FF")),
		China:       ld(c("#B3261E"), c("#FF8A80")),
		Other:       ld(c("#4D6B2F"), c("#A5D67A")),
		Good:        ld(c("#1E7A3C"), c("#7DD3A0")),
		Warn:        ld(c("#9A5B00"), c("#F2C46D")),
		Bad:         ld(c("#B3261E"), c("#FF7A70")),
		Border:      ld(c("#C9C5D6"), c("#45435A")),
	}
}
