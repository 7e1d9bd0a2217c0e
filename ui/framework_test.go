package ui

import (
	"image"
	"testing"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// demoScene is a board beside a button, to exercise the framework.
type demoScene struct {
	th      *kit.Theme
	w       *Widgets
	board   *board.Board
	area    *widget.Container
	clicks  int
	clicked string
}

func newDemoScene() *demoScene {
	d := &demoScene{th: kit.NewTheme(1), board: board.New()}
	d.w = NewWidgets(d.th, widget.NewGridLayout(widget.GridLayoutOpts.Columns(1),
		widget.GridLayoutOpts.Stretch([]bool{true}, []bool{false, true})))
	bar := d.w.Row(8)
	bar.AddChild(d.w.Button("count", "Count", ebiten.KeyC, func() { d.clicks++ }))
	bar.AddChild(d.w.Label("demo", d.th.Head, assets.Text))
	d.area = d.w.Placeholder()
	d.w.Root.AddChild(bar, d.area)
	d.board.SetModel(sampleModel())
	return d
}

func sampleModel() board.Model {
	m := board.Model{Groups: []board.Group{{Title: "Actors", Color: assets.Blue}, {Title: "Assets", Color: assets.Border}}}
	type node struct {
		ID    string
		Class board.NodeClass
		Kind  string
	}
	nodes := []node{
		{"dprk", board.ClassActor, "state"}, {"russia", board.ClassActor, "state"},
		{"lazarus", board.ClassActor, "group"}, {"gamaredon", board.ClassActor, "group"},
		{"mandiant", board.ClassActor, "firm"}, {"unsc", board.ClassActor, "body"},
		{"c2_relay", board.ClassAsset, "server"}, {"tg_channel", board.ClassAsset, "channel"},
		{"hot_wallet", board.ClassAsset, "wallet"}, {"mixer", board.ClassAsset, "mixer"},
	}
	for _, n := range nodes {
		bn := board.Node{ID: n.ID, Label: n.ID, Sub: n.Kind, Class: n.Class, Kind: n.Kind, Color: assets.Blue,
			Details: []string{"kind: " + n.Kind}, Group: int(n.Class)}
		if n.Class == board.ClassAsset {
			bn.Status, bn.Owners = assets.Active, 1
		}
		if n.ID == "c2_relay" {
			bn.Owners, bn.Status = 2, assets.Exposed
		}
		m.Nodes = append(m.Nodes, bn)
	}
	for _, e := range [][2]string{
		{"dprk", "lazarus"}, {"russia", "gamaredon"},
		{"lazarus", "c2_relay"}, {"gamaredon", "c2_relay"},
		{"gamaredon", "tg_channel"}, {"lazarus", "hot_wallet"},
		{"hot_wallet", "mixer"},
	} {
		m.Edges = append(m.Edges, board.Edge{From: e[0], To: e[1]})
	}
	return m
}

func (d *demoScene) Update(ctx *Context) error {
	d.w.Update(ctx)
	r := d.area.GetWidget().Rect
	if c := d.board.Update(ctx.In, kit.Rect{X: float64(r.Min.X), Y: float64(r.Min.Y), W: float64(r.Dx()), H: float64(r.Dy())}, ctx.Scale); c != "" {
		d.clicked = c
	}
	return nil
}

func (d *demoScene) Draw(screen *ebiten.Image, ctx *Context) {
	screen.Fill(assets.Background)
	d.w.Draw(screen)
	d.board.Draw(screen, d.th)
}

func TestWindowFramework(t *testing.T) {
	d := newDemoScene()
	r := newRig(t, d, 1024, 640)
	r.frames(3)
	img := r.shot("framework")
	assertNotBlank(t, "framework", img)

	// A click on the button reaches the widget through the injected input.
	b, _ := d.w.Find("count")
	r.inj.Click(centre(b.GetWidget().Rect))
	r.play(1)
	if d.clicks != 1 {
		t.Fatalf("after a click clicks = %d, want 1", d.clicks)
	}
	// Its shortcut does the same.
	r.inj.Key(ebiten.KeyC)
	r.play(1)
	if d.clicks != 2 {
		t.Fatalf("after the shortcut clicks = %d, want 2", d.clicks)
	}

	// Clicking a node on the board selects it; hovering shows its details.
	nr, ok := d.board.NodeOnScreen("lazarus")
	if !ok {
		t.Fatal("lazarus not on the board")
	}
	p := nr.Center()
	r.inj.Click(p)
	r.play(1)
	if d.clicked != "lazarus" {
		t.Errorf("clicked %q, want lazarus", d.clicked)
	}
	if d.board.Hover() != "lazarus" {
		t.Errorf("hover = %q, want lazarus", d.board.Hover())
	}
	hovered := r.shot("framework-hover")
	if diff := differingPixels(img, hovered); diff < 500 {
		t.Errorf("hovering changed %d pixels, want a tooltip", diff)
	}

	// Dragging pans; the wheel zooms about the cursor.
	before := d.board.Camera().X
	r.inj.Drag(kit.Point{X: p.X + 300, Y: p.Y + 100}, kit.Point{X: p.X + 200, Y: p.Y + 100}, 5)
	r.play(1)
	if got, want := d.board.Camera().X-before, 100/d.board.Camera().Zoom; got < want-0.5 || got > want+0.5 {
		t.Errorf("drag of 100px moved the camera %v world units at zoom %v", got, d.board.Camera().Zoom)
	}
	z := d.board.Camera().Zoom
	r.inj.Move(p)
	r.inj.Wheel(0, 1)
	r.play(1)
	if d.board.Camera().Zoom <= z {
		t.Errorf("wheel up: zoom %v, want more than %v", d.board.Camera().Zoom, z)
	}
	r.inj.Key(ebiten.Key0)
	r.play(1)
	r.shot("framework-fit")
}

func differingPixels(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return n
}
