package session

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ttx/sim/record"
)

// TestLoadKeepsPolicySeats: a save of a game in which a policy played a side loads with that
// side still played by it. LoadSession made every side a person's, so ttx serve --resume of a
// game started with --seat SIDE=POLICY waited for a team that was never there, and its first
// save dropped the policy from the log (and from the report's "played by").
func TestLoadKeepsPolicySeats(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 5)
	s.Seats[1] = "greedy"
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	if err := s.Save(save); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range s.Seats {
		if got.Seats[i] != want {
			t.Errorf("LoadSession: side %s played by %q, want %q", sc.Sides[i].ID, got.Seats[i], want)
		}
	}
}

// TestLoadKeepsEntriesItCannotPlay: a save whose header names for a side something no session
// plays (ttx run's blue=orders:FILE) is saved again with that entry where it was, beside the
// policies it plays; the entry goes when the side is seated anew (Reseat), and comes back when
// the reseat is undone. The session dropped it, so ttx serve --resume of a log of ttx run
// rewrote the header without it.
func TestLoadKeepsEntriesItCannotPlay(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 5)
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	save := filepath.Join(dir, "run.jsonl")
	pols := []string{"blue=orders:Plan.toml", "red=greedy", "green=random"}
	var b bytes.Buffer
	if err := record.Of(record.NewHeader(sc, 5, pols), s.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(save, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	if got.Seats[0] != SeatPerson {
		t.Errorf("blue, played from orders, is seated %q, want %q", got.Seats[0], SeatPerson)
	}
	check := func(what string, want ...string) {
		t.Helper()
		if h := got.Log().Header.Policies; !slices.Equal(h, want) {
			t.Errorf("%s: the header's policies are %q, want %q", what, h, want)
		}
	}
	check("loaded", pols...)
	undo := got.Reseat(0, "search")
	check("blue reseated to search", "blue=search", "red=greedy", "green=random")
	undo()
	check("the reseat undone", pols...)
	got.Reseat(0, SeatPerson)
	check("blue given to a person", "red=greedy", "green=random")
}

// TestParseSeat: a seat's name is read in any case, as policy.Parse reads a policy's, and given
// back in lower case; a name that is neither a policy nor person is refused, naming both.
func TestParseSeat(t *testing.T) {
	for name, want := range map[string]Seat{"person": SeatPerson, "Person": SeatPerson, "PERSON": SeatPerson,
		"greedy": "greedy", "Greedy": "greedy", "Search:50": "search:50"} {
		if got, err := ParseSeat(name); err != nil || got != want {
			t.Errorf("ParseSeat(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"", "persons", "greedyy", "search:x"} {
		if got, err := ParseSeat(name); err == nil || !strings.Contains(err.Error(), "or person") {
			t.Errorf("ParseSeat(%q) = %q, %v; want an error that names person", name, got, err)
		}
	}
}

// TestLoadSeatsInLowerCase: a save whose header names a policy in another case (red=Greedy, as
// an older ttx serve wrote a --seat given so) loads with the side's seat in lower case, as
// ParseSeat gives every seat, and is saved again so; it kept Greedy, which presence showed and
// every later save wrote as it was, and which a handover to greedy took for another policy.
func TestLoadSeatsInLowerCase(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := NewSession(sc, 5)
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	save := filepath.Join(t.TempDir(), "served.jsonl")
	var b bytes.Buffer
	if err := record.Of(record.NewHeader(sc, 5, []string{"red=Greedy", "green=SEARCH:50"}), s.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(save, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Seat{SeatPerson, "greedy", "search:50"}; !slices.Equal(got.Seats, want) {
		t.Errorf("loaded seats %q, want %q", got.Seats, want)
	}
	if h, want := got.Log().Header.Policies, []string{"red=greedy", "green=search:50"}; !slices.Equal(h, want) {
		t.Errorf("saved again, the header's policies are %q, want %q", h, want)
	}
}
