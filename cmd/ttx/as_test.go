package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// markersFile is the fog-of-war fixture: every secret of a side carries a marker MK<SIDE>….
const markersFile = "../../sim/testdata/markers.toml"

// secrets are the markers of what blue may never read in the fixture's games (red's draft is
// public once tabled, so its title is not among them).
var secrets = []string{"MKREDBRIEFING", "MKREDOBJECTIVE", "MKREDSECRETMOVE", "MKREDINTRUDE", "MKREDHIDDENASSETNAME",
	"MKREDINJECT", "MKREDTABLENAME", "MKGREEN", "MKTRUTH", "MKEXPECTED"}

// TestRunAs: `ttx run --as SIDE` prints the team's own account: its markers and its score, no
// other side's, no truth, no seed, no unaddressed inject.
func TestRunAs(t *testing.T) {
	for _, seed := range []string{"1", "2", "3", "4"} {
		code, out, errs := ttxMain("run", markersFile, "--seed", seed, "--as", "blue", "--policy", "random")
		if code != 0 {
			t.Fatalf("ttx run --as blue: exit %d: %s", code, errs)
		}
		for _, bad := range append(secrets, "seed "+seed, "red 0", "green ", ", Red ", ", Green ") {
			if strings.Contains(out, bad) {
				t.Fatalf("seed %s: blue's account holds %q:\n%s", seed, bad, out)
			}
		}
		for _, want := range []string{"as Blue sees it", "MKBLUEINJECTTITLE", "scores after round 1: Blue "} {
			if !strings.Contains(out, want) {
				t.Fatalf("seed %s: blue's account lacks %q:\n%s", seed, want, out)
			}
		}
	}
	// The facilitator's account has everything.
	_, all, _ := ttxMain("run", markersFile, "--seed", "1", "--policy", "random")
	if !strings.Contains(all, "MKREDINJECTTITLE") || !strings.Contains(all, "seed 1") {
		t.Fatalf("the facilitator's account lacks red's inject or the seed:\n%s", all)
	}
	if code, _, errs := ttxMain("run", markersFile, "--as", "purple"); code != exitUsage || !strings.Contains(errs, "blue, red, green") {
		t.Errorf("run --as purple: exit %d, %q; want usage and the sides", code, errs)
	}
}

// TestReportAs: `ttx report --as SIDE` writes the team's own report, HTML and Markdown, with none
// of the other sides' secrets, the truths, the seed or the observer notes.
func TestReportAs(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "game.jsonl")
	scen, err := filepath.Abs(markersFile)
	if err != nil {
		t.Fatal(err)
	}
	// Blue's inject told to red as well: who else was told is not blue's to know.
	src, err := os.ReadFile(scen)
	if err != nil {
		t.Fatal(err)
	}
	scen = filepath.Join(dir, "markers.toml")
	both := strings.Replace(string(src), "to = [\"blue\"]\nquestions = [\"MKBLUEQUESTION?\"]", "to = [\"blue\", \"red\"]\nquestions = [\"MKBLUEQUESTION?\"]", 1)
	if both == string(src) {
		t.Fatal("the markers scenario no longer tells its blue inject to blue alone")
	}
	if err := os.WriteFile(scen, []byte(both), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := ttxMain("run", scen, "--seed", "918273645", "--policy", "random", "--log", log); code != 0 {
		t.Fatalf("ttx run: %s", errs)
	}
	for _, ext := range []string{".html", ".md"} {
		out := filepath.Join(dir, "blue"+ext)
		if code, _, errs := ttxMain("report", log, "--as", "blue", "-o", out); code != 0 {
			t.Fatalf("ttx report --as blue: exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, bad := range append(secrets, "918273645", "Red crew plays", "Green firm plays") {
			if strings.Contains(text, bad) {
				i := strings.Index(text, bad)
				t.Fatalf("blue's %s report holds %q: …%s…", ext, bad, text[max(0, i-200):min(len(text), i+200)])
			}
		}
		for _, want := range []string{"Blue", "MKBLUEBRIEFING", "MKBLUEOBJECTIVE", "Handout for "} {
			if !strings.Contains(text, want) {
				t.Fatalf("blue's %s report lacks %q", ext, want)
			}
		}
		// A handout does not call itself the facilitator's document. Who else saw a thing is not
		// the side's to know: it marks nothing secret, told to or asked of some sides, and calls
		// nothing public or seen by all sides (its own orders that no other side saw included),
		// and does not speak of marks.
		if strings.Contains(text, "Facilitator's document") {
			t.Errorf("blue's %s handout says it is the facilitator's document", ext)
		}
		for _, bad := range []string{"Items marked", "secret:", "told to:", "asked of:", "Seen by", "| public |", `class="public"`, "all sides", "Blue, Red", "frozen against value cashed out"} {
			if strings.Contains(text, bad) {
				i := strings.Index(text, bad)
				t.Errorf("blue's %s handout says who else saw things (%q): …%s…", ext, bad, text[max(0, i-150):min(len(text), i+100)])
			}
		}
		// The facilitator's report of the same log has the secrets.
		full := filepath.Join(dir, "all"+ext)
		if code, _, errs := ttxMain("report", log, "-o", full); code != 0 {
			t.Fatalf("ttx report: %s", errs)
		}
		b, _ = os.ReadFile(full)
		if !strings.Contains(string(b), "MKREDBRIEFING") || !strings.Contains(string(b), "MKTRUTH") || !strings.Contains(string(b), "Blue, Red") {
			t.Fatalf("the facilitator's %s report lacks red's briefing, the truth or whom blue's inject was told to", ext)
		}
		if !strings.Contains(string(b), "Facilitator's document") {
			t.Errorf("the facilitator's %s report does not say it is the facilitator's document", ext)
		}
	}
}

// TestUnscoredExercise: a discussion exercise (no objectives) ends "ended", and neither ttx run
// nor the report shows a score, a winner or a draw.
func TestUnscoredExercise(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "d.jsonl")
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	code, out, errs := ttxMain("run", scen, "--log", log)
	if code != 0 {
		t.Fatalf("ttx run: %s", errs)
	}
	if strings.Contains(out, "scores") || strings.Contains(out, "draw") || !strings.Contains(out, "outcome: ended") {
		t.Fatalf("ttx run of a discussion exercise:\n%s", out)
	}
	// Its exercise clock: each round's time, and an inject's time within its round.
	for _, want := range []string{"== Round 1 · Mon 2 Mar 09:00 ==", "== Round 2 · Mon 2 Mar 09:45 ==", "at Mon 2 Mar 10:05:"} {
		if !strings.Contains(out, want) {
			t.Fatalf("ttx run of a discussion exercise lacks %q:\n%s", want, out)
		}
	}
	rep := filepath.Join(dir, "d.html")
	if code, _, errs := ttxMain("report", log, "-o", rep); code != 0 {
		t.Fatalf("ttx report: %s", errs)
	}
	b, _ := os.ReadFile(rep)
	for _, bad := range []string{"Final score", "Objective scores", "highest score", "<strong>draw</strong>", "Scores at the end"} {
		if strings.Contains(string(b), bad) {
			i := strings.Index(string(b), bad)
			t.Errorf("the report of a discussion exercise says %q: …%s…", bad, string(b)[max(0, i-100):min(len(b), i+60)])
		}
	}
}

