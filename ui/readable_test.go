package ui

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// TestWindowSetupStartInWindow opens the set-up screen at 1280×800 for
// every scenario of the library and checks that every button, Start
// included, lies inside the window.
func TestWindowSetupStartInWindow(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	win := image.Rect(0, 0, 1280, 800)
	for _, s := range a.Library {
		r.click("scenario:" + s.ID)
		r.frames(2)
		l := r.mgr.Scene().(*library)
		for _, name := range l.w.ButtonNames() {
			b, _ := l.w.Find(name)
			if rc := b.GetWidget().Rect; !rc.In(win) {
				t.Errorf("%s: button %s at %v is outside the %v window", s.ID, name, rc, win)
			}
		}
	}
}

// TestWindowOrdersReadable gives an order on the campaign's first turn and
// checks that the move cards and the orders are wrapped, not cut, inside
// their buttons, and that an order reads by names, not ids.
func TestWindowOrdersReadable(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	for i := 0; i < 4; i++ {
		r.key(ebiten.KeyEnter)
	}
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	r.clickPrefix("move:")
	r.frames(2)
	r.clickPrefix("order:")
	r.frames(2)
	drafts := a.Ex().Drafts(tu.sd)
	if len(drafts) != 1 {
		t.Fatalf("%d orders given, want 1", len(drafts))
	}
	if n := len(tu.orders.shown); n == 0 || n >= len(sc.Tracks)/2 {
		t.Errorf("the panel shows %d of %d tracks of the chosen actor", n, len(sc.Tracks))
	}
	th := a.Theme(&Context{Scale: 1})
	checked := 0
	for _, name := range tu.w.ButtonNames() {
		if !strings.HasPrefix(name, "move:") && !strings.HasPrefix(name, "remove:") {
			continue
		}
		b, _ := tu.w.Find(name)
		label := b.Text().Label
		if strings.Contains(label, "…") {
			t.Errorf("%s is cut: %q", name, label)
		}
		rc := b.GetWidget().Rect
		for _, l := range strings.Split(label, "\n") {
			if w, _ := text.Measure(l, th.Body, 0); w > float64(rc.Dx()) {
				t.Errorf("%s: line %q is %.0f px wide in a %d px button", name, l, w, rc.Dx())
			}
		}
		checked++
	}
	if checked < 2 {
		t.Errorf("checked %d move and order buttons, want at least 2", checked)
	}
	b, _ := tu.w.Find("remove:0")
	o := drafts[0]
	mv := sc.Moves[sc.Move(o.Move)]
	got := strings.ReplaceAll(b.Text().Label, "\n", " ")
	if !strings.Contains(got, mv.Name) || strings.Contains(got, o.Actor+" "+o.Move) {
		t.Errorf("order reads %q, want the move's name %q and no ids", got, mv.Name)
	}
}

// TestWindowBoardReadable opens the campaign's first turn and the white
// cell's board at 1280×800 and 1920×1080, and checks the board as drawn:
// no text under 12 px, every name inside its box, every box and group
// inside the view above the legend, and the board filling the view in one
// direction at least. The white cell's board holds every actor and asset:
// at 1920×1080 it shows them all; at 1280×800 the groups of the world that
// it cannot hold at that size are folded, each a frame that says what it
// holds, and a click on one opens it (others folding in its place).
func TestWindowBoardReadable(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {1920, 1080}} {
		sc := loadScenario(t, "campaign.toml")
		a := NewApp(sc, Options{})
		r := newRig(t, NewLibrary(a), size[0], size[1])
		r.frames(2)
		for i := 0; i < 4; i++ {
			r.key(ebiten.KeyEnter)
		}
		tu, ok := r.mgr.Scene().(*turn)
		if !ok {
			t.Fatalf("on %T, want the turn", r.mgr.Scene())
		}
		r.frames(3)
		name := fmt.Sprintf("board-%dx%d", size[0], size[1])
		r.shot(name)
		checkBoardReadable(t, name, tu.board)
		{
			r.key(ebiten.KeyF2)
			r.frames(3)
			f, ok := r.mgr.Scene().(*facilitator)
			if !ok {
				t.Fatalf("on %T, want the white cell", r.mgr.Scene())
			}
			r.shot(name + "-white-cell")
			folded := foldedGroups(f.board)
			t.Logf("%s white cell: smallest text %.1f px, zoom %.3f; folded: %v", name, f.board.MinTextSize(), f.board.Camera().Zoom, folded)
			checkBoardReadable(t, name+" white cell", f.board)
			if size[0] == 1920 && len(folded) > 0 {
				t.Errorf("%s: the white cell's board folds %v, want it whole", name, folded)
			}
			for _, g := range folded {
				openFolded(t, r, f.board, g, fmt.Sprintf("%s-white-cell-folded-%d", name, g))
				r.shot(fmt.Sprintf("%s-white-cell-open-%d", name, g))
				checkBoardReadable(t, fmt.Sprintf("%s white cell, group %d open", name, g), f.board)
			}
		}
	}
}

