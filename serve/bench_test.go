package serve

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// BenchmarkFanOut: 50 seats of the campaign connected over loopback (three teams, the white
// cell and 46 observers); each iteration is the time from the white cell's resolve to the last
// seat's snapshot of the new step read by its client.
func BenchmarkFanOut(b *testing.B) {
	sc := library(b, "campaign.toml")
	s := serveGame(b, Config{Scenario: sc, Seed: 2})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	steps := make(chan int, 1024)
	var white *Client
	var names []string
	for _, d := range sc.Sides {
		names = append(names, d.ID)
	}
	names = append(names, "white")
	for range 46 {
		names = append(names, "observer")
	}
	for _, name := range names {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			b.Fatal(err)
		}
		if name == "white" {
			white = c
		}
		go func() {
			for {
				m, err := c.Recv(ctx)
				if err != nil {
					return
				}
				if m.Type == MsgSnapshot {
					steps <- m.Step
				}
			}
		}()
	}
	// Every seat's first snapshot.
	for range names {
		<-steps
	}
	wait := func(step int) {
		for got := 0; got < len(names); {
			if <-steps == step {
				got++
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
		wait(1)
		b.StopTimer()
		white.Send(ctx, Message{Type: MsgUndo})
		wait(0)
		b.StartTimer()
	}
	b.ReportMetric(float64(len(names)), "seats")
}

// TestTwentyExercises: one process serves 20 exercises of four seats each (three teams and the
// white cell of the campaign), each played two turns; the heap per exercise stays under 50 MB.
func TestTwentyExercises(t *testing.T) {
	if testing.Short() {
		t.Skip("plays 20 exercises")
	}
	sc := library(t, "campaign.toml")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var clients []*Client
	for g := range 20 {
		s := serveGame(t, Config{Scenario: sc, Seed: uint64(g)})
		var teams []*Client
		for _, name := range []string{sc.Sides[0].ID, sc.Sides[1].ID, sc.Sides[2].ID, "white"} {
			c, err := Join(ctx, s.links[name])
			if err != nil {
				t.Fatal(err)
			}
			clients = append(clients, c)
			if name != "white" {
				teams = append(teams, c)
			}
		}
		for turn := 1; turn <= 2; turn++ {
			for _, c := range teams {
				m := until(t, ctx, c, func(m Message) bool { return isSnap(m) && m.View.Turn == turn && !m.Submitted })
				c.Send(ctx, Message{Type: MsgSubmit, Turn: turn, Orders: firstLegal(m)})
			}
		}
		until(t, ctx, teams[0], func(m Message) bool { return isSnap(m) && m.View.Turn == 3 })
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc)) / 20 / (1 << 20)
	t.Logf("heap per exercise: %.1f MB (%d clients)", per, len(clients))
	if per > 50 {
		t.Errorf("heap per exercise %.1f MB, want at most 50", per)
	}
}
