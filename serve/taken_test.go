package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestTakenOverStops: a team's link opened in a second window (a second tab, a second laptop)
// takes the seat over, and the first window is told so, in words that say what to do, before
// its connection is closed; it does not join again by itself, so the second keeps the seat. The
// first was closed without a word: it said its connection was lost and joined again two seconds
// later, taking the seat back, and the two took it from each other for as long as both were
// open, each saying its connection was lost.
func TestTakenOverStops(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 4})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	// On the wire: the connection taken over is sent notice taken, then closed.
	first, _ := seated(t, ctx, s.links["red"])
	second, _ := seated(t, ctx, s.links["red"])
	defer second.Close()
	m := until(t, ctx, first, func(m Message) bool { return m.Type == MsgNotice })
	if m.Code != NoticeTaken || !strings.Contains(m.Reason, "opened in another window") {
		t.Fatalf("the connection taken over is told %s %q, want %s", m.Code, m.Reason, NoticeTaken)
	}
	if _, err := first.Recv(ctx); err == nil {
		t.Fatal("the connection taken over is still open")
	}

	// Two windows.
	a, err := JoinRemote(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := JoinRemote(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	waitFor(t, "the first window told its seat is taken", func() bool { return strings.Contains(a.Problem(), "opened in another window") })
	problems := b.Problems()
	time.Sleep(5 * time.Second) // two tries at joining again, had it tried
	if a.Online() || !b.Online() || b.Problems() != problems {
		t.Fatalf("after 5 s the first window is online %v, the second %v (problems %d, were %d): the seat changed hands again", a.Online(), b.Online(), b.Problems(), problems)
	}
	if !strings.Contains(a.Problem(), "load the page again") {
		t.Errorf("the first window says %q, not how to play there again", a.Problem())
	}
}
