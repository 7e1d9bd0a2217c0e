package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"ttx/scenarios"
)

const (
	miniFile    = "../../sim/testdata/mini.toml"
	invalidFile = "../../sim/load/testdata/invalid/dangling_world.toml"
)

// ttxMain runs Main with args and returns its exit code and output.
func ttxMain(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = Main(args, &o, &e)
	return code, o.String(), e.String()
}

func commandNames() []string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TestHelp asks every subcommand for its help: exit 0 and a usage line.
func TestHelp(t *testing.T) {
	names := commandNames()
	for _, want := range []string{"validate", "run", "replay"} {
		if _, ok := commands[want]; !ok {
			t.Errorf("command %s is not registered (have %v)", want, names)
		}
	}
	for _, n := range names {
		for _, h := range []string{"--help", "-h"} {
			code, out, _ := ttxMain(n, h)
			if code != exitOK || !strings.Contains(out, "usage: ttx "+n) {
				t.Errorf("Main(%s %s) = %d, %q, want 0 and a usage line", n, h, code, firstLine(out))
			}
		}
	}
	if code, out, _ := ttxMain("--help"); code != exitOK || !strings.Contains(out, "Commands:") {
		t.Errorf("Main(--help) = %d, %q, want 0 and the list of commands", code, firstLine(out))
	}
}

// TestUsageErrors gives commands they cannot run: exit 2, and a message on stderr that says
// what is wrong (never silence).
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"validate"},
		{"merge"},
		{"note", "a.jsonl"},
		{"report", "a.jsonl"},
		{"report", "-o", "r.html"},
		{"schema", "x"},
		{"validate", "--no-such-flag", miniFile},
		{"run", miniFile, miniFile},
		{"run", "--turns", "many", miniFile},
		{"run", "--policy", "blue", miniFile},
		{"run", "--policy", "purple=random", miniFile},
		{"run", "--policy", "blue=genius", miniFile},
		{"replay"},
		{"replay", "a.jsonl", "b.jsonl"},
	} {
		code, _, errs := ttxMain(args...)
		if code != exitUsage {
			t.Errorf("Main(%q) = %d, want %d", args, code, exitUsage)
		}
		first, _, _ := strings.Cut(errs, "\n")
		if len(args) == 0 {
			continue // the list of commands
		}
		if !strings.HasPrefix(first, "ttx") || len(first) < len("ttx "+args[0]+": ")+8 {
			t.Errorf("Main(%q): stderr %q, want a line that says what is wrong", args, errs)
		}
	}
}

// TestRunLogUnwritable: a log that cannot be written is told before the game is played, with
// the file asked for (not a temporary file beside it), and nothing is left behind.
func TestRunLogUnwritable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", "g.jsonl")
	code, out, errs := ttxMain("run", "--log", path, miniFile)
	if code != exitInvalid || out != "" {
		t.Fatalf("run --log %s = %d, stdout %q: want %d and no game", path, code, out, exitInvalid)
	}
	if want := "ttx run: create " + path + ": no such file or directory\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("left %v", es)
	}
}

var posLine = regexp.MustCompile(`^[^:]+:\d+:\d+: [^ ]+: .+$`)

