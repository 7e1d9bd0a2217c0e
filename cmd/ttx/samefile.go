package main

import (
	"os"
	"path/filepath"
)

// sameFile reports whether a and b name one file: the same path, or two names of a file that
// exists.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}
