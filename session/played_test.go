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

// samePlayers checks that s.Players says for every side who played it for which turns just as
// s's log does (record.Players of its header and seat entries; the header's player of turn 1
// before any turn is played).
func samePlayers(t *testing.T, s *Session, what string) {
	t.Helper()
	l := s.Log()
	turns := 0
	for _, e := range l.Entries {
		if e.Type == "turn" {
			turns++
		}
	}
	for sd, d := range s.Sc.Sides {
		want := record.Players(l.Header, l.Entries, d.ID, turns)
		if turns == 0 {
			want = record.Players(l.Header, nil, d.ID, 1)
		}
		if got := s.Players(sd); !slices.Equal(got, want) {
			t.Errorf("%s: Players(%s) = %+v, want %+v as the log says", what, d.ID, got, want)
		}
	}
}

// TestPlayersAsTheLogSays: who played each side, as Session.Players says it without writing the
// log, is what the log says, as sides change hands before the first turn, between turns and
// after the last, and as turns are undone.
func TestPlayersAsTheLogSays(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 5)
	samePlayers(t, s, "at the start")
	s.Reseat(sc.Side("green"), "greedy")
	samePlayers(t, s, "green handed to greedy before turn 1")
	for turn := 1; turn <= 3; turn++ {
		if _, err := s.Resolve(); err != nil {
			t.Fatal(err)
		}
		samePlayers(t, s, fmt.Sprintf("turn %d played", turn))
		s.Reseat(sc.Side("blue"), []Seat{"random", SeatPerson, "greedy"}[turn-1])
		samePlayers(t, s, fmt.Sprintf("blue handed over after turn %d", turn))
	}
	want := []record.Stretch{{Player: record.Person, From: 1, To: 1}, {Player: "random", From: 2, To: 2}, {Player: record.Person, From: 3, To: 3}}
	if got := s.Players(sc.Side("blue")); !slices.Equal(got, want) {
		t.Errorf("blue's players are %+v, want %+v", got, want)
	}
	for s.State.Prev != nil {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		samePlayers(t, s, fmt.Sprintf("undone back to turn %d", s.State.Turn))
	}
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
		samePlayers(t, s, what)
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
