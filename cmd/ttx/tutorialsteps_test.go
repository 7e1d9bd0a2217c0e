package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// editMark starts the paragraph of a tutorial step that says what to do to the file.
const editMark = "**In the file:**"

// tutorialStep is one step of the tutorial's first part: its heading, what its "In the file"
// paragraph says to do (add, replace or delete), the names it quotes (tables such as [[move]],
// or ids), and the TOML block it shows, if any.
type tutorialStep struct {
	heading, verb string
	names         []string
	block         string
}

// quoted is a name in backquotes.
var quoted = regexp.MustCompile("`([^`]+)`")

// tutorialSteps reads the steps of md: every section with an "In the file" paragraph, its
// verb, the names that paragraph quotes, and the first TOML block after it in the section.
func tutorialSteps(md string) []tutorialStep {
	var steps []tutorialStep
	var cur *tutorialStep
	var para, block []string
	inPara, fence, reading := false, false, false
	endPara := func() {
		if inPara {
			text := strings.TrimSpace(strings.TrimPrefix(strings.Join(para, " "), editMark))
			cur.verb, _, _ = strings.Cut(text, " ")
			for _, m := range quoted.FindAllStringSubmatch(text, -1) {
				cur.names = append(cur.names, m[1])
			}
		}
		inPara, para = false, nil
	}
	endStep := func() {
		if cur != nil && cur.verb != "" {
			steps = append(steps, *cur)
		}
	}
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case fence && t == "```":
			fence = false
			if reading {
				cur.block, reading = strings.Join(block, "\n")+"\n", false
			}
		case fence:
			block = append(block, line)
		case strings.HasPrefix(t, "```"):
			endPara()
			fence, block = true, nil
			reading = t == "```toml" && cur != nil && cur.verb != "" && cur.block == ""
		case strings.HasPrefix(t, "#"):
			endPara()
			endStep()
			cur = &tutorialStep{heading: t}
		case cur != nil && strings.HasPrefix(t, editMark):
			endPara()
			inPara, para = true, []string{t}
		case inPara && t == "":
			endPara()
		case inPara:
			para = append(para, t)
		}
	}
	endPara()
	endStep()
	return steps
}

// tomlPart is one table of a scenario file as an author sees it: its header line and the lines
// up to the next header (sub-tables such as [[side.objective]] go with their table), with the
// comment lines just above its header.
type tomlPart struct {
	kind, id string // kind: the header's first name (scenario, tracks, side); id: its id
	lines    []string
}

var headerLine = regexp.MustCompile(`^\[\[?\s*([a-z_]+)(?:\.([a-z_]+))?`)

// splitParts splits src into its preamble (the lines before the first header) and its parts.
func splitParts(src string) (pre []string, parts []tomlPart) {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	inString := false
	for _, l := range lines {
		m := headerLine.FindStringSubmatch(l)
		sub := m != nil && len(parts) > 0 && strings.HasPrefix(l, "[["+parts[len(parts)-1].kind+".")
		if m == nil || inString || sub {
			if len(parts) == 0 {
				pre = append(pre, l)
			} else {
				parts[len(parts)-1].lines = append(parts[len(parts)-1].lines, l)
			}
			if strings.Count(l, `"""`)%2 == 1 {
				inString = !inString
			}
			continue
		}
		p := tomlPart{kind: m[1]}
		if m[1] == "tracks" {
			p.id = m[2]
		}
		// The comments just above the header are the part's own.
		prev := &pre
		if len(parts) > 0 {
			prev = &parts[len(parts)-1].lines
		}
		n := len(*prev)
		for n > 0 && strings.HasPrefix(strings.TrimSpace((*prev)[n-1]), "#") && !strings.HasPrefix((*prev)[n-1], "#:") {
			n--
		}
		p.lines = append(append([]string{}, (*prev)[n:]...), l)
		*prev = (*prev)[:n]
		parts = append(parts, p)
	}
	for i := range parts {
		if parts[i].id != "" {
			continue
		}
		for _, l := range parts[i].lines {
			if k, v, ok := strings.Cut(l, "="); ok && strings.TrimSpace(k) == "id" {
				parts[i].id = strings.Trim(strings.TrimSpace(v), `"`)
				break
			}
		}
	}
	return pre, parts
}

