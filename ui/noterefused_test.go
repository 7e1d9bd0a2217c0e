package ui

import (
	"testing"

	"ttx/serve"
)

// TestWindowNoteRefusedKeepsText: an observer's note the server refuses (here: the seat's one
// note a game is written) says why on the status line, and what was typed is back in the note
// box, not lost, while the note the server took is listed.
func TestWindowNoteRefusedKeepsText(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	lim := serve.DefaultLimits
	lim.Notes = 1
	links := serveLoopbackWith(t, serve.Config{Scenario: sc, Seed: 11, Limits: lim})
	_, r, obs := joinWindow(t, links["observer"])
	r.click("continue")
	r.until("the observer's screen", r.onScene("*ui.observer"))
	for i, text := range []string{"the white cell hesitated", "and then it acted"} {
		o := r.mgr.Scene().(*observer)
		if err := r.typeInto(o.note, text); err != nil {
			t.Fatal(err)
		}
		r.click("note")
		if i == 0 {
			r.until("the note", func() bool { return len(obs.NoteList()) == 1 })
			continue
		}
		r.until("the second note refused", func() bool {
			return r.shows("Note not added: this seat has written 1 note, the most a seat may")
		})
		r.until("the refused note typed again", func() bool { return r.mgr.Scene().(*observer).note.GetText() == text })
	}
	if n := len(obs.NoteList()); n != 1 {
		t.Errorf("the observer's window lists %d notes, want the one taken", n)
	}
}
