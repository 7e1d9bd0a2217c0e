package ui

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/kit"
)

// TestWindowFrameTime measures Update+Draw of the board screen of the
// default scenario while the cursor sweeps the board (hover) and the wheel
// zooms, and reports the median and 99th percentile: once as the CPU time
// of Update+Draw, once with the GPU's work flushed each frame.
func TestWindowFrameTime(t *testing.T) {
	sc := defaultScenario(t)
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue")
	r.click("continue")
	r.click("continue")
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn screen", r.mgr.Scene())
	}
	view := tu.board.Camera().View
	const n = 120
	for i := 0; i < n; i++ {
		r.inj.Move(kit.Point{X: view.X + view.W*float64(i%40)/40, Y: view.Y + view.H*float64(i%23)/23})
		if i%30 == 29 {
			r.inj.Wheel(0, 1)
		}
	}
	r.mgr.RecordFrameTimes(true)
	one := make([]byte, 4)
	var flushed []time.Duration
	for i := 0; i < n; i++ {
		start := time.Now()
		r.frames(1)
		r.screen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(one)
		flushed = append(flushed, time.Since(start))
	}
	cpu := Stats(r.mgr.FrameTimes())
	gpu := Stats(flushed)
	t.Logf("board, CPU: %v", cpu)
	t.Logf("board, CPU+GPU flushed: %v", gpu)
	if cpu.Frames != n {
		t.Errorf("recorded %d frames, want %d", cpu.Frames, n)
	}
	if cpu.Median > 50*time.Millisecond {
		t.Errorf("median Update+Draw %v, over 50ms", cpu.Median)
	}
}

func TestStats(t *testing.T) {
	var ts []time.Duration
	for i := 100; i >= 1; i-- {
		ts = append(ts, time.Duration(i)*time.Millisecond)
	}
	s := Stats(ts)
	if s.Frames != 100 || s.Median != 51*time.Millisecond || s.P99 != 99*time.Millisecond {
		t.Errorf("Stats = %+v, want 100 frames, median 51ms, p99 99ms", s)
	}
	if (Stats(nil) != FrameStats{}) {
		t.Error("Stats(nil) not zero")
	}
}
