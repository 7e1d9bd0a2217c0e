package batch

import "ttx/sim"

// Row is the result of one game of a batch: what the per-game rows file holds, and all the
// summary is computed from.
type Row struct {
	Game    int       // index of the game in the batch, from 0
	Seed    uint64    // the game's seed (GameSeed of the base seed and Game)
	Turns   int       // turns played
	Outcome string    // how the game ended; "" when it was stopped unfinished
	Scores  []float64 // per side, at the end
	Tracks  []int64   // per actor and track (actor*tracks + track), at the end
	Fired   []int     // per inject: the turn it fired, 0 if it never did
	Votes   []int     // per resolution: its final status (sim.Draft, Tabled, Passed, Failed)
}

// RowOf returns the row of game g, played with seed, that ended in state s.
func RowOf(g int, seed uint64, s *sim.State) Row {
	r := Row{Game: g, Seed: seed, Turns: s.Turn - 1, Outcome: s.Outcome,
		Scores: append([]float64(nil), s.Scores...),
		Tracks: append([]int64(nil), s.Tracks...),
		Fired:  append([]int(nil), s.Fired...),
		Votes:  make([]int, len(s.Res))}
	if s.Over {
		r.Turns = s.Turn
	}
	for i := range s.Res {
		r.Votes[i] = s.Res[i].Status
	}
	return r
}
