package ui

import (
	"context"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/serve"
)

// warnedSeat is a white cell's seat of a served exercise, without a server, whose server
// warns that the log is not saved while unsaved is not "".
type warnedSeat struct {
	remoteSeat
	unsaved string
}

func (s *warnedSeat) Unsaved() string { return s.unsaved }

// TestUnsavedWarningFollowsServer: the window's warning that the log is not saved is the
// server's for as long as the server says so, whatever the status line says meanwhile; a hot
// seat, and a seat whose exercise gives no such warning, have none.
func TestUnsavedWarningFollowsServer(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	seat := &warnedSeat{remoteSeat: remoteSeat{NewSession(sc, 1)}}
	a := NewRemoteApp(seat)
	if w := a.unsavedWarning(); w != "" {
		t.Fatalf("before any warning: %q", w)
	}
	seat.unsaved = "Warning: the game is not saved"
	a.Status = "Note sent"
	if w := a.unsavedWarning(); w != seat.unsaved {
		t.Errorf("after the server's warning and a local message: %q, want %q", w, seat.unsaved)
	}
	seat.unsaved = ""
	if w := a.unsavedWarning(); w != "" {
		t.Errorf("after the server says the log is saved: %q", w)
	}
	if w := NewRemoteApp(remoteSeat{NewSession(sc, 1)}).unsavedWarning(); w != "" {
		t.Errorf("a seat without warnings: %q", w)
	}
	hot, _ := whiteCell(t, filepath.Join(t.TempDir(), "save.jsonl"))
	if w := hot.unsavedWarning(); w != "" {
		t.Errorf("a hot seat: %q", w)
	}
}

// TestWindowRemoteUnsavedWarning serves an exercise whose log cannot be saved and joins the
// white cell's window: the server's warning stands above the footer, in the warning colour,
// and a message of the status line ("Note added") no longer covers it; the board, shorter by
// the warning, still reads at 1280×800 (checkBoardReadable); once a save succeeds the
// warning goes and the status line says the log is saved again.
func TestWindowRemoteUnsavedWarning(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	links := serveSaved(t, sc, nil, save)
	a, r, _ := joinWindow(t, links["white"])
	r.click("continue")
	r.until("the facilitator", r.onScene("*ui.facilitator"))
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(save, 0o700); err != nil { // no save can write it (permissions would not stop root)
		t.Fatal(err)
	}
	warning := "Warning: the game is not saved"
	r.clickPrefix("fire:")
	r.until("the warning", func() bool { return r.shows(warning) })
	r.mgr.Scene().(*facilitator).refresh("Note added") // a message of the window's own
	r.frames(3)
	if !r.shows(warning) || !r.shows("Note added") {
		t.Fatalf("after a message of the status line: warning shown %v, message shown %v", r.shows(warning), r.shows("Note added"))
	}
	img := r.shot("remote-unsaved-warning")
	assertNotBlank(t, "remote-unsaved-warning", img)
	at, ok := textRect(r.mgr.Scene().(*facilitator).w, warning)
	if !ok {
		t.Fatal("no text of the warning")
	}
	if n := orangePixels(img, at); n < 50 {
		t.Errorf("the warning at %v has %d pixels of the warning colour, want it drawn in it", at, n)
	}
	if at.Max.Y > img.Bounds().Max.Y || at.Max.X > img.Bounds().Max.X {
		t.Errorf("the warning at %v runs out of the window %v", at, img.Bounds())
	}
	// The warning takes its height from the board: the board still reads, every node on it or
	// in a folded group that says what it holds.
	checkBoardReadable(t, "the white cell's board under the warning", r.mgr.Scene().(*facilitator).board)

	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	r.clickPrefix("fire:")
	r.until("the log saved again", func() bool { return !r.shows(warning) && r.shows("the game is saved again") })
	assertNotBlank(t, "remote-saved-again", r.shot("remote-saved-again"))
	if strings.Contains(a.Status, warning) {
		t.Errorf("the status line says %q", a.Status)
	}
}

