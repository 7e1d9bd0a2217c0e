package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ttx/internal/logpath"
	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/record"
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
	s.AddNote("blue hesitated", s.LatestInject())
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
	s.AddNote("a note for the report", -1)
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
	for _, want := range []string{"#### Decisions", "test", "a note for the report", "## 4. Timeline"} {
		if !strings.Contains(md, want) {
			t.Errorf("review text lacks %q", want)
		}
	}
}

// TestNotesTiedToAChosenInject checks that FiredInjects lists the latest
// first and that a note is tied to the inject given, or to none.
func TestNotesTiedToAChosenInject(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	s := NewSession(sc, 7)
	if s.LatestInject() != -1 && len(s.FiredInjects()) == 0 {
		t.Errorf("LatestInject() = %d with none fired", s.LatestInject())
	}
	before := s.FiredInjects()
	var picked []int
	for i := range sc.Injects {
		if s.State.Fired[i] == 0 && len(picked) < 2 {
			picked = append(picked, i)
		}
	}
	if len(picked) < 2 {
		t.Skip("the scenario has fewer than two injects left to fire")
	}
	s.Fire(picked[0])
	playTurn(t, s)
	s.Fire(picked[1])
	fired := s.FiredInjects()
	if fired[0] != picked[1] || s.LatestInject() != picked[1] {
		t.Fatalf("FiredInjects() = %v, want %d (fired last) first", fired, picked[1])
	}
	if len(fired) < len(before)+2 {
		t.Errorf("FiredInjects() = %v, lacks some of %v", fired, picked)
	}
	s.AddNote("on the earlier one", picked[0])
	s.AddNote("on none", -1)
	s.AddNote("on the latest", s.LatestInject())
	want := []string{sc.Injects[picked[0]].ID, "", sc.Injects[picked[1]].ID}
	for i, n := range s.Notes {
		if n.Inject != want[i] || n.Turn != s.State.Turn {
			t.Errorf("note %d tied to %q in turn %d, want %q in turn %d", i, n.Inject, n.Turn, want[i], s.State.Turn)
		}
	}
}

// TestNoteTieCycles checks the facilitator's choice of inject for a note:
// the latest, then each earlier one, then none, then the latest again; a
// chosen inject that is undone falls back to the latest.
func TestNoteTieCycles(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a := NewApp(sc, Options{})
	a.Sess = NewSession(sc, 1)
	f := &facilitator{page: page{app: a}, tie: tieLatest}
	before := a.Sess.FiredInjects()
	if want := append(before, -1)[0]; f.noteTie() != want {
		t.Errorf("at the start: tied to %d (%q), want %d", f.noteTie(), f.tieLabel(), want)
	}
	var unfired []int
	for i := range sc.Injects {
		if a.Sess.State.Fired[i] == 0 {
			unfired = append(unfired, i)
		}
	}
	if len(unfired) < 3 {
		t.Skip("fewer than three injects left to fire")
	}
	x, y, z := unfired[0], unfired[1], unfired[2]
	a.Sess.Fire(x)
	a.Sess.Fire(y)
	want := append(append([]int{y, x}, before...), -1, y)
	var got []int
	for range want {
		got = append(got, f.noteTie())
		f.nextTie()
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ties while cycling = %v, want %v", got, want)
	}
	f.tie = tieLatest
	f.nextTie() // x
	if f.noteTie() != x {
		t.Fatalf("tied to %d, want %d", f.noteTie(), x)
	}
	for range 2 {
		if err := a.Sess.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	a.Sess.Fire(z)
	if f.noteTie() != z || !strings.Contains(f.tieLabel(), "latest") {
		t.Errorf("after the chosen inject was undone: tied to %d (%q), want the latest, %d", f.noteTie(), f.tieLabel(), z)
	}
}

// TestSeedZero checks that Options.Seed distinguishes seed 0 from no seed.
func TestSeedZero(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	if sc.Seed == 0 {
		t.Fatal("the scenario's own seed is 0: the test cannot tell")
	}
	zero, seven := uint64(0), uint64(7)
	for _, tt := range []struct {
		seed *uint64
		want uint64
	}{{nil, sc.Seed}, {&zero, 0}, {&seven, 7}} {
		if got := NewApp(sc, Options{Seed: tt.seed}).Seed; got != tt.want {
			t.Errorf("NewApp(Options{Seed: %v}).Seed = %d, want %d", tt.seed, got, tt.want)
		}
	}
}

func TestActorMatches(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	ids := func(m []int) []string {
		var out []string
		for _, i := range m {
			out = append(out, sc.Actors[i].ID)
		}
		return out
	}
	if m := ActorMatches(sc, "  "); m != nil {
		t.Errorf("ActorMatches(blank) = %v, want none", ids(m))
	}
	m := ActorMatches(sc, "LAZARUS")
	if len(m) == 0 || sc.Actors[m[0]].ID != "lazarus" {
		t.Errorf("ActorMatches(LAZARUS) = %v, want lazarus first", ids(m))
	}
	for _, a := range ActorMatches(sc, "ex") {
		d := sc.Actors[a]
		if !strings.Contains(strings.ToLower(d.ID+" "+d.Name), "ex") {
			t.Errorf("ActorMatches(ex) lists %s (%s)", d.ID, d.Name)
		}
	}
	if m := ActorMatches(sc, "no such actor at all"); len(m) != 0 {
		t.Errorf("ActorMatches(nonsense) = %v", ids(m))
	}
}

// TestSaveNamesScenarioFromItsFolder saves a game of a scenario opened from a file: the save
// names the file from its own folder, where ttx replay looks for it.
func TestSaveNamesScenarioFromItsFolder(t *testing.T) {
	file := filepath.Join("..", "scenarios", "shared_infrastructure.toml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(file, data)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession(sc, 7)
	playTurn(t, s)
	path := filepath.Join(t.TempDir(), "save.jsonl")
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := filepath.Abs(logpath.Resolve(path, l.Header.File))
	want, _ := filepath.Abs(file)
	if got != want {
		t.Errorf("the save names %q, which leads from its folder to %s, want %s", l.Header.File, got, want)
	}
}
