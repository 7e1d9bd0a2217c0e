package ui

import (
	"fmt"
	"image"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/kit"
)

// waitFigures waits until the app's forecast has counted at least n
// rollouts (or is done), draws a frame and returns the figures drawn.
func (r *rig) waitFigures(a *App, n int) Figures {
	r.t.Helper()
	f, err := waitFigures(r.driver, a, n, 90*time.Second)
	if err != nil {
		r.t.Fatal(err)
	}
	return f
}

// checkBars checks that the bars of figs are drawn in the forecast panel
// of img: each as long as its share, in its colour.
func checkBars(img *image.RGBA, f *facilitator, figs Figures) error {
	panel := kit.RectOf(f.forecast.GetWidget().Rect)
	if panel.H < forecastRowH {
		return fmt.Errorf("the forecast panel is %v, too small", panel)
	}
	g := forecastGridOf(f.app.Sc, sim.Facilitator, kit.NewTheme(1), panel.W)
	rows := g.rows(panel, len(figs.Bars), 1)
	for i, b := range figs.Bars {
		if rows[i].Y+rows[i].H > panel.Y+panel.H+1 {
			return fmt.Errorf("bar %s at %v falls outside the panel %v", b.Outcome, rows[i], panel)
		}
		bx, by, bw, _ := g.bar(rows[i], 1)
		end := bx + bw*b.P
		want := barColor(f.app.Sc, b)
		at := func(x float64) [3]uint8 {
			c := img.RGBAAt(int(x), int(by))
			return [3]uint8{c.R, c.G, c.B}
		}
		filled := [3]uint8{want.R, want.G, want.B}
		empty := [3]uint8{assets.Panel.R, assets.Panel.G, assets.Panel.B}
		if bw*b.P > 4 && at(end-2) != filled {
			return fmt.Errorf("bar %s (%.1f%%): colour %v just before its end, want %v", b.Outcome, 100*b.P, at(end-2), filled)
		}
		if bw*(1-b.P) > 4 && at(end+2) != empty {
			return fmt.Errorf("bar %s (%.1f%%): colour %v just after its end, want the empty bar %v", b.Outcome, 100*b.P, at(end+2), empty)
		}
	}
	return nil
}

// sameRegion reports whether a and b have the same pixels in r.
func sameRegion(a, b *image.RGBA, r image.Rectangle) bool {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				return false
			}
		}
	}
	return true
}

// TestWindowForecast opens the facilitator's screen of the campaign and
// waits for the live forecast: its outcome bars are drawn as long as
// their shares, which add up to 100%; choosing greedy for every side and
// resolving a turn each start it anew (after the turn, a forecast of the
// new state).
func TestWindowForecast(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	a := NewApp(sc, Options{SavePath: t.TempDir() + "/save.jsonl"})
	t.Cleanup(a.Close)
	a.Forecast.Stages = []int{100, 400}
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue")
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	if f := r.mgr.Scene().(*facilitator); f.forecast != nil || f.area == nil {
		t.Fatal("the white cell's screen opens on the forecast, want the board")
	}
	r.click("facview") // the forecast in the board's place
	if f := r.mgr.Scene().(*facilitator); f.forecast == nil || f.area != nil {
		t.Fatal("F did not put the forecast in the board's place")
	}
	figs := r.waitFigures(a, 400)
	if !figs.Done || figs.Games != 400 {
		t.Fatalf("forecast: %d rollouts, done %v; want all 400", figs.Games, figs.Done)
	}
	if math.Abs(figs.Total()-1) > 1e-9 {
		t.Errorf("the shares add up to %.4f, want 100%%", 100*figs.Total())
	}
	if len(figs.Bars) < len(sc.Outcomes)+len(sc.Sides) {
		t.Errorf("%d bars, want one for each of %d outcomes and %d sides", len(figs.Bars), len(sc.Outcomes), len(sc.Sides))
	}
	f := r.mgr.Scene().(*facilitator)
	img := r.shot("facilitator-forecast")
	assertNotBlank(t, "facilitator-forecast", img)
	if err := checkBars(img, f, figs); err != nil {
		t.Error(err)
	}

	// Over an outcome, the status line says what it means.
	panel := kit.RectOf(f.forecast.GetWidget().Rect)
	row := forecastGridOf(sc, sim.Facilitator, kit.NewTheme(1), panel.W).rows(panel, len(figs.Bars), 1)[2]
	r.inj.Move(row.Center())
	r.play(1)
	hover := r.shot("facilitator-forecast-hover")
	line := image.Rect(int(panel.X), int(panel.Y), int(panel.X+panel.W), int(panel.Y+forecastRowH))
	if sameRegion(img, hover, line) {
		t.Error("the status line did not change with the cursor over an outcome")
	}
	if !sameRegion(img, hover, image.Rect(int(panel.X), int(row.Y), int(panel.X+panel.W), int(panel.Y+panel.H))) {
		t.Error("the bars changed with the cursor over an outcome")
	}
	r.inj.Move(kit.Point{X: 4, Y: 4})
	r.play(1)

	// Every side greedy: the forecast starts again, with the new policies.
	r.click("fcpol:all")
	// The old forecast's figures are gone: what shows is the new one's, from none of its
	// rollouts to as many as it has played during the click's frames (greedy plays fast).
	allGreedy := len(sc.Sides) > 0
	got := a.Forecast.Figures()
	for i := range sc.Sides {
		allGreedy = allGreedy && i < len(got.Pols) && got.Pols[i] == "greedy"
	}
	if got.Games != 0 && !allGreedy {
		t.Errorf("after choosing greedy: %d rollouts shown of policies %v, want a new forecast", got.Games, got.Pols)
	}
	figs = r.waitFigures(a, 100)
	for i, p := range figs.Pols {
		if p != "greedy" {
			t.Errorf("side %s plays %s in the rollouts, want greedy", sc.Sides[i].ID, p)
		}
	}
	if math.Abs(figs.Total()-1) > 1e-9 {
		t.Errorf("greedy: the shares add up to %.4f, want 100%%", 100*figs.Total())
	}
	if err := checkBars(r.shot("facilitator-forecast-greedy"), r.mgr.Scene().(*facilitator), figs); err != nil {
		t.Error(err)
	}

	// A turn resolved: the forecast starts anew, of the new state. Its rollouts may all be
	// played during the clicks' frames, so what shows is checked once it is done: a forecast of
	// the one stage now asked for (the old one counts to 400), the same as one made afresh of
	// the new state.
	a.Forecast.Stages = []int{100}
	r.click("resolve")
	r.click("done")
	if err := expect(r.driver, "*ui.facilitator"); err != nil {
		t.Fatal(err)
	}
	figs = r.waitFigures(a, 100)
	fresh := &Forecaster{Side: sim.Facilitator, Stages: []int{100}}
	t.Cleanup(fresh.Stop)
	fresh.Watch(a.Sess.State, a.ForecastPols)
	if want := waitDone(t, fresh); !reflect.DeepEqual(figs, want) {
		t.Errorf("after resolving: figures of %d of %d rollouts (done %v), want the new state's forecast of %d:\n%+v\nwant %+v",
			figs.Games, figs.Target, figs.Done, want.Games, figs.Bars, want.Bars)
	}
}