// labelFace is the face the board wraps its nodes' names in (kit.SizeLabel
// at zoom 1).
var labelFace = assets.Face(assets.Regular, kit.SizeLabel)

// tinyFace is the face of the board's smallest lines (kit.SizeTiny at zoom
// 1): a folded group's line among them.
var tinyFace = assets.Face(assets.Regular, kit.SizeTiny)

func checkBoardReadable(t *testing.T, name string, b *board.Board) {
	t.Helper()
	checkBoardReadableAt(t, name, b, 12)
}

// foldedGroups returns the groups b shows folded, in order.
func foldedGroups(b *board.Board) []int {
	var out []int
	for g := range b.Model().Groups {
		if b.Folded(g) {
			out = append(out, g)
		}
	}
	return out
}

// openFolded hovers folded group g's frame on b, saves the screen with
// its tooltip as shot, clicks it and checks that it opens: its nodes drawn
// on the board.
func openFolded(t *testing.T, r *rig, b *board.Board, g int, shot string) {
	t.Helper()
	for _, f := range b.Frames() {
		if f.Group == g && f.Folded {
			at := b.Camera().RectToScreen(f.Rect).Center()
			r.inj.Move(at)
			r.play(1)
			if h, ok := b.HoverFold(); !ok || h != g {
				t.Errorf("over group %s's folded frame, the hover is on group %d", b.Model().Groups[g].Title, h)
			}
			r.shot(shot)
			r.inj.Click(at)
			r.play(2)
			break
		}
	}
	if b.Folded(g) {
		t.Fatalf("group %s is still folded after a click on it", b.Model().Groups[g].Title)
	}
	for _, n := range b.Model().Nodes {
		if _, ok := b.Placement()[n.ID]; n.Group == g && !ok {
			t.Errorf("group %s opened without %s", b.Model().Groups[g].Title, n.ID)
		}
	}
}

