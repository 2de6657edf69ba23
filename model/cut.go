package model

// CutAtClock reports whether d is what was known at an instant before the
// day the file was checked (an AsOf answer for AsOfTime before the start
// of Meta.Checked): the record may go on after AsOfTime, so an output says
// that anything later is left out. It depends on the clock and the file's
// own date only, never on whether later records exist, which is not known
// at the clock.
func (d *Dataset) CutAtClock() bool {
	return !d.AsOfTime.IsZero() && !d.Meta.Checked.IsZero() && d.AsOfTime.Before(d.Meta.Checked.Time)
}
