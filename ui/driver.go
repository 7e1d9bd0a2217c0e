package ui

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/kit"
)

// driver runs a Manager by hand inside a running Ebiten game: scripted
// input, an offscreen screen of fixed size, button lookup by name and
// screenshots. The window tests and Screenshots both use it. It must be
// used from inside the game's Update.
type driver struct {
	mgr    *Manager
	inj    *kit.Injector
	screen *ebiten.Image
	dirs   []string
	shots  []string
}

func newDriver(first Scene, w, h int, dirs ...string) *driver {
	inj := &kit.Injector{}
	m := NewManager(first, inj)
	m.FixedScale = 1
	m.Layout(w, h)
	return &driver{mgr: m, inj: inj, screen: ebiten.NewImage(w, h), dirs: dirs}
}

// frames runs n frames: Update, then Draw onto the offscreen screen.
func (d *driver) frames(n int) error {
	for i := 0; i < n; i++ {
		if err := d.mgr.Update(); err != nil {
			return err
		}
		d.screen.Clear()
		d.mgr.Draw(d.screen)
	}
	return nil
}

// play runs frames until the scripted input is used up, then settle more.
func (d *driver) play(settle int) error {
	for d.inj.Pending() > 0 {
		if err := d.frames(1); err != nil {
			return err
		}
	}
	return d.frames(settle)
}

// button finds a button of the current scene by name.
func (d *driver) button(name string) (*widget.Button, error) {
	ws, ok := d.mgr.Scene().(widgetScene)
	if !ok || ws.widgets() == nil {
		return nil, fmt.Errorf("scene %T has no widgets", d.mgr.Scene())
	}
	b, ok := ws.widgets().Find(name)
	if !ok {
		names := append([]string(nil), ws.widgets().ButtonNames()...)
		sort.Strings(names)
		return nil, fmt.Errorf("scene %T has no button %q; it has %s", d.mgr.Scene(), name, strings.Join(names, ", "))
	}
	return b, nil
}

// click clicks the named button of the current scene and plays the frames.
func (d *driver) click(name string) error {
	b, err := d.button(name)
	if err != nil {
		return err
	}
	if d.mgr.Scene().(widgetScene).widgets().Reveal(b.GetWidget().Rect) {
		if err := d.frames(2); err != nil {
			return err
		}
	}
	d.inj.Click(centreOf(b.GetWidget().Rect))
	return d.play(2)
}

// clickPrefix clicks the first button (in build order) whose name starts
// with prefix, and returns its name.
func (d *driver) clickPrefix(prefix string) (string, error) {
	ws, ok := d.mgr.Scene().(widgetScene)
	if !ok {
		return "", fmt.Errorf("scene %T has no widgets", d.mgr.Scene())
	}
	for _, n := range ws.widgets().ButtonNames() {
		if strings.HasPrefix(n, prefix) {
			return n, d.click(n)
		}
	}
	return "", fmt.Errorf("scene %T has no button named %s…", d.mgr.Scene(), prefix)
}

// key presses k and plays the frames.
func (d *driver) key(k ebiten.Key, mods ...ebiten.Key) error {
	d.inj.Key(k, mods...)
	return d.play(2)
}

// pixels reads the screen back.
func (d *driver) pixels() *image.RGBA {
	img := image.NewRGBA(d.screen.Bounds())
	d.screen.ReadPixels(img.Pix)
	return img
}

// shot saves the screen as name.png in every folder of the driver.
func (d *driver) shot(name string) (*image.RGBA, error) {
	img := d.pixels()
	for _, dir := range d.dirs {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if err := writePNG(filepath.Join(dir, name+".png"), img); err != nil {
			return nil, err
		}
	}
	d.shots = append(d.shots, name)
	return img, nil
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func centreOf(r image.Rectangle) kit.Point {
	return kit.Point{X: float64(r.Min.X+r.Max.X) / 2, Y: float64(r.Min.Y+r.Max.Y) / 2}
}

// Texts returns every string shown by the widgets of a scene: labels,
// button labels, text areas and text inputs.
func Texts(s Scene) []string {
	ws, ok := s.(widgetScene)
	if !ok || ws.widgets() == nil {
		return nil
	}
	var out []string
	var walk func(w any)
	walk = func(w any) {
		switch v := w.(type) {
		case *widget.Text:
			out = append(out, v.Label)
		case *widget.Button:
			if v.Text() != nil {
				out = append(out, v.Text().Label)
			}
		case *widget.TextArea:
			out = append(out, v.GetText())
		case *widget.TextInput:
			out = append(out, v.GetText())
		}
		if c, ok := w.(interface {
			Children() []widget.PreferredSizeLocateableWidget
		}); ok {
			for _, ch := range c.Children() {
				walk(ch)
			}
		}
	}
	walk(ws.widgets().Root)
	for _, c := range ws.widgets().scrolled {
		walk(c)
	}
	return out
}

// inputWidget is a text input the driver can type into.
type inputWidget interface {
	GetWidget() *widget.Widget
	GetText() string
}

// typeInto clicks the input to focus it, types s a rune a frame, and
// checks that it arrived.
func (d *driver) typeInto(in inputWidget, s string) error {
	if in == nil {
		return fmt.Errorf("scene %T has no such input", d.mgr.Scene())
	}
	if ws, ok := d.mgr.Scene().(widgetScene); ok && ws.widgets().Reveal(in.GetWidget().Rect) {
		if err := d.frames(2); err != nil {
			return err
		}
	}
	d.inj.Click(centreOf(in.GetWidget().Rect))
	if err := d.play(1); err != nil {
		return err
	}
	d.inj.Paste(s)
	if err := d.play(1); err != nil {
		return err
	}
	if !strings.Contains(in.GetText(), s) {
		return fmt.Errorf("typed %q, input holds %q", s, in.GetText())
	}
	return nil
}

// waitFigures waits (without drawing: frames drawn inside one Ebiten
// frame pile up until the next read of pixels) until the app's forecast
// has counted at least n rollouts or is done, or timeout passes, then
// draws a frame and returns the figures it drew.
func (d *driver) waitFigures(a *App, n int, timeout time.Duration) (Figures, error) {
	deadline := time.Now().Add(timeout)
	for {
		f := a.Forecast.Figures()
		if f.Games >= n || f.Done {
			return f, d.frames(1)
		}
		if time.Now().After(deadline) {
			return f, fmt.Errorf("the forecast has %d rollouts after %v, want %d", f.Games, timeout, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
