package session

import (
	"path/filepath"
	"testing"
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
