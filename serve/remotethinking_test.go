package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestRemoteToldOfThinking: the white cell's window says, on its status line (Problem), that the
// turn waits for Red's policy while it thinks, also in a window that joins meanwhile, and says
// it no more once the turn has resolved.
func TestRemoteToldOfThinking(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s, gt := serveGated(t, Config{Scenario: sc, Seed: 6, Policies: map[string]string{"red": "greedy"}})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	white, err := JoinRemote(ctx, s.links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	const waits = "Server: turn 1 resolves once the policy of Red (greedy) has chosen its orders"
	white.ResolveTurn()
	gt.wait(t, 1)
	waitFor(t, "the white cell told that the turn waits for Red's policy", func() bool { return strings.HasPrefix(white.Problem(), waits) })

	again, err := JoinRemote(ctx, s.links["white"]) // the white cell's window opened again meanwhile
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	waitFor(t, "the white cell, joined again, told that the turn waits", func() bool { return strings.HasPrefix(again.Problem(), waits) })

	gt.let(t)
	waitFor(t, "turn 2, the wait no longer told", func() bool { return again.View(0).Turn == 2 && again.Problem() == "" })
}
