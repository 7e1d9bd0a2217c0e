package ui

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/kit"
)

// turnRig opens app a in a 1280×800 window for tb, goes through the set-up, the common
// briefing, the first hand-over and the first side's briefing to its turn, and returns the rig
// and the turn screen.
func turnRig(tb testing.TB, a *App) (*rig, *turn) {
	tb.Helper()
	r := newRig(tb, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue")
	r.click("continue")
	r.click("continue")
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		tb.Fatalf("on %T, want the turn screen", r.mgr.Scene())
	}
	return r, tu
}

// sweep scripts frame i of a sweep of the board's view: the cursor across it (hover), and the
// wheel now and then (zoom).
func sweep(r *rig, view kit.Rect, i int) {
	r.inj.Move(kit.Point{X: view.X + view.W*float64(i%40)/40, Y: view.Y + view.H*float64(i%23)/23})
	if i%30 == 29 {
		r.inj.Wheel(0, 1)
	}
}

// boardRig opens the default scenario's turn screen at 1280×800 for tb and returns the rig,
// the turn screen, and n frames of input that sweep the board (see sweep).
func boardRig(tb testing.TB, n int) (*rig, *turn) {
	r, tu := turnRig(tb, NewApp(defaultScenario(tb), Options{}))
	view := tu.board.Camera().View
	for i := 0; i < n; i++ {
		sweep(r, view, i)
	}
	return r, tu
}

// TestWindowFrameTimes: the manager records the time of every frame's Update+Draw (what ttx
// play --benchmark prints), here on the board of the default scenario while the cursor sweeps
// it and the wheel zooms; the figures are logged, not bounded (BenchmarkWindowBoardFrame
// measures them).
func TestWindowFrameTimes(t *testing.T) {
	const n = 30
	r, _ := boardRig(t, n)
	r.mgr.RecordFrameTimes(true)
	r.frames(n)
	cpu := Stats(r.mgr.FrameTimes())
	t.Logf("board, CPU: %v", cpu)
	if cpu.Frames != n || cpu.Median <= 0 || cpu.P99 < cpu.Median {
		t.Errorf("recorded %+v over %d frames, want %d frames with a median and a 99th percentile at or above it", cpu, n, n)
	}
}

// BenchmarkWindowBoardFrame: one frame (Update and Draw) of the default scenario's board while
// the cursor sweeps it and the wheel zooms, the graphics work flushed by reading a pixel back.
// Under Xvfb the drawing is done in software, so the figure says more of the code's own work
// (cpu-ms/frame: Update+Draw before the flush) than of a player's graphics card.
func BenchmarkWindowBoardFrame(b *testing.B) {
	r, tu := boardRig(b, 0)
	view := tu.board.Camera().View
	r.mgr.RecordFrameTimes(true)
	one := make([]byte, 4)
	i := 0
	for b.Loop() {
		sweep(r, view, i)
		i++
		r.frames(1)
		r.screen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(one)
	}
	cpu := Stats(r.mgr.FrameTimes())
	b.ReportMetric(float64(cpu.Median.Microseconds())/1e3, "cpu-ms/frame")
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
