package batch

// GameSeed returns the seed of game g of a batch with base seed base. It depends on nothing
// else, so game g plays the same whichever worker or shard plays it.
func GameSeed(base uint64, g int) uint64 {
	return mix(mix(base^0x62617463685f6731) ^ uint64(g)*0x9e3779b97f4a7c15)
}

// mix is the splitmix64 finaliser.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Range returns the game indices [lo, hi) of shard i of n of a batch of runs games: contiguous
// ranges that together cover every game once, the first shards one game larger when runs does
// not divide evenly.
func Range(runs, i, n int) (lo, hi int) {
	if n <= 0 {
		return 0, runs
	}
	return runs * i / n, runs * (i + 1) / n
}