// TestWindowRemoteTeamUnsaved serves a discussion exercise whose log cannot be saved and
// answers a key question in a team's window: the window says, above its footer, that the
// team's answer is not saved yet (the server told only the white cell, and the team believed
// its answer kept), naming no file, and the answer and the status line say it is recorded by
// the server and not saved yet; once a save succeeds the warning goes, the status line says the
// answer is saved and the answer is shown recorded.
func TestWindowRemoteTeamUnsaved(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	_, r, _, links := peopleAtTurnWith(t, serve.Config{Scenario: sc, Seed: 11, Save: save}, len(sc.Sides))
	tu, ok := r.mgr.Scene().(*turn)
	if !ok || sc.Sides[tu.sd].ID != "port" {
		t.Fatalf("on %T, want the port's turn", r.mgr.Scene())
	}
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(save, 0o700); err != nil { // no save can write it (permissions would not stop root)
		t.Fatal(err)
	}
	if err := r.typeInto(tu.w.inputs["answer:known"], "We told the city."); err != nil {
		t.Fatal(err)
	}
	r.key(ebiten.KeyEnter)
	warning := "Warning: your answer is not saved yet"
	r.until("the warning", func() bool { return r.shows(warning) })
	if text := r.text(); strings.Contains(text, save) || strings.Contains(text, "ex.jsonl") {
		t.Errorf("the team's window names the log's file:\n%s", text)
	}
	// The answer and the status line say as much: it said "Recorded" and "Answer recorded."
	// under the warning.
	for _, want := range []string{"Recorded by the server, not saved yet: We told the city.", "Answer recorded by the server, not saved yet."} {
		if !r.shows(want) {
			t.Errorf("under the warning, the window does not say %q:\n%s", want, r.text())
		}
	}
	if r.shows("Recorded: We told the city.") || r.shows("Answer recorded.") {
		t.Errorf("under the warning, the window says the answer is recorded as if saved:\n%s", r.text())
	}
	img := r.shot("remote-team-unsaved")
	assertNotBlank(t, "remote-team-unsaved", img)
	if at, ok := textRect(r.mgr.Scene().(*turn).w, warning); !ok || orangePixels(img, at) < 50 {
		t.Errorf("the warning at %v (found %v) is not drawn in the warning colour", at, ok)
	}

	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	white, err := serve.Join(ctx, links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	if _, err := white.Send(ctx, serve.Message{Type: serve.MsgNote, Text: "saved at last"}); err != nil {
		t.Fatal(err)
	}
	r.until("the answer saved", func() bool { return !r.shows(warning) && r.shows("your answer is saved now") })
	if !r.shows("Recorded: We told the city.") || r.shows("not saved yet") {
		t.Errorf("once saved, the window does not show the answer recorded alone:\n%s", r.text())
	}
	r.shot("remote-team-saved")
}

// textRect returns where the first text of w that begins with prefix is.
func textRect(w *Widgets, prefix string) (image.Rectangle, bool) {
	var found *widget.Text
	var walk func(x any)
	walk = func(x any) {
		if t, ok := x.(*widget.Text); ok && found == nil && strings.HasPrefix(t.Label, prefix) {
			found = t
		}
		if c, ok := x.(interface {
			Children() []widget.PreferredSizeLocateableWidget
		}); ok {
			for _, ch := range c.Children() {
				walk(ch)
			}
		}
	}
	walk(w.Root)
	if found == nil {
		return image.Rectangle{}, false
	}
	return found.GetWidget().Rect, true
}

// orangePixels counts the pixels of img within at that are of the warning colour
// (assets.Orange, give or take the text's smoothing).
func orangePixels(img *image.RGBA, at image.Rectangle) int {
	n := 0
	for y := at.Min.Y; y < at.Max.Y; y++ {
		for x := at.Min.X; x < at.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if c.R > 0xc0 && c.G > 0x80 && c.G < 0xb8 && c.B < 0x40 {
				n++
			}
		}
	}
	return n
}
