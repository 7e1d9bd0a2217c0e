package sim_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
)

const rulesDoc = "../docs/rules.md"

// tomlBlocks returns the fenced ```toml blocks of a Markdown text and the line each starts on.
func tomlBlocks(md string) (blocks []string, lines []int) {
	var cur []string
	in := false
	for i, l := range strings.Split(md, "\n") {
		switch {
		case !in && strings.TrimSpace(l) == "```toml":
			in, cur = true, nil
			lines = append(lines, i+2)
		case in && strings.TrimSpace(l) == "```":
			in = false
			blocks = append(blocks, strings.Join(cur, "\n")+"\n")
		case in:
			cur = append(cur, l)
		}
	}
	return blocks, lines
}

// TestRulesDocExamples loads every TOML example of docs/rules.md as a scenario and starts a
// game with it, so the examples cannot drift from the loader and the engine.
func TestRulesDocExamples(t *testing.T) {
	src, err := os.ReadFile(rulesDoc)
	if err != nil {
		t.Fatal(err)
	}
	blocks, lines := tomlBlocks(string(src))
	if len(blocks) < 4 {
		t.Fatalf("tomlBlocks(%s) = %d blocks, want one per mechanic (at least 4)", rulesDoc, len(blocks))
	}
	for i, b := range blocks {
		name := fmt.Sprintf("%s:%d", rulesDoc, lines[i])
		sc, err := load.Load(name, []byte(b))
		if err != nil {
			t.Errorf("load.Load(%s) = %v, want a scenario", name, err)
			continue
		}
		// Each example plays whole games with every side random, invariants checked every turn.
		for seed := uint64(1); seed <= 10; seed++ {
			pols := make([]policy.Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = policy.Random{Seed: seed}
			}
			s := sim.New(sc, seed)
			if err := sim.Check(s); err != nil {
				t.Fatalf("sim.Check(New(%s)) = %v, want nil", name, err)
			}
			s = policy.Play(s, pols, 0, func(s *sim.State) {
				if err := sim.Check(s); err != nil {
					t.Fatalf("%s, seed %d, turn %d: sim.Check = %v, want nil", name, seed, s.Prev.Turn, err)
				}
			})
			if !s.Over {
				t.Errorf("%s, seed %d: the game did not end", name, seed)
			}
		}
	}
}

// TestTomlBlocksCanFail makes sure the extraction finds blocks and that a broken one fails.
func TestTomlBlocksCanFail(t *testing.T) {
	md := "text\n```toml\n[scenario]\nid = \"x\"\n```\nmore\n```go\nx := 1\n```\n"
	blocks, lines := tomlBlocks(md)
	if len(blocks) != 1 || lines[0] != 3 || blocks[0] != "[scenario]\nid = \"x\"\n" {
		t.Fatalf("tomlBlocks(md) = %q at %v, want one block at line 3", blocks, lines)
	}
	if _, err := load.Load("x", []byte(blocks[0])); err == nil {
		t.Errorf("load.Load(%q) = nil error, want an error (no title, no turns)", blocks[0])
	}
}

// TestRulesDocNamesEveryCase requires docs/rules.md to point at every case of the catalogue, and
// every case it names to exist.
func TestRulesDocNamesEveryCase(t *testing.T) {
	src, err := os.ReadFile(rulesDoc)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	re := regexp.MustCompile("`([a-z0-9]+(?:-[a-z0-9]+)+)`")
	// A list runs from "Cases:" to the end of its sentence.
	for _, part := range strings.Split(string(src), "Cases:")[1:] {
		list, _, _ := strings.Cut(part, ".")
		for _, m := range re.FindAllStringSubmatch(list, -1) {
			named[m[1]] = true
		}
	}
	files, err := caseFiles()
	if err != nil {
		t.Fatal(err)
	}
	exist := map[string]bool{}
	for _, f := range files {
		n := strings.TrimSuffix(filepath.Base(f), ".toml")
		exist[n] = true
		if !named[n] {
			t.Errorf("case %s is not named in a \"Cases:\" list of %s", n, rulesDoc)
		}
	}
	for n := range named {
		if !exist[n] {
			t.Errorf("%s names case %s, but there is no %s/GROUP/%s.toml", rulesDoc, n, casesDir, n)
		}
	}
}

