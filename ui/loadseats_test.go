package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"ttx/session"
	"ttx/sim/record"
)

// TestLoadSeatsAsTheWindow loads (Ctrl+L) a log of ttx run whose header has blue played from an
// orders file into a window where a person plays blue and greedy plays moscow: the loaded game
// goes on with the window's seats, and its save, and a load of that save, say so. The window
// copied its seats over the loaded ones, so blue=orders:FILE stayed in the session and every
// later save said blue was played from the file, and a resume of it gave blue to no team's link.
func TestLoadSeatsAsTheWindow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	a.Sess.Seats[0] = session.SeatPerson // blue
	a.Sess.Seats[2] = "greedy"           // moscow

	run := writeRunLog(t, a, path, 1)

	f.load()
	if f.asking != nil || a.Sess.State.Turn != run.State.Turn {
		t.Fatalf("the load did not load the log (status %q)", a.Status)
	}
	want := []string{"pyongyang=random", "moscow=greedy"}
	if got := a.Sess.Log().Header.Policies; !slices.Equal(got, want) {
		t.Errorf("after the load the header's policies are %q, want %q (the window's seats)", got, want)
	}
	f.save()
	l, err := LoadSession(a.Sc, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Log().Header.Policies; !slices.Equal(got, want) {
		t.Errorf("the save's policies are %q, want %q", got, want)
	}
	if !slices.Equal(l.Seats, a.Sess.Seats) {
		t.Errorf("the save loads with seats %q, want the window's %q", l.Seats, a.Sess.Seats)
	}
}

// TestLoadSeatsReportWhoPlayed: a log of ttx run (two months: blue from an orders file, moscow
// by random) loaded (Ctrl+L) into a window where a person plays blue and greedy moscow, and
// played on for a month, reports who played which months: the file, then blue's team; random,
// then greedy; pyongyang, random throughout, as before. So does its save, loaded again. The
// report named the window's seats for every month, those the log's players played included.
func TestLoadSeatsReportWhoPlayed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	a.Sess.Seats[0] = session.SeatPerson // blue
	a.Sess.Seats[2] = "greedy"           // moscow
	writeRunLog(t, a, path, 2)
	f.load()
	if f.asking != nil || a.Sess.State.Turn != 3 {
		t.Fatalf("the load did not load the log (status %q)", a.Status)
	}
	resolve(t, a)
	want := map[string]string{"blue": "orders:Plan.toml, months 1–2; team, month 3", "pyongyang": "random",
		"moscow": "random, months 1–2; greedy, month 3"}
	check := func(what string, s *Session) {
		t.Helper()
		r, err := sessionReport(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, sd := range r.Sides {
			if sd.Player != want[sd.ID] {
				t.Errorf("%s: %s played by %q, want %q", what, sd.ID, sd.Player, want[sd.ID])
			}
		}
	}
	check("the loaded game played on", a.Sess)
	f.save()
	l, err := LoadSession(a.Sc, path)
	if err != nil {
		t.Fatal(err)
	}
	check("its save loaded again", l)
}

// writeRunLog writes to path a log of a's scenario as ttx run writes it, turns turns played
// with seed 9: blue from an orders file, the others by random. It returns the session played.
func writeRunLog(t *testing.T, a *App, path string, turns int) *Session {
	t.Helper()
	run := NewSession(a.Sc, 9)
	for range turns {
		if _, err := run.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	pols := []string{"blue=orders:Plan.toml", "pyongyang=random", "moscow=random"}
	var b bytes.Buffer
	if err := record.Of(record.NewHeader(a.Sc, 9, pols), run.State).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return run
}
