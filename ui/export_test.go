package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// overReview returns an app saving to path whose game, every side played by a policy, is over,
// and its after-action review; no window is needed.
func overReview(t *testing.T, path string) (*App, *review) {
	t.Helper()
	a, _ := whiteCell(t, path)
	for !a.Sess.State.Over {
		resolve(t, a)
	}
	return a, newReview(a)
}

// TestExportAsksBeforeReplacing exports the review's report (X) over a file the window did not
// write: the export asks, naming the file; cancelling leaves it byte for byte and says so;
// going ahead writes the report, leaving no temporary file; exporting the same game again goes
// ahead at once, but a file another program changed since, or a new game's export, asks
// again. An export to a new file never asks.
func TestExportAsksBeforeReplacing(t *testing.T) {
	dir := t.TempDir()
	save := filepath.Join(dir, "game.jsonl")
	path := filepath.Join(dir, "game-report.html")
	if got := reportPath(save); got != path {
		t.Fatalf("reportPath(%q) = %q, want %q", save, got, path)
	}
	theirs := []byte("<p>a report of another game</p>\n")
	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	a, r := overReview(t, save)
	r.export()
	if r.asking == nil || !strings.Contains(r.asking.text, path+" is already there") {
		t.Fatal("exporting over a file the window did not write replaced it without asking")
	}
	if !bytes.Equal(readFile(t, path), theirs) {
		t.Fatal("the file changed while the question was asked")
	}
	r.answer(askNo)
	if !bytes.Equal(readFile(t, path), theirs) {
		t.Fatal("cancelling the export changed the file")
	}
	if want := "Not exported: " + path + " is left as it was"; a.Status != want {
		t.Errorf("status after cancelling = %q, want %q", a.Status, want)
	}

	r.export()
	r.answer("ask:yes")
	if b := readFile(t, path); !bytes.Contains(b, []byte("<html")) || a.Status != "Exported "+path {
		t.Fatalf("going ahead did not write the report (status %q)", a.Status)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("the folder holds %q, want the report alone", names)
	}
	r.export()
	if r.asking != nil {
		t.Fatalf("a second export of the same game asks: %q", r.asking.text)
	}

	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	r.export()
	if r.asking == nil || !strings.Contains(r.asking.text, "it has changed since") {
		t.Fatal("an export over a file changed since the window wrote it did not ask, saying so")
	}
	r.answer(askNo)

	// A new game in the same window asks before replacing the last game's report.
	a.Start(&Context{mgr: &Manager{}})
	for !a.Sess.State.Over {
		resolve(t, a)
	}
	r = newReview(a)
	r.export()
	if r.asking == nil {
		t.Fatal("a new game's export replaced the last game's report without asking")
	}
	r.answer(askNo)

	// No file: nothing to ask.
	a.opts.SavePath = filepath.Join(dir, "new.jsonl")
	r.export()
	if r.asking != nil {
		t.Fatalf("an export to a new file asks: %q", r.asking.text)
	}
	if _, err := os.Stat(filepath.Join(dir, "new-report.html")); err != nil {
		t.Fatalf("the export to a new file wrote nothing: %v (status %q)", err, a.Status)
	}
}

// TestWindowExportAsks presses X (Export report) on the review with a file the window did not
// write at the report's path: it asks in the footer's place, naming the file, and leaves the
// file as it is; N cancels (and does not show the next chart, N's other use); X then Y writes
// the report, and the next X writes it at once.
func TestWindowExportAsks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "game-report.html")
	theirs := []byte("<p>a report of another game</p>\n")
	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	a, rv := overReview(t, filepath.Join(dir, "game.jsonl"))
	r := newRig(t, rv, 1280, 800)
	r.frames(3)
	untouched := func(when string) {
		t.Helper()
		if !bytes.Equal(readFile(t, path), theirs) {
			t.Fatalf("%s: the file was replaced (status %q)", when, a.Status)
		}
	}
	r.key(ebiten.KeyX)
	untouched("X")
	if !r.shows(path + " is already there") {
		t.Fatalf("X over a file the window did not write shows no question: %q", Texts(r.mgr.Scene()))
	}
	assertNotBlank(t, "export-asks", r.shot("export-asks"))
	if _, err := r.button("chart"); err == nil {
		t.Error("the question shows beside the Next chart button, whose place it takes")
	}
	shown := rv.shown
	r.key(ebiten.KeyN)
	untouched("X, N")
	if rv.shown != shown {
		t.Error("N while the export's question was asked showed the next chart too")
	}
	if want := "Not exported: " + path + " is left as it was"; !r.shows(want) {
		t.Errorf("after N the status is %q, want %q shown", a.Status, want)
	}
	r.key(ebiten.KeyX)
	r.key(ebiten.KeyY)
	if b := readFile(t, path); !bytes.Contains(b, []byte("<html")) {
		t.Fatalf("X, Y did not write the report (status %q)", a.Status)
	}
	a.Status = ""
	r.key(ebiten.KeyX)
	if r.shows("is already there") || a.Status != "Exported "+path {
		t.Fatalf("the second X asks, or did not export: status %q", a.Status)
	}
}
