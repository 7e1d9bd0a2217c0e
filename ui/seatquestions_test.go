package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ttx/serve"
	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/record"
	"ttx/sim/report"
)

// TestSeatReviewAsksItsQuestions: a served discussion exercise (sim/testdata/discussion.toml:
// the port and the water utility, round 1's question "lead" put to both, with the ransom
// note's two, round 2's "public" to the port alone) in which each table answers some of its
// questions. Each window's review (made from what its seat was told) lists the key questions
// and the answers as the hot-seat report of the server's log does (ttx report --as for a
// team, the facilitator's for the white cell): every question put to the table, with its text,
// and the questions of each round in the timeline. The water utility's holds nothing of the
// question put to the port alone. The served reviews gave a question's id alone, its text
// empty, and left out the questions no table had answered and the timeline's questions: a
// seat's copy of the scenario held no [[question]].
func TestSeatReviewAsksItsQuestions(t *testing.T) {
	src, err := os.ReadFile("../sim/testdata/discussion.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("discussion.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	port, water := sc.Side("port"), sc.Side("water")
	lead, public := sc.QuestionText("lead"), sc.QuestionText("public")
	if lead == "" || public == "" || sc.Questions[1].To != 1<<uint(port) {
		t.Fatal("discussion.toml's questions have changed: the test needs lead for both, public for the port alone")
	}
	save := filepath.Join(t.TempDir(), "game.jsonl")
	links := serveSaved(t, sc, nil, save)
	seats := map[int]*serve.Remote{}
	for _, sd := range []int{port, water, sim.Facilitator} {
		name := "white"
		if sd >= 0 {
			name = sc.Sides[sd].ID
		}
		if seats[sd], err = joinSeat(t, links[name]); err != nil {
			t.Fatal(err)
		}
	}
	white := seats[sim.Facilitator]
	answer := func(sd int, id, text string) {
		t.Helper()
		n := len(white.AnswersOf(sd))
		seats[sd].Answer(sd, id, text)
		waitFor(t, "the white cell to be told "+id, func() bool { return len(white.AnswersOf(sd)) == n+1 })
	}
	resolve := func(turn int) {
		t.Helper()
		white.ResolveTurn()
		waitFor(t, "the round to resolve", func() bool {
			return seats[port].View(port).Turn > turn || seats[port].View(port).Over && seats[water].View(water).Over
		})
	}
	answer(port, "lead", "The harbour master leads.")
	answer(water, "ransom_note#1", "The CERT.")
	resolve(1)
	answer(port, "public", "At noon, the mayor speaks.")
	resolve(2)

	// The hot-seat reports of the server's log, once it holds the end of the game.
	var s *sim.State
	var l *record.Log
	waitFor(t, "the log to hold the game's end", func() bool {
		f, err := os.Open(save)
		if err != nil {
			return false
		}
		defer f.Close()
		if l, err = record.Read(f); err != nil {
			return false
		}
		var d *record.Divergence
		s, d = record.Replay(sc, l)
		return d == nil && s.Over
	})
	for sd, seat := range seats {
		who := "the white cell"
		want, err := report.Build(s, l.Header, l.Annotations())
		if sd >= 0 {
			who = sc.Sides[sd].Name
			want, err = report.BuildAs(s, sd, l.Header, l.Annotations())
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := seatReport(seat.Scenario(), seat, seat.Side())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Answers, want.Answers) {
			t.Errorf("%s's review answers\n%+v\nwhere its report of the log answers\n%+v", who, got.Answers, want.Answers)
		}
		for i := range want.Timeline {
			if i >= len(got.Timeline) || !reflect.DeepEqual(got.Timeline[i].Questions, want.Timeline[i].Questions) {
				t.Errorf("%s's review: round %d's questions differ from its report of the log's %+v", who, i+1, want.Timeline[i].Questions)
			}
		}
		md := reviewMarkdown(got, nil)
		if !strings.Contains(md, lead) {
			t.Errorf("%s's review does not ask %q", who, lead)
		}
		if asked := strings.Contains(md, public); asked != (sd != water) {
			t.Errorf("%s's review asks %q: %v", who, public, asked)
		}
	}
}
