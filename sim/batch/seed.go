package batch

import "math/bits"

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
// not divide evenly. n 0 (or less) is the whole batch. It is exact for every runs from 0 and i
// from 0 to n-1 (runs·i is taken in 128 bits: in an int it overflowed near 2^63 games, and shard
// 1/2 of math.MaxInt games ran from 2^62 to -2); outside that it returns the empty range 0, 0.
func Range(runs, i, n int) (lo, hi int) {
	switch {
	case n <= 0:
		return 0, max(runs, 0)
	case runs < 0 || i < 0 || i >= n:
		return 0, 0
	}
	return part(runs, i, n), part(runs, i+1, n)
}

// part returns ⌊runs·k/n⌋ for 0 ≤ k ≤ n, n > 0 and runs ≥ 0, computed in 128 bits: the quotient
// is at most runs, so it fits, and the high word of the product is below n, as Div64 requires.
func part(runs, k, n int) int {
	h, l := bits.Mul64(uint64(runs), uint64(k))
	q, _ := bits.Div64(h, l, uint64(n))
	return int(q)
}
