package ui

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ebitenui/ebitenui"
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
	"ttx/ui/kit"
)

// Widgets is a tree of ebitenui widgets with the window's theme, its buttons
// indexed by name and their keyboard shortcuts. A scene builds one per
// layout and updates and draws it every frame.
type Widgets struct {
	UI      *ebitenui.UI
	Theme   *kit.Theme
	Root    *widget.Container
	buttons map[string]*widget.Button
	inputs  map[string]*widget.TextInput
	tabs    map[string]tabRef
	typed   map[string]string // the named inputs' text before a rebuild
	// pending is the name of a button to focus once it exists: a tab's,
	// which its book makes on the first update.
	pending string
	order   []string
	keys    []shortcut
	// scrolled holds the contents of scroll containers and the shown pages
	// and buttons of tab books, which ebitenui does not list among a
	// container's children.
	scrolled []widget.PreferredSizeLocateableWidget
	scrolls  []scroll
}

type scroll struct {
	content widget.PreferredSizeLocateableWidget
	sc      *widget.ScrollContainer
	slider  *widget.Slider
}

// scrolled is where a scrolled list stands: its scroll container's top and its scrollbar.
type scrolled struct {
	top    float64
	slider int
}

// scrolledTo returns where each scrolled list stands, in the order they were made.
func (w *Widgets) scrolledTo() []scrolled {
	out := make([]scrolled, len(w.scrolls))
	for i, s := range w.scrolls {
		out[i] = scrolled{s.sc.ScrollTop, s.slider.Current}
	}
	return out
}

// scrollTo puts the scrolled lists where at says (scrolledTo of the tree this one replaces),
// when there are as many.
func (w *Widgets) scrollTo(at []scrolled) {
	if len(at) != len(w.scrolls) {
		return
	}
	for i, s := range w.scrolls {
		s.sc.ScrollTop, s.slider.Current = at[i].top, at[i].slider
	}
}

// Reveal scrolls whichever scroll container holds r so that r is in view.
// It reports whether r was inside one.
func (w *Widgets) Reveal(r image.Rectangle) bool {
	for _, s := range w.scrolls {
		c := s.content.GetWidget().Rect
		if !r.In(c) {
			continue
		}
		view := s.sc.ViewRect()
		if r.In(view) {
			return true
		}
		span := c.Dy() - view.Dy()
		if span <= 0 {
			return true
		}
		top := float64(r.Min.Y-c.Min.Y-view.Dy()/3) / float64(span)
		top = kit.Clamp(top, 0, 1)
		s.sc.ScrollTop = top
		s.slider.Current = int(top * 1000)
		return true
	}
	return false
}

type shortcut struct {
	key  ebiten.Key
	ctrl bool
	fn   func()
}

// NewWidgets returns an empty tree whose root lays children out with
// layout.
func NewWidgets(th *kit.Theme, layout widget.Layouter) *Widgets {
	root := widget.NewContainer(widget.ContainerOpts.Layout(layout))
	return &Widgets{
		UI:      &ebitenui.UI{Container: root, PrimaryTheme: th.Widget, DisableDefaultFocus: true},
		Theme:   th,
		Root:    root,
		buttons: map[string]*widget.Button{},
		inputs:  map[string]*widget.TextInput{},
		tabs:    map[string]tabRef{},
	}
}

