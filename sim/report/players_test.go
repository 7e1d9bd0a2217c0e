package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"ttx/sim/record"
)

// TestPlayersByTurn: a log whose seat entries say red was played from its orders file in weeks
// 1 and 2, by its team in week 3 and by greedy in week 4 (a ttx run log resumed on a server,
// then handed to a policy) reports each of them with its weeks, in both renderings, the
// facilitator's and red's own; blue's handout names no player of red. The seat entries are
// not observer notes. Without them the report names the header's player alone, as it always
// has: the one whole-game name for a side it names, "not recorded" for one it does not. The
// report named the header's player (who played last) for every week.
func TestPlayersByTurn(t *testing.T) {
	s, h, notes := game(t, nil, true)
	seats := []record.Entry{
		{Type: "seat", Turn: 1, Side: "red", Player: "orders:mini_orders.toml"},
		{Type: "seat", Turn: 3, Side: "red", Player: record.Person},
		{Type: "seat", Turn: 4, Side: "red", Player: "greedy"},
	}
	h.Policies = []string{"blue=people at the table", "red=greedy"}
	const red = "orders:mini_orders.toml, weeks 1–2; team, week 3; greedy, week 4"
	r, err := Build(s, h, slices.Concat(notes, seats))
	if err != nil {
		t.Fatal(err)
	}
	if got := players(r); got != "people at the table | "+red {
		t.Errorf("the sides are played by %q, want blue's whole game and red's weeks", got)
	}
	if len(r.Notes) != len(notes) {
		t.Errorf("the report has %d observer notes, want %d: the seat entries are none", len(r.Notes), len(notes))
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "aar-"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(hb.String(), "<td>"+red+"</td>") || !strings.Contains(mb.String(), "| **Red** | "+strings.ReplaceAll(red, "_", `\_`)+" |") {
		t.Errorf("a rendering does not name red's players %q", red)
	}

	answers := slices.Concat(notes, seats)
	if own, err := BuildAs(s, s.Sc.Side("red"), h, answers); err != nil || players(own) != red {
		t.Errorf("red's own report: players %q (%v), want %q", players(own), err, red)
	}
	blue, err := BuildAs(s, s.Sc.Side("blue"), h, answers)
	if err != nil {
		t.Fatal(err)
	}
	var bb bytes.Buffer
	if err := blue.HTML(&bb); err != nil {
		t.Fatal(err)
	}
	if players(blue) != "people at the table" || strings.Contains(bb.String(), "mini_orders") || strings.Contains(bb.String(), "team, week 3") {
		t.Errorf("blue's own report names red's players (blue's: %q)", players(blue))
	}

	for _, c := range []struct {
		pols []string
		want string
	}{
		{[]string{"blue=people at the table", "red=greedy"}, "people at the table | greedy"},
		{[]string{"red=orders:mini_orders.toml"}, "not recorded | orders:mini_orders.toml"},
	} {
		h.Policies = c.pols
		r, err := Build(s, h, notes)
		if err != nil {
			t.Fatal(err)
		}
		if got := players(r); got != c.want {
			t.Errorf("no seat entries, policies %q: the sides are played by %q, want %q", c.pols, got, c.want)
		}
	}
}

// players lists the report's sides' players, "|" between them.
func players(r *Report) string {
	if r == nil {
		return ""
	}
	var ps []string
	for _, sd := range r.Sides {
		ps = append(ps, sd.Player)
	}
	return strings.Join(ps, " | ")
}