// TestForecastAsSideKeepsSecrets: a side's forecast lists no inject not told to it and no
// other side's draft.
func TestForecastAsSideKeepsSecrets(t *testing.T) {
	code, out, errs := ttxMain("forecast", markersFile, "--side", "blue", "--runs", "20")
	if code != 0 {
		t.Fatalf("ttx forecast --side blue: %s", errs)
	}
	for _, bad := range []string{"MKREDINJECT", "mkredinjectid", "MKREDDRAFT", "mkreddraftid", "MKTRUTH"} {
		if strings.Contains(out, bad) {
			t.Fatalf("blue's forecast holds %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "mkblueinjectid") {
		t.Fatalf("blue's forecast lacks its own inject:\n%s", out)
	}
	_, all, _ := ttxMain("forecast", markersFile, "--runs", "20")
	if !strings.Contains(all, "mkredinjectid") {
		t.Fatalf("the facilitator's forecast lacks red's inject:\n%s", all)
	}
}

// TestNoteCommand: ttx note adds a categorised note to a log, which still replays and whose
// report lists it among the areas for improvement with its action; a bad category is a usage
// error and leaves the log as it was.
func TestNoteCommand(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "d.jsonl")
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	if code, _, errs := ttxMain("run", scen, "--log", log); code != 0 {
		t.Fatalf("ttx run: %s", errs)
	}
	before, _ := os.ReadFile(log)
	if code, _, _ := ttxMain("note", log, "--category", "opinion", "text"); code != exitUsage {
		t.Fatalf("a bad category: exit %d, want %d", code, exitUsage)
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Fatal("a refused note changed the log")
	}
	code, _, errs := ttxMain("note", log, "--category", "gap", "--tag", "Operational coordination", "--author", "Obs 2",
		"--action", "Agree a joint call tree", "--inject", "ransom_note", "--turn", "1", "Each called the vendor alone.")
	if code != 0 {
		t.Fatalf("ttx note: %s", errs)
	}
	if code, _, errs := ttxMain("replay", log); code != 0 {
		t.Fatalf("the log with a note does not replay: %s", errs)
	}
	rep := filepath.Join(dir, "d.html")
	if code, _, errs := ttxMain("report", log, "-o", rep); code != 0 {
		t.Fatalf("ttx report: %s", errs)
	}
	b, _ := os.ReadFile(rep)
	for _, want := range []string{"Gap: Each called the vendor alone.", "<td>Agree a joint call tree</td>", "Operational coordination"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}
