//go:build unix

package main

import (
	"errors"
	"os"
	"syscall"
)

// lockLog takes the lock of the log at path that a running ttx serve holds (path.lock, its
// file made if need be) and returns what lets it go and removes the file. A lock another
// server holds is errLogServed. The kernel lets a lock go with the process that held it, so
// a server that crashed leaves none held.
func lockLog(path string) (func(), error) {
	f, err := os.OpenFile(lockPath(path), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errLogServed
		}
		return nil, err
	}
	return func() {
		os.Remove(f.Name())
		f.Close()
	}, nil
}

// logServed reports whether a running ttx serve holds the lock of the log at path.
func logServed(path string) bool {
	f, err := os.Open(lockPath(path))
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
