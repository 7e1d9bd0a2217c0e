package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim"
	"ttx/ui/kit"
)

// quitCtx returns a context whose manager records a quit, and the manager.
func quitCtx() (*Context, *Manager) {
	m := &Manager{}
	return &Context{mgr: m}, m
}

// TestCloseAsksWhenUnsaved answers the window's close button at a hot seat: a new game, and a
// game with everything saved, close at once; a game with a turn and a note not saved asks,
// saying so; cancelling keeps the game and quits nothing; quitting without saving writes
// nothing; saving and quitting writes the game, then quits.
func TestCloseAsksWhenUnsaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	ctx, m := quitCtx()
	if !f.mayClose(ctx) || f.asking != nil {
		t.Fatal("closing a new game with nothing done asks")
	}

	resolve(t, a)
	a.Sess.AddNote("a note not saved", -1)
	state := a.Sess.State
	if f.mayClose(ctx) || f.asking == nil {
		t.Fatal("closing a game with a turn and a note not saved does not ask")
	}
	if want := "1 turn and 1 note not saved to " + path; !strings.Contains(f.asking.text, want) {
		t.Errorf("the question %q does not say %q", f.asking.text, want)
	}
	f.answer(askNo)
	if m.quit || a.Sess.State != state || len(a.Sess.Notes) != 1 {
		t.Fatal("cancelling the close quit or changed the game")
	}
	if !strings.HasPrefix(a.Status, "Not quit: the game goes on at ") {
		t.Errorf("status after cancelling = %q", a.Status)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("cancelling the close wrote the save: %v", err)
	}

	f.mayClose(ctx)
	f.answer("ask:quit")
	if !m.quit {
		t.Fatal("quitting without saving did not quit")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("quitting without saving wrote the save: %v", err)
	}

	ctx, m = quitCtx()
	f.mayClose(ctx)
	f.answer("ask:save")
	if !m.quit {
		t.Fatalf("saving and quitting did not quit (status %q)", a.Status)
	}
	if s, err := LoadSession(a.Sc, path); err != nil || sim.Checksum(s.State) != sim.Checksum(state) || len(s.Notes) != 1 {
		t.Fatalf("saving and quitting did not save the game: %v", err)
	}
	if ctx, _ := quitCtx(); !f.mayClose(ctx) || f.asking != nil {
		t.Fatal("closing a game with everything saved asks")
	}
}

// TestCloseSavesAsCtrlSDoes: saving and quitting over a log of another game asks, as Ctrl+S
// does, before replacing it; cancelling that leaves the file byte for byte and the window open;
// a save that fails keeps the window open and says why.
func TestCloseSavesAsCtrlSDoes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "save.jsonl")
	theirs := []byte(`{"type":"header","format":2,"scenario":"another"}` + "\n")
	if err := os.WriteFile(path, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	a, f := whiteCell(t, path)
	resolve(t, a)
	ctx, m := quitCtx()
	f.mayClose(ctx)
	f.answer("ask:save")
	if f.asking == nil || !strings.Contains(f.asking.text, path+" is already there") {
		t.Fatal("saving and quitting over another game's log did not ask before replacing it")
	}
	if !bytes.Equal(readFile(t, path), theirs) || m.quit {
		t.Fatal("the other game's log was replaced, or the window quit, before the answer")
	}
	f.answer(askNo)
	if !bytes.Equal(readFile(t, path), theirs) || m.quit {
		t.Fatal("cancelling the replace replaced the file or quit")
	}
	f.mayClose(ctx)
	f.answer("ask:save")
	f.answer("ask:yes")
	if s, err := LoadSession(a.Sc, path); err != nil || s.State.Turn != a.Sess.State.Turn || !m.quit {
		t.Fatalf("replacing and quitting: quit %v, load %v", m.quit, err)
	}

	a.opts.SavePath = filepath.Join(dir, "no such folder", "save.jsonl")
	resolve(t, a)
	ctx, m = quitCtx()
	f.mayClose(ctx)
	f.answer("ask:save")
	if m.quit || !strings.HasPrefix(a.Status, "save failed, so the window stays open: ") {
		t.Fatalf("a save that failed: quit %v, status %q", m.quit, a.Status)
	}
}

// remoteSeat is a hot-seat session playing a seat of a served exercise, for a remote window
// without a server.
type remoteSeat struct{ *Session }

func (remoteSeat) Side() int                   { return 0 }
func (remoteSeat) Deadline() (time.Time, bool) { return time.Time{}, false }
func (remoteSeat) SetPaused(bool)              {}
func (remoteSeat) SetDeadline(int)             {}
func (remoteSeat) Online() bool                { return true }

// TestRemoteClosesAtOnce: a served exercise's window saves nothing (the server keeps the game),
// so its close button closes it at once, turns played or not.
func TestRemoteClosesAtOnce(t *testing.T) {
	s := NewSession(loadScenario(t, "shared_infrastructure.toml"), 1)
	playTurn(t, s)
	a := NewRemoteApp(remoteSeat{s})
	p := &page{app: a}
	if ctx, _ := quitCtx(); !p.mayClose(ctx) || p.asking != nil {
		t.Fatal("a remote window's close button asks")
	}
}

// closeScene is a screen that lets the window close, or not, when asked.
type closeScene struct {
	may     bool
	updates int
	asked   int
	then    Scene // the screen its next Update switches to, if any
}

func (c *closeScene) Update(ctx *Context) error {
	c.updates++
	if c.then != nil {
		ctx.Switch(c.then)
		c.then = nil
	}
	return nil
}
func (c *closeScene) Draw(*ebiten.Image, *Context)       {}
func (c *closeScene) modal(*kit.Input) (kit.Input, bool) { return kit.Input{}, false }
func (c *closeScene) mayClose(*Context) bool             { c.asked++; return c.may }

// plainScene is a screen that is no asker.
type plainScene struct{}

func (plainScene) Update(*Context) error        { return nil }
func (plainScene) Draw(*ebiten.Image, *Context) {}

// TestManagerCloses: the close button asks the screen (once it is up, a screen just switched to
// answering in the next frame) and ends the loop (ebiten.Termination) only when it may close;
// a screen that is no asker closes at once.
func TestManagerCloses(t *testing.T) {
	inj := &kit.Injector{}
	next := &closeScene{may: true}
	first := &closeScene{then: next}
	m := NewManager(first, inj)
	inj.Close()
	if err := m.Update(); err != nil || first.asked != 0 {
		t.Fatalf("the frame that switches screens: err %v, the old screen asked %d times", err, first.asked)
	}
	if err := m.Update(); !errors.Is(err, ebiten.Termination) || next.updates != 1 || next.asked != 1 {
		t.Fatalf("the screen switched to: err %v, updated %d, asked %d times; want Termination, 1, 1", err, next.updates, next.asked)
	}

	stay := &closeScene{}
	m = NewManager(stay, inj)
	inj.Close()
	if err := m.Update(); err != nil || stay.asked != 1 {
		t.Fatalf("a screen that does not let the window close: err %v, asked %d times", err, stay.asked)
	}
	if err := m.Update(); err != nil || stay.asked != 1 {
		t.Fatalf("the next frame: err %v, asked %d times, want nil, 1", err, stay.asked)
	}

	m = NewManager(plainScene{}, inj)
	inj.Close()
	if err := m.Update(); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("a screen that is no asker: %v, want Termination", err)
	}
}
