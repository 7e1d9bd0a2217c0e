package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteLeavesAReadOnlyFile: a read-only file is not replaced, nor made writable, and the
// error names it. The rename replaced it whatever its permissions (a rename asks only the
// folder's), so ttx note rewrote a log its owner had made read-only and left it mode 0600.
func TestWriteLeavesAReadOnlyFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "ex.jsonl")
	if err := os.WriteFile(p, []byte("kept"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := WriteMode(p, []byte("new"), 0o600)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("WriteMode(read-only file) = %v, want an error naming it read-only", err)
	}
	if err := CanWrite(p); err == nil {
		t.Error("CanWrite(read-only file) = nil, want an error")
	}
	b, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if string(b) != "kept" || fi.Mode().Perm() != 0o444 {
		t.Fatalf("the read-only file became %q, mode %v; want \"kept\", 0444", b, fi.Mode().Perm())
	}
	es, _ := os.ReadDir(filepath.Dir(p))
	if len(es) != 1 {
		t.Fatalf("the folder holds %d entries, want 1 (no temporary file left)", len(es))
	}
}
