package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Styles holds every style the program draws with. It is built once from a
// Theme by NewStyles and rebuilt when the terminal reports its background;
// lipgloss.NewStyle appears nowhere else.
type Styles struct {
	// Theme is the palette the styles were built from.
	Theme Theme

	// Tab and TabActive draw the tab labels; TabBar the bar behind them.
	Tab, TabActive, TabBar lipgloss.Style
	// Footer is the status line; FooterKey and FooterValue its parts;
	// ClockMarker flags a clock that is not real time; ClockMarkerTight
	// is the same without its padding, for a narrow footer.
	Footer, FooterKey, FooterValue, ClockMarker, ClockMarkerTight lipgloss.Style
	// Banner is the alert line shown over the footer.
	Banner lipgloss.Style
	// Reminder is the footer's deadline reminder.
	Reminder lipgloss.Style

	// Pane and PaneFocused frame the list and detail panes; their frame
	// sizes drive the layout. PaneEdge and PaneEdgeFocused colour the
	// border characters Box draws.
	Pane, PaneFocused, PaneEdge, PaneEdgeFocused lipgloss.Style

	// Text is body text; Muted secondary; Subtle hints and rules.
	Text, Muted, Subtle lipgloss.Style
	// Title is a detail pane's title; Heading a section heading inside it.
	Title, Heading lipgloss.Style
	// Label is a field name in a detail ("Venue").
	Label lipgloss.Style
	// Link is a navigable reference; LinkSelected the one under the cursor.
	Link, LinkSelected lipgloss.Style

	// Row is a list row; RowSelected the selected row (focused list);
	// RowSelectedBlur the selected row when the list is not focused.
	Row, RowSelected, RowSelectedBlur lipgloss.Style
	// GroupHeader is a non-selectable heading row inside a list.
	GroupHeader lipgloss.Style
	// ColumnHeader is the header line of a list's columns.
	ColumnHeader lipgloss.Style
	// Match highlights search matches.
	Match lipgloss.Style
	// SearchPrompt and SearchText draw the search line.
	SearchPrompt, SearchText lipgloss.Style
	// SearchInput styles the search line's text input (a cursor that does
	// not blink).
	SearchInput textinput.Styles
	// Note is a quiet explanatory line ("3 events lie ahead").
	Note lipgloss.Style

	// Round marks rounds in the timeline.
	Round lipgloss.Style
	// Flag marks a discrepancy: a source that got this wrong.
	Flag lipgloss.Style
	// Good, Warn and Bad draw states.
	Good, Warn, Bad lipgloss.Style
	// Side styles by party.
	SideUS, SideChina, SideOther lipgloss.Style

	// Big is the prominent countdown figure.
	Big lipgloss.Style
	// Notice is the "terminal too small" message.
	Notice lipgloss.Style

	// Help styles the help line and the full help.
	Help help.Styles

	// Ink are the styles lists and details draw their text with, as inks:
	// what drawing a line of plain text in them takes (see Ink).
	Ink Inks
}

// Inks are the styles of Styles that rows and detail lines are drawn in,
// each reduced to an Ink (their namesakes in Styles, and each side's style
// in bold for a side's name over its people).
type Inks struct {
	Text, Muted, Subtle, Title, Heading, Label, Link, LinkSelected Ink
	Row, RowSelected, RowSelectedBlur, GroupHeader, ColumnHeader   Ink
	Match, Note, Round, Flag, Good, Warn, Bad                      Ink
	FooterKey, FooterValue, Reminder                               Ink
	SideUS, SideChina, SideOther                                   Ink
	SideUSBold, SideChinaBold, SideOtherBold                       Ink
}

// inks reduces the styles to inks.
func (s *Styles) inks() Inks {
	return Inks{
		Text: InkOf(s.Text), Muted: InkOf(s.Muted), Subtle: InkOf(s.Subtle), Title: InkOf(s.Title),
		Heading: InkOf(s.Heading), Label: InkOf(s.Label), Link: InkOf(s.Link), LinkSelected: InkOf(s.LinkSelected),
		Row: InkOf(s.Row), RowSelected: InkOf(s.RowSelected), RowSelectedBlur: InkOf(s.RowSelectedBlur),
		GroupHeader: InkOf(s.GroupHeader), ColumnHeader: InkOf(s.ColumnHeader), Match: InkOf(s.Match), Note: InkOf(s.Note),
		FooterKey: InkOf(s.FooterKey), FooterValue: InkOf(s.FooterValue), Reminder: InkOf(s.Reminder),
		Round: InkOf(s.Round), Flag: InkOf(s.Flag), Good: InkOf(s.Good), Warn: InkOf(s.Warn), Bad: InkOf(s.Bad),
		SideUS: InkOf(s.SideUS), SideChina: InkOf(s.SideChina), SideOther: InkOf(s.SideOther),
		SideUSBold: InkOf(s.SideUS.Bold(true)), SideChinaBold: InkOf(s.SideChina.Bold(true)), SideOtherBold: InkOf(s.SideOther.Bold(true)),
	}
}

// Side returns the ink for a party.
func (k *Inks) Side(side model.Side) Ink {
	switch side {
	case model.US:
		return k.SideUS
	case model.China:
		return k.SideChina
	default:
		return k.SideOther
	}
}

// SideBold returns the ink for a party, in bold.
func (k *Inks) SideBold(side model.Side) Ink {
	switch side {
	case model.US:
		return k.SideUSBold
	case model.China:
		return k.SideChinaBold
	default:
		return k.SideOtherBold
	}
}

