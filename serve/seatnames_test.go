package serve

import (
	"strings"
	"testing"
)

// TestSideNamedAsASeat: a side whose id is the name of another seat ("white", "observer") would
// share that seat's token: the observers' shared link joined as the team, and gave its orders;
// the white cell's link was the team's, and the team was sent every team's count of drafts. A
// game of such a scenario is refused. The loader refuses such a side at its id; this is the
// guard for a scenario made without it (here, renamed once loaded).
func TestSideNamedAsASeat(t *testing.T) {
	for _, id := range []string{"white", "observer"} {
		sc := fixture(t, "../sim/testdata/markers.toml")
		sc.Sides[sc.Side("blue")].ID = id
		g, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/"})
		if err == nil {
			t.Errorf("NewGame of a scenario with side %q = seats %v, want an error", id, g.SeatNames())
		} else if want := "side " + id + ": "; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("NewGame of a scenario with side %q: %v, want an error that begins %q", id, err, want)
		}
	}
}
