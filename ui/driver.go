package ui

import (
	"fmt"
	"time"

	"ttx/ui/drive"
	"ttx/ui/kit"
)

// driver is package drive's driver of the window's Manager: the tests and
// Screenshots play the window through it.
type driver = drive.Driver[*Manager]

// newDriver returns a driver of a new manager showing first, with a fixed
// HiDPI scale of 1 and an offscreen screen w×h pixels; shots are saved in
// every folder of dirs.
func newDriver(first Scene, w, h int, dirs ...string) *driver {
	inj := &kit.Injector{}
	m := NewManager(first, inj)
	m.FixedScale = 1
	m.Layout(w, h)
	return drive.New(m, inj, w, h, dirs...)
}

// waitFigures waits (without drawing: frames drawn inside one Ebiten
// frame pile up until the next read of pixels) until the app's forecast
// has counted at least n rollouts or is done, or timeout passes, then
// draws a frame and returns the figures it drew. The rollouts go on while
// it draws: when a stage came during the frame, the frame drew it, not the
// figures read before, so it draws another.
func waitFigures(d *driver, a *App, n int, timeout time.Duration) (Figures, error) {
	deadline := time.Now().Add(timeout)
	for {
		f := a.Forecast.Figures()
		if f.Games >= n || f.Done {
			if err := d.Frames(1); err != nil {
				return f, err
			}
			if now := a.Forecast.Figures(); now.Games == f.Games && now.Done == f.Done {
				return f, nil // nothing came during the frame: it drew f
			}
			continue
		}
		if time.Now().After(deadline) {
			return f, fmt.Errorf("the forecast has %d rollouts after %v, want %d", f.Games, timeout, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
