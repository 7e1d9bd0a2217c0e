package drive

import (
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// windowErr says why there is no window; nil inside the game loop.
var windowErr error

func TestMain(m *testing.M) {
	os.Exit(Main(func(noWindow error) int {
		windowErr = noWindow
		return m.Run()
	}))
}

// newTestDriver returns a driver of a new fake on a 200×100 screen that
// saves shots into dirs.
func newTestDriver(t *testing.T, dirs ...string) *Driver[*fake] {
	t.Helper()
	Need(t, windowErr)
	g := newFake()
	d := New(g, g.inj, 200, 100, dirs...)
	t.Cleanup(d.Screen().Deallocate)
	return d
}

func TestFramesUpdateThenDraw(t *testing.T) {
	d := newTestDriver(t)
	if err := d.Frames(3); err != nil {
		t.Fatal(err)
	}
	if g := d.Game(); g.updates != 3 || g.draws != 3 {
		t.Errorf("3 frames: %d updates, %d draws", g.updates, g.draws)
	}
	d.Injector().Wait(5)
	if err := d.Play(2); err != nil {
		t.Fatal(err)
	}
	if g := d.Game(); g.updates != 10 || d.Injector().Pending() != 0 {
		t.Errorf("5 scripted frames and 2 more: %d updates in all, %d left", g.updates, d.Injector().Pending())
	}
}

func TestClickByName(t *testing.T) {
	d := newTestDriver(t)
	if err := d.Click("go"); err != nil {
		t.Fatal(err)
	}
	if c := d.Game().clicks; c["go"] != 1 || c["stop"] != 0 {
		t.Errorf("clicked go: clicks %v", c)
	}
	n, err := d.ClickPrefix("st")
	if err != nil || n != "stop" {
		t.Fatalf("ClickPrefix(st) = %q, %v", n, err)
	}
	if c := d.Game().clicks; c["go"] != 1 || c["stop"] != 1 {
		t.Errorf("clicked stop: clicks %v", c)
	}
	err = d.Click("pause")
	if err == nil || !strings.Contains(err.Error(), `scene *drive.fake has no button "pause"; it has go, stop`) {
		t.Errorf("Click(pause) = %v, want the scene's buttons named", err)
	}
	if _, err := d.ClickPrefix("x"); err == nil {
		t.Error("ClickPrefix(x) clicked something")
	}
	d.Game().noWidget = true
	if _, err := d.Button("go"); err == nil || !strings.Contains(err.Error(), "has no widgets") {
		t.Errorf("Button on a scene without widgets = %v", err)
	}
	if d.Texts() != nil {
		t.Errorf("texts of a scene without widgets: %q", d.Texts())
	}
}

func TestKeyAndTypeInto(t *testing.T) {
	d := newTestDriver(t)
	if err := d.Key(ebiten.KeyF2); err != nil {
		t.Fatal(err)
	}
	if k := d.Game().keys; !slices.Equal(k, []ebiten.Key{ebiten.KeyF2}) {
		t.Errorf("pressed F2, the game saw %v", k)
	}
	f := d.Game().field
	if err := d.TypeInto(f, "hello"); err != nil {
		t.Fatal(err)
	}
	if f.text != "hello" || !slices.Contains(d.Texts(), "hello") {
		t.Errorf("typed hello: field %q, texts %q", f.text, d.Texts())
	}
	f.deaf = true
	if err := d.TypeInto(f, "lost"); err == nil || !strings.Contains(err.Error(), `typed "lost", input holds "hello"`) {
		t.Errorf("typing into a deaf field = %v", err)
	}
	if err := d.TypeInto(nil, "x"); err == nil {
		t.Error("typed into no input")
	}
}

func TestShotSavesEveryFolder(t *testing.T) {
	dirs := []string{t.TempDir(), filepath.Join(t.TempDir(), "new")}
	d := newTestDriver(t, dirs...)
	if err := d.Frames(1); err != nil {
		t.Fatal(err)
	}
	img, err := d.Shot("first")
	if err != nil {
		t.Fatal(err)
	}
	want := d.Game().colour
	if got := img.RGBAAt(100, 50); got != want {
		t.Errorf("the shot's pixel is %v, the game drew %v", got, want)
	}
	for _, dir := range dirs {
		f, err := os.Open(filepath.Join(dir, "first.png"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if r, g, b, _ := p.At(5, 5).RGBA(); uint8(r>>8) != want.R || uint8(g>>8) != want.G || uint8(b>>8) != want.B || p.Bounds().Dx() != 200 {
			t.Errorf("%s: %v, %d wide; want the game's colour, 200 wide", dir, p.At(5, 5), p.Bounds().Dx())
		}
	}
	if !slices.Equal(d.Shots(), []string{"first"}) {
		t.Errorf("shots %v", d.Shots())
	}
}

// TestFramesEndWindowFrames: a driver lets the window's frame end every framesPerEnd of its
// frames, so Ebiten releases what the frames drew (inside one endless frame a long test run grew
// by gigabytes), and EndFrame returns inside the next frame.
func TestFramesEndWindowFrames(t *testing.T) {
	d := newTestDriver(t)
	before := framesEnded()
	if err := d.Frames(10 * framesPerEnd); err != nil {
		t.Fatal(err)
	}
	if got := framesEnded() - before; got < 10 {
		t.Errorf("%d driver frames ended %d frames of the window, want at least 10", 10*framesPerEnd, got)
	}
	before = framesEnded()
	EndFrame()
	if got := framesEnded() - before; got != 1 {
		t.Errorf("EndFrame ended %d frames, want 1", got)
	}
}
