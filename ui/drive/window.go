package drive

import (
	"errors"
	"sync/atomic"

	"github.com/hajimehoshi/ebiten/v2"
)

// InWindow opens a window of w×h device-independent pixels titled title
// and calls f beside its loop, where drawing and reading pixels back are
// allowed; the window closes when f returns. ran reports whether f was
// called: when it was not, Ebiten could not start and err says why; when
// it was, err is f's error (or Ebiten's, should the loop fail on closing).
//
// f runs on its own goroutine in lock step with the loop: the loop waits
// inside an Update while f draws, and lets that frame end only when f
// calls EndFrame (a Driver does so every few frames), then waits again in
// the next. Frames must end now and then: Ebiten releases the textures of
// images no longer used, and forgets the images drawn onto, only between
// frames, so a long run inside one frame grows by gigabytes and slows down
// as it goes. Lock step keeps f's drawing from contending with the loop's.
func InWindow(title string, w, h int, f func() error) (ran bool, err error) {
	ebiten.SetWindowTitle(title)
	ebiten.SetWindowSize(w, h)
	// The loop only waits on f: let each frame follow the last at once.
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetVsyncEnabled(false)
	g := &lockStep{run: f, yield: make(chan struct{}), resume: make(chan struct{}), done: make(chan struct{})}
	err = ebiten.RunGame(g)
	if !g.started {
		return false, err
	}
	if err != nil && !errors.Is(err, ebiten.Termination) {
		return true, err
	}
	return true, g.err
}

// EndFrame lets the window's current frame end and returns inside the next
// one, when called from a function InWindow runs; elsewhere it does
// nothing.
func EndFrame() {
	if g := running.Load(); g != nil {
		g.yield <- struct{}{}
		<-g.resume
	}
}

// framesEnded returns how many frames the running lock step has ended (0 outside one). Only
// the running function may call it, between its calls of EndFrame.
func framesEnded() int {
	if g := running.Load(); g != nil {
		return g.ended
	}
	return 0
}

// running is the lock step InWindow runs, if any.
var running atomic.Pointer[lockStep]

// lockStep is the game InWindow runs: its first Update starts the function
// on its own goroutine, and each Update waits for it to end the frame (see
// EndFrame) or to return.
type lockStep struct {
	run     func() error
	started bool
	yielded bool // the function waits for the next Update
	ended   int  // frames ended for the function (EndFrame)
	yield   chan struct{}
	resume  chan struct{}
	done    chan struct{}
	err     error
}

func (g *lockStep) Update() error {
	switch {
	case !g.started:
		g.started = true
		running.Store(g)
		go func() {
			defer close(g.done)
			defer running.Store(nil)
			g.err = g.run()
		}()
	case g.yielded:
		g.yielded = false
		g.ended++
		g.resume <- struct{}{}
	}
	select {
	case <-g.yield:
		g.yielded = true
		return nil
	case <-g.done:
		return ebiten.Termination
	}
}

func (g *lockStep) Draw(*ebiten.Image)         {}
func (g *lockStep) Layout(w, h int) (int, int) { return w, h }

// Loop plays a game in the open window frame by frame, as Ebiten paces
// them: start makes the game inside the first Update (so it may draw), and
// the loop ends when done, asked before each Update, reports true. It
// returns Ebiten's error, if the loop failed.
func Loop(start func() ebiten.Game, done func() bool) error {
	l := &loop{start: start, done: done}
	if err := ebiten.RunGame(l); err != nil && !errors.Is(err, ebiten.Termination) {
		return err
	}
	return nil
}

// loop is the ebiten.Game of Loop: the game start makes, once made.
type loop struct {
	start func() ebiten.Game
	done  func() bool
	game  ebiten.Game
}

func (l *loop) Update() error {
	if l.game == nil {
		l.game = l.start()
	}
	if l.done() {
		return ebiten.Termination
	}
	return l.game.Update()
}

func (l *loop) Draw(screen *ebiten.Image) {
	if l.game != nil {
		l.game.Draw(screen)
	}
}

func (l *loop) Layout(w, h int) (int, int) {
	if l.game == nil {
		return w, h
	}
	return l.game.Layout(w, h)
}
