package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// tutorialFile is the tutorial for scenario authors.
const tutorialFile = "../../docs/tutorial.md"

// codeBlocks returns the contents of the fenced code blocks of markdown md in the given
// language, in order, each with the heading it is under.
func codeBlocks(md, lang string) (blocks, headings []string) {
	var cur strings.Builder
	in, heading := false, ""
	for _, line := range strings.SplitAfter(md, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case !in && t == "```"+lang:
			in = true
			cur.Reset()
		case in && t == "```":
			in = false
			blocks = append(blocks, cur.String())
			headings = append(headings, heading)
		case in:
			cur.WriteString(line)
		case strings.HasPrefix(t, "#"):
			heading = t
		}
	}
	return blocks, headings
}

// partTwo is the heading of the tutorial's second part, the discussion exercise.
const partTwo = "## Part two: a discussion exercise"

// tutorialParts returns the tutorial's first part (the news report) and its second (the
// discussion exercise).
func tutorialParts(t *testing.T) (one, two string) {
	t.Helper()
	b, err := os.ReadFile(tutorialFile)
	if err != nil {
		t.Fatal(err)
	}
	one, two, ok := strings.Cut(string(b), "\n"+partTwo+"\n")
	if !ok {
		t.Fatalf("%s has no %q", tutorialFile, partTwo)
	}
	return one, two
}

// wholeFile returns the TOML block of md under heading.
func wholeFile(t *testing.T, md, heading string) string {
	t.Helper()
	blocks, headings := codeBlocks(md, "toml")
	for i, h := range headings {
		if h == heading {
			return blocks[i]
		}
	}
	t.Fatalf("%s has no TOML block under %q", tutorialFile, heading)
	return ""
}

// tutorialFinal returns the tutorial's first part and its final scenario: the TOML block under
// "The whole file".
func tutorialFinal(t *testing.T) (md, final string) {
	t.Helper()
	one, _ := tutorialParts(t)
	return one, wholeFile(t, one, "## The whole file")
}

// tutorialDiscussion returns the tutorial's second part and its discussion exercise: the TOML
// block under "The whole discussion file".
func tutorialDiscussion(t *testing.T) (md, final string) {
	t.Helper()
	_, two := tutorialParts(t)
	return two, wholeFile(t, two, "### The whole discussion file")
}

// checkExcerpts reports every line of md's TOML excerpts that is not a line of final.
func checkExcerpts(t *testing.T, md, final string) {
	t.Helper()
	lines := map[string]bool{}
	for _, l := range strings.Split(final, "\n") {
		lines[l] = true
	}
	blocks, headings := codeBlocks(md, "toml")
	for i, b := range blocks {
		for _, l := range strings.Split(strings.TrimRight(b, "\n"), "\n") {
			if !lines[l] {
				t.Errorf("%s: the excerpt line %q is not in the whole file", headings[i], l)
			}
		}
	}
}

// TestTutorialPlays loads the tutorial's final file, checks it against the schema, and plays
// it to the end headless, so the tutorial cannot rot.
func TestTutorialPlays(t *testing.T) {
	_, final := tutorialFinal(t)
	path := filepath.Join(t.TempDir(), "missile_maker.toml")
	if err := os.WriteFile(path, []byte(final), 0o644); err != nil {
		t.Fatal(err)
	}
	validatesAndPlays(t, "the tutorial's final file", path, []byte(final), "moscow", "pyongyang")
}

// TestTutorialExcerpts checks every TOML excerpt of the tutorial is taken from the whole file
// of its part, and that the validate output it shows for a misspelt id is what the loader says.
func TestTutorialExcerpts(t *testing.T) {
	md, final := tutorialFinal(t)
	checkExcerpts(t, md, final)
	md2, final2 := tutorialDiscussion(t)
	checkExcerpts(t, md2, final2)
	const good, bad = `id = "opencarrot"`, `id = "openCarrot"`
	if !strings.Contains(final, good) {
		t.Fatalf("the final file has no %s", good)
	}
	_, err := load.Load("missile_maker.toml", []byte(strings.Replace(final, good, bad, 1)))
	if err == nil {
		t.Fatalf("the final file with %s still loads", bad)
	}
	for _, e := range load.List(err) {
		if !strings.Contains(md, e.Error()+"\n") {
			t.Errorf("the tutorial does not show the error %q", e.Error())
		}
	}
}

