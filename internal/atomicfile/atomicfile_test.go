package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesWholeFileAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "save.jsonl")
	if err := os.WriteFile(p, []byte("old contents that are longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, []byte("new")); err != nil {
		t.Fatalf("Write = %v", err)
	}
	got, err := os.ReadFile(p)
	if err != nil || string(got) != "new" {
		t.Fatalf("ReadFile = %q, %v, want \"new\"", got, err)
	}
	es, _ := os.ReadDir(dir)
	if len(es) != 1 {
		t.Fatalf("directory holds %d entries after Write, want 1 (no temporary file left)", len(es))
	}
}

func TestWriteIntoMissingDirectoryFailsAndKeepsNothing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "missing", "save.jsonl")
	if err := Write(p, []byte("x")); err == nil {
		t.Fatalf("Write into a missing directory = nil, want an error")
	}
}
