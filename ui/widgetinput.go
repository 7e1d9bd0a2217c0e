package ui

import (
	"sync"

	"github.com/ebitenui/ebitenui/input"
	"github.com/hajimehoshi/ebiten/v2"
	"image"

	"ttx/ui/kit"
)

// widgetBridge feeds ebitenui the manager's Input, so widgets see the same
// (possibly injected) mouse as the rest of the window.
type widgetBridge struct{}

var (
	hookOnce    sync.Once
	widgetIn    = &kit.Input{}
	widgetSynth bool // the input is scripted: typed runes go to widgets by hand
)

func hookWidgetInput() {
	hookOnce.Do(func() { input.SetCursorUpdater(widgetBridge{}) })
}

func setWidgetInput(in *kit.Input, src kit.InputSource) {
	widgetIn = in
	_, real := src.(kit.EbitenInput)
	widgetSynth = !real
}

func (widgetBridge) Update()                             {}
func (widgetBridge) AfterUpdate()                        {}
func (widgetBridge) Draw(*ebiten.Image)                  {}
func (widgetBridge) AfterDraw(*ebiten.Image)             {}
func (widgetBridge) GetCursorImage(string) *ebiten.Image { return nil }
func (widgetBridge) GetCursorOffset(string) image.Point  { return image.Point{} }

func buttonIndex(b ebiten.MouseButton) int {
	switch b {
	case ebiten.MouseButtonLeft:
		return kit.MouseLeft
	case ebiten.MouseButtonRight:
		return kit.MouseRight
	case ebiten.MouseButtonMiddle:
		return kit.MouseMiddle
	}
	return -1
}

func (widgetBridge) MouseButtonPressed(b ebiten.MouseButton) bool {
	i := buttonIndex(b)
	return i >= 0 && widgetIn.Down[i]
}

func (widgetBridge) MouseButtonJustPressed(b ebiten.MouseButton) bool {
	i := buttonIndex(b)
	return i >= 0 && widgetIn.JustPressed[i]
}

func (widgetBridge) MouseButtonJustReleased(b ebiten.MouseButton) bool {
	i := buttonIndex(b)
	return i >= 0 && widgetIn.JustReleased[i]
}

func (widgetBridge) CursorPosition() (int, int) {
	return int(widgetIn.Cursor.X), int(widgetIn.Cursor.Y)
}
