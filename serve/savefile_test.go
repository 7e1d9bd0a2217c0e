package serve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewGameKeepsAnEarlierLog: a new game saved to a file that exists (a server restarted with
// --save ex.jsonl where --resume ex.jsonl was meant) is refused, saying to resume, and the log
// and its tokens are left as they were: the new game's first save replaced them, and the whole
// game played before was lost.
func TestNewGameKeepsAnEarlierLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	if _, err := NewGame(Config{Scenario: sc, Seed: 3, Save: save, Base: "http://x/"}); err != nil {
		t.Fatal(err)
	}
	log, _ := os.ReadFile(save)
	tokens, _ := os.ReadFile(save + ".tokens")
	_, err := NewGame(Config{Scenario: sc, Seed: 4, Save: save, Base: "http://x/"})
	if err == nil || !strings.Contains(err.Error(), "--resume "+save) {
		t.Fatalf("NewGame over an existing log = %v, want an error saying to --resume it", err)
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
