package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// chainField is the chain hash at the end of a line of a log or rows file.
var chainField = regexp.MustCompile(`,"chain":"[0-9a-f]{64}"\}$`)

// link computes a chain hash as docs/logs.md defines it: the SHA-256 of the previous line's
// chain hash and the line without its chain field.
func link(prev, content string) string {
	sum := sha256.Sum256([]byte(prev + content))
	return hex.EncodeToString(sum[:])
}

// reseal recomputes the chain hash of every line of a log, as a forger would (the header's
// count of entries stays as it is).
func reseal(text string) string {
	var out strings.Builder
	prev := ""
	for _, l := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(l) == "" {
			out.WriteString(l)
			continue
		}
		nl := strings.HasSuffix(l, "\n")
		l = chainField.ReplaceAllString(strings.TrimSuffix(l, "\n"), "}")
		prev = link(prev, l)
		out.WriteString(strings.TrimSuffix(l, "}") + `,"chain":"` + prev + `"}`)
		if nl {
			out.WriteString("\n")
		}
	}
	return out.String()
}

// sealAfter returns line (without a chain field) sealed to follow prevLine.
func sealAfter(prevLine, line string) string {
	prev := ""
	if m := regexp.MustCompile(`"chain":"([0-9a-f]{64})"`).FindStringSubmatch(prevLine); m != nil {
		prev = m[1]
	}
	return strings.TrimSuffix(line, "}") + `,"chain":"` + link(prev, line) + `"}` + "\n"
}

