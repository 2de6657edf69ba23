package plain

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/truce-dev/truce/ui"

	"charm.land/lipgloss/v2"

	"github.com/truce-dev/truce/model"
)

// Options configure Print.
type Options struct {
	// Now is the instant the views are seen from (events after it are not
	// yet known, deadlines count down to it).
	Now time.Time
	// Zone is the reader's zone for the clock line; nil means UTC.
	Zone *time.Location
	// Width is the column at which text wraps; below 20 means 80.
	Width int
	// Color styles the text (SGR sequences, full colour, dark palette);
	// false gives plain text with no escape sequence at all.
	Color bool
	// Views are the views to print, in order; empty means all of them.
	Views []ui.TabID
}

// DefaultWidth is the wrap width when Options.Width is unset.
const DefaultWidth = 80

// Print writes each view once as linear text: an accessible form of the
// dashboard for pipes, screen readers and scripts. There is no box drawing
// and no symbol that carries meaning alone: states are spelled out ("passed
// 13 days ago, outcome: extended", "attended, reported by one source").
// Every string from the data goes through Clean.
func Print(w io.Writer, ds *model.Dataset, o Options) error {
	if o.Width < 20 {
		o.Width = DefaultWidth
	}
	views := o.Views
	if len(views) == 0 {
		views = ui.Tabs()
	}
	p := newPrinter(ds, o)
	p.header()
	for _, v := range views {
		p.blank()
		switch v {
		case ui.TabTimeline:
			p.timeline()
		case ui.TabRoster:
			p.roster()
		case ui.TabIssues:
			p.issues()
		case ui.TabCountdowns:
			p.countdowns()
		case ui.TabSources:
			p.sources()
		default:
			return fmt.Errorf("no view %d", int(v))
		}
	}
	_, err := io.WriteString(w, p.b.String())
	return err
}

// printer accumulates the text of Print.
type printer struct {
	data  *model.Dataset // the whole dataset
	known *model.Dataset // what was known at now
	now   time.Time
	zone  *time.Location
	st    *ui.Styles
	width int
	color bool
	b     strings.Builder
}

func newPrinter(ds *model.Dataset, o Options) *printer {
	zone := o.Zone
	if zone == nil {
		zone = time.UTC
	}
	now := o.Now.Truncate(time.Second)
	return &printer{data: ds, known: ds.AsOf(now), now: now, zone: zone,
		st: ui.NewStyles(ui.NewTheme(true, false)), width: o.Width, color: o.Color}
}

// style applies s when printing in colour.
func (p *printer) style(s lipgloss.Style, text string) string {
	if !p.color || text == "" {
		return text
	}
	return s.Render(text)
}

// blank writes an empty line.
func (p *printer) blank() { p.b.WriteByte('\n') }

// text writes cleaned paragraphs wrapped at the width, indented by indent
// cells; each line is styled on its own so that styles never span a line
// break.
func (p *printer) text(indent int, s lipgloss.Style, text string) {
	if text == "" {
		return
	}
	for _, para := range strings.Split(text, "\n") {
		p.wrapped(indent, indent, s, para)
	}
}

func (p *printer) wrapped(first, rest int, s lipgloss.Style, text string) {
	w := max(p.width-rest, 10)
	lines := wrapWords(text, w)
	for i, ln := range lines {
		pad := rest
		if i == 0 {
			pad = first
		}
		ln = strings.TrimRight(ln, " ")
		p.b.WriteString(strings.Repeat(" ", pad))
		p.b.WriteString(p.style(s, ln))
		p.b.WriteByte('\n')
	}
}

// field writes "Label: text" with the label styled, wrapped.
func (p *printer) field(indent int, label, text string) {
	if text == "" {
		return
	}
	w := max(p.width-indent-2, 10)
	lines := wrapWords(label+": "+text, w)
	for i, ln := range lines {
		ln = strings.TrimRight(ln, " ")
		pad := indent
		if i > 0 {
			pad = indent + 2
		}
		p.b.WriteString(strings.Repeat(" ", pad))
		if i == 0 && p.color && strings.HasPrefix(ln, label+":") {
			ln = p.st.Label.Render(label+":") + p.st.Text.Render(ln[len(label)+1:])
		} else {
			ln = p.style(p.st.Text, ln)
		}
		p.b.WriteString(ln)
		p.b.WriteByte('\n')
	}
}

// heading writes a view's heading line.
func (p *printer) heading(text string) {
	p.wrapped(0, 2, p.st.Title, text)
}

// subheading writes a group heading inside a view.
func (p *printer) subheading(text string) {
	p.wrapped(0, 2, p.st.Heading, text)
}

// header names the data and the instant it is seen from.
func (p *printer) header() {
	d := p.known
	title := ui.Clean(d.Meta.Title)
	if title == "" {
		title = "truce"
	}
	p.heading(title)
	sources := ui.Plural(len(d.Sources), "source")
	if d.CutAtClock() {
		sources += " (" + ui.LaterSourcesWords + ")"
	}
	p.field(0, "Data", ui.Coverage(d.Meta)+"; "+sources)
	p.field(0, "Seen at", p.now.In(p.zone).Format(ui.LayoutSecond))
}

// sourcesField lists a record's confidence and sources on one field.
func (p *printer) sourcesField(indent int, s model.Sourced) {
	p.field(indent, "Confidence", ui.SourcedWord(s, ui.Spelled))
	names := make([]string, 0, len(s.Sources))
	for _, id := range s.Sources {
		names = append(names, p.sourceName(id))
	}
	p.field(indent, "Sources", strings.Join(names, "; "))
}

// sourceName is "Outlet, Title (date)", or the id of an unknown source.
func (p *printer) sourceName(id string) string {
	src, ok := p.known.Source(id)
	if !ok {
		return ui.Clean(id)
	}
	return ui.Clean(src.Outlet) + ", " + ui.Clean(src.Title) + " (" + ui.Clean(src.Date) + ")"
}

// discrepancies spells out every discrepancy about a record.
func (p *printer) discrepancies(indent int, kind model.RecordKind, id string) {
	for _, x := range p.known.DiscrepanciesAbout(kind, id) {
		p.discrepancy(indent, x, true)
	}
}

// discrepancy writes one discrepancy: who claimed what, and the record.
func (p *printer) discrepancy(indent int, x *model.Discrepancy, named bool) {
	label := "Claim"
	if named {
		name := ui.Clean(x.Source)
		if src, ok := p.known.Source(x.Source); ok {
			name = ui.Clean(src.Outlet)
		}
		label = "Discrepancy: " + name + " says"
	}
	if p.color {
		p.wrapped(indent, indent+2, p.st.Flag, label+": "+ui.Clean(x.Claim))
	} else {
		p.field(indent, label, ui.Clean(x.Claim))
	}
	p.field(indent+2, "The record", ui.Clean(x.Correction))
	names := make([]string, 0, len(x.Sources))
	for _, id := range x.Sources {
		names = append(names, p.sourceName(id))
	}
	p.field(indent+2, "Correction sourced from", strings.Join(names, "; "))
}

// joinNames joins cleaned names with commas.
func joinNames(names []string) string { return strings.Join(names, ", ") }

// wrapWords wraps plain text at spaces to lines of at most w cells; a URL
// or an e-mail address is never broken and sits whole on a line of its own
// when it does not fit (ui.Wrap).
func wrapWords(text string, w int) []string { return ui.Wrap(text, w, ui.KeepLinks) }