// Confidence returns the ink for a confidence level.
func (k *Inks) Confidence(c model.Confidence) Ink {
	switch c {
	case model.Confirmed:
		return k.Good
	case model.Single:
		return k.Warn
	default:
		return k.Bad
	}
}

// NewStyles builds the styles from a theme.
func NewStyles(t Theme) *Styles {
	base := lipgloss.NewStyle()
	fg := base.Foreground
	s := &Styles{Theme: t}

	s.TabBar = base.BorderStyle(lipgloss.NormalBorder()).BorderBottom(true).BorderForeground(t.Border)
	s.Tab = fg(t.Muted).Padding(0, 1)
	s.TabActive = base.Padding(0, 1).Bold(true).Foreground(t.AccentText).Background(t.Accent)
	s.Footer = fg(t.Muted)
	s.FooterKey = fg(t.Subtle)
	s.FooterValue = fg(t.Text)
	s.ClockMarker = base.Bold(true).Foreground(t.AccentText).Background(t.Warn).Padding(0, 1)
	s.ClockMarkerTight = s.ClockMarker.Padding(0)
	s.Banner = base.Bold(true).Foreground(t.AccentText).Background(t.Bad).Padding(0, 1)
	s.Reminder = fg(t.Warn).Bold(true)

	s.Pane = base.Border(lipgloss.RoundedBorder()).BorderForeground(t.Border).Padding(0, 1)
	s.PaneFocused = s.Pane.BorderForeground(t.Accent)
	s.PaneEdge = fg(t.Border)
	s.PaneEdgeFocused = fg(t.Accent)

	s.Text = fg(t.Text)
	s.Muted = fg(t.Muted)
	s.Subtle = fg(t.Subtle)
	s.Title = fg(t.Accent).Bold(true)
	s.Heading = fg(t.Text).Bold(true).Underline(true)
	s.Label = fg(t.Muted).Bold(true)
	s.Link = fg(t.Accent).Underline(true)
	s.LinkSelected = base.Foreground(t.AccentText).Background(t.Accent).Bold(true)

	s.Row = fg(t.Text)
	s.RowSelected = base.Foreground(t.Text).Background(t.SelectionBg).Bold(true)
	s.RowSelectedBlur = base.Foreground(t.Muted).Background(t.SelectionBg)
	s.GroupHeader = fg(t.Accent).Bold(true)
	s.ColumnHeader = fg(t.Muted).Bold(true)
	s.Match = base.Background(t.Match).Foreground(t.Text).Underline(true)
	s.SearchPrompt = fg(t.Accent).Bold(true)
	s.SearchText = fg(t.Text)
	s.Note = fg(t.Muted).Italic(true)

	s.Round = fg(t.Accent).Bold(true)
	s.Flag = fg(t.Bad).Bold(true)
	s.Good = fg(t.Good)
	s.Warn = fg(t.Warn)
	s.Bad = fg(t.Bad)
	s.SideUS = fg(t.US)
	s.SideChina = fg(t.China)
	s.SideOther = fg(t.Other)

	s.Big = fg(t.Accent).Bold(true)
	s.Notice = fg(t.Warn).Bold(true)

	s.Help = help.DefaultStyles(t.IsDark)
	if t.NoColor {
		s.noColor()
	}
	s.SearchInput = s.searchInput(t)
	s.Ink = s.inks()
	return s
}

// searchInput styles the search line's text input from the search styles.
func (s *Styles) searchInput(t Theme) textinput.Styles {
	state := textinput.StyleState{Text: s.SearchText, Placeholder: s.Muted, Suggestion: s.Muted, Prompt: s.SearchPrompt}
	return textinput.Styles{Focused: state, Blurred: state,
		Cursor: textinput.CursorStyle{Color: t.Accent, Shape: tea.CursorBlock, Blink: false}}
}

// noColor replaces colour-only emphasis with attributes that survive a
// monochrome terminal: reverse video for selection, bold for the active tab.
func (s *Styles) noColor() {
	plain := lipgloss.NewStyle()
	for _, st := range []*lipgloss.Style{
		&s.Tab, &s.Footer, &s.FooterKey, &s.FooterValue, &s.Text, &s.Muted, &s.Subtle,
		&s.Row, &s.Note, &s.Good, &s.Warn, &s.Bad, &s.SideUS, &s.SideChina, &s.SideOther,
		&s.Label, &s.ColumnHeader, &s.SearchText,
	} {
		*st = st.UnsetForeground().UnsetBackground()
	}
	s.TabActive = plain.Padding(0, 1).Bold(true).Reverse(true)
	s.RowSelected = plain.Reverse(true).Bold(true)
	s.RowSelectedBlur = plain.Reverse(true)
	s.LinkSelected = plain.Reverse(true).Bold(true)
	s.Match = plain.Underline(true).Bold(true)
	s.ClockMarker = plain.Reverse(true).Bold(true).Padding(0, 1)
	s.ClockMarkerTight = s.ClockMarker.Padding(0)
	s.Banner = plain.Reverse(true).Bold(true).Padding(0, 1)
}

// Side returns the style for a party.
func (s *Styles) Side(side model.Side) lipgloss.Style {
	switch side {
	case model.US:
		return s.SideUS
	case model.China:
		return s.SideChina
	default:
		return s.SideOther
	}
}

// Confidence returns the style for a confidence level.
func (s *Styles) Confidence(c model.Confidence) lipgloss.Style {
	switch c {
	case model.Confirmed:
		return s.Good
	case model.Single:
		return s.Warn
	default:
		return s.Bad
	}
}
