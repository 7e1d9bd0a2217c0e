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

// LineRank returns the width and marker radius, in points, of series k of n lines drawn one
// over another. The first series are drawn first and widest, the later ones narrower on top of
// them, so that lines that coincide stay visible: each shows as a band around the next, and its
// markers around the next one's.
func LineRank(k, n int) (width, radius float64) {
	rank := float64(n - 1 - k)
	step := 1.0 // a point wider than the next, at most 5.5 points in all
	if n > 5 {
		step = 4.2 / float64(n-1)
	}
	return 1.3 + step*rank, 2.5 + 1.2*step*rank
}
