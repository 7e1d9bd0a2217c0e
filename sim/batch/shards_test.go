package batch

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// TestOpenShardsMerges: the rows files of three shards, given in any order, merge to the rows
// and summary of one run; files that leave games out, repeat them or come from another batch
// are refused, naming what is wrong.
func TestOpenShardsMerges(t *testing.T) {
	sc := mini(t)
	sp := Spec{Scenario: sc, Seed: 4, Runs: 30, Workers: 2}
	wantRows, wantSum := runText(t, sp, false)
	files := map[string]string{}
	for i, name := range []string{"a", "b", "c"} {
		sp.Shard, sp.Shards = i, 3
		files[name], _ = runText(t, sp, false)
	}
	sp.Seed = 5
	files["other"], _ = runText(t, sp, false)
	open := func(name string) (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(files[name])), nil
	}

	ss, err := OpenShards([]string{"c", "a", "b"}, open)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Header.Shards != 0 || ss.Header.Runs != 30 {
		t.Errorf("the merged header is shard %d of %d, %d runs; want the whole batch of 30", ss.Header.Shard, ss.Header.Shards, ss.Header.Runs)
	}
	var rows, sum bytes.Buffer
	w, err := NewWriter(&rows, sc, ss.Header, false)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSummary(sc)
	if err := ss.Merge(context.Background(), sc, s, w); err != nil {
		t.Fatal(err)
	}
	w.Close()
	s.Write(&sum)
	if rows.String() != wantRows {
		t.Errorf("merged rows differ from one run's")
	}
	if sum.String() != wantSum {
		t.Errorf("merged summary\n%s\nwant\n%s", sum.String(), wantSum)
	}

	for _, c := range []struct {
		names []string
		want  string
	}{
		{[]string{"a", "c"}, "games 10..19 are in no file"},
		{[]string{"b", "c"}, "games 0..9 are in no file"},
		{[]string{"a", "b"}, "games 20..29 are in no file"},
		{[]string{"a", "b", "b", "c"}, "b repeats games from 10"},
		{[]string{"a", "other"}, "a and other are not of one batch: base seed 4 and 5"},
		{nil, "no rows files"},
	} {
		if _, err := OpenShards(c.names, open); err == nil || err.Error() != c.want {
			t.Errorf("OpenShards(%v) = %v, want %q", c.names, err, c.want)
		}
	}
	files["b"] = strings.Replace(files["b"], `"game":12`, `"game":13`, 1)
	if _, err := OpenShards([]string{"a", "b", "c"}, open); err == nil || !strings.HasPrefix(err.Error(), "b:") {
		t.Errorf("OpenShards with an edited row = %v, want an error naming b", err)
	}
}
