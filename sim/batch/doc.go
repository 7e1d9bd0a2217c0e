// Package batch plays many games of one scenario and summarises them, and forecasts the rest
// of a game from any state by rollouts.
//
// It is pure like the engine: no files, no clocks, no global randomness. Games run on worker
// goroutines, but each game's seed is derived only from the base seed and the game's index
// (GameSeed), each game's policies are built afresh from that seed, and results are merged in
// game-index order, so a batch gives the same rows and the same summary for any number of
// workers. A batch can be split into shards (contiguous ranges of game indices, see Range);
// the rows of all shards, merged in game order, are the rows of one run, and so is the summary.
package batch
