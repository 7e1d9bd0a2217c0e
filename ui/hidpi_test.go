package ui

import (
	"image"
	"testing"

	"ttx/assets"
	"ttx/ui/kit"
)

// TestWindowHiDPI lays the set-up screen out at device scale 2: the same
// screen at twice the pixels, with widgets and text twice the size.
func TestWindowHiDPI(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	size := func(scale float64) image.Rectangle {
		r := newRig(t, NewLibrary(NewApp(sc, Options{})), int(1024*scale), int(640*scale))
		r.mgr.FixedScale = scale
		r.mgr.Layout(1024, 640)
		r.frames(3)
		b, err := r.button("start")
		if err != nil {
			t.Fatal(err)
		}
		assertNotBlank(t, "hidpi", r.shot("library-scale-"+trimFloat(scale)))
		return b.GetWidget().Rect
	}
	one, two := size(1), size(2)
	ratio := float64(two.Dy()) / float64(one.Dy())
	if ratio < 1.8 || ratio > 2.2 {
		t.Errorf("start button %v tall at scale 1, %v at scale 2: ratio %.2f, want 2", one.Dy(), two.Dy(), ratio)
	}
	if wr := float64(two.Dx()) / float64(one.Dx()); wr < 1.8 || wr > 2.2 {
		t.Errorf("start button width ratio %.2f, want 2", wr)
	}
}

// TestWindowTallyMarksVeto draws a tally with a veto and checks the veto
// colour is on screen only once the vetoing seat is revealed.
func TestWindowTallyMarksVeto(t *testing.T) {
	r := newRig(t, newDemoScene(), 600, 300)
	th := kit.NewTheme(1)
	seats := []SeatMark{{"France", BallotYes, false}, {"Russia", BallotNo, true}, {"China", BallotAbstain, false}}
	count := func(shown int) (int, [3]int) {
		r.screen.Clear()
		y, n, a := DrawTally(r.screen, th, kit.Rect{X: 0, Y: 0, W: 600, H: 300}, seats, shown)
		img := r.pixels()
		want := assets.StatusColor(assets.Vetoed)
		px := 0
		for i := 0; i+3 < len(img.Pix); i += 4 {
			if img.Pix[i] == want.R && img.Pix[i+1] == want.G && img.Pix[i+2] == want.B {
				px++
			}
		}
		return px, [3]int{y, n, a}
	}
	before, c1 := count(1)
	after, c3 := count(3)
	if before != 0 {
		t.Errorf("veto colour on screen (%d px) before the veto is shown", before)
	}
	if after < 50 {
		t.Errorf("veto colour %d px once shown, want a marked seat", after)
	}
	if c1 != [3]int{1, 0, 0} || c3 != [3]int{1, 1, 1} {
		t.Errorf("counts %v then %v, want [1 0 0] then [1 1 1]", c1, c3)
	}
}
