package main

import (
	"os"
	"os/signal"
	"syscall"
)

// keepOnBrokenPipe makes a write to stdout after its reader has gone (ttx run --log F | head -3:
// head exits after three lines) fail with an error, which the account's prints pass over,
// instead of killing the program with SIGPIPE, until the function it returns is called. A
// command with a file to write after its account (run's --log) uses it so that the file is
// still written whole; without one, dying of SIGPIPE is what a program that only prints should
// do, and stops work nobody reads.
func keepOnBrokenPipe() (restore func()) {
	// A signal asked for by Notify is sent to the channel, and the write fails with EPIPE,
	// whichever file it was written to; the channel is never read (one signal fills it, and
	// further ones are dropped).
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGPIPE)
	return func() { signal.Stop(c) }
}
