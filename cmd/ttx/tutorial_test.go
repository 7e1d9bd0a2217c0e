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

// tutorialFinal returns the tutorial's final scenario: the TOML block under "The whole file".
func tutorialFinal(t *testing.T) (md, final string) {
	t.Helper()
	b, err := os.ReadFile(tutorialFile)
	if err != nil {
		t.Fatal(err)
	}
	blocks, headings := codeBlocks(string(b), "toml")
	for i, h := range headings {
		if h == "## The whole file" {
			return string(b), blocks[i]
		}
	}
	t.Fatalf("%s has no TOML block under \"## The whole file\"", tutorialFile)
	return "", ""
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

// TestTutorialExcerpts checks every TOML excerpt of the tutorial is taken from its final file,
// and that the validate output it shows for a misspelt id is what the loader says.
func TestTutorialExcerpts(t *testing.T) {
	md, final := tutorialFinal(t)
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
					named = named || e.Kind == sim.EvAttribution && e.Actor == russia
				}
			}
			if s.Outcome == "named" && !named || s.Outcome == "quiet" && named {
				t.Errorf("%s seed %d: outcome %s, but Moscow named a group in public: %t", pn, seed, s.Outcome, named)
			}
		}
	}
}