// ruleMapRow is one line of the map from rules to files and cases in sim/doc.go.
type ruleMapRow struct {
	rule          string
	files, proofs []string
}

// ruleMap reads the map from rules to files and cases from the package comment in doc.go: the
// indented lines after the heading "Where each rule lives", columns parted by two spaces or more.
func ruleMap(doc string) []ruleMapRow {
	_, after, ok := strings.Cut(doc, "// # Where each rule lives\n")
	if !ok {
		return nil
	}
	var rows []ruleMapRow
	cols := regexp.MustCompile(`\s{2,}`)
	list := func(s string) []string { return strings.Split(s, ", ") }
	for _, l := range strings.Split(after, "\n") {
		line, ok := strings.CutPrefix(l, "//\t")
		if !ok {
			if len(rows) > 0 {
				break // the map ends with its block
			}
			continue
		}
		c := cols.Split(strings.TrimSpace(line), -1)
		if len(c) != 3 {
			rows = append(rows, ruleMapRow{rule: line})
			continue
		}
		rows = append(rows, ruleMapRow{rule: c[0], files: list(c[1]), proofs: list(c[2])})
	}
	return rows
}

// TestRuleMap: the map in doc.go names files of this package that exist, and cases, case
// folders and tests that exist; every folder of the case catalogue is on it.
func TestRuleMap(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	rows := ruleMap(string(src))
	if len(rows) < len(caseGroups) {
		t.Fatalf("doc.go maps %d rules, want at least one per group of cases (%v)", len(rows), caseGroups)
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	mapped := map[string]bool{}
	for _, r := range rows {
		if r.files == nil {
			t.Errorf("doc.go: %q is not RULE  FILES  PROOFS", r.rule)
			continue
		}
		for _, f := range r.files {
			if !strings.HasSuffix(f, ".go") || strings.HasSuffix(f, "_test.go") || !exists(f) {
				t.Errorf("doc.go: rule %q names file %s, which is not a file of sim", r.rule, f)
			}
		}
		for _, p := range r.proofs {
			group, name, _ := strings.Cut(p, "/")
			switch {
			case strings.HasSuffix(p, "_test.go"):
				if !exists(p) {
					t.Errorf("doc.go: rule %q names test file %s, which does not exist", r.rule, p)
				}
			case !slices.Contains(caseGroups, group):
				t.Errorf("doc.go: rule %q names %s, which is no group of cases (%v) nor a test file", r.rule, p, caseGroups)
			case name == "":
				mapped[group] = true
			case !exists(filepath.Join(casesDir, group, name+".toml")):
				t.Errorf("doc.go: rule %q names case %s, but there is no %s/%s.toml", r.rule, p, casesDir, p)
			}
		}
	}
	for _, g := range caseGroups {
		if !mapped[g] {
			t.Errorf("doc.go maps no rule to the cases in %s/%s/", casesDir, g)
		}
	}
}

// TestRuleMapCanFail: a map that names a file, a case or a folder that is not there, or a
// line that is not three columns, is read as such.
func TestRuleMapCanFail(t *testing.T) {
	doc := "// # Where each rule lives\n//\n// Text.\n//\n//\tvotes  vote.go, nowhere.go  votes/, votes/no-such-case\n//\tbroken line\n//\n// After.\n"
	rows := ruleMap(doc)
	if len(rows) != 2 || rows[0].rule != "votes" || !slices.Equal(rows[0].files, []string{"vote.go", "nowhere.go"}) ||
		!slices.Equal(rows[0].proofs, []string{"votes/", "votes/no-such-case"}) || rows[1].files != nil {
		t.Errorf("ruleMap(doc) = %+v, want the votes row and a broken one", rows)
	}
}
