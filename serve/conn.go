package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
)

// conn is one client's connection: a reader that turns its frames into requests to the game
// and a writer that sends what the game queued for it. A client too slow to take its queue is
// dropped; it resyncs when it reconnects (it is sent the whole view, never a patch).
type conn struct {
	ws   *websocket.Conn
	send chan []byte
	// seat is the seat the connection holds, "" before its hello; only the game's goroutine
	// reads or writes it.
	seat    string
	strikes int // failed hellos, counted by the game's goroutine
	// joined is set by the game's goroutine once a hello gave the connection a seat.
	joined atomic.Bool

	once sync.Once
	done chan struct{}
}

func newConn(ws *websocket.Conn, queue int) *conn {
	return &conn{ws: ws, send: make(chan []byte, queue), done: make(chan struct{})}
}

// push queues a frame; a full queue drops the connection.
func (c *conn) push(b []byte) {
	select {
	case <-c.done:
	case c.send <- b:
	default:
		c.close()
	}
}

// retire sends b, after the frames queued before it, and then closes the connection: a
// connection whose seat another took over is told why before it goes.
func (c *conn) retire(b []byte) {
	c.push(b)
	c.push(nil) // the writer closes the connection when it comes to it
}

// close ends the connection once.
func (c *conn) close() {
	c.once.Do(func() {
		close(c.done)
		if c.ws != nil {
			c.ws.CloseNow()
		} // never waits: the game's goroutine calls it
	})
}

// strike counts a failed hello; the third closes the connection.
func (c *conn) strike() {
	if c.strikes++; c.strikes >= 3 {
		c.close()
	}
}

// serve runs c's reader and writer until the connection ends, then tells the game.
func (c *conn) serve(ctx context.Context, g *Game) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	late := time.AfterFunc(g.limits.hello(), func() {
		if !c.joined.Load() {
			c.close() // no seat yet: a socket that never joins holds nothing open
		}
	})
	defer late.Stop()
	go c.write(ctx)
	go c.keepAlive(ctx, g.limits.beat())
	c.read(ctx, g)
	c.close()
	select {
	case g.reqs <- request{c: c, kind: reqLeave}:
	case <-ctx.Done():
	}
}

// write sends queued frames until the connection ends.
func (c *conn) write(ctx context.Context) {
	for {
		select {
		case <-c.done:
			return
		case <-ctx.Done():
			return
		case b := <-c.send:
			if b == nil { // retire: every frame before it is written
				c.close()
				return
			}
			wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			err := c.ws.Write(wctx, websocket.MessageText, b)
			cancel()
			if err != nil {
				c.close()
				return
			}
		}
	}
}

// keepAlive pings the client every beat and closes the connection when its pong has not come
// within a beat: a link that died without a word (no FIN, no RST: a laptop gone to another
// network) would hold the seat, online to every other seat, until TCP gave up on it.
func (c *conn) keepAlive(ctx context.Context, beat time.Duration) {
	t := time.NewTicker(beat)
	defer t.Stop()
	for {
		select {
		case <-c.done:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			pctx, cancel := context.WithTimeout(ctx, beat)
			err := c.ws.Ping(pctx)
			cancel()
			if err != nil {
				c.close()
				return
			}
		}
	}
}

// read turns frames into requests, refusing at once what is not a message of the protocol and
// what comes faster than the rate allows.
func (c *conn) read(ctx context.Context, g *Game) {
	c.ws.SetReadLimit(g.limits.ReadBytes)
	tokens, last := g.limits.Burst, time.Now()
	over := 0                     // messages refused in a row for the rate
	var since, lastOver time.Time // when they began, and the last
	for {
		typ, b, err := c.ws.Read(ctx)
		if err != nil {
			return
		}
		now := time.Now()
		tokens = min(g.limits.Burst, tokens+now.Sub(last).Seconds()*g.limits.Rate)
		last = now
		if tokens < 1 {
			if over == 0 {
				// One rejection a flood: answering each message would flood the other way.
				c.push(encode(&Message{Type: MsgReject, Code: RejRate, Reason: "too many messages"}))
				since = now
			}
			lastOver = now
			if over++; over > 100 && now.Sub(since) > time.Second {
				return // a flood that goes on: drop the connection
			}
			continue
		}
		tokens--
		if now.Sub(lastOver) > time.Second {
			over = 0 // the flood, if any, is over
		}
		m, why := decodeFrame(typ, b)
		if why != "" {
			c.push(encode(&Message{Type: MsgReject, Code: RejBadMessage, Reason: why}))
			continue
		}
		select {
		case g.reqs <- request{c: c, kind: reqMsg, msg: m}:
		case <-c.done:
			return
		case <-ctx.Done():
			return
		}
	}
}

// decodeFrame reads a frame of type typ as a message of the protocol, or says why it is not one:
// a binary frame, not JSON, a field the protocol does not have (named) or of the wrong type, two
// objects in one frame. The words name nothing but what the frame itself holds.
func decodeFrame(typ websocket.MessageType, b []byte) (Message, string) {
	var m Message
	if typ != websocket.MessageText {
		return m, "not a message of the protocol: a binary frame (each message is one JSON object in a text frame)"
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Sprintf("not a message of the protocol: %v", err)
	}
	if dec.More() {
		return m, "not a message of the protocol: more than one JSON object in a frame (send each message in a frame of its own)"
	}
	return m, ""
}
