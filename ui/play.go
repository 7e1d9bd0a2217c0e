package ui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
	"ttx/ui/drive"
	"ttx/ui/kit"
)

// Play opens the exercise window on sc (with the embedded library offered
// beside it on the set-up screen) and returns when the window closes: at once when
// the game has nothing its save lacks, else once the question its close button
// asks is answered (page.mayClose).
// With opts.Benchmark it plays that many frames on the board, writes the
// frame times to stdout and returns.
func Play(sc *sim.Scenario, opts Options) error {
	if sc == nil {
		return errors.New("no scenario to play")
	}
	a := NewApp(sc, opts)
	ebiten.SetWindowTitle("TTX — " + sc.Title)
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	if opts.Benchmark > 0 {
		return runBenchmark(a, opts.Benchmark, os.Stdout)
	}
	m := NewManager(NewLibrary(a), kit.EbitenInput{})
	// The close button leaves the window to the manager, which asks before losing what the
	// game has not saved (page.mayClose). It does nothing in a browser.
	ebiten.SetWindowClosingHandled(true)
	err := ebiten.RunGame(m)
	if errors.Is(err, ebiten.Termination) {
		return nil
	}
	return err
}

// Screenshots plays a scripted exercise of sc in a real window — set-up,
// briefings, hand-overs, a full turn of every side, resolution, the
// facilitator, the rest of the game and the review — and writes a PNG of
// each screen into dir. It needs a display (Xvfb will do).
func Screenshots(sc *sim.Scenario, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	_, err := drive.InWindow("TTX screenshots", 640, 400, func() error {
		d := newDriver(NewLibrary(NewApp(sc, Options{SavePath: dir + "/save.jsonl"})), 1280, 800, dir)
		_, err := tour(d)
		return err
	})
	return err
}

// FrameStats are frame times: the median and the 99th percentile of
// Update plus Draw.
type FrameStats struct {
	Frames      int
	Median, P99 time.Duration
}

func (s FrameStats) String() string {
	return fmt.Sprintf("%d frames: median %v, p99 %v (Update+Draw)", s.Frames, s.Median, s.P99)
}

// Stats summarises frame times.
func Stats(ts []time.Duration) FrameStats {
	if len(ts) == 0 {
		return FrameStats{}
	}
	s := slices.Clone(ts)
	slices.Sort(s)
	p99 := (len(s)*99 + 99) / 100
	return FrameStats{Frames: len(s), Median: s[len(s)/2], P99: s[min(len(s), p99)-1]}
}

// runBenchmark starts the exercise, opens the first side's board in a real
// window and records n frames of Update+Draw while the board pans and zooms.
func runBenchmark(a *App, n int, out io.Writer) error {
	var mgr *Manager
	var fps float64
	start := func() ebiten.Game {
		inj := &kit.Injector{}
		mgr = NewManager(NewLibrary(a), inj)
		mgr.Layout(1280, 800)
		ctx := mgr.Context()
		a.Start(ctx)
		mgr.Update()
		a.Enter(ctx, 0) // the hand-over is skipped: straight to side 0
		mgr.Update()
		a.Enter(ctx, 0)
		mgr.Update()
		for i := 0; i < n; i++ {
			p := kit.Point{X: 300 + float64(i%200), Y: 300 + float64(i%97)}
			inj.Move(p)
			if i%50 == 0 {
				inj.Wheel(0, 1)
			}
		}
		mgr.RecordFrameTimes(true)
		return mgr
	}
	done := func() bool {
		if len(mgr.FrameTimes()) < n {
			return false
		}
		fps = ebiten.ActualFPS()
		return true
	}
	if err := drive.Loop(start, done); err != nil {
		return err
	}
	fmt.Fprintf(out, "board: %v; %.1f frames a second drawn at the end\n", Stats(mgr.FrameTimes()), fps)
	return nil
}
