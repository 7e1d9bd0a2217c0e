package session

import (
	"errors"
	"testing"

	"ttx/sim"
)

// TestNoteInjectChecked: a note at the window's hot seat (Session.AddNote) names an inject fired
// by its turn, as ttx note's and a served note must, in the same words: red's inject before it
// fires is refused by its title and nothing is recorded; once fired it is taken. As blue's view
// knows the game (its sight: what a seat of blue's is sent), red's inject, and blue's own before
// it fires, are refused as an id the scenario lacks, with no suggestion of an id blue does not
// know; blue's own, fired, is taken, and a slip of its id is offered it.
func TestNoteInjectChecked(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 1)
	red, blue := sc.Inject("mkredinjectid"), sc.Inject("mkblueinjectid")
	err := s.AddNote("too early", red)
	if ie := (*InjectError)(nil); !errors.As(err, &ie) || !ie.Unfired {
		t.Fatalf("a note on red's inject before it fired: %v, want an *InjectError, not fired", err)
	}
	want := `"MKREDINJECTTITLE" has not fired in this game (which has reached round 1): add the note on no inject, or on one that has fired`
	if got := NoteRefusal(err); got != want || len(s.Notes) != 0 {
		t.Errorf("refused %q with %d notes, want %q and none", got, len(s.Notes), want)
	}
	if err := s.AddNote("none", len(sc.Injects)); err == nil || len(s.Notes) != 0 {
		t.Errorf("a note on an inject the scenario lacks: %v, %d notes", err, len(s.Notes))
	}
	side := sc.Side("blue")
	for _, id := range []string{"mkredinjectid", "mkredinjectd", "mkblueinjectid", "mkblueinjectd"} {
		if _, err := NoteInject(sim.View(s.State, side).State, side, id, 1); err == nil || err.Error() != "the scenario has no such inject" {
			t.Errorf("blue's view, %s before any fired: %v, want no such inject", id, err)
		}
	}
	s.Fire(red)
	s.Fire(blue)
	if err := s.AddNote("on time", red); err != nil || len(s.Notes) != 1 || s.Notes[0].Inject != "mkredinjectid" {
		t.Errorf("a note on red's inject once fired: %v, notes %+v", err, s.Notes)
	}
	v := sim.View(s.State, side).State
	if i, err := NoteInject(v, side, "mkblueinjectid", 1); err != nil || i != blue {
		t.Errorf("blue's view, its own inject fired: %d, %v", i, err)
	}
	for id, want := range map[string]string{
		"mkredinjectid": "the scenario has no such inject",
		"mkredinjectd":  "the scenario has no such inject",
		"mkblueinjectd": "the scenario has no such inject; did you mean mkblueinjectid?",
	} {
		if _, err := NoteInject(v, side, id, 1); err == nil || err.Error() != want {
			t.Errorf("blue's view, %s: %v, want %q", id, err, want)
		}
	}
}
