package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"ttx/sim"
)

// Shards are the rows files of one batch split into shards, checked to fit together: each
// unedited (Verify), all of one batch, and together holding every game of it exactly once.
// Merge reads their rows back, in game order, as one run of the whole batch would give them.
type Shards struct {
	// Header is the whole batch's: the first file's, with no shard.
	Header Header
	parts  []shard // in game order
	open   func(name string) (io.ReadCloser, error)
}

// shard is one rows file: its name and the games it holds, lo..hi-1.
type shard struct {
	name   string
	seed   uint64
	lo, hi int
}

// OpenShards verifies the rows files named, in any order, and checks that they are shards of
// one batch that cover every game once. open opens a file by its name, which errors name.
func OpenShards(names []string, open func(name string) (io.ReadCloser, error)) (*Shards, error) {
	ss := &Shards{open: open}
	var first Header
	for k, name := range names {
		f, err := open(name)
		if err != nil {
			return nil, err
		}
		h, err := Verify(f)
		f.Close()
		if err != nil {
			return nil, inFile(name, err)
		}
		if k == 0 {
			first = h
		} else if why := first.Same(h); why != "" {
			return nil, fmt.Errorf("%s and %s are not of one batch: %s", names[0], name, why)
		}
		lo, hi := h.Games()
		ss.parts = append(ss.parts, shard{name: name, seed: h.Seed, lo: lo, hi: hi})
	}
	if len(ss.parts) == 0 {
		return nil, errors.New("no rows files")
	}
	slices.SortStableFunc(ss.parts, func(a, b shard) int { return a.lo - b.lo })
	at := 0
	for _, p := range ss.parts {
		switch {
		case p.lo > at:
			return nil, fmt.Errorf("games %d..%d are in no file", at, p.lo-1)
		case p.lo < at:
			return nil, fmt.Errorf("%s repeats games from %d", p.name, p.lo)
		}
		at = p.hi
	}
	if at != first.Runs {
		return nil, fmt.Errorf("games %d..%d are in no file", at, first.Runs-1)
	}
	ss.Header = first
	ss.Header.Shard, ss.Header.Shards = 0, 0
	return ss, nil
}

// Merge adds every row of the shards, in game order, to sum and, unless w is nil, writes it
// to w. Each shard must hold its games in order, each with the seed derived from the base
// seed, and no more or fewer than its share. sc must be the batch's scenario (Header.Check).
// When ctx is cancelled it stops, with ctx's error.
func (ss *Shards) Merge(ctx context.Context, sc *sim.Scenario, sum *Summary, w *Writer) error {
	for _, p := range ss.parts {
		if err := ss.mergeOne(ctx, p, sc, sum, w); err != nil {
			return err
		}
	}
	return nil
}

// mergeOne is Merge for one shard.
func (ss *Shards) mergeOne(ctx context.Context, p shard, sc *sim.Scenario, sum *Summary, w *Writer) error {
	f, err := ss.open(p.name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, rd, err := ReadHeader(f)
	if err != nil {
		return inFile(p.name, err)
	}
	for g := p.lo; ; g++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := rd.Read(sc)
		if err == io.EOF {
			if g != p.hi {
				return fmt.Errorf("%s: ends after game %d, its shard runs to %d (was the batch stopped?)", p.name, g-1, p.hi-1)
			}
			return nil
		}
		if err != nil {
			return inFile(p.name, err)
		}
		if r.Game != g || g >= p.hi {
			return fmt.Errorf("%s: game %d where game %d was due", p.name, r.Game, g)
		}
		if r.Seed != GameSeed(p.seed, g) {
			return fmt.Errorf("%s: game %d has seed %d, not the one derived from base seed %d", p.name, g, r.Seed, p.seed)
		}
		if err := sum.Add(&r); err != nil {
			return fmt.Errorf("%s: %v", p.name, err)
		}
		if w != nil {
			if err := w.Write(&r); err != nil {
				return err
			}
		}
	}
}

// inFile names the rows file of an error: FILE:LINE: for an error at a line, else FILE:.
func inFile(name string, err error) error {
	var be *Error
	if errors.As(err, &be) {
		be.File = name
		return be
	}
	return fmt.Errorf("%s: %v", name, err)
}
