package main

import (
	"os"
	"path/filepath"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/sim"
	"ttx/sim/batch"
)

// rowsFile is a rows file being written: rows stream to a temporary file beside the target,
// which replaces the target only when every row is written, so a reader never sees half a file.
// A target that is a device or a pipe (/dev/stdout, a named pipe read by another program) gets
// the rows as they come instead (inPlace): it is never replaced.
type rowsFile struct {
	f       *os.File
	path    string
	w       *batch.Writer
	done    bool
	inPlace bool
}

// createRows starts the rows file at path of scenario sc with header h (CSV or JSON Lines).
// The header names the scenario file from the rows file's folder (as a log does), so that
// ttx merge finds it wherever it is run from.
func createRows(path string, sc *sim.Scenario, h batch.Header, csv bool) (*rowsFile, error) {
	h.File = logpath.Rel(path, sc.File)
	r := &rowsFile{path: path, inPlace: atomicfile.Special(path)}
	var err error
	if r.inPlace {
		r.f, err = os.OpenFile(path, os.O_WRONLY, 0)
	} else {
		r.f, err = os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	}
	if err != nil {
		return nil, err
	}
	if r.w, err = batch.NewWriter(r.f, sc, h, csv); err != nil {
		r.abort()
		return nil, err
	}
	return r, nil
}

// commit writes the checksum line, syncs and renames the file into place.
func (r *rowsFile) commit() error {
	if err := r.w.Close(); err != nil {
		return err
	}
	if r.inPlace {
		r.done = true
		return r.f.Close()
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

// abort removes the temporary file unless it was committed (a device or a pipe is only closed).
func (r *rowsFile) abort() {
	if !r.done {
		r.f.Close()
		if !r.inPlace {
			os.Remove(r.f.Name())
		}
	}
}
