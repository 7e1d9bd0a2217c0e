package kit

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Mouse buttons the window uses, as indexes into Input's button arrays.
const (
	MouseLeft = iota
	MouseRight
	MouseMiddle
	MouseButtons // how many buttons Input tracks
)

var ebitenButtons = [MouseButtons]ebiten.MouseButton{ebiten.MouseButtonLeft, ebiten.MouseButtonRight, ebiten.MouseButtonMiddle}

// Input is everything the user did, read once at the start of a frame.
// Screens and widgets read this and never ask Ebiten themselves, so a test
// can drive the window by supplying Inputs of its own.
type Input struct {
	Cursor       Point // in screen pixels
	Down         [MouseButtons]bool
	JustPressed  [MouseButtons]bool
	JustReleased [MouseButtons]bool
	WheelX       float64
	WheelY       float64
	KeysDown     []ebiten.Key
	KeysPressed  []ebiten.Key // pressed this frame
	Chars        []rune       // typed this frame
	// Closing is whether the window's close button was pressed this frame. It is reported on
	// desktops; the window closes by itself unless the game handles its closing
	// (ebiten.SetWindowClosingHandled).
	Closing bool
}

// KeyPressed reports whether k went down this frame.
func (in *Input) KeyPressed(k ebiten.Key) bool { return slices.Contains(in.KeysPressed, k) }

// KeyDown reports whether k is held.
func (in *Input) KeyDown(k ebiten.Key) bool { return slices.Contains(in.KeysDown, k) }

// Clicked reports whether the left button was released this frame.
func (in *Input) Clicked() bool { return in.JustReleased[MouseLeft] }

// Ctrl reports whether a control key is held.
func (in *Input) Ctrl() bool {
	return in.KeyDown(ebiten.KeyControlLeft) || in.KeyDown(ebiten.KeyControlRight) || in.KeyDown(ebiten.KeyMetaLeft)
}

// InputSource produces one frame's Input. prev is the previous frame's, for
// working out what changed.
type InputSource interface {
	Poll(prev *Input) Input
}

// EbitenInput reads the real keyboard and mouse.
type EbitenInput struct{}

// Poll reads Ebiten's input state.
func (EbitenInput) Poll(prev *Input) Input {
	var in Input
	x, y := ebiten.CursorPosition()
	in.Cursor = Point{float64(x), float64(y)}
	for i, b := range ebitenButtons {
		in.Down[i] = ebiten.IsMouseButtonPressed(b)
	}
	in.WheelX, in.WheelY = ebiten.Wheel()
	in.KeysDown = inpututil.AppendPressedKeys(nil)
	in.KeysPressed = inpututil.AppendJustPressedKeys(nil)
	in.Chars = ebiten.AppendInputChars(nil)
	in.Closing = ebiten.IsWindowBeingClosed()
	in.Derive(prev)
	return in
}

// Derive fills in the just-pressed and just-released buttons from prev, the
// previous frame's Input; an InputSource calls it last.
func (in *Input) Derive(prev *Input) {
	for i := range in.Down {
		in.JustPressed[i] = in.Down[i] && !prev.Down[i]
		in.JustReleased[i] = !in.Down[i] && prev.Down[i]
	}
}
