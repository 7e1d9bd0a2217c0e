package load

import (
	"strings"

	"ttx/internal/words"
	"ttx/sim"
)

// votedMark opens a mark in a text that the loader replaces with when a resolution is voted:
// {voted:ID}.
const votedMark = "{voted:"

// votedTexts replaces each {voted:ID} in the scenario's texts that a player reads (the common
// and the sides' briefings, moves, injects and their questions, resolutions) with when
// resolution ID, once tabled, is voted, from its vote_after in the scenario's words (votedWhen):
// a variant that changes vote_after changes the text with it. A mark that names no resolution,
// or is not closed, is an error at its text.
func (b *builder) votedTexts(sc *sim.Scenario) {
	fix := func(path string, s *string) {
		if strings.Contains(*s, votedMark) {
			*s = b.voted(sc, path, *s)
		}
	}
	fix("scenario.briefing", &sc.Briefing)
	for i := range sc.Sides {
		fix(at("side", i)+".briefing", &sc.Sides[i].Briefing)
	}
	for i := range sc.Moves {
		fix(at("move", i)+".text", &sc.Moves[i].Text)
	}
	for i := range sc.Injects {
		fix(at("inject", i)+".text", &sc.Injects[i].Text)
		for k := range sc.Injects[i].Questions {
			fix(at(at("inject", i)+".questions", k), &sc.Injects[i].Questions[k])
		}
	}
	for i := range sc.Resolutions {
		fix(at("resolution", i)+".text", &sc.Resolutions[i].Text)
	}
}

// voted returns s, the text at path, with its {voted:ID} marks replaced.
func (b *builder) voted(sc *sim.Scenario, path, s string) string {
	var out strings.Builder
	for {
		i := strings.Index(s, votedMark)
		if i < 0 {
			out.WriteString(s)
			return out.String()
		}
		out.WriteString(s[:i])
		s = s[i+len(votedMark):]
		j := strings.IndexByte(s, '}')
		if j < 0 {
			b.errAt(path, "%s is not closed: write {voted:RESOLUTION}, a resolution's id", votedMark)
			return out.String()
		}
		id := s[:j]
		s = s[j+1:]
		r := sc.Resolution(id)
		if r < 0 {
			b.errAt(path, "{voted:%s}: unknown resolution %q%s", id, id, didYouMean(id, idsOf(sc, "resolution")))
			continue
		}
		out.WriteString(votedWhen(sc, sc.Resolutions[r].VoteAfter))
	}
}

// votedWhen says when a resolution tabled in a turn is voted, n turns later: "voted the same
// month" (n = 0), "voted next month" (1), "voted 3 months later".
func votedWhen(sc *sim.Scenario, n int) string {
	switch n {
	case 0:
		return "voted the same " + sc.TurnLabel
	case 1:
		return "voted next " + sc.TurnLabel
	}
	return "voted " + words.Count(n, sc.TurnLabel) + " later"
}
