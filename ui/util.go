package ui

import (
	"image"
	"math"
	"strconv"
)

func itoa(i int) string { return strconv.Itoa(i) }

func rectImage(r Rect) image.Rectangle {
	return image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.X+r.W)), int(math.Ceil(r.Y+r.H)))
}
