//go:build unix

package atomicfile

import (
	"path/filepath"
	"testing"
)

// TestSyncFolder: the real sync of a folder succeeds on a folder, and reports one it cannot
// open rather than saying nothing.
func TestSyncFolder(t *testing.T) {
	dir := t.TempDir()
	if err := syncFolder(dir); err != nil {
		t.Errorf("syncFolder(a folder) = %v", err)
	}
	if err := syncFolder(filepath.Join(dir, "missing")); err == nil {
		t.Error("syncFolder(a missing folder) = nil, want an error")
	}
}
