package report

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim/record"
)

// TestChartCaptionsNameTheStart: the score chart (and the stolen value and track charts, whose
// first point is the start too) say their points are the start, then the end of every turn,
// in the HTML caption and alt text and in the Markdown image's alt text, not "after every turn"
// alone: their first point comes before turn 1 is played (the scores and tracks from the
// scenario's values, before turn 1's injects).
func TestChartCaptionsNameTheStart(t *testing.T) {
	sc, err := scenarios.Load("campaign")
	if err != nil {
		t.Fatal(err)
	}
	s := randomGame(sc, 3)
	r, err := Build(s, record.NewHeader(sc, s.Seed, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "c/"); err != nil {
		t.Fatal(err)
	}
	page, md := html.UnescapeString(hb.String()), mb.String()
	const when = "at the start, then after every turn"
	checked := map[string]bool{}
	for _, c := range r.Charts {
		if c.ID != "scores" && c.ID != "flows" && !strings.HasPrefix(c.ID, "track-") {
			continue
		}
		checked[c.ID[:min(len(c.ID), 6)]] = true
		if c.X[0] != "start" || !strings.Contains(c.Alt, when) {
			t.Errorf("chart %s: its first point is %q, its description %q does not say %q", c.ID, c.X[0], c.Alt, when)
			continue
		}
		if caption := "<figcaption>" + c.Title + ": " + c.Alt + ".</figcaption>"; !strings.Contains(page, caption) {
			t.Errorf("chart %s: the HTML lacks the caption %q", c.ID, caption)
		}
		if alt := `alt="` + c.Alt + `"`; !strings.Contains(page, alt) {
			t.Errorf("chart %s: the HTML lacks the alt text %q", c.ID, alt)
		}
	}
	if !checked["scores"] || !checked["track-"] {
		t.Fatalf("the campaign's report has no score or track chart to check (%v)", checked)
	}
	if want := "![Scores: each side's total score " + when + "]("; !strings.Contains(md, want) {
		t.Errorf("the Markdown lacks the score chart's image %q", want)
	}
	for _, out := range []string{page, md} {
		if strings.Contains(out, "total score after every turn") {
			t.Error("a rendering still says the scores are charted after every turn alone")
		}
	}
}
