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
	var r Row
	rowInto(&r, g, seed, s)
	return r
}

// rowInto makes r the row of game g, played with seed, that ended in state s, reusing r's
// storage.
func rowInto(r *Row, g int, seed uint64, s *sim.State) {
	r.Game, r.Seed, r.Turns, r.Outcome = g, seed, s.Turn-1, s.Outcome
	if s.Over {
		r.Turns = s.Turn
	}
	r.Scores = append(r.Scores[:0], s.Scores...)
	r.Tracks = s.AllTracks(r.Tracks[:0])
	r.Fired = append(r.Fired[:0], s.Fired...)
	r.Votes = r.Votes[:0]
	for i := range s.Res {
		r.Votes = append(r.Votes, s.Res[i].Status)
	}
}
