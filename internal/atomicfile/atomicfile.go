// Package atomicfile writes files so that a reader never sees half of one: the data goes to a
// temporary file in the same directory, is synced, and is renamed over the target, and the
// directory is synced after the rename, so that a power cut just after a write leaves the new
// file under its name, not the old one or none (where a directory cannot be synced, as on
// Windows, the rename is all there is). A target that is a device or a pipe (/dev/null,
// /dev/stdout, a named pipe), not a file, is written in place: renaming a file over it would
// put a plain file where the device was.
//
// A writer killed between Create and Commit leaves its temporary file behind. Its name says whose
// it is: .NAME.TAG.PID.N.tmp, the target's name, a tag of the host (a hash of its name and, on
// Linux, of its process namespace), the writer's pid and a random number. The next Create of the
// same target removes those of this host whose process is no longer running (signal 0 answers
// ESRCH), and so never the file of a live writer: one of a running process (whoever's), of
// another host or container sharing the folder, or of another target is kept, as is one whose
// pid has since been given to another process (until a later write finds it gone), and every
// one where there is no signal 0 to ask with (not on unix). TempDir's temporary folders, for
// replacing a folder whole, are named and removed the same way.
package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
)

// Write replaces path with data atomically.
func Write(path string, data []byte) error { return WriteMode(path, data, 0o644) }

// WriteMode is Write with the file's mode, less what the umask takes away, as for any new file
// (0600 for secrets: the file is never readable by others, not even for a moment, since the
// temporary file is created with that mode).
func WriteMode(path string, data []byte, mode os.FileMode) error {
	f, err := Create(path, mode)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Commit()
}

// CanWrite reports, by an error, when Create(path) would fail (a folder that does not exist or
// cannot be written), for a program to tell before the work whose result it is to write; it
// leaves nothing behind.
func CanWrite(path string) error {
	f, err := Create(path, 0o600)
	if err != nil {
		return err
	}
	f.Abort()
	return nil
}

// File is a file being written to path: a temporary file beside it, which Commit puts in its
// place with the mode given to Create (less the umask's), or, when path is a device or a pipe
// (Special), path itself, written as the data comes.
type File struct {
	*os.File
	path    string // the name given, which errors name
	target  string // the file replaced: path, or the file a symbolic link at path leads to
	inPlace bool
	done    bool
}

// errReadOnly is why a read-only file is not replaced.
var errReadOnly = errors.New("the file is read-only, and is left as it is")

// errFolder is why a folder is not replaced by a file.
var errFolder = errors.New("it is a folder, not a file")

// Create starts writing the file at path. Commit or Abort it. A read-only file at path (no write
// permission for anyone) is refused: renaming over it would ignore its permissions, since a
// rename asks only the folder's, and its owner made it read-only to keep it as it is. A folder
// at path is refused too, now rather than at Commit, after the work whose result it was to hold.
// A symbolic link at path is written through: the file it leads to is replaced, beside itself,
// and the link stays a link (renaming over the link replaced it with a plain file, so the file it
// led to kept its old contents, and --out /dev/stdout with stdout sent to a file replaced
// /dev/stdout itself, for root, with a plain file).
func Create(path string, mode os.FileMode) (*File, error) {
	f := &File{path: path, target: path, inPlace: Special(path)}
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o222 == 0 {
		return nil, f.named("replace", errReadOnly)
	} else if err == nil && fi.IsDir() {
		return nil, f.named("replace", errFolder)
	}
	var err error
	if f.inPlace {
		f.File, err = os.OpenFile(path, os.O_WRONLY, 0)
	} else {
		if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
			if f.target, err = filepath.EvalSymlinks(path); err != nil {
				return nil, f.named("create", err)
			}
		}
		f.File, err = createTemp(f.target, mode)
	}
	if err != nil {
		return nil, f.named("create", err)
	}
	if !f.inPlace {
		removeLeftovers(f.target, false)
	}
	return f, nil
}

// Write writes p to the file; an error names the target.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.File.Write(p)
	if err != nil {
		err = f.named("write", err)
	}
	return n, err
}

// named returns err as an error of operation op on the target, not on the temporary file the
// system named: the user gave the target, and has never heard of the other.
func (f *File) named(op string, err error) error { return named(op, f.path, err) }

// named returns err as an error of operation op on path, without the path of a temporary file
// or folder the system named in it.
func named(op, path string, err error) error {
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return &os.PathError{Op: op, Path: path, Err: err}
}

// Commit syncs the temporary file, renames it over the target and syncs the target's folder,
// so that the new file is on the disk under its name (a device or a pipe is only closed). A
// failure to sync the folder is an error: the target holds the new data then, but a power cut
// may still undo the rename.
func (f *File) Commit() error {
	if f.inPlace {
		f.done = true
		return f.Close()
	}
	if err := f.Sync(); err != nil {
		return f.named("write", err)
	}
	if err := f.Close(); err != nil {
		return f.named("write", err)
	}
	if err := os.Rename(f.Name(), f.target); err != nil {
		return f.named("replace", err)
	}
	f.done = true
	if err := SyncDir(filepath.Dir(f.target)); err != nil {
		return f.named("sync the folder of", err)
	}
	return nil
}

// Abort closes the file and removes the temporary file, unless Commit succeeded; the target is
// left as it was.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.Close()
	if !f.inPlace {
		os.Remove(f.Name())
	}
}

// Special reports whether path names something other than a plain file or a folder, once
// symbolic links are followed: a device (/dev/null, /dev/stdout), a named pipe, a socket. Such
// a target is written in place, never replaced.
func Special(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.Mode().IsRegular() && !fi.IsDir()
}
