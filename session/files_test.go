package session_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"ttx/session"
	"ttx/sim/load"
)

// TestFetch: a hot seat's log download is the log as Save writes it (before the scenario's
// file name is made relative to the save), and its report is the full HTML report.
func TestFetch(t *testing.T) {
	const file = "../sim/testdata/markers.toml"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(file, b)
	if err != nil {
		t.Fatal(err)
	}
	s := session.NewSession(sc, 3)
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	s.Fetch(session.FileLog)
	s.Fetch(session.FileReport)
	s.Fetch("seed") // not a file: nothing comes
	files := s.Fetched()
	if len(files) != 2 || s.Problem() != "" {
		t.Fatalf("fetched %d files (problem %q), want 2", len(files), s.Problem())
	}
	var want bytes.Buffer
	if err := s.Log().Write(&want); err != nil {
		t.Fatal(err)
	}
	if f := files[0]; f.Kind != session.FileLog || f.Name != sc.ID+"-log.jsonl" || !bytes.Equal(f.Data, want.Bytes()) {
		t.Errorf("the log: %s %s, %d bytes, want %d", f.Kind, f.Name, len(f.Data), want.Len())
	}
	if f := files[1]; f.Kind != session.FileReport || !strings.Contains(string(f.Data), "<html") || !strings.Contains(string(f.Data), sc.Title) {
		t.Errorf("the report: %s %s, %.80q", f.Kind, f.Name, f.Data)
	}
}
