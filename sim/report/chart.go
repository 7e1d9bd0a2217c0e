package report

import (
	"fmt"
	"image/color"
)

// Series is one line of a chart: Y[k] is its value at x = Start+k (a point of Chart.X);
// Dashed lines are totals drawn for reference.
type Series struct {
	Name   string
	Color  color.Color
	Start  int
	Y      []float64
	Dashed bool
}

// palette is the Okabe–Ito palette, safe for colour-blind readers, without its yellow last.
var palette = []color.RGBA{
	{0x00, 0x72, 0xb2, 0xff}, {0xe6, 0x9f, 0x00, 0xff}, {0x00, 0x9e, 0x73, 0xff}, {0xd5, 0x5e, 0x00, 0xff},
	{0xcc, 0x79, 0xa7, 0xff}, {0x56, 0xb4, 0xe9, 0xff}, {0x00, 0x00, 0x00, 0xff}, {0xf0, 0xe4, 0x42, 0xff},
}

// colour returns the i-th palette colour, cycling.
func colour(i int) color.Color { return palette[i%len(palette)] }

// hexColour parses "#rrggbb", or returns def.
func hexColour(s string, def color.Color) color.Color {
	var r, g, b uint8
	if len(s) != 7 || s[0] != '#' {
		return def
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &r, &g, &b); err != nil {
		return def
	}
	return color.RGBA{r, g, b, 0xff}
}
