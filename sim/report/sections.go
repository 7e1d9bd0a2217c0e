package report

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"ttx/sim"
)

// Section is a part of the report. A scored game's report leads with its overview, summary
// and analysis, then the timeline and the detail; a discussion exercise's leads with what the
// exercise is for: the observations by category and the tables' answers to the key questions,
// then the timeline by exercise time, then the rest.
type Section struct {
	ID    string // the HTML id, and the name of the section's template
	Title string
	// Heading is the title as the report heads it: numbered ("4. Timeline"), or an appendix's;
	// Nav is how its table of contents names it: the title, or the appendix's heading.
	Heading, Nav string
}

// Anchor is the heading's anchor in Markdown, as GitHub and most renderers make it: lower case,
// spaces as hyphens, other punctuation dropped.
func (s Section) Anchor() string {
	var b strings.Builder
	for _, r := range strings.ToLower(s.Heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Section titles.
var sectionTitles = map[string]string{
	"overview":     "Exercise overview",
	"summary":      "Exercise summary",
	"analysis":     "Analysis: strengths and areas for improvement",
	"timeline":     "Timeline",
	"votes":        "Votes",
	"flows":        "Value flows",
	"attribution":  "Attribution against the truth",
	"objectives":   "Objectives and tracks",
	"discussion":   "Injects and discussion questions",
	"notes":        "Observer notes",
	"observations": "Observations by category",
	"answers":      "Answers to the key questions",
	"plan":         "Improvement plan",
}

// Section orders.
var (
	scoredOrder     = []string{"overview", "summary", "analysis", "timeline", "votes", "flows", "attribution", "objectives", "discussion", "notes", "plan"}
	discussionOrder = []string{"observations", "answers", "timeline", "overview", "summary", "analysis", "votes", "flows", "attribution", "objectives", "discussion", "plan"}
)

// sections lays the report out (see Section). The improvement plan is always the last, as
// Appendix A. A team's handout of a discussion exercise has no observations section: the
// observers' notes are not the team's to read. A section about something the scenario cannot
// bring about is left out (see applies): a game that could have voted and did not says so in
// its votes section; an exercise that has no vote has none.
func (b *builder) sections() {
	order := scoredOrder
	if !b.r.Scored {
		order = discussionOrder
	}
	if b.as >= 0 && !b.r.Scored {
		order = order[1:] // a team's handout has no observers' notes: it leads with its answers
	}
	i := 0
	for _, id := range order {
		if !applies(b.sc, id) {
			continue
		}
		i++
		t := sectionTitles[id]
		h, nav := fmt.Sprintf("%d. %s", i, t), t
		if id == "plan" {
			h = "Appendix A: " + t
			nav = h
		}
		b.r.Sections = append(b.r.Sections, Section{ID: id, Title: t, Heading: h, Nav: nav})
	}
}

// applies reports whether section id can have anything to show in a game of sc: the votes
// section needs a resolution to vote on, the value flows a move, inject or resolution that
// steals, the attribution section a hostile move (which opens an incident) or a move that
// names the techniques it stands for (its coverage table). Every other section always applies.
func applies(sc *sim.Scenario, id string) bool {
	switch id {
	case "votes":
		return len(sc.Resolutions) > 0
	case "flows":
		return steals(sc)
	case "attribution":
		for i := range sc.Moves {
			if m := &sc.Moves[i]; m.Hostile || len(m.Techniques) > 0 {
				return true
			}
		}
		return false
	}
	return true
}

// steals reports whether any effect of sc steals value: nothing else puts value on the move.
func steals(sc *sim.Scenario) bool {
	has := func(es []sim.Effect) bool {
		return slices.ContainsFunc(es, func(e sim.Effect) bool { return e.Op == sim.OpSteal })
	}
	for i := range sc.Moves {
		if has(sc.Moves[i].OnSuccess) || has(sc.Moves[i].OnFailure) {
			return true
		}
	}
	for i := range sc.Injects {
		if has(sc.Injects[i].Effects) {
			return true
		}
	}
	for i := range sc.Resolutions {
		if has(sc.Resolutions[i].OnPass) || has(sc.Resolutions[i].OnFail) {
			return true
		}
	}
	return false
}

// noteTags splits a note's tags into the capabilities it concerns and the owner and due date
// of its corrective action, given as tags "owner:NAME" and "due:DATE" (the first of each).
func noteTags(tags []string) (caps []string, owner, due string) {
	for _, t := range tags {
		k, v, ok := strings.Cut(t, ":")
		switch k = strings.ToLower(strings.TrimSpace(k)); {
		case ok && k == "owner":
			if owner == "" {
				owner = strings.TrimSpace(v)
			}
		case ok && k == "due":
			if due == "" {
				due = strings.TrimSpace(v)
			}
		default:
			caps = append(caps, t)
		}
	}
	return caps, owner, due
}
