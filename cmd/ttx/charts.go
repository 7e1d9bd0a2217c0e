package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"

	"ttx/sim/report"
)

// writeCharts puts the charts of r in the folder dir, replacing the folder as a whole: they are
// written to a new folder beside it, which takes the old one's place once every chart is in
// it. So the folder never holds half of the charts, nor charts of an earlier report written to
// the same name: a team's handout (--as) written over the facilitator's report must not keep
// beside it the facilitator's charts of what the team never saw. A report without charts
// removes the folder.
func writeCharts(r *report.Report, dir string) error {
	var fresh string
	if len(r.Charts) > 0 {
		var err error
		if fresh, err = newFolder(dir); err != nil {
			return &os.PathError{Op: "create", Path: dir, Err: cause(err)}
		}
		defer os.RemoveAll(fresh) // nothing is left there once it has taken the old folder's place
		for _, c := range r.Charts {
			if err := writeChart(filepath.Join(fresh, c.ID+".png"), c.PNG); err != nil {
				return &os.PathError{Op: "write", Path: filepath.Join(dir, c.ID+".png"), Err: cause(err)}
			}
		}
	}
	var old string
	if _, err := os.Lstat(dir); err == nil {
		old = filepath.Join(filepath.Dir(dir), fmt.Sprintf(".%s.%d.old", filepath.Base(dir), rand.Uint32()))
		if err := os.Rename(dir, old); err != nil {
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if fresh != "" {
		if err := os.Rename(fresh, dir); err != nil {
			if old != "" {
				os.Rename(old, dir)
			}
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// newFolder makes a new folder beside dir, named after it, whose mode is 0755 less the umask's,
// as any new folder's (os.MkdirTemp's is 0700).
func newFolder(dir string) (string, error) {
	for try := 0; ; try++ {
		name := filepath.Join(filepath.Dir(dir), fmt.Sprintf(".%s.%d.tmp", filepath.Base(dir), rand.Uint32()))
		err := os.Mkdir(name, 0o755)
		if errors.Is(err, fs.ErrExist) && try < 10000 {
			continue
		}
		return name, err
	}
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
