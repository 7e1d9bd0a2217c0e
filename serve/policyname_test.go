package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/session"
)

// TestNewGameRefusesUnknownPolicy: a policy name NewGame's caller gave (Config.Policies) was
// taken unchecked, only ttx serve checking its --seat: the side's seat then named no policy,
// and every later resolve failed with nobody told. NewGame now refuses it, naming the side and
// the name, and writes no log; a known policy (search:50 too) and person (a team plays the side)
// are taken.
func TestNewGameRefusesUnknownPolicy(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	for _, pol := range []string{"greedyy", "search:x", "Person", ""} {
		save := filepath.Join(t.TempDir(), "ex.jsonl")
		g, err := NewGame(Config{Scenario: sc, Seed: 5, Save: save, Base: "http://x/", Policies: map[string]string{"red": pol}})
		if err == nil {
			t.Errorf("NewGame with red=%q = seats %v, want an error", pol, g.sess.Seats)
			continue
		}
		if want := "side red: policy " + `"` + pol + `"`; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("NewGame with red=%q: %v, want an error that begins %q", pol, err, want)
		}
		if _, err := os.Stat(save); !os.IsNotExist(err) {
			t.Errorf("NewGame with red=%q wrote its log", pol)
		}
	}
	for _, pol := range []string{"greedy", "search:50", "random", "pass", string(session.SeatPerson)} {
		g, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/", Policies: map[string]string{"red": pol}})
		if err != nil {
			t.Errorf("NewGame with red=%q: %v, want a game", pol, err)
			continue
		}
		if got := g.sess.Seats[sc.Side("red")]; string(got) != pol {
			t.Errorf("NewGame with red=%q: red played by %q", pol, got)
		}
	}
}
