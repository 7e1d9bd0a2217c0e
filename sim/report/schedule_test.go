package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"ttx/scenarios"
)

// TestOverviewSchedule: the overview of a discussion exercise gives its exercise clock and, turn
// by turn, the turn's exercise time, its timed segments and its injects at their times; a
// team's handout only the injects it was told, and a scored game with no clock nor segments
// (the campaign) no schedule.
func TestOverviewSchedule(t *testing.T) {
	r, page, md := outageReport(t)
	sch := r.Schedule
	if sch == nil || len(sch.Turns) != 3 {
		t.Fatalf("Harbour Blackout's schedule is %+v, want its 3 rounds", sch)
	}
	if want := "Round 1 starts Mon 2 Mar 06:00; 3 rounds of 12h each, to Tue 3 Mar 18:00"; sch.Clock != want {
		t.Errorf("the exercise clock reads %q, want %q", sch.Clock, want)
	}
	r2 := sch.Turns[1]
	if r2.Turn != "Round 2" || r2.Time != "Mon 2 Mar 18:00 to Tue 3 Mar 06:00" {
		t.Errorf("round 2 is %q at %q, want Round 2 at Mon 2 Mar 18:00 to Tue 3 Mar 06:00", r2.Turn, r2.Time)
	}
	if want := "assess 10m, discuss 20m, decide 10m (40m in all)"; r2.Segments != want {
		t.Errorf("round 2's segments read %q, want %q", r2.Segments, want)
	}
	if want := []string{"Mon 06:30 Ransom note on the terminal screens", "Mon 08:00 The same loader at the water utility"}; !slices.Equal(sch.Turns[0].Injects[:2], want) {
		t.Errorf("round 1's injects are %q, want them at their times, first %q", sch.Turns[0].Injects, want)
	}
	for _, part := range []string{
		"| Exercise clock | Round 1 starts Mon 2 Mar 06:00; 3 rounds of 12h each, to Tue 3 Mar 18:00 |",
		"### Exercise schedule\n\n| Round | Exercise time | Segments | Injects |",
		"| Round 2 | Mon 2 Mar 18:00 to Tue 3 Mar 06:00 | assess 10m, discuss 20m, decide 10m (40m in all) | Mon 19:00 Night at the treatment plant; ",
	} {
		if !strings.Contains(md, part) {
			t.Errorf("the Markdown overview lacks %q", part)
		}
	}
	if !inOrder(page, `<section id="overview">`, "<th>Exercise clock</th>", "<h3>Exercise schedule</h3>", "<td>Mon 2 Mar 18:00 to Tue 3 Mar 06:00</td>", "<h3>Common briefing</h3>") {
		t.Error("the HTML overview lacks the exercise clock and schedule before the briefing")
	}

	s, h, entries := outageGame(t)
	water, err := BuildAs(s, s.Sc.Side("water"), h, entries)
	if err != nil {
		t.Fatal(err)
	}
	if got := water.Schedule.Turns[0].Injects; !slices.Equal(got, []string{"Mon 08:00 The same loader at the water utility"}) {
		t.Errorf("the water utility's handout schedules %q in round 1, want only the inject it was told", got)
	}

	sc, err := scenarios.Load("campaign")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Build(randomGame(sc, 1), h, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := c.Markdown(&b, "c/"); err != nil {
		t.Fatal(err)
	}
	if c.Schedule != nil || strings.Contains(b.String(), "Exercise schedule") || strings.Contains(b.String(), "Exercise clock") {
		t.Error("the campaign, with no exercise clock nor segments, has a schedule")
	}
}
