package ui

import (
	"image/color"
	"strconv"

	"github.com/ebitenui/ebitenui"
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Widgets is a tree of ebitenui widgets with the window's theme, its buttons
// indexed by name and their keyboard shortcuts. A scene builds one per
// layout and updates and draws it every frame.
type Widgets struct {
	UI      *ebitenui.UI
	Theme   *Theme
	Root    *widget.Container
	buttons map[string]*widget.Button
	order   []string
	keys    []shortcut
}

type shortcut struct {
	key  ebiten.Key
	ctrl bool
	fn   func()
}

// NewWidgets returns an empty tree whose root lays children out with
// layout.
func NewWidgets(th *Theme, layout widget.Layouter) *Widgets {
	root := widget.NewContainer(widget.ContainerOpts.Layout(layout))
	return &Widgets{
		UI:      &ebitenui.UI{Container: root, PrimaryTheme: th.Widget},
		Theme:   th,
		Root:    root,
		buttons: map[string]*widget.Button{},
	}
}

// Update runs the widgets on this frame's input, then the shortcuts. A
// scripted rune goes to the focused text input, since ebitenui reads typed
// text from Ebiten only.
func (w *Widgets) Update(ctx *Context) {
	w.UI.Update()
	focused, typing := w.UI.GetFocusedWidget().(*widget.TextInput)
	if typing && widgetSynth {
		for _, r := range ctx.In.Chars {
			focused.Insert(string(r))
		}
	}
	if typing && !ctx.In.Ctrl() {
		return
	}
	for _, s := range w.keys {
		if ctx.In.KeyPressed(s.key) && s.ctrl == ctx.In.Ctrl() {
			s.fn()
			return
		}
	}
}

// Draw draws the widgets. The root is transparent: scenes fill the
// background first and may draw into placeholders afterwards.
func (w *Widgets) Draw(screen *ebiten.Image) { w.UI.Draw(screen) }

// Placeholder returns an empty widget that stretches to fill its cell; a
// scene draws into its rectangle (the board does).
func (w *Widgets) Placeholder(opts ...widget.WidgetOpt) *widget.Container {
	return widget.NewContainer(widget.ContainerOpts.WidgetOpts(opts...))
}

// Grid returns a container with cols columns; stretchCols and stretchRows
// say which columns and rows take the spare room.
func (w *Widgets) Grid(cols int, stretchCols, stretchRows []bool, spacing int, opts ...widget.WidgetOpt) *widget.Container {
	s := w.Theme.Px(float64(spacing))
	return widget.NewContainer(
		widget.ContainerOpts.WidgetOpts(opts...),
		widget.ContainerOpts.Layout(widget.NewGridLayout(
			widget.GridLayoutOpts.Columns(cols),
			widget.GridLayoutOpts.Stretch(stretchCols, stretchRows),
			widget.GridLayoutOpts.Spacing(s, s),
		)),
	)
}

// Shortcut runs fn when key is pressed (with Ctrl when ctrl is true) and no
// text input has the focus.
func (w *Widgets) Shortcut(key ebiten.Key, ctrl bool, fn func()) {
	w.keys = append(w.keys, shortcut{key, ctrl, fn})
}

// Button returns a themed button labelled label that runs fn when clicked,
// registered under name for Find. With key other than -1 the key runs fn
// too and the label says so.
func (w *Widgets) Button(name, label string, key ebiten.Key, fn func(), opts ...widget.WidgetOpt) *widget.Button {
	if key >= 0 {
		label += "  [" + keyName(key) + "]"
		w.Shortcut(key, false, fn)
	}
	b := widget.NewButton(
		widget.ButtonOpts.WidgetOpts(opts...),
		widget.ButtonOpts.TextLabel(label),
		widget.ButtonOpts.ClickedHandler(func(*widget.ButtonClickedEventArgs) { fn() }),
	)
	w.buttons[name] = b
	w.order = append(w.order, name)
	return b
}

// Find returns the button registered under name.
func (w *Widgets) Find(name string) (*widget.Button, bool) {
	b, ok := w.buttons[name]
	return b, ok
}

// ButtonNames lists the registered buttons in the order they were made.
func (w *Widgets) ButtonNames() []string { return w.order }

// Label returns a single-line label in face and colour c.
func (w *Widgets) Label(s string, face text.Face, c color.Color, opts ...widget.WidgetOpt) *widget.Text {
	return widget.NewText(
		widget.TextOpts.WidgetOpts(opts...),
		widget.TextOpts.Text(s, &face, c),
	)
}

// Paragraph returns wrapped, scrolling text of at least minW×minH pixels.
func (w *Widgets) Paragraph(s string, minW, minH int, opts ...widget.WidgetOpt) *widget.TextArea {
	opts = append(opts, widget.WidgetOpts.MinSize(minW, minH))
	return widget.NewTextArea(
		widget.TextAreaOpts.ContainerOpts(widget.ContainerOpts.WidgetOpts(opts...)),
		widget.TextAreaOpts.Text(s),
		widget.TextAreaOpts.ShowVerticalScrollbar(),
	)
}

// Column returns a container stacking children top to bottom.
func (w *Widgets) Column(spacing int, opts ...widget.WidgetOpt) *widget.Container {
	return widget.NewContainer(
		widget.ContainerOpts.WidgetOpts(opts...),
		widget.ContainerOpts.Layout(widget.NewRowLayout(
			widget.RowLayoutOpts.Direction(widget.DirectionVertical),
			widget.RowLayoutOpts.Spacing(w.Theme.Px(float64(spacing))),
		)),
	)
}

// Row returns a container placing children left to right.
func (w *Widgets) Row(spacing int, opts ...widget.WidgetOpt) *widget.Container {
	return widget.NewContainer(
		widget.ContainerOpts.WidgetOpts(opts...),
		widget.ContainerOpts.Layout(widget.NewRowLayout(
			widget.RowLayoutOpts.Direction(widget.DirectionHorizontal),
			widget.RowLayoutOpts.Spacing(w.Theme.Px(float64(spacing))),
		)),
	)
}

// Stretch is the row-layout data that fills the cross axis.
func Stretch() widget.WidgetOpt {
	return widget.WidgetOpts.LayoutData(widget.RowLayoutData{Stretch: true})
}

func keyName(k ebiten.Key) string {
	switch {
	case k >= ebiten.KeyA && k <= ebiten.KeyZ:
		return string(rune('A' + (k - ebiten.KeyA)))
	case k >= ebiten.Key0 && k <= ebiten.Key9:
		return string(rune('0' + (k - ebiten.Key0)))
	case k >= ebiten.KeyF1 && k <= ebiten.KeyF12:
		return "F" + strconv.Itoa(int(k-ebiten.KeyF1)+1)
	}
	return k.String()
}
