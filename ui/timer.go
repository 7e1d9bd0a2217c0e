package ui

import "time"

// TurnTimer counts a turn's time down in frames, so that it pauses with the
// game and behaves the same in tests. Ebiten runs 60 updates a second.
type TurnTimer struct {
	On     bool
	Limit  int // frames allowed per turn
	left   int
	Paused bool
}

// ticksPerSecond is Ebiten's default update rate.
const ticksPerSecond = 60

// NewTurnTimer returns a timer of the given minutes, off when minutes is 0.
func NewTurnTimer(minutes int) TurnTimer {
	t := TurnTimer{On: minutes > 0, Limit: minutes * 60 * ticksPerSecond}
	t.Reset()
	return t
}

// Reset starts the count again from the limit.
func (t *TurnTimer) Reset() { t.left = t.Limit }

// Tick counts one frame unless paused or off. It reports whether time ran
// out on this frame.
func (t *TurnTimer) Tick() bool {
	if !t.On || t.Paused || t.left <= 0 {
		return false
	}
	t.left--
	return t.left == 0
}

// Left returns the time left.
func (t *TurnTimer) Left() time.Duration { return time.Duration(t.left) * frame }

// Expired reports whether the time is up.
func (t *TurnTimer) Expired() bool { return t.On && t.left <= 0 }

// String shows the time left as m:ss, or "" when the timer is off.
func (t *TurnTimer) String() string {
	if !t.On {
		return ""
	}
	s := minSec(t.Left())
	if t.Paused {
		s += " (paused)"
	}
	return s
}
