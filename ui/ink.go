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
				if sameAttributes(open, space) {
					k.open = open // a space looks as a word does: one run
					return k
				}
				k.open, k.space, k.perRune = open, space, true
				return k
			}
		}
	}
	k.slow = true
	return k
}

// sameAttributes reports whether two SGR sequences set the same
// attributes, whatever their order or repeats: lipgloss opens an
// underlined word with "\x1b[4;38;2;R;G;B;4m" (underline, colour, then the
// underline's style) and a space with "\x1b[38;2;R;G;B;4m", the same cell.
// A sequence with anything the space lacks (bold, reverse) is not the
// same.
func sameAttributes(a, b string) bool {
	as, aok := sgrAttributes(a)
	bs, bok := sgrAttributes(b)
	if !aok || !bok || len(as) != len(bs) {
		return false
	}
	for attr := range as {
		if !bs[attr] {
			return false
		}
	}
	return true
}

// sgrAttributes splits an SGR sequence into its attributes: a colour
// ("38;2;R;G;B", "48;5;N") is one; "4:1" (single underline) is "4". False
// when seq is not one SGR sequence.
func sgrAttributes(seq string) (map[string]bool, bool) {
	params, ok := strings.CutPrefix(seq, "\x1b[")
	if !ok {
		return nil, false
	}
	if params, ok = strings.CutSuffix(params, "m"); !ok || params == "" {
		return nil, false
	}
	attrs := map[string]bool{}
	parts := strings.Split(params, ";")
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		switch p {
		case "38", "48", "58":
			n := 2 // 38;5;N
			if i+1 < len(parts) && parts[i+1] == "2" {
				n = 4 // 38;2;R;G;B
			}
			if i+n >= len(parts) {
				return nil, false
			}
			p = strings.Join(parts[i:i+n+1], ";")
			i += n
		case "4:1":
			p = "4"
		}
		attrs[p] = true
	}
	return attrs, true
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

// Render draws text as the style's Render does: the same cells (an
// underlined text is one run per word and one per space, not one per rune).
func (k Ink) Render(text string) string {
	if k.slow || strings.ContainsAny(text, "\t\r\n") {
		return k.lipgloss().Render(text)
	}
	var p Pen
	p.B = make([]byte, 0, len(k.open)+len(text)+len(inkReset))
	p.Write(k, text)
	return string(p.End())
}

// lipgloss is the style reduced.
func (k Ink) lipgloss() lipgloss.Style {
	if k.style == nil {
		return lipgloss.Style{}
	}
	return *k.style
}

// Pen draws inked text into a buffer, opening a sequence only where the
// ink changes: the cells Render gives, in fewer bytes (a row's cells and
// the spaces between them in the same ink are one run, an underlined word
// is one run). End closes the run; every line must end so, as the lines it
// draws are put side by side with others.
type Pen struct {
	// B is what was drawn.
	B   []byte
	cur string // the sequence in effect ("" for none)
}

// Reset empties the pen, keeping its buffer.
func (p *Pen) Reset() { p.B, p.cur = p.B[:0], "" }

// Write draws text in ink k.
func (p *Pen) Write(k Ink, text string) { p.WritePadded(k, text, 0) }

// WritePadded draws text and pad spaces after it in ink k.
func (p *Pen) WritePadded(k Ink, text string, pad int) {
	switch {
	case k.slow || strings.ContainsAny(text, "\t\r\n"):
		p.open("")
		p.B = append(p.B, k.lipgloss().Render(text+strings.Repeat(" ", max(pad, 0)))...)
	case k.perRune:
		for _, r := range text {
			p.rune(k, r)
		}
		for range pad {
			p.rune(k, ' ')
		}
	default:
		if text == "" && pad <= 0 {
			return // Render draws an empty run: no cell
		}
		p.open(k.open)
		p.B = append(p.B, text...)
		for range pad {
			p.B = append(p.B, ' ')
		}
	}
}

// Raw draws a string drawn elsewhere (ending with its sequences closed).
func (p *Pen) Raw(s string) {
	p.open("")
	p.B = append(p.B, s...)
}

// Newline ends the line and starts another.
func (p *Pen) Newline() {
	p.open("")
	p.B = append(p.B, '\n')
}

// End closes the run and returns what was drawn.
func (p *Pen) End() []byte {
	p.open("")
	return p.B
}

// open puts the sequence seq in effect. From one colour alone to another
// the new colour is enough; otherwise the reset goes in the same sequence
// ("\x1b[0;1;38;2;…m").
func (p *Pen) open(seq string) {
	switch {
	case seq == p.cur:
		return
	case p.cur == "":
		p.B = append(p.B, seq...)
	case seq == "":
		p.B = append(p.B, inkReset...)
	case colourOnly(p.cur) && colourOnly(seq):
		p.B = append(p.B, seq...)
	default:
		p.B = append(append(p.B, "\x1b[0;"...), seq[len("\x1b["):]...)
	}
	p.cur = seq
}

// colourOnly reports whether an opening sequence sets the foreground
// colour and nothing else: "\x1b[38;2;R;G;Bm", "\x1b[38;5;Nm", "\x1b[3Nm"
// or "\x1b[9Nm".
func colourOnly(seq string) bool {
	params, ok := strings.CutPrefix(seq, "\x1b[")
	if !ok || !strings.HasSuffix(params, "m") {
		return false
	}
	params = params[:len(params)-1]
	switch n := strings.Count(params, ";"); {
	case n == 4:
		return strings.HasPrefix(params, "38;2;")
	case n == 2:
		return strings.HasPrefix(params, "38;5;")
	case n == 0 && len(params) == 2:
		return (params[0] == '3' || params[0] == '9') && params[1] >= '0' && params[1] <= '7'
	}
	return false
}

// rune draws one rune as lipgloss draws an underlined style: a space in
// the space's sequence, any other rune in the style's.
func (p *Pen) rune(k Ink, r rune) {
	if unicode.IsSpace(r) {
		p.open(k.space)
	} else {
		p.open(k.open)
	}
	p.B = utf8.AppendRune(p.B, r)
}