// TestTutorialTranscript plays the tutorial's final file as its "play it" minute does and checks
// the transcript it shows: every line it shows is the real output's, in order, the first ones
// and the last ones where they are ("…" stands for the lines left out).
func TestTutorialTranscript(t *testing.T) {
	md, final := tutorialFinal(t)
	path := filepath.Join(t.TempDir(), "missile_maker.toml")
	if err := os.WriteFile(path, []byte(final), 0o644); err != nil {
		t.Fatal(err)
	}
	blocks, headings := codeBlocks(md, "text")
	shown := ""
	for i, h := range headings {
		if strings.HasPrefix(h, "## Minute 13") && strings.HasPrefix(blocks[i], "A Backdoor") {
			shown = blocks[i]
		}
	}
	if shown == "" {
		t.Fatal("the tutorial shows no transcript of ttx run under \"## Minute 13\"")
	}
	code, out, errs := ttxMain("run", path)
	if code != 0 {
		t.Fatalf("ttx run: exit %d: %s", code, errs)
	}
	head, tail, cut := strings.Cut(strings.TrimRight(shown, "\n"), "\n  …\n")
	real := strings.TrimRight(out, "\n")
	if !strings.HasPrefix(real, head) {
		t.Errorf("the transcript's first lines are not what ttx run prints:\n%s\n--- ttx run prints:\n%s", head, real)
	}
	if cut && !strings.HasSuffix(real, tail) {
		t.Errorf("the transcript's last lines are not what ttx run prints:\n%s\n--- ttx run prints:\n%s", tail, real)
	}
}

// TestTutorialOutcomesMeanWhatTheySay plays the tutorial's scenario under random and greedy
// play: a game that ends "named" saw Moscow name a group in public, and one that ends "quiet"
// did not.
func TestTutorialOutcomesMeanWhatTheySay(t *testing.T) {
	_, final := tutorialFinal(t)
	sc, err := load.Load("missile_maker.toml", []byte(final))
	if err != nil {
		t.Fatal(err)
	}
	russia := sc.Actor("russia")
	for _, pn := range []string{"random", "greedy"} {
		for seed := uint64(1); seed <= 60; seed++ {
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				if pols[i], err = policy.Parse(pn, seed+uint64(i)); err != nil {
					t.Fatal(err)
				}
			}
			s := policy.Play(sim.New(sc, seed), pols, 0, nil)
			named := false
			for x := s; x != nil; x = x.Prev {
				for _, e := range x.Events {
					named = named || e.Kind == sim.EvAttribution && int(e.Actor) == russia
				}
			}
			if s.Outcome == "named" && !named || s.Outcome == "quiet" && named {
				t.Errorf("%s seed %d: outcome %s, but Moscow named a group in public: %t", pn, seed, s.Outcome, named)
			}
		}
	}
}

// blockUnder returns the first fenced block of md in lang under a heading that starts with
// prefix.
func blockUnder(t *testing.T, md, lang, prefix string) string {
	t.Helper()
	blocks, headings := codeBlocks(md, lang)
	for i, h := range headings {
		if strings.HasPrefix(h, prefix) {
			return blocks[i]
		}
	}
	t.Fatalf("the tutorial has no %s block under %q", lang, prefix)
	return ""
}

// blocksUnder returns every fenced block of md in lang under a heading that starts with prefix.
func blocksUnder(md, lang, prefix string) []string {
	var out []string
	blocks, headings := codeBlocks(md, lang)
	for i, h := range headings {
		if strings.HasPrefix(h, prefix) {
			out = append(out, blocks[i])
		}
	}
	return out
}

// shellWords splits a command line of the tutorial into its words: blanks separate them, double
// quotes group them.
func shellWords(line string) []string {
	var words []string
	var w strings.Builder
	in, have := false, false
	for _, r := range line {
		switch {
		case r == '"':
			in, have = !in, true
		case r == ' ' && !in:
			if have {
				words = append(words, w.String())
			}
			w.Reset()
			have = false
		default:
			w.WriteRune(r)
			have = true
		}
	}
	if have {
		words = append(words, w.String())
	}
	return words
}

