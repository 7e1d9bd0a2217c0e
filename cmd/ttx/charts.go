package main

import (
	"errors"
	"os"
	"path/filepath"

	"ttx/internal/atomicfile"
	"ttx/sim/report"
)

// writeCharts puts the charts of r in the folder dir, replacing the folder as a whole: they are
// written to a new folder in a temporary folder beside it (atomicfile.TempDir), which takes the
// old one's place once every chart is in it and synced; the old one is moved into the temporary
// folder, removed with it, and dir's parent is synced, so that a power cut just after leaves
// the new charts under dir's name. So the folder never holds half of the charts, nor charts of
// an earlier report written to the same name: a team's handout (--as) written over the
// facilitator's report must not keep beside it the facilitator's charts of what the team never
// saw. A report without charts removes the folder. A report killed midway leaves its
// temporary folder, which the next report to the same folder removes.
func writeCharts(r *report.Report, dir string) error {
	work, err := atomicfile.TempDir(dir)
	if err != nil {
		return err
	}
	defer os.RemoveAll(work) // the old folder, or the new one if it did not take its place
	fresh, old := filepath.Join(work, "new"), filepath.Join(work, "old")
	if len(r.Charts) > 0 {
		if err := os.Mkdir(fresh, 0o755); err != nil { // as any new folder, less the umask
			return &os.PathError{Op: "create", Path: dir, Err: cause(err)}
		}
		for _, c := range r.Charts {
			if err := writeChart(filepath.Join(fresh, c.ID+".png"), c.PNG); err != nil {
				return &os.PathError{Op: "write", Path: filepath.Join(dir, c.ID+".png"), Err: cause(err)}
			}
		}
		if err := atomicfile.SyncDir(fresh); err != nil {
			return &os.PathError{Op: "sync", Path: dir, Err: cause(err)}
		}
	}
	_, err = os.Lstat(dir)
	had := err == nil
	if had {
		if err := os.Rename(dir, old); err != nil {
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if len(r.Charts) > 0 {
		if err := os.Rename(fresh, dir); err != nil {
			if had {
				os.Rename(old, dir)
			}
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if !had && len(r.Charts) == 0 {
		return nil // nothing was there, nothing is
	}
	if err := atomicfile.SyncDir(filepath.Dir(dir)); err != nil {
		return &os.PathError{Op: "sync the folder of", Path: dir, Err: cause(err)}
	}
	if err := os.RemoveAll(work); err != nil {
		return &os.PathError{Op: "remove the earlier charts of", Path: dir, Err: cause(err)}
	}
	return nil
}

// writeChart writes one chart's PNG and syncs it, as atomicfile does before it puts a file in
// place.
func writeChart(path string, png []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(png)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// cause is the error an operating system call's err wraps (the cause, without the temporary
// path it names), or err itself.
func cause(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}
