// Package lineerr is a problem at a numbered line of a file of lines (an order log, a rows
// file): FILE:LINE: message, as every TTX tool prints them.
package lineerr

import "fmt"

// Error is a problem at a line of a file, numbered as the file's lines are (the first line is
// 1). File is empty until a caller that knows the file's name sets it.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// New returns the problem at line.
func New(line int, format string, args ...any) *Error {
	return &Error{Line: line, Msg: fmt.Sprintf(format, args...)}
}
