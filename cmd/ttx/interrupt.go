package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// interruptible returns a context cancelled when the program is asked to stop: Ctrl+C
// (SIGINT), or SIGTERM, which a batch system (Kubernetes, Slurm) sends to cancel or preempt a
// job and kill(1) sends by default. The long commands (batch, forecast, balance) stop on it and
// clean up (a rows file half written is removed), where an unhandled SIGTERM would kill the
// program outright and leave its temporary file behind.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// runError is the message of err, the error a long command's games stopped with: a command
// stopped by interruptible's signal says "interrupted", not the context's "context canceled".
func runError(err error) string {
	if errors.Is(err, context.Canceled) {
		return "interrupted"
	}
	return err.Error()
}
