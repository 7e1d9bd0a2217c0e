package main

import (
	"os"
	"path/filepath"

	"ttx/internal/logpath"
	"ttx/sim"
	"ttx/sim/batch"
)

// rowsFile is a rows file being written: rows stream to a temporary file beside the target,
// which replaces the target only when every row is written, so a reader never sees half a file.
type rowsFile struct {
	f    *os.File
	path string
	w    *batch.Writer
	done bool
}

// createRows starts the rows file at path of scenario sc with header h (CSV or JSON Lines).
// The header names the scenario file from the rows file's folder (as a log does), so that
// ttx merge finds it wherever it is run from.
func createRows(path string, sc *sim.Scenario, h batch.Header, csv bool) (*rowsFile, error) {
	h.File = logpath.Rel(path, sc.File)
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	w, err := batch.NewWriter(f, sc, h, csv)
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &rowsFile{f: f, path: path, w: w}, nil
}

// commit writes the checksum line, syncs and renames the file into place.
func (r *rowsFile) commit() error {
	if err := r.w.Close(); err != nil {
		return err
	}
	if err := r.f.Sync(); err != nil {
		return err
	}
	if err := r.f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(r.f.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(r.f.Name(), r.path); err != nil {
		return err
	}
	r.done = true
	return nil
}

// abort removes the temporary file unless it was committed.
func (r *rowsFile) abort() {
	if !r.done {
		r.f.Close()
		os.Remove(r.f.Name())
	}
}
