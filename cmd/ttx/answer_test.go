package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim/record"
)

// answersSection returns the answers section of the Markdown report of log.
func answersSection(t *testing.T, log string) string {
	t.Helper()
	rep := filepath.Join(t.TempDir(), "r.md")
	if code, _, errs := ttxMain("report", log, "-o", rep); code != exitOK {
		t.Fatalf("ttx report: %s", errs)
	}
	b, err := os.ReadFile(rep)
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "## 2. Answers to the key questions")
	if !ok {
		t.Fatalf("the report has no answers section:\n%s", b)
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	return sec
}

// logAnswers returns the answer entries of the log at path.
func logAnswers(t *testing.T, path string) []record.Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return l.Answers()
}

// discussionLog writes the log of the discussion exercise played to its end and returns its path.
func discussionLog(t *testing.T) string {
	t.Helper()
	log := filepath.Join(t.TempDir(), "d.jsonl")
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	if code, _, errs := ttxMain("run", scen, "--log", log); code != exitOK {
		t.Fatalf("ttx run: %s", errs)
	}
	return log
}

// TestAnswerRefused: ttx answer refuses, as a usage error that says what is wrong and leaves
// the log as it was, a side the scenario lacks (naming its sides), a question the game did not
// put to the side (naming those it put, and when), one put in another turn than --turn, a turn
// the exercise has not reached (or 0, which named no turn and was taken as none given), in a
// discussion exercise's words, and an answer without a side or question or too long; a read-only log is left as it is.
func TestAnswerRefused(t *testing.T) {
	log := discussionLog(t)
	before, _ := os.ReadFile(log)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--side", "purple", "--question", "lead", "x"}, "ttx answer: --side purple: no such side (sides: port, water)\n"},
		{[]string{"--side", "water", "--question", "public", "x"}, "ttx answer: --question public: not put to water by round 2, where the log's exercise stands; put to it: lead (round 1), ransom_note#1 (round 1), ransom_note#2 (round 1)\n"},
		{[]string{"--side", "port", "--question", "public", "--turn", "1", "x"}, "ttx answer: --question public: not put to port in round 1; put to it: lead, ransom_note#1, ransom_note#2\n"},
		{[]string{"--side", "port", "--question", "leak_site#1", "--turn", "2", "x"}, "ttx answer: --question leak_site#1: not put to port in round 2; put to it: public\n"},
		{[]string{"--side", "port", "--question", "lead", "--turn", "3", "x"}, "ttx answer: --turn 3: the log's exercise has reached round 2; give 1 to 2\n"},
		{[]string{"--side", "port", "--question", "lead", "--turn", "-1", "x"}, "ttx answer: --turn -1: the log's exercise has reached round 2; give 1 to 2\n"},
		{[]string{"--side", "port", "--question", "lead", "--turn", "0", "x"}, "ttx answer: --turn 0: the log's exercise has reached round 2; give 1 to 2\n"},
		{[]string{"--question", "lead", "x"}, "ttx answer: name the side that answers with --side SIDE\n"},
		{[]string{"--side", "port", "x"}, "ttx answer: name the question answered with --question ID\n"},
		{[]string{"--side", "port", "--question", "lead"}, "ttx answer: name the log and the answer's text"},
		{[]string{"--side", "port", "--question", "lead", strings.Repeat("a", 2001)}, "ttx answer: an answer is at most 2000 characters\n"},
	} {
		args := append([]string{"answer", log}, c.args...)
		code, out, errs := ttxMain(args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errs, c.want) {
			t.Errorf("ttx %q = %d, stdout %q, stderr %q; want %d and %q", strings.Join(args[2:], " "), code, out, errs, exitUsage, c.want)
		}
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("a refused answer changed the log")
	}
	if err := os.Chmod(log, 0o400); err != nil {
		t.Fatal(err)
	}
	code, _, errs := ttxMain("answer", log, "--side", "port", "--question", "lead", "x")
	if after, _ := os.ReadFile(log); code != exitInvalid || !strings.Contains(errs, "read-only") || string(after) != string(before) {
		t.Errorf("a read-only log: exit %d, %q; changed: %v", code, errs, string(after) != string(before))
	}
}

