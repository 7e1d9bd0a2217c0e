package batch

import (
	"slices"
	"strings"
	"testing"

	"ttx/sim"
)

// TestSummaryVotesCountEveryGame: each game counts in one column of a resolution's line:
// passed, failed, tabled or draft (never tabled), so the four add up to the games, and the
// share of passing is headed share, as an outcome's. The line gave passed, failed and
// pending alone, which left the games never tabled (most of a batch, often) to be worked out,
// under a header that named "passed" twice.
func TestSummaryVotesCountEveryGame(t *testing.T) {
	sc := library(t)[0] // mini: one resolution, sanction
	s := NewSummary(sc)
	s.Games = 10
	s.Passed[0], s.Failed[0], s.Pending[0] = 2, 3, 1
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	_, votes, ok := strings.Cut(b.String(), "\nvotes")
	if !ok {
		t.Fatalf("no votes in the summary:\n%s", b.String())
	}
	lines := strings.Split(votes, "\n")
	if want := "  passed  failed   tabled    draft   share   95% interval  of votes"; !strings.HasSuffix(lines[0], want) {
		t.Errorf("votes header %q, want it to end %q", lines[0], want)
	}
	if f := strings.Fields(lines[1]); len(f) < 6 || strings.Join(f[:6], " ") != "sanction 2 3 1 4 20.0%" {
		t.Errorf("votes line %q, want sanction 2 3 1 4 20.0%%: passed, failed, tabled, draft, share", lines[1])
	}
	// The columns are headed by the statuses a rows file writes (vote.ID in CSV, votes in JSON
	// Lines), so a reader counting a rows file's statuses finds each under its own word; the
	// column of games tabled and not yet voted on was headed "pending".
	cols := strings.Fields(lines[0])
	for _, st := range sim.ResStatusNames {
		if !slices.Contains(cols, st) {
			t.Errorf("votes header %q has no column %q, the status a rows file writes", lines[0], st)
		}
	}
}

// TestSummaryVotesShareOfVotesHeld: a resolution's line gives, besides its share of every
// game, the share of the votes held that passed (passed / (passed + failed)), which an analyst
// asking "when it came to a vote, did it pass?" had to work out by hand; — when no vote was
// held in any game.
func TestSummaryVotesShareOfVotesHeld(t *testing.T) {
	sc := library(t)[0] // mini: one resolution, sanction
	for _, c := range []struct {
		passed, failed, pending int
		want                    string
	}{
		{2, 3, 1, "40.0%"},
		{1, 0, 0, "100.0%"},
		{0, 0, 4, "—"},
	} {
		s := NewSummary(sc)
		s.Games = 10
		s.Passed[0], s.Failed[0], s.Pending[0] = c.passed, c.failed, c.pending
		var b strings.Builder
		if err := s.Write(&b); err != nil {
			t.Fatal(err)
		}
		_, votes, _ := strings.Cut(b.String(), "\nvotes")
		line := strings.Split(votes, "\n")[1]
		// sanction, 4 counts, share, the interval, then the share of the votes.
		_, after, _ := strings.Cut(line, "]")
		if f := strings.Fields(after); len(f) == 0 || f[0] != c.want {
			t.Errorf("passed %d, failed %d: votes line %q, want %s of votes", c.passed, c.failed, line, c.want)
		}
	}
}
