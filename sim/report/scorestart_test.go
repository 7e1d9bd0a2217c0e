package report

import (
	"slices"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/record"
)

// TestScoreChartStartsBeforeFirstInjects: the scores are charted and tabled, as the tracks are,
// from the scenario's start, before the injects of turn 1 (which fire in the game's first state
// and, in the campaign, expose the DPRK), in the facilitator's report; a side's handout starts
// from the first state it was shown.
func TestScoreChartStartsBeforeFirstInjects(t *testing.T) {
	sc, err := scenarios.Load("campaign")
	if err != nil {
		t.Fatal(err)
	}
	s := randomGame(sc, 3)
	first := s.History()[0]
	// The game as it would start without turn 1's injects: the scores a reader expects at the
	// start, from the scenario's values.
	quiet := *sc
	quiet.Injects = slices.Clone(sc.Injects)
	for i := range quiet.Injects {
		if quiet.Injects[i].Turn == 1 {
			quiet.Injects[i].Turn = sc.Turns + 1
		}
	}
	want := sim.New(&quiet, s.Seed).Scores
	if slices.Equal(want, first.Scores) {
		t.Fatalf("turn 1's injects change no score (%v): the test shows nothing", want)
	}
	h := record.NewHeader(sc, s.Seed, nil)
	r, err := Build(s, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := r.chart("scores")
	if c == nil || len(c.Series) != len(sc.Sides) {
		t.Fatal("no chart of every side's score")
	}
	for i, sr := range c.Series {
		if sr.Y[0] != want[i] {
			t.Errorf("%s's score is charted from %v, want %v (the first state's is %v)", sr.Name, sr.Y[0], want[i], first.Scores[i])
		}
		if row := r.Scores.Rows[slices.IndexFunc(r.Scores.Rows, func(w Row) bool { return w.Mark && w.Cells[0] == sr.Name })]; row.Cells[2] != num(want[i]) {
			t.Errorf("%s's score in the table starts at %s, want %s", sr.Name, row.Cells[2], num(want[i]))
		}
		if r.Sides[i].Start != want[i] {
			t.Errorf("%s's score at the start is %v in the sides, want %v", sr.Name, r.Sides[i].Start, want[i])
		}
	}
	for sd := range sc.Sides {
		hand, err := BuildAs(s, sd, h, nil)
		if err != nil {
			t.Fatal(err)
		}
		if y := hand.chart("scores").Series[0].Y[0]; y != first.Scores[sd] {
			t.Errorf("%s's handout charts its score from %v, want the first state's %v", sc.Sides[sd].Name, y, first.Scores[sd])
		}
	}
}
