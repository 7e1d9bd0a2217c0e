package ui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"ttx/sim/load"
	"ttx/sim/report"
)

// TestSeatWithoutObjectivesSeesAScoredGame: a served scored game in which red has no
// objective of its own (mini.toml without red's). Red's seat is sent only its own objectives,
// none, yet it is told the game keeps a score: its briefing says it has no objectives of its
// own, and its review is a scored game's (its score, its objectives: none), holding nothing of
// blue's objectives.
func TestSeatWithoutObjectivesSeesAScoredGame(t *testing.T) {
	data, err := os.ReadFile("../sim/testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	redObjective := "[[side.objective]]\nid = \"fund\"\ntext = \"Cash out\"\nscore = \"actor.red_state.wmd / 10\"\n"
	if !strings.Contains(string(data), redObjective) {
		t.Fatal("mini.toml's red objective has changed: the test needs it")
	}
	sc, err := load.Load("mini.toml", []byte(strings.Replace(string(data), redObjective, "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	red := sc.Side("red")
	links := serveSaved(t, sc, nil, "")
	team, err := joinSeat(t, links["red"])
	if err != nil {
		t.Fatal(err)
	}
	seat := team.Scenario()
	if !seat.Scored() {
		t.Fatal("red's seat takes the scored game for a discussion exercise")
	}
	a := NewRemoteApp(team)
	if text := newBriefing(a, red).Text(); !strings.Contains(text, report.NoObjectives) {
		t.Errorf("red's briefing does not say it has no objectives of its own:\n%s", text)
	}
	if newTurn(a, red).tab != "orders" {
		t.Error("red's turn opens on the discussion, as a discussion exercise's does")
	}
	rep, err := seatReport(seat, team, red)
	if err != nil {
		t.Fatal(err)
	}
	md := reviewMarkdown(rep, nil)
	charted := slices.ContainsFunc(rep.Charts, func(c report.Chart) bool { return c.ID == "scores" })
	if !rep.Scored || !charted || !strings.Contains(md, "none: it scores nothing") {
		t.Error("red's review is not a scored game's, with its score and no objectives of its own")
	}
	if strings.Contains(md, "Expose the groups") {
		t.Error("red's review holds blue's objective")
	}
}