// TestValidate checks good files (exit 0) and an invalid one (exit 1, one file:line:col: line
// per problem, as in the invalid corpus).
func TestValidate(t *testing.T) {
	code, out, errOut := ttxMain("validate", miniFile)
	if code != exitOK || !strings.Contains(out, "ok (mini:") {
		t.Errorf("validate %s = %d, %q %q, want 0 and ok", miniFile, code, out, errOut)
	}
	for _, n := range scenarios.Names() {
		if code, out, _ := ttxMain("validate", "-q", scenarios.Prefix+n); code != exitOK || out != "" {
			t.Errorf("validate -q %s%s = %d, %q, want 0 and nothing", scenarios.Prefix, n, code, out)
		}
	}
	code, out, _ = ttxMain("validate", invalidFile)
	if code != exitInvalid {
		t.Errorf("validate %s = %d, want %d", invalidFile, code, exitInvalid)
	}
	want, err := os.ReadFile(strings.TrimSuffix(invalidFile, ".toml") + ".err")
	if err != nil {
		t.Fatal(err)
	}
	wantOut := strings.ReplaceAll(string(want), "dangling_world.toml:", invalidFile+":")
	if out != wantOut {
		t.Errorf("validate %s printed\n%s\nwant\n%s", invalidFile, out, wantOut)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !posLine.MatchString(l) {
			t.Errorf("validate line %q is not file:line:col: key: message", l)
		}
	}
	// One good and one bad file: 1, and the good one still reported.
	code, out, _ = ttxMain("validate", miniFile, invalidFile)
	if code != exitInvalid || !strings.Contains(out, "ok (mini:") {
		t.Errorf("validate good bad = %d, %q, want 1 with the good file ok", code, out)
	}
	if code, _, errOut := ttxMain("validate", "no/such/file.toml"); code != exitInvalid || errOut+out == "" {
		t.Errorf("validate of a missing file = %d, want %d", code, exitInvalid)
	}
	// A folder stands for its .toml files, in order; one with none is an error.
	dir := t.TempDir()
	for name, from := range map[string]string{"a.toml": miniFile, "b.toml": invalidFile} {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ = ttxMain("validate", dir)
	a, b := strings.Index(out, filepath.Join(dir, "a.toml")+": ok (mini:"), strings.Index(out, filepath.Join(dir, "b.toml")+":")
	if code != exitInvalid || a < 0 || b < a {
		t.Errorf("validate of a folder = %d, %q, want 1, a.toml ok, then b.toml's problems", code, out)
	}
	if code, _, errOut := ttxMain("validate", t.TempDir()); code != exitInvalid || !strings.Contains(errOut, "a folder with no .toml files") {
		t.Errorf("validate of an empty folder = %d, %q", code, errOut)
	}
	// An embedded name the library lacks names those it has.
	if code, _, errOut := ttxMain("validate", "embedded:campaing"); code != exitInvalid || !strings.Contains(errOut, "the library has no such scenario; it has ") || !strings.Contains(errOut, "embedded:campaign") {
		t.Errorf("validate embedded:campaing = %d, %q", code, errOut)
	}
}

// TestRunDefault plays the embedded default scenario with no file.
func TestRunDefault(t *testing.T) {
	if _, ok := scenarios.Read(scenarios.Default); !ok {
		t.Skipf("the default scenario scenarios/%s does not exist yet", scenarios.Default)
	}
	code, out, errOut := ttxMain("run", "-q")
	if code != exitOK || !strings.HasPrefix(out, "outcome: ") {
		t.Errorf("run -q = %d, %q %q, want 0 and the outcome", code, out, errOut)
	}
	code, out, _ = ttxMain("run", "--turns", "2")
	if code != exitOK || !strings.Contains(out, "stopped after") {
		t.Errorf("run --turns 2 = %d, %q, want 0 and stopped", code, lastLine(out))
	}
}

// writeLog runs mini with --log and returns the log's bytes.
func writeLog(t *testing.T, name string, extra ...string) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	args := append([]string{"run", "-q", "--seed", "5", "--log", path, miniFile}, extra...)
	if code, out, errOut := ttxMain(args...); code != exitOK {
		t.Fatalf("Main(%q) = %d, %q %q", args, code, out, errOut)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRunLogTwice: the same command writes the same log bytes.
func TestRunLogTwice(t *testing.T) {
	a, b := writeLog(t, "a.jsonl"), writeLog(t, "b.jsonl")
	if !bytes.Equal(a, b) {
		t.Errorf("run --log twice gives different logs:\n%s\n--\n%s", a, b)
	}
	if c := writeLog(t, "c.jsonl", "--policy", "red=pass"); bytes.Equal(a, c) {
		t.Errorf("run --log with another policy gives the same log")
	}
}

// TestReplay replays a log (exit 0), then the same log with one order changed and its chain
// hashes recomputed (exit 1, naming the line).
func TestReplay(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	log := writeLog(t, "good.jsonl")
	if err := os.WriteFile(good, log, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := ttxMain("replay", good)
	if code != exitOK || !strings.Contains(out, "replay matches") {
		t.Fatalf("replay %s = %d, %q %q, want 0 and a match", good, code, out, errOut)
	}
	// Change one order at a time to an actor that does not exist, until the change alters the
	// game (an order that failed anyway changes nothing): the replay must then fail at that
	// line. The chain hashes are recomputed, so that the replay, not the integrity check, finds
	// the change.
	lines := strings.Split(string(log), "\n")
	bad := filepath.Join(dir, "bad.jsonl")
	tried, diverged := 0, false
	for i := 1; i < len(lines) && !diverged; i++ {
		l := lines[i]
		for from := 0; !diverged; {
			j := strings.Index(l[from:], `"actor":"`)
			if j < 0 {
				break
			}
			j += from + len(`"actor":"`)
			k := j + strings.IndexByte(l[j:], '"')
			from = k
			tampered := append([]string(nil), lines...)
			tampered[i] = l[:j] + "nobody" + l[k:]
			if err := os.WriteFile(bad, []byte(reseal(strings.Join(tampered, "\n"))), 0o644); err != nil {
				t.Fatal(err)
			}
			tried++
			code, out, _ := ttxMain("replay", bad)
			if code == exitOK {
				continue
			}
			diverged = true
			want := bad + ":" + itoa(i+1) + ": diverges: turn "
			if code != exitInvalid || !strings.HasPrefix(out, want) {
				t.Errorf("replay with an order of line %d changed = %d, %q, want %d and %q", i+1, code, out, exitInvalid, want)
			}
		}
	}
	if !diverged {
		t.Errorf("none of %d changed orders made the replay fail", tried)
	}
	// Another scenario file than the log's: refused, naming the hash.
	if code, out, _ := ttxMain("replay", "--scenario", "embedded:"+scenarios.Names()[0], good); code != exitInvalid || !strings.Contains(out, "hash") {
		t.Errorf("replay against another scenario = %d, %q, want 1 and a hash mismatch", code, out)
	}
	// Not a log at all.
	if code, _, errOut := ttxMain("replay", miniFile); code != exitInvalid || !strings.Contains(errOut, "not a ttx log") {
		t.Errorf("replay of a scenario file = %d, %q, want 1 and not a log", code, errOut)
	}
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		if i /= 10; i == 0 {
			return string(b)
		}
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestFlagValueErrors: a flag's value that cannot be right is refused, saying what is wanted:
// a turn time that is not a length of time or is negative, a side that does not exist (with
// the sides there are), a note on a turn the log's game has not reached.
func TestFlagValueErrors(t *testing.T) {
	log := filepath.Join(t.TempDir(), "g.jsonl")
	if code, _, errs := ttxMain("run", "--log", log, "--turns", "2", miniFile); code != exitOK {
		t.Fatalf("run --log: %d, %s", code, errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--turn-time", "5", miniFile}, `invalid value "5" for flag -turn-time: want a length of time such as 20m, 90s or 1h30m`},
		{[]string{"serve", "--turn-time", "-5m", miniFile}, `invalid value "-5m" for flag -turn-time: want 0 (none) or more`},
		{[]string{"forecast", "--side", "purple", log}, "--side purple: no such side (sides: blue, red)"},
		{[]string{"forecast", "--policy", "purple=greedy", log}, "--policy purple=greedy: no such side purple (sides: blue, red)"},
		{[]string{"note", "--turn", "5", log, "too soon"}, "--turn 5: the log's game has reached week 3; give 1 to 3"},
		{[]string{"play", "--team-forecasts", "--join", "http://127.0.0.1:1/#t=x"}, "--team-forecasts is the server's to set (ttx serve --team-forecasts)"},
	} {
		code, out, errs := ttxMain(c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("Main(%q) = %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errs, exitUsage, c.want)
		}
	}
}
