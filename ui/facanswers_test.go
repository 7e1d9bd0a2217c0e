package ui

import (
	"strings"
	"testing"
)

// TestWindowFacilitatorAnswers: the white cell's screen of a discussion exercise lists the
// tables' answers to the turn's key questions as they come in: none yet, then the port's
// answer with its table and question; an answer of another turn is not listed.
func TestWindowFacilitatorAnswers(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	a, r := atFacilitator(t, sc, Options{})
	text := r.text()
	if !strings.Contains(text, "Tables' answers this round") || !strings.Contains(text, "No table has answered yet.") {
		t.Fatalf("the facilitator's screen does not say no table has answered:\n%s", text)
	}
	port := sc.Side("port")
	if !a.Sess.Answer(port, "lead", "The city's operations centre leads.") {
		t.Fatal("the port was not asked lead")
	}
	r.mgr.Scene().(stale).markStale()
	r.frames(2)
	r.shot("facilitator_answers")
	text = r.text()
	want := sc.Sides[port].Name + " on “" + sc.QuestionText("lead") + "”: The city's operations centre leads."
	if !strings.Contains(text, want) || strings.Contains(text, "No table has answered yet.") {
		t.Errorf("the facilitator's screen does not list the port's answer %q:\n%s", want, text)
	}
}
