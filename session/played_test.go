package session

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"ttx/internal/logpath"
	"ttx/sim/record"
)

// seatings returns the seat entries of s's log as "SIDE=PLAYER from TURN", in the order written.
func seatings(s *Session) []string {
	var out []string
	for _, e := range s.Log().Seatings() {
		out = append(out, fmt.Sprintf("%s=%s from %d", e.Side, e.Player, e.Turn))
	}
	return out
}

// TestLogSaysWhoPlayedEachTurn: a log of ttx run (blue from an orders file, two turns) loaded
// as a server resumes it is saved again byte for byte while no turn is played; once blue's team
// plays turn 3 its log has seat entries saying the file played blue's turns 1 and 2 and the
// team turn 3, which a load and a save keep as they are; red handed to a team gets its own,
// from the turn the team plays; an undone turn takes its seat entries with it. The header
// kept one seating for the whole game, so whoever played a side last was named for every turn.
func TestLogSaysWhoPlayedEachTurn(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	run := NewSession(sc, 5)
	for range 2 {
		if _, err := run.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	pols := []string{"blue=orders:Plan.toml", "red=greedy", "green=random"}
	save := filepath.Join(t.TempDir(), "run.jsonl")
	h := record.NewHeader(sc, 5, pols)
	h.File = logpath.Rel(save, h.File) // as a save names it
	var b bytes.Buffer
	if err := record.Of(h, run.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(save, b.Bytes(), record.FileMode); err != nil {
		t.Fatal(err)
	}
	s, err := LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(save); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(save); !bytes.Equal(got, b.Bytes()) {
		t.Errorf("loaded and saved with no turn played, the log is\n%s\nwant it as it was\n%s", got, b.Bytes())
	}
	check := func(what string, want ...string) {
		t.Helper()
		if got := seatings(s); !slices.Equal(got, want) {
			t.Errorf("%s: the seat entries are %q, want %q", what, got, want)
		}
	}

	if _, err := s.Resolve(); err != nil { // turn 3: blue's team
		t.Fatal(err)
	}
	check("blue's team played turn 3", "blue=orders:Plan.toml from 1", "blue=person from 3")
	if h := s.Log().Header.Policies; !slices.Equal(h, pols) {
		t.Errorf("the header's policies are %q, want %q as loaded", h, pols)
	}
	if err := s.Save(save); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(save)
	if s, err = LoadSession(sc, save); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(save); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(save); !bytes.Equal(again, saved) {
		t.Errorf("the log loaded and saved again is\n%s\nwant it as saved\n%s", again, saved)
	}

	s.Reseat(sc.Side("red"), SeatPerson)
	check("red handed to a team", "blue=orders:Plan.toml from 1", "red=greedy from 1", "blue=person from 3")
	if _, err := s.Resolve(); err != nil { // turn 4: both teams
		t.Fatal(err)
	}
	check("red's team played turn 4", "blue=orders:Plan.toml from 1", "red=greedy from 1", "blue=person from 3", "red=person from 4")
	for _, want := range [][]string{
		{"blue=orders:Plan.toml from 1", "red=greedy from 1", "blue=person from 3"},
		{"red=greedy from 1"}, // blue's player is the header's (orders:Plan.toml) for turns 1 and 2
	} {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("turn %d undone", s.State.Turn), want...)
	}
}

// TestSameSeatsNoSeatEntries: a game in which nobody changed hands, played on after a load,
// has no seat entries, its log as it was before them: a policy named in another case by an
// older server (red=Greedy) is the same player as the greedy it loads as.
func TestSameSeatsNoSeatEntries(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 5)
	s.Seats[2] = "random"
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if got := seatings(s); len(got) != 0 {
		t.Errorf("a hot-seat game has seat entries %q, want none", got)
	}
	save := filepath.Join(t.TempDir(), "served.jsonl")
	var b bytes.Buffer
	if err := record.Of(record.NewHeader(sc, 5, []string{"red=Greedy", "green=random"}), s.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(save, b.Bytes(), record.FileMode); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := got.Resolve(); err != nil {
		t.Fatal(err)
	}
	if l := got.Log(); len(l.Seatings()) != 0 {
		t.Errorf("loaded with red=Greedy and played on by greedy: seat entries %q, want none", seatings(got))
	}
}
