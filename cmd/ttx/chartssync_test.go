package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"ttx/internal/atomicfile"
)

// stubSyncDir replaces atomicfile.SyncDir for the test with sync, and puts it back after.
func stubSyncDir(t *testing.T, sync func(dir string) error) {
	old := atomicfile.SyncDir
	atomicfile.SyncDir = sync
	t.Cleanup(func() { atomicfile.SyncDir = old })
}

// TestReportSyncsTheChartsFolder: a Markdown report syncs the folder its charts folder is in once
// that folder has taken the old one's place (it holds the charts, and the report itself is not
// written yet), so that a power cut just after cannot bring the earlier charts back under its
// name, or none. The charts folder was renamed into place and never synced. A sync that fails
// (the disk) fails the report, naming the charts folder.
func TestReportSyncsTheChartsFolder(t *testing.T) {
	dir := t.TempDir()
	log := reportLog(t, dir)
	doc, charts := filepath.Join(dir, "aar.md"), filepath.Join(dir, "aar_charts")
	if code, _, errs := ttxMain("report", log, "-o", doc); code != exitOK { // charts to replace
		t.Fatalf("report -o aar.md = %d: %s", code, errs)
	}
	os.Remove(doc)
	os.WriteFile(filepath.Join(charts, "stale.png"), nil, 0o644)
	synced := false
	stubSyncDir(t, func(d string) error {
		_, stale := os.Stat(filepath.Join(charts, "stale.png"))
		_, written := os.Stat(doc)
		es, _ := os.ReadDir(charts)
		if d == dir && written != nil && errors.Is(stale, os.ErrNotExist) && len(es) > 0 {
			synced = true
		}
		return nil
	})
	if code, _, errs := ttxMain("report", log, "-o", doc); code != exitOK {
		t.Fatalf("report -o aar.md = %d: %s", code, errs)
	}
	if !synced {
		t.Error("the folder of aar_charts was not synced once the new charts had taken the old ones' place")
	}
	stubSyncDir(t, func(d string) error {
		if d == dir {
			return errors.New("input/output error")
		}
		return nil
	})
	code, _, errs := ttxMain("report", log, "-o", filepath.Join(dir, "aar.md"))
	if want := "ttx report: sync the folder of " + charts + ": input/output error\n"; code != exitInvalid || errs != want {
		t.Errorf("report with the folder's sync failing = %d, %q; want %d, %q", code, errs, exitInvalid, want)
	}
}
