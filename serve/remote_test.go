package serve

import (
	"context"
	"testing"
	"time"

	"ttx/sim"
)

// waitFor polls cond until it holds or the test's time is up.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// inFlight reports under r's lock whether a draft or submit of r is on its way.
func inFlight(r *Remote) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.drafting()
}

// TestRemoteTeamAndWhiteCell drives a team and the white cell through Remote, as the window
// does: the team drafts and submits an order, the turn resolves, the team's views grow by the
// turn's step; the white cell fires an inject, overrides a track and undoes; a refusal is told.
func TestRemoteTeamAndWhiteCell(t *testing.T) {
	sc := library(t, "campaign.toml")
	pols := map[string]string{}
	for _, d := range sc.Sides[1:] {
		pols[d.ID] = "random"
	}
	s := serveGame(t, Config{Scenario: sc, Seed: 5, Policies: pols})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	team, err := JoinRemote(ctx, s.links[sc.Sides[0].ID])
	if err != nil {
		t.Fatal(err)
	}
	defer team.Close()
	white, err := JoinRemote(ctx, s.links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()

	if got := team.Seat(); got.Role != RoleTeam || team.Side() != 0 {
		t.Fatalf("team seat = %+v side %d", got, team.Side())
	}
	if white.Side() != sim.Facilitator {
		t.Fatalf("white side = %d", white.Side())
	}
	tsc := team.Scenario()
	if tsc.Sides[1].Briefing != "" || tsc.Sides[0].Briefing == "" {
		t.Fatalf("the team's scenario has another side's briefing, or not its own")
	}
	if p := team.People(); len(p) != 1 || p[0] != 0 {
		t.Fatalf("People = %v, want [0]", p)
	}
	legal := team.Legal(0)
	if len(legal) == 0 {
		t.Fatal("no legal orders")
	}
	team.Add(0, legal[0].Order)
	waitFor(t, "the draft's ack", func() bool { return !inFlight(team) })
	if d := team.Drafts(0); len(d) != 1 || d[0].Move != legal[0].Move {
		t.Fatalf("drafts = %+v", d)
	}
	// An order of another side is refused, and the drafts go back to the server's.
	bad := sim.Order{Actor: sc.Actors[sc.Sides[1].Actors[0]].ID, Move: legal[0].Move}
	team.Add(0, bad)
	waitFor(t, "the refusal", func() bool { return team.Problem() != "" })
	if d := team.Drafts(0); len(d) != 1 {
		t.Fatalf("drafts after a refusal = %+v", d)
	}
	rev := team.Revision()
	team.Submit(0)
	if !team.Submitted(0) {
		t.Fatal("not submitted at once")
	}
	waitFor(t, "the turn to resolve", func() bool { return team.View(0).Turn == 2 })
	if team.Revision() == rev {
		t.Fatal("revision unchanged")
	}
	vs := team.Views(0)
	if len(vs) != 2 || vs[1].Step.Kind != sim.StepTurn {
		t.Fatalf("views: %d, last step %+v", len(vs), vs[len(vs)-1].Step)
	}
	if team.Submitted(0) || len(team.Drafts(0)) != 0 {
		t.Fatal("submitted or drafts carried into the next turn")
	}
	mine := 0
	for _, r := range vs[1].Results {
		if r.Order.Actor == legal[0].Actor {
			mine++
		}
	}
	if mine != 1 {
		t.Fatalf("results of the team's order: %d, want 1 (%+v)", mine, vs[1].Results)
	}

	// The white cell: fire, override, undo, a note.
	in := -1
	for i := range sc.Injects {
		if white.View(sim.Facilitator).Fired[i] == 0 {
			in = i
			break
		}
	}
	if in >= 0 {
		white.Fire(in)
		waitFor(t, "the inject", func() bool { return white.View(sim.Facilitator).Fired[in] != 0 })
		if f := white.FiredInjects(); len(f) == 0 || f[0] != in {
			t.Fatalf("FiredInjects = %v, want %d first", f, in)
		}
	}
	n := len(white.Views(sim.Facilitator)) // before the override is sent, which may land at once
	white.Override(0, 0, 3)
	waitFor(t, "the override", func() bool { return len(white.Views(sim.Facilitator)) == n+1 })
	if err := white.Undo(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the undo", func() bool { return len(white.Views(sim.Facilitator)) == n })
	white.AddNote("well argued", -1)
	waitFor(t, "the note", func() bool { return len(white.NoteList()) == 1 })
	team.ResolveTurn() // a team may not: refused
	waitFor(t, "the team's refusal", func() bool { return team.Problem() == "Refused: only the white cell may do this" })
	if team.View(0).Turn != 2 {
		t.Fatal("a team's resolve changed the turn")
	}
	// The same refusal again reads as the last: Problems counts it, for a window to say again.
	told := team.Problems()
	team.ResolveTurn()
	waitFor(t, "the team's second refusal", func() bool { return team.Problems() == told+1 })
	if p := team.Problem(); p != "Refused: only the white cell may do this" {
		t.Errorf("the second refusal reads %q", p)
	}
}

// TestRemoteRejoins: when the connection drops, Remote joins again with its link and is whole.
func TestRemoteRejoins(t *testing.T) {
	sc := library(t, "campaign.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := JoinRemote(ctx, s.links[sc.Sides[0].ID])
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.Add(0, r.Legal(0)[0].Order)
	waitFor(t, "the draft's ack", func() bool { return !inFlight(r) })
	r.mu.Lock()
	r.c.Drop()
	r.mu.Unlock()
	waitFor(t, "the drop to be seen", func() bool { return !r.Online() })
	waitFor(t, "the rejoin", func() bool { return r.Online() && r.Problem() == "" })
	// The welcome comes first, the seat's snapshot with its drafts right after it.
	waitFor(t, "the drafts back after rejoining", func() bool { return len(r.Drafts(0)) == 1 })
}
