package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreateRefusesAFolder: a target that is a folder is refused by Create (and so by CanWrite),
// naming it, before any work is written: it used to be found only when Commit's rename failed
// ("file exists"), after a batch of hours had been played into the temporary file.
func TestCreateRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "rows.csv")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := Create(p, 0o644)
	if err == nil {
		f.Abort()
		t.Fatal("Create(a folder) = nil error, want one")
	}
	if !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "folder") {
		t.Errorf("Create(a folder) = %v, want an error naming it a folder", err)
	}
	if err := CanWrite(p); err == nil {
		t.Error("CanWrite(a folder) = nil, want an error")
	}
	es, _ := os.ReadDir(dir)
	if len(es) != 1 {
		t.Errorf("the parent holds %d entries, want 1 (no temporary file left)", len(es))
	}
	if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
		t.Errorf("the folder is no longer a folder: %v", err)
	}
}
