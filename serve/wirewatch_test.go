package serve

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"
)

// wireSeat is everything one seat's connections were sent, in order, each frame as it came and
// decoded; a script reads its messages from where it last stopped.
type wireSeat struct {
	name   string
	mu     sync.Mutex
	frames [][]byte
	msgs   []Message
	at     int     // the script's place in msgs
	c      *Client // the seat's connection the script sends on
}

// wireTable is a served game whose seats a test script joins, drives and reads, every frame of
// each seat kept for the checks that follow.
type wireTable struct {
	t       *testing.T
	ctx     context.Context
	seats   map[string]*wireSeat
	clients []*Client
}

// join connects to seat name with link: its frames go to the seat's record (kept across its
// connections), read on a goroutine of their own until the connection ends, and the script
// sends on this connection from now on.
func (w *wireTable) join(name, link string) {
	w.t.Helper()
	ws := w.seats[name]
	if ws == nil {
		ws = &wireSeat{name: name}
		w.seats[name] = ws
	}
	c, err := Join(w.ctx, link)
	if err != nil {
		w.t.Fatalf("join %s: %v", name, err)
	}
	c.Raw = func(b []byte) {
		ws.mu.Lock()
		ws.frames = append(ws.frames, append([]byte(nil), b...))
		ws.mu.Unlock()
	}
	ws.c = c
	w.clients = append(w.clients, c)
	go func() {
		for {
			m, err := c.Recv(w.ctx)
			if err != nil {
				return
			}
			ws.mu.Lock()
			ws.msgs = append(ws.msgs, m)
			ws.mu.Unlock()
		}
	}()
}

// await returns the first message of seat name, after the last the script took, that ok takes,
// waiting a minute at most.
func (w *wireTable) await(name, what string, ok func(Message) bool) Message {
	w.t.Helper()
	ws := w.seats[name]
	end := time.Now().Add(time.Minute)
	for time.Now().Before(end) {
		ws.mu.Lock()
		for i := ws.at; i < len(ws.msgs); i++ {
			if ok(ws.msgs[i]) {
				m := ws.msgs[i]
				ws.at = i + 1
				ws.mu.Unlock()
				return m
			}
		}
		ws.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	w.t.Fatalf("%s: waited a minute for %s", name, what)
	return Message{}
}

// lastSnap returns the last snapshot seat name has been sent that ok takes, wherever the
// script stands in its messages, waiting a minute at most for one.
func (w *wireTable) lastSnap(name, what string, ok func(Message) bool) Message {
	w.t.Helper()
	ws := w.seats[name]
	end := time.Now().Add(time.Minute)
	for time.Now().Before(end) {
		ws.mu.Lock()
		for i := len(ws.msgs) - 1; i >= 0; i-- {
			if m := ws.msgs[i]; m.Type == MsgSnapshot && ok(m) {
				ws.mu.Unlock()
				return m
			}
		}
		ws.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	w.t.Fatalf("%s: waited a minute for %s", name, what)
	return Message{}
}

// snapAt waits for seat name's next snapshot of turn (or of the game's end).
func (w *wireTable) snapAt(name string, turn int) Message {
	w.t.Helper()
	return w.await(name, "a snapshot of turn "+strconv.Itoa(turn), func(m Message) bool {
		return m.Type == MsgSnapshot && (m.View.Turn == turn || m.View.Over)
	})
}

// send sends m from seat name and returns the server's answer to it: its ack or rejection.
func (w *wireTable) send(name string, m Message) Message {
	w.t.Helper()
	id, err := w.seats[name].c.Send(w.ctx, m)
	if err != nil {
		w.t.Fatalf("%s sends %s: %v", name, m.Type, err)
	}
	return w.await(name, "the answer to its "+m.Type, answerTo(id))
}

// ok sends m from seat name, which the server must take.
func (w *wireTable) ok(name string, m Message) {
	w.t.Helper()
	if a := w.send(name, m); a.Type != MsgAck {
		w.t.Fatalf("%s's %s refused: %s: %s", name, m.Type, a.Code, a.Reason)
	}
}

// refused sends m from seat name, which the server must refuse with code, and returns the
// rejection.
func (w *wireTable) refused(name string, m Message, code string) Message {
	w.t.Helper()
	a := w.send(name, m)
	if a.Type != MsgReject || a.Code != code {
		w.t.Fatalf("%s's %s: got %s %s (%q), want a rejection %s", name, m.Type, a.Type, a.Code, a.Reason, code)
	}
	return a
}

// asked sends seat name's request m (get_report, get_forecast) and waits for its answer, a
// message of type want.
func (w *wireTable) asked(name string, m Message, want string) Message {
	w.t.Helper()
	if _, err := w.seats[name].c.Send(w.ctx, m); err != nil {
		w.t.Fatalf("%s sends %s: %v", name, m.Type, err)
	}
	return w.await(name, "a "+want, func(m Message) bool {
		if m.Type == MsgReject {
			w.t.Fatalf("%s's %s refused: %s: %s", name, want, m.Code, m.Reason)
		}
		return m.Type == want
	})
}

// close ends every connection the script opened; the seats' records then change no more once
// their readers have stopped.
func (w *wireTable) close() {
	for _, c := range w.clients {
		c.Drop()
	}
	time.Sleep(50 * time.Millisecond)
}

// got returns seat name's frames and messages so far.
func (w *wireTable) got(name string) ([][]byte, []Message) {
	ws := w.seats[name]
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return append([][]byte(nil), ws.frames...), append([]Message(nil), ws.msgs...)
}
