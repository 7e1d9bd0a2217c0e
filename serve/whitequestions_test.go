package serve

import (
	"context"
	"slices"
	"testing"
	"time"

	"ttx/session"
)

// TestQuestionsToTheWhiteCell: the white cell and the observers of its view are sent every key
// question put to a table this turn, with its text (their copy of the scenario has none of the
// scenario's own questions) and the tables it is put to, so that their window can name the
// question a table answers: in round 1 both tables are asked lead and the inject's two, in
// round 2 the port alone is asked public. A team's seat and the observers of its view are sent
// their own questions, and never whom else a question is put to.
func TestQuestionsToTheWhiteCell(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	port, water := sc.Side("port"), sc.Side("water")
	ids := func(qs []session.Question) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.ID)
		}
		return out
	}
	var seats []*Remote
	for _, name := range []string{"white", "observer"} {
		r, err := JoinRemote(ctx, s.links[name])
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		seats = append(seats, r)
	}
	round1 := []string{"lead", "ransom_note#1", "ransom_note#2"}
	for i, r := range seats {
		for _, sd := range []int{port, water} {
			if got := ids(r.Questions(sd)); !slices.Equal(got, round1) {
				t.Errorf("seat %d: round 1's questions to %s = %v, want %v", i, sc.Sides[sd].ID, got, round1)
			}
		}
		if qs := r.Questions(port); len(qs) > 0 && qs[0].Text != sc.QuestionText("lead") {
			t.Errorf("seat %d: lead reads %q, want the scenario's text", i, qs[0].Text)
		}
	}

	var teams []*Client
	for _, name := range []string{"water", "observer-water", "port"} {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		teams = append(teams, c)
	}
	if err := seats[0].ResolveTurn(); err != nil {
		t.Fatal(err)
	}
	for i, r := range seats {
		waitFor(t, "round 2's questions", func() bool { return len(r.Questions(port)) == 1 })
		if got := r.Questions(port); got[0].ID != "public" || got[0].Text != sc.QuestionText("public") {
			t.Errorf("seat %d: round 2's questions to the port = %+v, want public", i, got)
		}
		if got := r.Questions(water); len(got) != 0 {
			t.Errorf("seat %d: round 2's questions to the water utility = %+v, want none", i, got)
		}
	}
	for i, c := range teams {
		for {
			m := until(t, ctx, c, isSnap)
			for _, q := range m.Questions {
				if q.To != nil {
					t.Errorf("team seat %d is told whom %s is put to: %v", i, q.ID, q.To)
				}
				if i < 2 && q.ID == "public" {
					t.Errorf("the water utility's seat %d is sent the port's question public", i)
				}
			}
			if m.View.Turn == 2 {
				break
			}
		}
	}
}
