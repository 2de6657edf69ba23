package widget

// View draws the panes (see Draw) as a string.
func (b *Browser) View() string {
	var l Lines
	b.Draw(&l)
	return l.String()
}

// Drawer is a pane that can draw into Lines (see List.Draw); a Pane that
// is not one is drawn from its View.
type Drawer interface {
	Draw(dst *Lines)
}

// Draw draws the panes into dst: the list (or the pane in its place)
// beside or above the detail, each in its frame.
func (b *Browser) Draw(dst *Lines) {
	list, detail, wide := b.panes()
	f := b.frame()
	if detail.H <= f.H { // no room for the detail's content: list only
		detail = Rect{}
	}
	if list.W == 0 || list.H <= f.H {
		if detail.H == 0 {
			dst.Line("")
			return
		}
		b.content.Reset()
		b.Detail.Draw(&b.content)
		b.detailBox.Draw(dst, b.styles, &b.content, b.width, b.height, b.open)
		return
	}
	b.content.Reset()
	switch p := b.pane.(type) {
	case nil:
		b.List.Draw(&b.content)
	case Drawer:
		p.Draw(&b.content)
	default:
		b.content.Block(p.View())
	}
	if detail.H == 0 {
		b.listBox.Draw(dst, b.styles, &b.content, list.W, list.H, !b.open)
		return
	}
	if !wide {
		b.listBox.Draw(dst, b.styles, &b.content, list.W, list.H, !b.open)
		b.content.Reset()
		b.Detail.Draw(&b.content)
		b.detailBox.Draw(dst, b.styles, &b.content, detail.W, detail.H, b.open)
		return
	}
	b.left.Reset()
	b.listBox.Draw(&b.left, b.styles, &b.content, list.W, list.H, !b.open)
	b.content.Reset()
	b.Detail.Draw(&b.content)
	b.right.Reset()
	b.detailBox.Draw(&b.right, b.styles, &b.content, detail.W, detail.H, b.open)
	for i := range max(b.left.Len(), b.right.Len()) {
		if i < b.left.Len() {
			dst.PutLine(&b.left, i)
		}
		if i < b.right.Len() {
			dst.PutLine(&b.right, i)
		}
		dst.End()
	}
}
