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
