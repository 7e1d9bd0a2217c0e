package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/serve"
	"ttx/sim"
)

// observing joins the observers' seat of link in a window and takes it to the observer's
// screen (through the team's briefing, for the observers of a team's view).
func observing(t *testing.T, link string) (*rig, *serve.Remote) {
	t.Helper()
	_, r, ex := joinWindow(t, link)
	r.click("continue")
	if ex.Side() != sim.Facilitator {
		r.until("the team's briefing", r.onScene("*ui.briefing"))
		r.click("continue")
	}
	r.until("the observer's screen", r.onScene("*ui.observer"))
	return r, ex
}

// TestWindowObserverAnswers: in a served discussion exercise the observers' windows list the
// answers to the round's key questions that their seat is sent, as they come in, each with its
// table and the question's text: the observers of the port's view the port's answer and never
// the water utility's (which was given first, so that a snapshot that carried it would be the
// one that brings the port's), the observers of the utility's view the utility's alone, and the
// observers of the white cell's view both, in the white cell's words. The observers' screens
// showed no answer until the review.
func TestWindowObserverAnswers(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	links := serveSaved(t, sc, nil, "")
	port, water := sc.Side("port"), sc.Side("water")
	pr, _ := observing(t, links["observer-port"])
	wr, _ := observing(t, links["observer-water"])
	all, _ := observing(t, links["observer"])
	portName, waterName := sc.Sides[port].Name, sc.Sides[water].Name
	for _, c := range []struct {
		r          *rig
		head, none string
	}{
		{pr, portName + "'s answers this round", portName + " has not answered yet."},
		{wr, waterName + "'s answers this round", waterName + " has not answered yet."},
		{all, "Tables' answers this round", "No table has answered yet."},
	} {
		if !c.r.shows(c.head) || !c.r.shows(c.none) {
			t.Fatalf("an observer's screen does not say %q, %q:\n%s", c.head, c.none, c.r.text())
		}
	}

	lead := sc.QuestionText("lead")
	const theirs, ours = "The regional emergency office leads.", "The harbour master calls the CERT first."
	for _, c := range []struct {
		link, text string
	}{{links["water"], theirs}, {links["port"], ours}} {
		team, err := joinSeat(t, c.link)
		if err != nil {
			t.Fatal(err)
		}
		sd := team.Side()
		team.Answer(sd, "lead", c.text)
		waitFor(t, "the answer taken", func() bool { return len(team.AnswersOf(sd)) == 1 })
	}
	portRow := portName + " on “" + lead + "”: " + ours
	waterRow := waterName + " on “" + lead + "”: " + theirs
	pr.until("the port's answer on its observers' screen", func() bool { return pr.shows(portRow) })
	wr.until("the utility's answer on its observers' screen", func() bool { return wr.shows(waterRow) })
	all.until("both answers on the white cell's observers' screen", func() bool { return all.shows(portRow) && all.shows(waterRow) })
	pr.shot("observer-answers-port")
	all.shot("observer-answers-white")
	if text := pr.text(); strings.Contains(text, theirs) || strings.Contains(text, waterName+" on") || pr.shows(portName+" has not answered yet.") {
		t.Errorf("the port's observers' screen shows more than the port's answer:\n%s", text)
	}
	if text := wr.text(); strings.Contains(text, ours) || strings.Contains(text, portName+" on") {
		t.Errorf("the utility's observers' screen shows the port's answer:\n%s", text)
	}
	if all.shows("No table has answered yet.") {
		t.Errorf("the white cell's observers' screen still says no table has answered:\n%s", all.text())
	}
}

// TestWindowTeamAnswersWhileWaiting: a served team answers a key question and puts its orders
// in while another team is still deciding: its waiting screen lists its answer with the
// question's text, as the white cell's list does. It showed the orders given and nothing of
// the answers.
func TestWindowTeamAnswersWhileWaiting(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	_, r, _, _ := peopleAtTurnWith(t, serve.Config{Scenario: sc, Seed: 11}, 2)
	tu := r.mgr.Scene().(*turn)
	const answer = "The port knows its own outage; the city is told."
	if err := r.typeInto(tu.w.inputs["answer:known"], answer); err != nil {
		t.Fatal(err)
	}
	r.key(ebiten.KeyEnter)
	r.until("the answer recorded", func() bool { return r.shows("Recorded: " + answer) })
	r.click("tab:orders")
	r.click("submit")
	r.until("the waiting screen", r.onScene("*ui.waiting"))
	want := sc.Sides[tu.sd].Name + " on “" + sc.QuestionText("known") + "”: " + answer
	r.until("the answer on the waiting screen", func() bool { return r.shows(want) })
	r.shot("waiting-answers")
}
