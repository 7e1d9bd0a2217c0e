package serve

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"
)

// TestAnswersToTheirReaders: each table's answer is sent at once, with a snapshot, to the white
// cell and the observers of its view (every table's answers, for their review: the same as the
// white cell's) and to the observers of the table's view (its own, as its seat has them), and to
// no other seat: no frame the water utility or its observers are sent holds the port's answer,
// and none the port or its observers are sent holds the utility's. An observer who joins after
// the answers is sent in its first snapshot its table's, or at the white cell's view every
// table's.
func TestAnswersToTheirReaders(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	frames := map[string]*[][]byte{}
	clients := map[string]*Client{}
	for _, name := range []string{"water", "port", "observer-water", "observer-port", "observer"} {
		c, err := Join(ctx, s.links[name])
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fs := &[][]byte{}
		frames[name], clients[name] = fs, c
		c.Raw = func(b []byte) { *fs = append(*fs, append([]byte(nil), b...)) }
		until(t, ctx, c, isSnap)
	}
	water, port, watching := clients["water"], clients["port"], clients["observer"]
	const secret, theirs = "The port's harbour master leads.", "The regional emergency office."
	has := func(m Message, text string) bool {
		for _, a := range m.Answers {
			if a.Text == text {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		team     *Client
		text     string
		observer string
	}{{port, secret, "observer-port"}, {water, theirs, "observer-water"}} {
		c.team.Send(ctx, Message{Type: MsgAnswer, Question: "lead", Text: c.text})
		if m := until(t, ctx, c.team, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("an answer: %s %q", m.Code, m.Reason)
		}
		w := until(t, ctx, white, isSnap)
		if !has(w, c.text) {
			t.Errorf("the white cell's snapshot after the answer %q holds %+v", c.text, w.Answers)
		}
		if m := until(t, ctx, watching, isSnap); !slices.Equal(m.Answers, w.Answers) {
			t.Errorf("the white cell's observers' snapshot after the answer %q holds %+v, want the white cell's %+v", c.text, m.Answers, w.Answers)
		}
		if m := until(t, ctx, clients[c.observer], isSnap); !has(m, c.text) || len(m.Answers) != 1 {
			t.Errorf("%s's snapshot after the answer %q holds %+v, want that answer alone", c.observer, c.text, m.Answers)
		}
	}
	late, m := seated(t, ctx, s.links["observer-port"])
	defer late.Close()
	if !has(m, secret) || len(m.Answers) != 1 || len(m.Questions) == 0 {
		t.Errorf("an observer of the port joining is sent the answers %+v and questions %+v, want the port's answer alone and its questions", m.Answers, m.Questions)
	}
	late, m = seated(t, ctx, s.links["observer"])
	defer late.Close()
	if !has(m, secret) || !has(m, theirs) || len(m.Answers) != 2 {
		t.Errorf("an observer of the white cell's view joining is sent the answers %+v, want both tables'", m.Answers)
	}
	for name, bad := range map[string]string{"water": "harbour master", "observer-water": "harbour master",
		"port": "regional emergency office", "observer-port": "regional emergency office"} {
		for _, f := range *frames[name] {
			if bytes.Contains(f, []byte(bad)) {
				t.Fatalf("%s was sent another table's answer: %s", name, f)
			}
		}
	}
}
