package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"ttx/sim"
)

// waitFor polls cond until it holds, failing the test after ten seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("waited ten seconds for %s", what)
		}
	}
}

// TestSeatReviewNamesItsPlayers: a served game whose blue is played by random for month 1, by
// its team for month 2 and by random again after, the other sides by greedy throughout. Blue's
// window's review names blue's players with their months, as the server's report for blue
// does, and nothing of the others' (its seat is not told them); the white cell's names every
// side's. Both said "not recorded": the window
// made its review from the views alone, which do not say who played.
func TestSeatReviewNamesItsPlayers(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	blue := sc.Side("blue")
	pols := map[string]string{"blue": "random"}
	for _, d := range sc.Sides[1:] {
		pols[d.ID] = "greedy"
	}
	links := serveSaved(t, sc, pols, "")
	white, err := joinSeat(t, links["white"])
	if err != nil {
		t.Fatal(err)
	}
	team, err := joinSeat(t, links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	turn := func() int { return white.View(sim.Facilitator).Turn }
	resolve := func() {
		t.Helper()
		n := turn()
		white.ResolveTurn()
		waitFor(t, "the turn to resolve", func() bool { return turn() > n || white.View(sim.Facilitator).Over })
	}
	policyOf := func(seat string) string {
		for _, s := range white.Seats() {
			if s.Seat == seat {
				return s.Policy
			}
		}
		return "?"
	}

	resolve() // month 1: random
	white.SetSeat(blue, "person")
	waitFor(t, "blue handed to its team", func() bool { return policyOf("blue") == "" })
	team.Submit(blue) // month 2: the team
	waitFor(t, "month 2 to resolve", func() bool { return turn() == 3 || team.Problem() != "" })
	if p := team.Problem(); p != "" {
		t.Fatalf("blue's orders for month 2: %s", p)
	}
	white.SetSeat(blue, "random")
	waitFor(t, "blue handed to random", func() bool { return policyOf("blue") == "random" })
	for !white.View(sim.Facilitator).Over {
		resolve()
	}
	waitFor(t, "blue's window to see the end", func() bool { return team.View(blue).Over })
	waitFor(t, "the white cell's players of the last month", func() bool {
		st, _ := white.Played(blue)
		return len(st) == 3 && st[2].To == sc.Turns
	})
	waitFor(t, "blue's players of the last month", func() bool {
		st, _ := team.Played(blue)
		return len(st) == 3 && st[2].To == sc.Turns
	})

	blueRow := "random, month 1; team, month 2; random, months 3–" + itoa(sc.Turns)
	rep, err := seatReport(team.Scenario(), team, team.Side())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Sides) != 1 || rep.Sides[0].ID != "blue" {
		t.Errorf("blue's review has %d sides, want blue alone", len(rep.Sides))
	} else if rep.Sides[0].Player != blueRow {
		t.Errorf("blue's review: blue played by %q, want %q", rep.Sides[0].Player, blueRow)
	}
	var md bytes.Buffer
	if err := rep.Markdown(&md, "chart-"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "greedy") {
		t.Errorf("blue's review names red's player, greedy:\n%s", md.String())
	}
	for sd := range sc.Sides {
		if _, told := team.Played(sd); told != (sd == blue) {
			t.Errorf("blue's seat told who played %s: %v", sc.Sides[sd].ID, told)
		}
	}

	rep, err = seatReport(white.Scenario(), white, sim.Facilitator)
	if err != nil {
		t.Fatal(err)
	}
	for _, sd := range rep.Sides {
		want := pols[sd.ID]
		if sd.ID == "blue" {
			want = blueRow
		}
		if sd.Player != want {
			t.Errorf("the white cell's review: %s played by %q, want %q", sd.ID, sd.Player, want)
		}
	}
	if len(rep.Sides) != len(sc.Sides) {
		t.Errorf("the white cell's review has %d sides, want %d", len(rep.Sides), len(sc.Sides))
	}
}
