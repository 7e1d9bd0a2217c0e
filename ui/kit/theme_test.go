package kit

import "testing"

// TestTextAreaWrapsInsideItsView checks the text area's padding at every
// scale the window uses. ebitenui wraps a text area's text to the area's
// whole width less the text's padding, while the text is shown in the
// scroll container's view, which the slider, the gap before it and the
// container's own padding make narrower: the padding on the right must
// cover them, or the ends of long lines are cut off under the slider.
func TestTextAreaWrapsInsideItsView(t *testing.T) {
	for _, scale := range []float64{1, 1.5, 2} {
		p := NewTheme(scale).Widget.TextAreaTheme
		s := p.Slider
		slider := *s.MinHandleSize
		if s.TrackPadding != nil {
			slider += s.TrackPadding.Left + s.TrackPadding.Right
		}
		hidden := slider + *p.ControlWidgetSpacing + p.ScrollContainerPadding.Left + p.ScrollContainerPadding.Right
		if p.TextPadding.Right < hidden {
			t.Errorf("at scale %v the text's right padding is %d px, but slider, gap and padding take %d px of the area's width", scale, p.TextPadding.Right, hidden)
		}
		if p.TextPadding.Right > hidden+int(8*scale) {
			t.Errorf("at scale %v the text's right padding is %d px, wasting %d px", scale, p.TextPadding.Right, p.TextPadding.Right-hidden)
		}
	}
}
