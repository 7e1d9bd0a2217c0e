package ui

import (
	"image"

	"ttx/ui/kit"
)

// Short names for the kit's types, kept only for the files another branch
// is editing now (turn, feed, inject, events, timer, facilitator); they go
// once that branch has landed and those files say kit.Rect and so on.
type (
	Rect        = kit.Rect
	Point       = kit.Point
	Input       = kit.Input
	InputSource = kit.InputSource
	Theme       = kit.Theme
)

// MouseLeft is kit.MouseLeft (see the note on the types above).
const MouseLeft = kit.MouseLeft

func rectOf(r image.Rectangle) Rect { return kit.RectOf(r) }
