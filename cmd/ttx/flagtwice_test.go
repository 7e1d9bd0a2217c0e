package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// helpFlag is a flag as a command's help lists it.
type helpFlag struct {
	name       string
	boolean    bool // takes no value
	repeatable bool // its usage says so
}

// flagLine starts a flag's entry in a help: "  -name" and, unless it is boolean, its kind of value.
var flagLine = regexp.MustCompile(`^-([\w-]+)( \S+)?`)

// helpFlags returns the flags command cmd's help lists.
func helpFlags(t *testing.T, cmd string) []helpFlag {
	t.Helper()
	code, out, errs := ttxMain(cmd, "--help")
	if code != exitOK {
		t.Fatalf("ttx %s --help: %d, %s", cmd, code, errs)
	}
	_, list, ok := strings.Cut(out, "\nFlags:\n")
	if !ok {
		return nil
	}
	var fs []helpFlag
	for _, entry := range strings.Split(list, "\n  -")[1:] {
		m := flagLine.FindStringSubmatch("-" + entry)
		if m == nil {
			t.Fatalf("ttx %s --help: a flag's entry reads %q", cmd, entry)
		}
		fs = append(fs, helpFlag{name: m[1], boolean: m[2] == "", repeatable: strings.Contains(entry, "repeatable")})
	}
	return fs
}

// dash is a flag's name as an error names it: -o, --out.
func dash(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// TestFlagGivenTwice: in every command, a flag that may be given once and is given twice is a
// usage error naming the flag (the flag package took the last value without a word: --out
// a.csv --out b.csv wrote b.csv alone, --seed 1 --seed 2 played seed 2), and nothing runs;
// the repeatable flags (--policy, --seat, --tag) still take every value. Each flag is given
// twice before --help, so a flag taken twice shows the help and runs nothing either.
func TestFlagGivenTwice(t *testing.T) {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var repeatable []string
	for _, cmd := range names {
		for _, f := range helpFlags(t, cmd) {
			if f.repeatable {
				repeatable = append(repeatable, cmd+" --"+f.name)
				code, out, errs := ttxMain(cmd, "--"+f.name, "a", "--"+f.name, "b", "--help")
				if code != exitOK || !strings.Contains(out, "usage: ttx "+cmd) {
					t.Errorf("ttx %s --%s a --%s b: %d, %s; want it taken twice", cmd, f.name, f.name, code, errs)
				}
				continue
			}
			refused := false
			for _, v := range []string{"1", "1m"} { // a value every kind of flag takes, one or the other
				args := []string{cmd, "--" + f.name, v, "--" + f.name, v, "--help"}
				if f.boolean {
					args = []string{cmd, "--" + f.name, "--" + f.name, "--help"}
				}
				code, out, errs := ttxMain(args...)
				if code == exitUsage && out == "" && strings.HasPrefix(errs, "ttx "+cmd+": "+dash(f.name)+" given twice") {
					refused = true
					break
				}
			}
			if !refused {
				t.Errorf("ttx %s: %s given twice is not refused", cmd, dash(f.name))
			}
		}
	}
	for _, want := range []string{"batch --policy", "forecast --policy", "note --tag", "run --policy", "serve --seat"} {
		if !slices.Contains(repeatable, want) {
			t.Errorf("%s is no longer repeatable (repeatable: %v)", want, repeatable)
		}
	}

	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"batch", miniFile, "--out", a, "--out", b}, "ttx batch: --out given twice (\"" + a + "\", then \"" + b + "\"); give it once\nRun 'ttx batch --help' for its usage.\n"},
		{[]string{"run", "--seed", "1", miniFile, "--seed", "2"}, "ttx run: --seed given twice (\"1\", then \"2\"); give it once\n"},
		{[]string{"report", "x.jsonl", "-o", filepath.Join(dir, "a.html"), "-o", filepath.Join(dir, "b.html")}, "ttx report: -o given twice (\""},
		{[]string{"validate", "-q", miniFile, "-q"}, "ttx validate: -q given twice; give it once\n"},
	} {
		code, out, errs := ttxMain(c.args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errs, c.want) {
			t.Errorf("ttx %q = %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errs, exitUsage, c.want)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("a refused command wrote %v", es)
	}
	// A repeatable flag still plays every value it is given.
	log := filepath.Join(dir, "g.jsonl")
	if code, _, errs := ttxMain("run", "-q", "--turns", "1", "--policy", "blue=greedy", "--policy", "red=pass", "--log", log, miniFile); code != exitOK {
		t.Fatalf("run with --policy twice: %d, %s", code, errs)
	}
	if got, want := readHeader(t, log).Header.Policies, []string{"blue=greedy", "red=pass"}; !slices.Equal(got, want) {
		t.Errorf("run --policy blue=greedy --policy red=pass: the log's policies are %q, want %q", got, want)
	}
}
