package ui

import (
	"image"
	"slices"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/ui/kit"
)

// question is what a screen asks before an action that would lose something: replacing a file
// (Ctrl+S, the review's export), dropping what the game has not saved (Ctrl+L, closing the
// window, Ctrl+Z). It shows in the screen's footer, in its keys' and status line's place, with a button
// for each way to go ahead and one that cancels (N, or Esc). Until it is answered only the
// question acts (page.modal).
type question struct {
	text  string            // the question, naming the file and what would be lost
	yes   []choice          // the ways to go ahead
	no    string            // the status line's words when it is cancelled
	focus bool              // the cancel button is still to take the keyboard focus
	foot  *widget.Container // the footer that asks it, once built
}

// choice is a way to go ahead with a question: a button, named for Find, with its key.
type choice struct {
	name, label string
	key         ebiten.Key
	do          func()
}

// askNo is the name of a question's cancel button.
const askNo = "ask:no"

// asker is a screen that can ask a question (every page): while it asks, it sees only the part
// of the input the question takes (modal), and the window's close button asks it whether the
// window may close (mayClose, quit.go).
type asker interface {
	modal(in *kit.Input) (kit.Input, bool)
	mayClose(ctx *Context) bool
}

// confirm asks q, in place of any question asked before.
func (p *page) confirm(q *question) {
	q.focus = true
	p.asking = q
	p.stale = true
}

// answer answers the question asked with its button named name: a way to go ahead does what it
// says; the cancel button leaves the game and the files as they were and says so on the status
// line.
func (p *page) answer(name string) {
	q := p.asking
	if q == nil {
		return
	}
	p.asking = nil
	p.stale = true
	for _, c := range q.yes {
		if c.name == name {
			c.do()
			return
		}
	}
	p.app.say(q.no)
}

// buttons names the question's buttons in order, the cancel button last.
func (q *question) buttons() []string {
	var names []string
	for _, c := range q.yes {
		names = append(names, c.name)
	}
	return append(names, askNo)
}

// buildQuestion returns the footer that asks p.asking: the question, wrapped to the window's
// width, and its buttons. The screen's other shortcuts are dropped, so that only the
// question's keys act until it is answered.
func (p *page) buildQuestion(ctx *Context, w *Widgets) *widget.Container {
	q, th := p.asking, w.Theme
	w.DropShortcuts()
	foot := w.Column(6)
	face := th.Head
	foot.AddChild(widget.NewText(
		widget.TextOpts.Text(q.text, &face, assets.Orange),
		widget.TextOpts.MaxWidth(float64(th.Px(float64(ctx.Size.X)/ctx.Scale-40))),
	))
	row := w.Row(12)
	for _, c := range q.yes {
		row.AddChild(w.Button(c.name, c.label, c.key, func() { p.answer(c.name) }))
	}
	row.AddChild(w.Button(askNo, "Cancel", ebiten.KeyN, func() { p.answer(askNo) }))
	row.AddChild(w.Label("Esc: cancel", th.Small, assets.TextDim))
	row.AddChild(p.statusLine(w))
	foot.AddChild(row)
	q.foot = foot
	return foot
}

// modal returns the part of the frame's input in that the question asked takes, and whether
// one is asked; the screen's Update and Draw see only that part (Manager.Update), so that until
// the question is answered nothing else acts, while the screen goes on being drawn and its clock
// runs. Esc or F2 cancels the question, and the screen sees nothing of the frame. Of the keys,
// only the question's buttons' keys and Enter and Space (which press the focused button) are
// left; the keyboard focus stays on the question's buttons (on the cancel button first, so that
// Enter cancels), Tab moving between them; nothing typed is left; and the mouse is left only
// over the question: elsewhere it is as if it were away, so that a click on another button, the
// board or a list does nothing.
func (p *page) modal(in *kit.Input) (kit.Input, bool) {
	q := p.asking
	if q == nil {
		return kit.Input{}, false
	}
	away := kit.Input{Cursor: kit.Point{X: -1e6, Y: -1e6}}
	if in.KeyPressed(ebiten.KeyEscape) || in.KeyPressed(ebiten.KeyF2) {
		p.answer(askNo)
		return away, true
	}
	if q.foot == nil || p.w == nil {
		return away, true // not shown yet: the screen builds it on nothing
	}
	names := q.buttons()
	at := slices.Index(names, p.w.Focused())
	if q.focus || at < 0 {
		at = len(names) - 1
		p.w.focus(names[at])
		q.focus = false
	}
	if in.KeyPressed(ebiten.KeyTab) {
		step := 1
		if in.KeyDown(ebiten.KeyShiftLeft) || in.KeyDown(ebiten.KeyShiftRight) {
			step = len(names) - 1
		}
		p.w.focus(names[(at+step)%len(names)])
	}
	keys := []ebiten.Key{ebiten.KeyN, ebiten.KeyEnter, ebiten.KeySpace}
	for _, c := range q.yes {
		keys = append(keys, c.key)
	}
	out := *in
	out.KeysPressed, out.Chars = nil, nil
	for _, k := range in.KeysPressed {
		if slices.Contains(keys, k) {
			out.KeysPressed = append(out.KeysPressed, k)
		}
	}
	mouseAway(&out, q.foot.GetWidget().Rect)
	return out, true
}

// mouseAway makes the mouse of in as if it were away from the window unless the cursor is
// within r: no button held, pressed or released, no wheel, and the cursor far outside.
func mouseAway(in *kit.Input, r image.Rectangle) {
	if image.Pt(int(in.Cursor.X), int(in.Cursor.Y)).In(r) {
		return
	}
	in.Down, in.JustPressed, in.JustReleased = [kit.MouseButtons]bool{}, [kit.MouseButtons]bool{}, [kit.MouseButtons]bool{}
	in.WheelX, in.WheelY = 0, 0
	in.Cursor = kit.Point{X: -1e6, Y: -1e6}
}
