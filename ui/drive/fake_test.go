package drive

import (
	"image"
	"image/color"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/kit"
)

// fake is a Game of one scene: named buttons at fixed places that count
// their clicks, a text field that takes typed runes while focused, and a
// key log. It reads its input from an Injector the way ui's Manager does,
// and fills the screen with its colour.
type fake struct {
	inj      *kit.Injector
	in       kit.Input
	colour   color.RGBA
	buttons  map[string]*widget.Button
	order    []string
	clicks   map[string]int
	field    *field
	focused  bool
	keys     []ebiten.Key
	updates  int
	draws    int
	noWidget bool
}

// field is a text input the fake types into; it drops runes when deaf.
type field struct {
	w    *widget.Widget
	text string
	deaf bool
}

func (f *field) GetWidget() *widget.Widget { return f.w }
func (f *field) GetText() string           { return f.text }

// newFake returns a fake with buttons "go" and "stop" side by side and a
// field below them.
func newFake() *fake {
	g := &fake{
		inj:     &kit.Injector{},
		colour:  color.RGBA{R: 200, G: 40, B: 10, A: 255},
		buttons: map[string]*widget.Button{},
		clicks:  map[string]int{},
		field:   &field{w: widget.NewWidget()},
	}
	for i, n := range []string{"stop", "go"} {
		b := widget.NewButton()
		b.GetWidget().Rect = image.Rect(10+100*i, 10, 90+100*i, 40)
		g.buttons[n] = b
		g.order = append(g.order, n)
	}
	g.field.w.Rect = image.Rect(10, 60, 190, 90)
	return g
}

func (g *fake) Update() error {
	g.updates++
	g.in = g.inj.Poll(&g.in)
	p := g.in.Cursor
	if g.in.Clicked() {
		g.focused = kit.RectOf(g.field.w.Rect).Contains(p)
		for n, b := range g.buttons {
			if kit.RectOf(b.GetWidget().Rect).Contains(p) {
				g.clicks[n]++
			}
		}
	}
	if g.focused && !g.field.deaf {
		g.field.text += string(g.in.Chars)
	}
	g.keys = append(g.keys, g.in.KeysPressed...)
	return nil
}

func (g *fake) Draw(screen *ebiten.Image) {
	g.draws++
	screen.Fill(g.colour)
}

func (g *fake) Widgets() Widgets {
	if g.noWidget {
		return nil
	}
	return fakeWidgets{g}
}

func (g *fake) Where() (scene, focus string) { return "*drive.fake", "" }

// fakeWidgets is the fake's widget registry.
type fakeWidgets struct{ g *fake }

func (w fakeWidgets) Find(name string) (*widget.Button, bool) {
	b, ok := w.g.buttons[name]
	return b, ok
}

func (w fakeWidgets) ButtonNames() []string         { return w.g.order }
func (w fakeWidgets) Reveal(r image.Rectangle) bool { return false }
func (w fakeWidgets) Texts() []string {
	return []string{strings.Join(w.g.order, " "), w.g.field.text}
}
