package serve

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"ttx/session"
)

// lockedBuffer is a server's log (Config.Log) that a test reads while the game writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func isNotice(m Message) bool { return m.Type == MsgNotice }

// TestUnsavedStepsWarnWhiteCell: a save that failed after a step or a note was ignored, so the
// white cell went on believing the exercise could be resumed from its log. With the log's file
// replaced by a folder, every step and note warns the white cell (unsaved: the file, why, the
// steps not in the log, the note), and so does a white cell that joins meanwhile; the server's
// log has it too. Play goes on. Once the file can be written, the next step saves everything,
// the white cell is told it is saved again, and later steps warn no more.
func TestUnsavedStepsWarnWhiteCell(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	var logged lockedBuffer
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save, Log: &logged})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	// The log cannot be written again: a folder stands in its place.
	unwritable(t, save)
	unsaved := func(c *Client, what string, steps []int, more ...string) {
		t.Helper()
		m := until(t, ctx, c, isNotice)
		if m.Code != NoticeUnsaved || m.File != save || !slices.Equal(m.Steps, steps) {
			t.Fatalf("%s: notice %s, file %q, steps %v; want %s, %q, %v", what, m.Code, m.File, m.Steps, NoticeUnsaved, save, steps)
		}
		for _, w := range append([]string{"the game is not saved: replace " + save + ": ", "the log " + save + " holds it as it was at step 0 (turn 1)"}, more...) {
			if !strings.Contains(m.Reason, w) {
				t.Errorf("%s: the warning %q does not say %q", what, m.Reason, w)
			}
		}
	}
	white.Send(ctx, Message{Type: MsgFire, Inject: "mkblueinjectid"})
	unsaved(white, "an inject fired", []int{1}, "; step 1 is not in it, and a server that stopped now would resume from step 0")
	white.Send(ctx, Message{Type: MsgOverride, Actor: "blue_state", Track: "funds", Value: 7})
	unsaved(white, "a track overridden", []int{1, 2}, "; steps 1 to 2 are not in it,")
	white.Send(ctx, Message{Type: MsgNote, Text: "the ministry waited"})
	unsaved(white, "a note", []int{1, 2}, "; steps 1 to 2 and 1 note are not in it,")
	// A white cell that joins while the log is not saved is warned at once.
	white2, snap := seated(t, ctx, s.links["white"])
	defer white2.Close()
	if snap.Step != 2 {
		t.Fatalf("the white cell joins at step %d, want 2: play goes on", snap.Step)
	}
	unsaved(white2, "the white cell joining", []int{1, 2}, "; steps 1 to 2 and 1 note are not in it,")
	if got := strings.Count(logged.String(), " unsaved: the game is not saved: replace "+save); got != 3 {
		t.Errorf("the server's log has %d warnings, want 3 (one a failed save):\n%s", got, logged.String())
	}

	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	white2.Send(ctx, Message{Type: MsgOverride, Actor: "blue_state", Track: "funds", Value: 9})
	m := until(t, ctx, white2, isNotice)
	if want := "the game is saved again: the log " + save + " holds it as it is, at step 3"; m.Code != NoticeSaved || !strings.Contains(m.Reason, want) {
		t.Fatalf("the first save that succeeds: notice %s %q, want %s saying %q", m.Code, m.Reason, NoticeSaved, want)
	}
	if !strings.Contains(logged.String(), " saved: the game is saved again") {
		t.Errorf("the server's log does not say the game is saved again:\n%s", logged.String())
	}
	ss, err := session.LoadSession(sc, save)
	if err != nil {
		t.Fatal(err)
	}
	if n, notes := len(ss.State.History()), len(ss.Notes); n != 4 || notes != 1 {
		t.Errorf("the log saved again holds %d states and %d notes, want 4 and 1: every step and note not saved before", n, notes)
	}
	// Saved: the next step and note warn no more.
	white2.Send(ctx, Message{Type: MsgOverride, Actor: "blue_state", Track: "funds", Value: 11})
	id, _ := white2.Send(ctx, Message{Type: MsgNote, Text: "the ministry moved"})
	if m := until(t, ctx, white2, func(m Message) bool { return isNotice(m) || m.ID == id }); m.Type != MsgAck {
		t.Errorf("a step and a note once saved again: %s %s %q, want no notice, and the note's ack", m.Type, m.Code, m.Reason)
	}
}

// TestUnsavedUndoneStep: the log holds a step the game has undone; the warning says so and
// lists no step.
func TestUnsavedUndoneStep(t *testing.T) {
	_, _, save, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	white.Send(ctx, Message{Type: MsgFire, Inject: "mkblueinjectid"})
	if m := until(t, ctx, white, isSnap); m.Step != 1 {
		t.Fatalf("after the inject: step %d", m.Step)
	}
	unwritable(t, save)
	white.Send(ctx, Message{Type: MsgUndo})
	m := until(t, ctx, white, isNotice)
	if want := "holds it as it was at step 1 (turn 1), since undone, and a server that stopped now would resume from step 1"; m.Code != NoticeUnsaved || len(m.Steps) != 0 || !strings.Contains(m.Reason, want) {
		t.Errorf("the inject undone, unsaved: notice %s, steps %v, %q; want %s, none, saying %q", m.Code, m.Steps, m.Reason, NoticeUnsaved, want)
	}
}

