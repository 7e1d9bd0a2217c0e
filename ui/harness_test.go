package ui

import (
	"image"
	"os"
	"testing"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/drive"
	"ttx/ui/kit"
)

// The window tests run beside a real Ebiten game loop: TestMain (drive.Main)
// starts ebiten.RunGame and runs the tests in lock step with it (see
// drive.InWindow), so tests may draw, read pixels and step the window's
// manager frame by frame. Without a display the loop is not started and
// window tests skip (or fail, when TTX_REQUIRE_WINDOW=1).

// windowErr says why there is no window; nil inside the game loop.
var windowErr error

func TestMain(m *testing.M) {
	os.Exit(drive.Main(func(noWindow error) int {
		windowErr = noWindow
		return m.Run()
	}))
}

// needWindow skips t when there is no game loop, or fails it when
// TTX_REQUIRE_WINDOW=1. A window test ends the window's frame when it is
// done, so what it drew is released before the next one starts.
func needWindow(t testing.TB) {
	t.Helper()
	drive.Need(t, windowErr)
	t.Cleanup(drive.EndFrame)
}

// rig is a driver bound to a test: failures stop the test.
type rig struct {
	t testing.TB
	*driver
	inj    *kit.Injector
	mgr    *Manager
	screen *ebiten.Image
	dirs   []string
}

func newRig(t testing.TB, first Scene, w, h int) *rig {
	t.Helper()
	needWindow(t)
	d := newDriver(first, w, h, screensDir(t))
	t.Cleanup(d.Screen().Deallocate)
	return &rig{t: t, driver: d, inj: d.Injector(), mgr: d.Game(), screen: d.Screen(), dirs: d.Dirs()}
}

func (r *rig) frames(n int) {
	r.t.Helper()
	if err := r.Frames(n); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) play(settle int) {
	r.t.Helper()
	if err := r.Play(settle); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) click(name string) {
	r.t.Helper()
	if err := r.Click(name); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) clickPrefix(prefix string) string {
	r.t.Helper()
	n, err := r.ClickPrefix(prefix)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

func (r *rig) key(k ebiten.Key, mods ...ebiten.Key) {
	r.t.Helper()
	if err := r.Key(k, mods...); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) shot(name string) *image.RGBA {
	r.t.Helper()
	img, err := r.Shot(name)
	if err != nil {
		r.t.Fatal(err)
	}
	return img
}

// button finds a button of the current scene by name.
func (r *rig) button(name string) (*widget.Button, error) { return r.Button(name) }

// pixels reads the screen back.
func (r *rig) pixels() *image.RGBA { return r.Pixels() }

// typeInto clicks the input, pastes s and checks that it arrived.
func (r *rig) typeInto(in drive.TextField, s string) error { return r.TypeInto(in, s) }

// screensDir is where a run's screenshots go: TTX_SCREENS_DIR if set (to
// look at them afterwards), else a temporary folder of the test.
func screensDir(t testing.TB) string {
	if d := os.Getenv("TTX_SCREENS_DIR"); d != "" {
		return d
	}
	return t.TempDir()
}

// distinctColours counts the distinct colours of img within its bounds (a sub-image's, too),
// up to limit.
func distinctColours(img *image.RGBA, limit int) int {
	seen := map[[4]byte]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)]
		for i := 0; i+3 < len(row); i += 4 {
			seen[[4]byte(row[i:i+4])] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// assertNotBlank fails unless img has some variety of colour.
func assertNotBlank(t testing.TB, name string, img *image.RGBA) {
	t.Helper()
	if n := distinctColours(img, 50); n < 20 {
		t.Errorf("screen %s looks blank: %d distinct colours", name, n)
	}
}

func centre(r image.Rectangle) kit.Point { return drive.Centre(r) }
