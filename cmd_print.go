package main

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
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

// viewNames are the names print accepts, "all" last.
func viewNames() []string {
	names := make([]string, 0, 6)
	for _, t := range ui.Tabs() {
		names = append(names, strings.ToLower(t.String()))
	}
	return append(names, "all")
}

// parseViews reads print's arguments: view names (or 1–5), or all.
func parseViews(args []string) ([]ui.TabID, error) {
	var out []ui.TabID
	for _, a := range args {
		if strings.EqualFold(a, "all") {
			return ui.Tabs(), nil
		}
		t, ok := ui.ParseTab(a)
		if !ok {
			msg := "unknown view " + strconv.Quote(truncate(a))
			if s, ok := closest(a, viewNames()); ok {
				return nil, usagef("%s (did you mean %q?)", msg, s)
			}
			return nil, usagef("%s (views: %s)", msg, strings.Join(viewNames(), ", "))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// checkPrint checks print's flags and arguments.
func checkPrint(o *options) error {
	switch o.color {
	case colorNever, colorAuto, colorAlways:
	default:
		return usagef("invalid --color %q: want auto, always or never", truncate(o.color))
	}
	if o.set["width"] {
		if _, err := parseWidth(o.width); err != nil {
			return err
		}
	}
	_, err := parseViews(o.args)
	return err
}

// parseWidth reads --width.
func parseWidth(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < minPrintWidth || n > maxPrintWidth {
		return 0, usagef("invalid --width %q: want a number of columns from %d to %d",
			truncate(s), minPrintWidth, maxPrintWidth)
	}
	return n, nil
}

// print renders views once as text.
func (c *cli) print(o *options, set settings, ds *model.Dataset) error {
	views, err := parseViews(o.args)
	if err != nil {
		return err
	}
	tty, termWidth := c.terminal(c.stdout)
	width := ui.DefaultPrintWidth
	if o.set["width"] {
		width, _ = parseWidth(o.width)
	} else if tty && termWidth >= minPrintWidth {
		width = min(termWidth, maxPrintWidth)
	}
	color := o.color == colorAlways || (o.color == colorAuto && tty && !c.noColor())
	w := c.stdout
	if o.color == colorAuto && color {
		// Down-sample to what the terminal supports (TERM, COLORTERM).
		w = &colorprofile.Writer{Forward: c.stdout, Profile: colorprofile.Env(c.environ)}
	}
	return c.printTo(w, ds, set, views, width, color)
}

// printTo writes the views with ui.Print.
func (c *cli) printTo(w io.Writer, ds *model.Dataset, set settings, views []ui.TabID, width int, color bool) error {
	return ui.Print(w, ds, ui.PrintOptions{Now: set.now, Zone: set.zone, Width: width, Color: color, Views: views})
}