// Update runs the widgets on this frame's input, then the keyboard: Tab
// and Shift+Tab move the focus (scrolling it into view), Enter or Space
// presses the focused button, and otherwise the shortcuts. A scripted rune
// goes to the focused text input, since ebitenui reads typed text from
// Ebiten only. All keys come from the frame's Input, so scripts drive them.
func (w *Widgets) Update(ctx *Context) {
	w.UI.Update()
	w.settleTabs()
	in := ctx.In
	if in.KeyPressed(ebiten.KeyTab) {
		dir := widget.FOCUS_NEXT
		if in.KeyDown(ebiten.KeyShiftLeft) || in.KeyDown(ebiten.KeyShiftRight) {
			dir = widget.FOCUS_PREVIOUS
		}
		w.UI.ChangeFocus(dir)
		if f := w.UI.GetFocusedWidget(); f != nil {
			w.Reveal(f.GetWidget().Rect)
		}
		return
	}
	if b, ok := w.UI.GetFocusedWidget().(*widget.Button); ok && (in.KeyPressed(ebiten.KeyEnter) || in.KeyPressed(ebiten.KeySpace)) {
		b.Click()
		return
	}
	focused, typing := w.UI.GetFocusedWidget().(*widget.TextInput)
	if typing && widgetSynth {
		for _, r := range ctx.In.Chars {
			focused.Insert(string(r))
		}
		if in.KeyPressed(ebiten.KeyEnter) {
			focused.Submit()
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

// DropShortcuts forgets the shortcuts registered so far, the buttons' keys included: a screen
// that asks a question lets only the question's keys act until it is answered.
func (w *Widgets) DropShortcuts() { w.keys = nil }

// dropFooter takes the root's last child (a screen's footer) out of the tree, and its buttons
// and inputs out of the names Find knows: a question takes its place (page.ensure).
func (w *Widgets) dropFooter() {
	kids := w.Root.Children()
	if len(kids) == 0 {
		return
	}
	foot := kids[len(kids)-1]
	w.Root.RemoveChild(foot)
	var walk func(x any)
	walk = func(x any) {
		switch v := x.(type) {
		case *widget.Button:
			for n, b := range w.buttons {
				if b == v {
					delete(w.buttons, n)
					w.order = slices.DeleteFunc(w.order, func(o string) bool { return o == n })
				}
			}
		case *widget.TextInput:
			for n, in := range w.inputs {
				if in == v {
					delete(w.inputs, n)
				}
			}
		}
		if c, ok := x.(interface {
			Children() []widget.PreferredSizeLocateableWidget
		}); ok {
			for _, ch := range c.Children() {
				walk(ch)
			}
		}
	}
	walk(foot)
}

// Button returns a themed button labelled label that runs fn when clicked,
// registered under name for Find. With key other than -1 the key runs fn
// too and the label says so.
func (w *Widgets) Button(name, label string, key ebiten.Key, fn func(), opts ...widget.WidgetOpt) *widget.Button {
	if key >= 0 {
		w.Shortcut(key, false, fn)
	}
	label = keyLabel(label, key)
	b := widget.NewButton(
		widget.ButtonOpts.WidgetOpts(opts...),
		widget.ButtonOpts.DisableDefaultKeys(),
		widget.ButtonOpts.TextLabel(label),
		widget.ButtonOpts.ClickedHandler(func(*widget.ButtonClickedEventArgs) { fn() }),
	)
	w.buttons[name] = b
	w.order = append(w.order, name)
	return b
}

// buttonsWidth is the width, in screen pixels, of a line of buttons
// labelled labels, in the body face with the theme's padding, as far apart
// as a tab book's tabs.
func (w *Widgets) buttonsWidth(labels []string) int {
	pad := w.Theme.Widget.ButtonTheme.TextPadding
	total := 0
	for i, l := range labels {
		lw, _ := text.Measure(l, w.Theme.Body, 0)
		total += int(math.Ceil(lw)) + pad.Left + pad.Right
		if i > 0 {
			total += *w.Theme.Widget.TabbookTheme.TabSpacing
		}
	}
	return total
}

// Find returns the button registered under name: a tab's once its book
// has made it.
func (w *Widgets) Find(name string) (*widget.Button, bool) {
	if b, ok := w.buttons[name]; ok {
		return b, true
	}
	if r, ok := w.tabs[name]; ok {
		if b := r.button(); b != nil {
			return b, true
		}
	}
	return nil, false
}

// Focused returns the name of the focused button or named text input, if
// one is.
func (w *Widgets) Focused() string {
	switch f := w.UI.GetFocusedWidget().(type) {
	case *widget.Button:
		for n, x := range w.buttons {
			if x == f {
				return n
			}
		}
		for n, r := range w.tabs {
			if r.button() == f {
				return n
			}
		}
	case *widget.TextInput:
		for n, x := range w.inputs {
			if x == f {
				return "input:" + n
			}
		}
	}
	return ""
}

// focus gives the keyboard focus to the button or input Focused named.
func (w *Widgets) focus(name string) {
	if n, ok := strings.CutPrefix(name, "input:"); ok {
		if in, ok := w.inputs[n]; ok {
			w.UI.SetFocusedWidget(in)
		}
		return
	}
	if b, ok := w.Find(name); ok {
		w.UI.SetFocusedWidget(b)
	} else if _, ok := w.tabs[name]; ok {
		w.pending = name
	}
}

// Input returns a one-line text input minW device-independent pixels wide,
// registered under name. It holds what was typed into the input of that
// name before the screen was rebuilt (page.ensure), and Enter in it runs
// submit (if not nil).
func (w *Widgets) Input(name, placeholder string, minW float64, submit func()) *widget.TextInput {
	opts := []widget.TextInputOpt{
		widget.TextInputOpts.WidgetOpts(widget.WidgetOpts.MinSize(w.Theme.Px(minW), 0)),
		widget.TextInputOpts.Placeholder(placeholder),
	}
	if submit != nil {
		opts = append(opts, widget.TextInputOpts.SubmitHandler(func(*widget.TextInputChangedEventArgs) { submit() }))
	}
	in := widget.NewTextInput(opts...)
	if t := w.typed[name]; t != "" {
		in.SetText(t)
	}
	w.inputs[name] = in
	return in
}

// InputText returns the text of the input registered under name.
func (w *Widgets) InputText(name string) (string, bool) {
	in, ok := w.inputs[name]
	if !ok {
		return "", false
	}
	return in.GetText(), true
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

// Paragraph returns s in the body face in a TextArea (TextArea) at least
// width×height device-independent pixels.
func (w *Widgets) Paragraph(s string, width, height float64, opts ...widget.WidgetOpt) *widget.TextArea {
	return w.TextArea(s, w.Theme.Body, width, height, opts...)
}

// TextArea returns ebitenui's text area with its vertical scrollbar,
// holding s in face as paragraphs (see paragraphs) wrapped to the area's
// width. The area is at least width×height device-independent pixels; it
// takes the size of a stretched grid cell, which is where it belongs: in a
// row layout it would take the width of its longest paragraph, unwrapped.
func (w *Widgets) TextArea(s string, face text.Face, width, height float64, opts ...widget.WidgetOpt) *widget.TextArea {
	opts = append(opts, widget.WidgetOpts.MinSize(w.Theme.Px(width), w.Theme.Px(height)))
	return widget.NewTextArea(
		widget.TextAreaOpts.ContainerOpts(widget.ContainerOpts.WidgetOpts(opts...)),
		widget.TextAreaOpts.Text(paragraphs(s)),
		widget.TextAreaOpts.FontFace(&face),
		widget.TextAreaOpts.ShowVerticalScrollbar(),
	)
}

// paragraphs is s with its hard-wrapped lines joined (kit.Reflow), one
// blank line at most between paragraphs and none at the end.
func paragraphs(s string) string {
	var b strings.Builder
	blank := 0
	for _, l := range strings.Split(strings.TrimRight(kit.Reflow(s), " \t\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			b.WriteString(strings.Repeat("\n", 1+min(blank, 1)))
		}
		blank = 0
		b.WriteString(strings.TrimRight(l, " \t"))
	}
	return b.String()
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

// keyLabel is a button's label with its shortcut key, if any (k ≥ 0).
func keyLabel(label string, k ebiten.Key) string {
	if k < 0 {
		return label
	}
	return label + "  [" + keyName(k) + "]"
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

// Scroll wraps content in a scroll container with a vertical slider; the
// wheel over it scrolls. It returns the outer container.
func (w *Widgets) Scroll(content widget.PreferredSizeLocateableWidget, opts ...widget.WidgetOpt) *widget.Container {
	outer := w.Grid(2, []bool{true, false}, []bool{true}, 2, opts...)
	sc := widget.NewScrollContainer(
		widget.ScrollContainerOpts.Content(content),
		widget.ScrollContainerOpts.StretchContentWidth(),
		widget.ScrollContainerOpts.Image(w.Theme.ScrollImage()),
		widget.ScrollContainerOpts.Padding(widget.NewInsetsSimple(w.Theme.Px(6))),
	)
	page := func() int {
		ch := content.GetWidget().Rect.Dy()
		if ch <= 0 {
			return 1000
		}
		return max(1, min(1000, sc.ViewRect().Dy()*1000/ch))
	}
	slider := widget.NewSlider(
		widget.SliderOpts.Direction(widget.DirectionVertical),
		widget.SliderOpts.MinMax(0, 1000),
		widget.SliderOpts.PageSizeFunc(page),
		widget.SliderOpts.ChangedHandler(func(args *widget.SliderChangedEventArgs) {
			sc.ScrollTop = float64(args.Slider.Current) / 1000
		}),
		widget.SliderOpts.WidgetOpts(widget.WidgetOpts.MinSize(w.Theme.Px(10), 0)),
	)
	sc.GetWidget().ScrolledEvent.AddHandler(func(args any) {
		if a, ok := args.(*widget.WidgetScrolledEventArgs); ok {
			slider.Current -= int(a.Y * float64(page()) / 3)
		}
	})
	outer.AddChild(sc, slider)
	w.scrolled = append(w.scrolled, content)
	w.scrolls = append(w.scrolls, scroll{content, sc, slider})
	return outer
}

// input returns a one-line text input minW device-independent pixels wide.
func (w *Widgets) input(placeholder string, minW float64) *widget.TextInput {
	return widget.NewTextInput(
		widget.TextInputOpts.WidgetOpts(widget.WidgetOpts.MinSize(w.Theme.Px(minW), 0)),
		widget.TextInputOpts.Placeholder(placeholder),
	)
}

// Item returns a left-aligned button that stretches across its column, its
// label cut with an ellipsis to width device-independent pixels: the rows
// of the library, the orders and the facilitator's panels.
//
// Rows are named buttons rather than ebitenui's List. A List's entries are
// buttons it makes and keeps to itself, so neither Find nor Texts could
// reach them, and scripts and tests choose a row by its name; its keys
// (Up, Down) are read from Ebiten, not from the frame's Input; and its
// entries are one line each, while an order's or an inject's row wraps
// (WrapItem). Most rows act when clicked (give, remove or open) rather than
// mark a choice, which is what a List is for.
func (w *Widgets) Item(name, label string, width float64, fn func()) *widget.Button {
	face := w.Theme.Body
	b := widget.NewButton(
		widget.ButtonOpts.WidgetOpts(Stretch()),
		widget.ButtonOpts.DisableDefaultKeys(),
		widget.ButtonOpts.TextLabel(kit.Ellipsis(label, face, float64(w.Theme.Px(width-30)))),
		widget.ButtonOpts.TextPosition(widget.TextPositionStart, widget.TextPositionCenter),
		widget.ButtonOpts.ClickedHandler(func(*widget.ButtonClickedEventArgs) { fn() }),
	)
	w.buttons[name] = b
	w.order = append(w.order, name)
	return b
}

// WrapItem is Item with its label wrapped to width instead of cut: the
// move cards and orders, whose every word counts.
func (w *Widgets) WrapItem(name, label string, width float64, fn func()) *widget.Button {
	face := w.Theme.Body
	lines := kit.Wrap(label, face, float64(w.Theme.Px(width-30)))
	b := widget.NewButton(
		widget.ButtonOpts.WidgetOpts(Stretch()),
		widget.ButtonOpts.DisableDefaultKeys(),
		widget.ButtonOpts.TextLabel(strings.Join(lines, "\n")),
		widget.ButtonOpts.TextPosition(widget.TextPositionStart, widget.TextPositionCenter),
		widget.ButtonOpts.ClickedHandler(func(*widget.ButtonClickedEventArgs) { fn() }),
	)
	w.buttons[name] = b
	w.order = append(w.order, name)
	return b
}

// Note returns small dim text wrapped to width device-independent pixels.
func (w *Widgets) Note(s string, width float64) *widget.Text {
	face := w.Theme.Small
	return widget.NewText(
		widget.TextOpts.Text(s, &face, assets.TextDim),
		widget.TextOpts.MaxWidth(float64(w.Theme.Px(width))),
	)
}

// Heading returns a heading wrapped to width device-independent pixels: a long one (a key
// question) goes on to another line instead of running out of its column.
func (w *Widgets) Heading(s string, width float64) *widget.Text {
	face := w.Theme.Head
	return widget.NewText(
		widget.TextOpts.Text(s, &face, assets.Text),
		widget.TextOpts.MaxWidth(float64(w.Theme.Px(width))),
	)
}

// Text returns body text wrapped to width device-independent pixels.
func (w *Widgets) Text(s string, width float64) *widget.Text {
	face := w.Theme.Body
	return widget.NewText(
		widget.TextOpts.Text(s, &face, assets.Text),
		widget.TextOpts.MaxWidth(float64(w.Theme.Px(width))),
	)
}
