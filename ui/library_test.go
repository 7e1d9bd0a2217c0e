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
