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

// TestWriteIntoMissingDirectoryFails: an error that names the file asked for.
func TestWriteIntoMissingDirectoryFails(t *testing.T) {
	p := filepath.Join(t.TempDir(), "missing", "save.jsonl")
	err := Write(p, []byte("x"))
	if err == nil {
		t.Fatalf("Write into a missing directory = nil, want an error")
	}
	// The error names the file asked for, not the temporary file beside it.
	if want := "create " + p + ": no such file or directory"; err.Error() != want {
		t.Errorf("Write into a missing directory: %q, want %q", err, want)
	}
	if err2 := CanWrite(p); err2 == nil || err2.Error() != err.Error() {
		t.Errorf("CanWrite into a missing directory = %v, want %v", err2, err)
	}
}

// TestCanWriteLeavesNothing: CanWrite of a file that can be written leaves the folder as it was.
func TestCanWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	if err := CanWrite(filepath.Join(dir, "log.jsonl")); err != nil {
		t.Fatal(err)
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("CanWrite left %v", es)
	}
}
