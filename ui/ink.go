package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
)

// Ink is a style reduced to what drawing one line of plain text takes: the
// escape sequence that opens it and, for a style lipgloss draws rune by
// rune (underlined), the one that opens a space. Drawing with an ink gives
// exactly what the style's Render gives for such a line, without building
// the sequences again on every call; and an Ink is a few words where a
// lipgloss.Style is over 600 bytes, so the rows and detail lines that carry
// one stay small. A style the ink cannot draw so (padding, a width, a
// border) is drawn with Render. The zero Ink draws text as it is, as the
// zero Style does.
type Ink struct {
	open, space     string // the sequences that open a run and a space ("" for none)
	perRune         bool   // each rune is drawn alone, as lipgloss draws underlined text
	slow            bool   // the ink draws with style.Render
	bold, underline bool
	style           *lipgloss.Style // the style reduced (nil for the zero Style)
}

// inkReset ends a run, as lipgloss ends every styled string.
const inkReset = "\x1b[m"

// InkOf reduces a style to an ink. It finds the sequences by rendering
// probes, so what it draws is what Render draws.
func InkOf(st lipgloss.Style) Ink {
	k := Ink{bold: st.GetBold(), underline: st.GetUnderline(), style: &st}
	open, ok := opening(st.Render("x"), "x")
	if ok {
		switch two := st.Render("xy"); two {
		case run(open, "xy"):
			k.open = open
			return k
		case run(open, "x") + run(open, "y"):
			if space, ok := opening(st.Render(" "), " "); ok {
				k.open, k.space, k.perRune = open, space, true
				return k
			}
		}
	}
	k.slow = true
	return k
}

// opening returns the sequence before probe in out, a styled probe, or
// false when out is not one run of probe.
func opening(out, probe string) (string, bool) {
	if out == probe {
		return "", true
	}
	open, ok := strings.CutSuffix(out, probe+inkReset)
	return open, ok && open != ""
}

// run is text as one run opened by open.
func run(open, text string) string {
	if open == "" {
		return text
	}
	return open + text + inkReset
}

// GetBold reports whether the ink's style is bold.
func (k Ink) GetBold() bool { return k.bold }

// GetUnderline reports whether the ink's style is underlined.
func (k Ink) GetUnderline() bool { return k.underline }

// Render draws text as the style's Render does.
func (k Ink) Render(text string) string {
	if k.slow || strings.ContainsAny(text, "\t\r\n") {
		return k.lipgloss().Render(text)
	}
	return string(k.AppendPadded(make([]byte, 0, len(k.open)+len(text)+len(inkReset)), text, 0))
}

// lipgloss is the style reduced.
func (k Ink) lipgloss() lipgloss.Style {
	if k.style == nil {
		return lipgloss.Style{}
	}
	return *k.style
}

// Append appends text drawn as Render draws it to b.
func (k Ink) Append(b []byte, text string) []byte { return k.AppendPadded(b, text, 0) }

// AppendPadded appends text followed by pad spaces, drawn as Render draws
// the two together, to b.
func (k Ink) AppendPadded(b []byte, text string, pad int) []byte {
	if k.slow || strings.ContainsAny(text, "\t\r\n") {
		return append(b, k.lipgloss().Render(text+strings.Repeat(" ", max(pad, 0)))...)
	}
	if k.perRune {
		for _, r := range text {
			b = k.appendRune(b, r)
		}
		for range pad {
			b = k.appendRune(b, ' ')
		}
		return b
	}
	b = append(b, k.open...)
	b = append(b, text...)
	for range pad {
		b = append(b, ' ')
	}
	if k.open != "" {
		b = append(b, inkReset...)
	}
	return b
}

// appendRune appends one rune drawn alone.
func (k Ink) appendRune(b []byte, r rune) []byte {
	open := k.open
	if unicode.IsSpace(r) {
		open = k.space
	}
	if open == "" {
		return utf8.AppendRune(b, r)
	}
	b = append(b, open...)
	b = utf8.AppendRune(b, r)
	return append(b, inkReset...)
}
