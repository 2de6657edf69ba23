package dashboard

import "time"

// Clock tells the time. Nothing in ui calls time.Now: everything asks the
// program's Clock, so tests and --at run on a clock of their choosing.
type Clock interface {
	// Now returns the current instant.
	Now() time.Time
}

// SystemClock is real time.
type SystemClock struct{}

// Now returns time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always returns the same instant; for tests and golden files.
type FixedClock time.Time

// Now returns the fixed instant.
func (c FixedClock) Now() time.Time { return time.Time(c) }

// AppClock is the dashboard's clock: a real (or test) source, shifted by an
// offset for time travel, and optionally paused. The shown instant is always
// computed from the source, never accumulated tick by tick, so it cannot
// drift.
type AppClock struct {
	src      Clock
	offset   time.Duration
	paused   bool
	pausedAt time.Time
}

// NewAppClock returns a clock reading src, starting at start when start is
// not zero (time travel: --at), running from there.
func NewAppClock(src Clock, start time.Time) *AppClock {
	c := &AppClock{src: src}
	if !start.IsZero() {
		c.offset = ceilSecond(start.Sub(src.Now()))
	}
	return c
}

// Now returns the clock's instant.
func (c *AppClock) Now() time.Time {
	if c.paused {
		return c.pausedAt
	}
	return c.src.Now().Add(c.offset)
}

// Live reports whether the clock shows real time: not shifted, not paused.
// Shifts under a second (from --at now) count as live.
func (c *AppClock) Live() bool {
	return !c.paused && !c.Shifted()
}

// Shifted reports whether the clock is shifted from its source (time
// travel), paused or not. Shifts under a second (from --at now) do not
// count.
func (c *AppClock) Shifted() bool {
	return c.offset >= time.Second || c.offset <= -time.Second
}

// Paused reports whether the clock is paused.
func (c *AppClock) Paused() bool { return c.paused }

// Offset is how far the clock is shifted from its source.
func (c *AppClock) Offset() time.Duration { return c.offset }

// Step moves the clock by d, paused or not.
func (c *AppClock) Step(d time.Duration) {
	if c.paused {
		c.pausedAt = c.pausedAt.Add(d)
	}
	c.offset += d
}

// TogglePause pauses a running clock or resumes a paused one from the
// instant it shows.
func (c *AppClock) TogglePause() {
	if c.paused {
		c.offset = ceilSecond(c.pausedAt.Sub(c.src.Now()))
		c.paused = false
		return
	}
	c.pausedAt = c.Now()
	c.paused = true
}

// Reset returns to real time, running.
func (c *AppClock) Reset() {
	c.offset = 0
	c.paused = false
}

// ceilSecond rounds an offset up to a whole second. Whole seconds: ticks
// come on the wall clock's second, so the shown second turns with them; up:
// the first frame shows the asked instant itself (the clock reads it plus
// under a second), never the second before it.
func ceilSecond(d time.Duration) time.Duration {
	t := d.Truncate(time.Second)
	if t < d {
		t += time.Second
	}
	return t
}
