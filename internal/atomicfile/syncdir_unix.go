//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"syscall"
)

// syncFolder syncs the folder dir. A file system that cannot sync a folder (some network and
// user-space file systems answer EINVAL, as they do for a pipe) has nothing more to make
// durable than it did: that is not an error. Any other failure (EIO: the disk) is.
func syncFolder(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, syscall.EINVAL) {
		return nil
	}
	return err
}
