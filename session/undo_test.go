package session

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"ttx/sim"
)

// TestUndoKeepsDrafts: undoing an inject or an override fired in the middle of a turn leaves
// the turn's drafts as they were (only the sides done are to confirm theirs anew); undoing a
// turn gives the person sides their orders of it back, and nothing else.
func TestUndoKeepsDrafts(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 8)
	blue, red := sc.Side("blue"), sc.Side("red")
	legal := func(sd int) sim.Order {
		t.Helper()
		v := s.View(sd)
		for _, a := range sc.Sides[sd].Actors {
			if ls := sim.LegalFor(v, a, nil); len(ls) > 0 {
				return ls[0]
			}
		}
		t.Fatalf("side %s has no legal order", sc.Sides[sd].ID)
		return sim.Order{}
	}
	ob, or := legal(blue), legal(red)
	s.Add(blue, ob)
	s.Add(red, or)
	s.Submit(red)
	drafts := func() [][]sim.Order {
		return [][]sim.Order{slices.Clone(s.Pending[blue]), slices.Clone(s.Pending[red])}
	}
	before := drafts()

	s.Override(0, 0, 3)
	s.Fire(0)
	for _, what := range []string{"the inject", "the override"} {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		if got := drafts(); !slices.EqualFunc(got, before, slices.Equal) {
			t.Fatalf("undoing %s: drafts %v, want %v as they were", what, got, before)
		}
		if s.Submitted(red) {
			t.Errorf("undoing %s: red is still done; it gave its orders after the step undone", what)
		}
		s.Submit(red)
	}
	if s.State.Prev != nil {
		t.Fatalf("two undos left the game at step %d, want its start", len(s.State.History())-1)
	}

	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if len(s.Pending[blue])+len(s.Pending[red]) != 0 {
		t.Fatalf("a resolved turn left drafts: %v", s.Pending)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	for sd, want := range map[int]sim.Order{blue: ob, red: or} {
		if got := s.Pending[sd]; len(got) != 1 || got[0].Actor != want.Actor || got[0].Move != want.Move {
			t.Errorf("undoing the turn: side %s's drafts %v, want its order %v back", sc.Sides[sd].ID, got, want)
		}
	}
}

// TestSaveIsOwnersOnly: a save, the order log, holds the seed and every side's orders: it is
// written readable by its owner alone, as ttx serve's log beside its tokens.
func TestSaveIsOwnersOnly(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	path := filepath.Join(t.TempDir(), "ex.jsonl")
	if err := NewSession(sc, 8).Save(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m&0o077 != 0 {
		t.Errorf("the save is written with mode %v, want no access for others", m)
	}
}
