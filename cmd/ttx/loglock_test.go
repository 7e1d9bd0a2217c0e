//go:build unix

package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNoteRefusedWhileServed: while a ttx serve runs an exercise saved to a log, ttx note,
// ttx answer and ttx fire refuse that log (exit 1, the log as it was), saying that the server would drop
// what they add and where to give it instead, and a second ttx serve refuses to resume it; once
// the server has stopped, its lock is gone and the note is added. They wrote the note into the
// file, and the server's next save, the log written whole from the game it holds, dropped it
// without a word.
func TestNoteRefusedWhileServed(t *testing.T) {
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	log := filepath.Join(t.TempDir(), "ex.jsonl")
	srv := ttxProcess(t, "serve", scen, "--addr", "127.0.0.1:0", "--save", log)
	out, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()
	started := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "serving at") {
				started <- true
			}
		}
	}()
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("ttx serve did not start in 30 s")
	}
	before, _ := os.ReadFile(log)
	for _, c := range []struct {
		args  []string
		where string
	}{
		{[]string{"note", log, "--category", "gap", "Nobody led."}, "write the note in the white cell's or an observers' window"},
		{[]string{"answer", log, "--side", "port", "--question", "lead", "The harbour master."}, "let the table give its answer in its own window"},
		{[]string{"fire", log, "leak_site"}, "fire the inject from the white cell's window"},
	} {
		code, _, errs := ttxMain(c.args...)
		want := "ttx " + c.args[0] + ": " + log + " is the log of an exercise a ttx serve is running (it holds " + log + ".lock): the server writes the log whole at every step and would drop what ttx " + c.args[0] + " adds: " + c.where
		if code != exitInvalid || !strings.Contains(errs, want) {
			t.Errorf("ttx %s of a served log = %d, %q; want %d, %q", c.args[0], code, errs, exitInvalid, want)
		}
	}
	// A process of its own: one not refused would serve until stopped.
	second := ttxProcess(t, "serve", scen, "--addr", "127.0.0.1:0", "--resume", log)
	var errs strings.Builder
	second.Stderr = &errs
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- second.Wait() }()
	select {
	case err := <-done:
		if want := "another ttx serve is running"; second.ProcessState.ExitCode() != exitInvalid || !strings.Contains(errs.String(), want) {
			t.Errorf("a second ttx serve --resume of the log = %v, %q; want exit %d, %q", err, errs.String(), exitInvalid, want)
		}
	case <-time.After(20 * time.Second):
		second.Process.Kill()
		<-done
		t.Error("a second ttx serve --resume of the served log went on serving it")
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("the refused commands changed the served log")
	}
	if err := srv.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := srv.Wait(); err != nil {
		t.Fatalf("ttx serve after Ctrl+C: %v", err)
	}
	if _, err := os.Stat(log + ".lock"); !os.IsNotExist(err) {
		t.Errorf("the stopped server left its lock: %v", err)
	}
	if code, _, errs := ttxMain("note", log, "--category", "gap", "Nobody led."); code != exitOK {
		t.Errorf("ttx note once the server has stopped = %d, %q; want %d", code, errs, exitOK)
	}
}
