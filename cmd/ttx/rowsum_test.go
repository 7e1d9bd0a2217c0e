package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeRefusesEditedRows edits the rows files of two shards, CSV and JSON Lines, in ways
// that still parse: merge must refuse each, naming the file and line, and write no merged rows.
func TestMergeRefusesEditedRows(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{".jsonl", ".csv"} {
		a, b := filepath.Join(dir, "a"+ext), filepath.Join(dir, "b"+ext)
		for i, f := range []string{a, b} {
			if code, _, errOut := ttxMain("batch", miniFile, "-q", "--runs", "10", "--shard", itoa(i)+"/2", "--out", f); code != exitOK {
				t.Fatalf("batch --shard %d/2 = %d, %s", i, code, errOut)
			}
		}
		data, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		ls := strings.SplitAfter(string(data), "\n")
		ls = ls[:len(ls)-1]
		n := len(ls) // the checksum line
		if !strings.Contains(ls[n-1], `{"type":"end","rows":5,"sha256":"`) {
			t.Fatalf("%s does not end with its checksum line:\n%s", a, data)
		}
		first := 2 // the line of the first row, from 1
		if ext == ".csv" {
			first = 3 // after the column names
		}
		row := ls[first] // the second row
		turns := func(l string) string {
			if ext == ".csv" {
				f := strings.Split(l, ",")
				f[2] = "3"
				return strings.Join(f, ",")
			}
			return strings.Replace(l, `"turns":4`, `"turns":3`, 1)
		}
		join := func(parts ...[]string) string {
			var all []string
			for _, p := range parts {
				all = append(all, p...)
			}
			return strings.Join(all, "")
		}
		for _, c := range []struct {
			name, text string
			line       int
			want       string
		}{
			{"a row's turns changed", join(ls[:first], []string{turns(row)}, ls[first+1:]), n, "the rows do not match their checksum"},
			{"the last row removed", join(ls[:n-2], ls[n-1:]), n - 1, "the rows do not match their checksum"},
			{"the scenario file renamed in the header", join([]string{strings.Replace(ls[0], "mini.toml", "mimi.toml", 1)}, ls[1:]), n, "the rows do not match their checksum"},
			{"the checksum line removed", join(ls[:n-1]), n, "the rows end without their checksum line"},
			{"a row after the checksum line", join(ls, []string{row}), n + 1, "a line after the checksum line"},
			{"the checksum line's count changed", join(ls[:n-1], []string{strings.Replace(ls[n-1], `"rows":5`, `"rows":4`, 1)}), n, "the checksum line counts 4 rows, the file holds 5"},
		} {
			if c.text == string(data) {
				t.Fatalf("%s %s: the edit changes nothing", ext, c.name)
			}
			edited := filepath.Join(dir, "edited"+ext)
			if err := os.WriteFile(edited, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "all"+ext)
			code, _, errOut := ttxMain("merge", "-q", edited, b, "--out", out)
			want := edited + ":" + itoa(c.line) + ": " + c.want
			if code != exitInvalid || !strings.Contains(errOut, want) {
				t.Errorf("merge with %s (%s) = %d, %q, want %d and %q", c.name, ext, code, errOut, exitInvalid, want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("merge with %s (%s) wrote %s", c.name, ext, out)
				os.Remove(out)
			}
		}
		if code, _, errOut := ttxMain("merge", "-q", a, b); code != exitOK {
			t.Errorf("merge of the shards as written (%s) = %d, %s", ext, code, errOut)
		}
	}
}
