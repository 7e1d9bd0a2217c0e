package ui

import "ttx/session"

// The window drives an exercise through package session; these names keep the window's code
// short.
type (
	// Session is an exercise in progress (session.Session).
	Session = session.Session
	// Seat says who plays a side (session.Seat).
	Seat = session.Seat
	// Note is an observer's note (session.Note).
	Note = session.Note
)

// SeatPerson is a team at the keyboard.
const SeatPerson = session.SeatPerson

// NewSession starts an exercise (session.NewSession).
var NewSession = session.NewSession

// LoadSession rebuilds an exercise from a save (session.LoadSession).
var LoadSession = session.LoadSession
