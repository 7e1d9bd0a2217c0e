package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// scoreWords are the words of a contest, which a discussion exercise never shows.
var scoreWords = regexp.MustCompile(`(?i)\b(scores?|winners?|draw|ahead)\b`)

// TestUnscoredSummaries: ttx batch and ttx forecast of a discussion exercise show outcomes and
// track distributions, and no score, winner, draw or side ahead.
func TestUnscoredSummaries(t *testing.T) {
	scen, _ := filepath.Abs("../../sim/testdata/discussion.toml")
	for _, args := range [][]string{
		{"batch", scen, "--runs", "20"},
		{"forecast", scen, "--runs", "20"},
	} {
		code, out, errs := ttxMain(args...)
		if code != 0 {
			t.Fatalf("ttx %s: %s", args[0], errs)
		}
		if m := scoreWords.FindString(out); m != "" {
			t.Errorf("ttx %s of a discussion exercise says %q:\n%s", args[0], m, out)
		}
		if !regexp.MustCompile(`(?m)^\s+ended\s`).MatchString(out) {
			t.Errorf("ttx %s of a discussion exercise has no \"ended\" outcome:\n%s", args[0], out)
		}
	}
}

// TestUnscoredRowsFile: the rows file of a library discussion exercise, CSV and JSON Lines, has
// no score column or key; ttx merge of two shards of it gives the whole batch's rows and
// summary; a scored scenario's rows still carry the scores.
func TestUnscoredRowsFile(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		scen   string
		scored bool
	}{
		{"embedded:regional_outage.toml", false},
		{miniFile, true},
	} {
		for _, ext := range []string{".csv", ".jsonl"} {
			file := func(name string) string { return filepath.Join(dir, filepath.Base(c.scen)+"-"+name+ext) }
			batch := func(out string, extra ...string) string {
				args := append([]string{"batch", c.scen, "--runs", "12", "--seed", "3", "--out", out}, extra...)
				code, stdout, errs := ttxMain(args...)
				if code != exitOK {
					t.Fatalf("ttx %v = %d: %s", args, code, errs)
				}
				return stdout
			}
			wantSum := batch(file("whole"))
			batch(file("0"), "--shard", "0/2", "-q")
			batch(file("1"), "--shard", "1/2", "-q")
			code, gotSum, errs := ttxMain("merge", file("1"), file("0"), "--out", file("merged"))
			if code != exitOK {
				t.Fatalf("merge of %s%s = %d: %s", c.scen, ext, code, errs)
			}
			whole, err := os.ReadFile(file("whole"))
			if err != nil {
				t.Fatal(err)
			}
			merged, err := os.ReadFile(file("merged"))
			if err != nil {
				t.Fatal(err)
			}
			if string(merged) != string(whole) {
				t.Errorf("%s%s: merged rows differ from the whole batch's", c.scen, ext)
			}
			if !strings.HasSuffix(gotSum, wantSum[strings.Index(wantSum, "\n")+1:]) {
				t.Errorf("%s%s: merge summary\n%s\nwant that of the whole batch\n%s", c.scen, ext, gotSum, wantSum)
			}
			lines := strings.Split(string(whole), "\n")
			body := strings.Join(lines[1:], "\n") // after the header, whose labels name the sides
			hasScore := strings.Contains(body, ",score.") || strings.Contains(body, `"scores":`)
			if hasScore != c.scored {
				t.Errorf("%s%s: score columns %v, want %v:\n%.600s", c.scen, ext, hasScore, c.scored, body)
			}
			if ext == ".csv" && !strings.HasPrefix(lines[1], "game,seed,turns,outcome,") {
				t.Errorf("%s: column line %.100q", c.scen, lines[1])
			}
		}
	}
}
