package kit

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// Injector is an InputSource that plays back scripted input, one step a
// frame. Ebiten cannot synthesise operating-system events, so tests and
// demos drive the window with it. When the script runs out the cursor stays
// where it was with nothing held.
type Injector struct {
	steps  []Input
	cursor Point
}

// Poll returns the next scripted frame.
func (j *Injector) Poll(prev *Input) Input {
	in := Input{Cursor: j.cursor}
	if len(j.steps) > 0 {
		in = j.steps[0]
		j.steps = j.steps[1:]
		j.cursor = in.Cursor
	}
	for _, k := range in.KeysDown {
		if !slices.Contains(prev.KeysDown, k) {
			in.KeysPressed = append(in.KeysPressed, k)
		}
	}
	in.Derive(prev)
	return in
}

// Pending returns how many scripted frames are left.
func (j *Injector) Pending() int { return len(j.steps) }

func (j *Injector) push(in Input) {
	j.steps = append(j.steps, in)
	j.cursor = in.Cursor
}

// Move puts the cursor at p for one frame.
func (j *Injector) Move(p Point) { j.push(Input{Cursor: p}) }

// Click moves to p, presses and releases the left button.
func (j *Injector) Click(p Point) { j.ClickButton(p, MouseLeft) }

// ClickButton moves to p, presses and releases button b.
func (j *Injector) ClickButton(p Point, b int) {
	j.Move(p)
	down := Input{Cursor: p}
	down.Down[b] = true
	j.push(down)
	j.push(Input{Cursor: p})
}

// Press moves to p and presses the left button there, which is held for that frame; the next
// frame with nothing scripted releases it (a click split in two, for a test to act between).
func (j *Injector) Press(p Point) {
	j.Move(p)
	down := Input{Cursor: p}
	down.Down[MouseLeft] = true
	j.push(down)
}

// Drag presses the left button at from, moves to to in steps frames and
// releases there.
func (j *Injector) Drag(from, to Point, steps int) {
	j.Move(from)
	for i := 0; i <= steps; i++ {
		f := float64(i) / float64(max(steps, 1))
		in := Input{Cursor: Point{X: from.X + (to.X-from.X)*f, Y: from.Y + (to.Y-from.Y)*f}}
		in.Down[MouseLeft] = true
		j.push(in)
	}
	j.push(Input{Cursor: to})
}

// Wheel scrolls by (dx, dy) at the cursor for one frame.
func (j *Injector) Wheel(dx, dy float64) {
	j.push(Input{Cursor: j.cursor, WheelX: dx, WheelY: dy})
}

// Key presses and releases k, with mods held.
func (j *Injector) Key(k ebiten.Key, mods ...ebiten.Key) {
	j.push(Input{Cursor: j.cursor, KeysDown: append(slices.Clone(mods), k)})
	j.push(Input{Cursor: j.cursor})
}

// Type types s, one rune a frame.
func (j *Injector) Type(s string) {
	for _, r := range s {
		j.push(Input{Cursor: j.cursor, Chars: []rune{r}})
	}
}

// Paste types all of s in one frame, as a fast typist or a paste would.
func (j *Injector) Paste(s string) {
	j.push(Input{Cursor: j.cursor, Chars: []rune(s)})
}

// Close presses the window's close button, for one frame.
func (j *Injector) Close() { j.push(Input{Cursor: j.cursor, Closing: true}) }

// Wait adds n frames with nothing happening.
func (j *Injector) Wait(n int) {
	for i := 0; i < n; i++ {
		j.push(Input{Cursor: j.cursor})
	}
}
