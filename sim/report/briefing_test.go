package report

import (
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// TestBriefingSideOnly: a briefing is a side's: the facilitator's "side" (whose view holds
// everything) and a side the scenario lacks are refused, and nothing is written.
func TestBriefingSideOnly(t *testing.T) {
	s, _, _ := game(t, nil, false)
	for _, sd := range []int{sim.Facilitator, len(s.Sc.Sides)} {
		var b strings.Builder
		if err := Briefing(&b, s.History()[0], sd); err == nil || b.Len() > 0 {
			t.Errorf("Briefing(side %d) = %v, wrote %q; want an error and nothing", sd, err, b.String())
		}
	}
}

// TestBriefingEscaped: the scenario's texts in a briefing are escaped: a side's name, its
// briefing and the common briefing cannot become Markdown markup or HTML.
func TestBriefingEscaped(t *testing.T) {
	src, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), `name = "Blue"`, `name = "Blue <b>*team*</b>"`, 1)
	text = strings.Replace(text, `briefing = "Find who runs the relay."`, `briefing = "# Find [who](http://x) runs the relay."`, 1)
	sc, err := load.Load("mini.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Briefing(&b, sim.New(sc, 1), sc.Side("blue")); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	for _, bad := range []string{"<b>", "*team*", "\n# Find", "[who](http"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the briefing holds %q unescaped:\n%s", bad, doc)
		}
	}
	for _, want := range []string{`: briefing for Blue &lt;b&gt;\*team\*&lt;/b&gt;`, `\# Find \[who\](http://x) runs the relay.`} {
		if !strings.Contains(doc, want) {
			t.Errorf("the briefing lacks %q:\n%s", want, doc)
		}
	}
}

// TestBriefingNoObjectives: in a scored game, the briefing of a side with no objectives of its
// own (mini.toml's red, its objective taken away) says so in NoObjectives' words, the window's
// briefing's too; blue's, which has objectives, lists them and does not say it.
func TestBriefingNoObjectives(t *testing.T) {
	s, _, _ := game(t, nil, false)
	sc := s.Sc // a copy of its own, loaded for this test
	sc.Sides[sc.Side("red")].Objectives = nil
	if !sc.Scored() {
		t.Fatal("mini.toml without red's objectives keeps no score: the test needs a scored game")
	}
	brief := func(side string) string {
		var b strings.Builder
		if err := Briefing(&b, sim.New(sc, 1), sc.Side(side)); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if doc := brief("red"); !strings.Contains(doc, "\n"+md(NoObjectives)+"\n") {
		t.Errorf("red's briefing does not say %q:\n%s", NoObjectives, doc)
	}
	if doc := brief("blue"); strings.Contains(doc, md(NoObjectives)) || !strings.Contains(doc, "### Objectives") {
		t.Errorf("blue's briefing, which has objectives, does not list them or says it has none:\n%s", doc)
	}
}

// TestBriefingInjectTimes: each inject a side is told at the start is headed with the exercise
// time it came at (its turn's start and its at), as a seat's feed gives it, not the turn's
// start: the port's ransom note at 06:30, the water utility's loader at 08:00.
func TestBriefingInjectTimes(t *testing.T) {
	sc := scentest.Library(t, "regional_outage.toml")
	s := sim.New(sc, 1)
	for side, want := range map[string]string{
		"port":  "### Inject: Ransom note on the terminal screens · Mon 2 Mar 06:30\n",
		"water": "### Inject: " + md(sc.Injects[sc.Inject("loader_water")].Title) + " · Mon 2 Mar 08:00\n",
	} {
		var b strings.Builder
		if err := Briefing(&b, s, sc.Side(side)); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s's briefing lacks %q:\n%s", side, want, b.String())
		}
	}
}
