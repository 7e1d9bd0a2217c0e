package session

import (
	"time"

	"ttx/sim"
)

// Segment is where the current turn's timed segments (sim.Scenario.SegmentsOf) stand: the one
// running, its place among the turn's, and its time left.
type Segment struct {
	Name         string
	Index, Count int
	// Left is the segment's time left; Known is false where the exercise cannot tell it (a
	// remote seat whose clock the white cell stopped).
	Left  time.Duration
	Known bool
	// Up reports that the last segment's time is up: the turn is due.
	Up bool
}

// SegmentClock runs a turn's timed segments one after another, as the exercise server does on
// its clock, for an exercise at one keyboard. It reads no clock: whoever drives it says how much
// time passed (Advance), so a window counts frames and a test counts whatever it likes.
type SegmentClock struct {
	turn  int           // the turn whose segments it runs; 0: none yet
	index int           // the segment running
	left  time.Duration // its time left
	up    bool          // the last segment ended
}

// sync starts turn's first segment when the clock is still on another turn.
func (c *SegmentClock) sync(sc *sim.Scenario, turn int) []sim.SegmentDef {
	segs := sc.SegmentsOf(turn)
	if c.turn != turn {
		*c = SegmentClock{turn: turn}
		if len(segs) > 0 {
			c.left = secs(segs[0].Length)
		}
	}
	return segs
}

// Now returns the current segment of turn, and false when the turn has none.
func (c *SegmentClock) Now(sc *sim.Scenario, turn int) (Segment, bool) {
	segs := c.sync(sc, turn)
	if len(segs) == 0 {
		return Segment{}, false
	}
	return Segment{Name: segs[c.index].Name, Index: c.index, Count: len(segs), Left: c.left, Known: true, Up: c.up}, true
}

// Advance counts d of turn's time down. When the segment's time runs out the next begins; when
// the last's does, Up is set and the clock stays at zero. It reports whether the segment
// changed or the last ended.
func (c *SegmentClock) Advance(sc *sim.Scenario, turn int, d time.Duration) bool {
	segs := c.sync(sc, turn)
	if len(segs) == 0 || c.up {
		return false
	}
	c.left -= d
	if c.left > 0 {
		return false
	}
	c.next(segs)
	return true
}

// Skip ends turn's current segment now: the next begins, or after the last the turn is due.
func (c *SegmentClock) Skip(sc *sim.Scenario, turn int) {
	if segs := c.sync(sc, turn); len(segs) > 0 && !c.up {
		c.next(segs)
	}
}

// Extend gives turn's current segment d more time (the last one's too after it ended).
func (c *SegmentClock) Extend(sc *sim.Scenario, turn int, d time.Duration) {
	if segs := c.sync(sc, turn); len(segs) > 0 {
		c.left = max(0, c.left) + d
		c.up = false
	}
}

// next moves on to the segment after the current one, or ends the last.
func (c *SegmentClock) next(segs []sim.SegmentDef) {
	if c.index+1 < len(segs) {
		c.index++
		c.left = secs(segs[c.index].Length)
		return
	}
	c.left, c.up = 0, true
}

func secs(s int64) time.Duration { return time.Duration(s) * time.Second }