// checkBoardReadableAt is checkBoardReadable with least as the smallest text size allowed.
func checkBoardReadableAt(t *testing.T, name string, b *board.Board, least float64) {
	t.Helper()
	if px := b.MinTextSize(); px < least {
		t.Errorf("%s: smallest text drawn is %.1f px, want %.1f or more", name, px, least)
	}
	area := b.Area()
	if legend := b.Legend(); len(legend) < 4 {
		t.Errorf("%s: the legend has %d entries: %q", name, len(legend), legend)
	}
	for _, n := range b.Model().Nodes {
		_, ok := b.Placement()[n.ID]
		if !ok && !b.Folded(n.Group) {
			t.Errorf("%s: %s not placed", name, n.ID)
		}
		if !ok {
			continue
		}
		room, _ := b.TextRoom(n.ID)
		lines := b.Lines(n.ID)
		if len(lines) == 0 || len(lines) > 2 {
			t.Errorf("%s: %s drawn on %d lines", name, n.ID, len(lines))
		}
		for _, ln := range lines {
			if w, _ := text.Measure(ln, labelFace, 0); w > room+0.5 {
				t.Errorf("%s: %q is %.0f wide in a box with %.0f for text", name, ln, w, room)
			}
		}
		if sr, _ := b.NodeOnScreen(n.ID); !inside(sr, area) {
			t.Errorf("%s: %s at %v is outside the board's area %v", name, n.ID, sr, area)
		}
	}
	var used kit.Rect
	signposted := map[int]bool{}
	for _, f := range b.Frames() {
		sr := b.Camera().RectToScreen(f.Rect)
		if f.Folded {
			// A folded group says what it holds, whole, in its frame.
			signposted[f.Group] = true
			line := b.FoldedLine(f.Group)
			if w, _ := text.Measure(line, tinyFace, 0); w > f.Rect.W-2*4+0.5 {
				t.Errorf("%s: %q is %.0f wide in a frame %.0f wide", name, line, w, f.Rect.W)
			}
		}
		if !inside(sr, area) {
			t.Errorf("%s: group %s at %v is outside %v", name, b.Model().Groups[f.Group].Title, sr, area)
		}
		if used.W == 0 {
			used = sr
		}
		used = used.Union(sr)
	}
	for _, g := range foldedGroups(b) {
		if !signposted[g] {
			t.Errorf("%s: group %s is folded without a frame", name, b.Model().Groups[g].Title)
		}
	}
	if used.W < 0.9*area.W && used.H < 0.9*area.H {
		t.Errorf("%s: the board fills %v of %v", name, used, area)
	}
}

// TestActorTracksMatter checks that an actor's panel lists the tracks that
// matter for it, not every track of the model: the United States starts
// with no cash for the weapons programme and nothing it does touches it.
func TestActorTracksMatter(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	s := NewSession(sc, sc.Seed)
	us := sc.Actor("us")
	got := map[string]bool{}
	for _, tr := range board.ActorTracks(sc, us, s.State) {
		got[sc.Tracks[tr].ID] = true
	}
	for _, want := range []string{"standing", "funds", "lean", "influence", "capability"} {
		if !got[want] {
			t.Errorf("the United States' tracks lack %s: %v", want, got)
		}
	}
	for _, not := range []string{"wmd", "tech", "denials", "embarrassment"} {
		if got[not] {
			t.Errorf("the United States' tracks list %s: %v", not, got)
		}
	}
	if len(got) >= len(sc.Tracks)/2 {
		t.Errorf("the United States shows %d of %d tracks", len(got), len(sc.Tracks))
	}
}

// inside reports whether r lies within outer, give or take rounding.
func inside(r, outer kit.Rect) bool {
	const eps = 1e-6
	return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.X+r.W <= outer.X+outer.W+eps && r.Y+r.H <= outer.Y+outer.H+eps
}

// TestWindowHeaderNamesScenario: a team's turn is headed by the side's name beside the turn, the
// white cell's screen by the scenario's title ("Facilitator · Facilitator · month 1" said
// nothing); the white cell's hints are whole.
func TestWindowHeaderNamesScenario(t *testing.T) {
	sc := defaultScenario(t)
	a := NewApp(sc, Options{})
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	for i := 0; i < 4; i++ {
		r.key(ebiten.KeyEnter)
	}
	if _, ok := r.mgr.Scene().(*turn); !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	text := strings.Join(Texts(r.mgr.Scene()), "\n")
	if !strings.Contains(text, sc.Sides[0].Name+" · "+a.TurnLabel()) {
		t.Errorf("the turn's header does not name the side beside the turn:\n%s", text)
	}
	r.key(ebiten.KeyF2)
	r.frames(2)
	if _, ok := r.mgr.Scene().(*facilitator); !ok {
		t.Fatalf("on %T, want the white cell", r.mgr.Scene())
	}
	text = strings.Join(Texts(r.mgr.Scene()), "\n")
	if !strings.Contains(text, sc.Title+" · "+a.TurnLabel()) || strings.Contains(text, "Facilitator · "+a.TurnLabel()) {
		t.Errorf("the white cell's header does not name the scenario beside the turn:\n%s", text)
	}
	if !strings.Contains(flat(text), "no actor picked (or click one on the board)") {
		t.Errorf("the override's hint is cut:\n%s", text)
	}
}
