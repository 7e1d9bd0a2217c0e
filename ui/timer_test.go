package ui

import "testing"

func TestTurnTimer(t *testing.T) {
	tm := NewTurnTimer(1)
	if got := tm.String(); got != "1:00" {
		t.Errorf("String() = %q, want 1:00", got)
	}
	tm.Tick()
	if got := tm.String(); got != "1:00" {
		t.Errorf("after a frame String() = %q, want 1:00 (rounded up)", got)
	}
	tm.Paused = true
	for i := 0; i < 1000; i++ {
		tm.Tick()
	}
	if got := tm.String(); got != "1:00 (paused)" {
		t.Errorf("paused String() = %q", got)
	}
	tm.Paused = false
	expired := 0
	for i := 0; i < 60*60; i++ {
		if tm.Tick() {
			expired++
		}
	}
	if expired != 1 || !tm.Expired() || tm.String() != "0:00" {
		t.Errorf("after a minute: expired %d times, Expired %v, %q", expired, tm.Expired(), tm.String())
	}
	tm.Reset()
	if tm.Expired() {
		t.Error("Reset did not restart the timer")
	}
	off := NewTurnTimer(0)
	if off.Tick() || off.Expired() || off.String() != "" {
		t.Error("a timer that is off counts")
	}
}
