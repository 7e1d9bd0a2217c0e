package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/ui/kit"
)

// textAreas returns the text areas of a widget tree, in build order.
func textAreas(w any) []*widget.TextArea {
	if ta, ok := w.(*widget.TextArea); ok {
		return []*widget.TextArea{ta}
	}
	var out []*widget.TextArea
	if c, ok := w.(interface {
		Children() []widget.PreferredSizeLocateableWidget
	}); ok {
		for _, ch := range c.Children() {
			out = append(out, textAreas(ch)...)
		}
	}
	return out
}

// TestWindowInjectScrolls opens an inject too long for its card at
// 1280×800: its text is in a text area taller than the view, which starts
// at the top; dragging the area's scrollbar to the bottom scrolls the text
// to its end (the slider at its maximum, where the scroll container shows
// the content's last line) and changes what the view shows. The text
// area's text is the inject's whole text, and it lies inside the window.
func TestWindowInjectScrolls(t *testing.T) {
	a, r, tu := discussionTurn(t)
	in := a.Sc.Inject("ransom_port")
	long := strings.Repeat(strings.TrimSpace(a.Sc.Injects[in].Text)+"\n\n", 12) + "The last line of the inject."
	tu.open(FeedEntry{Turn: 1, Inject: in, Title: "A long inject", Text: long})
	r.frames(3)
	c, ok := r.mgr.Scene().(*card)
	if !ok {
		t.Fatalf("on %T, want the card", r.mgr.Scene())
	}
	areas := textAreas(c.w.Root)
	if len(areas) != 1 {
		t.Fatalf("the card has %d text areas, want 1", len(areas))
	}
	ta := areas[0]
	if got := flat(ta.GetText()); !strings.HasSuffix(got, "The last line of the inject.") || !strings.Contains(got, flat(a.Sc.Injects[in].Text)) {
		t.Errorf("the text area holds %q…, not the inject's whole text", got[:min(len(got), 80)])
	}
	rc := ta.GetWidget().Rect
	if !rc.In(image.Rect(0, 0, 1280, 800)) || rc.Dy() < 300 {
		t.Errorf("the text area is at %v: outside the window or under 300 px high", rc)
	}
	fs := ta.GetFocusers()
	if len(fs) != 1 {
		t.Fatalf("the text area has %d focusable parts, want its slider", len(fs))
	}
	sl, ok := fs[0].(*widget.Slider)
	if !ok {
		t.Fatalf("the text area's focusable part is a %T, want its slider", fs[0])
	}
	face := assets.Face(assets.Regular, readingSize)
	m := face.Metrics()
	if h := float64(len(kit.Wrap(kit.Reflow(long), face, float64(rc.Dx())))) * (m.HAscent + m.HDescent); h < 1.5*float64(rc.Dy()) {
		t.Fatalf("the text is about %.0f px high in a %d px area: too short to test scrolling", h, rc.Dy())
	}
	if sl.Current > sl.Min+1 { // ebitenui's sliders start at 1
		t.Errorf("the slider starts at %d, want the top (%d)", sl.Current, sl.Min)
	}
	before := r.shot("inject-long-top").SubImage(rc)
	sr := sl.GetWidget().Rect
	x := float64(sr.Min.X+sr.Max.X) / 2
	r.inj.Drag(kit.Point{X: x, Y: float64(sr.Min.Y) + 4}, kit.Point{X: x, Y: float64(sr.Max.Y) + 40}, 10)
	r.play(2)
	if sl.Current != sl.Max {
		t.Errorf("after dragging the scrollbar down, the slider is at %d, want its end (%d)", sl.Current, sl.Max)
	}
	after := r.shot("inject-long-end").SubImage(rc)
	if n := differingPixels(asRGBA(before), asRGBA(after)); n < 1000 {
		t.Errorf("scrolling to the end changed %d pixels of the text area", n)
	}
}

// asRGBA copies img into an RGBA image with its origin at 0,0.
func asRGBA(img image.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return out
}
