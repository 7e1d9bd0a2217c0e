package batch

import (
	"context"
	"testing"

	"ttx/sim"
)

// TestWorkersBeyondGames: a batch given far more workers than games plays its games as one
// worker a game does. Each worker, and the window of games in flight that widens with them,
// used to be allocated whatever the games: --workers 1000000 for ten games took 12 GB and two
// minutes, and 1<<40 workers cannot be allocated at all (the slice's length is out of range).
func TestWorkersBeyondGames(t *testing.T) {
	sc := library(t)[0]
	sp := Spec{Scenario: sc, Seed: 3, Runs: 4, Workers: 4}
	wantRows, wantSum := runToText(t, sp, true)
	sp.Workers = 1 << 40
	rows, sum := runToText(t, sp, true)
	if rows != wantRows || sum != wantSum {
		t.Errorf("%s: 1<<40 workers give other rows or summary than 4:\n%s\nwant\n%s", sc.ID, sum, wantSum)
	}
	f := Forecast{Side: sim.Facilitator, Runs: 3, Seed: 1, Workers: 1 << 40}
	if _, err := f.Run(context.Background(), sim.New(sc, 1)); err != nil {
		t.Errorf("a forecast of 3 rollouts on 1<<40 workers: %v", err)
	}
}
