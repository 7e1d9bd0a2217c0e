package assets

import (
	"image/color"
	"strconv"
)

// The Okabe–Ito colours.
var (
	Black         = color.RGBA{0x00, 0x00, 0x00, 0xff}
	Orange        = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	SkyBlue       = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	BluishGreen   = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	Yellow        = color.RGBA{0xf0, 0xe4, 0x42, 0xff}
	Blue          = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	Vermillion    = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	ReddishPurple = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
	Grey          = color.RGBA{0x99, 0x99, 0x99, 0xff}
)

// The window's neutral colours (background, panels, text).
var (
	Background  = color.RGBA{0x16, 0x18, 0x1d, 0xff}
	Panel       = color.RGBA{0x22, 0x25, 0x2c, 0xff}
	PanelHi     = color.RGBA{0x33, 0x37, 0x41, 0xff}
	Border      = color.RGBA{0x55, 0x5b, 0x68, 0xff}
	Text        = color.RGBA{0xee, 0xee, 0xee, 0xff}
	TextDim     = color.RGBA{0xa8, 0xad, 0xb8, 0xff}
	Accent      = SkyBlue
	Facilitator = color.RGBA{0xf5, 0xf5, 0xf5, 0xff}
)

// SideColors is the order in which sides without a colour of their own get
// one: the Okabe–Ito colours most distinct from each other first.
var SideColors = []color.RGBA{Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Yellow, Grey}

// SideColor returns the colour of the i-th side (0-based), cycling when a
// scenario has more sides than the palette has colours.
func SideColor(i int) color.RGBA {
	if i < 0 {
		i = -i
	}
	return SideColors[i%len(SideColors)]
}

// NPC is the colour of actors no side controls.
var NPC = Grey

// Status is the state of an asset or a resolution as the window shows it.
type Status string

// The statuses the window knows.
const (
	Active      Status = "active"
	Exposed     Status = "exposed"
	Seized      Status = "seized"
	Frozen      Status = "frozen"
	Vetoed      Status = "vetoed"
	Compromised Status = "compromised"
	Offline     Status = "offline"
)

// Statuses lists every status in display order.
var Statuses = []Status{Active, Exposed, Compromised, Seized, Frozen, Offline, Vetoed}

var statusStyle = map[Status]struct {
	c     color.RGBA
	glyph string
}{
	Active:      {BluishGreen, "●"},
	Exposed:     {Yellow, "!"},
	Compromised: {Orange, "▲"},
	Seized:      {Vermillion, "×"},
	Frozen:      {SkyBlue, "□"},
	Offline:     {Grey, "○"},
	Vetoed:      {ReddishPurple, "V"},
}

// StatusColor returns the colour of status s; unknown statuses are grey.
func StatusColor(s Status) color.RGBA {
	if st, ok := statusStyle[s]; ok {
		return st.c
	}
	return Grey
}

// StatusGlyph returns a short mark for status s, drawn beside its colour so
// that the status never depends on colour alone. Unknown statuses get "?".
func StatusGlyph(s Status) string {
	if st, ok := statusStyle[s]; ok {
		return st.glyph
	}
	return "?"
}

// ParseHex reads a colour written "#rrggbb". ok is false for anything else.
func ParseHex(s string) (c color.RGBA, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return c, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return c, false
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// WithAlpha returns c with alpha a, premultiplied as Ebiten expects.
func WithAlpha(c color.RGBA, a uint8) color.RGBA {
	f := func(v uint8) uint8 { return uint8(uint16(v) * uint16(a) / 255) }
	return color.RGBA{f(c.R), f(c.G), f(c.B), a}
}
