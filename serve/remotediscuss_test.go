package serve

import (
	"context"
	"testing"
	"time"
)

// TestRemoteDiscussion drives a discussion turn through Remote, as the window does: the team
// reads its key questions and the turn's segment with its time left, answers a question (the
// server's log holds the answer once it is taken), and the white cell extends the segment and
// skips to the next.
func TestRemoteDiscussion(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	port, err := JoinRemote(ctx, s.links["port"])
	if err != nil {
		t.Fatal(err)
	}
	defer port.Close()
	white, err := JoinRemote(ctx, s.links["white"])
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	if qs := port.Questions(0); len(qs) != 3 || qs[0].ID != "lead" {
		t.Fatalf("the port's questions = %+v", qs)
	}
	sg, ok := port.Segment()
	if !ok || sg.Name != "assess" || sg.Count != 2 || !sg.Known || sg.Left <= 9*time.Minute || sg.Left > 10*time.Minute {
		t.Fatalf("the port's segment = %+v, %v; want assess of 2 with about 10 minutes left", sg, ok)
	}
	port.Answer(0, "lead", "The harbour master.")
	waitFor(t, "the answer taken", func() bool {
		a := port.AnswersOf(0)
		return len(a) == 1 && a[0].Question == "lead" && a[0].Text == "The harbour master." && a[0].Side == "port"
	})
	if a := port.AnswersOf(1); len(a) != 0 {
		t.Errorf("the port's seat gives the water utility the answers %+v", a)
	}
	white.ExtendSegment(600)
	waitFor(t, "the extension", func() bool { sg, _ := port.Segment(); return sg.Left > 19*time.Minute })
	white.SkipSegment()
	waitFor(t, "the next segment", func() bool { sg, _ := port.Segment(); return sg.Name == "discuss" && sg.Index == 1 })
	s.stop()
	got := false
	for _, a := range s.g.sess.Log().Answers() {
		got = got || (a.Side == "port" && a.Question == "lead" && a.Answer == "The harbour master.")
	}
	if !got {
		t.Errorf("the server's log lacks the port's answer: %+v", s.g.sess.Log().Answers())
	}
}
