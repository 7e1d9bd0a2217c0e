package serve

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ttx/session"
)

// TestNewGameRefusesUnknownPolicy: a policy name NewGame's caller gave (Config.Policies) was
// taken unchecked, only ttx serve checking its --seat: the side's seat then named no policy,
// and every later resolve failed with nobody told. NewGame now refuses it, naming the side and
// the name, and writes no log; a known policy (search:50 too) and person (a team plays the side)
// are taken, in any case, and seated in lower case.
func TestNewGameRefusesUnknownPolicy(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	for _, pol := range []string{"greedyy", "search:x", "persons", ""} {
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
	for _, pol := range []string{"greedy", "search:50", "random", "pass", string(session.SeatPerson), "Greedy", "SEARCH:50MS", "Person"} {
		g, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/", Policies: map[string]string{"red": pol}})
		if err != nil {
			t.Errorf("NewGame with red=%q: %v, want a game", pol, err)
			continue
		}
		if got := g.sess.Seats[sc.Side("red")]; string(got) != strings.ToLower(pol) {
			t.Errorf("NewGame with red=%q: red played by %q, want %q", pol, got, strings.ToLower(pol))
		}
	}
}

// TestSeatAnyCase: the white cell's handover reads the seat's name in any case, as ttx serve's
// --seat and NewGame do, and the log records it in lower case: Greedy was taken as a policy
// (and written as Greedy), while Person was refused as an unknown policy.
func TestSeatAnyCase(t *testing.T) {
	_, _, save, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	for i, c := range []struct {
		policy string
		want   []string
	}{
		{"Greedy", []string{"red=greedy"}},
		{"Person", nil},
		{"SEARCH:20", []string{"red=search:20"}},
		{"PERSON", nil},
	} {
		white.Send(ctx, Message{Type: MsgSeat, ID: i + 1, Side: "red", Policy: c.policy})
		if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("red to %s: %s %s %q, want taken", c.policy, m.Type, m.Code, m.Reason)
		}
		if l := readLog(t, save); !slices.Equal(l.Header.Policies, c.want) {
			t.Errorf("the log once red went to %s: policies %v, want %v", c.policy, l.Header.Policies, c.want)
		}
	}
}

// TestServedSearchBounded: a served side's turn resolves once its policy has chosen, so a search
// told to think for an hour a turn held the exercise for an hour a turn: NewGame (ttx serve's
// --seat) and the white cell's handover refuse a search over session.MaxServedMillis or
// MaxServedRollouts a turn, saying what it may be, and take one at the bounds.
func TestServedSearchBounded(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	for _, pol := range []string{"search:10001ms", "search:60001"} {
		if _, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/", Policies: map[string]string{"red": pol}}); err == nil || !strings.Contains(err.Error(), "the turn waits for it") {
			t.Errorf("NewGame with red=%s: %v, want it refused for its budget", pol, err)
		}
	}
	for _, pol := range []string{"search:10000ms", "search:60000"} {
		if _, err := NewGame(Config{Scenario: sc, Seed: 5, Base: "http://x/", Policies: map[string]string{"red": pol}}); err != nil {
			t.Errorf("NewGame with red=%s: %v, want a game", pol, err)
		}
	}
	_, _, _, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	white.Send(ctx, Message{Type: MsgSeat, ID: 1, Side: "red", Policy: "search:3600000ms"})
	m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject })
	if m.Type != MsgReject || !strings.Contains(m.Reason, "at most 10000 ms a turn") {
		t.Errorf("red handed to search:3600000ms: %s %q, want refused with its bound", m.Type, m.Reason)
	}
}
