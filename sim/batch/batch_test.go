package batch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"reflect"
	"sync/atomic"
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// runText plays a batch and returns its rows as JSON Lines and its summary as text.
func runText(t *testing.T, sp Spec, csv bool) (string, string) {
	t.Helper()
	var rows, sum bytes.Buffer
	w, err := NewWriter(&rows, sp.Scenario, NewHeader(sp, nil), csv)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Run(context.Background(), sp, w.Write)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	s.Write(&sum)
	return rows.String(), sum.String()
}

// runToText is runText with the rows formatted by the workers (RunTo).
func runToText(t *testing.T, sp Spec, csv bool) (string, string) {
	t.Helper()
	var rows, sum bytes.Buffer
	w, err := NewWriter(&rows, sp.Scenario, NewHeader(sp, nil), csv)
	if err != nil {
		t.Fatal(err)
	}
	s, err := RunTo(context.Background(), sp, w)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	s.Write(&sum)
	return rows.String(), sum.String()
}

// TestRunIsTheSameForAnyWorkers: the rows files (CSV and JSON Lines, written row by row or
// formatted by the workers) and the summary are the same, byte for byte, for any number of
// workers, and the same as a batch with no rows.
func TestRunIsTheSameForAnyWorkers(t *testing.T) {
	for _, sc := range library(t) {
		for _, csv := range []bool{false, true} {
			sp := Spec{Scenario: sc, Seed: 9, Runs: 60, Workers: 1}
			rows1, sum1 := runText(t, sp, csv)
			for _, w := range []int{1, 2, 3, 7} {
				sp.Workers = w
				for name, run := range map[string]func(*testing.T, Spec, bool) (string, string){"Run": runText, "RunTo": runToText} {
					rows, sum := run(t, sp, csv)
					if rows != rows1 || sum != sum1 {
						t.Errorf("%s: %s on %d workers (csv %v) gives other rows or summary than Run on one:\n%s\nwant\n%s", sc.ID, name, w, csv, sum, sum1)
					}
				}
				var bare bytes.Buffer
				s, err := Run(context.Background(), sp, nil)
				if err != nil {
					t.Fatal(err)
				}
				s.Write(&bare)
				if bare.String() != sum1 {
					t.Errorf("%s: a batch with no rows on %d workers sums up otherwise:\n%s\nwant\n%s", sc.ID, w, bare.String(), sum1)
				}
			}
		}
	}
}

// TestShardsMergeToOneRun splits a batch in three shards, reads their rows files back and
// merges them: the rows and the summary are those of one run.
func TestShardsMergeToOneRun(t *testing.T) {
	sc := library(t)[len(library(t))-1]
	for _, csv := range []bool{false, true} {
		sp := Spec{Scenario: sc, Seed: 4, Runs: 50, Workers: 2}
		wantRows, wantSum := runText(t, sp, csv)
		whole := NewSummary(sc)
		var rows []Row
		for i := range 3 {
			sp.Shard, sp.Shards = i, 3
			text, _ := runText(t, sp, csv)
			h, rd, err := ReadHeader(bytes.NewReader([]byte(text)))
			if err != nil {
				t.Fatal(err)
			}
			if lo, hi := h.Games(); lo != 50*i/3 || hi != 50*(i+1)/3 {
				t.Fatalf("shard %d holds games %d..%d", i, lo, hi)
			}
			part := NewSummary(sc)
			for {
				r, err := rd.Read(sc)
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("csv %v shard %d: %v", csv, i, err)
				}
				rows = append(rows, r)
				part.Add(&r)
			}
			whole.Merge(part)
		}
		var merged, sum bytes.Buffer
		sp.Shard, sp.Shards = 0, 0
		w, _ := NewWriter(&merged, sc, NewHeader(sp, nil), csv)
		for i := range rows {
			w.Write(&rows[i])
		}
		w.Close()
		whole.Write(&sum)
		if merged.String() != wantRows {
			t.Errorf("csv %v: merged rows differ from one run's", csv)
		}
		if sum.String() != wantSum {
			t.Errorf("csv %v: merged summary\n%s\nwant\n%s", csv, sum.String(), wantSum)
		}
	}
}

// TestGameIsRandomPlay checks the batch's game g against a game played the ordinary way: every
// side's Random policy reading its view, with the game's seed.
func TestGameIsRandomPlay(t *testing.T) {
	for _, sc := range library(t) {
		var rows []Row
		if _, err := Run(context.Background(), Spec{Scenario: sc, Seed: 3, Runs: 20, Workers: 2},
			func(r *Row) error { rows = append(rows, *r); return nil }); err != nil {
			t.Fatal(err)
		}
		for g, r := range rows {
			seed := GameSeed(3, g)
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: seed}
			}
			s := policy.Play(sim.New(sc, seed), pols, 0, nil)
			want := RowOf(g, seed, s)
			if r.Seed != seed || r.Outcome != want.Outcome || r.Turns != want.Turns ||
				!equal(r.Tracks, want.Tracks) || !equal(r.Scores, want.Scores) || !equal(r.Fired, want.Fired) {
				t.Fatalf("%s game %d: batch row %+v, played %+v", sc.ID, g, r, want)
			}
		}
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWilson(t *testing.T) {
	for _, c := range []struct {
		k, n   int
		lo, hi float64
	}{
		{0, 10, 0, 0.2775},
		{5, 10, 0.2366, 0.7634},
		{10, 10, 0.7225, 1},
		{81, 263, 0.2553, 0.3662},
		{0, 0, 0, 1},
	} {
		lo, hi := Wilson(c.k, c.n, 1.96)
		if math.Abs(lo-c.lo) > 1e-4 || math.Abs(hi-c.hi) > 1e-4 {
			t.Errorf("Wilson(%d, %d) = [%.4f, %.4f], want [%.4f, %.4f]", c.k, c.n, lo, hi, c.lo, c.hi)
		}
	}
}

