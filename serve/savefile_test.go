package serve

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewGameKeepsAnEarlierLog: a new game saved to a file that exists (a server restarted with
// --save ex.jsonl where --resume ex.jsonl was meant) is refused by a *LogExistsError naming the
// file and no flag of ttx serve's (which adds the way on), and the log and its tokens are left
// as they were: the new game's first save replaced them, and the whole game played before was
// lost.
func TestNewGameKeepsAnEarlierLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	if _, err := NewGame(Config{Scenario: sc, Seed: 3, Save: save, Base: "http://x/"}); err != nil {
		t.Fatal(err)
	}
	log, _ := os.ReadFile(save)
	tokens, _ := os.ReadFile(save + ".tokens")
	_, err := NewGame(Config{Scenario: sc, Seed: 4, Save: save, Base: "http://x/"})
	e, ok := errors.AsType[*LogExistsError](err)
	if !ok || e.Path != save || !strings.Contains(err.Error(), save+" already exists") || strings.Contains(err.Error(), "--") {
		t.Fatalf("NewGame over an existing log = %v, want a *LogExistsError naming %s and no flag", err, save)
	}
	if b, _ := os.ReadFile(save); !bytes.Equal(b, log) {
		t.Fatal("a refused new game changed the existing log")
	}
	if b, _ := os.ReadFile(save + ".tokens"); !bytes.Equal(b, tokens) {
		t.Fatal("a refused new game changed the existing tokens")
	}
	if _, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/"}); err != nil {
		t.Fatalf("resuming the log: %v", err)
	}
}

// TestResumeRefusesOtherTokens: a resume whose tokens file lacks a seat (hand-edited to {} or
// null, or another exercise's) is refused, naming the file and the seat, and the log and the
// tokens are left as they were: the game resumed, said every seat would join with its old link,
// and refused every link whose seat had no token, the white cell's included. A missing tokens
// file says that a game resumes only with them.
func TestResumeRefusesOtherTokens(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	for _, tc := range []struct{ name, tokens, want string }{
		{"empty object", "{}\n", "no token for seat"},
		{"null", "null\n", "no token for seat"},
		{"another exercise's", `{"zz": "` + strings.Repeat("ab", 32) + `"}`, `seat "zz" is no seat`},
		{"missing", "", "a game resumes only with the tokens"},
	} {
		save := filepath.Join(t.TempDir(), "ex.jsonl")
		if _, err := NewGame(Config{Scenario: sc, Seed: 3, Save: save, Base: "http://x/"}); err != nil {
			t.Fatal(err)
		}
		if tc.name == "another exercise's" {
			// Every seat of this game, and one more.
			b, _ := os.ReadFile(save + ".tokens")
			tc.tokens = strings.Replace(string(b), "{", "{\n  "+tc.tokens[1:len(tc.tokens)-1]+",", 1)
		}
		if tc.name == "missing" {
			os.Remove(save + ".tokens")
		} else if err := os.WriteFile(save+".tokens", []byte(tc.tokens), 0o600); err != nil {
			t.Fatal(err)
		}
		log, _ := os.ReadFile(save)
		_, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/"})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), save+".tokens") {
			t.Errorf("%s: NewGame(resume) = %v, want an error naming %s.tokens and %q", tc.name, err, save, tc.want)
		}
		if b, _ := os.ReadFile(save); !bytes.Equal(b, log) {
			t.Errorf("%s: a refused resume changed the log", tc.name)
		}
		if b, _ := os.ReadFile(save + ".tokens"); tc.name != "missing" && string(b) != tc.tokens {
			t.Errorf("%s: a refused resume changed the tokens to %q", tc.name, b)
		}
	}
}
