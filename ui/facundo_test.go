package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim"
)

// gameBytes returns what a save of s would write, and the orders and confirmations of the turn
// in play (which no save holds), to tell whether the game changed at all.
func gameBytes(t *testing.T, s *Session) ([]byte, string) {
	t.Helper()
	var b bytes.Buffer
	if err := s.Log().Write(&b); err != nil {
		t.Fatal(err)
	}
	var turn strings.Builder
	for sd := range s.Pending {
		turn.WriteString(itoa(len(s.Pending[sd])))
		if s.Done[sd] {
			turn.WriteString("+")
		}
		turn.WriteString(" ")
	}
	return b.Bytes(), turn.String()
}

// TestUndoAsksWhenUnsaved undoes (Ctrl+Z) at a hot seat: a turn, an inject fired and an
// override that no save holds each ask first, naming the step and the save; cancelling leaves
// the game byte for byte and says so; "Undo without saving" undoes. Steps the save holds undo
// at once, back past the save's own turn too; once another program has changed the file they
// ask again. "Save and undo" saves the game, then undoes.
func TestUndoAsksWhenUnsaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	resolve(t, a)

	state := a.Sess.State
	log, turn := gameBytes(t, a.Sess)
	f.undo()
	if f.asking == nil {
		t.Fatal("Ctrl+Z dropped a turn no save holds without asking")
	}
	for _, want := range []string{"Undo the resolution of " + a.Sc.TurnLabel + " 1?", "not saved to " + path} {
		if !strings.Contains(f.asking.text, want) {
			t.Errorf("the question %q does not say %q", f.asking.text, want)
		}
	}
	f.answer(askNo)
	if l, tn := gameBytes(t, a.Sess); a.Sess.State != state || !bytes.Equal(l, log) || tn != turn {
		t.Fatal("cancelling the undo changed the game")
	}
	if want := "Not undone: the game goes on at " + a.TurnLabel() + ", with 1 turn not saved"; a.Status != want {
		t.Errorf("status after cancelling = %q, want %q", a.Status, want)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("cancelling the undo wrote the save: %v", err)
	}
	f.undo()
	f.answer("ask:undo")
	if a.Sess.State != state.Prev {
		t.Fatalf("Undo without saving did not undo the turn (status %q)", a.Status)
	}

	a.Sess.Fire(0)
	f.undo()
	if f.asking == nil || !strings.Contains(f.asking.text, "Undo firing "+a.Sc.Injects[0].Title+"?") {
		t.Fatalf("undoing an inject fired since no save: question %v", f.asking)
	}
	f.answer("ask:undo")
	a.Sess.Override(0, 0, 3)
	f.undo()
	if f.asking == nil || !strings.Contains(f.asking.text, "Undo setting "+a.Sc.Actors[0].Name+" "+a.Sc.Tracks[0].Label+" to ") {
		t.Fatalf("undoing an override made since no save: question %v", f.asking)
	}
	f.answer("ask:undo")
	if a.Sess.State.Prev != nil {
		t.Fatalf("the inject and the override were not undone: at step %+v", a.Sess.State.Step)
	}

	// Saved: undo at once, back past the save's turn too.
	resolve(t, a)
	resolve(t, a)
	f.save()
	f.undo()
	if f.asking != nil || a.Sess.State.Turn != 2 {
		t.Fatalf("undoing a turn the save holds: question %v, turn %d", f.asking, a.Sess.State.Turn)
	}
	f.undo()
	if f.asking != nil || a.Sess.State.Turn != 1 {
		t.Fatalf("undoing the save's earlier turn: question %v, turn %d", f.asking, a.Sess.State.Turn)
	}
	resolve(t, a) // a new turn 1, which the save does not hold
	f.undo()
	if f.asking == nil {
		t.Fatal("undoing a turn resolved anew after undoing back from the save does not ask")
	}
	f.answer(askNo)

	// The file changed since the window wrote it: it holds nothing of this game's. (The save
	// first asks: the file holds the turn 2 undone above, which this game has not played again.)
	f.save()
	if f.asking == nil {
		t.Fatal("a save over the file that holds a turn since undone does not ask")
	}
	f.answer("ask:yes")
	if err := os.WriteFile(path, []byte("another program's file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.undo()
	if f.asking == nil {
		t.Fatal("undoing a turn whose save another program replaced does not ask")
	}
	f.answer(askNo)

	// Save and undo: the save asks before replacing the changed file, then saves and undoes.
	state = a.Sess.State
	f.undo()
	f.answer("ask:save")
	if f.asking == nil || !strings.Contains(f.asking.text, path+" is already there") {
		t.Fatalf("Save and undo over a changed file does not ask before replacing it: %v", f.asking)
	}
	f.answer("ask:yes")
	if s, err := LoadSession(a.Sc, path); err != nil || sim.Checksum(s.State) != sim.Checksum(state) {
		t.Fatalf("Save and undo did not save the game before undoing: %v", err)
	}
	if a.Sess.State != state.Prev {
		t.Fatalf("Save and undo did not undo (status %q)", a.Status)
	}
}

// TestSaveKeepsWhatSaveAndUndoSaved: "Save and undo" keeps the undone turn in the save; a later
// save of the game, which no longer has that turn, asks before replacing the file, naming the
// turn it holds (Ctrl+S, and the save of a second "Save and undo" after another step in the
// turn's place); cancelling leaves the file byte for byte, Y replaces it, and the saves after
// that go ahead. A game that played the undone turn again just as the file holds it saves at
// once. Without the question the later save replaced the file at once.
func TestSaveKeepsWhatSaveAndUndoSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	resolve(t, a)
	resolve(t, a)
	f.undo()
	f.answer("ask:save")
	kept := readFile(t, path)
	if s, err := LoadSession(a.Sc, path); err != nil || s.State.Turn != 3 || a.Sess.State.Turn != 2 {
		t.Fatalf("Save and undo: the save is at turn %v (%v), the game at %d; want 3 and 2", s, err, a.Sess.State.Turn)
	}

	f.save()
	want := path + " is already there, and it holds 1 turn that this game has undone since."
	if f.asking == nil || !strings.Contains(f.asking.text, want) {
		t.Fatalf("Ctrl+S after Save and undo: question %v, want one saying %q", f.asking, want)
	}
	f.answer(askNo)
	if !bytes.Equal(readFile(t, path), kept) {
		t.Fatal("cancelling the save changed the file Save and undo wrote")
	}
	if want := "Not saved: " + path + " is left as it was"; a.Status != want {
		t.Errorf("status after cancelling = %q, want %q", a.Status, want)
	}

	// Another step in the undone turn's place, then a second Save and undo.
	a.Sess.Override(0, 0, 5)
	state := a.Sess.State
	f.undo()
	f.answer("ask:save")
	if f.asking == nil || !strings.Contains(f.asking.text, want) {
		t.Fatalf("a second Save and undo: question %v, want one saying %q", f.asking, want)
	}
	f.answer(askNo)
	if !bytes.Equal(readFile(t, path), kept) || a.Sess.State != state {
		t.Fatal("cancelling the second Save and undo changed the file or the game")
	}

	// The undone turn played again as the save holds it (the same orders and rolls): nothing
	// of the file's is lost, and the save goes ahead.
	f.undo()
	f.answer("ask:undo")
	resolve(t, a)
	f.save()
	if f.asking != nil {
		t.Fatalf("a save of the game that played the undone turn again as saved asks: %q", f.asking.text)
	}

	f.undo()
	a.Sess.Override(0, 0, 5)
	f.save()
	f.answer("ask:yes")
	if s, err := LoadSession(a.Sc, path); err != nil || sim.Checksum(s.State) != sim.Checksum(a.Sess.State) {
		t.Fatalf("replacing the save did not save the game in play: %v", err)
	}
	resolve(t, a)
	f.save()
	if f.asking != nil {
		t.Fatalf("a save over the window's own save of the game asks: %q", f.asking.text)
	}
}

