package ui

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The window tests run inside a real Ebiten game loop, the way Ebiten tests
// itself: TestMain starts ebiten.RunGame and runs every test from inside
// the first Update, so tests may draw, read pixels and step the window's
// manager frame by frame. Without a display the loop is not started and
// window tests skip (or fail, when TTX_REQUIRE_WINDOW=1).

var update = flag.Bool("update", false, "write screenshots to testdata/screens")

// windowErr says why there is no window; nil inside the game loop.
var windowErr error

type testLoop struct {
	m    *testing.M
	code int
	ran  bool
}

func (g *testLoop) Update() error {
	if !g.ran {
		g.ran = true
		g.code = g.m.Run()
	}
	return ebiten.Termination
}

func (g *testLoop) Draw(*ebiten.Image)         {}
func (g *testLoop) Layout(int, int) (int, int) { return 320, 240 }

func TestMain(m *testing.M) {
	if os.Getenv("DISPLAY") == "" {
		windowErr = errors.New("no display: DISPLAY is unset (run under xvfb-run -a)")
		os.Exit(m.Run())
	}
	ebiten.SetWindowTitle("ttx ui tests")
	ebiten.SetWindowSize(320, 240)
	g := &testLoop{m: m, code: 1}
	err := ebiten.RunGame(g)
	if !g.ran {
		windowErr = fmt.Errorf("ebiten could not start: %v", err)
		os.Exit(m.Run())
	}
	os.Exit(g.code)
}

// needWindow skips t when there is no game loop, or fails it when
// TTX_REQUIRE_WINDOW=1.
func needWindow(t testing.TB) {
	t.Helper()
	if windowErr == nil {
		return
	}
	if os.Getenv("TTX_REQUIRE_WINDOW") == "1" {
		t.Fatalf("window test needs a window: %v", windowErr)
	}
	t.Skipf("window test skipped: %v", windowErr)
}

// rig drives a Manager by hand inside the game loop: scripted input, an
// offscreen screen of a fixed size, and screenshots.
type rig struct {
	t      testing.TB
	mgr    *Manager
	inj    *Injector
	screen *ebiten.Image
	dir    string
}

func newRig(t testing.TB, first Scene, w, h int) *rig {
	t.Helper()
	needWindow(t)
	inj := &Injector{}
	m := NewManager(first, inj)
	m.FixedScale = 1
	m.Layout(w, h)
	r := &rig{t: t, mgr: m, inj: inj, screen: ebiten.NewImage(w, h), dir: screensDir(t)}
	t.Cleanup(r.screen.Deallocate)
	return r
}

// frames runs n frames: Update then Draw onto the offscreen screen.
func (r *rig) frames(n int) {
	r.t.Helper()
	for i := 0; i < n; i++ {
		if err := r.mgr.Update(); err != nil {
			r.t.Fatalf("Update: %v", err)
		}
		r.screen.Clear()
		r.mgr.Draw(r.screen)
	}
}

// play runs frames until the scripted input is used up, then settle more.
func (r *rig) play(settle int) {
	r.t.Helper()
	for r.inj.Pending() > 0 {
		r.frames(1)
	}
	r.frames(settle)
}

// pixels reads the screen back.
func (r *rig) pixels() *image.RGBA {
	b := r.screen.Bounds()
	img := image.NewRGBA(b)
	r.screen.ReadPixels(img.Pix)
	return img
}

// shot saves the screen as name.png in the run's screenshot folder (and in
// testdata/screens with -update) and returns it.
func (r *rig) shot(name string) *image.RGBA {
	r.t.Helper()
	img := r.pixels()
	dirs := []string{r.dir}
	if *update {
		dirs = append(dirs, filepath.Join("testdata", "screens"))
	}
	for _, d := range dirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := writePNG(filepath.Join(d, name+".png"), img); err != nil {
			r.t.Fatal(err)
		}
	}
	return img
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

// screensDir is where a run's screenshots go: TTX_SCREENS_DIR if set (to
// look at them afterwards), else a temporary folder of the test.
func screensDir(t testing.TB) string {
	if d := os.Getenv("TTX_SCREENS_DIR"); d != "" {
		return d
	}
	return t.TempDir()
}

// distinctColours counts the distinct colours of img, up to limit.
func distinctColours(img *image.RGBA, limit int) int {
	seen := map[[4]byte]bool{}
	for i := 0; i+3 < len(img.Pix); i += 4 {
		seen[[4]byte(img.Pix[i:i+4])] = true
		if len(seen) >= limit {
			break
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

// centre returns the middle of a widget's rectangle as a Point.
func centre(r image.Rectangle) Point {
	return Point{float64(r.Min.X+r.Max.X) / 2, float64(r.Min.Y+r.Max.Y) / 2}
}
