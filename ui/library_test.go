package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
)

// TestWindowLibraryOpenFile opens a scenario file from the set-up screen,
// then a broken one, then changes a seat and the seed and starts.
func TestWindowLibraryOpenFile(t *testing.T) {
	data, _ := scenarios.Read("shared_infrastructure.toml")
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.toml")
	src := strings.Replace(string(data), `title = "`, `title = "My copy of `, 1)
	if src == string(data) {
		t.Fatal("could not retitle the scenario")
	}
	os.WriteFile(good, []byte(src), 0o644)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[scenario]\nid = 3\n"), 0o644)

	a := NewApp(loadScenario(t, "security_council.toml"), Options{})
	lib := NewLibrary(a).(*library)
	r := newRig(t, lib, 1280, 800)
	r.frames(2)
	if err := r.typeInto(lib.path, good); err != nil {
		t.Fatal(err)
	}
	r.click("open")
	if !strings.HasPrefix(a.Sc.Title, "My copy of") {
		t.Fatalf("after opening %s the scenario is %q (status %q)", good, a.Sc.Title, a.Status)
	}
	if !strings.Contains(strings.Join(Texts(r.mgr.Scene()), "\n"), "● My copy of") {
		t.Error("the opened scenario is not listed as chosen")
	}
	if err := r.typeInto(lib.path, bad); err != nil {
		t.Fatal(err)
	}
	r.click("open")
	if !strings.HasPrefix(a.Status, "cannot open") || !strings.HasPrefix(a.Sc.Title, "My copy of") {
		t.Errorf("a broken file: status %q, scenario %q", a.Status, a.Sc.Title)
	}
	r.click("seat:" + a.Sc.Sides[0].ID)
	if a.Seats[0] == SeatPerson {
		t.Error("clicking a seat did not hand it to a policy")
	}
	lib.seed.SetText("")
	if err := r.typeInto(lib.seed, "99"); err != nil {
		t.Fatal(err)
	}
	r.click("start")
	if a.Sess == nil || a.Sess.State.Seed != 99 || a.Sess.Seats[0] == SeatPerson {
		t.Fatalf("started with %+v", a.Sess)
	}
}

// TestWindowLibraryCounts: the set-up screen lists a scenario of one turn as "(1 turn)", not
// "(1 turns)", one of ten months as "(10 months)", and a turn timer of one minute as "1 minute".
func TestWindowLibraryCounts(t *testing.T) {
	sc := *loadScenario(t, "principals_one_move.toml")
	if sc.Turns != 1 {
		t.Fatalf("the scenario has %d turns, want 1", sc.Turns)
	}
	sc.Title = "One move" // short enough to be listed whole
	a := NewApp(&sc, Options{TimerMinutes: 1})
	lib := NewLibrary(a).(*library)
	r := newRig(t, lib, 1280, 800)
	r.frames(2)
	texts := strings.Join(Texts(r.mgr.Scene()), "\n")
	for _, want := range []string{a.Sc.Title + " (1 " + a.Sc.TurnLabel + ")", "(10 months)", "Turn timer: 1 minute "} {
		if !strings.Contains(texts, want) {
			t.Errorf("the set-up screen does not say %q:\n%s", want, texts)
		}
	}
	if strings.Contains(texts, " 1 "+a.Sc.TurnLabel+"s") || strings.Contains(texts, "1 minutes") {
		t.Errorf("the set-up screen counts one in the plural:\n%s", texts)
	}
}
