package widget

import "strings"

// Lines is a block of styled lines built from segments: a line is the
// segments put since the previous line ended. Panes draw into Lines, and
// their parents put them side by side (a list beside its detail) or inside
// a frame by copying segments, never by joining strings: a frame costs one
// string however deeply it is composed, and nothing when its segments are
// those of the frame before (see Screen). Segments are usually strings kept
// between frames (rendered rows, wrapped lines) or slices of constants
// (Spaces), so drawing allocates nothing once its buffers have grown.
type Lines struct {
	segs []string
	ends []int // ends[i] is one past the last segment of line i
}

// Reset empties the block, keeping its buffers.
func (l *Lines) Reset() { l.segs, l.ends = l.segs[:0], l.ends[:0] }

// Len is the number of lines ended so far.
func (l *Lines) Len() int { return len(l.ends) }

// Put adds a segment to the line being written.
func (l *Lines) Put(s string) {
	if s != "" {
		l.segs = append(l.segs, s)
	}
}

// End ends the line being written (an empty line if nothing was put).
func (l *Lines) End() { l.ends = append(l.ends, len(l.segs)) }

// Line adds a whole line of one segment.
func (l *Lines) Line(s string) { l.Put(s); l.End() }

// Block adds the lines of a string ("\n" between them; "" is one empty
// line). The segments are slices of s: nothing is copied.
func (l *Lines) Block(s string) {
	for {
		ln, rest, more := strings.Cut(s, "\n")
		l.Line(ln)
		if !more {
			return
		}
		s = rest
	}
}

// Segments returns the segments of line i.
func (l *Lines) Segments(i int) []string {
	start := 0
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.segs[start:l.ends[i]]
}

// PutLine adds the segments of src's line i to the line being written.
func (l *Lines) PutLine(src *Lines, i int) { l.segs = append(l.segs, src.Segments(i)...) }

// Append adds every line of src.
func (l *Lines) Append(src *Lines) {
	for i := range src.Len() {
		l.PutLine(src, i)
		l.End()
	}
}

// Fit makes the block exactly h lines: lines from the h-th on are dropped,
// missing ones are blank lines w cells wide.
func (l *Lines) Fit(from, w, h int) {
	switch n := l.Len() - from; {
	case n > h:
		l.ends = l.ends[:from+max(h, 0)]
		end := 0
		if len(l.ends) > 0 {
			end = l.ends[len(l.ends)-1]
		}
		l.segs = l.segs[:end]
	case n < h:
		for range h - n {
			l.Line(Spaces(w))
		}
	}
}

// size is the length of the block as one string.
func (l *Lines) size() int {
	n := max(len(l.ends)-1, 0)
	for _, s := range l.segs {
		n += len(s)
	}
	return n
}

// String joins the lines with "\n".
func (l *Lines) String() string {
	var b strings.Builder
	b.Grow(l.size())
	l.write(&b)
	return b.String()
}

func (l *Lines) write(b *strings.Builder) {
	start := 0
	for i, end := range l.ends {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, s := range l.segs[start:end] {
			b.WriteString(s)
		}
		start = end
	}
}

// equal reports whether two blocks have the same segments. Segments kept
// between frames are the same strings, which compare in constant time.
func (l *Lines) equal(o *Lines) bool {
	if len(l.segs) != len(o.segs) || len(l.ends) != len(o.ends) {
		return false
	}
	for i, e := range l.ends {
		if o.ends[i] != e {
			return false
		}
	}
	for i, s := range l.segs {
		if o.segs[i] != s {
			return false
		}
	}
	return true
}

// Screen turns a frame's Lines into the string Bubble Tea draws, keeping
// the last one: drawn again with the same segments, it returns the same
// string without building it; otherwise it builds it in one allocation.
type Screen struct {
	cur, last Lines
	text      string
	valid     bool
}

// Begin returns the empty Lines the next frame is drawn into.
func (s *Screen) Begin() *Lines {
	s.cur.Reset()
	return &s.cur
}

// String returns the frame drawn since Begin.
func (s *Screen) String() string {
	if s.valid && s.cur.equal(&s.last) {
		return s.text
	}
	s.text, s.valid = s.cur.String(), true
	s.cur, s.last = s.last, s.cur
	return s.text
}

// blanks is a run of spaces that Spaces slices.
const blanks = blanks64 + blanks64 + blanks64 + blanks64 + blanks64 + blanks64 + blanks64 + blanks64

const blanks64 = "                                                                "

// Spaces returns n spaces (none for n ≤ 0), without allocating up to 512.
func Spaces(n int) string {
	switch {
	case n <= 0:
		return ""
	case n <= len(blanks):
		return blanks[:n]
	}
	return strings.Repeat(" ", n)
}
