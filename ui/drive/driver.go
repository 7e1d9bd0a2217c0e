package drive

import (
	"fmt"
	"image"
	"sort"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/kit"
)

// Game is what a Driver steps: the window's scene manager.
type Game interface {
	// Update runs one frame of the current scene on the frame's input.
	Update() error
	// Draw draws the current scene onto screen.
	Draw(screen *ebiten.Image)
	// Widgets returns the current scene's widgets, or nil when it has none.
	Widgets() Widgets
	// Where names the current scene's type (such as "*ui.turn") and the
	// focused widget.
	Where() (scene, focus string)
}

// Widgets is a scene's widget tree as a driver reaches it: its buttons by
// name, its scrolling and every text it shows.
type Widgets interface {
	// Find returns the button registered under name.
	Find(name string) (*widget.Button, bool)
	// ButtonNames lists the registered buttons in the order they were made.
	ButtonNames() []string
	// Reveal scrolls whichever scroll container holds r so that r is in
	// view, and reports whether r was inside one.
	Reveal(r image.Rectangle) bool
	// Texts returns every string the widgets show.
	Texts() []string
}

// TextField is a text input a driver can type into.
type TextField interface {
	GetWidget() *widget.Widget
	GetText() string
}

// Driver runs a game by hand: scripted input, an offscreen screen of fixed
// size, button lookup by name and screenshots. It must be used from inside
// a running Ebiten game's Update (see InWindow). G is the game's own type,
// which Game returns.
type Driver[G Game] struct {
	game   G
	inj    *kit.Injector
	screen *ebiten.Image
	dirs   []string
	shots  []string
	frame  int // frames run, for EndFrame
}

// New returns a driver of game, which reads its input from inj, drawing
// onto an offscreen screen w×h pixels; Shot saves into every folder of
// dirs.
func New[G Game](game G, inj *kit.Injector, w, h int, dirs ...string) *Driver[G] {
	return &Driver[G]{game: game, inj: inj, screen: ebiten.NewImage(w, h), dirs: dirs}
}

// Game returns the game the driver steps.
func (d *Driver[G]) Game() G { return d.game }

// Injector returns the script the game reads its input from.
func (d *Driver[G]) Injector() *kit.Injector { return d.inj }

// Screen returns the offscreen screen frames are drawn onto.
func (d *Driver[G]) Screen() *ebiten.Image { return d.screen }

// Dirs returns the folders Shot saves into.
func (d *Driver[G]) Dirs() []string { return d.dirs }

// Frames runs n frames: Update, then Draw onto the offscreen screen.
func (d *Driver[G]) Frames(n int) error {
	for i := 0; i < n; i++ {
		if err := d.game.Update(); err != nil {
			return err
		}
		d.screen.Clear()
		d.game.Draw(d.screen)
		if d.frame++; d.frame%framesPerEnd == 0 {
			EndFrame()
		}
	}
	return nil
}

// framesPerEnd is how many of its frames a driver runs inside one frame of
// the window (see EndFrame).
const framesPerEnd = 4

// Play runs frames until the scripted input is used up, then settle more.
func (d *Driver[G]) Play(settle int) error {
	for d.inj.Pending() > 0 {
		if err := d.Frames(1); err != nil {
			return err
		}
	}
	return d.Frames(settle)
}

// scene names the current scene for messages.
func (d *Driver[G]) scene() string {
	s, _ := d.game.Where()
	return s
}

// widgets returns the current scene's widgets, or an error when it has
// none.
func (d *Driver[G]) widgets() (Widgets, error) {
	ws := d.game.Widgets()
	if ws == nil {
		return nil, fmt.Errorf("scene %s has no widgets", d.scene())
	}
	return ws, nil
}

// Button finds a button of the current scene by name.
func (d *Driver[G]) Button(name string) (*widget.Button, error) {
	ws, err := d.widgets()
	if err != nil {
		return nil, err
	}
	b, ok := ws.Find(name)
	if !ok {
		names := append([]string(nil), ws.ButtonNames()...)
		sort.Strings(names)
		return nil, fmt.Errorf("scene %s has no button %q; it has %s", d.scene(), name, strings.Join(names, ", "))
	}
	return b, nil
}

// Click clicks the named button of the current scene (scrolled into view
// first) and plays the frames.
func (d *Driver[G]) Click(name string) error {
	b, err := d.Button(name)
	if err != nil {
		return err
	}
	if err := d.reveal(b.GetWidget().Rect); err != nil {
		return err
	}
	d.inj.Click(Centre(b.GetWidget().Rect))
	return d.Play(2)
}

// reveal scrolls r into view, when a scroll container of the current
// scene holds it, and draws the scrolled screen.
func (d *Driver[G]) reveal(r image.Rectangle) error {
	if ws := d.game.Widgets(); ws != nil && ws.Reveal(r) {
		return d.Frames(2)
	}
	return nil
}

// ClickPrefix clicks the first button (in build order) whose name starts
// with prefix, and returns its name.
func (d *Driver[G]) ClickPrefix(prefix string) (string, error) {
	ws, err := d.widgets()
	if err != nil {
		return "", err
	}
	for _, n := range ws.ButtonNames() {
		if strings.HasPrefix(n, prefix) {
			return n, d.Click(n)
		}
	}
	return "", fmt.Errorf("scene %s has no button named %s…", d.scene(), prefix)
}

// Key presses k (with mods held) and plays the frames.
func (d *Driver[G]) Key(k ebiten.Key, mods ...ebiten.Key) error {
	d.inj.Key(k, mods...)
	return d.Play(2)
}

// TypeInto clicks the input to focus it (scrolled into view first), pastes
// s and checks that it arrived.
func (d *Driver[G]) TypeInto(in TextField, s string) error {
	if in == nil {
		return fmt.Errorf("scene %s has no such input", d.scene())
	}
	if err := d.reveal(in.GetWidget().Rect); err != nil {
		return err
	}
	d.inj.Click(Centre(in.GetWidget().Rect))
	if err := d.Play(1); err != nil {
		return err
	}
	d.inj.Paste(s)
	if err := d.Play(1); err != nil {
		return err
	}
	if !strings.Contains(in.GetText(), s) {
		return fmt.Errorf("typed %q, input holds %q", s, in.GetText())
	}
	return nil
}

// Texts returns every string the current scene's widgets show, or nil
// when it has no widgets.
func (d *Driver[G]) Texts() []string {
	if ws := d.game.Widgets(); ws != nil {
		return ws.Texts()
	}
	return nil
}

// Centre returns the middle of r, where a click on it lands.
func Centre(r image.Rectangle) kit.Point {
	return kit.Point{X: float64(r.Min.X+r.Max.X) / 2, Y: float64(r.Min.Y+r.Max.Y) / 2}
}
