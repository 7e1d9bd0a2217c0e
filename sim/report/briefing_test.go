package report

import (
	"os"
	"strings"
	"testing"

	"ttx/sim"
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
