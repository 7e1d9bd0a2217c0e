package batch

import (
	"io"
	"strings"
	"testing"

	"ttx/scenarios"
)

// TestUnscoredRowsReadBack: the rows of a discussion exercise, which hold no scores, read back
// to the rows that were written (every score 0); a JSON row that brings scores is refused, and
// so is a CSV file whose columns include them.
func TestUnscoredRowsReadBack(t *testing.T) {
	sc, err := scenarios.Load("regional_outage.toml")
	if err != nil {
		t.Fatal(err)
	}
	if sc.Scored() {
		t.Fatal("regional_outage keeps a score; the test wants a discussion exercise")
	}
	read := func(text string) ([]Row, error) {
		_, rd, err := ReadHeader(strings.NewReader(text))
		if err != nil {
			return nil, err
		}
		var rows []Row
		for {
			r, err := rd.Read(sc)
			if err == io.EOF {
				return rows, nil
			}
			if err != nil {
				return rows, err
			}
			rows = append(rows, r)
		}
	}
	for _, csv := range []bool{false, true} {
		sp := Spec{Scenario: sc, Seed: 5, Runs: 4, Workers: 1}
		text, _ := runText(t, sp, csv)
		rows, err := read(text)
		if err != nil || len(rows) != 4 {
			t.Fatalf("csv %v: %d rows, %v; want 4", csv, len(rows), err)
		}
		for _, r := range rows {
			if len(r.Scores) != len(sc.Sides) || r.Scores[0] != 0 {
				t.Errorf("csv %v: game %d reads back scores %v", csv, r.Game, r.Scores)
			}
		}
		var edited, want string
		if csv {
			edited = strings.Replace(text, "game,seed,turns,outcome,", "game,seed,turns,outcome,score.port,", 1)
			want = "the columns are not those of scenario regional_outage"
		} else {
			edited = strings.Replace(text, `"outcome":"ended",`, `"outcome":"ended","scores":{"port":0},`, 1)
			want = "scores in a row of regional_outage, which keeps no score"
		}
		if edited == text {
			t.Fatalf("csv %v: the edit changes nothing", csv)
		}
		if _, err := read(edited); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("csv %v: rows with scores read as %v, want %q", csv, err, want)
		}
	}
}
