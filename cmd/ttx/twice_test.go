package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSeatTwiceRefused: ttx serve --seat naming one side twice is a usage error that names the
// side, before anything is written: no new log, and a resumed log and its tokens as they were.
// The last --seat was taken without a word.
func TestSeatTwiceRefused(t *testing.T) {
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	log := servedLog(t, nil)
	before, _ := os.ReadFile(log)
	tokens, _ := os.ReadFile(log + ".tokens")
	for _, args := range [][]string{
		{"--save", save, "--seat", "red=greedy", "--seat", "red=person"},
		{"--resume", log, "--seat", "red=greedy", "--seat", "blue=random", "--seat", "red=greedy"},
	} {
		// An address no one can listen on: a command that took the seats would fail there
		// rather than serve.
		args = append(append([]string{"serve", "--addr", "127.0.0.1:99999"}, args...), miniFile)
		code, _, errOut := ttxMain(args...)
		if code != exitUsage || !strings.Contains(errOut, "side red is seated twice") {
			t.Errorf("ttx %s = %d, %q; want %d naming side red", strings.Join(args, " "), code, errOut, exitUsage)
		}
	}
	if _, err := os.Stat(save); err == nil {
		t.Error("the refused new game wrote its log")
	}
	after, _ := os.ReadFile(log)
	afterTokens, _ := os.ReadFile(log + ".tokens")
	if string(after) != string(before) || string(afterTokens) != string(tokens) {
		t.Error("the refused resume changed the log or its tokens")
	}
}

// TestPolicyTwiceRefused: --policy naming one side twice, or giving a policy for every side
// twice, is a usage error of ttx run, batch and forecast that names the side (or says every
// side), and ttx run writes no log. The last was taken without a word.
func TestPolicyTwiceRefused(t *testing.T) {
	log := filepath.Join(t.TempDir(), "run.jsonl")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "-q", "--log", log, "--policy", "red=greedy", "--policy", "red=search"}, "side red is given twice"},
		{[]string{"run", "-q", "--log", log, "--policy", "greedy", "--policy", "search"}, "two policies for every side"},
		{[]string{"batch", "--runs", "1", "--policy", "red=greedy", "--policy", "blue=random", "--policy", "red=greedy"}, "side red is given twice"},
		{[]string{"forecast", "--runs", "1", "--policy", "random", "--policy", "greedy"}, "two policies for every side"},
	} {
		code, _, errOut := ttxMain(append(c.args, miniFile)...)
		if code != exitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("ttx %s = %d, %q; want %d and %q", strings.Join(c.args, " "), code, errOut, exitUsage, c.want)
		}
	}
	if _, err := os.Stat(log); err == nil {
		t.Error("a refused ttx run wrote its log")
	}
}

// TestPolicyAnyCase: ttx run reads --policy in any case and records it in lower case, and the
// header names an orders file as it was given: the header lowercased the whole entry, so a
// file Plan.toml was recorded as plan.toml, a file that may not exist.
func TestPolicyAnyCase(t *testing.T) {
	dir := t.TempDir()
	orders := filepath.Join(dir, "Mini_Orders.toml")
	data, err := os.ReadFile("../../sim/report/testdata/mini_orders.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(orders, data, 0o600); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "run.jsonl")
	code, out, errOut := ttxMain("run", "--turns", "1", "--orders", orders, "--policy", "red=Greedy", "--log", log, miniFile)
	if code != exitOK {
		t.Fatal(errOut)
	}
	if !strings.Contains(out, "  Red: greedy (not its orders in "+orders+")\n") {
		t.Errorf("ttx run --policy red=Greedy prints\n%s\nwant red played by greedy", out)
	}
	if got, want := readHeader(t, log).Header.Policies, []string{"blue=orders:" + orders, "red=greedy"}; !slices.Equal(got, want) {
		t.Errorf("the header's policies are %q, want %q", got, want)
	}
}
