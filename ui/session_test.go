package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

func loadScenario(t testing.TB, name string) *sim.Scenario {
	t.Helper()
	data, ok := scenarios.Read(name)
	if !ok {
		t.Fatalf("no embedded scenario %s", name)
	}
	sc, err := load.Load(scenarios.Prefix+name, data)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return sc
}

// playTurn gives every side its first legal order and resolves.
func playTurn(t testing.TB, s *Session) {
	t.Helper()
	for sd := range s.Sc.Sides {
		if legal := sim.Legal(s.View(sd)); len(legal) > 0 {
			legal[0].Rationale = "test"
			s.Add(sd, legal[0])
		}
		s.Submit(sd)
	}
	if !s.Ready() {
		t.Fatal("not ready after every side submitted")
	}
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
}

func TestSessionSaveLoad(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 7)
	playTurn(t, s)
	if len(sc.Injects) > 0 {
		s.Fire(len(sc.Injects) - 1)
	}
	s.Override(0, 0, 3)
	s.AddNote("blue hesitated")
	playTurn(t, s)
	dir := t.TempDir()
	path := filepath.Join(dir, "game.jsonl")
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	r, err := LoadSession(sc, path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sim.Checksum(r.State), sim.Checksum(s.State); got != want {
		t.Errorf("loaded checksum %x, want %x", got, want)
	}
	if len(r.State.History()) != len(s.State.History()) {
		t.Errorf("loaded %d steps of history, want %d", len(r.State.History()), len(s.State.History()))
	}
	if len(r.Notes) != 1 || r.Notes[0].Text != "blue hesitated" || r.Notes[0].Turn != 2 {
		t.Errorf("notes after load = %+v", r.Notes)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("save left %d files, want only the log", len(entries))
	}
	// A corrupted log is refused, not half-loaded.
	data, _ := os.ReadFile(path)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, append(data[:len(data)-40:len(data)-40], []byte("\n{\"type\":\"turn\",\"checksum\":\"00\"}\n")...), 0o644)
	if _, err := LoadSession(sc, bad); err == nil {
		t.Error("a corrupted save loaded")
	}
	if _, err := LoadSession(loadScenario(t, "security_council.toml"), path); err == nil {
		t.Error("a save loaded into another scenario")
	}
}

func TestSessionUndoRestoresOrders(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 7)
	before := sim.Checksum(s.State)
	playTurn(t, s)
	n := len(s.State.Results)
	if n == 0 {
		t.Fatal("no orders were played: the test proves nothing")
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := sim.Checksum(s.State); got != before || s.State.Turn != 1 {
		t.Errorf("after undo: turn %d checksum %x, want turn 1 %x", s.State.Turn, got, before)
	}
	got := 0
	for _, p := range s.Pending {
		got += len(p)
	}
	if got != n {
		t.Errorf("undo restored %d orders, want %d", got, n)
	}
	if err := s.Undo(); err == nil {
		t.Error("undo at the start did not fail")
	}
}

func TestSessionPolicySeats(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 3)
	for i := range s.Seats {
		s.Seats[i] = "random"
	}
	if len(s.People()) != 0 {
		t.Fatal("policy seats counted as people")
	}
	for i := 0; i < 3 && !s.State.Over; i++ {
		if _, err := s.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	played := 0
	for _, p := range s.State.History() {
		played += len(p.Results)
	}
	if played == 0 {
		t.Error("random policies gave no orders in three turns")
	}
	s.Seats[0] = "nonsense"
	if _, err := s.Resolve(); err == nil && !s.State.Over {
		t.Error("an unknown policy resolved")
	}
}

func TestExportReview(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 5)
	playTurn(t, s)
	s.AddNote("a note for the report")
	path := filepath.Join(t.TempDir(), "report.html")
	if err := ExportReview(s, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<html", sc.Title, "a note for the report"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	md := ReviewText(s)
	for _, want := range []string{"## Decisions", "test", "a note for the report", "## Timeline"} {
		if !strings.Contains(md, want) {
			t.Errorf("review text lacks %q", want)
		}
	}
}

func TestTrackSeriesKeepsWhatMoved(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 5)
	s.Override(2, 0, sc.Tracks[0].Max)
	playTurn(t, s)
	got := TrackSeries(s, 0)
	if len(got) == 0 || len(got) > maxSeries {
		t.Fatalf("%d series", len(got))
	}
	found := false
	for _, se := range got {
		found = found || se.Label == sc.Actors[2].Name
		if len(se.Values) != len(s.State.History()) {
			t.Errorf("series %s has %d values, want one per step (%d)", se.Label, len(se.Values), len(s.State.History()))
		}
	}
	if !found && sc.Actors[2].Tracks[0] != sc.Tracks[0].Max {
		t.Errorf("the overridden actor %s is not charted: %v", sc.Actors[2].Name, got)
	}
}
