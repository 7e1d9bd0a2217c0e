package ui

import (
	"strings"
	"testing"

	"ttx/sim/report"
)

// TestSeatReviewHasItsAnswers: a served discussion exercise's team answers a key question; its
// window's review (made from what its seat was told) has the answer, as the server's report
// for the team does, and so do the reviews of the white cell and of the observers of its view;
// another table's has none of it. The reviews left every answer out: they were made from the
// views and notes alone; the white cell's observers were sent no answers.
func TestSeatReviewHasItsAnswers(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	links := serveSaved(t, sc, nil, "")
	port := sc.Side("port")
	team, err := joinSeat(t, links["port"])
	if err != nil {
		t.Fatal(err)
	}
	white, err := joinSeat(t, links["white"])
	if err != nil {
		t.Fatal(err)
	}
	water, err := joinSeat(t, links["water"])
	if err != nil {
		t.Fatal(err)
	}
	watching, err := joinSeat(t, links["observer"])
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the port's questions", func() bool { return len(team.Questions(port)) > 0 })
	q := team.Questions(port)[0]
	const text = "The harbour master calls the CERT first."
	team.Answer(port, q.ID, text)
	waitFor(t, "the answer to be taken", func() bool { return len(team.AnswersOf(port)) == 1 })
	rep, err := seatReport(team.Scenario(), team, team.Side())
	if err != nil {
		t.Fatal(err)
	}
	want := q.ID + ": " + sc.Sides[port].Name + ": " + text
	if got := answerRows(rep); len(got) != 1 || got[0] != want {
		t.Errorf("the port's review answers %q, want [%q]", got, want)
	}
	if md := reviewMarkdown(rep, nil); !strings.Contains(md, text) {
		t.Error("the review's text does not hold the answer")
	}
	waitFor(t, "the white cell to be told the answer", func() bool { return len(white.AnswersOf(port)) == 1 })
	wrep, err := seatReport(white.Scenario(), white, white.Side())
	if err != nil {
		t.Fatal(err)
	}
	if got := answerRows(wrep); len(got) != 1 || got[0] != want {
		t.Errorf("the white cell's review answers %q, want [%q]", got, want)
	}
	waitFor(t, "the white cell's observers to be told the answer", func() bool { return len(watching.AnswersOf(port)) == 1 })
	orep, err := seatReport(watching.Scenario(), watching, watching.Side())
	if err != nil {
		t.Fatal(err)
	}
	if got := answerRows(orep); len(got) != 1 || got[0] != want {
		t.Errorf("the review of the white cell's observers answers %q, want [%q]", got, want)
	}
	if got := white.AnswersOf(sc.Side("water")); len(got) != 0 {
		t.Errorf("the white cell gives the water utility the port's answers %v", got)
	}
	// The water utility's seat is sent its own snapshots meanwhile (it answers something itself):
	// none holds the port's answer.
	wq := water.Questions(sc.Side("water"))
	water.Answer(sc.Side("water"), wq[0].ID, "We isolate the plant.")
	waitFor(t, "the water utility's answer to be taken", func() bool { return len(water.AnswersOf(sc.Side("water"))) == 1 })
	wr, err := seatReport(water.Scenario(), water, water.Side())
	if err != nil {
		t.Fatal(err)
	}
	if got := answerRows(wr); len(got) != 1 || strings.Contains(got[0], text) {
		t.Errorf("the water utility's review answers %q: its own answer alone was wanted", got)
	}
}

// answerRows lists a report's answers as "QUESTION: SIDE: TEXT", leaving out the rows of the
// tables that gave none (a discussion exercise's report lists every question put).
func answerRows(rep *report.Report) []string {
	var got []string
	for _, qa := range rep.Answers {
		for _, row := range qa.Rows {
			if !row.None {
				got = append(got, qa.ID+": "+row.Side+": "+row.Text)
			}
		}
	}
	return got
}
