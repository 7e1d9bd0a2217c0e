package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRemoteShowsUnsaved: the white cell's window (Remote.Problem, its status line) shows the
// server's warning that the log is not saved, keeps it after a refusal that comes later, and
// says so when the log is saved again.
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
	unwritable(t, save)
	white.Fire(sc.Inject("mkblueinjectid"))
	warning := "Warning: the game is not saved: replace " + save
	waitFor(t, "the warning", func() bool { return strings.HasPrefix(white.Problem(), warning) })
	white.Override(sc.Actor("blue_state"), sc.Track("funds"), 7)
	waitFor(t, "the warning of step 2", func() bool { return strings.Contains(white.Problem(), "steps 1 to 2 are not in it") })
	white.Reissue("white") // refused
	waitFor(t, "the refusal", func() bool { return strings.HasPrefix(white.Problem(), "Refused: ") })
	if p := white.Problem(); !strings.Contains(p, " | "+warning) {
		t.Errorf("after a refusal the white cell is shown %q, want the warning still", p)
	}
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	white.Override(sc.Actor("blue_state"), sc.Track("funds"), 9)
	waitFor(t, "the log saved again", func() bool {
		return white.Problem() == "Server: the game is saved again: the log "+save+" holds it as it is, at step 3 (turn 1)"
	})
}
