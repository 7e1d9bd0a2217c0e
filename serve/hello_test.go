package serve

import (
	"context"
	"testing"
	"time"
)

// TestHelloInTime: a connection that has not joined a seat within Limits.Hello is closed, one
// that sent a hello with no seat's token included; a seat's connection stays open past it.
func TestHelloInTime(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	lim := DefaultLimits
	lim.Hello = 200 * time.Millisecond
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Limits: lim})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	wsURL, _, err := ParseLink(s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := Dial(ctx, wsURL, "no-such-token")
	if err != nil {
		t.Fatal(err)
	}
	defer stranger.Drop()
	blue, err := Join(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer blue.Close()
	until(t, ctx, blue, isSnap)

	start := time.Now()
	for {
		m, err := stranger.Recv(ctx)
		if err != nil {
			break // closed
		}
		if m.Type != MsgReject || m.Code != RejToken {
			t.Fatalf("the stranger was sent %s %s", m.Type, m.Reason)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the stranger's connection closed after %v, want about %v", d, lim.Hello)
	}

	time.Sleep(2 * lim.Hello)
	id, err := blue.Send(ctx, Message{Type: MsgGetRep})
	if err != nil {
		t.Fatalf("blue's connection, past the hello time: %v", err)
	}
	until(t, ctx, blue, func(m Message) bool { return m.Type == MsgReport && m.ID == id })
}
