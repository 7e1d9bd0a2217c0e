package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRemoteShowsUnsaved: the white cell's Remote keeps the server's warning that the log is
// not saved (Unsaved, which the window shows apart from its status line) from the first notice
// unsaved, through a refusal that comes later (which is Problem's), until the notice saved,
// which clears it and is Problem's.
func TestRemoteShowsUnsaved(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	white, err := JoinRemote(ctx, s.links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	if u := white.Unsaved(); u != "" {
		t.Fatalf("before any save failed, Unsaved = %q", u)
	}
	unwritable(t, save)
	white.Fire(sc.Inject("mkblueinjectid"))
	warning := "Warning: the game is not saved: replace " + save
	waitFor(t, "the warning", func() bool { return strings.HasPrefix(white.Unsaved(), warning) })
	if p := white.Problem(); p != "" {
		t.Errorf("the warning is in Problem too: %q", p)
	}
	white.Override(sc.Actor("blue_state"), sc.Track("funds"), 7)
	waitFor(t, "the warning of step 2", func() bool { return strings.Contains(white.Unsaved(), "steps 1 to 2 are not in it") })
	white.Reissue("white") // refused
	waitFor(t, "the refusal", func() bool { return strings.HasPrefix(white.Problem(), "Refused: ") })
	if u := white.Unsaved(); !strings.HasPrefix(u, warning) {
		t.Errorf("after a refusal Unsaved = %q, want the warning still", u)
	}
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	white.Override(sc.Actor("blue_state"), sc.Track("funds"), 9)
	waitFor(t, "the log saved again", func() bool {
		return white.Problem() == "Server: the game is saved again: the log "+save+" holds it as it is, at step 3 (turn 1)"
	})
	if u := white.Unsaved(); u != "" {
		t.Errorf("after the log is saved again Unsaved = %q, want none", u)
	}
}

// TestRemoteTeamShowsOwnUnsaved: a team's Remote keeps the server's word that the team's own
// answer is not saved yet (Unsaved, which the window shows above its footer) until the server
// says it is saved, which clears it and is Problem's; it names no file. It knows which of the
// team's answers is not saved (AnswerUnsaved): not one saved before the save failed. The other
// team's Remote is told nothing.
func TestRemoteTeamShowsOwnUnsaved(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 1, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	port, err := JoinRemote(ctx, s.links["port"])
	if err != nil {
		t.Fatal(err)
	}
	defer port.Close()
	water, err := JoinRemote(ctx, s.links["water"])
	if err != nil {
		t.Fatal(err)
	}
	defer water.Close()
	port.Answer(0, "ransom_note#1", "The police.") // saved
	waitFor(t, "the first answer", func() bool { return len(port.AnswersOf(0)) == 1 })
	unwritable(t, save)
	port.Answer(0, "lead", "The harbour master.")
	warning := "Warning: your answer is not saved yet: the server cannot save the game just now. It is kept, and will be saved once the server can save again"
	waitFor(t, "the port's warning", func() bool { return port.Unsaved() == warning })
	if p := port.Problem(); p != "" {
		t.Errorf("the warning is in Problem too: %q", p)
	}
	if !port.AnswerUnsaved("lead") || port.AnswerUnsaved("ransom_note#1") {
		t.Errorf("AnswerUnsaved: lead %v, ransom_note#1 %v; want the answer not saved (lead) alone", port.AnswerUnsaved("lead"), port.AnswerUnsaved("ransom_note#1"))
	}
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	white.Send(ctx, Message{Type: MsgNote, Text: "saved at last"})
	waitFor(t, "the port's answer saved", func() bool {
		return port.Unsaved() == "" && port.Problem() == "Server: your answer is saved now"
	})
	if port.AnswerUnsaved("lead") {
		t.Error("after the save, the port's answer to lead is still said not saved")
	}
	if u, p := water.Unsaved(), water.Problem(); u != "" || p != "" {
		t.Errorf("the water utility is told %q, %q; want nothing", u, p)
	}
}
