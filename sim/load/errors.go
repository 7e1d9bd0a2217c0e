package load

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error is one problem in a scenario file, with where it is. Line and Col are 1-based; 0 when
// unknown.
type Error struct {
	File      string
	Line, Col int
	// Key is the path of the key the problem is at, e.g. move[2].chance.
	Key string
	Msg string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in a file, in the order of the file.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// List returns the problems in err: its Errors, or err itself as one problem.
func List(err error) Errors {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	var e *Error
	if errors.As(err, &e) {
		return Errors{e}
	}
	return Errors{{Msg: err.Error()}}
}

// msgErr is a plain error made by errf.
type msgErr string

func (m msgErr) Error() string { return string(m) }

func errf(format string, a ...any) error { return msgErr(fmt.Sprintf(format, a...)) }

func fmtInt(v int64) string     { return strconv.FormatInt(v, 10) }
func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
