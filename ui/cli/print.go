package cli

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/plain"
)

// The values of print's --color.
const (
	colorNever  = "never"
	colorAuto   = "auto"
	colorAlways = "always"
)

// The widths print accepts.
const (
	minPrintWidth = 20
	maxPrintWidth = 1000
)

// printFlags are the flags of `truce print`.
type printFlags struct {
	width, color string
}

const printLong = "Prints views once as linear text, for pipes, scripts and screen readers: no box " +
	"drawing, every state spelled out. VIEW is timeline, roster, issues, countdowns, sources or " +
	"all (the default); 1-5 work too."

const printExample = `truce print countdowns --width 72
truce print roster timeline --at 2025-10-26T09:00:00+08:00
truce print | less -R`

func (r *runner) printCmd() *cobra.Command {
	var pf printFlags
	cmd := &cobra.Command{
		Use:     "print [VIEW...]",
		Short:   "Print views as plain text",
		Long:    printLong,
		Example: printExample,
		Args: func(cmd *cobra.Command, args []string) error {
			_, err := parseViews(cmd, args)
			return err
		},
		RunE: r.action(func(cmd *cobra.Command, args []string, s settings) error {
			return r.print(cmd, args, s, pf)
		}),
		ValidArgsFunction: completeViews,
	}
	f := cmd.Flags()
	f.StringVar(&pf.width, "width", "", "wrap at N columns, 20 to 1000\n(default: the terminal's width, or 80)")
	f.StringVar(&pf.color, "color", colorNever, "WHEN to colour: never, always, or auto\n(on a terminal without NO_COLOR)")
	return cmd
}

// viewNames are the names print accepts, "all" last.
func viewNames() []string { return append(ui.TabNames(), "all") }

// parseViews reads print's arguments: view names (or 1–5), or all.
func parseViews(cmd *cobra.Command, args []string) ([]ui.TabID, error) {
	var out []ui.TabID
	for _, a := range args {
		if strings.EqualFold(a, "all") {
			return ui.Tabs(), nil
		}
		t, ok := ui.ParseTab(a)
		if !ok {
			msg := "unknown view " + strconv.Quote(truncate(ui.Clean(a)))
			if s, ok := suggest(a, viewNames()); ok {
				return nil, usagef(cmd, "%s (did you mean %q?)", msg, s)
			}
			return nil, usagef(cmd, "%s (views: %s)", msg, strings.Join(viewNames(), ", "))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// parseWidth reads --width.
func parseWidth(cmd *cobra.Command, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < minPrintWidth || n > maxPrintWidth {
		return 0, usagef(cmd, "invalid --width %q: want a number of columns from %d to %d",
			truncate(s), minPrintWidth, maxPrintWidth)
	}
	return n, nil
}

// terminalPrintWidth is the width text is wrapped at on a terminal of
// width columns: the terminal's width, within 20 to 1000, or the default
// when the width is unknown (0: a pty that reports no size, as under
// script(1)).
func terminalPrintWidth(width int) int {
	if width <= 0 {
		return plain.DefaultWidth
	}
	return min(max(width, minPrintWidth), maxPrintWidth)
}

// print renders views once as text.
func (r *runner) print(cmd *cobra.Command, args []string, s settings, pf printFlags) error {
	switch pf.color {
	case colorNever, colorAuto, colorAlways:
	default:
		return usagef(cmd, "invalid --color %q: want auto, always or never", truncate(pf.color))
	}
	views, err := parseViews(cmd, args)
	if err != nil {
		return err
	}
	tty, termWidth := r.terminal(r.stdout)
	width := plain.DefaultWidth
	switch {
	case cmd.Flags().Changed("width"):
		if width, err = parseWidth(cmd, pf.width); err != nil {
			return err
		}
	case tty:
		width = terminalPrintWidth(termWidth)
	}
	ds, err := r.load()
	if err != nil {
		return err
	}
	color := pf.color == colorAlways || (pf.color == colorAuto && tty && !r.noColor())
	w := r.stdout
	if pf.color == colorAuto && color {
		// Down-sample to what the terminal supports (TERM, COLORTERM).
		w = &colorprofile.Writer{Forward: r.stdout, Profile: colorprofile.Env(r.environ)}
	}
	return printTo(w, ds, s, views, width, color)
}

// printTo writes the views with plain.Print.
func printTo(w io.Writer, ds *model.Dataset, s settings, views []ui.TabID, width int, color bool) error {
	return plain.Print(w, ds, plain.Options{Now: s.now, Zone: s.zone, Width: width, Color: color, Views: views})
}