// TestUnsavedAnswer: a team's answer whose save failed was acknowledged and nobody told; it is
// still taken, and the white cell is warned that it is not in the log.
func TestUnsavedAnswer(t *testing.T) {
	_, s, save, ctx, white := savedWhite(t, "../sim/testdata/discussion.toml", 1)
	port, _ := seated(t, ctx, s.links["port"])
	defer port.Close()
	unwritable(t, save)
	port.Send(ctx, Message{Type: MsgAnswer, Question: "lead", Text: "The harbour master."})
	if m := until(t, ctx, port, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Fatalf("the port's answer with no way to save it: %s %s %q, want taken", m.Type, m.Code, m.Reason)
	}
	m := until(t, ctx, white, isNotice)
	if want := "; 1 answer is not in it,"; m.Code != NoticeUnsaved || m.File != save || !strings.Contains(m.Reason, want) {
		t.Errorf("the answer not saved: notice %s, file %q, %q; want %s, %q, saying %q", m.Code, m.File, m.Reason, NoticeUnsaved, save, want)
	}
}

// TestUnsavedAnswerCountedOnce: an answer changed before a save succeeds is one answer not in
// the log, not one for each change: the warning counted every answer taken, so a team that
// changed its answer twice was said to have two answers not saved. Another question's answer
// is another; an answer withdrawn that the log never held, or changed back to what the log
// holds, is none, and one withdrawn that the log holds is one.
func TestUnsavedAnswerCountedOnce(t *testing.T) {
	_, s, save, ctx, white := savedWhite(t, "../sim/testdata/discussion.toml", 1)
	port, _ := seated(t, ctx, s.links["port"])
	defer port.Close()
	answer := func(question, text, want string) {
		t.Helper()
		id, _ := port.Send(ctx, Message{Type: MsgAnswer, Question: question, Text: text})
		if m := until(t, ctx, port, func(m Message) bool { return m.ID == id }); m.Type != MsgAck {
			t.Fatalf("the answer to %s: %s %s %q, want taken", question, m.Type, m.Code, m.Reason)
		}
		m := until(t, ctx, white, isNotice)
		if m.Code != NoticeUnsaved || (want != "" && !strings.Contains(m.Reason, want)) || (want == "" && strings.Contains(m.Reason, "not in it")) {
			t.Errorf("after the answer %q to %s: notice %s %q, want it saying %q", text, question, m.Code, m.Reason, want)
		}
	}
	unwritable(t, save)
	answer("lead", "The harbour master.", "; 1 answer is not in it,")
	answer("lead", "The harbour master, with the utility.", "; 1 answer is not in it,")
	answer("ransom_note#1", "The regional emergency office.", "; 2 answers are not in it,")
	answer("ransom_note#1", "", "; 1 answer is not in it,") // withdrawn: the log never held it

	// Saved again: the log holds the answer to lead.
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	white.Send(ctx, Message{Type: MsgNote, Text: "the port decided"})
	if m := until(t, ctx, white, isNotice); m.Code != NoticeSaved {
		t.Fatalf("the note saved: notice %s %q, want %s", m.Code, m.Reason, NoticeSaved)
	}
	unwritable(t, save)
	answer("lead", "", "; 1 answer is not in it,")              // withdrawn: the log holds it
	answer("lead", "The harbour master, with the utility.", "") // as the log holds it
}

// TestReadOnlyTokensSavesTheLog: every step, note and answer saved the tokens file beside the
// log as well, though only a new link changes it, so with that file made read-only (a secret
// its owner keeps as it is) every step warned the white cell that the game was not saved, and
// every answer was counted as not in the log, while the log held all of it. A step saves the
// log alone now: the log has the step, and nothing warns.
func TestReadOnlyTokensSavesTheLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	var logged lockedBuffer
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save, Log: &logged})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	if err := os.Chmod(save+".tokens", 0o400); err != nil {
		t.Fatal(err)
	}
	white.Send(ctx, Message{Type: MsgFire, Inject: "mkblueinjectid"})
	id, _ := white.Send(ctx, Message{Type: MsgPause, Paused: true})
	var notices []string
	until(t, ctx, white, func(m Message) bool {
		if isNotice(m) {
			notices = append(notices, m.Code+": "+m.Reason)
		}
		return m.Type == MsgAck && m.ID == id
	})
	if len(notices) > 0 || logged.String() != "" {
		t.Errorf("a step saved to the log, the tokens file read-only: notices %q, server's log %q; want none", notices, logged.String())
	}
	if l := readLog(t, save); len(l.Entries) != 1 || l.Entries[0].Type != "inject" {
		t.Errorf("the log after the inject: %d entries, want the inject", len(l.Entries))
	}
}
