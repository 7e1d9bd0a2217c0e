package scenarios_test

import (
	"fmt"
	"strings"
	"testing"

	"ttx/internal/words"
	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// TestVotedTextsFollowVoteAfter: a text that says when a resolution is voted says it truly in
// every variant that changes the resolutions' vote_after. Each library scenario with
// resolutions (not a variant: its base) is loaded as a variant that sets every vote_after to 0, 1 and 2 in turn; no text
// a player reads may then say a resolution is voted after another number of turns ("voted next
// month" where the vote is the same month). The campaign's renewal says each.
func TestVotedTextsFollowVoteAfter(t *testing.T) {
	for _, name := range scenarios.Names() {
		base, err := scenarios.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		if src, _ := scenarios.Read(name); len(base.Resolutions) == 0 || strings.Contains(string(src), "[variant]") {
			continue // a variant of the library is tested as its base is
		}
		for n := 0; n <= 2 && n < base.Turns; n++ {
			src := "[variant]\nbase = \"embedded:" + name + "\"\n"
			for _, r := range base.Resolutions {
				src += fmt.Sprintf("\n[[resolution]]\nid = %q\nvote_after = %d\n", r.ID, n)
			}
			sc, err := load.LoadWith("votes.toml", []byte(src), scenarios.ReadBase)
			if err != nil {
				t.Fatalf("%s with vote_after = %d: %v", name, n, err)
			}
			for m := 0; m <= 2; m++ {
				if m == n {
					continue
				}
				wrong := voted(sc.TurnLabel, m)
				for where, text := range texts(sc) {
					if strings.Contains(text, wrong) {
						t.Errorf("%s with vote_after = %d: %s says %q: %q", name, n, where, wrong, text)
					}
				}
			}
			if name != "campaign.toml" {
				continue
			}
			want := "Put the renewal (or a failed one, again) before the Council; " + voted(sc.TurnLabel, n) + "."
			if got := sc.Moves[sc.Move("table_renewal")].Text; got != want {
				t.Errorf("campaign with vote_after = %d: the renewal says %q, want %q", n, got, want)
			}
		}
	}
}

// voted is how a text says that a resolution is voted n turns after it is tabled.
func voted(label string, n int) string {
	switch n {
	case 0:
		return "voted the same " + label
	case 1:
		return "voted next " + label
	}
	return "voted " + words.Count(n, label) + " later"
}

// texts returns the texts of sc a player reads, by where they are.
func texts(sc *sim.Scenario) map[string]string {
	out := map[string]string{"briefing": sc.Briefing}
	for _, d := range sc.Sides {
		out["side "+d.ID] = d.Briefing
	}
	for _, m := range sc.Moves {
		out["move "+m.ID] = m.Text
	}
	for _, in := range sc.Injects {
		out["inject "+in.ID] = in.Text
		for k, q := range in.Questions {
			out[fmt.Sprintf("inject %s#%d", in.ID, k+1)] = q
		}
	}
	for _, r := range sc.Resolutions {
		out["resolution "+r.ID] = r.Text
	}
	return out
}
