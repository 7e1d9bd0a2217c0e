package ui

import "github.com/ebitenui/ebitenui/widget"

// Texts returns every string shown by the widgets: labels, button labels,
// text areas and text inputs, the contents of scroll containers included.
func (w *Widgets) Texts() []string {
	var out []string
	var walk func(w any)
	walk = func(w any) {
		switch v := w.(type) {
		case *widget.Text:
			out = append(out, v.Label)
		case *widget.Button:
			if v.Text() != nil {
				out = append(out, v.Text().Label)
			}
		case *widget.TextArea:
			out = append(out, v.GetText())
		case *widget.TextInput:
			out = append(out, v.GetText())
		}
		if c, ok := w.(interface {
			Children() []widget.PreferredSizeLocateableWidget
		}); ok {
			for _, ch := range c.Children() {
				walk(ch)
			}
		}
	}
	walk(w.Root)
	for _, c := range w.scrolled {
		walk(c)
	}
	return out
}

// Texts returns every string shown by the widgets of a scene (see
// Widgets.Texts), or nil when it has none.
func Texts(s Scene) []string {
	if ws, ok := s.(widgetScene); ok && ws.widgets() != nil {
		return ws.widgets().Texts()
	}
	return nil
}
