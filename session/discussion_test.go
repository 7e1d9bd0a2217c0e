package session

import (
	"bytes"
	"os"
	"testing"
	"time"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/record"
)

// fixture loads the scenario file at path.
func fixture(t testing.TB, path string) *sim.Scenario {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(path, b)
	if err != nil {
		t.Fatalf("load.Load(%s):\n%v", path, err)
	}
	return sc
}

// TestSegmentClock: a turn's segments run one after another for their lengths, the white cell
// extends and skips them, the last ends the turn's time, and a new turn starts its first again.
func TestSegmentClock(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml") // assess 10m, discuss 15m
	s := NewSession(sc, 1)
	at := func(name string, left time.Duration, up bool) {
		t.Helper()
		g, ok := s.Segment()
		if !ok || g.Name != name || g.Left != left || g.Up != up || g.Count != 2 {
			t.Fatalf("Segment() = %+v, %v; want %s with %v left, up %v", g, ok, name, left, up)
		}
	}
	at("assess", 10*time.Minute, false)
	if s.Tick(9 * time.Minute) {
		t.Fatal("the segment moved on after 9 of its 10 minutes")
	}
	at("assess", time.Minute, false)
	s.ExtendSegment(120)
	at("assess", 3*time.Minute, false)
	if !s.Tick(3 * time.Minute) {
		t.Fatal("the segment did not end with its time")
	}
	at("discuss", 15*time.Minute, false)
	s.SkipSegment()
	at("discuss", 0, true)
	if s.Tick(time.Minute) {
		t.Fatal("the clock moved on after the last segment")
	}
	s.ExtendSegment(60)
	at("discuss", time.Minute, false)
	if _, err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	at("assess", 10*time.Minute, false)
}

// TestAnswerInLog: a table's answer to a question put to it this turn is listed as its own,
// replaced by a later one, and saved in the log with the side and question id; a question not
// put to it is refused.
func TestAnswerInLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := NewSession(sc, 1)
	port, water := sc.Side("port"), sc.Side("water")
	var ids []string
	for _, q := range s.Questions(port) {
		ids = append(ids, q.ID)
	}
	if len(ids) != 3 || ids[0] != "lead" || ids[1] != "ransom_note#1" {
		t.Fatalf("Questions(port) = %v", ids)
	}
	if s.Answer(port, "public", "later") {
		t.Error("an answer to a question of round 2 was taken in round 1")
	}
	s.Answer(port, "lead", "first thoughts")
	s.Answer(port, "lead", "The harbour master.")
	s.Answer(water, "lead", "The duty engineer.")
	if a := s.AnswersOf(port); len(a) != 1 || a[0].Text != "The harbour master." || a[0].Side != "port" {
		t.Fatalf("AnswersOf(port) = %+v", a)
	}
	var b bytes.Buffer
	if err := s.Log().Write(&b); err != nil {
		t.Fatal(err)
	}
	l, err := record.Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range l.Answers() {
		got[a.Side+"/"+a.Question] = a.Answer
	}
	if len(got) != 2 || got["port/lead"] != "The harbour master." || got["water/lead"] != "The duty engineer." {
		t.Fatalf("the log's answers = %v", got)
	}
}
