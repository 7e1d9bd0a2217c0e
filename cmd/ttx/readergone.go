package main

import (
	"errors"
	"syscall"

	"ttx/internal/atomicfile"
)

// readerGone reports whether err comes of writing the rows to out, a pipe or a device such as
// /dev/stdout, after its reader went away (ttx batch --out /dev/stdout | head): the rows were
// wanted only so far, so the command stops there without an error and exits 0, as it stops
// silently when its own standard output is a pipe whose reader went (by SIGPIPE).
func readerGone(out string, err error) bool {
	return out != "" && atomicfile.Special(out) && errors.Is(err, syscall.EPIPE)
}