// joinParts is the file of a preamble and parts.
func joinParts(pre []string, parts []tomlPart) string {
	lines := append([]string{}, pre...)
	for _, p := range parts {
		lines = append(lines, p.lines...)
	}
	return strings.Join(lines, "\n") + "\n"
}

// tableKind is the kind a quoted table name such as [[move]] or [tracks] stands for, or "".
func tableKind(name string) string {
	if m := headerLine.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	return ""
}

// applyStep does to src what step says, as an author would in an editor: add puts the block's
// parts after the last part of the quoted table; replace puts them where the first part of a
// quoted table was and drops every part of those tables; delete drops the parts with the quoted
// ids.
func applyStep(t *testing.T, src string, st tutorialStep) string {
	t.Helper()
	pre, parts := splitParts(src)
	_, block := splitParts(st.block)
	kinds := map[string]bool{}
	for _, n := range st.names {
		if k := tableKind(n); k != "" {
			kinds[k] = true
		}
	}
	switch st.verb {
	case "add":
		if len(kinds) != 1 || st.block == "" {
			t.Fatalf("%s: add names %v and shows %d parts: want one table to add after and a block", st.heading, st.names, len(block))
		}
		at := -1
		for i, p := range parts {
			if kinds[p.kind] {
				at = i + 1
			}
		}
		if at < 0 {
			t.Fatalf("%s: the file has no %v to add after", st.heading, st.names)
		}
		return joinParts(pre, append(append(append([]tomlPart{}, parts[:at]...), block...), parts[at:]...))
	case "replace":
		if len(kinds) == 0 || st.block == "" {
			t.Fatalf("%s: replace names no table (%v) or shows no block", st.heading, st.names)
		}
		var out []tomlPart
		put, found := false, map[string]bool{}
		for _, p := range parts {
			if !kinds[p.kind] {
				out = append(out, p)
				continue
			}
			found[p.kind] = true
			if !put {
				out, put = append(out, block...), true
			}
		}
		if len(found) != len(kinds) {
			t.Fatalf("%s: the file lacks some of %v to replace", st.heading, st.names)
		}
		return joinParts(pre, out)
	case "delete":
		if st.block != "" || len(st.names) == 0 {
			t.Fatalf("%s: delete names %v and shows a block", st.heading, st.names)
		}
		drop := map[string]int{}
		for _, n := range st.names {
			drop[n] = 0
		}
		var out []tomlPart
		for _, p := range parts {
			if _, ok := drop[p.id]; ok {
				drop[p.id]++
				continue
			}
			out = append(out, p)
		}
		for _, n := range st.names {
			if drop[n] != 1 {
				t.Fatalf("%s: %d parts of the file have the id %q, want 1", st.heading, drop[n], n)
			}
		}
		return joinParts(pre, out)
	}
	t.Fatalf("%s: %s %q: want add, replace or delete", st.heading, editMark, st.verb)
	return ""
}

// TestTutorialSteps follows the tutorial's first part as an author would: ttx new, then each
// step's edit with the block it shows, pasted as it stands. The file validates after every
// step, as the tutorial says, and the last step leaves a file that plays the same game as the
// whole file the tutorial ends with.
func TestTutorialSteps(t *testing.T) {
	md, final := tutorialFinal(t)
	steps := tutorialSteps(md)
	if len(steps) < 5 {
		t.Fatalf("the tutorial has %d steps that say what to do to the file (%s), want one for each part", len(steps), editMark)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "missile_maker.toml")
	if code, _, errs := ttxMain("new", path); code != exitOK {
		t.Fatalf("ttx new: %s", errs)
	}
	for _, st := range steps {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		next := applyStep(t, string(src), st)
		if err := os.WriteFile(path, []byte(next), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, out, errs := ttxMain("validate", path); code != exitOK {
			t.Fatalf("after %q the file does not validate:\n%s%s--- the file:\n%s", st.heading, out, errs, next)
		}
	}
	wholePath := filepath.Join(dir, "whole.toml")
	if err := os.WriteFile(wholePath, []byte(final), 0o644); err != nil {
		t.Fatal(err)
	}
	_, got, _ := ttxMain("run", path)
	_, want, _ := ttxMain("run", wholePath)
	if got != want || got == "" {
		t.Errorf("the file the steps make plays:\n%s\n--- the whole file plays:\n%s", got, want)
	}
}
