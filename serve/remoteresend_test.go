package serve

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"ttx/sim"
)

// netCut is a TCP relay between a client and a server that a test can break as a network breaks:
// hole drops whatever either end sends from then on, as a dead link does, deaf what the server
// sends alone (what the client sends is taken, and its answer lost), and cut closes every
// connection through it, as the end of the link's silence does.
type netCut struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	hole  bool
	deaf  bool
}

// relay starts a netCut in front of the server s and returns it and link, pointing at it.
func relay(t *testing.T, s *server, link string) (*netCut, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	n := &netCut{ln: ln}
	target := strings.TrimPrefix(s.url, "http://")
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			n.mu.Lock()
			n.conns = append(n.conns, c, up)
			n.mu.Unlock()
			go n.pipe(c, up, true)
			go n.pipe(up, c, false)
		}
	}()
	t.Cleanup(func() { ln.Close(); n.cut() })
	return n, strings.Replace(link, target, ln.Addr().String(), 1)
}

// pipe copies src to dst (down: from the server to the client), dropping what comes while the
// hole is open (down, while the relay is deaf too), a close included: the other end hears
// nothing of it, as over a dead link.
func (n *netCut) pipe(dst, src net.Conn, down bool) {
	buf := make([]byte, 32<<10)
	for {
		k, err := src.Read(buf)
		n.mu.Lock()
		hole := n.hole || down && n.deaf
		n.mu.Unlock()
		if err != nil {
			if !hole {
				dst.Close()
			}
			return
		}
		if hole {
			continue
		}
		if _, err := dst.Write(buf[:k]); err != nil {
			src.Close()
			return
		}
	}
}

// drop opens the hole: nothing gets through from now on.
func (n *netCut) drop() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.hole = true
}

// deafen drops what the server sends from now on: the client's messages get through, and their
// answers are lost.
func (n *netCut) deafen() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.deaf = true
}

// cut closes every connection through the relay; new ones get through.
func (n *netCut) cut() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, c := range n.conns {
		c.Close()
	}
	n.conns, n.hole, n.deaf = nil, false, false
}

// orderNames names orders by actor and move.
func orderNames(os []sim.Order) string {
	var out []string
	for _, o := range os {
		out = append(out, o.Actor+" "+o.Move)
	}
	return strings.Join(out, ", ")
}

// TestRemoteRejoinSendsOrdersAgain: a team's window whose orders were on their way when its
// network died (sent, never answered), or that changed them while it was down, joins again and
// sends them again, so that the server has what the window shows; orders for a turn that ended
// meanwhile are not given, and the window says so. The window waited for the lost answer for
// good: it showed orders the server never had, and kept showing them into the next turns,
// whose snapshots' drafts it no longer took.
func TestRemoteRejoinSendsOrdersAgain(t *testing.T) {
	sc := library(t, "campaign.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 4})
	blue := sc.Sides[0].ID
	net, link := relay(t, s, s.links[blue])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := JoinRemote(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	var picks []sim.Order
	seen := map[string]bool{}
	for _, c := range r.Legal(0) {
		if !seen[c.Order.Actor+c.Order.Move] {
			seen[c.Order.Actor+c.Order.Move] = true
			picks = append(picks, c.Order)
		}
	}
	r.Add(0, picks[0])
	waitFor(t, "the first order's ack", func() bool { return !inFlight(r) })

	// blue's drafts as the server has them: the white cell's presence counts them.
	drafted := func(n int, what string) {
		t.Helper()
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		for {
			m, err := white.Recv(dctx)
			if err != nil {
				t.Fatalf("the server never had %d of blue's orders (%s): %v", n, what, err)
			}
			for _, p := range m.Seats {
				if m.Type == MsgPresence && p.Seat == blue && p.Drafts == n {
					return
				}
			}
		}
	}
	drafted(1, "the first order")

	// The link dies with a second order on its way.
	net.drop()
	r.Add(0, picks[1])
	time.Sleep(200 * time.Millisecond)
	net.cut()
	want := orderNames(picks[:2])
	waitFor(t, "the window joined again", func() bool { return r.Online() && !inFlight(r) })
	if got := orderNames(r.Drafts(0)); got != want {
		t.Errorf("the window shows %q, want %q", got, want)
	}
	drafted(2, "the order lost on the way, sent again")
	if p := r.Problem(); !strings.Contains(p, "are sent again") {
		t.Errorf("the window says %q, nothing of orders sent again", p)
	}

	// Changed while the link is down: kept, and sent once joined.
	net.cut()
	waitFor(t, "the window told its connection is lost", func() bool { return !r.Online() })
	r.Add(0, picks[2])
	waitFor(t, "the window told its order is kept", func() bool { return strings.Contains(r.Problem(), "your orders are kept here") })
	waitFor(t, "the window joined again", func() bool { return r.Online() && !inFlight(r) })
	drafted(3, "the order given offline")
	resolved := func(turn int) string {
		t.Helper()
		white.Send(ctx, Message{Type: MsgResolve, Turn: turn})
		m := until(t, ctx, white, func(m Message) bool { return isSnap(m) && m.View.Turn == turn+1 })
		var os []sim.Order
		for _, x := range m.View.Results {
			if x.Order.Side == blue {
				os = append(os, x.Order)
			}
		}
		return orderNames(os)
	}
	if got, want := resolved(1), orderNames(picks[:3]); got != want {
		t.Errorf("turn 1 resolved blue's %q, want %q", got, want)
	}
	waitFor(t, "turn 2 at the window", func() bool { return r.View(0).Turn == 2 })
	if got := orderNames(r.Drafts(0)); got != "" {
		t.Errorf("at turn 2 the window shows %q as drafts", got)
	}

	// Lost on the way while the turn ends: not given, and the window says so.
	net.drop()
	r.Add(0, picks[3])
	time.Sleep(200 * time.Millisecond)
	if got := resolved(2); got != "" {
		t.Errorf("turn 2 resolved blue's %q, want none", got)
	}
	net.cut()
	waitFor(t, "the window joined again at turn 3", func() bool { return r.Online() && !inFlight(r) && r.View(0).Turn == 3 })
	if got := orderNames(r.Drafts(0)); got != "" {
		t.Errorf("at turn 3 the window shows turn 2's orders %q as drafts", got)
	}
	if p := r.Problem(); !strings.Contains(p, "your last orders for turn 2, which is no longer the turn in play: they were not given") {
		t.Errorf("the window says %q, nothing of turn 2's orders not given", p)
	}
}
