//go:build !unix

package main

// lockLog takes no lock where the system has no flock: a server's log is not guarded there.
func lockLog(string) (func(), error) { return func() {}, nil }

// logServed reports false: no lock tells a served log there.
func logServed(string) bool { return false }
