package drive

import (
	"errors"

	"github.com/hajimehoshi/ebiten/v2"
)

// InWindow opens a window of w×h device-independent pixels titled title
// and calls f inside the game's first Update, where drawing and reading
// pixels back are allowed; the window closes when f returns. ran reports
// whether f was called: when it was not, Ebiten could not start and err
// says why; when it was, err is f's error (or Ebiten's, should the loop
// fail on closing).
func InWindow(title string, w, h int, f func() error) (ran bool, err error) {
	ebiten.SetWindowTitle(title)
	ebiten.SetWindowSize(w, h)
	g := &oneShot{run: f}
	err = ebiten.RunGame(g)
	if !g.ran {
		return false, err
	}
	if err != nil && !errors.Is(err, ebiten.Termination) {
		return true, err
	}
	return true, g.err
}

// oneShot is an ebiten.Game that runs one function inside its first
// Update and quits.
type oneShot struct {
	run func() error
	ran bool
	err error
}

func (g *oneShot) Update() error {
	if !g.ran {
		g.ran = true
		g.err = g.run()
	}
	return ebiten.Termination
}

func (g *oneShot) Draw(*ebiten.Image)         {}
func (g *oneShot) Layout(w, h int) (int, int) { return w, h }

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
