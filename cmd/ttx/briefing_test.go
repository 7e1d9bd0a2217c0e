package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// briefingMarkers writes the fog-of-war fixture with blue's and red's injects moved to round 1,
// so that each is told at the start, and a secret value on the red crew's own track
// (secretwork 777), and returns its path.
func briefingMarkers(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(markersFile)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	for _, r := range [][2]string{
		{"title = \"MKBLUEINJECTTITLE\"\nturn = 2", "title = \"MKBLUEINJECTTITLE\"\nturn = 1"},
		{"title = \"MKREDINJECTTITLE\"\nturn = 3", "title = \"MKREDINJECTTITLE\"\nturn = 1"},
		{"name = \"Red crew\"\nkind = \"group\"\nside = \"red\"\n", "name = \"Red crew\"\nkind = \"group\"\nside = \"red\"\ntracks = { secretwork = 777 }\n"},
	} {
		if !strings.Contains(text, r[0]) {
			t.Fatalf("the markers scenario no longer has %q", r[0])
		}
		text = strings.Replace(text, r[0], r[1], 1)
	}
	path := filepath.Join(t.TempDir(), "markers.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBriefingFog: a side's briefing has its own briefing, objectives, actors with their
// tracks and the round 1 inject told to it with its question, and nothing only another side
// may read: no marker of red's (its briefing, objective, inject, secret track's value), none
// of green's, no truth and no expected player action. Each side's briefing in the white
// cell's copy (no --side) is the same as its own.
func TestBriefingFog(t *testing.T) {
	scen := briefingMarkers(t)
	own := map[string][]string{}
	for _, seed := range []string{"1", "2", "3"} {
		code, out, errs := ttxMain("briefing", scen, "--side", "blue", "--seed", seed)
		if code != exitOK {
			t.Fatalf("ttx briefing --side blue: exit %d: %s", code, errs)
		}
		for _, bad := range append(secrets, "777", "MKGREEN", "MKBLUEQUESTION?\n- MKEXPECTED") {
			if strings.Contains(out, bad) {
				t.Fatalf("seed %s: blue's briefing holds %q:\n%s", seed, bad, out)
			}
		}
		for _, want := range []string{"# Markers: briefing for Blue", "Common briefing: everyone reads this.",
			"MKBLUEBRIEFING", "- MKBLUEOBJECTIVE keep the ministry safe", "**Blue ministry** (state): funds 20 · capability 5 · secretwork 0",
			"**Red crew** (group, Red): capability 5\n", "## Round 1", "### Inject: MKBLUEINJECTTITLE\n\nMKBLUEINJECTTEXT\n\nKey questions:\n\n- MKBLUEQUESTION?\n"} {
			if !strings.Contains(out, want) {
				t.Fatalf("seed %s: blue's briefing lacks %q:\n%s", seed, want, out)
			}
		}
		own["blue"] = append(own["blue"], out)
	}
	// Red's own has its secrets, which blue's lacks for the fog, not for want of them.
	code, red, errs := ttxMain("briefing", scen, "--side", "RED")
	if code != exitOK {
		t.Fatalf("ttx briefing --side RED: exit %d: %s", code, errs)
	}
	for _, want := range []string{"MKREDBRIEFING", "MKREDOBJECTIVE", "MKREDINJECTTITLE", "secretwork 777"} {
		if !strings.Contains(red, want) {
			t.Errorf("red's briefing lacks %q:\n%s", want, red)
		}
	}
	for _, bad := range []string{"MKBLUE", "MKGREEN", "MKTRUTH", "MKEXPECTED"} {
		if strings.Contains(red, bad) {
			t.Errorf("red's briefing holds %q:\n%s", bad, red)
		}
	}
	// The white cell's copy: every side's, in the scenario's order, each its own.
	code, all, errs := ttxMain("briefing", scen)
	if code != exitOK {
		t.Fatalf("ttx briefing: exit %d: %s", code, errs)
	}
	parts := strings.Split(all, "\n---\n\n")
	if len(parts) != 3 || parts[0] != own["blue"][0] || parts[1] != red {
		t.Fatalf("ttx briefing gives %d parts, want blue's then red's then green's:\n%s", len(parts), all)
	}
	if strings.Contains(parts[2], "MKBLUE") || strings.Contains(parts[2], "MKRED") || !strings.Contains(parts[2], "MKGREENBRIEFING") {
		t.Errorf("green's part of the white cell's copy is not green's own:\n%s", parts[2])
	}
}

// TestBriefingFile: -o writes the briefing to a file (and says so), never the scenario itself;
// an unknown side is a usage error naming the sides.
func TestBriefingFile(t *testing.T) {
	scen := briefingMarkers(t)
	out := filepath.Join(filepath.Dir(scen), "blue.md")
	code, msg, errs := ttxMain("briefing", scen, "--side", "blue", "-o", out)
	if code != exitOK || msg != "markers: the briefing of blue written to "+out+"\n" {
		t.Fatalf("ttx briefing -o: exit %d, %q, %q", code, msg, errs)
	}
	_, want, _ := ttxMain("briefing", scen, "--side", "blue")
	if b, err := os.ReadFile(out); err != nil || string(b) != want {
		t.Errorf("the file holds %q (%v), want what standard output gets:\n%s", b, err, want)
	}
	before, _ := os.ReadFile(scen)
	code, _, errs = ttxMain("briefing", scen, "-o", scen)
	if after, _ := os.ReadFile(scen); code != exitUsage || !strings.Contains(errs, "is the scenario file") || string(after) != string(before) {
		t.Errorf("ttx briefing -o SCENARIO: exit %d, %q; want usage, the scenario untouched", code, errs)
	}
	code, _, errs = ttxMain("briefing", scen, "--side", "purple")
	if code != exitUsage || !strings.Contains(errs, "ttx briefing: --side purple: no such side (sides: blue, red, green)") {
		t.Errorf("ttx briefing --side purple: exit %d, %q; want usage and the sides", code, errs)
	}
}