// TestWindowTeamForecast opens a team's turn screen, with team forecasts
// on, and asks for its own forecast (F): it is made from that side's view
// (its Forecaster's Side), and its bars are drawn and add up to 100%.
func TestWindowTeamForecast(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{SavePath: t.TempDir() + "/save.jsonl", TeamForecasts: true})
	t.Cleanup(a.Close)
	for i := range a.Seats {
		a.Seats[i] = "random"
	}
	a.Seats[1] = SeatPerson
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	for i := 0; i < 5; i++ {
		if _, ok := r.mgr.Scene().(*turn); ok {
			break
		}
		r.click("continue")
	}
	tn, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on screen %T, want the team's turn", r.mgr.Scene())
	}
	if tn.forecast != nil {
		t.Error("the team's forecast is shown before it asked for it")
	}
	r.key(ebiten.KeyF)
	if tn.forecast == nil {
		t.Fatal("F did not show the team's forecast")
	}
	fc := a.teamForecasts[1]
	if fc == nil || fc.Side != 1 {
		t.Fatalf("the team's forecaster is %+v, want one with Side 1", fc)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !fc.Figures().Done && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	figs := fc.Figures()
	if !figs.Done || math.Abs(figs.Total()-1) > 1e-9 {
		t.Fatalf("team forecast: %d rollouts, done %v, shares adding up to %v", figs.Games, figs.Done, figs.Total())
	}
	r.frames(1)
	panel := kit.RectOf(tn.forecast.GetWidget().Rect)
	g := forecastGridOf(sc, tn.sd, kit.NewTheme(1), panel.W)
	rows := g.rows(panel, len(figs.Bars), 1)
	img := r.shot("turn-forecast")
	for i, b := range figs.Bars {
		bx, by, bw, _ := g.bar(rows[i], 1)
		want := barColor(sc, b)
		if c := img.RGBAAt(int(bx+bw*b.P-2), int(by)); bw*b.P > 4 && (c.R != want.R || c.G != want.G || c.B != want.B) {
			t.Errorf("bar %s (%.1f%%) not drawn: colour %v at its end, want %v", b.Outcome, 100*b.P, c, want)
		}
	}
	r.key(ebiten.KeyF)
	if tn.forecast != nil {
		t.Error("a second F did not hide the forecast")
	}
}

// stageScene is a screen on which a stage of the app's forecast comes during its first frame,
// between the frame's Update and its Draw, as rollouts running beside the window may; it keeps
// the figures its last Draw drew.
type stageScene struct {
	a     *App
	next  *Figures // the stage to come in the first frame
	drawn Figures
}

func (s *stageScene) Update(*Context) error {
	if s.next != nil {
		s.a.Forecast.Show(*s.next)
		s.next = nil
	}
	return nil
}

func (s *stageScene) Draw(*ebiten.Image, *Context) { s.drawn = s.a.Forecast.Figures() }

// TestWindowWaitFiguresDrawn: waitFigures returns the figures the window drew last, though a
// stage of the forecast came while it drew (it once returned those it had read before).
func TestWindowWaitFiguresDrawn(t *testing.T) {
	a := NewApp(loadScenario(t, "shared_infrastructure.toml"), Options{})
	t.Cleanup(a.Close)
	a.Forecast.Show(Figures{Games: 100, Target: 400})
	s := &stageScene{a: a, next: &Figures{Games: 400, Target: 400, Done: true}}
	r := newRig(t, s, 200, 100)
	got, err := waitFigures(r.driver, a, 100, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if got.Games != s.drawn.Games || got.Done != s.drawn.Done {
		t.Errorf("waitFigures returned the figures of %d rollouts (done %v); the window drew %d (done %v)",
			got.Games, got.Done, s.drawn.Games, s.drawn.Done)
	}
}