// TestAnswerCommand: ttx answer records a table's answer in the log, which still replays and
// whose report sets it in the answers section; a second answer replaces the first (the log keeps
// one entry a side and question, as the window's save does); a side's id is read in any case and
// an inject's question is named INJECT#N; "" withdraws an answer, which the report then shows as
// not recorded, and withdrawing an answer there is not leaves the log byte for byte as it was.
func TestAnswerCommand(t *testing.T) {
	log := discussionLog(t)
	for _, args := range [][]string{
		{"--side", "Port", "--question", "public", "We say it at noon."},
		{"--side", "port", "--question", "public", "We say it at one, from the harbour master's office."},
		{"--side", "water", "--question", "ransom_note#1", "--turn", "1", "The national CERT."},
	} {
		code, out, errs := ttxMain(append([]string{"answer", log}, args...)...)
		if code != exitOK || !strings.Contains(out, "answer recorded") {
			t.Fatalf("ttx answer %q = %d, %q, %s", args, code, out, errs)
		}
	}
	if code, out, errs := ttxMain("replay", log); code != exitOK {
		t.Fatalf("the log with answers does not replay: %s%s", out, errs)
	}
	if got := logAnswers(t, log); len(got) != 2 || got[0].Turn != 2 || got[0].Side != "port" || got[1].Turn != 1 || got[1].Question != "ransom_note#1" {
		t.Errorf("the log's answers are %+v, want port's last to public (round 2) and water's to ransom_note#1 (round 1)", got)
	}
	sec := answersSection(t, log)
	for _, want := range []string{
		"What do you tell the public, and when? (Round 2",
		"| Port authority | We say it at one, from the harbour master's office. |",
		"Who do you call first? (Round 1",
		"| Water utility | The national CERT. |",
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("the report's answers section lacks %q:\n%s", want, sec)
		}
	}
	if strings.Contains(sec, "at noon") {
		t.Errorf("the report keeps the answer replaced:\n%s", sec)
	}

	code, out, errs := ttxMain("answer", log, "--side", "port", "--question", "public", "")
	if code != exitOK || !strings.Contains(out, "answer withdrawn (port, public, round 2)") {
		t.Fatalf("withdrawing: %d, %q, %s", code, out, errs)
	}
	if code, out, errs := ttxMain("replay", log); code != exitOK {
		t.Fatalf("the log with an answer withdrawn does not replay: %s%s", out, errs)
	}
	sec = answersSection(t, log)
	if strings.Contains(sec, "harbour master") || !strings.Contains(sec, "| Port authority | *No answer recorded.* |") {
		t.Errorf("the report after the withdrawal:\n%s", sec)
	}
	if !strings.Contains(sec, "| Water utility | The national CERT. |") {
		t.Errorf("withdrawing port's answer lost water's:\n%s", sec)
	}
	if got := logAnswers(t, log); len(got) != 1 || got[0].Side != "water" {
		t.Errorf("after the withdrawal the log's answers are %+v, want water's alone (a withdrawn answer has no entry)", got)
	}
	before, _ := os.ReadFile(log)
	code, out, _ = ttxMain("answer", log, "--side", "port", "--question", "public", "")
	if after, _ := os.ReadFile(log); code != exitOK || string(after) != string(before) || !strings.Contains(out, "no answer to public to withdraw") {
		t.Errorf("withdrawing no answer: %d, %q; the log changed: %v", code, out, string(after) != string(before))
	}
}

// TestAnswerTurnInPlay: a log of a game not over stands at the turn in play, whose questions the
// window already puts to the tables; ttx answer takes an answer to one of them, as the window does.
func TestAnswerTurnInPlay(t *testing.T) {
	log := filepath.Join(t.TempDir(), "p.jsonl")
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	if code, _, errs := ttxMain("run", scen, "--turns", "1", "--log", log); code != exitOK {
		t.Fatalf("ttx run: %s", errs)
	}
	if code, out, errs := ttxMain("answer", log, "--side", "port", "--question", "public", "At noon."); code != exitOK {
		t.Fatalf("ttx answer: %d, %s%s", code, out, errs)
	}
	if code, out, errs := ttxMain("replay", log); code != exitOK {
		t.Fatalf("does not replay: %s%s", out, errs)
	}
}