func TestDistIsOrderFree(t *testing.T) {
	vals := []float64{3, 1, 2, 2, 10, -1, 2.5, 1}
	var a, b, c Dist
	for i, v := range vals {
		a.Add(v)
		b.Add(vals[len(vals)-1-i])
		if i%2 == 0 {
			c.Add(v)
		}
	}
	var d Dist
	for i, v := range vals {
		if i%2 == 1 {
			d.Add(v)
		}
	}
	c.Merge(&d)
	for _, x := range []*Dist{&b, &c} {
		if x.Mean() != a.Mean() || x.SD() != a.SD() || x.Quantile(0.5) != a.Quantile(0.5) || x.N != a.N {
			t.Errorf("dist %v, want %v", *x, a)
		}
	}
	if a.Min() != -1 || a.Max() != 10 || a.Quantile(0.5) != 2 || a.Quantile(0.9) != 10 || a.Mean() != 20.5/8 {
		t.Errorf("min %v max %v median %v p90 %v mean %v", a.Min(), a.Max(), a.Quantile(0.5), a.Quantile(0.9), a.Mean())
	}
}

// TestSummaryCountsTracks: a summary counts each value of a track an actor has as a Dist given
// them one by one does, whether the track stays at one value (counted without a search) or
// takes others after it, before it or between them; a track the actor's kind lacks, which a
// rows file has no column for, counts no game, whatever the row holds there.
func TestSummaryCountsTracks(t *testing.T) {
	sc := mini(t)
	s := NewSummary(sc)
	want := make([]Dist, len(s.Tracks))
	row := RowOf(0, 1, sim.New(sc, 1))
	seqs := [][]int64{{5, 5, 3, 5, 7, 3, 5}, {2, 2, 2, 2, 2, 2, 2}, {9, 1, 1, 1, 9, 9, 0}}
	lacking := 0
	for g := range seqs[0] {
		for k := range row.Tracks {
			row.Tracks[k] = seqs[k%len(seqs)][g] + int64(k)
			if sc.HasTrack(k/sc.NT(), k%sc.NT()) {
				want[k].Add(float64(row.Tracks[k]))
			} else if g == 0 {
				lacking++
			}
		}
		if err := s.Add(&row); err != nil {
			t.Fatal(err)
		}
	}
	if lacking == 0 {
		t.Fatal("mini has no track an actor's kind lacks")
	}
	for k := range want {
		if !reflect.DeepEqual(s.Tracks[k], want[k]) {
			t.Fatalf("track %d: summary counts %+v, want %+v", k, s.Tracks[k], want[k])
		}
	}
}

// TestForecastSeesOnlyItsSide changes a hidden truth: a side's forecast, made from its view,
// does not move; the facilitator's does.
func TestForecastSeesOnlyItsSide(t *testing.T) {
	sc := mini(t)
	s := sim.New(sc, 11)
	flipped := *s
	flipped.Truth = []bool{!s.Truth[0]}
	red, blue := sc.Side("red"), sc.Side("blue")
	text := func(st *sim.State, side int) string {
		f := Forecast{Side: side, Runs: 300, Seed: 2, Workers: 2}
		sum, err := f.Run(context.Background(), st)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		sum.Write(&b)
		return b.String()
	}
	if a, b := text(s, blue), text(&flipped, blue); a != b {
		t.Errorf("blue's forecast depends on a truth it cannot see:\n%s\n%s", a, b)
	}
	if a, b := text(s, sim.Facilitator), text(&flipped, sim.Facilitator); a == b {
		t.Errorf("the facilitator's forecast does not depend on the truth (red is %d)", red)
	}
}

func TestForecastStopsWhenCancelled(t *testing.T) {
	sc := library(t)[len(library(t))-1]
	ctx, cancel := context.WithCancel(context.Background())
	f := Forecast{Side: sim.Facilitator, Runs: 1 << 30, Seed: 1, Workers: 2}
	var n atomic.Int64
	f.Policies = func(seed uint64) []policy.Policy {
		if n.Add(1) == 50 {
			cancel()
		}
		return nil
	}
	sum, err := f.Run(ctx, sim.New(sc, 1))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	// Games already played may or may not be counted when the cancellation is seen first; no
	// more than the cancelled one and those in flight can be.
	if sum.Games > 50+64*2 {
		t.Errorf("counted %d games before stopping", sum.Games)
	}
}

// TestSummaryWritesShortNames: a summary whose names are all shorter than its headings (no
// games: no track moved) still lines up.
func TestSummaryWritesShortNames(t *testing.T) {
	sc := mini(t)
	sum, err := Run(context.Background(), Spec{Scenario: sc, Seed: 1, Runs: 0, Workers: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := sum.Write(&b); err != nil || !bytes.Contains(b.Bytes(), []byte("tracks that moved")) {
		t.Errorf("Write = %v:\n%s", err, b.String())
	}
}
