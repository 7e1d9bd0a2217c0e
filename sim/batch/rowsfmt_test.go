package batch

import (
	"bytes"
	"context"
	"encoding/csv"
	"strconv"
	"testing"

	"ttx/sim"
)

// csvLine is what encoding/csv writes for the fields.
func csvLine(fields []string) string {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Write(fields)
	cw.Flush()
	return b.String()
}

// TestCSVRowIsEncodingCSV: a row's CSV line is what encoding/csv writes for its fields, and so
// is every text field, whether it needs quotes or not.
func TestCSVRowIsEncodingCSV(t *testing.T) {
	for _, f := range []string{"", "blue", "a,b", `say "no"`, "two\nlines", "cr\r", " lead", "\tlead", "\vlead",
		`\.`, `\.x`, "\u00a0nbsp", "\u2003em", "é", "x y", "\x01"} {
		if got, want := string(appendCSVField(nil, f))+"\n", csvLine([]string{f}); got != want {
			t.Errorf("appendCSVField(%q) = %q, want %q", f, got, want)
		}
	}
	for _, sc := range library(t) {
		_, err := Run(context.Background(), Spec{Scenario: sc, Seed: 3, Runs: 20, Workers: 2}, func(r *Row) error {
			rec := []string{strconv.Itoa(r.Game), strconv.FormatUint(r.Seed, 10), strconv.Itoa(r.Turns), r.Outcome}
			for _, v := range r.Scores {
				if sc.Scored() { // a discussion exercise's rows have no scores
					rec = append(rec, strconv.FormatFloat(v, 'g', -1, 64))
				}
			}
			for k, v := range r.Tracks {
				if sc.HasTrack(k/sc.NT(), k%sc.NT()) {
					rec = append(rec, strconv.FormatInt(v, 10))
				}
			}
			for _, v := range r.Fired {
				rec = append(rec, strconv.Itoa(v))
			}
			for _, v := range r.Votes {
				rec = append(rec, sim.ResStatusNames[v])
			}
			if len(rec) != len(Columns(sc)) {
				t.Fatalf("%s: %d fields, %d columns", sc.ID, len(rec), len(Columns(sc)))
			}
			if got, want := string(appendCSVRow(nil, sc, r)), csvLine(rec); got != want {
				t.Fatalf("%s game %d: CSV line\n%s\nwant\n%s", sc.ID, r.Game, got, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
