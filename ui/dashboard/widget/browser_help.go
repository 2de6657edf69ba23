package widget

import "charm.land/bubbles/v2/key"

// The Browser's help: the keys that work in each of its modes.

// ShortHelp lists the keys that work right now.
func (b *Browser) ShortHelp() []key.Binding {
	k := b.keys.List
	switch {
	case b.Capturing():
		s := b.keys.Search
		return []key.Binding{s.Accept, s.Cancel, s.Up, s.Down}
	case b.open:
		open := k.Open
		open.SetHelp("enter", "follow link")
		open.SetEnabled(b.Detail.HasLinks())
		return []key.Binding{k.Up, k.Down, open, b.copyKey(), k.PageDown, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, b.copyKey()}
}

// copyKey is the copy binding, enabled when there is a URL to copy.
func (b *Browser) copyKey() key.Binding {
	c := b.keys.List.Copy
	c.SetEnabled(b.Detail.URL() != "")
	return c
}

// FullHelp lists every key of the browser, grouped.
func (b *Browser) FullHelp() [][]key.Binding {
	k := b.keys.List
	if b.Capturing() {
		return [][]key.Binding{b.ShortHelp()}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Back, k.Search, b.keys.Lookup, b.copyKey()},
	}
}

// Mode names what has the keyboard, for help caches: "search", "detail",
// "detail-links", "pane" or "list", with "+url" when a URL can be copied.
func (b *Browser) Mode() string {
	url := !b.Capturing() && b.Detail.URL() != ""
	switch {
	case b.Capturing():
		return "search"
	case b.open && b.Detail.HasLinks():
		return pick(url, "detail-links+url", "detail-links")
	case b.open:
		return pick(url, "detail+url", "detail")
	case b.pane != nil:
		return pick(url, "pane+url", "pane")
	}
	return pick(url, "list+url", "list")
}

// pick is a if c, else b: the modes are constants, so that asking for one
// on every frame allocates nothing.
func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
