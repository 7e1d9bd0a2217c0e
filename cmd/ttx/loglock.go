package main

import (
	"errors"
	"fmt"
	"io"
)

// A running ttx serve writes its log whole at every step, note and answer, from the game it
// holds: what ttx note or ttx answer added to the file meanwhile would be gone at its next
// save, without a word. So the server holds a lock beside the log (LOG.lock) while it runs,
// and they (and ttx fire) refuse a log whose lock is held, as a second server resuming it does.

// errLogServed is a log whose lock a running ttx serve holds.
var errLogServed = errors.New("held by a running ttx serve")

// lockPath is the file of the lock of the log at path.
func lockPath(path string) string { return path + ".lock" }

// servedWhere says where a table's or an observer's input goes into a served exercise, by the
// command that would have added it to the log.
var servedWhere = map[string]string{
	"note":   "write the note in the white cell's or an observers' window",
	"answer": "let the table give its answer in its own window",
	"fire":   "fire the inject from the white cell's window",
}

// refuseServed says on stderr, and reports, when the log at path is one a running ttx serve
// holds: what cmd adds to it would be lost at the server's next save.
func refuseServed(cmd, path string, stderr io.Writer) bool {
	if !logServed(path) {
		return false
	}
	fmt.Fprintf(stderr, "ttx %s: %s is the log of an exercise a ttx serve is running (it holds %s): the server writes the log whole at every step and would drop what ttx %s adds: %s, or run ttx %s once the server has stopped\n",
		cmd, path, lockPath(path), cmd, servedWhere[cmd], cmd)
	return true
}
