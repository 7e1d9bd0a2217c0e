package main

import (
	"bufio"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ttx/serve"
)

// TestServeClockWaitsForWhiteCell: ttx serve starts a turn's clock paused, timed segments or a
// turn time alike, and says so: the white cell's first snapshot has the turn's first segment
// with no deadline, paused, and its resume starts the segment's full time. A scenario with no
// clock has none to pause. The clock ran from the server's start, so that a facilitator who
// started the server and sent the links out saw round 1 resolve, with no team's orders, before
// the tables had joined.
func TestServeClockWaitsForWhiteCell(t *testing.T) {
	discussion, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	for _, c := range []struct {
		name    string
		args    []string
		clocked bool
	}{
		{"segments", []string{discussion}, true},
		{"turn time", []string{"--turn-time", "20m"}, true}, // the campaign: no segments
		{"no clock", nil, false},
	} {
		srv := ttxProcess(t, append([]string{"serve", "--addr", "127.0.0.1:0"}, c.args...)...)
		out, err := srv.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { srv.Process.Kill(); srv.Wait() }) // also when a check fails
		lines := make(chan string, 64)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		var printed []string
		white := ""
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok || strings.Contains(l, "each link is its seat's key") {
					break read
				}
				// The white cell's link beside its label, or under it when a label is long.
				if f := strings.Fields(l); len(f) == 3 && f[0] == "white" {
					white = f[2]
				} else if len(printed) > 0 && strings.TrimSpace(printed[len(printed)-1]) == "white cell:" {
					white = strings.TrimSpace(l)
				}
				printed = append(printed, l)
			case <-time.After(30 * time.Second):
				t.Fatalf("%s: ttx serve printed no links in 30 s", c.name)
			}
		}
		said := strings.Contains(strings.Join(printed, "\n"), "the clock is paused until the white cell starts it (Resume, P) once the tables have joined")
		if said != c.clocked {
			t.Errorf("%s: ttx serve says the clock is paused: %v, want %v:\n%s", c.name, said, c.clocked, strings.Join(printed, "\n"))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		w, err := serve.Join(ctx, white)
		if err != nil {
			t.Fatalf("%s: joining as the white cell (%q): %v", c.name, white, err)
		}
		snap := func() serve.Message {
			for {
				m, err := w.Recv(ctx)
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				if m.Type == serve.MsgSnapshot {
					return m
				}
			}
		}
		m := snap()
		if m.Paused != c.clocked || m.Deadline != 0 {
			t.Errorf("%s: the first snapshot is paused %v with deadline %d; want paused %v and no deadline", c.name, m.Paused, m.Deadline, c.clocked)
		}
		if c.name == "segments" {
			if m.Segment == nil || m.Segment.Name != "assess" {
				t.Errorf("segments: the first snapshot's segment is %+v, want assess", m.Segment)
			}
			start := time.Now()
			w.Send(ctx, serve.Message{Type: serve.MsgPause, Paused: false})
			m = snap()
			left := time.UnixMilli(m.Deadline).Sub(start)
			if m.Paused || left < 9*time.Minute || left > 10*time.Minute+time.Second {
				t.Errorf("segments: resumed, paused %v with %v left; want the segment's 10 minutes running", m.Paused, left)
			}
		}
		w.Close()
		cancel()
	}
}
