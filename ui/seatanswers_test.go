package ui

import (
	"strings"
	"testing"
)

// TestSeatReviewHasItsAnswers: a served discussion exercise's team answers a key question; its
// window's review (made from what its seat was told) has the answer, as the server's report
// for the team does. It left every answer out: the review was made from the views and notes
// alone.
func TestSeatReviewHasItsAnswers(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	links := serveSaved(t, sc, nil, "")
	port := sc.Side("port")
	team, err := joinSeat(t, links["port"])
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
	var got []string
	for _, qa := range rep.Answers {
		for _, row := range qa.Rows {
			got = append(got, qa.ID+": "+row.Side+": "+row.Text)
		}
	}
	want := q.ID + ": " + sc.Sides[port].Name + ": " + text
	if len(got) != 1 || got[0] != want {
		t.Errorf("the port's review answers %q, want [%q]", got, want)
	}
	if md := reviewMarkdown(rep, nil); !strings.Contains(md, text) {
		t.Error("the review's text does not hold the answer")
	}
}
