package ui

import (
	"fmt"
	"image"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/drive"
	"ttx/ui/kit"
)

// Scene is one screen of the window. The manager reads input once per frame
// and hands it to the current scene's Update; Draw must not change state.
type Scene interface {
	Update(ctx *Context) error
	Draw(screen *ebiten.Image, ctx *Context)
}

// Context is what a scene gets each frame: the input, the screen's size in
// pixels, the HiDPI scale, and a way to switch scenes.
type Context struct {
	In    *kit.Input
	Size  image.Point
	Scale float64
	Frame int
	mgr   *Manager
}

// Switch makes s the current scene from the next frame's Update on.
func (c *Context) Switch(s Scene) { c.mgr.next = s }

// Quit closes the window at the end of the frame: the manager's Update returns
// ebiten.Termination.
func (c *Context) Quit() { c.mgr.quit = true }

// Px converts a length in device-independent pixels to screen pixels.
func (c *Context) Px(v float64) float64 { return v * c.Scale }

// Manager runs scenes as an ebiten.Game.
type Manager struct {
	scene Scene
	next  Scene
	src   kit.InputSource
	in    kit.Input
	ctx   Context

	// FixedScale, when above zero, replaces the monitor's device scale
	// factor (tests use 1 so screenshots do not depend on the display).
	FixedScale float64
	// Before, when set, runs every frame before the scene's Update (a remote window follows
	// the server's game there).
	Before func(ctx *Context)

	timing     bool
	updateTime time.Duration
	frames     []time.Duration

	asked   kit.Input // the part of the frame's input a question asked takes (page.modal)
	closing bool      // the window's close button was pressed, and the scene is still to answer it
	quit    bool      // the window closes (Context.Quit)
}

// NewManager returns a manager showing first and reading input from src
// (EbitenInput{} for the real devices).
func NewManager(first Scene, src kit.InputSource) *Manager {
	m := &Manager{scene: first, src: src}
	m.ctx = Context{In: &m.in, Scale: 1, Size: image.Pt(1280, 800), mgr: m}
	hookWidgetInput()
	return m
}

// Scene returns the current scene, or the one it switches to next frame.
func (m *Manager) Scene() Scene {
	if m.next != nil {
		return m.next
	}
	return m.scene
}

// Update reads input once and updates the current scene; while the scene asks a question
// (question.go), the scene sees only the part of the input the question takes. The window's
// close button asks the scene whether the window may close (asker.mayClose), once the scene
// has been updated: a scene that is no asker lets it close at once. Once the window closes
// (Context.Quit), Update returns ebiten.Termination.
func (m *Manager) Update() error {
	start := time.Now()
	m.in = m.src.Poll(&m.in)
	m.ctx.In = &m.in
	m.ctx.Frame++
	// A switch asked for last frame takes effect now, so a scene is always
	// updated before it is first drawn.
	if m.next != nil {
		m.scene, m.next = m.next, nil
	}
	if m.Before != nil {
		m.Before(&m.ctx)
		if m.next != nil { // Before switched scenes: the new one is updated at once
			m.scene, m.next = m.next, nil
		}
	}
	m.closing = m.closing || m.in.Closing
	if q, ok := m.scene.(asker); ok {
		if in, asked := q.modal(&m.in); asked {
			m.asked = in
			m.ctx.In = &m.asked
		}
	}
	setWidgetInput(m.ctx.In, m.src)
	err := m.scene.Update(&m.ctx)
	// A scene switched to this frame answers the close button once it is up and built.
	if m.closing && m.next == nil {
		m.closing = false
		if q, ok := m.scene.(asker); !ok || q.mayClose(&m.ctx) {
			m.quit = true
		}
	}
	m.updateTime = time.Since(start)
	if err == nil && m.quit {
		err = ebiten.Termination
	}
	return err
}

// Draw draws the current scene.
func (m *Manager) Draw(screen *ebiten.Image) {
	start := time.Now()
	m.ctx.Size = screen.Bounds().Size()
	m.scene.Draw(screen, &m.ctx)
	if m.timing {
		m.frames = append(m.frames, m.updateTime+time.Since(start))
	}
}

// Layout makes the screen as many pixels as the window has device pixels,
// so text stays sharp on HiDPI displays; scenes scale lengths by ctx.Scale.
func (m *Manager) Layout(outsideW, outsideH int) (int, int) {
	s := m.FixedScale
	if s <= 0 {
		s = ebiten.Monitor().DeviceScaleFactor()
	}
	if s <= 0 {
		s = 1
	}
	m.ctx.Scale = s
	w, h := int(math.Ceil(float64(outsideW)*s)), int(math.Ceil(float64(outsideH)*s))
	m.ctx.Size = image.Pt(w, h)
	return w, h
}

// Where names the current scene's type (such as "*ui.turn") and the widget that has the
// keyboard focus ("" for none), for tools that drive a window from outside (the browser test).
func (m *Manager) Where() (scene, focus string) {
	if w := m.widgets(); w != nil {
		focus = w.Focused()
	}
	return fmt.Sprintf("%T", m.Scene()), focus
}

// Widgets returns the current scene's widgets, or nil when it is not built
// of widgets (or not built yet), for drivers (package drive) that find its
// buttons by name.
func (m *Manager) Widgets() drive.Widgets {
	if w := m.widgets(); w != nil {
		return w
	}
	return nil
}

// widgets returns the current scene's widget tree, or nil.
func (m *Manager) widgets() *Widgets {
	if ws, ok := m.Scene().(widgetScene); ok {
		return ws.widgets()
	}
	return nil
}

// Context returns the context scenes receive, for tests and tools that
// drive the manager without Ebiten's loop.
func (m *Manager) Context() *Context { return &m.ctx }

// RecordFrameTimes starts or stops recording the time of each frame's
// Update plus Draw.
func (m *Manager) RecordFrameTimes(on bool) {
	m.timing = on
	m.frames = m.frames[:0]
}

// FrameTimes returns the recorded frame times.
func (m *Manager) FrameTimes() []time.Duration { return m.frames }
