package dashboard

import (
	"strings"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// Positions over time: each side's stance as of the clock, then how it
// moved, entry by entry, dated, with the round or event it came from and its
// sources, each change marked.

// stanceLines are each side's stance as of the clock.
func (v *Issues) stanceLines(is *model.Issue) []widget.Line {
	st := v.sh.Styles
	var out []widget.Line
	for _, side := range []model.Side{model.US, model.China} {
		text := is.US
		if side == model.China {
			text = is.China
		}
		label := side.Label()
		if e := latestPosition(is, side); e != nil {
			label += " (as of " + ui.FormatAt(e.Known, v.sh.Zone) + ")"
		}
		out = append(out, heading(st, label)...)
		if text == "" {
			out = append(out, widget.Line{Text: "no stance known at this instant", Style: st.Ink.Note})
			continue
		}
		out = append(out, widget.Line{Text: ui.Clean(text), Style: st.Ink.Side(side)})
	}
	return out
}

// latestPosition is the side's latest entry (in an answer of AsOf: the
// latest known), or nil.
func latestPosition(is *model.Issue, side model.Side) *model.PositionEntry {
	var out *model.PositionEntry
	for i := range is.Positions {
		if is.Positions[i].Side == side {
			out = &is.Positions[i]
		}
	}
	return out
}

// historyLines show how the status and each side's stance moved, oldest
// first, as known at the clock. Nothing when the data has no history
// (schema 1 files give only the current stance).
func (v *Issues) historyLines(is *model.Issue) []widget.Line {
	sh := v.sh
	st := sh.Styles
	if len(is.Positions) == 0 && len(is.Statuses) < 2 {
		return nil
	}
	out := heading(st, "How it moved")
	seen := map[model.Side]bool{}
	for _, e := range v.timeline(is) {
		mark, style := "Δ changed", st.Ink.Warn
		switch {
		case e.status != nil && !seen[""]:
			mark, style = "● first", st.Ink.Muted
			seen[""] = true
		case e.pos != nil && !seen[e.pos.Side]:
			mark, style = "● first stated", st.Ink.Muted
			seen[e.pos.Side] = true
		}
		out = append(out, v.entryLines(e, mark, style)...)
	}
	return out
}

// entry is one step of an issue's history: a status or a position.
type entry struct {
	status *model.StatusEntry
	pos    *model.PositionEntry
}

// timeline merges the status and position entries in order of when they
// became known.
func (v *Issues) timeline(is *model.Issue) []entry {
	var out []entry
	i, j := 0, 0
	for i < len(is.Statuses) || j < len(is.Positions) {
		takeStatus := j >= len(is.Positions) ||
			i < len(is.Statuses) && !is.Positions[j].KnownFrom().Before(is.Statuses[i].KnownFrom())
		if takeStatus {
			out = append(out, entry{status: &is.Statuses[i]})
			i++
		} else {
			out = append(out, entry{pos: &is.Positions[j]})
			j++
		}
	}
	return out
}

// entryLines draws one step: date, whose (status or side), the mark, the
// text, where it came from (a link) and its sources.
func (v *Issues) entryLines(e entry, mark string, markStyle ui.Ink) []widget.Line {
	sh := v.sh
	st := sh.Styles
	var when model.Instant
	var who, text, event, round string
	var src model.Sourced
	style := st.Ink.Text
	if e.status != nil {
		s := e.status
		when, who, event, round, src = s.Known, "status", s.Event, s.Round, s.Sourced
		text = string(s.Status)
		if !s.Until.IsZero() {
			text += " until " + ui.FormatAt(s.Until, sh.Zone)
		}
		if s.Note != "" {
			text += ". " + s.Note
		}
	} else {
		p := e.pos
		when, who, event, round, src = p.Known, p.Side.Label(), p.Event, p.Round, p.Sourced
		text, style = p.Text, st.Ink.Side(p.Side)
	}
	head := ui.FormatDayIn(when, sh.Zone) + "  " + who + "  " + mark
	out := []widget.Line{{}, {Text: head, Style: markStyle, Indent: 2}, {Text: ui.Clean(text), Style: style, Indent: 4}}
	if l, ok := v.origin(event, round); ok {
		out = append(out, l)
	}
	switch {
	case len(src.Sources) > 0:
		names := make([]string, 0, len(src.Sources))
		for _, id := range src.Sources {
			if s, ok := sh.Known.Source(id); ok {
				names = append(names, s.Outlet)
			}
		}
		out = append(out, widget.Line{Label: "Sources", Text: ui.Clean(strings.Join(names, "; ")) + " · " + ui.SourcedWord(src, ui.Spelled),
			Style: st.Ink.Muted, Indent: 4})
	case src.NoSourceYet:
		out = append(out, widget.Line{Label: "Sources", Text: ui.NoSourceYetWords, Style: st.Ink.Muted, Indent: 4})
	}
	return out
}

// origin is a link to the event or round a step came from.
func (v *Issues) origin(event, round string) (widget.Line, bool) {
	sh := v.sh
	if e, ok := sh.Known.Event(event); ok && event != "" {
		l := eventLink(sh, e, 4)
		l.Text = "from " + l.Text
		return l, true
	}
	if r, ok := sh.Known.Round(round); ok && round != "" {
		return widget.Line{Text: "from round " + ui.Clean(r.Name), Style: sh.Styles.Ink.Link, Indent: 4,
			Link: &ui.Target{Tab: ui.TabTimeline, Kind: model.RecordRound, ID: r.ID}}, true
	}
	return widget.Line{}, false
}
