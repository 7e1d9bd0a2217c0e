//go:build !unix

package atomicfile

// syncFolder does nothing where a folder cannot be opened to be synced (Windows, whose file
// system records a rename in its journal; a browser, which has no disk of its own).
func syncFolder(string) error { return nil }
