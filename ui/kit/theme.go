package kit

import (
	img "image"
	"image/color"

	"github.com/ebitenui/ebitenui/image"
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
)

// Theme is the window's look at one HiDPI scale: the ebitenui theme for
// widgets and the faces the board and panels draw text with.
type Theme struct {
	Scale  float64
	Widget *widget.Theme
	Body   text.Face
	Small  text.Face
	Title  text.Face
	Head   text.Face
	Mono   text.Face
	// Tiny (12 px, the smallest text drawn) and Label (bold, 13 px) are
	// the board's bars, legend and group titles.
	Tiny  text.Face
	Label text.Face
}

// Sizes of text in device-independent pixels.
const (
	SizeBody  = 16
	SizeSmall = 13
	SizeHead  = 19
	SizeTitle = 28
	// SizeTiny is the smallest text drawn: the board's bars and legend.
	SizeTiny = 12
	// SizeLabel is the board's bold labels and group titles.
	SizeLabel = 13
)

func nine(c color.Color) *image.NineSlice { return image.NewNineSliceColor(c) }

func bordered(fill, border color.Color, w int) *image.NineSlice {
	return image.NewBorderedNineSliceColor(fill, border, w)
}

// NewTheme builds the theme at scale (1 on an ordinary display, 2 on most
// HiDPI ones).
func NewTheme(scale float64) *Theme {
	if scale <= 0 {
		scale = 1
	}
	px := func(v float64) int { return int(v*scale + 0.5) }
	face := func(f assets.Font, size float64) text.Face { return assets.Face(f, size*scale) }
	t := &Theme{
		Scale: scale,
		Body:  face(assets.Regular, SizeBody),
		Small: face(assets.Regular, SizeSmall),
		Head:  face(assets.Bold, SizeHead),
		Title: face(assets.Bold, SizeTitle),
		Mono:  face(assets.Mono, SizeSmall),
		Tiny:  face(assets.Regular, SizeTiny),
		Label: face(assets.Bold, SizeLabel),
	}
	body := t.Body
	bw := max(1, px(1))
	dim := assets.TextDim
	field := bordered(assets.Panel, assets.Border, bw)
	fieldOff := bordered(assets.Background, assets.PanelHi, bw)
	slider := &widget.SliderParams{
		TrackImage: &widget.SliderTrackImage{Idle: field, Disabled: fieldOff},
		HandleImage: &widget.ButtonImage{
			Idle:    bordered(assets.PanelHi, assets.Border, bw),
			Hover:   bordered(assets.Border, assets.Text, bw),
			Pressed: bordered(assets.Border, assets.Text, bw),
		},
		FixedHandleSize: ptr(px(8)),
		MinHandleSize:   ptr(px(8)),
	}
	areaPad, areaGap := px(6), px(2)
	scroll := &widget.ScrollContainerImage{Idle: field, Disabled: fieldOff, Mask: field}
	listColors := &widget.ListEntryColor{
		Unselected:                 assets.Text,
		Selected:                   assets.Black,
		DisabledUnselected:         dim,
		DisabledSelected:           dim,
		SelectedBackground:         assets.SkyBlue,
		SelectedFocusedBackground:  assets.SkyBlue,
		SelectingBackground:        assets.PanelHi,
		FocusedBackground:          assets.PanelHi,
		SelectingFocusedBackground: assets.PanelHi,
		DisabledSelectedBackground: assets.PanelHi,
	}
	button := func() *widget.ButtonParams {
		return &widget.ButtonParams{
			TextColor: &widget.ButtonTextColor{Idle: assets.Text, Hover: assets.Text, Pressed: assets.Black, Disabled: dim},
			TextFace:  &body,
			Image: &widget.ButtonImage{
				Idle:         bordered(assets.PanelHi, assets.Border, bw),
				Hover:        bordered(assets.Border, assets.SkyBlue, bw),
				Pressed:      bordered(assets.SkyBlue, assets.Text, bw),
				PressedHover: bordered(assets.SkyBlue, assets.Text, bw),
				Disabled:     bordered(assets.Panel, assets.PanelHi, bw),
			},
			TextPadding:  &widget.Insets{Left: px(14), Right: px(14), Top: px(6), Bottom: px(6)},
			TextPosition: &widget.TextPositioning{VTextPosition: widget.TextPositionCenter, HTextPosition: widget.TextPositionCenter},
		}
	}
	t.Widget = &widget.Theme{
		DefaultFace:      &body,
		DefaultTextColor: assets.Text,
		ButtonTheme:      button(),
		// A book's tabs are buttons like the others; the shown tab's is
		// drawn pressed. (ebitenui fills in a book's button params, so it
		// gets its own copy.)
		TabbookTheme: &widget.TabBookParams{
			TabButton:      button(),
			TabSpacing:     ptr(px(8)),
			ContentSpacing: ptr(px(6)),
			ContentPadding: &widget.Insets{},
		},
		PanelTheme: &widget.PanelParams{BackgroundImage: nine(assets.Panel)},
		LabelTheme: &widget.LabelParams{
			Face:  &body,
			Color: &widget.LabelColor{Idle: assets.Text, Disabled: dim},
		},
		TextTheme: &widget.TextParams{Face: &body, Color: assets.Text},
		TextInputTheme: &widget.TextInputParams{
			Face:    &body,
			Image:   &widget.TextInputImage{Idle: field, Disabled: fieldOff},
			Color:   &widget.TextInputColor{Idle: assets.Text, Caret: assets.SkyBlue, Disabled: dim, DisabledCaret: dim},
			Padding: widget.NewInsetsSimple(px(6)),
		},
		// A text area wraps its text to its own width, less the text's
		// padding: the padding on the right leaves room for the scroll
		// container's padding and the slider beside it, so that no line
		// runs under the slider.
		TextAreaTheme: &widget.TextAreaParams{
			Face:                   &body,
			StripBBCode:            ptr(false), // a scenario's text is shown as written
			ControlWidgetSpacing:   ptr(areaGap),
			TextPadding:            &widget.Insets{Left: px(4), Right: 2*areaPad + areaGap + *slider.MinHandleSize + px(4)},
			ForegroundColor:        assets.Text,
			ScrollContainerPadding: widget.NewInsetsSimple(areaPad),
			ScrollContainerImage:   scroll,
			Slider:                 slider,
		},
		ProgressBarTheme: &widget.ProgressBarParams{
			TrackPadding: widget.NewInsetsSimple(px(1)),
			TrackImage:   &widget.ProgressBarImage{Idle: field, Disabled: fieldOff, Hover: field},
			FillImage:    &widget.ProgressBarImage{Idle: nine(assets.SkyBlue), Disabled: nine(assets.Border), Hover: nine(assets.SkyBlue)},
		},
		SliderTheme: slider,
		ListTheme: &widget.ListParams{
			EntryFace:                   &body,
			EntryTextPadding:            &widget.Insets{Left: px(8), Right: px(8), Top: px(4), Bottom: px(4)},
			EntryTextHorizontalPosition: ptr(widget.TextPositionStart),
			EntryTextVerticalPosition:   ptr(widget.TextPositionCenter),
			MinSize:                     &img.Point{X: px(150), Y: 0},
			EntryColor:                  listColors,
			ScrollContainerPadding:      widget.NewInsetsSimple(px(4)),
			ScrollContainerImage:        scroll,
			Slider:                      slider,
		},
	}
	return t
}

// ScrollImage is the frame of scroll containers, which the ebitenui theme
// does not cover.
func (t *Theme) ScrollImage() *widget.ScrollContainerImage {
	bw := max(1, int(t.Scale+0.5))
	f := bordered(assets.Panel, assets.Border, bw)
	return &widget.ScrollContainerImage{Idle: f, Disabled: f, Mask: f}
}

// Px converts device-independent pixels to screen pixels at this theme's scale.
func (t *Theme) Px(v float64) int { return int(v*t.Scale + 0.5) }

func ptr[T any](v T) *T { return &v }
