package batch

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// TestRangeNearMaxInt: Range is exact for batches of any size, near 2^63 games too, where
// runs·i overflowed an int: shard 1/2 of math.MaxInt games ran from 2^62-1 to -2, and ttx batch
// --runs 9223372036854775807 --shard 1/2 played no game and wrote a rows file that no merge
// could complete. Each bound is checked against ⌊runs·i/n⌋ in big integers, and neighbouring
// shards meet.
func TestRangeNearMaxInt(t *testing.T) {
	want := func(runs, k, n int) int {
		var p big.Int
		p.Mul(big.NewInt(int64(runs)), big.NewInt(int64(k)))
		return int(p.Quo(&p, big.NewInt(int64(n))).Int64())
	}
	for _, runs := range []int{0, 1, 10, math.MaxInt32, 1 << 62, math.MaxInt - 1, math.MaxInt} {
		for _, n := range []int{1, 2, 3, 7, 1 << 40, math.MaxInt - 1, math.MaxInt} {
			prev, prevHi := -1, 0 // the shard checked before, and where it ends
			for _, i := range []int{0, 1, 2, n / 2, n/2 + 1, n - 2, n - 1} {
				if i <= prev || i >= n {
					continue
				}
				lo, hi := Range(runs, i, n)
				if wl, wh := want(runs, i, n), want(runs, i+1, n); lo != wl || hi != wh {
					t.Errorf("Range(%d, %d, %d) = %d, %d; want %d, %d", runs, i, n, lo, hi, wl, wh)
				}
				if lo > hi || i == 0 && lo != 0 || i == n-1 && hi != runs {
					t.Errorf("Range(%d, %d, %d) = %d, %d: not a part of [0, %d)", runs, i, n, lo, hi, runs)
				}
				if i == prev+1 && lo != prevHi || lo < prevHi {
					t.Errorf("Range(%d, %d, %d) starts at %d; shard %d ends at %d", runs, i, n, lo, prev, prevHi)
				}
				prev, prevHi = i, hi
			}
		}
	}
	if lo, hi := Range(math.MaxInt, 1, 2); lo != 1<<62-1 || hi != math.MaxInt {
		t.Errorf("Range(MaxInt, 1, 2) = %d, %d; want %d, %d", lo, hi, 1<<62-1, math.MaxInt)
	}
	// What it cannot split is an empty range, never a panic or a range outside the batch.
	for _, c := range [][3]int{{10, -1, 3}, {10, 3, 3}, {-5, 0, 2}, {10, math.MaxInt, 2}} {
		if lo, hi := Range(c[0], c[1], c[2]); lo != 0 || hi != 0 {
			t.Errorf("Range(%d, %d, %d) = %d, %d; want 0, 0", c[0], c[1], c[2], lo, hi)
		}
	}
}

// TestReadHeaderRefusesShardOutside: a rows file whose header names a shard outside its batch
// (shard 4 of 3) or runs below 0 is refused at its first line, rather than read as games that
// Range cannot place.
func TestReadHeaderRefusesShardOutside(t *testing.T) {
	sp := Spec{Scenario: mini(t), Seed: 4, Runs: 30, Shard: 1, Shards: 3, Workers: 1}
	rows, _ := runText(t, sp, false)
	for _, c := range []struct{ from, to, want string }{
		{`"shard":1,"shards":3`, `"shard":4,"shards":3`, "1: shard 4/3: want i/n with 0 <= i < n"},
		{`"shard":1,"shards":3`, `"shard":1`, "1: shard 1/0: want i/n with 0 <= i < n"},
		{`"runs":30`, `"runs":-30`, "1: runs -30: want 0 or more"},
	} {
		edited := strings.Replace(rows, c.from, c.to, 1)
		if edited == rows {
			t.Fatalf("%s is not in the header: %.300s", c.from, rows)
		}
		if _, _, err := ReadHeader(strings.NewReader(edited)); err == nil || !strings.HasSuffix(err.Error(), c.want) {
			t.Errorf("ReadHeader with %s = %v, want %q", c.to, err, c.want)
		}
	}
	if _, _, err := ReadHeader(strings.NewReader(rows)); err != nil {
		t.Errorf("ReadHeader of the shard as written: %v", err)
	}
}