// TestRemoteUndoesAtOnce: a served exercise's white cell saves nothing (the server keeps the
// log), so its undo asks nothing.
func TestRemoteUndoesAtOnce(t *testing.T) {
	s := NewSession(loadScenario(t, "shared_infrastructure.toml"), 1)
	playTurn(t, s)
	a := NewRemoteApp(remoteSeat{s})
	f := newFacilitator(a, nil)
	f.undo()
	if f.asking != nil || s.State.Prev != nil {
		t.Fatalf("a remote white cell's undo: question %v, turn %d", f.asking, s.State.Turn)
	}
}

// TestUndoAsksForDrafts undoes a turn the save holds while orders are drafted for the turn
// after it: undoing puts the undone turn's orders back in play in place of the drafts, which no
// save keeps, so it asks, offering no save; cancelling keeps the drafts. With the turn unsaved
// too, the question names both. Undoing an inject asks nothing of the drafts, which it keeps.
func TestUndoAsksForDrafts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "save.jsonl")
	a, f := whiteCell(t, path)
	resolve(t, a)
	f.save()
	draftOrders(a, 0, 3)
	state := a.Sess.State
	f.undo()
	if f.asking == nil {
		t.Fatal("undoing a saved turn dropped 3 orders drafted for the next without asking")
	}
	drafts := possessive(a.Sc.Sides[0].Name) + " 3 orders drafted for " + a.Sc.TurnLabel + " 2"
	for _, want := range []string{"Undo the resolution of " + a.Sc.TurnLabel + " 1?", "in place of " + drafts, notKept} {
		if !strings.Contains(f.asking.text, want) {
			t.Errorf("the question %q does not say %q", f.asking.text, want)
		}
	}
	if got := f.asking.buttons(); strings.Join(got, " ") != "ask:undo "+askNo {
		t.Errorf("the question's buttons = %q, want no save (the save holds the turn)", got)
	}
	f.answer(askNo)
	if a.Sess.State != state || len(a.Sess.Pending[0]) != 3 {
		t.Fatal("cancelling the undo changed the game or dropped the drafts")
	}
	if !strings.HasSuffix(a.Status, ", with "+drafts) {
		t.Errorf("status after cancelling = %q, want it to end with the drafts", a.Status)
	}
	f.undo()
	f.answer("ask:undo")
	if a.Sess.State != state.Prev {
		t.Fatalf("Undo, losing the orders did not undo (status %q)", a.Status)
	}

	// Unsaved and drafted: the question names both and offers the save.
	resolve(t, a)
	draftOrders(a, 0, 1)
	f.undo()
	if f.asking == nil {
		t.Fatal("undoing an unsaved turn with an order drafted did not ask")
	}
	one := possessive(a.Sc.Sides[0].Name) + " 1 order drafted for " + a.Sc.TurnLabel + " 2"
	for _, want := range []string{"not saved to " + path, one + ", which its orders replace even with a save"} {
		if !strings.Contains(f.asking.text, want) {
			t.Errorf("the question %q does not say %q", f.asking.text, want)
		}
	}
	if got := f.asking.buttons(); strings.Join(got, " ") != "ask:save ask:undo "+askNo {
		t.Errorf("the question's buttons = %q", got)
	}
	f.answer(askNo)

	// An inject fired after the drafts: undoing it keeps them, and the save holds nothing
	// else to lose once saved.
	a.Sess.Fire(0)
	f.save()
	f.undo()
	if f.asking != nil {
		t.Fatalf("undoing a saved inject asked: %q", f.asking.text)
	}
	if len(a.Sess.Pending[0]) != 1 {
		t.Errorf("undoing an inject dropped the drafts: %d orders", len(a.Sess.Pending[0]))
	}
}
