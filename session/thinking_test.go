package session

import (
	"errors"
	"testing"
)

// TestFinishResolveRefusesStale: the orders the policies chose are played only on the state and
// seats they were chosen for. A track overridden, or a side handed over, between BeginResolve and
// FinishResolve makes FinishResolve refuse them (ErrStale) and change nothing; the side handed
// back, they are played; and a Thinking played once is refused the second time, so that it
// resolves its turn once.
func TestFinishResolveRefusesStale(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 8)
	red := sc.Side("red")
	s.Reseat(red, "greedy")

	th, err := s.BeginResolve()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.FinishResolve(th); err == nil || errors.Is(err, ErrStale) {
		t.Fatalf("FinishResolve before Think = %v, want refused, not stale", err)
	}
	th.Think()
	s.Override(0, 0, 3)
	overridden := s.State
	if _, err := s.FinishResolve(th); !errors.Is(err, ErrStale) || s.State != overridden {
		t.Fatalf("FinishResolve after an override = %v, turn %d; want ErrStale and nothing changed", err, s.State.Turn)
	}

	th, err = s.BeginResolve()
	if err != nil {
		t.Fatal(err)
	}
	th.Think()
	back := s.Reseat(red, SeatPerson)
	if _, err := s.FinishResolve(th); !errors.Is(err, ErrStale) || s.State != overridden {
		t.Fatalf("FinishResolve after red went to a person = %v; want ErrStale and nothing changed", err)
	}
	back()
	if st, err := s.FinishResolve(th); err != nil || st.Turn != 2 {
		t.Fatalf("FinishResolve with red handed back = turn %d, %v; want turn 2", st.Turn, err)
	}
	if _, err := s.FinishResolve(th); !errors.Is(err, ErrStale) || len(s.State.History()) != 3 {
		t.Fatalf("FinishResolve again = %v, %d steps; want ErrStale, the turn resolved once", err, len(s.State.History())-1)
	}
}
