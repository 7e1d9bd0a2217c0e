package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// stubSyncDir replaces SyncDir for the test with sync, and puts it back after.
func stubSyncDir(t *testing.T, sync func(dir string) error) {
	old := SyncDir
	SyncDir = sync
	t.Cleanup(func() { SyncDir = old })
}

// TestCommitSyncsTheFolder: a Commit syncs the target's folder once, after the rename (the
// target already holds the new data and the temporary file is gone when it does), so that a
// power cut just after a save cannot bring the old file back under its name.
func TestCommitSyncsTheFolder(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "save.jsonl")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	var synced []string
	stubSyncDir(t, func(d string) error {
		b, _ := os.ReadFile(p)
		es, _ := os.ReadDir(dir)
		if string(b) != "new" || len(es) != 1 {
			t.Errorf("the folder was synced before the rename: the target holds %q, the folder %d entries", b, len(es))
		}
		synced = append(synced, d)
		return nil
	})
	if err := Write(p, []byte("new")); err != nil {
		t.Fatalf("Write = %v", err)
	}
	if len(synced) != 1 || synced[0] != dir {
		t.Errorf("Write synced the folders %q, want [%q]", synced, dir)
	}
}

// TestCommitReportsAFolderSyncFailure: a folder that cannot be synced (the disk failing) makes
// Commit fail, naming the file: the new data is in place, but a power cut could undo the
// rename, and a save that may be lost must not be told as done. The temporary file is gone.
func TestCommitReportsAFolderSyncFailure(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "save.jsonl")
	stubSyncDir(t, func(string) error { return errors.New("input/output error") })
	err := Write(p, []byte("new"))
	if want := "sync the folder of " + p + ": input/output error"; err == nil || err.Error() != want {
		t.Fatalf("Write with the folder's sync failing = %v, want %q", err, want)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("the target holds %q, want the new data", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("the folder holds %d entries, want 1 (no temporary file left)", len(es))
	}
}
