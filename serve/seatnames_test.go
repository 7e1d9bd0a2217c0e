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

// TestSideNamedAsAnotherSeat: a side whose id is another seat's name (the observers of another
// side's view, "observer-red"; another side's id) or empty shared that seat's name, and so one
// token: NewGame made the game, printed the one link for both seats, and the observers of red,
// joining with their link, were seated as the team observer-red, with its orders and its view.
// A side with no id had a seat no connection could hold (a seat named "" is one not joined). A
// game of such a scenario made without the loader is refused, naming the side.
func TestSideNamedAsAnotherSeat(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"observer-red", "side observer-red: "},
		{"red", "side red: "},
		{"", "side[0]: no id"},
	} {
		sc := fixture(t, "../sim/testdata/markers.toml")
		sc.Sides[sc.Side("blue")].ID = tc.id
		g, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/"})
		if err == nil {
			t.Errorf("NewGame of a scenario with side %q = seats %v, want an error", tc.id, g.SeatNames())
		} else if !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("NewGame of a scenario with side %q: %v, want an error that begins %q", tc.id, err, tc.want)
		}
	}
}
