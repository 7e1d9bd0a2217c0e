package main

import (
	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/sim"
	"ttx/sim/batch"
)

// rowsFile is a rows file being written: rows stream to a temporary file beside the target,
// which replaces the target only when every row is written, so a reader never sees half a file
// (a device or a pipe, as /dev/stdout, gets the rows as they come: atomicfile.File).
type rowsFile struct {
	*atomicfile.File
	w *batch.Writer
}

// createRows starts the rows file at path of scenario sc with header h (CSV or JSON Lines).
// The header names the scenario file from the rows file's folder (as a log does), so that
// ttx merge finds it wherever it is run from.
func createRows(path string, sc *sim.Scenario, h batch.Header, csv bool) (*rowsFile, error) {
	h.File = logpath.Rel(path, sc.File)
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return nil, err
	}
	w, err := batch.NewWriter(f, sc, h, csv)
	if err != nil {
		f.Abort()
		return nil, err
	}
	return &rowsFile{File: f, w: w}, nil
}

// commit writes the checksum line and puts the file in place.
func (r *rowsFile) commit() error {
	if err := r.w.Close(); err != nil {
		return err
	}
	return r.Commit()
}
