//go:build unix

package atomicfile

import (
	"errors"
	"syscall"
)

// processGone reports whether no process pid is running on this host: signal 0 to it answers
// ESRCH. A process of another user (EPERM) is running, and so kept.
func processGone(pid int) bool {
	return pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
