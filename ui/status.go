package ui

import "fmt"

// The status line says what the window did last, or why it did not. A message said again while
// it is still on the line (the same bad input tried again, refused in the same words) would
// change nothing the user sees: the line counts the times instead, "… (2×)", "… (3×)", until
// another message takes it.

// repeat is the message last said (say), the status line it left (shown: the message, or its
// later rewording, reword) and how many times in a row it was said. A message put on the line
// another way (a.Status set) starts the count anew.
type repeat struct {
	said, shown string
	times       int
}

// say puts msg on the status line; said again while it (or its rewording) is there, it is
// counted.
func (a *App) say(msg string) {
	if msg != "" && msg == a.repeat.said && a.Status == a.repeat.shown {
		a.Status, a.repeat.shown = msg, msg
		a.repeat.times++
		return
	}
	a.Status, a.repeat = msg, repeat{said: msg, shown: msg, times: 1}
}

// reword puts to on the status line in the place of from, when from is there, keeping its
// count: the same news, told better (an answer recorded that the server has not saved yet).
func (a *App) reword(from, to string) {
	if a.Status != from {
		return
	}
	if a.repeat.shown == from {
		a.repeat.shown = to
	}
	a.Status = to
}

// statusText is the status line as the window shows it: the message, and how many times in a
// row it was said when more than once.
func (a *App) statusText() string {
	if a.repeat.times > 1 && a.Status == a.repeat.shown {
		return fmt.Sprintf("%s (%d×)", a.Status, a.repeat.times)
	}
	return a.Status
}
