package ui

import (
	"errors"
	"fmt"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/session"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// RemoteSeat is what the window needs of a seat of a served exercise (serve.Remote) beyond
// session.Exercise: which side it reads, the deadline by the server's clock, the white cell's
// clock controls, and whether it is connected.
type RemoteSeat interface {
	session.Exercise
	// Side is the side the seat plays (sim.Facilitator for the white cell and observers).
	Side() int
	// Deadline returns when the turn's orders are due (zero: none) and whether the clock is
	// paused.
	Deadline() (time.Time, bool)
	// SetPaused pauses or restarts the turn's clock; SetDeadline makes the orders due secs
	// seconds from now (0: none). Only the white cell may.
	SetPaused(p bool)
	SetDeadline(secs int)
	// Online reports whether the seat is connected now.
	Online() bool
}

// NewRemoteApp returns an app that drives seat, at the common briefing. The window holds only
// what the seat was sent: it draws the seat's copy of the scenario and its views.
func NewRemoteApp(seat RemoteSeat) *App {
	a := &App{themes: map[float64]*kit.Theme{}, ex: seat, seat: seat.Side(), Sc: seat.Scenario(),
		boards: map[int]*board.Board{}, briefed: map[int]bool{}, seen: map[int]int{}, showForecast: map[int]bool{},
		Forecast: &Forecaster{Side: sim.Facilitator}}
	a.opts.SavePath = "ttx-save.jsonl"
	// A seat that joins during a game does not replay the turns before it joined.
	a.seen[a.seat] = a.resolved(a.seat)
	a.rev = seat.Revision()
	return a
}

// PlayRemote opens the exercise window on a seat of a served exercise and returns when the
// window closes.
func PlayRemote(seat RemoteSeat) error {
	a := NewRemoteApp(seat)
	return a.Run(a.RemoteManager(kit.EbitenInput{}))
}

// Run opens the window of a remote app on m (RemoteManager) and returns when it closes.
func (a *App) Run(m *Manager) error {
	ebiten.SetWindowTitle("TTX — " + a.Sc.Title + " — " + a.SideName(a.seat))
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	err := ebiten.RunGame(m)
	if errors.Is(err, ebiten.Termination) {
		return nil
	}
	return err
}

// RemoteManager returns the manager of a remote app's window, at the common briefing, reading
// input from src; every frame it follows the exercise (App.Follow).
func (a *App) RemoteManager(src kit.InputSource) *Manager {
	m := NewManager(newBriefing(a, -1), src)
	m.Before = a.Follow
	return m
}

// problemCounter is an exercise that counts the problems it tells (serve.Remote's Problems):
// a new one in the same words as the last changes the count, not Problem.
type problemCounter interface{ Problems() int }

// problems returns the exercise's count of problems told, or 0 where it keeps none.
func (a *App) problems() int {
	if c, ok := a.ex.(problemCounter); ok {
		return c.Problems()
	}
	return 0
}

// stale is a screen whose widgets can be marked for rebuilding.
type stale interface{ markStale() }

func (p *page) markStale() { p.stale = true }

// Follow keeps a remote window on the exercise as the server moves it: when the exercise
// changed, the scenario is taken again (the seat may have learned more), the boards redrawn
// and the screen rebuilt; a turn resolved or the game over takes a seat that was waiting, or
// giving orders, to the playback; a refusal or a lost connection goes to the status line.
func (a *App) Follow(ctx *Context) {
	if a.ex == nil {
		return
	}
	rev := a.ex.Revision()
	if rev == a.rev {
		return
	}
	a.rev = rev
	a.Sc = a.ex.Scenario()
	a.saveFiles()
	if n, p := a.problems(), a.ex.Problem(); n != a.told || p != a.problem {
		// A problem told again in the same words (the same order refused twice) is said
		// again: the status line counts it.
		a.told, a.problem = n, p
		a.say(p)
	}
	a.followAnswer()
	scene := ctx.mgr.Scene()
	if _, ok := scene.(*resolution); !ok {
		for sd, b := range a.boards {
			b.SetModel(board.FromView(a.ex.View(sd)))
		}
	}
	if s, ok := scene.(stale); ok {
		s.markStale()
	}
	sd := a.seat
	switch sc := scene.(type) {
	case *turn:
		if a.seen[sd] < a.resolved(sd) || a.over() || a.ex.Submitted(sd) {
			a.Enter(ctx, sd)
		}
	case *waiting:
		if a.seen[sd] < a.resolved(sd) || a.over() || !a.ex.Submitted(sd) {
			a.Enter(ctx, sd)
		}
	case *facilitator:
		if a.seen[sd] < a.resolved(sd) || (a.over() && sc.from == nil) {
			a.Enter(ctx, sd)
		}
	case *observer:
		if a.seen[sd] < a.resolved(sd) || a.over() {
			a.Enter(ctx, sd)
		}
	}
}

// clock returns the turn's time left as the page shows it ("" for none), and whether it is up.
func (a *App) clock() (string, bool) {
	seat, ok := a.ex.(RemoteSeat)
	if !ok {
		if a.Sess == nil {
			return "", false
		}
		return a.Timer.String(), a.Timer.Expired()
	}
	due, paused := seat.Deadline()
	if due.IsZero() {
		if paused {
			return "paused", false
		}
		return "", false
	}
	left := max(0, time.Until(due).Round(time.Second))
	return fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60), left == 0
}

// pause pauses or restarts the turn's clock: the local timer, or the server's.
func (a *App) pause() {
	if seat, ok := a.ex.(RemoteSeat); ok {
		_, paused := seat.Deadline()
		seat.SetPaused(!paused)
		return
	}
	a.Timer.Paused = !a.Timer.Paused
}

// paused reports whether the turn's clock is paused.
func (a *App) paused() bool {
	if seat, ok := a.ex.(RemoteSeat); ok {
		_, p := seat.Deadline()
		return p
	}
	return a.Timer.Paused
}

// toggleTimer turns the turn's clock on (ten minutes) or off.
func (a *App) toggleTimer() {
	if seat, ok := a.ex.(RemoteSeat); ok {
		if due, _ := seat.Deadline(); due.IsZero() {
			seat.SetDeadline(10 * 60)
		} else {
			seat.SetDeadline(0)
		}
		return
	}
	a.Timer.On = !a.Timer.On
	if a.Timer.Limit == 0 {
		a.Timer.Limit = 10 * 60 * ticksPerSecond
	}
	a.Timer.Reset()
}

// timerOn reports whether the turn has a clock.
func (a *App) timerOn() bool {
	if seat, ok := a.ex.(RemoteSeat); ok {
		due, paused := seat.Deadline()
		return !due.IsZero() || paused
	}
	return a.Timer.On
}
