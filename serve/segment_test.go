package serve

import (
	"context"
	"sync"
	"testing"
	"time"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// TestSegments: a turn's timed segments run on the server's clock, one after another; the
// white cell extends one and skips to the turn's end, which resolves the turn and starts the
// next turn's first segment.
func TestSegments(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s := serveGame(t, Config{Scenario: sc, Seed: 1, Now: clock.now})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	w, m := seated(t, ctx, s.links["white"])
	t0 := clock.now()
	if m.Segment == nil || m.Segment.Name != "assess" || m.Segment.Count != 2 || m.Deadline != t0.Add(10*time.Minute).UnixMilli() {
		t.Fatalf("the first segment: %+v, deadline %d", m.Segment, m.Deadline)
	}
	clock.add(10*time.Minute + time.Second)
	m = until(t, ctx, w, isSnap)
	if m.Segment.Name != "discuss" || m.View.Turn != 1 {
		t.Fatalf("after assess's time: segment %+v turn %d", m.Segment, m.View.Turn)
	}
	w.Send(ctx, Message{Type: MsgExtend, Seconds: 60})
	m = until(t, ctx, w, isSnap)
	if want := t0.Add(10*time.Minute + time.Second + 16*time.Minute).UnixMilli(); m.Deadline != want {
		t.Fatalf("extended deadline %d, want %d", m.Deadline, want)
	}
	w.Send(ctx, Message{Type: MsgSkip, Turn: 1})
	m = until(t, ctx, w, isSnap)
	if m.View.Turn != 2 || m.Segment.Name != "assess" {
		t.Fatalf("after skipping the last segment: turn %d segment %+v", m.View.Turn, m.Segment)
	}
}