// runShown runs, as written, the lines of the sh blocks under heading that run ttx cmd, and
// checks that they print what the first text block under heading shows.
func runShown(t *testing.T, md, heading, cmd string) {
	t.Helper()
	var printed strings.Builder
	n := 0
	for _, block := range blocksUnder(md, "sh", heading) {
		for _, line := range strings.Split(block, "\n") {
			words := shellWords(line)
			if len(words) < 2 || words[0] != "ttx" || words[1] != cmd {
				continue
			}
			n++
			code, out, errs := ttxMain(words[1:]...)
			if code != exitOK {
				t.Fatalf("%s: exit %d: %s", line, code, errs)
			}
			printed.WriteString(out)
		}
	}
	if n == 0 {
		t.Fatalf("%s runs no ttx %s", heading, cmd)
	}
	if want := blockUnder(t, md, "text", heading); printed.String() != want {
		t.Errorf("%s shows:\n%s\n--- ttx %s prints:\n%s", heading, want, cmd, printed.String())
	}
}

// TestTutorialDiscussion follows the tutorial's second part in a folder of its own: the whole
// discussion file validates, matches the schema and plays (no score); ttx validate and ttx run
// print what its transcripts show; its ttx answer and ttx note commands, run as written on a
// log of ttx run, print what it shows; and the report holds its excerpt's lines in
// order ("…" stands for lines left out).
func TestTutorialDiscussion(t *testing.T) {
	md, final := tutorialDiscussion(t)
	const file = "port_and_water.toml"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, file), []byte(final), 0o644); err != nil {
		t.Fatal(err)
	}
	validatesAndPlays(t, "the tutorial's discussion file", filepath.Join(dir, file), []byte(final), "port", "water")
	t.Chdir(dir) // the commands of the tutorial, as written
	sc, err := load.Load(file, []byte(final))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Scored() {
		t.Error("the tutorial's discussion exercise keeps a score")
	}

	shown := blocksUnder(md, "text", "### Step 5")
	if len(shown) != 2 {
		t.Fatalf("step 5 shows %d transcripts, want ttx validate's and ttx run's", len(shown))
	}
	for i, args := range [][]string{{"validate", file}, {"run", file}} {
		code, out, errs := ttxMain(args...)
		if code != exitOK {
			t.Fatalf("ttx %s: exit %d: %s", strings.Join(args, " "), code, errs)
		}
		if out != shown[i] {
			t.Errorf("step 5 shows for ttx %s:\n%s\n--- it prints:\n%s", strings.Join(args, " "), shown[i], out)
		}
	}

	// The log of step 6, made headless, with the tables' answers typed up as it shows.
	if code, _, errs := ttxMain("run", file, "--log", "ex.jsonl"); code != exitOK {
		t.Fatalf("ttx run --log: %s", errs)
	}
	runShown(t, md, "### Step 6", "answer")

	// Step 7: the notes, as written.
	runShown(t, md, "### Step 7", "note")

	// Step 8: the report.
	if code, _, errs := ttxMain("report", "ex.jsonl", "-o", "aar.md"); code != exitOK {
		t.Fatalf("ttx report: %s", errs)
	}
	rep, err := os.ReadFile("aar.md")
	if err != nil {
		t.Fatal(err)
	}
	rest := string(rep)
	for _, chunk := range strings.Split(blockUnder(t, md, "markdown", "### Step 8"), "…\n") {
		i := strings.Index(rest, chunk)
		if i < 0 {
			t.Fatalf("the report does not hold, after the excerpt's earlier lines:\n%s\n--- the report:\n%s", chunk, rep)
		}
		rest = rest[i+len(chunk):]
	}
	for _, bad := range []string{"Scores at the end", "Final score", "highest score"} {
		if strings.Contains(string(rep), bad) {
			t.Errorf("the discussion exercise's report says %q", bad)
		}
	}
}
