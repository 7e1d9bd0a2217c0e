package report

import (
	"strings"
	"testing"

	"ttx/sim/record"
)

// TestObservationsFeedThePlan: categorised notes become strengths and areas for improvement,
// and the improvement plan's rows carry their capabilities and corrective actions.
func TestObservationsFeedThePlan(t *testing.T) {
	s, h, _ := game(t, nil, true)
	l := record.Of(h, s)
	l.AddObservation(record.Entry{Turn: 2, Note: "The firm shared indicators within the hour.", Category: "strength", Tags: []string{"Intelligence sharing"}, Author: "Observer 1"})
	l.AddObservation(record.Entry{Turn: 3, Note: "Nobody owned the call to the exchange.", Category: "gap", Tags: []string{"Operational coordination"}, Action: "Name an owner for exchange liaison"})
	l.AddObservation(record.Entry{Turn: 3, Note: "An uncategorised remark."})
	r, err := Build(s, h, l.Notes())
	if err != nil {
		t.Fatal(err)
	}
	var strength, gap bool
	for _, f := range r.Strengths {
		strength = strength || f.Area == "Intelligence sharing" && strings.Contains(f.Text, "shared indicators") && strings.Contains(f.Text, "Observer 1")
	}
	for _, f := range r.Improvements {
		gap = gap || f.Area == "Operational coordination" && strings.HasPrefix(f.Text, "Gap: Nobody owned") && f.Action == "Name an owner for exchange liaison"
		if strings.Contains(f.Text, "uncategorised") {
			t.Error("an uncategorised note became a finding")
		}
	}
	if !strength || !gap {
		t.Fatalf("strengths %+v\nimprovements %+v", r.Strengths, r.Improvements)
	}
	var b strings.Builder
	if err := r.HTML(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "<td>Name an owner for exchange liaison</td>") {
		t.Error("the improvement plan lacks the note's corrective action")
	}
}
