package ui

import (
	"regexp"
	"strconv"
	"testing"
	"time"
)

// countdowns matches each time left (m:ss) in a line at the top of a screen.
var countdowns = regexp.MustCompile(`\d+:\d\d`)

// TestWindowOneCountdown: a hot seat's turn with timed segments shows one countdown at the top,
// the segment's; a turn timer that ends before the segments (5 minutes against 40) joins it on
// that line as when the orders are due, one that ends after them (an hour) is left out.
func TestWindowOneCountdown(t *testing.T) {
	a, r, tu := discussionTurn(t)
	r.frames(1)
	if got := tu.clockShown; !regexp.MustCompile(`^assess 1/3 · (10:00|9:59)$`).MatchString(got) {
		t.Errorf("without a turn timer the top reads %q, want the segment alone", got)
	}
	a.Timer = NewTurnTimer(5)
	r.frames(1)
	if got := tu.clockShown; !regexp.MustCompile(`^assess 1/3 · (10:00|9:59) · orders due in (5:00|4:59)$`).MatchString(got) {
		t.Errorf("with orders due before the segments end the top reads %q, want the segment and the orders' time on one line", got)
	}
	r.shot("countdown-orders-first")
	a.Timer = NewTurnTimer(60)
	r.frames(1)
	if got := tu.clockShown; len(countdowns.FindAllString(got, -1)) != 1 {
		t.Errorf("with orders due after the segments end the top reads %q, want one countdown", got)
	}
}

// TestWindowRemoteOneCountdown: a team's window on a served discussion exercise shows one
// countdown, the segment's, though the server sends a deadline (the segment's end), which it
// used to show again beside it as "time m:ss". The server's clock runs while the test does:
// the time shown is the segment's time left (of its 10 minutes) when the frame was drawn,
// however long the test took to get there.
func TestWindowRemoteOneCountdown(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	_, r, ex := teamAtTurn(t, sc)
	due, _ := ex.Deadline()
	if due.IsZero() {
		t.Fatal("the server sent no deadline for the segment")
	}
	most := time.Until(due)
	r.frames(1)
	least := time.Until(due)
	tu := r.mgr.Scene().(*turn)
	got := tu.clockShown
	m := regexp.MustCompile(`^assess 1/3 · (\d+):(\d\d)$`).FindStringSubmatch(got)
	if m == nil || len(countdowns.FindAllString(got, -1)) != 1 {
		t.Fatalf("the served turn's top reads %q, want the segment's countdown alone", got)
	}
	mins, _ := strconv.Atoi(m[1])
	secs, _ := strconv.Atoi(m[2])
	shown := time.Duration(60*mins+secs) * time.Second
	up := func(d time.Duration) time.Duration { return (max(d, 0) + time.Second - 1).Truncate(time.Second) } // as minSec rounds
	if lo, hi := up(least), up(most); shown < lo || shown > hi || shown > 10*time.Minute {
		t.Errorf("the served turn's top reads %q: %v left, want the segment's %v to %v (of its 10 minutes)", got, shown, lo, hi)
	}
	r.shot("remote-countdown")
}
