package plain

import (
	"strings"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// asOf is " (as of 12 May 2025)": when the side's stance shown was stated.
func (p *printer) asOf(is *model.Issue, side model.Side) string {
	var last *model.PositionEntry
	for i := range is.Positions {
		if is.Positions[i].Side == side {
			last = &is.Positions[i]
		}
	}
	if last == nil {
		return ""
	}
	return " (as of " + ui.FormatAt(last.Known, p.zone) + ")"
}

// orNone is the text, or a word saying there is none yet.
func orNone(s string) string {
	if s == "" {
		return "none known at this instant"
	}
	return s
}

// history spells out how an issue's status and each side's stance moved,
// oldest first, as known at the instant: each step dated, whose it is,
// whether it was the first or a change, where it came from and its sources.
func (p *printer) history(is *model.Issue) {
	if len(is.Positions) == 0 && len(is.Statuses) < 2 {
		return
	}
	p.field(2, "How it moved", "oldest first")
	seen := map[model.Side]bool{}
	statusSeen := false
	i, j := 0, 0
	for i < len(is.Statuses) || j < len(is.Positions) {
		if j >= len(is.Positions) || i < len(is.Statuses) && !is.Positions[j].KnownFrom().Before(is.Statuses[i].KnownFrom()) {
			s := &is.Statuses[i]
			i++
			mark := "changed"
			if !statusSeen {
				mark, statusSeen = "first", true
			}
			text := string(s.Status)
			if !s.Until.IsZero() {
				text += " until " + ui.FormatAt(s.Until, p.zone)
			}
			if s.Note != "" {
				text += ". " + ui.Clean(s.Note)
			}
			p.step(s.Known, "status", mark, text, s.Event, s.Round, s.Sourced)
			continue
		}
		e := &is.Positions[j]
		j++
		mark := "changed"
		if !seen[e.Side] {
			mark, seen[e.Side] = "first stated", true
		}
		p.step(e.Known, e.Side.Label(), mark, ui.Clean(e.Text), e.Event, e.Round, e.Sourced)
	}
}

// step writes one step of a history.
func (p *printer) step(when model.Instant, who, mark, text, event, round string, src model.Sourced) {
	label := ui.FormatDayIn(when, p.zone) + ", " + who + ", " + mark
	var from []string
	if e, ok := p.known.Event(event); ok && event != "" {
		from = append(from, "from "+ui.Clean(e.Title))
	}
	if r, ok := p.known.Round(round); ok && round != "" {
		from = append(from, "from round "+ui.Clean(r.Name))
	}
	names := make([]string, 0, len(src.Sources))
	for _, id := range src.Sources {
		if s, ok := p.known.Source(id); ok {
			names = append(names, ui.Clean(s.Outlet))
		}
	}
	switch {
	case len(names) > 0:
		from = append(from, "sources: "+strings.Join(names, "; ")+", "+ui.SourcedWord(src, ui.Spelled))
	case src.NoSourceYet:
		from = append(from, ui.NoSourceYetWords)
	}
	if len(from) > 0 {
		text += " (" + strings.Join(from, "; ") + ")"
	}
	p.field(4, label, text)
}