// TestLogTampering changes a log of 'ttx run --log' in every way a hand or a bad disk could:
// replay, report and forecast must each refuse it, exit 1, naming the file and line.
func TestLogTampering(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "game.jsonl")
	if code, _, errOut := ttxMain("run", "-q", "--seed", "5", "--log", good, miniFile); code != exitOK {
		t.Fatalf("run --log = %d, %s", code, errOut)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	orig := strings.SplitAfter(string(data), "\n")
	orig = orig[:len(orig)-1] // the empty string after the last newline
	n := len(orig)            // the end entry is line n
	if n < 5 || !strings.Contains(orig[n-1], `"type":"end"`) {
		t.Fatalf("the log of mini has %d lines and does not end with the end entry:\n%s", n, data)
	}
	target := regexp.MustCompile(`"target":"[a-z]`)
	for _, c := range []struct {
		name   string
		change func(ls []string) string
		line   int
		want   string
	}{
		{"flipped bit in a target id", func(ls []string) string {
			loc := target.FindStringIndex(ls[2])
			b := []byte(ls[2])
			b[loc[1]-1] ^= 0x02 // aid_network would read cid_network
			ls[2] = string(b)
			return strings.Join(ls, "")
		}, 3, "entry hash does not match"},
		{"added rationale", func(ls []string) string {
			ls[1] = strings.Replace(ls[1], `"move":`, `"rationale":"we knew all along","move":`, 1)
			return strings.Join(ls, "")
		}, 2, "entry hash does not match"},
		{"forged note", func(ls []string) string {
			return strings.Join(ls[:n-1], "") + `{"type":"note","turn":2,"note":"Blue hesitated"}` + "\n" + ls[n-1]
		}, n, "entry has no chain hash"},
		{"forged note with its own hash", func(ls []string) string {
			return strings.Join(ls[:n-1], "") + sealAfter(ls[n-2], `{"type":"note","turn":2,"note":"Blue hesitated"}`) + ls[n-1]
		}, n + 1, "entry hash does not match"},
		{"changed turn", func(ls []string) string {
			ls[2] = strings.Replace(ls[2], `"turn":2`, `"turn":3`, 1)
			return strings.Join(ls, "")
		}, 3, "entry hash does not match"},
		{"entry after end", func(ls []string) string {
			return strings.Join(ls, "") + sealAfter(ls[n-1], `{"type":"turn","turn":5,"checksum":"0000000000000000"}`)
		}, n + 1, "entry after the end of the game"},
		{"deleted header hash", func(ls []string) string {
			ls[0] = regexp.MustCompile(`"hash":"[0-9a-f]*",`).ReplaceAllString(ls[0], "")
			return strings.Join(ls, "")
		}, 1, "header hash does not match"},
		{"deleted header hash, hashes recomputed", func(ls []string) string {
			ls[0] = regexp.MustCompile(`"hash":"[0-9a-f]*",`).ReplaceAllString(ls[0], "")
			return reseal(strings.Join(ls, ""))
		}, 1, "header has no scenario hash"},
		{"reordered entries", func(ls []string) string {
			ls[2], ls[3] = ls[3], ls[2]
			return strings.Join(ls, "")
		}, 3, "entry hash does not match"},
		{"truncated chain: last entry removed", func(ls []string) string {
			return strings.Join(ls[:n-1], "")
		}, n, "the log ends after"},
		{"truncated chain: entry removed", func(ls []string) string {
			return strings.Join(append(ls[:2:2], ls[3:]...), "")
		}, 3, "entry hash does not match"},
		{"truncated chain: an entry's hash deleted", func(ls []string) string {
			ls[3] = chainField.ReplaceAllString(strings.TrimSuffix(ls[3], "\n"), "}") + "\n"
			return strings.Join(ls, "")
		}, 4, "entry has no chain hash"},
		{"changed turn, hashes recomputed", func(ls []string) string {
			ls[2] = strings.Replace(ls[2], `"turn":2`, `"turn":3`, 1)
			return reseal(strings.Join(ls, ""))
		}, 3, "diverges: turn 3: the entry's turn is 3, the replay is at turn 2"},
	} {
		text := c.change(append([]string(nil), orig...))
		if text == string(data) {
			t.Fatalf("%s: the change changes nothing", c.name)
		}
		bad := filepath.Join(dir, "bad.jsonl")
		if err := os.WriteFile(bad, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		want := bad + ":" + itoa(c.line) + ": " + c.want
		for _, args := range [][]string{
			{"replay", bad},
			{"report", bad, "-o", filepath.Join(dir, "aar.html")},
			{"forecast", bad, "--runs", "10", "--workers", "1"},
		} {
			code, out, errOut := ttxMain(args...)
			if code != exitInvalid || !strings.Contains(out+errOut, want) {
				t.Errorf("%s: ttx %s = %d, %q %q, want %d and %q", c.name, args[0], code, out, errOut, exitInvalid, want)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "aar.html")); err == nil {
			t.Errorf("%s: a report was written", c.name)
			os.Remove(filepath.Join(dir, "aar.html"))
		}
	}
}

// TestLogScenarioPath writes a log with a scenario named relative to the working directory,
// then reads it from elsewhere: the log names its scenario from its own folder, so the log
// and its scenario can move together; when the scenario is not there, the error says how to
// give it.
func TestLogScenarioPath(t *testing.T) {
	root := t.TempDir()
	data, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"scenarios", "logs"} {
		if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "scenarios", "mini.toml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	if code, _, errOut := ttxMain("run", "-q", "--seed", "5", "--log", "logs/game.jsonl", "scenarios/mini.toml"); code != exitOK {
		t.Fatalf("run --log = %d, %s", code, errOut)
	}
	log, _ := os.ReadFile("logs/game.jsonl")
	if !strings.Contains(string(log), `"file":"../scenarios/mini.toml"`) {
		t.Errorf("the log names its scenario %s, want ../scenarios/mini.toml", firstLine(string(log)))
	}
	t.Chdir("logs")
	if code, out, errOut := ttxMain("replay", "game.jsonl"); code != exitOK {
		t.Errorf("replay from the log's folder = %d, %q %q, want 0", code, out, errOut)
	}
	// The folder moved elsewhere, and read from another working directory.
	moved := t.TempDir()
	if err := os.Rename(root, filepath.Join(moved, "exercise")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(moved)
	logPath := filepath.Join("exercise", "logs", "game.jsonl")
	for _, args := range [][]string{
		{"replay", logPath},
		{"report", logPath, "-o", "aar.md"},
		{"forecast", logPath, "--at", "1", "--runs", "10", "--workers", "1"}, // the game is over: from week 1
	} {
		if code, out, errOut := ttxMain(args...); code != exitOK {
			t.Errorf("ttx %s from another folder = %d, %q %q, want 0", strings.Join(args, " "), code, out, errOut)
		}
	}
	// Without its scenario: the error says where it looked and how to give the file.
	lone := "lone.jsonl"
	if err := os.WriteFile(lone, log, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"replay", "report", "forecast"} {
		args := []string{cmd, lone}
		switch cmd {
		case "report":
			args = append(args, "-o", "aar.html")
		case "forecast":
			args = append(args, "--at", "1") // the game is over: from week 1
		}
		code, out, errOut := ttxMain(args...)
		if code != exitInvalid || !strings.Contains(errOut, "lone.jsonl: no scenario file at ") || !strings.Contains(errOut, "--scenario FILE") {
			t.Errorf("ttx %s without its scenario = %d, %q %q, want 1 and how to give it", cmd, code, out, errOut)
		}
		args = append(args, "--scenario", filepath.Join("exercise", "scenarios", "mini.toml"))
		if code, out, errOut := ttxMain(args...); code != exitOK {
			t.Errorf("ttx %s --scenario = %d, %q %q, want 0", strings.Join(args, " "), code, out, errOut)
		}
	}
}
