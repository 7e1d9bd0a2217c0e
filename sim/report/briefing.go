package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"ttx/internal/words"
	"ttx/sim"
)

// NoObjectives is what the briefing of a side with no objectives in a scored game says: the
// paper briefing (Briefing) and the window's say it in these words.
const NoObjectives = "Objectives: none of your own. The game keeps a score, but your side scores nothing: play to your briefing."

// Briefing writes, as Markdown, side sd's briefing of the game whose first state is s (sim.New):
// what its team is told before play, to hand out on paper. It has the exercise (title, summary,
// common briefing, the teams, its length and clock), the side's own briefing and objectives,
// the actors it controls with every track they have, the other actors with the tracks the side
// sees of them (the public ones), what it is told at the start (the injects of the first turn
// addressed to it, with their exercise time and key questions, and any other event it sees) and
// the first turn's key questions put to it.
//
// It is built only from what a served team's seat is sent at the start: the scenario as its
// seat has it (sim.SeatScenarioOf) and the snapshot of its view (sim.View, sim.SnapshotOf), and
// the key questions put to it. Nothing another side alone may read (its briefing, objectives,
// secret tracks, injects told to it, the expected player action, the seed or the hidden truths)
// can reach it. Every text of the scenario is escaped, as in the report.
func Briefing(w io.Writer, s *sim.State, sd int) error {
	if sd < 0 || sd >= len(s.Sc.Sides) {
		return fmt.Errorf("no side %d: a briefing is a side's", sd)
	}
	v := sim.View(s, sd)
	ids, texts := s.Sc.QuestionsFor(v.State, sd, s.Turn)
	sc := sim.SeatScenarioOf(v).Scenario()
	sn := sim.SnapshotOf(v)
	seen := sn.Sight(sc)
	var b strings.Builder
	side := &sc.Sides[sd]
	fmt.Fprintf(&b, "# %s: briefing for %s\n\n", md(sc.Title), md(side.Name))
	length := words.Count(sc.Turns, sc.TurnLabel)
	if at := sc.Clock(1, 0); at != "" {
		length += ", from " + at
	}
	fmt.Fprintf(&b, "Scenario %s · %s\n\n", code(sc.ID), md(length))
	fmt.Fprintf(&b, "> **For the team of %s alone:** what it is told before play. Give it to no other team.\n\n", md(side.Name))

	b.WriteString("## The exercise\n\n")
	paragraphs(&b, sc.Summary)
	paragraphs(&b, sc.Briefing)
	var teams []string
	for i := range sc.Sides {
		teams = append(teams, md(sc.Sides[i].Name))
	}
	fmt.Fprintf(&b, "Teams: %s.\n\n", strings.Join(teams, ", "))

	b.WriteString("## Your briefing\n\n")
	paragraphs(&b, side.Briefing)
	switch {
	case !sc.Scored(): // a discussion exercise has nothing to score
	case len(side.Objectives) > 0:
		b.WriteString("### Objectives\n\n")
		var objs []string
		for _, o := range side.Objectives {
			objs = append(objs, o.Text)
		}
		list(&b, objs)
	default: // the game keeps a score, of other sides (whose objectives are not the side's)
		fmt.Fprintf(&b, "%s\n\n", md(NoObjectives))
	}

	b.WriteString("## You control\n\n")
	for _, a := range side.Actors {
		fmt.Fprintf(&b, "- %s\n", actorLine(seen, a, ""))
	}
	b.WriteString("\n## The others\n\n")
	b.WriteString("The other actors, with the tracks you see of them.\n\n")
	for a := range sc.Actors {
		d := &sc.Actors[a]
		if d.Side == sd {
			continue
		}
		team := "no team"
		if d.Side >= 0 {
			team = sc.Sides[d.Side].Name
		}
		fmt.Fprintf(&b, "- %s\n", actorLine(seen, a, team))
	}

	fmt.Fprintf(&b, "\n## %s\n\n", md(capital(sc.TurnLabel)+" "+strconv.Itoa(s.Turn)+when(sc.Clock(s.Turn, 0))))
	told := false
	for _, e := range seen.Events {
		told = true
		if e.Kind != sim.EvInject || e.Inject < 0 || int(e.Inject) >= len(sc.Injects) {
			fmt.Fprintf(&b, "- %s\n\n", md(sim.DescribeWhole(sc, e)))
			continue
		}
		in := &sc.Injects[e.Inject]
		// When it came, as a seat's feed gives it (its copy has the time of an inject told to it).
		fmt.Fprintf(&b, "### Inject: %s\n\n", md(in.Title+when(sc.Clock(int(e.Turn), in.At))))
		paragraphs(&b, in.Text)
		questions(&b, in.Questions)
	}
	var put []string
	for i, id := range ids {
		if !strings.Contains(id, "#") { // an inject's own are under it
			put = append(put, texts[i])
		}
	}
	if len(put) > 0 {
		told = true
		b.WriteString("### Key questions\n\n")
		list(&b, put)
	}
	if !told {
		fmt.Fprintf(&b, "Nothing yet: the %s starts with your orders.\n\n", md(sc.Noun()))
	}
	if len(sc.Sources) > 0 {
		b.WriteString("## Sources\n\n")
		list(&b, sc.Sources)
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// actorLine is actor a as side v.Side sees it at the start: its name, kind and team (team, ""
// for the side's own), and the value of each track it has that the side sees.
func actorLine(v *sim.Sight, a int, team string) string {
	sc := v.Sc
	d := &sc.Actors[a]
	what := d.Kind
	if team != "" {
		what += ", " + team
	}
	line := "**" + md(d.Name) + "** (" + md(what) + ")"
	var tracks []string
	for _, t := range sc.TracksOf(a) {
		if v.SeesTrack(a, t) {
			tracks = append(tracks, md(sc.Tracks[t].Label)+" "+strconv.FormatInt(v.Track(a, t), 10))
		}
	}
	if len(tracks) > 0 {
		line += ": " + strings.Join(tracks, " · ")
	}
	return line
}

// paragraphs writes text's paragraphs, each escaped, with a blank line after each.
func paragraphs(b *strings.Builder, text string) {
	for _, p := range paras(text) {
		b.WriteString(mdPara(p) + "\n\n")
	}
}

// questions writes an inject's key questions as a list headed "Key questions:".
func questions(b *strings.Builder, qs []string) {
	if len(qs) > 0 {
		b.WriteString("Key questions:\n\n")
		list(b, qs)
	}
}

// list writes items as a Markdown list, each escaped, and a blank line.
func list(b *strings.Builder, items []string) {
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", md(it))
	}
	b.WriteString("\n")
}

// when is " · CLOCK" for a turn's exercise time, or "".
func when(clock string) string {
	if clock == "" {
		return ""
	}
	return " · " + clock
}
