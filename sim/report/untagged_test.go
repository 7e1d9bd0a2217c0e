package report

import (
	"bytes"
	"strings"
	"testing"

	"ttx/sim/record"
)

// TestUntaggedNotes: an observer's note with no capability tag has no capability in the
// findings or the improvement plan, HTML and Markdown: the plan's Capability column reads "—"
// and the category is said once ("Gap: …"), not in its place too ("Gap | Gap: …", "**Gap.**
// Gap: …"); a strength with no tag is listed as its text alone. A tagged note keeps its tags.
func TestUntaggedNotes(t *testing.T) {
	s, h, entries := outageGame(t)
	l := record.Of(h, s)
	l.AddObservation(record.Entry{Turn: 1, Note: "Nobody knew who led across the region.", Category: "gap"})
	l.AddObservation(record.Entry{Turn: 2, Note: "The tables argued about forms.", Category: "friction"})
	l.AddObservation(record.Entry{Turn: 2, Note: "The port isolated within minutes.", Category: "strength"})
	r, err := Build(s, h, append(entries, l.Notes()...))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(r.Strengths, r.Improvements...) {
		if f.Observed && strings.Contains(f.Text, "argued") && f.Area != "" {
			t.Errorf("an untagged note has the area %q: %+v", f.Area, f)
		}
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "aar_charts/"); err != nil {
		t.Fatal(err)
	}
	page, md := hb.String(), mb.String()
	for _, c := range []struct{ name, doc, want, not string }{
		{"HTML plan", page, "<td>—</td><td>Gap: Nobody knew who led across the region.", "<td>Gap</td><td>Gap:"},
		{"HTML plan", page, "<td>—</td><td>Friction: The tables argued about forms.", "<td>Friction</td><td>Friction:"},
		{"HTML improvements", page, "<li>Gap: Nobody knew who led across the region.", "<strong>Gap.</strong> Gap:"},
		{"HTML strengths", page, "<li>The port isolated within minutes.", "<strong>Strength.</strong> The port"},
		{"HTML tagged", page, "<td>Operational coordination</td><td>Gap: Nobody owned", ""},
		{"Markdown plan", md, "| — | Gap: Nobody knew who led across the region.", "| Gap | Gap:"},
		{"Markdown plan", md, "| — | Friction: The tables argued about forms.", "| Friction | Friction:"},
		{"Markdown improvements", md, "- Gap: Nobody knew who led across the region.", "**Gap.** Gap:"},
		{"Markdown strengths", md, "- The port isolated within minutes.", "**Strength.** The port"},
		{"Markdown tagged", md, "- **Operational coordination.** Gap: Nobody owned", ""},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("%s lacks %q", c.name, c.want)
		}
		if c.not != "" && strings.Contains(c.doc, c.not) {
			t.Errorf("%s has %q", c.name, c.not)
		}
	}
}
