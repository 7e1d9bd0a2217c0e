package ui

import (
	"testing"

	"ttx/serve"
)

// TestWindowRepeatedRefusalShows: a refusal said again in the same words, as a user who retries
// the same bad input is answered, changes the status line: it counts the times ("… (2×)",
// "… (3×)"), and another message starts the count anew. At the white cell of a hot seat an
// override to a value that is not a number is refused three times; at an observer's seat of a
// served game the server refuses the same answer twice, and a note past the seat's limit twice
// (the second refusal shows, not the "Note sent" said while the note was on its way).
func TestWindowRepeatedRefusalShows(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	a, r := atFacilitator(t, sc, Options{})
	f := r.mgr.Scene().(*facilitator)
	if err := r.typeInto(f.actor, sc.Actors[0].ID); err != nil {
		t.Fatal(err)
	}
	r.frames(2)
	r.click("track:" + sc.Tracks[0].ID)
	if err := r.typeInto(f.value, "four"); err != nil {
		t.Fatal(err)
	}
	const whole = "override: the value must be a whole number"
	for i, want := range []string{whole, whole + " (2×)", whole + " (3×)"} {
		r.click("override")
		r.frames(1)
		if !r.shows(want) || (i == 0 && r.shows(whole+" (")) {
			t.Fatalf("after %d refused override(s) the status line is %q, want %q", i+1, a.Status, want)
		}
	}
	r.clickPrefix("fire:")
	r.frames(1)
	r.click("override")
	r.frames(1)
	if !r.shows(whole) || r.shows(whole+" (") {
		t.Errorf("an override refused after an inject fired reads %q, want the refusal counted anew", a.Status)
	}

	lim := serve.DefaultLimits
	lim.Notes = 1
	links := serveLoopbackWith(t, serve.Config{Scenario: loadScenario(t, "campaign.toml"), Seed: 11, Limits: lim})
	_, or, obs := joinWindow(t, links["observer"])
	or.click("continue")
	or.until("the observer's screen", or.onScene("*ui.observer"))
	const answer = "Refused: only a team answers the key questions"
	obs.Answer(0, "q", "an observer's answer")
	or.until("the answer refused", func() bool { return or.shows(answer) })
	obs.Answer(0, "q", "an observer's answer")
	or.until("the answer refused again, counted", func() bool { return or.shows(answer + " (2×)") })

	const full = "Note not added: this seat has written 1 note, the most a seat may"
	for i, text := range []string{"the white cell hesitated", "and then it acted", "and then it acted"} {
		o := or.mgr.Scene().(*observer)
		if err := or.typeInto(o.note, text); err != nil {
			t.Fatal(err)
		}
		or.click("note")
		switch i {
		case 0:
			or.until("the note", func() bool { return len(obs.NoteList()) == 1 })
		case 1:
			or.until("the second note refused", func() bool { return or.shows(full) })
			or.until("the refused note given back", func() bool { return or.mgr.Scene().(*observer).note.GetText() == text })
			or.mgr.Scene().(*observer).note.SetText("")
		case 2:
			or.until("the third note refused", func() bool { return or.shows(full) })
		}
	}
}
