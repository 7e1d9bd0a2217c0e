// Package atomicfile writes files so that a reader never sees half of one: the data goes to a
// temporary file in the same directory, is synced, and is renamed over the target. A target
// that is a device or a pipe (/dev/null, /dev/stdout, a named pipe), not a file, is written in
// place: renaming a file over it would put a plain file where the device was.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data atomically.
func Write(path string, data []byte) error { return WriteMode(path, data, 0o644) }

// WriteMode is Write with the file's mode (0600 for secrets: the file is never readable by others,
// not even for a moment, since the temporary file is created 0600).
func WriteMode(path string, data []byte, mode os.FileMode) (err error) {
	if Special(path) {
		return writeInPlace(path, data)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp, mode); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Special reports whether path names something other than a plain file or a folder, once
// symbolic links are followed: a device (/dev/null, /dev/stdout), a named pipe, a socket. Such
// a target is written in place, never replaced.
func Special(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.Mode().IsRegular() && !fi.IsDir()
}

// writeInPlace writes data to path, a device or a pipe, as it stands.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
