package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"ttx/serve"
	"ttx/sim/record"
)

// TestResumeNamesTheScenario: ttx serve --resume LOG without the scenario FILE of a game not of
// the default scenario says which file to give, as a command line, and leaves the log as it
// was. It said only that the log was a save of another scenario than the default.
func TestResumeNamesTheScenario(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "ex.jsonl")
	if code, _, errOut := ttxMain("run", "-q", "--log", log, miniFile); code != exitOK {
		t.Fatal(errOut)
	}
	before, _ := os.ReadFile(log)
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--resume", log)
	mini, _ := filepath.Abs(miniFile)
	want := "ttx serve " + mini + " --resume " + log
	if code != exitUsage || !strings.Contains(errOut, want) {
		t.Errorf("serve --resume LOG of mini, no FILE = %d, %q; want %d and %q", code, errOut, exitUsage, want)
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("the refused resume changed the log")
	}
}

// servedLog saves a new served game of miniFile to a log in a fresh folder, with its tokens
// beside it, and returns the log's path.
func servedLog(t *testing.T, pols map[string]string) string {
	t.Helper()
	sc, err := readScenario(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(t.TempDir(), "ex.jsonl")
	if _, err := serve.NewGame(serve.Config{Scenario: sc, Seed: 4, Save: log, Policies: pols, Base: "http://host:8080/"}); err != nil {
		t.Fatal(err)
	}
	return log
}

// TestResumeWithoutTokensNamesNewLinks: ttx serve --resume LOG whose tokens file is lost,
// damaged or another game's is refused, leaving the log as it was, and the refusal says what
// is wrong with the file and names --new-links, the way to resume the game with a new link for
// every seat; --new-links without --resume is a usage error. The refusal said only that a game
// resumes with its tokens, and there was no way on.
func TestResumeWithoutTokensNamesNewLinks(t *testing.T) {
	for _, c := range []struct{ tokens, why string }{
		{"", "no such file"},
		{"not json\n", "invalid character"},
		{"{}\n", "no token for seat"},
	} {
		log := servedLog(t, nil)
		if err := os.Remove(log + ".tokens"); err != nil {
			t.Fatal(err)
		}
		if c.tokens != "" {
			if err := os.WriteFile(log+".tokens", []byte(c.tokens), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		before, _ := os.ReadFile(log)
		code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--resume", log, miniFile)
		if code != exitInvalid || !strings.Contains(errOut, log+".tokens: ") || !strings.Contains(errOut, c.why) ||
			!strings.Contains(errOut, "or resume with a new link for every seat: --new-links") {
			t.Errorf("serve --resume LOG with the tokens file %q = %d, %q; want %d, %q and a word of --new-links", c.tokens, code, errOut, exitInvalid, c.why)
		}
		if after, _ := os.ReadFile(log); string(after) != string(before) {
			t.Errorf("the resume refused for the tokens file %q changed the log", c.tokens)
		}
	}
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--new-links", miniFile)
	if code != exitUsage || !strings.Contains(errOut, "--new-links goes with --resume") {
		t.Errorf("serve --new-links without --resume = %d, %q; want %d", code, errOut, exitUsage)
	}
}

// TestPrintLinksResumed: a game resumed with new links prints every seat's link, saying the old
// ones no longer join; one resumed with its tokens says every seat keeps its link.
func TestPrintLinksResumed(t *testing.T) {
	log := servedLog(t, nil)
	sc, err := readScenario(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		newLinks bool
		want     string
		links    int
	}{
		{false, "every seat joins with the link it was given before\n", 0},
		{true, "resumed with new links for every seat: the old links no longer join", len(sc.Sides)*2 + 2},
	} {
		g, err := serve.NewGame(serve.Config{Scenario: sc, Save: log, Resume: true, NewLinks: c.newLinks, Base: "http://host:8080/"})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		printLinks(&b, sc, g, true)
		if got := strings.Count(b.String(), "http://host:8080/#t="); !strings.Contains(b.String(), c.want) || got != c.links {
			t.Errorf("resumed, new links %v: %d links in\n%s\nwant %d and %q", c.newLinks, got, b.String(), c.links, c.want)
		}
	}
}

// TestSeatPerson: --seat SIDE=person is taken (a team plays the side: on --resume, one a policy
// played), in any case as a policy's name is (Person was refused while Greedy was taken), and
// a word that is neither a policy nor person is a usage error that names both. It was refused
// as an unknown policy, so a resume could not give a side back to a team.
func TestSeatPerson(t *testing.T) {
	log := servedLog(t, map[string]string{"red": "greedy"})
	if err := os.Remove(log + ".tokens"); err != nil {
		t.Fatal(err)
	}
	// Taken: the resume goes on to the tokens, which are missing.
	for _, seat := range []string{"red=person", "red=Person", "red=PERSON", "red=Greedy"} {
		code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--resume", log, "--seat", seat, miniFile)
		if code != exitInvalid || !strings.Contains(errOut, ".tokens") {
			t.Errorf("serve --resume LOG --seat %s = %d, %q; want %d for the missing tokens", seat, code, errOut, exitInvalid)
		}
	}
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--seat", "red=persn", miniFile)
	if code != exitUsage || !strings.Contains(errOut, "greedy") || !strings.Contains(errOut, "person") {
		t.Errorf("serve --seat red=persn = %d, %q; want %d naming the policies and person", code, errOut, exitUsage)
	}
}

// TestPrintLinksSideToPerson: a game resumed with a side a policy played given to a person
// prints that side's new link alone, and says every other seat keeps its link.
func TestPrintLinksSideToPerson(t *testing.T) {
	log := servedLog(t, map[string]string{"red": "greedy"})
	sc, err := readScenario(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	g, err := serve.NewGame(serve.Config{Scenario: sc, Save: log, Resume: true, Policies: map[string]string{"red": "person"}, Base: "http://host:8080/"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	printLinks(&b, sc, g, true)
	out := b.String()
	if !strings.Contains(out, "every seat joins with the link it was given before, but these:") ||
		strings.Count(out, "http://host:8080/#t=") != 1 || !strings.Contains(out, "team Red: http://host:8080/#t=") {
		t.Errorf("resumed with red given to a person:\n%s\nwant red's link alone", out)
	}
}

// TestResumeRefusesNewGameFlags: a resume goes on saving to the log it resumes and keeps its
// seed, so --save naming another file and --seed are refused (they were dropped without a
// word), and nothing is written; --save naming the log itself is no conflict.
func TestResumeRefusesNewGameFlags(t *testing.T) {
	log := servedLog(t, nil)
	before, _ := os.ReadFile(log)
	other := filepath.Join(t.TempDir(), "other.jsonl")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--save", other}, "goes with a new game: a resumed game goes on saving to the log it resumes"},
		{[]string{"--seed", "7"}, "--seed goes with a new game: a resumed game keeps the seed its log holds"},
	} {
		args := append([]string{"serve", "--addr", "127.0.0.1:0", "--resume", log}, c.args...)
		code, _, errOut := ttxMain(append(args, miniFile)...)
		if code != exitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("serve --resume LOG %v = %d, %q; want %d and %q", c.args, code, errOut, exitUsage, c.want)
		}
		if _, err := os.Stat(other); err == nil {
			t.Errorf("serve --resume LOG %v wrote %s", c.args, other)
		}
		if after, _ := os.ReadFile(log); string(after) != string(before) {
			t.Errorf("serve --resume LOG %v changed the log", c.args)
		}
	}
	dot := filepath.Join(filepath.Dir(log), ".", filepath.Base(log))
	if msg := resumeFlags(log, dot, false); msg != "" {
		t.Errorf("resumeFlags(LOG, --save LOG) = %q, want none", msg)
	}
}

// TestResumeKeepsRunHeader: ttx serve --resume of a log of ttx run rewrites its header with every
// entry the resume does not change: resumed with --new-links, the header is as ttx run wrote
// it, blue=orders:FILE included (blue, which no server plays from a file, passes to a team);
// --seat red=person drops red's policy alone, --seat blue=greedy names greedy for blue, and a
// side seated anew gets a seat entry naming who played its turns before (the header's count of
// entries counts it). The rewrite dropped blue=orders:FILE every time.
func TestResumeKeepsRunHeader(t *testing.T) {
	sc, err := readScenario(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	orders, _ := filepath.Abs("../../sim/report/testdata/mini_orders.toml")
	for _, c := range []struct {
		seats map[string]string
		want  []string // the header's policies after the resume; nil: the header as ttx run wrote it
		seat  string   // the seat entry after the resume, as SIDE=PLAYER; "" none
	}{
		{nil, nil, ""},
		{map[string]string{"red": "person"}, []string{"blue=orders:" + orders}, "red=greedy"},
		{map[string]string{"blue": "greedy"}, []string{"blue=greedy", "red=greedy"}, "blue=orders:" + orders},
	} {
		log := filepath.Join(t.TempDir(), "run.jsonl")
		if code, _, errOut := ttxMain("run", "-q", "--turns", "2", "--orders", orders, "--policy", "red=greedy", "--log", log, miniFile); code != exitOK {
			t.Fatal(errOut)
		}
		before := readHeader(t, log)
		if want := []string{"blue=orders:" + orders, "red=greedy"}; !slices.Equal(before.Header.Policies, want) {
			t.Fatalf("ttx run's header names policies %q, want %q", before.Header.Policies, want)
		}
		if _, err := serve.NewGame(serve.Config{Scenario: sc, Save: log, Resume: true, NewLinks: true, Policies: c.seats, Base: "http://host:8080/"}); err != nil {
			t.Fatal(err)
		}
		after := readHeader(t, log)
		want := before.Header
		if c.want != nil {
			want.Policies = c.want
		}
		var seats, wantSeats []string
		if c.seat != "" {
			want.Entries++
			wantSeats = []string{c.seat + " from 1"}
		}
		for _, e := range after.seats {
			seats = append(seats, fmt.Sprintf("%s=%s from %d", e.Side, e.Player, e.Turn))
		}
		if !slices.Equal(seats, wantSeats) {
			t.Errorf("resumed with --seat %v: the seat entries are %q, want %q", c.seats, seats, wantSeats)
		}
		want.Chain, after.Header.Chain = "", ""
		if !reflect.DeepEqual(after.Header, want) {
			t.Errorf("resumed with --seat %v: the header is\n%+v\nwant\n%+v", c.seats, after.Header, want)
		}
		if c.want == nil && before.line != after.line {
			t.Errorf("resumed with no change of seats: the header line is\n%s\nwant, as ttx run wrote it,\n%s", after.line, before.line)
		}
	}
}

// loggedHeader is a log's header and its line as written, and its seat entries.
type loggedHeader struct {
	Header record.Header
	line   string
	seats  []record.Entry
}

// readHeader reads the header of the log at path.
func readHeader(t *testing.T, path string) loggedHeader {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := record.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return loggedHeader{l.Header, line, l.Seatings()}
}

// TestServeOverAnExistingLogSaysResume: ttx serve --save LOG where LOG holds a game already is
// refused, leaving the log as it was, and the refusal names the file and both ways on: the
// command line that resumes the game it holds (with the scenario FILE as given) and another
// --save. Package serve gives the error (serve.LogExistsError) without naming flags; ttx serve
// adds them.
func TestServeOverAnExistingLogSaysResume(t *testing.T) {
	log := servedLog(t, nil)
	before, _ := os.ReadFile(log)
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:0", "--save", log, miniFile)
	for _, want := range []string{log + " already exists", "ttx serve " + miniFile + " --resume " + log, "--save another file"} {
		if code != exitInvalid || !strings.Contains(errOut, want) {
			t.Errorf("serve --save LOG over a saved game = %d, %q; want %d and %q", code, errOut, exitInvalid, want)
		}
	}
	if after, _ := os.ReadFile(log); string(after) != string(before) {
		t.Error("the refused new game changed the log")
	}
}
